package vn.hcmc.initiatives.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.security.AccessPolicy;
import vn.hcmc.initiatives.security.AgencyGroups;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.ServiceTest;

/** {@code /api/agencies}: reading for everybody, changes for administrators and home affairs, 4xx that name the field. */
@ServiceTest
class AgencyApiTest {

    @Autowired
    Rest rest;
    @Autowired
    AgencyRegistry registry;
    @Autowired
    AgencyGroups groups;
    @Autowired
    ServiceCommands service;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final List<String> created = new ArrayList<>();

    /** Agencies added here are deactivated afterwards, so that campaigns of other tests do not ask them. */
    @AfterEach
    void deactivateTheAgenciesAdded() {
        for (String code : created) {
            registry.find(code).ifPresent(a -> registry.update(
                    new Agency(a.code(), a.name(), a.kind(), a.superiorCode(), false), "test"));
        }
    }

    private ResponseEntity<String> create(String user, Object body) {
        ResponseEntity<String> answer = rest.post(user, "/api/agencies", body);
        // Only what this call really added: a refused duplicate of a demo agency must stay active.
        if (answer.getStatusCode() == HttpStatus.CREATED && body instanceof Map<?, ?> map && map.get("code") != null) {
            created.add(map.get("code").toString());
        }
        return answer;
    }

    private ResponseEntity<String> put(String user, String code, Object body) {
        return rest.exchange(user, HttpMethod.PUT, "/api/agencies/" + code, body);
    }

