package vn.hcmc.initiatives.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The plain engine the issue asks for: the Camunda Spring Boot starter of the same version, with its default
 * settings, on a database of its own, in a Spring context of its own that holds nothing of the service (no
 * listeners, delegates, decision log, Liquibase or application.yaml). So it runs as a starter application
 * does: Spring-managed transactions on a Hikari pool of the default size, strong UUIDs, history full,
 * authorization off, the schema created by the engine. Set differently, each for a reason: the job executor
 * is off (as in ours during the benchmark, where no job falls due), the models are deployed stripped rather
 * than scanned, JSON is the default serialization format (without it the engine could not store the models'
 * list variables at all), and our group ids need the same id patterns as ours. Settings given to the run for the
 * service (system properties, environment variables) do not reach it.
 */
final class RawEngine implements AutoCloseable {

    final SqlCounter sql = new SqlCounter();
    final CommandCounter commands = new CommandCounter();
    final ProcessEngine engine;
    private final ConfigurableApplicationContext context;

    RawEngine(String url, String user, String password) {
        // The service's logging is already set up in this JVM; a second Spring Boot application would reset it.
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            context = new SpringApplicationBuilder(StarterDefaults.class)
                    .environment(withoutSystemPropertiesOrEnvironment())
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .initializers(app -> {
                        app.getBeanFactory().registerSingleton("rawSql", sql);
                        app.getBeanFactory().registerSingleton("rawCommands", commands);
                    })
                    .properties(Map.of(
                            // No application.yaml: the service's settings must not reach the plain engine.
                            "spring.config.name", "bench-raw-engine-has-no-settings-file",
                            "spring.datasource.url", url,
                            "spring.datasource.username", user,
                            "spring.datasource.password", password == null ? "" : password,
                            "camunda.bpm.process-engine-name", "raw",
                            "camunda.bpm.job-execution.enabled", "false",
                            "camunda.bpm.auto-deployment-enabled", "false",
                            "camunda.bpm.default-serialization-format", "application/json",
                            "camunda.bpm.generic-properties.properties.userResourceWhitelistPattern",
                            "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*",
                            "camunda.bpm.generic-properties.properties.groupResourceWhitelistPattern",
                            "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"))
                    .run();
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, loggingSystem);
            }
        }
        engine = context.getBean(ProcessEngine.class);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.isAuthorizationEnabled() || !"full".equals(configuration.getHistory())) {
            throw new IllegalStateException("the raw engine must run with the starter's defaults: authorization off, history full");
        }
    }

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    /**
     * The settings a run tries on the service ({@code -Dcamunda.bpm.history-level=audit}, environment variables)
     * are this JVM's system properties and environment; the plain engine reads neither.
     */
    private static StandardEnvironment withoutSystemPropertiesOrEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return environment;
    }

    /** Only what a starter application gets from its auto-configuration: a data source, transactions, the engine. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class, CamundaBpmAutoConfiguration.class})
    static class StarterDefaults {

        /** The SQL meter around the pool, as around ours. */
        @Bean
        static BeanPostProcessor countingRawDataSource(ObjectProvider<SqlCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && "dataSource".equals(name)
                            ? counter.getObject().wrap("raw", dataSource) : bean;
                }
            };
        }
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
        context.close();
    }
}
