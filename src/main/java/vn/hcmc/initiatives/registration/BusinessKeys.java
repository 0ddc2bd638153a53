package vn.hcmc.initiatives.registration;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business keys {@code SK-<year>-<agency>-<NNNN>}, numbered per agency and year. The counter row is
 * locked by the increment until the registering transaction commits, so concurrent registrations of
 * one agency get consecutive, unique numbers, and a registration that fails leaves no gap.
 */
@Component
class BusinessKeys {

    private final JdbcTemplate jdbc;
    private final String createRowIfAbsent;

    BusinessKeys(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            // PostgreSQL aborts the whole transaction on a duplicate-key error, so the insert must not raise one.
            this.createRowIfAbsent = postgres
                    ? "insert into initiative_sequence (agency_code, registration_year, last_value) values (?, ?, 0)"
                            + " on conflict do nothing"
                    : "merge into initiative_sequence t using (values (cast(? as varchar(32)), cast(? as int)))"
                            + " s(agency_code, registration_year) on t.agency_code = s.agency_code"
                            + " and t.registration_year = s.registration_year"
                            + " when not matched then insert values (s.agency_code, s.registration_year, 0)";
        }
    }

    String next(String agencyCode, int year) {
        try {
            jdbc.update(createRowIfAbsent, agencyCode, year);
        } catch (DuplicateKeyException concurrentFirstRegistration) {
            // H2's MERGE is not atomic: another registration created the row first, which is all we need.
            // (PostgreSQL never gets here: its insert skips conflicts instead of failing.)
        }
        jdbc.update("update initiative_sequence set last_value = last_value + 1"
                + " where agency_code = ? and registration_year = ?", agencyCode, year);
        Integer number = jdbc.queryForObject("select last_value from initiative_sequence"
                + " where agency_code = ? and registration_year = ?", Integer.class, agencyCode, year);
        return String.format("SK-%d-%s-%04d", year, agencyCode, number);
    }
}
