package vn.hcmc.initiatives.bench;

import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.mapping.MappedStatement;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * How long MyBatis takes to build the SQL of the driver's task query ({@link Lifecycle}: one task of a process
 * instance, assigned to the user or offered to their groups; authorization on), in the service's engine: with the
 * query's property lookups remembered ({@code config/NoMethodScanInQueryConditions}), and with OGNL's own lookup,
 * as an engine without that plugin builds it (the plugin leaves other engines alone, so the same build is timed
 * again under another engine's configuration). Only the text is built; no statement is sent. Both ways must give
 * the same SQL.
 */
final class TaskQuerySql {

    /** Rounds timed, alternating the two ways; the median is reported. Fewer swung with the JIT (e.g. 419, 432, 103 µs). */
    private static final int ROUNDS = 7;
    private static final int WARM_UP_ROUNDS = 3;

    private TaskQuerySql() {
    }

    static Map<String, Object> measure(ProcessEngineConfigurationImpl configuration, int builds) {
        configuration.getIdentityService().setAuthentication("giang", List.of("skhcn-party"));
        try {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().processInstanceId("bench")
                        .taskDefinitionKey(TASK_GIVE_PARTY_OPINION).or().taskAssignee("giang").taskCandidateUser("giang").endOr();
                context.getAuthorizationManager().configureTaskQuery(query);
                context.getTenantManager().configureQuery(query);
                query.getCandidateGroups(); // the user's groups, read once here and kept by the query
                MappedStatement statement = configuration.getSqlSessionFactory().getConfiguration()
                        .getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"));
                Supplier<String> build = () -> statement.getBoundSql(query).getSql();
                ProcessEngineConfigurationImpl another = new StandaloneInMemProcessEngineConfiguration();
                Supplier<String> buildElsewhere = () -> {
                    Context.setProcessEngineConfiguration(another);
                    try {
                        return build.get();
                    } finally {
                        Context.removeProcessEngineConfiguration();
                    }
                };
                if (!build.get().equals(buildElsewhere.get())) {
                    throw new IllegalStateException("the task query's SQL differs with OGNL's own lookup");
                }
                List<Double> remembered = new ArrayList<>();
                List<Double> ognlsOwn = new ArrayList<>();
                for (int round = 0; round < WARM_UP_ROUNDS; round++) { // both paths compiled before either is timed
                    microsPerBuild(build, builds);
                    microsPerBuild(buildElsewhere, builds);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    remembered.add(microsPerBuild(build, builds));
                    ognlsOwn.add(microsPerBuild(buildElsewhere, builds));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("buildsPerRound", builds);
                result.put("microsPerBuildRemembered", remembered);
                result.put("microsPerBuildOgnlsOwnLookup", ognlsOwn);
                result.put("medianMicrosRemembered", median(remembered));
                result.put("medianMicrosOgnlsOwnLookup", median(ognlsOwn));
                return result;
            });
        } finally {
            configuration.getIdentityService().clearAuthentication();
        }
    }

    private static double microsPerBuild(Supplier<String> build, int builds) {
        long began = System.nanoTime();
        int length = 0;
        for (int i = 0; i < builds; i++) {
            length += build.get().length();
        }
        if (length == 0) {
            throw new IllegalStateException("no SQL built");
        }
        return LifecycleBenchmark.round((System.nanoTime() - began) / 1e3 / builds, 1);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