    private JsonNode body(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody());
    }

    private static Map<String, Object> agency(String code) {
        return Map.of("code", code, "name", "Sở Công Thương", "kind", "DEPARTMENT", "superiorCode", "city-committee");
    }

    private void assertRefused(ResponseEntity<String> answer, HttpStatus status, String field) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(body(answer).path("status").asInt()).isEqualTo(status.value());
        assertThat(body(answer).path("field").asText()).isEqualTo(field);
        assertThat(body(answer).path("message").asText()).contains(field);
    }

    @Test
    void everyLoggedInUserReadsTheRegistry() throws Exception {
        ResponseEntity<String> all = rest.get("an", "/api/agencies");
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> codes = new ArrayList<>();
        body(all).forEach(a -> codes.add(a.path("code").asText()));
        assertThat(codes).contains("skhcn", "sxd", "pbenthanh");

        JsonNode ward = body(rest.get("son", "/api/agencies/pbenthanh"));
        assertThat(ward.path("name").asText()).isEqualTo("UBND phường Bến Thành");
        assertThat(ward.path("kind").asText()).isEqualTo("WARD");
        assertThat(ward.path("superiorCode").asText()).isEqualTo("city-committee");
        assertThat(ward.path("active").asBoolean()).isTrue();

        assertThat(rest.get("an", "/api/agencies/nowhere").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.get(null, "/api/agencies").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void homeAffairsAddsAnAgencyWhosePeopleCanWorkAtOnce() throws Exception {
        ResponseEntity<String> answer = create("thu", agency("sct"));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/agencies/sct");
        assertThat(body(answer).path("active").asBoolean()).isTrue();
        assertThat(registry.find("sct")).contains(new Agency("sct", "Sở Công Thương", AgencyKind.DEPARTMENT,
                "city-committee", true));
        assertThat(jdbc.queryForObject("select updated_by from agency where code = 'sct'", String.class)).isEqualTo("thu");
        assertThat(identity.createGroupQuery().groupIdIn("sct-staff", "sct-head", "sct-leaders", "sct-party").list())
                .extracting(Group::getName)
                .containsExactlyInAnyOrder("Cán bộ – Sở Công Thương", "Người đứng đầu – Sở Công Thương",
                        "Tập thể lãnh đạo – Sở Công Thương", "Cấp ủy – Sở Công Thương");
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("sct-staff")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(InitiativeProcess.KEY)
                .hasPermission(ProcessDefinitionPermissions.CREATE_INSTANCE).count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("sct-head")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(InitiativeProcess.CONTROL_KEY).count()).isEqualTo(1);
    }

    @Test
    void anAdministratorAddsAWardUnderADepartmentAndEditsIt() throws Exception {
        assertThat(create("admin", Map.of("code", "p-ben-nghe", "name", "UBND phường Bến Nghé", "kind", "WARD",
                "superiorCode", "sxd")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> renamed = put("thu", "p-ben-nghe", Map.of("name", "UBND phường Sài Gòn", "active", false));

        assertThat(renamed.getStatusCode()).as(renamed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(registry.find("p-ben-nghe")).contains(new Agency("p-ben-nghe", "UBND phường Sài Gòn", AgencyKind.WARD,
                "sxd", false));
        assertThat(jdbc.queryForObject("select updated_by from agency where code = 'p-ben-nghe'", String.class))
                .isEqualTo("thu");
        assertThat(identity.createGroupQuery().groupId("p-ben-nghe-head").singleResult().getName())
                .isEqualTo("Người đứng đầu – UBND phường Sài Gòn");
    }

    @Test
    void nobodyElseChangesTheRegistry() {
        for (String user : List.of("an", "binh", "son", "xuan")) {
            assertThat(create(user, agency("nope")).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(put(user, "skhcn", Map.of("active", false)).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(registry.find("nope")).isEmpty();
        assertThat(registry.find("skhcn").orElseThrow().active()).isTrue();
    }

    @Test
    void invalidFieldsAreRefusedNamingTheField() throws Exception {
        Map<String, Map<String, Object>> invalid = Map.of(
                "code", Map.of("code", "SCT", "name", "Sở", "kind", "DEPARTMENT"),
                "name", Map.of("code", "sct-noname", "kind", "DEPARTMENT"),
                "kind", Map.of("code", "sct-kind", "name", "Sở", "kind", "MINISTRY"),
                "superiorCode", Map.of("code", "sct-sup", "name", "Sở", "kind", "DEPARTMENT", "superiorCode", "nowhere"));
        for (Map.Entry<String, Map<String, Object>> bad : invalid.entrySet()) {
            assertRefused(create("thu", bad.getValue()), HttpStatus.BAD_REQUEST, bad.getKey());
        }
        assertRefused(create("thu", Map.of("code", "a".repeat(33), "name", "Sở", "kind", "OTHER")),
                HttpStatus.BAD_REQUEST, "code");
        assertRefused(create("thu", Map.of("code", "sct-long", "name", "x".repeat(256), "kind", "OTHER")),
                HttpStatus.BAD_REQUEST, "name");
        assertRefused(put("thu", "sxd", Map.of("superiorCode", "sxd")), HttpStatus.BAD_REQUEST, "superiorCode");
        assertRefused(put("thu", "sxd", Map.of("code", "sxd2")), HttpStatus.BAD_REQUEST, "code");
        assertRefused(put("thu", "sxd", Map.of("active", "có")), HttpStatus.BAD_REQUEST, "active");
        assertThat(registry.all()).extracting(Agency::code).doesNotContain("sct-noname", "sct-kind", "sct-sup", "sct-long");
    }

    @Test
    void aSuperiorChainMustNotTurnIntoACircle() throws Exception {
        create("thu", Map.of("code", "circle-a", "name", "A", "kind", "OTHER"));
        create("thu", Map.of("code", "circle-b", "name", "B", "kind", "OTHER", "superiorCode", "circle-a"));

        assertRefused(put("thu", "circle-a", Map.of("superiorCode", "circle-b")), HttpStatus.BAD_REQUEST, "superiorCode");
        assertThat(registry.find("circle-a").orElseThrow().superiorCode()).isEqualTo("city-committee");
    }

    @Test
    void malformedJsonIsABadRequest() {
        TestRestTemplate template = new TestRestTemplate();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("thu", "demo");
        ResponseEntity<String> answer = template.exchange(rest.url("/api/agencies"), HttpMethod.POST,
                new HttpEntity<>("{\"code\": \"sct\", ", headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"status\":400", "\"error\":\"Bad Request\"", "not valid JSON");
    }

    @Test
    void aPathAMethodOrABodyTypeTheApiDoesNotServeIsAnsweredInTheApisOwnShape() throws Exception {
        TestRestTemplate template = new TestRestTemplate();
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        text.setBasicAuth("thu", "demo");

        ResponseEntity<String> nowhere = rest.get("thu", "/api/agencies-list");
        ResponseEntity<String> deleted = rest.exchange("thu", HttpMethod.DELETE, "/api/agencies/sxd", null);
        ResponseEntity<String> notJson = template.exchange(rest.url("/api/agencies"), HttpMethod.POST,
                new HttpEntity<>("sct, Sở Công Thương", text), String.class);

        for (ResponseEntity<String> answer : List.of(nowhere, deleted, notJson)) {
            assertThat(body(answer).path("status").asInt()).as(answer.getBody()).isEqualTo(answer.getStatusCode().value());
            assertThat(body(answer).path("error").asText()).isNotBlank();
            assertThat(body(answer).path("message").asText()).isNotBlank();
        }
        assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(deleted.getHeaders().getAllow()).contains(HttpMethod.PUT);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(body(notJson).path("message").asText()).contains("application/json");
        assertThat(registry.find("sxd")).isPresent();
    }

    @Test
    void aCodeThatExistsIsAConflict() throws Exception {
        assertRefused(create("thu", agency("sxd")), HttpStatus.CONFLICT, "code");
        assertThat(registry.find("sxd").orElseThrow().name()).isEqualTo("Sở Xây dựng");
    }

    @Test
    void anUnknownAgencyCannotBeUpdated() {
        assertThat(put("thu", "nowhere", Map.of("name", "X")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(registry.find("nowhere")).isEmpty();
    }

    @Test
    void aFailingGrantLeavesNeitherTheAgencyNorItsGroups() {
        AccessPolicy failing = mock(AccessPolicy.class);
        doThrow(new IllegalStateException("grant refused")).when(failing).applyToAgency(anyString());
        AgencyAdministration administration = new AgencyAdministration(registry, groups, failing, service, transaction);

        assertThatThrownBy(() -> administration.create(new AgencyRequest("half-written", "Nửa chừng", "OTHER", null, true),
                "thu")).hasMessageContaining("grant refused");

        assertThat(registry.find("half-written")).isEmpty();
        assertThat(identity.createGroupQuery().groupIdIn("half-written-staff", "half-written-head").count()).isZero();
    }

    @Test
    void theRegistryCanBeFilteredByActivity() throws Exception {
        create("thu", Map.of("code", "sleeping", "name", "Cơ quan tạm ngưng", "kind", "OTHER", "active", false));

        List<String> active = new ArrayList<>();
        body(rest.get("an", "/api/agencies?active=true")).forEach(a -> active.add(a.path("code").asText()));
        List<String> inactive = new ArrayList<>();
        body(rest.get("an", "/api/agencies?active=false")).forEach(a -> inactive.add(a.path("code").asText()));

        assertThat(active).contains("skhcn").doesNotContain("sleeping");
        assertThat(inactive).contains("sleeping").doesNotContain("skhcn");
    }
}
