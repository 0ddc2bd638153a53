package vn.hcmc.initiatives.bench;

import java.util.ArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts the commands an engine executes: every API call is one, and so is every command a call runs
 * through the engine's command executor (e.g. the service's work in a transaction of its own).
 */
final class CommandCounter extends AbstractProcessEnginePlugin {

    private final LongAdder commands = new LongAdder();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Counting());
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new Counting());
    }

    long count() {
        return commands.sum();
    }

    void reset() {
        commands.reset();
    }

    private final class Counting extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            commands.increment();
            return next.execute(command);
        }
    }
}
