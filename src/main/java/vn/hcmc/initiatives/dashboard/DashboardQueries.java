package vn.hcmc.initiatives.dashboard;

import static vn.hcmc.initiatives.registration.InitiativeProcess.RECORD_RESULT_EVALUATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.campaign.CampaignOfTheYear;
import vn.hcmc.initiatives.campaign.CampaignReport;
import vn.hcmc.initiatives.campaign.CampaignReports;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.decisionlog.DecisionLogQueries;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.registration.InitiativeStages;

/**
 * The dashboard's numbers, from the engine and the decision log. It embeds the campaign report of the
 * same year and takes its completed and rewarded counts from it, so the two never disagree.
 */
@Component
class DashboardQueries {

    private final CampaignReports reports;
    private final DecisionLogQueries log;
    private final CampaignOfTheYear campaigns;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ServiceCommands service;

    DashboardQueries(CampaignReports reports, DecisionLogQueries log, CampaignOfTheYear campaigns, RuntimeService runtime,
                     TaskService tasks, ServiceCommands service) {
        this.reports = reports;
        this.log = log;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.tasks = tasks;
        this.service = service;
    }

    Dashboard of(int year) {
        CampaignReport report = reports.of(year);
        return service.call(() -> {
            String prefix = "SK-" + year + "-";
            Map<String, String> agencyOf = log.registrations(prefix);
            return new Dashboard(year, stages(report, prefix, agencyOf), overdue(prefix, agencyOf),
                    outcomes(report, prefix), campaign(year, report), report);
        });
    }

    private List<Dashboard.AgencyStages> stages(CampaignReport report, String prefix, Map<String, String> agencyOf) {
        Map<String, Map<String, Integer>> byAgency = new LinkedHashMap<>();
        report.agencies().forEach(row -> byAgency.put(row.agencyCode(), new LinkedHashMap<>()));
        InitiativeStages.ACTIVITIES.forEach((stage, activities) -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKeyLike(prefix + "%")
                .activityIdIn(activities.toArray(String[]::new)).list()
                .forEach(instance -> byAgency.computeIfAbsent(agencyOf.get(instance.getBusinessKey()), a -> new LinkedHashMap<>())
                        .merge(stage, 1, Integer::sum)));
        List<Dashboard.AgencyStages> rows = new ArrayList<>();
        report.agencies().forEach(row -> rows.add(new Dashboard.AgencyStages(row.agencyCode(), row.agencyName(),
                byAgency.get(row.agencyCode()))));
        return rows;
    }

    private List<Dashboard.Overdue> overdue(String prefix, Map<String, String> agencyOf) {
        LocalDate today = ServiceClock.today();
        List<Task> lateTasks = tasks.createTaskQuery().processInstanceBusinessKeyLike(prefix + "%")
                .dueBefore(ClockUtil.getCurrentTime()).orderByDueDate().asc().list();
        if (lateTasks.isEmpty()) {
            return List.of();
        }
        // One query each for the instances' keys and titles, not one per late task.
        String[] instanceIds = lateTasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> keyOf = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instanceIds)).list()
                .forEach(instance -> keyOf.put(instance.getId(), instance.getBusinessKey()));
        Map<String, String> titleOf = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds).variableName(InitiativeProcess.TITLE)
                .list().forEach(title -> titleOf.put(title.getProcessInstanceId(), String.valueOf(title.getValue())));
        List<Dashboard.Overdue> late = new ArrayList<>();
        for (Task task : lateTasks) {
            String businessKey = keyOf.get(task.getProcessInstanceId());
            LocalDate lastDay = ServiceClock.lastAllowedDay(task.getDueDate());
            late.add(new Dashboard.Overdue(businessKey, task.getProcessInstanceId(), titleOf.get(task.getProcessInstanceId()),
                    agencyOf.get(businessKey), task.getName(), waitingFor(task), ServiceClock.display(lastDay),
                    ChronoUnit.DAYS.between(lastDay, today)));
        }
        return late;
    }

    private String waitingFor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return String.join(", ", tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList());
    }

    private Map<String, Integer> outcomes(CampaignReport report, String prefix) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        outcomes.put("completed", report.totals().completed());
        outcomes.put("partlyCompleted", log.keysWith(prefix, RECORD_RESULT_EVALUATION, "PARTLY_COMPLETED").size());
        outcomes.put("notCompleted", log.keysWith(prefix, RECORD_RESULT_EVALUATION, "NOT_COMPLETED").size());
        outcomes.put("protected", log.keysWith(prefix, "REVIEW_OUTCOME", "NO_LIABILITY", "LIABILITY_EXCLUDED",
                "EXEMPTED", "MITIGATED").size());
        outcomes.put("referred", log.keysWith(prefix, "REVIEW_OUTCOME", "NOT_PROTECTED").size());
        outcomes.put("rewarded", report.totals().rewarded());
        outcomes.put("rejected", log.keysWith(prefix, "OUTCOME", "REJECTED", "REJECTED_BY_CITY").size());
        outcomes.put("stopped", log.keysWith(prefix, "OUTCOME", "STOPPED").size());
        outcomes.put("cancelled", log.keysCancelled(prefix, InitiativeProcess.KEY).size());
        return outcomes;
    }

    /** The year's campaign ({@link CampaignOfTheYear}); none if it was never opened or an administrator cancelled it. */
    private Dashboard.Campaign campaign(int year, CampaignReport report) {
        Optional<CampaignOfTheYear.Opened> opened = campaigns.of(year);
        if (opened.isEmpty()) {
            return null;
        }
        List<CampaignReport.Row> active = report.agencies().stream().filter(CampaignReport.Row::active).toList();
        return new Dashboard.Campaign(opened.get().running() ? "RUNNING" : "FINISHED", opened.get().deadline(), active.size(),
                (int) active.stream().filter(row -> row.registered() > 0).count(),
                active.stream().filter(row -> row.registered() == 0).map(CampaignReport.Row::agencyCode).toList());
    }
}
