package vn.hcmc.initiatives.bench;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, LongAdder> byClass = new ConcurrentHashMap<>();

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

    /** Commands by class (a lambda run through the executor shows as its declaring class). */
    Map<String, Long> byClass() {
        Map<String, Long> counts = new TreeMap<>();
        byClass.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    void reset() {
        commands.reset();
        byClass.clear();
    }

    private static String name(Class<?> type) {
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda) + " (lambda)";
    }

    private final class Counting extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            commands.increment();
            byClass.computeIfAbsent(name(command.getClass()), k -> new LongAdder()).increment();
            return next.execute(command);
        }
    }
}
