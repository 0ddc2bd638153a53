package vn.hcmc.initiatives.support;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import vn.hcmc.initiatives.security.Grants;

/**
 * The coverage recorder looks up decision definitions as the user who completes a task (the service grants every
 * user READ on the process definitions already, for Tasklist's diagram). Reading a decision table is harmless, and
 * only tests record coverage, so tests grant it to everybody.
 */
@TestComponent
class CoverageReadsDefinitions implements SmartInitializingSingleton {

    private final Grants grants;

    CoverageReadsDefinitions(Grants grants) {
        this.grants = grants;
    }

    @Override
    public void afterSingletonsInstantiated() {
        grants.toEveryone(DECISION_DEFINITION, Grants.ANY, READ);
    }
}
