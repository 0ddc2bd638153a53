package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The engine's authorization checks run without the two per-command queries the service does not need (see
 * README, Performance). A Camunda upgrade or a settings change that brings them back fails here.
 */
@ServiceTest
class AuthorizationCheckCostTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void theEngineNeverLooksForDenyAuthorizationsWhichTheDatabaseRefuses() {
        assertThat(configuration.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    @Test
    void theEngineChecksWithTheUsersGroupsAsTheyAreWithoutScanningTheAuthorizationTable() {
        AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager());

        assertThat(manager).isInstanceOf(NoAuthorizedGroupScan.UserGroupsAsTheyAre.class);
        // A group that holds no authorization at all is kept: it matches no row, so no answer changes.
        assertThat(manager.filterAuthenticatedGroupIds(List.of("skhcn-staff", "a-group-without-grants")))
                .containsExactly("skhcn-staff", "a-group-without-grants");
    }
}
