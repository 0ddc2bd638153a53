package vn.hcmc.initiatives.config;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.campaign.AnnualRegistrationProcess;
import vn.hcmc.initiatives.deadline.MissedDeadlineListener;

/**
 * History stays at level full, with one exception: the variables that only restate another variable for a
 * form (a due date as dd/MM/yyyy, which a form cannot compute: it does not see the task's due date) are not
 * written to the history tables. What they restate keeps its full history; a copy would add three to five
 * statements per task and nothing an auditor could not read from the original. The copies remain ordinary
 * runtime variables, so Tasklist shows them. (Copies a form can compute itself are not stored at all.)
 */
@Component
class DisplayCopiesOutOfHistory extends AbstractProcessEnginePlugin {

    /** The copies, by name; each is set only by the listener that formats it. */
    static final Set<String> NAMES = Set.of(
            "dueDateText",                                       // the task's due date (deadline.ShowDueDateListener)
            MissedDeadlineListener.ESCALATED_DUE_TEXT,           // the late task's due date
            AnnualRegistrationProcess.REGISTRATION_DEADLINE_TEXT, // registrationDeadline
            AnnualRegistrationProcess.LATE_AGENCIES_TEXT);       // lateAgencies

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryEventHandlers(EngineLists.appended(configuration.getCustomHistoryEventHandlers(),
                new WithoutDisplayCopies(new DbHistoryEventHandler())));
        // Our handler writes to the history tables in place of the engine's own.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    static final class WithoutDisplayCopies implements HistoryEventHandler {

        private final HistoryEventHandler database;

        WithoutDisplayCopies(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable && NAMES.contains(variable.getVariableName()))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
