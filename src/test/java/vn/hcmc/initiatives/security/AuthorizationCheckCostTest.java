package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The engine's authorization checks run without the per-command queries the service does not need, and a new
 * task's grants are inserted without looking for one to widen (see README, Performance). A Camunda upgrade or a
 * settings change that brings them back fails here; the grants themselves stay as Camunda makes them.
 */
@ServiceTest
class AuthorizationCheckCostTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    Scenario scenario;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TaskService tasks;

    @Test
    void theEngineNeverLooksForDenyAuthorizationsWhichTheDatabaseRefuses() {
        assertThat(configuration.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    @Test
    void theEngineChecksWithTheUsersGroupsAsTheyAreWithoutScanningTheAuthorizationTable() {
        AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager());

        assertThat(manager).isInstanceOf(LeanAuthorizationChecks.Manager.class);
        // A group that holds no authorization at all is kept: it matches no row, so no answer changes.
        assertThat(manager.filterAuthenticatedGroupIds(List.of("skhcn-staff", "a-group-without-grants")))
                .containsExactly("skhcn-staff", "a-group-without-grants");
    }

    @Test
    void aNewTasksGroupGetsOneGrantAndAGroupOrUserAddedLaterWidensOrAddsOneWithoutDuplicates() {
        assertThat(configuration.getResourceAuthorizationProvider()).isInstanceOf(NoLookupForNewTasks.TaskGrants.class);
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        String party = opinion.getId();

        List<Authorization> grants = grantsOn(party);
        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant.getGroupId()).isEqualTo("skhcn-party");
            assertThat(grant.isPermissionGranted(READ)).isTrue();
            assertThat(grant.isPermissionGranted(configuration.getDefaultUserPermissionForTask())).isTrue();
        });

        // The task exists now: these go through Camunda's lookup and widen or add.
        tasks.addCandidateGroup(party, "skhcn-party");
        tasks.setAssignee(party, "giang");
        tasks.setAssignee(party, "giang");

        assertThat(grantsOn(party)).extracting(g -> g.getGroupId() + "/" + g.getUserId())
                .containsExactlyInAnyOrder("skhcn-party/null", "null/giang");
    }

    private List<Authorization> grantsOn(String taskId) {
        return authorizations.createAuthorizationQuery().resourceType(TASK).resourceId(taskId).list();
    }
}
