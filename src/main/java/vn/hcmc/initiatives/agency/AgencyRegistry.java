package vn.hcmc.initiatives.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The agencies that take part in the programme, kept in table {@code agency}. */
@Repository
public class AgencyRegistry {

    private static final String COLUMNS = "code, name, kind, superior_code, active";

    private final JdbcTemplate jdbc;

    AgencyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> all() {
        return jdbc.query("select " + COLUMNS + " from agency order by code", AgencyRegistry::map);
    }

    public List<Agency> active() {
        return jdbc.query("select " + COLUMNS + " from agency where active = true order by code", AgencyRegistry::map);
    }

    public Optional<Agency> find(String code) {
        return jdbc.query("select " + COLUMNS + " from agency where code = ?", AgencyRegistry::map, code).stream()
                .findFirst();
    }

    void insert(Agency agency, String actor) {
        jdbc.update("insert into agency (" + COLUMNS + ", updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?)",
                agency.code(), agency.name(), agency.kind().name(), agency.superiorCode(), agency.active(),
                now(), actor);
    }

    void update(Agency agency, String actor) {
        jdbc.update("update agency set name = ?, kind = ?, superior_code = ?, active = ?, updated_at = ?, updated_by = ?"
                        + " where code = ?",
                agency.name(), agency.kind().name(), agency.superiorCode(), agency.active(), now(), actor,
                agency.code());
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("superior_code"), rs.getBoolean("active"));
    }
}
