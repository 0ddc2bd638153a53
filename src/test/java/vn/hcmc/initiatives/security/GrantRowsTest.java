package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The service answers a check of one resource from the grant rows it reads ({@link GrantRows}); Camunda answers
 * it with its own SQL. Both are asked the same checks over many sets of authorization rows (GLOBAL and GRANT, to
 * the user, to their groups, to others; on the resource, on {@code *}, on another; with and without the bits
 * asked for) and must agree on every one. Runs on H2 and, in the PostgreSQL suite, on PostgreSQL.
 */
@ServiceTest
class GrantRowsTest {

    private static final String USER = "grant-rows-user";
    private static final List<String> GROUPS = List.of("grant-rows-g1", "grant-rows-g2");
    private static final List<String> OTHER_USERS = List.of(USER, "grant-rows-other");
    private static final List<String> ALL_GROUPS = List.of("grant-rows-g1", "grant-rows-g2", "grant-rows-g3");
    private static final List<String> RESOURCE_IDS = List.of("grant-rows-r1", "grant-rows-r2", ANY);
    private static final Map<Resource, List<Permission>> PERMISSIONS = Map.of(
            Resources.TASK, List.of(Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK),
            Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE_TASK,
                    ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.CREATE_INSTANCE));

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void everyCheckOfOneResourceIsAnsweredAsCamundasOwnQueryAnswersIt() {
        Random random = new Random(73_2023);
        List<CompositePermissionCheck> checks = checks();
        assertThat(checks).allMatch(GrantRows::covers);
        int granted = 0;
        int refused = 0;
        for (int scenario = 0; scenario < 40; scenario++) {
            List<String> created = createSome(random);
            try {
                for (CompositePermissionCheck check : checks) {
                    boolean camunda = camundasAnswer(GROUPS, check);
                    boolean ours = oursAnswer(GROUPS, check);
                    assertThat(ours).as("scenario %d, %s", scenario, describe(check)).isEqualTo(camunda);
                    if (camunda) {
                        granted++;
                    } else {
                        refused++;
                    }
                }
            } finally {
                created.forEach(authorizations::deleteAuthorization);
            }
        }
        // Both answers occur often: the comparison is not between two constant "no"s.
        assertThat(granted).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void aSingleCheckIsTheSameAsACheckOfOnePart() {
        List<String> created = List.of(grantToGroup(GROUPS.get(1), Resources.TASK, "grant-rows-r1", TaskPermissions.TASK_WORK));
        try {
            boolean work = configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                    .isAuthorized(USER, GROUPS, TaskPermissions.TASK_WORK, Resources.TASK, "grant-rows-r1"));
            boolean read = configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                    .isAuthorized(USER, GROUPS, Permissions.READ, Resources.TASK, "grant-rows-r1"));
            assertThat(work).isTrue();
            assertThat(read).isFalse();
        } finally {
            created.forEach(authorizations::deleteAuthorization);
        }
    }

    @Test
    void aNullAmongTheUsersGroupIdsMatchesNothingAsInCamundasQuery() {
        List<String> created = List.of(grantToGroup(GROUPS.get(1), Resources.TASK, "grant-rows-r1", Permissions.READ));
        try {
            for (List<String> groups : List.of(Arrays.asList(null, GROUPS.get(1)), Arrays.asList((String) null))) {
                CompositePermissionCheck read = inCommand(() -> new PermissionCheckBuilder()
                        .atomicCheckForResourceId(Resources.TASK, "grant-rows-r1", Permissions.READ).build());
                boolean camunda = camundasAnswer(groups, read);
                boolean ours = oursAnswer(groups, read);
                assertThat(ours).as("groups %s", groups).isEqualTo(camunda).isEqualTo(groups.size() == 2);
            }
        } finally {
            created.forEach(authorizations::deleteAuthorization);
        }
    }

    @Test
    void checksOnAQueryColumnOrNestedChecksAreLeftToCamunda() {
        CompositePermissionCheck onColumn = inCommand(() -> new PermissionCheckBuilder()
                .atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ).build());
        CompositePermissionCheck nested = inCommand(() -> new PermissionCheckBuilder().conjunctive()
                .composite().atomicCheckForResourceId(Resources.TASK, "t", Permissions.READ).done()
                .composite().atomicCheckForResourceId(Resources.TASK, "t", Permissions.UPDATE).done()
                .build());

        assertThat(GrantRows.covers(onColumn)).isFalse();
        assertThat(GrantRows.covers(nested)).isFalse();
    }

    /** As the engine asks them: single checks, "any of" (task work) and "all of" (start an instance). */
    private List<CompositePermissionCheck> checks() {
        // The builder asks the command's authorization manager which permissions are disabled.
        return inCommand(GrantRowsTest::buildChecks);
    }

    private static List<CompositePermissionCheck> buildChecks() {
        List<CompositePermissionCheck> checks = new ArrayList<>();
        for (String id : List.of("grant-rows-r1", ANY)) {
            PERMISSIONS.forEach((resource, permissions) -> permissions.forEach(permission ->
                    checks.add(new PermissionCheckBuilder().atomicCheckForResourceId(resource, id, permission).build())));
        }
        checks.add(new PermissionCheckBuilder().disjunctive()
                .atomicCheckForResourceId(Resources.TASK, "grant-rows-r1", TaskPermissions.TASK_WORK)
                .atomicCheckForResourceId(Resources.TASK, "grant-rows-r1", Permissions.UPDATE)
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, "grant-rows-r2", ProcessDefinitionPermissions.TASK_WORK)
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, "grant-rows-r2", ProcessDefinitionPermissions.UPDATE_TASK)
                .build());
        checks.add(new PermissionCheckBuilder().conjunctive()
                .atomicCheckForResourceId(Resources.TASK, "grant-rows-r2", Permissions.READ)
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, "grant-rows-r1", ProcessDefinitionPermissions.CREATE_INSTANCE)
                .build());
        checks.add(new PermissionCheckBuilder().conjunctive()
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, null, ProcessDefinitionPermissions.READ)
                .atomicCheckForResourceId(Resources.TASK, null, Permissions.READ)
                .build());
        return checks;
    }

    /** Up to eight random authorization rows for the user, their groups or others; returns their ids. */
    private List<String> createSome(Random random) {
        Map<String, Authorization> rows = new LinkedHashMap<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            Resource resource = random.nextBoolean() ? Resources.TASK : Resources.PROCESS_DEFINITION;
            String resourceId = RESOURCE_IDS.get(random.nextInt(RESOURCE_IDS.size()));
            int who = random.nextInt(4);
            Authorization row = authorizations.createNewAuthorization(who == 0 ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
            if (who == 0) {
                row.setUserId(ANY);
            } else if (who == 1) {
                row.setUserId(OTHER_USERS.get(random.nextInt(OTHER_USERS.size())));
            } else {
                row.setGroupId(ALL_GROUPS.get(random.nextInt(ALL_GROUPS.size())));
            }
            row.setResource(resource);
            row.setResourceId(resourceId);
            if (random.nextInt(8) == 0) {
                row.addPermission(Permissions.ALL);
            } else {
                for (Permission permission : PERMISSIONS.get(resource)) {
                    if (random.nextInt(3) > 0) {
                        row.addPermission(permission);
                    }
                }
            }
            // The database holds one row per principal and resource (unique constraints).
            rows.putIfAbsent(row.getAuthorizationType() + "/" + row.getUserId() + "/" + row.getGroupId() + "/"
                    + row.getResourceType() + "/" + resourceId, row);
        }
        List<String> ids = new ArrayList<>();
        for (Authorization row : rows.values()) {
            boolean taken = authorizations.createAuthorizationQuery().authorizationType(row.getAuthorizationType())
                    .resourceType(row.getResourceType()).resourceId(row.getResourceId())
                    .list().stream().anyMatch(existing -> same(existing.getUserId(), row.getUserId())
                            && same(existing.getGroupId(), row.getGroupId()));
            if (!taken) {
                ids.add(authorizations.saveAuthorization(row).getId());
            }
        }
        return ids;
    }

    private String grantToGroup(String group, Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        return authorizations.saveAuthorization(grant).getId();
    }

    /** Camunda's own manager: its SQL, in a command of its own. */
    private boolean camundasAnswer(List<String> groups, CompositePermissionCheck check) {
        return inCommand(() -> new AuthorizationManager().isAuthorized(USER, groups, check));
    }

    /** The engine's manager, the service's. */
    private boolean oursAnswer(List<String> groups, CompositePermissionCheck check) {
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager().isAuthorized(USER, groups, check));
    }

    private <T> T inCommand(java.util.function.Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(context -> work.get());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String describe(CompositePermissionCheck check) {
        StringBuilder text = new StringBuilder(check.isDisjunctive() ? "any of" : "all of");
        for (PermissionCheck part : check.getAtomicChecks()) {
            text.append(" [").append(part.getPermission().getName()).append(' ').append(part.getResource().resourceName())
                    .append(' ').append(part.getResourceId()).append(']');
        }
        return text.toString();
    }
}
