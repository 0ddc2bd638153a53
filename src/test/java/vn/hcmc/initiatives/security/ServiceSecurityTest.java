package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;
import vn.hcmc.initiatives.support.WebAppSession;

/** The service as an outsider meets it over HTTP: who gets in, who sees what, what is refused. */
@ServiceTest
class ServiceSecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Rest rest;
    @Autowired
    Scenario scenario;
    @Autowired
    HealthContributorRegistry healthContributors;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    private static JsonNode refusal(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return JSON.readTree(response.getBody());
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s", response.getStatusCode(), response.getBody()).isTrue();
        return JSON.readTree(response.getBody());
    }

    @Test
    void healthAnswersUpWithoutLogin() throws Exception {
        ResponseEntity<String> health = rest.get(null, "/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(health).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void healthCountsTheEngineAndTheDatabase() {
        // The service's own check, which answers DOWN in bounded time (metrics/DatabaseHealthTest).
        assertThat(healthContributors.getContributor("db").getClass().getSimpleName()).isEqualTo("DatabaseHealth");
        assertThat(healthContributors.getContributor("processEngine")).isNotNull();
    }

    @Test
    void theRestApiAndOurApiRefuseCallsWithoutValidCredentials() {
        assertThat(rest.get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.get(null, "/api/agencies").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A user of its own: the engine delays the next login of a user after a wrong password.
        TestRestTemplate wrongPassword = new TestRestTemplate("vinh", "wrong");
        assertThat(wrongPassword.getForEntity(rest.url("/engine-rest/task"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getForEntity(rest.url("/api/initiatives/SK-1/decisions"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aReviewerSeesOnlyTheTasksOfTheirOwnGroups() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String query = "/engine-rest/task?processInstanceId=" + initiative.getId();

        assertThat(json(rest.get("giang", query))).hasSize(1);
        assertThat(json(rest.get("mai", query))).isEmpty();
        assertThat(json(rest.get("hai", query))).isEmpty();
    }

    @Test
    void nobodyCompletesATaskThatIsNotTheirs() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String taskId = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        ResponseEntity<String> refused = rest.post("mai", "/engine-rest/task/" + taskId + "/complete",
                Rest.variables(Map.of("partyOpinion", "AGREE")));
        assertThat(refused.getStatusCode().value()).isIn(400, 403, 404);
        assertThat(rest.post("giang", "/engine-rest/task/" + taskId + "/complete",
                Rest.variables(Map.of("partyOpinion", "AGREE"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void badInputIsRefusedWith400NamingTheFieldAndNothingChanges() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String taskId = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        ResponseEntity<String> refused = rest.post("giang", "/engine-rest/task/" + taskId + "/complete",
                Rest.variables(Map.of("partyOpinion", "MAYBE")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo("partyOpinion");
        assertThat(json(rest.get("giang", "/engine-rest/task/" + taskId)).get("id").asText()).isEqualTo(taskId);
        assertThat(scenario.variable(initiative, "partyOpinion")).isNull();
    }

    @Test
    void startingUnderAnotherInitiativesKeyIsRefusedWith400NamingTheBusinessKey() throws Exception {
        String key = scenario.register("an", Scenario.registration("skhcn")).getBusinessKey();
        Map<String, Object> start = new java.util.HashMap<>(Rest.variables(Scenario.registration("sxd")));
        start.put("businessKey", key);

        ResponseEntity<String> refused = rest.post("hai", "/engine-rest/process-definition/key/initiative/start", start);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo("businessKey");
        assertThat(json(rest.get("admin", "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + key))
                .get("count").asLong()).isEqualTo(1);
    }

    @Test
    void aKeyInTheFormOfAnotherAgencysKeysIsRefusedWith400NamingTheBusinessKeyAndThatAgencyKeepsItsNumbers()
            throws Exception {
        String sxdsLast = scenario.register("hai", Scenario.registration("sxd")).getBusinessKey();
        int number = Integer.parseInt(sxdsLast.substring(sxdsLast.lastIndexOf('-') + 1));
        String sxdsNext = sxdsLast.substring(0, sxdsLast.lastIndexOf('-') + 1) + String.format("%04d", number + 1);
        Map<String, Object> start = new java.util.HashMap<>(Rest.variables(Scenario.registration("skhcn")));
        start.put("businessKey", sxdsNext);

        ResponseEntity<String> refused = rest.post("an", "/engine-rest/process-definition/key/initiative/start", start);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo("businessKey");
        assertThat(scenario.register("hai", Scenario.registration("sxd")).getBusinessKey()).isEqualTo(sxdsNext);

        start.put("businessKey", sxdsNext.replace("-sxd-", "-skhcn-7")); // its own agency's form, or any other: an import
        assertThat(rest.post("an", "/engine-rest/process-definition/key/initiative/start", start).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAdministratorMayGrantButADenyAuthorizationIsRefusedWith400NamingTheType() throws Exception {
        Map<String, Object> deny = Map.of("type", 2, "permissions", List.of("READ"), "userId", "mai",
                "resourceType", 8, "resourceId", "*");
        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/authorization/create", deny);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo("type");
        assertThat(json(rest.get("admin", "/engine-rest/authorization/count?type=2&userIdIn=mai")).get("count").asLong())
                .isZero();

        Map<String, Object> grant = Map.of("type", 1, "permissions", List.of("READ"), "userId", "mai",
                "resourceType", 8, "resourceId", "no-such-instance");
        String id = json(rest.post("admin", "/engine-rest/authorization/create", grant)).get("id").asText();
        assertThat(rest.exchange("admin", org.springframework.http.HttpMethod.DELETE, "/engine-rest/authorization/" + id, null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void nobodyDeletesTheirOwnAccountButAnAdministratorMayAndEveryoneKeepsTheirProfile() {
        User official = identity.newUser("tam");
        official.setFirstName("Tâm");
        official.setLastName("Lê");
        official.setPassword("demo");
        identity.saveUser(official);

        ResponseEntity<String> ownDeletion = rest.exchange("tam", HttpMethod.DELETE, "/engine-rest/user/tam", null);
        assertThat(ownDeletion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ownDeletion.getBody()).contains("administrator");
        assertThat(identity.createUserQuery().userId("tam").count()).isEqualTo(1);
        assertThat(rest.exchange("tam", HttpMethod.PUT, "/engine-rest/user/tam/profile",
                Map.of("id", "tam", "firstName", "Minh Tâm", "lastName", "Lê")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/user/tam", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.createUserQuery().userId("tam").count()).isZero();
    }

    @Test
    void registeringForAnotherAgencyOverRestIsForbidden() {
        ResponseEntity<String> refused = rest.post("an", "/engine-rest/process-definition/key/initiative/start",
                Rest.variables(Scenario.registration("sxd")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyOfficialSeesTheDiagramOfTheProcessesTheirTasksComeFromButStartsNothingMore() throws Exception {
        // Tasklist's "Sơ đồ" tab reads the model of the task's process.
        List<String> models = new ArrayList<>();
        json(rest.get("admin", "/engine-rest/process-definition?latestVersion=true")).forEach(definition -> models.add(definition.get("id").asText()));
        assertThat(models).hasSizeGreaterThanOrEqualTo(4);
        for (String official : List.of("an", "binh", "cuong", "giang", "son", "thu", "uyen", "vinh")) {
            for (String model : models) {
                assertThat(rest.get(official, "/engine-rest/process-definition/" + model + "/xml").getStatusCode())
                        .as(official + " reads " + model).isEqualTo(HttpStatus.OK);
            }
        }
        JsonNode startable = json(rest.get("giang",
                "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true"));
        assertThat(startable).as("the party starts nothing").isEmpty();
    }

    @Test
    void howManyInitiativesRunCityWideIsForThoseWhoMayReadThem() throws Exception {
        scenario.register("hai", Scenario.registration("sxd"));
        String statistics = "/engine-rest/process-definition/statistics";

        assertThat(json(rest.get("giang", statistics))).as("skhcn's party").isEmpty();
        JsonNode forTheCity = json(rest.get("son", statistics));
        assertThat(forTheCity.findValuesAsText("key")).contains("initiative");
        for (JsonNode definition : forTheCity) {
            if ("initiative".equals(definition.get("definition").get("key").asText())) {
                assertThat(definition.get("instances").asInt()).isPositive();
            }
        }
    }

    @Test
    void managersCountTheOpenTasksPerGroupInCockpitAndOfficialsDoNot() throws Exception {
        scenario.register("an", Scenario.registration("skhcn"));
        String report = "/engine-rest/task/report/candidate-group-count";

        ResponseEntity<String> counted = rest.get("xuan", report);
        assertThat(counted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode party = null;
        for (JsonNode group : json(counted)) {
            if ("skhcn-party".equals(group.path("groupName").asText())) {
                party = group;
            }
        }
        assertThat(party).as("skhcn-party's open tasks").isNotNull();
        assertThat(party.get("taskCount").asInt()).isPositive();
        assertThat(rest.get("giang", report).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRequestTheRestApiCannotReadIsA400SayingWhereAndWhy() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String task = "/engine-rest/task/" + scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        JsonNode mistyped = refusal(rest.exchange("giang", HttpMethod.PUT, task, Map.of("priority", "cao")));
        assertThat(mistyped.get("field").asText()).isEqualTo("priority");
        assertThat(mistyped.get("message").asText()).startsWith("priority: ").contains("cao");
        JsonNode notAMap = refusal(rest.post("giang", task + "/complete", Map.of("variables", 5)));
        assertThat(notAMap.get("field").asText()).isEqualTo("variables");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("giang", "demo");
        ResponseEntity<String> cut = new TestRestTemplate().exchange(rest.url(task + "/complete"), HttpMethod.POST,
                new HttpEntity<>("{\"variables\": {\"partyOpinion\": {\"value\": \"AGREE\"}", headers), String.class);
        assertThat(refusal(cut).get("message").asText()).startsWith("the request body is not valid JSON").contains("line 1");
        assertThat(scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION)).isNotNull();

        JsonNode notANumber = refusal(rest.get("giang", "/engine-rest/task?maxResults=mười"));
        assertThat(notANumber.get("field").asText()).isEqualTo("maxResults");
    }

    @Test
    void aValueInJavasSerializationFormatIsA400NamingTheVariableWhereverItIsSent() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String task = "/engine-rest/task/" + scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();
        Map<String, Object> serialized = Map.of("value", "rO0ABXQABUFHUkVF", "type", "Object", "valueInfo", Map.of(
                "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));

        List<ResponseEntity<String>> answers = List.of(
                rest.post("giang", task + "/complete", Map.of("variables", Map.of("partyOpinion", serialized))),
                rest.exchange("giang", HttpMethod.PUT, task + "/variables/partyOpinion", serialized),
                rest.post("admin", "/engine-rest/process-instance/" + initiative.getId() + "/variables",
                        Map.of("modifications", Map.of("partyOpinion", serialized))));

        for (ResponseEntity<String> answer : answers) {
            assertThat(refusal(answer).get("field").asText()).isEqualTo("partyOpinion");
        }
        assertThat(scenario.variable(initiative, "partyOpinion")).isNull();
        assertThat(scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION)).isNotNull();
    }

    @Test
    void tasklistsOwnApiRefusesASubmissionWith400NamingTheFieldAsTheRestApiDoes() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String task = "/camunda/api/engine/engine/default/task/"
                + scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();
        WebAppSession tasklist = WebAppSession.loggedInto(rest, "tasklist", "giang");

        var invalid = tasklist.post(task + "/submit-form", "{\"variables\": {\"partyOpinion\": {\"value\": \"MAYBE\"}}}");
        var notOnTheForm = tasklist.post(task + "/submit-form",
                "{\"variables\": {\"partyOpinion\": {\"value\": \"AGREE\"}, \"yesVotes\": {\"value\": 3}}}");
        var negativePage = tasklist.get("/camunda/api/engine/engine/default/task?maxResults=-5");

        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("field").asText()).isEqualTo("partyOpinion");
        assertThat(notOnTheForm.statusCode()).as(notOnTheForm.body()).isEqualTo(400);
        assertThat(JSON.readTree(notOnTheForm.body()).get("field").asText()).isEqualTo("yesVotes");
        assertThat(negativePage.statusCode()).as(negativePage.body()).isEqualTo(400);
        assertThat(scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION)).isNotNull();
    }

    @Test
    void aUserOrGroupIdOutsideTheAllowedFormIsA400NamingTheIdAndNothingIsCreated() throws Exception {
        ResponseEntity<String> user = rest.post("admin", "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", "tuấn anh", "firstName", "Tuấn", "lastName", "Anh"),
                "credentials", Map.of("password", "demo")));
        ResponseEntity<String> group = rest.post("admin", "/engine-rest/group/create",
                Map.of("id", "phòng họp!", "name", "Phòng họp", "type", "WORKFLOW"));

        assertThat(refusal(user).get("field").asText()).isEqualTo("id");
        assertThat(refusal(group).get("field").asText()).isEqualTo("id");
        assertThat(identity.createUserQuery().userId("tuấn anh").count()).isZero();
        assertThat(identity.createGroupQuery().groupId("phòng họp!").count()).isZero();
    }

    @Test
    void underThePasswordPolicyAWeakPasswordIsA400NamingThePasswordAndNoAccountIsMade() throws Exception {
        // As profile postgres starts the engine: the policy on, and Camunda's default policy (set at start-up).
        engineConfiguration.setEnablePasswordPolicy(true);
        engineConfiguration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
        try {
            ResponseEntity<String> weak = rest.post("admin", "/engine-rest/user/create", Map.of(
                    "profile", Map.of("id", "tuan", "firstName", "Tuấn", "lastName", "Lê"),
                    "credentials", Map.of("password", "demo")));
            assertThat(refusal(weak).get("field").asText()).isEqualTo("password");
            assertThat(identity.createUserQuery().userId("tuan").count()).isZero();

            assertThat(rest.post("admin", "/engine-rest/user/create", Map.of(
                    "profile", Map.of("id", "tuan", "firstName", "Tuấn", "lastName", "Lê"),
                    "credentials", Map.of("password", "Sáng-Kiến#2026"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            ResponseEntity<String> weakened = rest.exchange("admin", HttpMethod.PUT, "/engine-rest/user/tuan/credentials",
                    Map.of("password", "tuan12345", "authenticatedUserPassword", "demo"));
            assertThat(refusal(weakened).get("field").asText()).as(weakened.getBody()).isEqualTo("password");
        } finally {
            engineConfiguration.setEnablePasswordPolicy(false);
            engineConfiguration.setPasswordPolicy(null);
            identity.deleteUser("tuan");
        }
    }

    @Test
    void aBodyLargerThanTheServiceAcceptsIsA413AlsoOnTheServicesOwnApiAndWhenSentWithoutItsLength() throws Exception {
        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        HttpRequest.Builder agency = HttpRequest.newBuilder(URI.create(rest.url("/api/agencies")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .header("Content-Type", "application/json");
        HttpClient client = HttpClient.newHttpClient();

        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(huge),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))) {
            HttpResponse<String> answer = client.send(agency.POST(body).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
            assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("initiatives.max-request-size");
        }
    }

    @Test
    void aNegativePageIsA400NamingTheParameterInsteadOfADatabaseError() throws Exception {
        scenario.register("an", Scenario.registration("skhcn"));

        for (String query : List.of("/engine-rest/task?maxResults=-5", "/engine-rest/task?firstResult=-1&maxResults=5",
                "/engine-rest/process-instance?maxResults=-1", "/engine-rest/history/process-instance?firstResult=-3")) {
            String named = query.contains("firstResult") ? "firstResult" : "maxResults";
            assertThat(refusal(rest.get("xuan", query)).get("field").asText()).as(query).isEqualTo(named);
        }
        assertThat(json(rest.get("xuan", "/engine-rest/process-instance?firstResult=0&maxResults=5")).size()).isPositive();
    }

    @Test
    void whatIsNotThereIsNotFoundWhateverIsAskedOfIt() {
        String missing = "/engine-rest/task/no-such-task";
        Map<String, Object> body = Map.of("userId", "giang");
        for (String action : List.of("complete", "submit-form", "claim", "unclaim", "resolve", "delegate")) {
            ResponseEntity<String> answer = rest.post("giang", missing + "/" + action, body);
            assertThat(answer.getStatusCode()).as(action + ": " + answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(action).contains("no-such-task");
        }
        assertThat(rest.exchange("giang", HttpMethod.PUT, missing + "/variables/partyOpinion", Map.of("value", "AGREE"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.get("giang", missing + "/deployed-form").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.get("giang", "/engine-rest/process-definition/no-such-model/xml").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void staffMayStartAnInitiativeButNotACampaign() {
        assertThat(rest.post("an", "/engine-rest/process-definition/key/initiative/start",
                Rest.variables(Scenario.registration("skhcn"))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.post("an", "/engine-rest/process-definition/key/annual-registration/start",
                Rest.variables(Map.of("year", 2030))).getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void processOwnersDeployFromTheModelerAndStaffMayNot() {
        assertThat(deploy("yen").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deploy("an").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> deploy(String user) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="modeler-check-%s" isExecutable="true" camunda:historyTimeToLive="1"><startEvent id="s"/></process>
                </definitions>
                """.formatted(user);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "from-modeler-" + user);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", Rest.file("modeler-check.bpmn", bpmn.getBytes()));
        return rest.postParts(user, "/engine-rest/deployment/create", parts);
    }

    @Test
    void formsAreDeployedAndTasksPointToTheirCamundaForm() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String taskId = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        JsonNode form = json(rest.get("giang", "/engine-rest/task/" + taskId + "/form"));
        assertThat(form.get("camundaFormRef").get("key").asText()).as(form.toString()).isEqualTo("give-party-opinion");
        JsonNode deployed = json(rest.get("giang", "/engine-rest/task/" + taskId + "/deployed-form"));
        assertThat(deployed.get("id").asText()).isEqualTo("give-party-opinion");
        JsonNode startForm = json(rest.get("an", "/engine-rest/process-definition/key/initiative/deployed-start-form"));
        assertThat(startForm.get("id").asText()).isEqualTo("initiative-registration");
    }

    @Test
    void everyUserStartsFromTheTasklistFiltersMineAndMyGroups() throws Exception {
        JsonNode filters = json(rest.get("giang", "/engine-rest/filter?resourceType=Task"));
        List<String> names = filters.findValuesAsText("name");
        assertThat(names).contains("Việc của tôi", "Việc của nhóm");
    }

    @Test
    void theDecisionLogIsShownToTheInitiativesAgencyAndCityRolesOnly() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String path = "/api/initiatives/" + initiative.getBusinessKey() + "/decisions";

        JsonNode log = json(rest.get("an", path));
        assertThat(log.isArray()).as(log.toString()).isTrue();
        assertThat(log.get(0).get("type").asText()).isEqualTo("REGISTRATION_SUBMITTED");
        assertThat(log.get(0).get("actor").asText()).isEqualTo("an");
        assertThat(rest.get("thu", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.get("hai", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknown = rest.get("thu", "/api/initiatives/SK-1999-x-0001/decisions");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(unknown.getBody()).get("message").asText()).contains("SK-1999-x-0001");
    }

    @Test
    void theWebAppsSendSecurityHeaders() {
        ResponseEntity<String> page = rest.get(null, "/camunda/app/tasklist/default/");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie ->
                assertThat(cookie).contains("XSRF-TOKEN").containsIgnoringCase("SameSite=Lax"));
    }
}
