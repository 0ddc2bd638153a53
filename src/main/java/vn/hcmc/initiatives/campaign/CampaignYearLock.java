package vn.hcmc.initiatives.campaign;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.Database;

/**
 * One opening of a year's campaign at a time. Two openings at the same moment (two administrators, or one
 * and the yearly timer) would each find no campaign for the year and both open one. On PostgreSQL the
 * opening takes a lock on the year that its transaction holds until it ends ({@code pg_advisory_xact_lock});
 * the later opening waits, then finds the first one's campaign. H2, the embedded development database,
 * has no such lock and is not shared by several users at once.
 */
@Component
class CampaignYearLock {

    /** The locks' namespace: Plan 3815, which asks for the yearly campaign. */
    private static final int PLAN_3815 = 3815;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    CampaignYearLock(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    /** Waits until no other transaction is opening {@code year}'s campaign; holds the year until this one ends. */
    void lock(int year) {
        if (postgres) {
            jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, PLAN_3815, year);
        }
    }
}
