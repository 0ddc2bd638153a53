package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.registration.InitiativeProcess.RECORD_RESULT_EVALUATION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.DecisionLogQueries;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * Counts the initiatives of a year from the decision log and the engine, never from counters kept
 * beside them. The initiatives of a year are those submitted under a business key of that year
 * ({@code SK-<year>-…}); each is counted for the agency it was registered for. Each number counts
 * initiatives, not records:
 * <ul>
 * <li>{@code registered}: a registration was submitted ({@code REGISTRATION_SUBMITTED});
 * <li>{@code approved}: the city committee approved its research policy ({@code CITY_DECISION APPROVED}),
 *     which it reaches only after a passed vote or a head's written approval;
 * <li>{@code inImplementation}: still running and inside the implementation, suspended ones included;
 * <li>{@code completed}: its result was evaluated as completed ({@code RESULT_EVALUATION COMPLETED}), also
 *     while institutionalisation and the reward are still under way (the {@code OUTCOME COMPLETED} record
 *     comes only when both are done, and counts as well);
 * <li>{@code rewarded}: a reward was decided as proposed or adjusted ({@code REWARD_DECISION APPROVED/ADJUSTED});
 * <li>{@code overdue}: has at least one open user task, in the initiative or a process it called, whose
 *     due date has passed.
 * </ul>
 * The rows are the active agencies and any other agency with an initiative that year.
 */
@Component
public class CampaignReports {

    /** Where a running initiative is while being carried out, or suspended from it. */
    static final String[] IMPLEMENTATION_ACTIVITIES = {InitiativeProcess.SUBPROCESS_IMPLEMENTATION,
            InitiativeProcess.WHILE_SUSPENDED, "IntermediateCatchEvent_InitiativeResumed",
            "IntermediateCatchEvent_StoppedWhileSuspended"};

    private final DecisionLogQueries log;
    private final AgencyRegistry registry;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ServiceCommands service;

    CampaignReports(DecisionLogQueries log, AgencyRegistry registry, HistoryService history, RuntimeService runtime,
                    TaskService tasks, ServiceCommands service) {
        this.log = log;
        this.registry = registry;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.service = service;
    }

    /** Read as the service: whoever asks has been let through, and needs no right to each initiative. */
    public CampaignReport of(int year) {
        return service.call(() -> count(year));
    }

    private CampaignReport count(int year) {
        String prefix = AgencyRegistrations.keyPrefix(year);
        Map<String, String> agencyOf = log.registrations(prefix);
        Set<String> approved = log.keysWith(prefix, "CITY_DECISION", "APPROVED");
        Set<String> completed = new HashSet<>(log.keysWith(prefix, RECORD_RESULT_EVALUATION, "COMPLETED"));
        completed.addAll(log.keysWith(prefix, "OUTCOME", "COMPLETED"));
        Set<String> rewarded = log.keysWith(prefix, "REWARD_DECISION", "APPROVED", "ADJUSTED");
        Set<String> implementing = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKeyLike(prefix + "%").unfinished()
                .activeActivityIdIn(IMPLEMENTATION_ACTIVITIES).list().stream()
                .map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet());
        Set<String> overdue = overdue(prefix);

        Map<String, Agency> rows = new LinkedHashMap<>();
        registry.active().forEach(a -> rows.put(a.code(), a));
        new TreeSet<>(agencyOf.values()).forEach(code -> rows.computeIfAbsent(code,
                c -> registry.find(c).orElse(new Agency(c, c, null, null, false))));
        List<CampaignReport.Row> agencies = new ArrayList<>();
        CampaignReport.Figures totals = new CampaignReport.Figures(0, 0, 0, 0, 0, 0);
        for (Agency agency : rows.values()) {
            Set<String> own = agencyOf.entrySet().stream().filter(e -> agency.code().equals(e.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            CampaignReport.Row row = new CampaignReport.Row(agency.code(), agency.name(), agency.active(), own.size(),
                    within(own, approved), within(own, implementing), within(own, completed), within(own, rewarded),
                    within(own, overdue));
            agencies.add(row);
            totals = totals.plus(row.figures());
        }
        return new CampaignReport(year, ClockUtil.getCurrentTime().toInstant(), agencies, totals);
    }

    private Set<String> overdue(String prefix) {
        Set<String> late = tasks.createTaskQuery().processInstanceBusinessKeyLike(prefix + "%")
                .dueBefore(ClockUtil.getCurrentTime()).list().stream()
                .map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (late.isEmpty()) {
            return Set.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(late).list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    }

    private static int within(Set<String> own, Collection<String> counted) {
        return (int) own.stream().filter(counted::contains).count();
    }
}
