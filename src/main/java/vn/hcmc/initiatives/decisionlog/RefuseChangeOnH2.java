package vn.hcmc.initiatives.decisionlog;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger for the append-only decision log (changelog 006): refuses every update and delete of a record, as the
 * PostgreSQL trigger does, with the same message and SQL state ({@code restrict_violation}).
 */
public class RefuseChangeOnH2 implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("decision_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "23001");
    }
}
