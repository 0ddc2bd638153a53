package vn.hcmc.initiatives.support;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import vn.hcmc.initiatives.security.Grants;

/**
 * The coverage recorder looks up process and decision definitions as the user who completes a task.
 * Reading a model is harmless, and only tests record coverage, so tests grant it to everybody.
 */
@TestComponent
class CoverageReadsDefinitions implements SmartInitializingSingleton {

    private final Grants grants;

    CoverageReadsDefinitions(Grants grants) {
        this.grants = grants;
    }

    @Override
    public void afterSingletonsInstantiated() {
        grants.toEveryone(PROCESS_DEFINITION, Grants.ANY, READ);
        grants.toEveryone(DECISION_DEFINITION, Grants.ANY, READ);
    }
}
