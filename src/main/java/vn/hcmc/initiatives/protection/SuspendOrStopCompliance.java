package vn.hcmc.initiatives.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.decisionlog.Decision;

/**
 * Whether an initiative was carried on against a decision to suspend or stop it, which forfeits protection
 * (D73 art. 6, 11). The decision log knows, read oldest first:
 * <ul>
 * <li>a {@code SUSPENDED} record halts the initiative until a later {@code RESUMED} record;</li>
 * <li>a {@code STOPPED} record halts it for good;</li>
 * <li>implementation work recorded while it is halted — a preliminary review ({@code PROGRESS_REVIEW}) or a
 * completion report ({@code COMPLETION_REPORT}) — means the decision was ignored.</li>
 * </ul>
 * A risk report while halted is not work on the initiative, and work before the decision or after the
 * resumption is allowed.
 */
final class SuspendOrStopCompliance {

    // record types the initiative's own steps write (ImplementationControl, InitiativeTaskDecisions)
    static final String SUSPENDED = "SUSPENDED";
    static final String RESUMED = "RESUMED";
    static final String STOPPED = "STOPPED";
    static final Set<String> IMPLEMENTATION_WORK = Set.of("PROGRESS_REVIEW", "COMPLETION_REPORT");

    /** The finding, with the records that prove it when the decision was ignored. */
    record Finding(boolean ignored, String evidence) {
    }

    private SuspendOrStopCompliance() {
    }

    static Finding judge(List<Decision> oldestFirst) {
        Decision halt = null;
        for (Decision record : oldestFirst) {
            String type = record.type();
            if (SUSPENDED.equals(type) && halt == null) {
                halt = record;
            } else if (STOPPED.equals(type)) {
                halt = record;
            } else if (RESUMED.equals(type) && halt != null && SUSPENDED.equals(halt.type())) {
                halt = null;
            } else if (IMPLEMENTATION_WORK.contains(type) && halt != null) {
                return new Finding(true, describe(record) + " sau quyết định " + describe(halt));
            }
        }
        return new Finding(false, null);
    }

    private static String describe(Decision record) {
        LocalDate day = record.at() == null ? null : LocalDate.ofInstant(record.at(), ServiceClock.ZONE);
        return record.type() + (day == null ? "" : " ngày " + ServiceClock.display(day))
                + (record.actor() == null ? "" : " (" + record.actor() + ")");
    }
}
