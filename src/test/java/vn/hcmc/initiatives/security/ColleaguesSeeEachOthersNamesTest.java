package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * Tasklist names whoever holds a task, wrote a comment or acted in its history where the user may read that
 * person's profile. The members of a group read each other's; nobody reads the profile of someone they share no
 * group with.
 */
@ServiceTest
class ColleaguesSeeEachOthersNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Rest rest;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    AccessPolicy accessPolicy;

    private final List<String> newUsers = new ArrayList<>();

    @AfterEach
    void removeNewUsers() {
        newUsers.forEach(identity::deleteUser);
    }

    @Test
    void aDeputyReadsTheNameOfTheHeadSheSitsOnTheLeadershipWith() throws Exception {
        ResponseEntity<String> profile = rest.get("dung", "/engine-rest/user/binh/profile");

        assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(profile.getBody()).path("firstName").asText()).isEqualTo("Bình");
    }

    @Test
    void nobodyReadsTheProfileOfSomeoneTheyShareNoGroupWith() throws Exception {
        assertThat(rest.get("hai", "/engine-rest/user/binh/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.get("an", "/engine-rest/user/binh/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        List<String> seenByBinh = new ArrayList<>();
        JSON.readTree(rest.get("binh", "/engine-rest/user").getBody()).forEach(user -> seenByBinh.add(user.path("id").asText()));
        assertThat(seenByBinh).contains("binh", "cuong", "dung").doesNotContain("an", "giang", "hai", "khoa", "son");
    }

    @Test
    void joiningAGroupShowsTheNewMemberToItAndLeavingItHidesThemAgain() {
        createUserAsAdministrator("dieu");
        assertThat(rest.get("giang", "/engine-rest/user/dieu/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(asAdministrator(HttpMethod.PUT, "/engine-rest/group/skhcn-party/members/dieu").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.get("giang", "/engine-rest/user/dieu/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.get("mai", "/engine-rest/user/dieu/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(asAdministrator(HttpMethod.DELETE, "/engine-rest/group/skhcn-party/members/dieu").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.get("giang", "/engine-rest/user/dieu/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMembershipMadeWithoutTheGrantGetsItAtStartUp() {
        createUserAsAdministrator("duyen");
        identity.createMembership("duyen", "skhcn-party");
        // As a membership made by an earlier version, or while authorization was off, has it: no grant.
        authorizations.createAuthorizationQuery().groupIdIn("skhcn-party").resourceType(Resources.USER).resourceId("duyen")
                .list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        assertThat(rest.get("giang", "/engine-rest/user/duyen/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        accessPolicy.colleaguesReadEachOther();

        assertThat(rest.get("giang", "/engine-rest/user/duyen/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
        accessPolicy.colleaguesReadEachOther();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("skhcn-party").resourceType(Resources.USER)
                .resourceId("duyen").count()).isEqualTo(1);
    }

    private void createUserAsAdministrator(String id) {
        ResponseEntity<String> created = rest.exchange("admin", HttpMethod.POST, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", "Người", "lastName", "Mới", "email", id + "@demo.sangkien.local"),
                "credentials", Map.of("password", "demo")));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        newUsers.add(id);
    }

    private ResponseEntity<String> asAdministrator(HttpMethod method, String path) {
        return rest.exchange("admin", method, path, null);
    }
}
