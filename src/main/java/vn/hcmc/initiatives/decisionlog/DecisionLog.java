package vn.hcmc.initiatives.decisionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The append-only decision log. Writes go through the engine's own transaction (the engine runs on
 * Spring's transaction manager and the same data source), so a record exists exactly when the engine
 * step that made the decision is committed.
 */
@Component
public class DecisionLog {

    public static final String SYSTEM = "system";

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final IdentityService identity;

    DecisionLog(JdbcTemplate jdbc, ObjectMapper json, IdentityService identity) {
        this.jdbc = jdbc;
        this.json = json;
        this.identity = identity;
    }

    /** Starts a record for the initiative the execution belongs to. */
    public Entry of(DelegateExecution execution, String type) {
        Object agency = execution.getVariable("agencyCode");
        return new Entry(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                execution.getProcessDefinitionId().split(":")[0], agency == null ? null : agency.toString(), type);
    }

    /**
     * Starts a record for an initiative known only by its keys, as an engine event gives them (no execution at hand:
     * the process may be ending or over). The agency is the one the initiative's records were filed under.
     */
    public Entry of(String businessKey, String processInstanceId, String processKey, String type) {
        String agency = jdbc.query("select agency_code from decision_log where business_key = ? and agency_code is not null"
                + " order by id limit 1", (rs, row) -> rs.getString(1), businessKey).stream().findFirst().orElse(null);
        return new Entry(businessKey, processInstanceId, processKey, agency, type);
    }

    /**
     * The authenticated user of the current call; in a batch's job (run later, without a user), the user who created
     * the batch; otherwise {@code system} (timers, internal calls).
     */
    public String currentActor() {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return CurrentBatch.creator().orElse(SYSTEM);
    }

    /** The agency the initiative's first record of this type was filed under, if there is one. */
    public Optional<String> agencyOfFirst(String businessKey, String type) {
        return jdbc.query("select agency_code from decision_log where business_key = ? and type = ? order by id limit 1",
                (rs, row) -> rs.getString(1), businessKey, type).stream().filter(Objects::nonNull).findFirst();
    }

    /** Whether any record of this type was filed under the business key (by any process, any agency). */
    public boolean exists(String businessKey, String type) {
        return !jdbc.queryForList("select 1 from decision_log where business_key = ? and type = ? limit 1", Integer.class,
                businessKey, type).isEmpty();
    }

    /**
     * The records of this type filed under the business key by processes that no administrator cancelled afterwards,
     * the latest of each by its process instance id, oldest process first: what the log, kept for good, still tells
     * once their history has been removed.
     */
    public Map<String, Decision> uncancelledRecords(String businessKey, String type) {
        Map<String, Decision> records = new LinkedHashMap<>();
        jdbc.query("select r.* from decision_log r where r.business_key = ? and r.type = ? and not exists"
                        + " (select 1 from decision_log c where c.business_key = r.business_key"
                        + " and c.process_instance_id = r.process_instance_id and c.type = ?) order by r.id",
                (RowCallbackHandler) rs -> records.put(rs.getString("process_instance_id"), map(rs, 0)),
                businessKey, type, RecordManualInterventions.PROCESS_CANCELLED);
        return records;
    }

    public List<Decision> forInitiative(String businessKey) {
        return jdbc.query("select * from decision_log where business_key = ? order by id", this::map, businessKey);
    }

    private Decision map(ResultSet rs, int row) throws SQLException {
        String details = rs.getString("details");
        Map<String, Object> parsed;
        try {
            parsed = details == null ? Map.of() : json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision " + rs.getLong("id") + " has unreadable details", e);
        }
        return new Decision(rs.getLong("id"), rs.getString("business_key"), rs.getString("process_key"),
                rs.getString("agency_code"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("type"),
                rs.getString("outcome"), rs.getString("actor"), rs.getString("document_no"), rs.getString("reason"),
                parsed);
    }

    /** A record being put together; {@link #append()} writes it. */
    public final class Entry {

        private final String businessKey;
        private final String processInstanceId;
        private final String processKey;
        private final String agencyCode;
        private final String type;
        private String outcome;
        private String actor;
        private String documentNo;
        private String reason;
        private final Map<String, Object> details = new LinkedHashMap<>();

        private Entry(String businessKey, String processInstanceId, String processKey, String agencyCode,
                      String type) {
            this.businessKey = businessKey;
            this.processInstanceId = processInstanceId;
            this.processKey = processKey;
            this.agencyCode = agencyCode;
            this.type = type;
        }

        public Entry outcome(Object value) {
            this.outcome = value == null ? null : value.toString();
            return this;
        }

        public Entry actor(String value) {
            this.actor = value;
            return this;
        }

        public Entry documentNo(Object value) {
            this.documentNo = blankToNull(value);
            return this;
        }

        public Entry reason(Object value) {
            this.reason = blankToNull(value);
            return this;
        }

        public Entry detail(String name, Object value) {
            if (value != null) {
                details.put(name, value);
            }
            return this;
        }

        public void append() {
            if (businessKey == null) {
                throw new IllegalStateException("A decision of type " + type + " has no initiative business key");
            }
            String detailsJson;
            try {
                detailsJson = details.isEmpty() ? null : json.writeValueAsString(details);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Details of decision " + type + " cannot be written as JSON", e);
            }
            jdbc.update("insert into decision_log (business_key, process_instance_id, process_key, agency_code,"
                            + " recorded_at, type, outcome, actor, document_no, reason, details)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    businessKey, processInstanceId, processKey, agencyCode,
                    new Timestamp(ClockUtil.getCurrentTime().getTime()), type, outcome,
                    actor == null ? currentActor() : actor, documentNo, reason, detailsJson);
        }

        private static String blankToNull(Object value) {
            return value == null || value.toString().isBlank() ? null : value.toString().trim();
        }
    }
}
