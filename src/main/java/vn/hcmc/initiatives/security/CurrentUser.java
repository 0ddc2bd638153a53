package vn.hcmc.initiatives.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the API authentication filter established for this request. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public String id() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public List<String> groups() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }

    public boolean isIn(String group) {
        return groups().contains(group);
    }

    /** City-level roles and administrators see every initiative. */
    public boolean seesAllInitiatives() {
        return groups().stream().anyMatch(g -> Groups.CITY_ROLES.contains(g) || Groups.ADMINS.equals(g));
    }
}
