package vn.hcmc.initiatives.decisionlog;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A process run for one initiative (a responsibility review, a reward) carries the initiative's key as
 * its business key: the log files its decisions under the initiative, and Tasklist and Cockpit show it
 * under that key. A call activity passes the business key; a standalone start names the initiative.
 */
public final class CalledForInitiative {

    public static final String INITIATIVE_KEY = "initiativeKey";

    private CalledForInitiative() {
    }

    /** Makes business key and {@code initiativeKey} the same, from whichever is given; returns the key. */
    public static String align(DelegateExecution execution) {
        Object variable = execution.getVariable(INITIATIVE_KEY);
        String given = text(variable);
        String businessKey = text(execution.getProcessBusinessKey());
        if (given.isEmpty() && businessKey.isEmpty()) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": nhập mã sáng kiến (required)");
        }
        if (!given.isEmpty() && !businessKey.isEmpty() && !given.equals(businessKey)) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": mã sáng kiến '" + given
                    + "' khác với business key '" + businessKey + "' của quy trình (they must be equal)");
        }
        String key = given.isEmpty() ? businessKey : given;
        if (businessKey.isEmpty()) {
            execution.setProcessBusinessKey(key);
        }
        if (!key.equals(variable)) {
            execution.setVariable(INITIATIVE_KEY, key);
        }
        return key;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
