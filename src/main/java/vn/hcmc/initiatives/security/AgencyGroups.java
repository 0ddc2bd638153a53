package vn.hcmc.initiatives.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;

/**
 * The four groups of an agency ({@link Groups#ofAgency}), named after it. With a read-only identity
 * (a directory) the groups come from the directory and nothing is written here.
 */
@Component
public class AgencyGroups {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "staff", "Cán bộ", "head", "Người đứng đầu", "leaders", "Tập thể lãnh đạo", "party", "Cấp ủy");

    private final IdentityService identity;

    AgencyGroups(IdentityService identity) {
        this.identity = identity;
    }

    /** Creates the groups the agency does not have yet; existing groups keep the name they have. */
    public void ensureFor(Agency agency) {
        if (identity.isReadOnly()) {
            return;
        }
        for (String groupId : Groups.ofAgency(agency.code())) {
            if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
                save(identity.newGroup(groupId), nameOf(agency, groupId));
            }
        }
    }

    /** Follows a change of the agency's name in the names of its groups. */
    public void rename(Agency agency) {
        if (identity.isReadOnly()) {
            return;
        }
        for (String groupId : Groups.ofAgency(agency.code())) {
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            String name = nameOf(agency, groupId);
            if (group == null || !name.equals(group.getName())) {
                save(group == null ? identity.newGroup(groupId) : group, name);
            }
        }
    }

    void ensureGroup(String id, String name) {
        if (!identity.isReadOnly() && identity.createGroupQuery().groupId(id).singleResult() == null) {
            save(identity.newGroup(id), name);
        }
    }

    private void save(Group group, String name) {
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
    }

    private static String nameOf(Agency agency, String groupId) {
        String role = groupId.substring(agency.code().length() + 1);
        return ROLE_NAMES.get(role) + " – " + agency.name();
    }
}
