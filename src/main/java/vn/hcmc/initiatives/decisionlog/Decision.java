package vn.hcmc.initiatives.decisionlog;

import java.time.Instant;
import java.util.Map;

/**
 * One record of the decision log: who decided what, when, on what grounds. Records are appended and
 * never changed.
 */
public record Decision(long id, String businessKey, String processKey, String agencyCode, Instant at, String type,
                       String outcome, String actor, String documentNo, String reason, Map<String, Object> details) {
}
