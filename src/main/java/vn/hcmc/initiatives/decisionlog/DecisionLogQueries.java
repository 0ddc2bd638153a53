package vn.hcmc.initiatives.decisionlog;

import static vn.hcmc.initiatives.registration.InitiativeProcess.RECORD_SUBMITTED;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Questions across many initiatives, answered from the log itself (never from counters kept beside it),
 * for the campaign and its report. Initiatives are selected by the start of their business key, e.g.
 * {@code SK-2031-} for those registered for 2031.
 */
@Component
public class DecisionLogQueries {

    private final JdbcTemplate jdbc;

    DecisionLogQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Business key → agency of every initiative submitted under keys starting with {@code keyPrefix}. */
    public Map<String, String> registrations(String keyPrefix) {
        Map<String, String> agencies = new LinkedHashMap<>();
        jdbc.query("select business_key, agency_code from decision_log where type = '" + RECORD_SUBMITTED + "'"
                        + " and business_key like ? order by id",
                rs -> {
                    agencies.putIfAbsent(rs.getString(1), rs.getString(2));
                }, like(keyPrefix));
        return agencies;
    }

    /** The initiatives of one agency submitted under keys starting with {@code keyPrefix}, oldest first. */
    public List<String> registrationsOf(String agencyCode, String keyPrefix) {
        return jdbc.queryForList("select distinct business_key from decision_log where type = '" + RECORD_SUBMITTED + "'"
                + " and agency_code = ? and business_key like ? order by business_key", String.class, agencyCode,
                like(keyPrefix));
    }

    /** Business keys starting with {@code keyPrefix} that have a record of {@code type} with one of the outcomes. */
    public Set<String> keysWith(String keyPrefix, String type, String... outcomes) {
        String in = String.join(", ", Arrays.stream(outcomes).map(o -> "?").toList());
        Object[] args = new Object[outcomes.length + 2];
        args[0] = like(keyPrefix);
        args[1] = type;
        System.arraycopy(outcomes, 0, args, 2, outcomes.length);
        return new LinkedHashSet<>(jdbc.queryForList("select distinct business_key from decision_log"
                + " where business_key like ? and type = ? and outcome in (" + in + ")", String.class, args));
    }

    /** Business keys starting with {@code keyPrefix} whose process {@code processKey} was cancelled by hand. */
    public Set<String> keysCancelled(String keyPrefix, String processKey) {
        return new LinkedHashSet<>(jdbc.queryForList("select distinct business_key from decision_log"
                + " where business_key like ? and type = ? and process_key = ?", String.class, like(keyPrefix),
                RecordManualInterventions.PROCESS_CANCELLED, processKey));
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
