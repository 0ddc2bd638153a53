package vn.hcmc.initiatives.registration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.Database;

/**
 * Business keys {@code SK-<year>-<agency>-<NNNN>}, numbered per agency and year. The counter row is
 * locked by the increment until the registering transaction commits, so concurrent registrations of
 * one agency get consecutive, unique numbers, and a registration that fails leaves no gap.
 */
@Component
class BusinessKeys {

    private static final String CREATE_ROW_IF_ABSENT_ON_H2 = "merge into initiative_sequence t using"
            + " (values (cast(? as varchar(32)), cast(? as int))) s(agency_code, registration_year)"
            + " on t.agency_code = s.agency_code and t.registration_year = s.registration_year"
            + " when not matched then insert values (s.agency_code, s.registration_year, 0)";

    /** The form {@link #next} gives a key; agency codes may hold hyphens ({@code p-ben-nghe}). */
    private static final Pattern SERVICE_KEY = Pattern.compile("SK-\\d{4}-(.+)-\\d{4,}");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    BusinessKeys(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    String next(String agencyCode, int year) {
        int number = postgres ? nextOnPostgres(agencyCode, year) : nextByThreeStatements(agencyCode, year);
        return String.format("SK-%d-%s-%04d", year, agencyCode, number);
    }

    /**
     * Whether a key chosen by the client (an import of earlier files) has the form of the service's keys but another
     * agency's code in it: it would pass for that agency's, in its sequence and in every list by key.
     */
    static boolean namesAnotherAgency(String key, String agencyCode) {
        Matcher serviceKey = SERVICE_KEY.matcher(key);
        return serviceKey.matches() && !serviceKey.group(1).equals(agencyCode);
    }

    /**
     * One statement: the insert creates the row at 1, or takes its row lock and counts on. It never raises a
     * duplicate-key error, which would abort the whole registering transaction on PostgreSQL.
     */
    private int nextOnPostgres(String agencyCode, int year) {
        return jdbc.queryForObject("insert into initiative_sequence (agency_code, registration_year, last_value)"
                + " values (?, ?, 1) on conflict (agency_code, registration_year)"
                + " do update set last_value = initiative_sequence.last_value + 1 returning last_value",
                Integer.class, agencyCode, year);
    }

    private int nextByThreeStatements(String agencyCode, int year) {
        try {
            jdbc.update(CREATE_ROW_IF_ABSENT_ON_H2, agencyCode, year);
        } catch (DuplicateKeyException concurrentFirstRegistration) {
            // H2's MERGE is not atomic: another registration created the row first, which is all we need.
        }
        jdbc.update("update initiative_sequence set last_value = last_value + 1"
                + " where agency_code = ? and registration_year = ?", agencyCode, year);
        return jdbc.queryForObject("select last_value from initiative_sequence"
                + " where agency_code = ? and registration_year = ?", Integer.class, agencyCode, year);
    }
}
