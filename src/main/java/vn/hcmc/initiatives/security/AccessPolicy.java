package vn.hcmc.initiatives.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static vn.hcmc.initiatives.security.Grants.ANY;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.campaign.AnnualRegistrationProcess;
import vn.hcmc.initiatives.protection.ResponsibilityReviewProcess;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.reward.InitiativeRewardProcess;

/**
 * Who may do what, as engine authorizations. Tasks need no grant here: the engine gives each task's
 * candidate group and assignee the right to see and work on that task only. Reading one initiative
 * is granted per instance when it starts ({@code InitiativeAccess}).
 */
@Component
public class AccessPolicy {

    private static final Permission[] START = {READ, CREATE_INSTANCE};
    private static final Permission[] WATCH = {READ, READ_INSTANCE, READ_HISTORY, READ_TASK};

    private final Grants grants;
    private final JdbcTemplate jdbc;

    AccessPolicy(Grants grants, JdbcTemplate jdbc) {
        this.grants = grants;
        this.jdbc = jdbc;
    }

    public void apply(Collection<Agency> agencies) {
        grants.toEveryone(APPLICATION, "tasklist", ACCESS);
        // The models are the published procedure: Tasklist's "Sơ đồ" tab shows where a task stands in its process.
        // Reading a model shows no instance (their count needs READ_INSTANCE, LeanAuthorizationChecks).
        grants.toEveryone(PROCESS_DEFINITION, ANY, READ);
        agencies.forEach(agency -> applyToAgency(agency.code()));
        cityRoles();
    }

    public void applyToAgency(String code) {
        // Deputies may propose too; a proposing deputy then does not vote (D73 art. 8).
        for (String group : List.of(Groups.staff(code), Groups.head(code), Groups.leaders(code))) {
            grants.toGroup(group, PROCESS_DEFINITION, InitiativeProcess.KEY, START);
            grants.toGroup(group, PROCESS_INSTANCE, ANY, CREATE);
        }
        for (String control : List.of(InitiativeProcess.CONTROL_KEY, InitiativeProcess.RISK_REPORT_KEY)) {
            grants.toGroup(Groups.head(code), PROCESS_DEFINITION, control, START);
        }
    }

    private void cityRoles() {
        for (String key : List.of(AnnualRegistrationProcess.KEY, ResponsibilityReviewProcess.KEY)) {
            grants.toGroup(Groups.HOME_AFFAIRS, PROCESS_DEFINITION, key, START);
        }
        grants.toGroup(Groups.HOME_AFFAIRS, PROCESS_INSTANCE, ANY, CREATE);
        // Home affairs runs the campaign and follows it; the city committee sees whom it was escalated about.
        grants.toGroup(Groups.HOME_AFFAIRS, PROCESS_DEFINITION, AnnualRegistrationProcess.KEY, WATCH);
        grants.toGroup(Groups.CITY_COMMITTEE, PROCESS_DEFINITION, AnnualRegistrationProcess.KEY, READ, READ_INSTANCE);
        // City roles read every initiative and the reviews and reward cases run for it.
        for (String group : List.of(Groups.CITY_COMMITTEE, Groups.HOME_AFFAIRS, Groups.EMULATION_BOARD,
                Groups.INSPECTORATE)) {
            for (String key : List.of(InitiativeProcess.KEY, ResponsibilityReviewProcess.KEY, InitiativeRewardProcess.KEY)) {
                grants.toGroup(group, PROCESS_DEFINITION, key, READ, READ_INSTANCE);
            }
        }
        for (String group : List.of(Groups.MANAGERS, Groups.PROCESS_OWNERS)) {
            grants.toGroup(group, APPLICATION, "cockpit", ACCESS);
            grants.toGroup(group, PROCESS_DEFINITION, ANY, WATCH);
            grants.toGroup(group, DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY);
            grants.toGroup(group, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
            grants.toGroup(group, DEPLOYMENT, ANY, READ);
            // Cockpit's "Công việc thủ công" page counts the open tasks per group, for which Camunda asks READ on
            // every task; they read every task already (READ_TASK on every definition, WATCH).
            grants.toGroup(group, TASK, ANY, Permissions.READ);
        }
        grants.toGroup(Groups.PROCESS_OWNERS, DEPLOYMENT, ANY, READ, CREATE);
        grants.toGroup(Groups.MANAGERS, PROCESS_INSTANCE, ANY, Permissions.READ);
    }

    /**
     * The members of a group read each other's profiles: the grant that joining a group gives
     * ({@code ColleaguesSeeEachOthersNames}), for the memberships made before that rule or while authorization was off.
     * Only the memberships without it are read (READ is bit 2 of PERMS_).
     */
    public void colleaguesReadEachOther() {
        jdbc.query("select m.GROUP_ID_, m.USER_ID_ from ACT_ID_MEMBERSHIP m where not exists (select 1"
                        + " from ACT_RU_AUTHORIZATION a where a.TYPE_ = ? and a.GROUP_ID_ = m.GROUP_ID_ and a.RESOURCE_TYPE_ = ?"
                        + " and a.RESOURCE_ID_ = m.USER_ID_ and mod(a.PERMS_ / 2, 2) = 1)",
                (RowCallbackHandler) row -> grants.toGroup(row.getString(1), USER, row.getString(2), READ),
                Authorization.AUTH_TYPE_GRANT, USER.resourceType());
    }
}
