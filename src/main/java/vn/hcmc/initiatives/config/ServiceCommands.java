package vn.hcmc.initiatives.config;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Service bookkeeping through the engine's API (looking up a group's members, granting read access to
 * a new initiative), without the authorization checks of the user whose request caused it: the API call
 * has already checked who may do it, and then the service acts on its own behalf. Inside a delegate it
 * joins the running command; outside one it opens its own.
 */
@Component
public class ServiceCommands {

    private final CommandExecutor inTransaction;
    private final CommandExecutor inNewTransaction;

    ServiceCommands(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.inTransaction = configuration.getCommandExecutorTxRequired();
        this.inNewTransaction = configuration.getCommandExecutorTxRequiresNew();
    }

    /** Joins the surrounding transaction, if any: what the work writes commits or rolls back with it. */
    public <T> T call(Callable<T> work) {
        return inTransaction.execute(context -> context.runWithoutAuthorization(work));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** In a transaction of its own, e.g. after another one has committed. */
    public <T> T callInNewTransaction(Callable<T> work) {
        return inNewTransaction.execute(context -> context.runWithoutAuthorization(work));
    }
}
