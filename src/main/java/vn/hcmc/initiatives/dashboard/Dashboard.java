package vn.hcmc.initiatives.dashboard;

import java.util.List;
import java.util.Map;
import vn.hcmc.initiatives.campaign.CampaignReport;

/** What the managers' dashboard in Cockpit shows for one year. */
public record Dashboard(int year, List<AgencyStages> agencies, List<Overdue> overdue, Map<String, Integer> outcomes,
                        Campaign campaign, CampaignReport report) {

    /** Running initiatives of one agency by stage ({@code InitiativeStages}). */
    public record AgencyStages(String code, String name, Map<String, Integer> stages) {
    }

    /** An open task past its deadline, with the instance to open in Cockpit. */
    public record Overdue(String businessKey, String processInstanceId, String title, String agencyCode, String step,
                          String waitingFor, String due, long daysOverdue) {
    }

    /** The year's registration campaign: {@code RUNNING} or {@code FINISHED}; null when none was opened. */
    public record Campaign(String status, String deadline, int agenciesAsked, int agenciesRegistered,
                           List<String> lateAgencies) {
    }
}
