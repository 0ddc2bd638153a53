package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.deadline.ServiceClock;

/** The first half of an initiative's life, each step by its user in Tasklist, in Vietnamese. */
@BrowserTest
class InitiativeIsRegisteredOpinedVotedAndApprovedInTasklistTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void anRegistersGiangAgreesTheLeadersVoteYesAndSonApproves() {
        String title = "Cấp phép xây dựng trực tuyến " + UUID.randomUUID().toString().substring(0, 8);
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("an");
        browser.step("an logged in");
        CamundaForm registration = tasklist.startProcess("Sáng kiến đột phá");
        assertThat(registration.shows("Tên sáng kiến")).isTrue();
        assertThat(registration.shows("Điểm nghẽn, vướng mắc cần tháo gỡ")).isTrue();
        browser.step("start form in Vietnamese");
        registration.type("Tên sáng kiến", title);
        registration.type("Mã cơ quan đăng ký", "skhcn");
        registration.type("Năm kế hoạch", String.valueOf(ServiceClock.today().getYear()));
        registration.choose("Nguồn gốc sáng kiến", "Cán bộ tự đề xuất");
        registration.type("Điểm nghẽn, vướng mắc cần tháo gỡ", "Hồ sơ giấy phải nộp trực tiếp, chậm trễ");
        registration.select("Loại vướng mắc", "Quy định không còn phù hợp thực tiễn");
        registration.type("Nội dung, nhiệm vụ, giải pháp", "Cho phép nộp và trả kết quả trực tuyến");
        registration.type("Phạm vi thực hiện", "Toàn sở");
        registration.type("Người/tổ chức thực hiện", "Phòng Quản lý hoạt động xây dựng");
        LocalDate plannedEnd = ServiceClock.today().plusMonths(6);
        registration.date("Thời gian dự kiến hoàn thành", plannedEnd);
        registration.type("Nguồn lực (nhân lực, kinh phí, trang thiết bị)", "3 cán bộ, 200 triệu đồng");
        registration.type("Tính khả thi", "Cao: hạ tầng đã có");
        registration.type("Tác động tích cực, tiêu cực dự kiến", "Giảm thời gian; rủi ro an toàn thông tin");
        registration.type("Hiệu quả dự kiến", "Giảm 50% thời gian giải quyết");
        browser.step("start form filled");
        tasklist.submitStartForm();
        tasklist.startDialogClosed();
        tasklist.notified("Quy trình đã được khởi tạo.");
        browser.step("initiative started");

        ProcessInstance initiative = startedWithTitle(title);
        assertThat(initiative.getBusinessKey()).matches("SK-\\d{4}-skhcn-\\d{4}");
        assertThat(runtime.getVariable(initiative.getId(), PLANNED_END_DATE)).isEqualTo(plannedEnd.toString());
        assertThat(runtime.getVariable(initiative.getId(), BOTTLENECK_TYPE)).isEqualTo("OUTDATED");
        assertThat(runtime.getVariable(initiative.getId(), PROPOSER_ID)).isEqualTo("an");
        assertThat(initiative).isWaitingAt(TASK_GIVE_PARTY_OPINION);

        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        Task opinion = task(initiative, TASK_GIVE_PARTY_OPINION, null);
        tasklist.openTask(opinion.getId());
        browser.step("giang opened the party opinion");
        CamundaForm opinionForm = tasklist.claim();
        opinionForm.choose("Ý kiến của cấp ủy", "Đồng ý");
        browser.step("giang agrees");
        tasklist.complete();
        completed(opinion);
        browser.step("party opinion given");

        for (String voter : new String[] {"binh", "cuong", "dung"}) {
            tasklist.logIn(voter);
            tasklist.openFilter(Tasklist.MY_TASKS);
            Task vote = task(initiative, TASK_CAST_VOTE, voter);
            CamundaForm voteForm = tasklist.openTask(vote.getId());
            voteForm.choose("Ý kiến biểu quyết", "Đồng ý");
            browser.step(voter + " votes yes");
            tasklist.complete();
            completed(vote);
        }
        assertThat(initiative).isWaitingAt(TASK_APPROVE_RESEARCH_POLICY);

        tasklist.logIn("son");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        Task approval = task(initiative, TASK_APPROVE_RESEARCH_POLICY, null);
        tasklist.openTask(approval.getId());
        CamundaForm decision = tasklist.claim();
        decision.choose("Quyết định", "Phê duyệt chủ trương");
        decision.type("Số văn bản", "15/QĐ-UBND");
        browser.step("son approves");
        tasklist.complete();
        completed(approval);
        browser.step("research policy approved");

        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION);
        assertThat(runtime.getVariable(initiative.getId(), "cityDecisionDocumentNo")).isEqualTo("15/QĐ-UBND");
    }

    private ProcessInstance startedWithTitle(String title) {
        browser.until("an initiative titled " + title,
                () -> runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(TITLE, title)
                        .count() == 1);
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(TITLE, title)
                .singleResult();
    }

    private Task task(ProcessInstance initiative, String taskKey, String assignee) {
        var query = tasks.createTaskQuery().processInstanceId(initiative.getId()).taskDefinitionKey(taskKey);
        return (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
    }

    private void completed(Task task) {
        browser.until("completed: " + task.getTaskDefinitionKey() + " of " + task.getAssignee(),
                () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
    }
}
