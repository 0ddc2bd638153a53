package vn.hcmc.initiatives.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * An authorization check answered the way Camunda's {@code isUserAuthorizedForResource} answers it when revokes
 * are never checked (the service's setting): one plain query reads the grant rows that could match, and the
 * composite check is evaluated on them here. An atomic check holds if a row grants all of its permission bits on
 * its resource type and on its resource id or {@code *}, either as a GRANT to the user or one of the user's
 * groups, or as a GLOBAL authorization; a disjunctive check holds if one of its parts does, a conjunctive one if
 * all do.
 *
 * <p>Camunda builds that answer as one SQL statement of 6 {@code EXISTS} per atomic check, generated anew by
 * MyBatis' dynamic SQL for every check; generating it was two thirds of the time the service spent checking a
 * task completion (see README, Performance). {@link #covers(CompositePermissionCheck)} says which checks this
 * class answers; anything else (a resource id that is a query column, a "not found" default, nested checks)
 * stays with Camunda.
 */
final class GrantRows {

    /**
     * One authorization row of the user, their groups or everyone (the query selects only those); {@code perms} is
     * null where the column is (such a row grants nothing in SQL).
     */
    private record Row(int resourceType, String resourceId, Integer perms) {
    }

    private final List<Row> rows;

    private GrantRows(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * Whether {@link #read} and {@link #grant} answer this check exactly as Camunda's SQL does: a check of atomic
     * parts only (the engine's checks of one resource are all of that shape; it nests checks only in queries).
     */
    static boolean covers(CompositePermissionCheck check) {
        return check.getCompositeChecks().isEmpty() && !check.getAtomicChecks().isEmpty()
                && check.getAtomicChecks().stream().allMatch(
                        part -> part.getResourceIdQueryParam() == null && part.getAuthorizationNotFoundReturnValue() == null);
    }

    /**
     * Reads, on the command's connection, every GRANT (to the user or their groups) and GLOBAL row that any part of
     * the check could match: the query settles whose rows they are, {@link #grant} only which part they serve.
     */
    static GrantRows read(Connection connection, String tablePrefix, String userId, List<String> authenticatedGroupIds,
                          CompositePermissionCheck check) {
        // A null group id matches no row in Camunda's SQL either (GROUP_ID_ IN (null)).
        List<String> groupIds = authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList();
        Set<Integer> resourceTypes = new LinkedHashSet<>();
        Set<String> resourceIds = new LinkedHashSet<>();
        resourceIds.add(Authorization.ANY);
        for (PermissionCheck part : check.getAllPermissionChecks()) {
            resourceTypes.add(part.getResourceType());
            if (part.getResourceId() != null) {
                resourceIds.add(part.getResourceId());
            }
        }
        StringBuilder sql = new StringBuilder("select RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ")
                .append(tablePrefix).append("ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ in (")
                .append(marks(resourceTypes.size())).append(") and RESOURCE_ID_ in (").append(marks(resourceIds.size()))
                .append(") and ((TYPE_ = ").append(Authorization.AUTH_TYPE_GLOBAL).append(" and USER_ID_ = '*')");
        if (userId != null) {
            sql.append(" or (TYPE_ = ").append(Authorization.AUTH_TYPE_GRANT).append(" and USER_ID_ = ?)");
        }
        if (!groupIds.isEmpty()) {
            sql.append(" or (TYPE_ = ").append(Authorization.AUTH_TYPE_GRANT).append(" and GROUP_ID_ in (")
                    .append(marks(groupIds.size())).append("))");
        }
        sql.append(')');
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (int type : resourceTypes) {
                statement.setInt(index++, type);
            }
            for (String id : resourceIds) {
                statement.setString(index++, id);
            }
            if (userId != null) {
                statement.setString(index++, userId);
            }
            for (String group : groupIds) {
                statement.setString(index++, group);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int perms = result.getInt(3);
                    rows.add(new Row(result.getInt(1), result.getString(2), result.wasNull() ? null : perms));
                }
            }
            return new GrantRows(rows);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the authorizations for " + userId, e);
        }
    }

    /**
     * Whether the rows grant the check, for a check {@link #covers} accepts: as Camunda's SQL, a disjunctive check
     * ({@code COALESCE} of its parts) holds if one part does, a conjunctive one ({@code BITAND}) if all do.
     */
    boolean grant(CompositePermissionCheck check) {
        return check.isDisjunctive()
                ? check.getAtomicChecks().stream().anyMatch(this::grant)
                : check.getAtomicChecks().stream().allMatch(this::grant);
    }

    private boolean grant(PermissionCheck check) {
        int perms = check.getPerms();
        for (Row row : rows) {
            boolean resource = row.resourceType == check.getResourceType() && (Authorization.ANY.equals(row.resourceId)
                    || check.getResourceId() != null && check.getResourceId().equals(row.resourceId));
            if (resource && row.perms != null && (row.perms & perms) == perms) {
                return true;
            }
        }
        return false;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
