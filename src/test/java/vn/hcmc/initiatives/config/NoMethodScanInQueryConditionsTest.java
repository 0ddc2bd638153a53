package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * MyBatis builds the same SQL, with the same parameters, for Camunda's queries whether OGNL looks up each property
 * anew or the lookup is remembered ({@link NoMethodScanInQueryConditions}); and an engine the plugin is not
 * installed in keeps OGNL's own lookup.
 */
@ServiceTest
class NoMethodScanInQueryConditionsTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    IdentityService identity;

    @Test
    void camundasQueriesGetTheSameSqlAndParametersAsWithOgnlsOwnLookup() {
        identity.setAuthentication("giang", List.of("skhcn-party"));
        try {
            // The benchmark's query for a user's task, and Tasklist's first page of a group's tasks.
            sameSqlBothWays("selectTaskByQueryCriteria", () -> (TaskQueryImpl) new TaskQueryImpl()
                    .processInstanceId("pi-1").taskDefinitionKey("Task_GivePartyOpinion")
                    .or().taskAssignee("giang").taskCandidateUser("giang").endOr(),
                    (context, query) -> context.getAuthorizationManager().configureTaskQuery(query));
            sameSqlBothWays("selectTaskByQueryCriteria", () -> {
                TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup("skhcn-party")
                        .processVariableValueEquals("agencyCode", "skhcn").orderByTaskCreateTime().desc();
                query.setMaxResults(15);
                return query;
            }, (context, query) -> context.getAuthorizationManager().configureTaskQuery(query));
            sameSqlBothWays("selectGroupByQueryCriteria", () -> (DbGroupQueryImpl) new DbGroupQueryImpl().groupMember("giang"),
                    (context, query) -> context.getAuthorizationManager().configureQuery(query, Resources.GROUP));
            sameSqlBothWays("selectProcessInstanceByQueryCriteria", () -> (ProcessInstanceQueryImpl) new ProcessInstanceQueryImpl()
                    .processInstanceBusinessKeyLike("SK-%").variableValueEquals("agencyCode", "skhcn").active(),
                    (context, query) -> context.getAuthorizationManager().configureExecutionQuery(query));
            sameSqlBothWays("selectHistoricProcessInstancesByQueryCriteria", () -> (HistoricProcessInstanceQueryImpl)
                    new HistoricProcessInstanceQueryImpl().processDefinitionKey("initiative").finished()
                            .orderByProcessInstanceEndTime().desc(),
                    (context, query) -> context.getAuthorizationManager().configureHistoricProcessInstanceQuery(query));
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void anEngineThePluginIsNotInstalledInKeepsOgnlsOwnLookup() {
        Probe probe = new Probe();
        ProcessEngineConfigurationImpl other = new StandaloneInMemProcessEngineConfiguration();
        Context.setProcessEngineConfiguration(other);
        try {
            assertThat(OgnlCache.getValue("isReady", probe)).isEqualTo(true);
        } finally {
            Context.removeProcessEngineConfiguration();
        }
        assertThat(accessor().remembers(Probe.class, "isReady")).isFalse();

        Context.setProcessEngineConfiguration(configuration);
        try {
            assertThat(OgnlCache.getValue("isReady", probe)).isEqualTo(true);
            assertThat(OgnlCache.getValue("isReady", probe)).isEqualTo(true);
        } finally {
            Context.removeProcessEngineConfiguration();
        }
        assertThat(accessor().remembers(Probe.class, "isReady")).isTrue();
    }

    /** Not a bean property: OGNL finds {@code isReady()} only by scanning the class's methods. */
    public static class Probe {
        public boolean isReady() {
            return true;
        }
    }

    private <Q extends AbstractQuery<?, ?>> void sameSqlBothWays(String statement, Supplier<Q> query,
            BiConsumer<CommandContext, Q> authorize) {
        Sql remembered = boundSql(statement, query.get(), authorize, false);
        assertThat(accessor().classesRemembered()).as("classes whose lookups the plugin remembered").isNotEmpty();
        Sql ognlsOwn = boundSql(statement, query.get(), authorize, true);
        assertThat(remembered).as(statement).isEqualTo(ognlsOwn);
        assertThat(remembered.text()).as(statement).contains("RES");
    }

    /**
     * The query's SQL and parameters, built in a command of the service's engine; {@code elsewhere}: built while
     * another engine's configuration is current, which the plugin leaves to OGNL's own lookup.
     */
    private <Q extends AbstractQuery<?, ?>> Sql boundSql(String statement, Q query, BiConsumer<CommandContext, Q> authorize,
            boolean elsewhere) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            authorize.accept(context, query);
            context.getTenantManager().configureQuery(query);
            initialiseVariables(query);
            Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
            MappedStatement mapped = mybatis.getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement(statement));
            if (elsewhere) {
                Context.setProcessEngineConfiguration(new StandaloneInMemProcessEngineConfiguration());
            }
            BoundSql bound;
            try {
                bound = mapped.getBoundSql(query);
            } finally {
                if (elsewhere) {
                    Context.removeProcessEngineConfiguration();
                }
            }
            List<Object> values = new ArrayList<>();
            for (ParameterMapping parameter : bound.getParameterMappings()) {
                String name = parameter.getProperty();
                values.add(name + "=" + (bound.hasAdditionalParameter(name) ? bound.getAdditionalParameter(name)
                        : mybatis.newMetaObject(query).getValue(name)));
            }
            return new Sql(bound.getSql().replaceAll("\\s+", " ").trim(), values);
        });
    }

    /** As a query with variable conditions does before it runs: the values get their serializers. */
    private static void initialiseVariables(AbstractQuery<?, ?> query) {
        for (Class<?> type = query.getClass(); type != AbstractQuery.class; type = type.getSuperclass()) {
            try {
                Method ensure = type.getDeclaredMethod("ensureVariablesInitialized");
                ensure.setAccessible(true);
                ensure.invoke(query);
                return;
            } catch (NoSuchMethodException e) {
                // declared higher up, or not at all
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static NoMethodScanInQueryConditions.RememberingAccessor accessor() {
        return NoMethodScanInQueryConditions.ACCESSOR;
    }

    private record Sql(String text, List<Object> parameters) {
    }
}
