package vn.hcmc.initiatives.security;

import static vn.hcmc.initiatives.config.EngineLists.appended;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * An administrator's hand change that cannot be carried out because of what was asked is the caller's mistake, not
 * the service's, and is answered so (Camunda answers both with a 500):
 * <ul>
 *   <li>starting a process halfway, or moving a running one, to a step whose expressions need a variable the process
 *       does not have (the deadline of the party's opinion counts from {@code receivedAt}, the evaluation's from
 *       {@code reportReceivedAt}): a 400 naming the variable, to be given with the start or the move; a restart
 *       cannot be given variables (Camunda restores them only after it has set the step up), so there the 400 names
 *       the {@code instructions} and says to restart at an earlier step and move the initiative on;</li>
 *   <li>moving a process instance that is not there: a 404.</li>
 * </ul>
 * Nothing is written either way: the command's transaction is rolled back before the answer is made.
 */
@Component
class HandChangeMistakes extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> MOVES = List.of(StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class, ProcessInstanceModificationCmd.class, AbstractRestartProcessInstanceCmd.class);

    private static final ClassValue<Boolean> IS_MOVE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> command) {
            return MOVES.stream().anyMatch(type -> type.isAssignableFrom(command));
        }
    };

    /** The expression language's own message, as the engine wraps it: "… Cause: Cannot resolve identifier 'x'". */
    private static final Pattern MISSING_VARIABLE = Pattern.compile("Cannot resolve identifier '([^']+)'");
    private static final Pattern EXPRESSION = Pattern.compile("expression: (\\$\\{.*?})");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                appended(configuration.getCustomPreCommandInterceptorsTxRequired(), new Answer()));
    }

    private static final class Answer extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!IS_MOVE.get(command.getClass())) {
                return next.execute(command);
            }
            try {
                return next.execute(command);
            } catch (ProcessEngineException failed) {
                // A restart starts the process again by a command of its own, whose answer speaks of a start.
                if (failed instanceof BadUserRequestException && !(command instanceof AbstractRestartProcessInstanceCmd)) {
                    throw failed;
                }
                throw asCallersMistake(command, failed).orElse(failed);
            }
        }
    }

    static Optional<ProcessEngineException> asCallersMistake(Command<?> command, ProcessEngineException failed) {
        if (failed.getClass() == ProcessEngineException.class && failed.getMessage() != null
                && failed.getMessage().contains("does not exist")) {
            return Optional.of(new NotFoundException(failed.getMessage(), failed));
        }
        String where = "";
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            Matcher expression = EXPRESSION.matcher(message);
            if (where.isEmpty() && expression.find()) {
                where = " (" + expression.group(1) + ")";
            }
            Matcher missing = MISSING_VARIABLE.matcher(message);
            if (cause.getClass().getSimpleName().equals("PropertyNotFoundException") && missing.find()) {
                String variable = missing.group(1);
                return Optional.of(command instanceof AbstractRestartProcessInstanceCmd
                        ? new BadUserRequestException("instructions: the step the process is restarted at needs"
                                + " variable '" + variable + "'" + where + ", which a restart restores only after it"
                                + " has set the step up; restart at an earlier step and move the process on", failed)
                        : new BadUserRequestException(variable + ": the step the process is started at or moved to"
                                + " needs variable '" + variable + "'" + where + "; give it with the request's"
                                + " variables", failed));
            }
        }
        return Optional.empty();
    }
}
