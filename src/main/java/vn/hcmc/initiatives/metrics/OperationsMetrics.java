package vn.hcmc.initiatives.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.registration.InitiativeStages;

/**
 * Operations gauges for {@code /actuator/prometheus}: initiatives by stage and by outcome, open tasks
 * by group, overdue tasks, escalations, job backlog and failures, incidents. They are computed from
 * engine and decision-log queries on a schedule, outside any user's rights, and a scrape only reads
 * the last snapshot, so scraping every 15 s costs nothing; the refresh time is itself a metric.
 */
@Component
class OperationsMetrics {

    record Snapshot(Map<String, Long> byStage, Map<String, Long> byOutcome, Map<String, Long> openTasksByGroup,
                    long overdueTasks, long escalations, long executableJobs, long failedJobs, long incidents) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, 0);
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(Snapshot.EMPTY);
    private final MultiGauge byStage;
    private final MultiGauge byOutcome;
    private final MultiGauge openTasks;
    private final Timer refreshTime;

    OperationsMetrics(RuntimeService runtime, TaskService tasks, ManagementService management, JdbcTemplate jdbc,
                      MeterRegistry registry) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
        byStage = MultiGauge.builder("initiatives.running").description("Running initiatives by stage").register(registry);
        byOutcome = MultiGauge.builder("initiatives.ended").description("Ended initiatives by outcome").register(registry);
        openTasks = MultiGauge.builder("tasks.open").description("Open user tasks by candidate group").register(registry);
        Gauge.builder("tasks.overdue", last, s -> s.get().overdueTasks()).description("Open tasks past their due date").register(registry);
        Gauge.builder("initiatives.escalations", last, s -> s.get().escalations()).description("Missed deadlines escalated").register(registry);
        Gauge.builder("jobs.executable", last, s -> s.get().executableJobs()).description("Job executor backlog").register(registry);
        Gauge.builder("jobs.failed", last, s -> s.get().failedJobs()).description("Jobs that failed (with an exception)").register(registry);
        Gauge.builder("incidents.open", last, s -> s.get().incidents()).description("Open incidents").register(registry);
        refreshTime = Timer.builder("initiatives.metrics.refresh").description("Time to compute the operations snapshot").register(registry);
    }

    @Scheduled(fixedDelayString = "${initiatives.metrics.refresh-interval:PT15S}", initialDelay = 0)
    void refresh() {
        Snapshot snapshot = refreshTime.record(this::compute);
        last.set(snapshot);
        byStage.register(snapshot.byStage().entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("stage", e.getKey()), e.getValue())).toList(), true);
        byOutcome.register(snapshot.byOutcome().entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("outcome", e.getKey()), e.getValue())).toList(), true);
        openTasks.register(snapshot.openTasksByGroup().entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("group", e.getKey()), e.getValue())).toList(), true);
    }

    Snapshot compute() {
        Map<String, Long> stages = new LinkedHashMap<>();
        InitiativeStages.ACTIVITIES.forEach((stage, activities) -> stages.put(stage, runtime.createProcessInstanceQuery()
                .processDefinitionKey(InitiativeProcess.KEY).activityIdIn(activities.toArray(String[]::new)).count()));
        Map<String, Long> outcomes = new LinkedHashMap<>();
        // An initiative cancelled by hand (Cockpit, REST) has no outcome record; it ended all the same.
        jdbc.query("select case when type = 'PROCESS_CANCELLED' then 'CANCELLED' else outcome end, count(*)"
                        + " from decision_log where type in ('OUTCOME', 'PROCESS_CANCELLED') and process_key = ?"
                        + " group by case when type = 'PROCESS_CANCELLED' then 'CANCELLED' else outcome end", rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                }, InitiativeProcess.KEY);
        Map<String, Long> groups = new LinkedHashMap<>();
        jdbc.query("select l.GROUP_ID_, count(distinct t.ID_) from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l"
                + " on l.TASK_ID_ = t.ID_ where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null"
                + " group by l.GROUP_ID_", rs -> {
                    groups.put(rs.getString(1), rs.getLong(2));
                });
        Long escalations = jdbc.queryForObject("select count(*) from decision_log where type = 'DEADLINE_MISSED'", Long.class);
        return new Snapshot(stages, outcomes, groups,
                tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count(),
                escalations == null ? 0 : escalations,
                management.createJobQuery().executable().count(),
                management.createJobQuery().withException().count(),
                runtime.createIncidentQuery().count());
    }
}
