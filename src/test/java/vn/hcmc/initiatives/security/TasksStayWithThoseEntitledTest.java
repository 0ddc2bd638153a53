package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * A task stays with whom the procedure gives it: a voter cannot hand their vote to someone else (least of all the
 * proposer the vote excludes), a group task goes only to a member of its group (as its assignee or its owner), its
 * candidates stay those of the model, and nobody casts a vote for a voter. A comment goes into a task's history only
 * from those who may work on the task (or an administrator), not from the read-only roles; so does an attachment.
 * Over REST as Tasklist calls it; what is refused changes nothing.
 */
@ServiceTest
class TasksStayWithThoseEntitledTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    DecisionLog decisionLog;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> usersCreated = new ArrayList<>();

    @AfterEach
    void removeTheUsersCreated() {
        usersCreated.forEach(identity::deleteUser);
    }

    @Test
    void aVoterCannotHandTheirVoteToTheProposer() throws Exception {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task vote = voteOf("cuong", initiative);

        ResponseEntity<String> refused = rest.post("cuong", "/engine-rest/task/" + vote.getId() + "/assignee",
                Map.of("userId", "an"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo("userId");
        assertThat(refused.getBody()).contains("cuong");
        assertThat(tasks.createTaskQuery().taskId(vote.getId()).singleResult().getAssignee()).isEqualTo("cuong");
        assertThat(rest.post("an", "/engine-rest/task/" + vote.getId() + "/complete", Map.of("variables",
                Map.of("vote", Map.of("value", "YES")))).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(runtime.getVariable(initiative.getId(), InitiativeProcess.YES_VOTES)).isEqualTo(0);
    }

    @Test
    void readOnlyRolesCannotWriteACommentIntoATaskButThoseWhoWorkOnItAndAnAdministratorMay() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String comments = "/engine-rest/task/" + opinion.getId() + "/comment/create";

        for (String readOnly : List.of("xuan", "yen")) {
            assertThat(rest.post(readOnly, comments, Map.of("message", "Nhắc cấp ủy cho ý kiến")).getStatusCode())
                    .as(readOnly).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(tasks.getTaskComments(opinion.getId())).isEmpty();

        identity.setAuthentication("giang", List.of("skhcn-party"));
        try {
            tasks.createComment(opinion.getId(), initiative.getId(), "Chờ họp Ban Thường vụ");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(rest.post("admin", comments, Map.of("message", "Đã nhắc")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getTaskComments(opinion.getId())).extracting(comment -> comment.getUserId())
                .containsExactlyInAnyOrder("giang", "admin");
    }

    @Test
    void aWorkerCannotRenameOrReprioritiseATaskButMaySetHerFollowUpAndAnAdministratorMayRenameIt() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String path = "/engine-rest/task/" + opinion.getId();
        @SuppressWarnings("unchecked")
        Map<String, Object> asListed = json.readValue(rest.get("giang", path).getBody(), Map.class);

        Map<String, Object> renamed = new HashMap<>(asListed);
        renamed.put("name", "Đã xong, không cần xem");
        Map<String, Object> pushedDown = new HashMap<>(asListed);
        pushedDown.put("priority", 1);
        for (Map.Entry<String, Map<String, Object>> change : Map.of("name", renamed, "priority", pushedDown).entrySet()) {
            ResponseEntity<String> refused = rest.exchange("giang", HttpMethod.PUT, path, change.getValue());
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo(change.getKey());
        }
        Task unchanged = tasks.createTaskQuery().taskId(opinion.getId()).singleResult();
        assertThat(unchanged.getName()).isEqualTo(opinion.getName());
        assertThat(unchanged.getPriority()).isEqualTo(opinion.getPriority());

        Map<String, Object> followUp = new HashMap<>(asListed);
        followUp.put("followUp", "2099-01-05T08:00:00.000+0700");
        assertThat(rest.exchange("giang", HttpMethod.PUT, path, followUp).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.exchange("admin", HttpMethod.PUT, path, renamed).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getName()).isEqualTo("Đã xong, không cần xem");
    }

    @Test
    void readOnlyRolesCannotAttachAFileToATaskOrDeleteOneButThoseWhoWorkOnItMay() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String attachments = "/engine-rest/task/" + opinion.getId() + "/attachment";

        for (String readOnly : List.of("xuan", "yen")) {
            assertThat(rest.postParts(readOnly, attachments + "/create", attachment("ghi-chu.txt")).getStatusCode())
                    .as(readOnly).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(tasks.getTaskAttachments(opinion.getId())).isEmpty();

        ResponseEntity<String> attached = rest.postParts("giang", attachments + "/create", attachment("bien-ban-hop.txt"));
        assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.OK);
        String minutes = attachments + "/" + json.readTree(attached.getBody()).get("id").asText();
        // Camunda's REST resource answers any refusal of a deletion as "no attachment exists" (404).
        assertThat(rest.exchange("xuan", HttpMethod.DELETE, minutes, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tasks.getTaskAttachments(opinion.getId())).extracting(Attachment::getName)
                .containsExactly("bien-ban-hop.txt");
        assertThat(rest.exchange("giang", HttpMethod.DELETE, minutes, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.getTaskAttachments(opinion.getId())).isEmpty();
    }

    @Test
    void anAttachmentLargerThanTheServiceAcceptsIsRefusedAndNothingIsStored() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String boundary = "----bien-ban";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nquet.pdf\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"quet.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(head, head.length + 21 * 1024 * 1024); // 21 MB of scan, over the 20 MB
        HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(rest.url("/engine-rest/task/" + opinion.getId()
                        + "/attachment/create")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("giang:demo".getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> withItsLength = client.send(upload.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = client.send(upload.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withItsLength.statusCode()).as(withItsLength.body()).isEqualTo(413);
        assertThat(json.readTree(withItsLength.body()).get("message").asText()).contains("initiatives.max-request-size");
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(tasks.getTaskAttachments(opinion.getId())).isEmpty();
    }

    private static MultiValueMap<String, Object> attachment(String name) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("attachment-name", name);
        parts.add("attachment-type", "text/plain");
        parts.add("content", Rest.file(name, "Biên bản họp cấp ủy".getBytes(StandardCharsets.UTF_8)));
        return parts;
    }

    @Test
    void thoseWhoSeeAnOpenTaskReadAndWriteItsCommentsAsTasklistAsksButNotAnotherAgency() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String comments = "/engine-rest/task/" + opinion.getId() + "/comment";

        ResponseEntity<String> written = rest.post("giang", comments + "/create", Map.of("message", "Chờ họp Ban Thường vụ"));
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(written.getBody()).get("userId").asText()).isEqualTo("giang");
        ResponseEntity<String> read = rest.get("giang", comments);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(read.getBody()).findValuesAsText("message")).containsExactly("Chờ họp Ban Thường vụ");

        assertThat(rest.post("mai", comments + "/create", Map.of("message", "x")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.get("mai", comments).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tasks.getTaskComments(opinion.getId())).hasSize(1);

        scenario.complete("giang", initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        assertThat(rest.get("giang", comments).getStatusCode()).as("a done task is history, which the party does not read")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(rest.get("xuan", comments).getBody()).findValuesAsText("message"))
                .containsExactly("Chờ họp Ban Thường vụ");
    }

    @Test
    void aVoterCannotDelegateOrUnclaimTheirVote() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task vote = voteOf("dung", initiative);

        assertThat(rest.post("dung", "/engine-rest/task/" + vote.getId() + "/delegate", Map.of("userId", "cuong"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.post("dung", "/engine-rest/task/" + vote.getId() + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Task unchanged = tasks.createTaskQuery().taskId(vote.getId()).singleResult();
        assertThat(unchanged.getAssignee()).isEqualTo("dung");
        assertThat(unchanged.getDelegationState()).isNull();
    }

    @Test
    void anAdministratorCannotCastAVoteOnAVotersBehalf() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task vote = voteOf("cuong", initiative);

        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/task/" + vote.getId() + "/complete",
                Map.of("variables", Map.of("vote", Map.of("value", "YES"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(vote.getId()).singleResult()).isNotNull();
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .doesNotContain("VOTE");
    }

    @Test
    void aGroupTaskIsClaimedByAMemberButNotGivenToSomeoneOutsideTheGroup() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);

        ResponseEntity<String> toTheProposer = rest.post("giang", "/engine-rest/task/" + opinion.getId() + "/assignee",
                Map.of("userId", "an"));
        ResponseEntity<String> byAnAdministrator = rest.post("admin", "/engine-rest/task/" + opinion.getId()
                + "/assignee", Map.of("userId", "an"));

        assertThat(toTheProposer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toTheProposer.getBody()).contains("userId").contains("skhcn-party");
        assertThat(byAnAdministrator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getAssignee()).isNull();
        assertThat(rest.post("giang", "/engine-rest/task/" + opinion.getId() + "/claim", Map.of("userId", "giang"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getAssignee()).isEqualTo("giang");
    }

    @Test
    void aGroupTaskCanBeGivenToAnotherMemberOfTheGroup() {
        member("hoa", "skhcn-party");
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);

        assertThat(rest.post("giang", "/engine-rest/task/" + opinion.getId() + "/assignee", Map.of("userId", "hoa"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        scenario.complete("hoa", initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));

        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).filteredOn(d -> d.type().equals("PARTY_OPINION"))
                .extracting(Decision::actor).containsExactly("hoa");
    }

    @Test
    void aPartyMemberCannotMakeTheProposerACandidateOrOwnerOfThePartysOpinion() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String task = "/engine-rest/task/" + opinion.getId();

        assertThat(rest.post("giang", task + "/identity-links", Map.of("userId", "an", "type", "candidate"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.post("giang", task + "/identity-links", Map.of("groupId", "skhcn-staff", "type", "candidate"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.post("giang", task + "/identity-links", Map.of("userId", "an", "type", "owner"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.post("giang", task + "/identity-links/delete", Map.of("groupId", "skhcn-party",
                "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> ownedByTheProposer = rest.exchange("giang", HttpMethod.PUT, task,
                withOwner(opinion, "an"));

        assertThat(ownedByTheProposer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ownedByTheProposer.getBody()).contains("owner").contains("skhcn-party");
        assertThat(tasks.getIdentityLinksForTask(opinion.getId())).extracting(link -> link.getGroupId() + "/"
                + link.getUserId() + "/" + link.getType()).containsExactly("skhcn-party/null/candidate");
        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getOwner()).isNull();
        assertThat(rest.post("an", task + "/complete", Map.of("variables",
                Map.of("partyOpinion", Map.of("value", "AGREE")))).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void aGroupTasksOwnerIsAMemberOfItsGroup() {
        member("hoa", "skhcn-party");
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);

        assertThat(rest.exchange("giang", HttpMethod.PUT, "/engine-rest/task/" + opinion.getId(),
                withOwner(opinion, "hoa")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getOwner()).isEqualTo("hoa");
    }

    @Test
    void aPersonalTaskMovesOnlyWithTheVariableThatNamesItsHolder() {
        member("phuc", "skhcn-staff");
        Map<String, Object> values = Scenario.registration("skhcn");
        values.remove("bottleneck");
        ProcessInstance initiative = scenario.register("an", values);
        Task correction = scenario.task(initiative, InitiativeProcess.TASK_CORRECT_REGISTRATION);
        String assign = "/engine-rest/task/" + correction.getId() + "/assignee";

        assertThat(rest.post("admin", assign, Map.of("userId", "phuc")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-instance/"
                + initiative.getId() + "/variables/" + InitiativeProcess.PROPOSER_ID, Map.of("value", "phuc",
                "type", "String")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.post("admin", assign, Map.of("userId", "phuc")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(tasks.createTaskQuery().taskId(correction.getId()).singleResult().getAssignee()).isEqualTo("phuc");
    }

    /** The task as {@code PUT /task/{id}} takes it (every field; a missing one is cleared), with another owner. */
    private static Map<String, Object> withOwner(Task task, String owner) {
        return Map.of("name", task.getName(), "priority", task.getPriority(), "owner", owner,
                "due", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(task.getDueDate()));
    }

    private Task voteOf(String voter, ProcessInstance initiative) {
        return tasks.createTaskQuery().processInstanceId(initiative.getId())
                .taskDefinitionKey(InitiativeProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    }

    private void member(String userId, String groupId) {
        var user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Thử");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
        usersCreated.add(userId);
    }
}
