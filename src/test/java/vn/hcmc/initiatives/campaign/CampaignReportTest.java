package vn.hcmc.initiatives.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.reward.InitiativeRewardProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * {@code GET /api/campaigns/{year}/report} against a run whose numbers are known. The year 2031 is this
 * class's own: no other test registers initiatives for it.
 */
@ServiceTest
class CampaignReportTest {

    private static final String REPORT = "/api/campaigns/2031/report";
    private static final List<String> FIGURES = List.of("registered", "approved", "inImplementation", "completed",
            "rewarded", "overdue");

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void inTheYearOfTheReport() {
        BpmnAwareTests.init(engine);
        scenario.clockAt(LocalDateTime.of(2031, 3, 3, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance approved(String proposer, String agency, String party, Map<String, String> votes) {
        ProcessInstance initiative = scenario.registeredAndOpined(proposer, agency, party);
        scenario.voteAll(initiative, votes);
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION);
        return initiative;
    }

    private ProcessInstance evaluatedCompleted(ProcessInstance initiative, String implementer, String party, String head) {
        scenario.complete(implementer, initiative, TASK_REPORT_COMPLETION,
                Map.of("completionReport", "Đã triển khai xong", "completedOn", ServiceClock.today().toString()));
        scenario.complete(party, initiative, TASK_GIVE_RESULT_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        scenario.complete(head, initiative, TASK_EVALUATE_RESULT, Map.of("evaluationResult", "COMPLETED",
                "damageOccurred", false, "lessonsLearned", "Chuẩn hóa dữ liệu", "impactScope", "CITY", "replicable", true));
        scenario.complete("thu", initiative, TASK_CONSIDER_INSTITUTIONALISATION,
                Map.of("proposeToCentral", false, "cityWideRollout", true));
        return runtime.createProcessInstanceQuery().superProcessInstanceId(initiative.getId())
                .processDefinitionKey(InitiativeRewardProcess.KEY).singleResult();
    }

    private void proposeReward(String head, ProcessInstance reward) {
        scenario.complete(head, reward, InitiativeRewardProcess.TASK_PROPOSE_REWARD, Map.of(
                "rewardForms", List.of("PUBLIC_COMMENDATION", "CITY_CERTIFICATE"), "beneficiaries", "Võ Thanh Hải"));
    }

    private static Map<String, Integer> figures(JsonNode node) {
        Map<String, Integer> figures = new HashMap<>();
        FIGURES.forEach(name -> figures.put(name, node.path(name).asInt(-1)));
        return figures;
    }

    private static Map<String, Integer> expected(int... values) {
        Map<String, Integer> figures = new HashMap<>();
        for (int i = 0; i < FIGURES.size(); i++) {
            figures.put(FIGURES.get(i), values[i]);
        }
        return figures;
    }

    private JsonNode row(JsonNode report, String agency) {
        for (JsonNode row : report.path("agencies")) {
            if (row.path("agencyCode").asText().equals(agency)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + agency + " in " + report);
    }

    private JsonNode report(String user) throws Exception {
        ResponseEntity<String> answer = rest.get(user, REPORT);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    @Test
    void theNumbersCountAKnownRunFromTheDecisionLogAndTheEngine() throws Exception {
        scenario.clockAt(LocalDateTime.of(2031, 2, 3, 9, 0));
        // skhcn: one waiting for its party committee, one being carried out, one suspended.
        ProcessInstance waitingForParty = scenario.register("an", Scenario.registration("skhcn"));
        approved("an", "skhcn", "giang", Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        ProcessInstance suspended = approved("an", "skhcn", "giang", Map.of("binh", "YES", "cuong", "YES", "dung", "NO"));
        scenario.correlate("binh", suspended, MESSAGE_SUSPENDED, Map.of(REASON, "Rà soát pháp lý"));
        assertThat(suspended).isWaitingAt(WHILE_SUSPENDED);
        // ... and one evaluated as completed whose reward the board has not decided yet.
        ProcessInstance awaitingReward = approved("an", "skhcn", "giang", Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        proposeReward("binh", evaluatedCompleted(awaitingReward, "an", "giang", "binh"));
        // sxd: one completed and rewarded, one rejected by its head after a failed vote.
        ProcessInstance completed = approved("hai", "sxd", "mai", Map.of("khoa", "YES", "lam", "YES"));
        ProcessInstance reward = evaluatedCompleted(completed, "hai", "mai", "khoa");
        proposeReward("khoa", reward);
        scenario.complete("uyen", reward, InitiativeRewardProcess.TASK_REVIEW_REWARD,
                Map.of("rewardDecision", "APPROVED", "rewardDecisionNo", "88/QĐ-HĐTĐKT", "reason", "Xứng đáng"));
        scenario.complete("thu", reward, InitiativeRewardProcess.TASK_RECORD_PERSONNEL_FOLLOW_UP,
                Map.of("personnelNotes", "Chuyển Phòng Tổ chức cán bộ"));
        assertThat(completed).isEnded().hasPassed(END_COMPLETED);
        ProcessInstance rejected = scenario.registeredAndOpined("hai", "sxd", "mai");
        scenario.voteAll(rejected, Map.of("khoa", "NO", "lam", "NO"));
        scenario.complete("khoa", rejected, TASK_DECIDE_OVERRIDE, Map.of("overrideDecision", "REJECT", "reason", "Chưa đủ cơ sở"));
        assertThat(rejected).isEnded();
        // A month later skhcn's party committee has still not given its opinion (5 working days), nor has the
        // board decided the reward (15 working days).
        scenario.clockAt(LocalDateTime.of(2031, 3, 3, 9, 0));
        assertThat(waitingForParty).isWaitingAt(TASK_GIVE_PARTY_OPINION);

        JsonNode report = report("thu");

        assertThat(report.path("year").asInt()).isEqualTo(2031);
        assertThat(figures(row(report, "skhcn"))).isEqualTo(expected(4, 3, 2, 1, 0, 2));
        assertThat(figures(row(report, "sxd"))).isEqualTo(expected(2, 1, 0, 1, 1, 0));
        assertThat(figures(row(report, "pbenthanh"))).isEqualTo(expected(0, 0, 0, 0, 0, 0));
        assertThat(row(report, "sxd").path("agencyName").asText()).isEqualTo("Sở Xây dựng");
        assertThat(figures(report.path("totals"))).isEqualTo(expected(6, 4, 2, 2, 1, 2));

        scenario.correlate("binh", suspended, MESSAGE_STOPPED, Map.of(REASON, "Dừng hẳn"));
        assertThat(figures(row(report("son"), "skhcn"))).isEqualTo(expected(4, 3, 1, 1, 0, 2));
    }

    @Test
    void theCsvHasAHeaderOneRowPerAgencyAndTheTotalsForExcel() throws Exception {
        JsonNode report = report("son");
        ResponseEntity<byte[]> answer = new TestRestTemplate().withBasicAuth("son", "demo")
                .getForEntity(rest.url(REPORT + "?format=csv"), byte[].class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-dang-ky-sang-kien-2031.csv");
        byte[] body = answer.getBody();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("Mã cơ quan,Tên cơ quan,Đã đăng ký,Được phê duyệt,Đang thực hiện,"
                + "Hoàn thành,Được khen thưởng,Quá hạn");
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.path("agencies")) {
            rows.add(row.path("agencyCode").asText() + "," + row.path("agencyName").asText() + "," + values(row));
        }
        rows.add(",Tổng cộng," + values(report.path("totals")));
        assertThat(lines.subList(1, lines.size())).isEqualTo(rows);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("skhcn,Sở Khoa học và Công nghệ,"));
    }

    private static String values(JsonNode node) {
        return String.join(",", FIGURES.stream().map(name -> node.path(name).asText()).toList());
    }

    @Test
    void onlyCityLevelRolesAndAdministratorsSeeTheReport() {
        for (String user : List.of("thu", "son", "xuan", "uyen", "admin")) {
            assertThat(rest.get(user, REPORT).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        for (String user : List.of("an", "binh", "giang", "khoa")) {
            ResponseEntity<String> refused = rest.get(user, REPORT);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("\"status\":403");
        }
        assertThat(rest.get(null, REPORT).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anInvalidYearOrFormatIsABadRequestNamingIt() throws Exception {
        for (String path : List.of("/api/campaigns/abc/report", "/api/campaigns/1999/report", "/api/campaigns/2033/report")) {
            ResponseEntity<String> answer = rest.get("thu", path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(answer.getBody()).path("field").asText()).as(answer.getBody()).isEqualTo("year");
        }
        ResponseEntity<String> format = rest.get("thu", REPORT + "?format=xlsx");
        assertThat(format.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(format.getBody()).path("field").asText()).isEqualTo("format");
    }
}
