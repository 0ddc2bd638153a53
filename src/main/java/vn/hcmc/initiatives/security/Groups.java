package vn.hcmc.initiatives.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Group ids of the service. Agency groups are {@code <agency>-staff}, {@code -head}, {@code -leaders}
 * (head and deputies) and {@code -party} (the party committee of the same level).
 */
public final class Groups {

    public static final String CITY_COMMITTEE = "city-committee";
    public static final String HOME_AFFAIRS = "home-affairs";
    public static final String EMULATION_BOARD = "emulation-board";
    public static final String INSPECTORATE = "inspectorate";
    public static final String MANAGERS = "managers";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String ADMINS = "camunda-admin";

    public static final List<String> CITY_ROLES =
            List.of(CITY_COMMITTEE, HOME_AFFAIRS, EMULATION_BOARD, INSPECTORATE, MANAGERS, PROCESS_OWNERS);

    private static final List<String> AGENCY_ROLES = List.of("staff", "head", "leaders", "party");

    private Groups() {
    }

    /** The user id of an authenticated user who is not an administrator; empty without a user, or for an admin. */
    public static Optional<String> nonAdministrator(Authentication user) {
        if (user == null || user.getUserId() == null
                || (user.getGroupIds() != null && user.getGroupIds().contains(ADMINS))) {
            return Optional.empty();
        }
        return Optional.of(user.getUserId());
    }

    public static String staff(String agencyCode) {
        return agencyCode + "-staff";
    }

    public static String head(String agencyCode) {
        return agencyCode + "-head";
    }

    public static String leaders(String agencyCode) {
        return agencyCode + "-leaders";
    }

    public static String party(String agencyCode) {
        return agencyCode + "-party";
    }

    public static List<String> ofAgency(String agencyCode) {
        return AGENCY_ROLES.stream().map(role -> agencyCode + "-" + role).toList();
    }

    /** The agency a group belongs to, when it is an agency group. */
    public static Optional<String> agencyOf(String groupId) {
        return AGENCY_ROLES.stream()
                .filter(role -> groupId.endsWith("-" + role))
                .map(role -> groupId.substring(0, groupId.length() - role.length() - 1))
                .filter(code -> !code.isEmpty())
                .findFirst();
    }
}
