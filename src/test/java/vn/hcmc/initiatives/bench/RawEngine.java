package vn.hcmc.initiatives.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A plain Camunda engine of the same version on a database of its own (schema created by the engine),
 * with the stripped models: no authorization, history full, job executor off (as in ours during the
 * benchmark), JSON as the default serialization format (ours uses it; without Spin the engine could not
 * store the list variables of the models at all).
 */
final class RawEngine implements AutoCloseable {

    final SqlCounter sql = new SqlCounter();
    final CommandCounter commands = new CommandCounter();
    final ProcessEngine engine;
    private final HikariDataSource pool;

    RawEngine(String url, String user, String password, int poolSize) {
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("raw");
        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("raw");
        configuration.setDataSource(sql.wrap("raw", pool));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        // Our group ids (skhcn-staff) need the same id patterns as ours to be copied at all.
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(), commands));
        engine = configuration.buildProcessEngine();
    }

    /** Deploys our models, stripped, with our DMN tables and forms as they are. */
    void deployStripped(Set<String> serviceBeans) throws IOException {
        StrippedModels stripping = new StrippedModels(serviceBeans);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("stripped");
        for (Resource model : resolver.getResources("classpath*:processes/*.bpmn")) {
            String name = "processes/" + model.getFilename();
            deployment.addString(name, stripping.strip(name, model.getContentAsByteArray()));
        }
        for (String pattern : List.of("classpath*:processes/*.dmn", "classpath*:forms/*.form")) {
            for (Resource resource : resolver.getResources(pattern)) {
                String folder = pattern.contains("forms") ? "forms/" : "processes/";
                byte[] content = resource.getContentAsByteArray();
                stripping.checkUnchanged(resource.getFilename(), content);
                deployment.addInputStream(folder + resource.getFilename(), new java.io.ByteArrayInputStream(content));
            }
        }
        deployment.deploy();
    }

    /** The same users, groups and memberships as ours, so that the same task queries find the same tasks. */
    void copyIdentity(IdentityService from, List<String> userIds) {
        IdentityService to = engine.getIdentityService();
        for (String userId : userIds) {
            User user = from.createUserQuery().userId(userId).singleResult();
            User copy = to.newUser(userId);
            copy.setFirstName(user.getFirstName());
            copy.setLastName(user.getLastName());
            copy.setPassword("demo");
            to.saveUser(copy);
            for (Group group : from.createGroupQuery().groupMember(userId).list()) {
                if (to.createGroupQuery().groupId(group.getId()).count() == 0) {
                    Group groupCopy = to.newGroup(group.getId());
                    groupCopy.setName(group.getName());
                    groupCopy.setType(group.getType());
                    to.saveGroup(groupCopy);
                }
                to.createMembership(userId, group.getId());
            }
        }
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
