package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;
import static vn.hcmc.initiatives.decisionlog.Check.maxLength;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.TaskDecision;
import vn.hcmc.initiatives.decisionlog.TaskDecisionCatalogue;

/** What each user task of {@code annual-registration} decides, and the checks its submission must pass. */
@Component
class CampaignTaskDecisions implements TaskDecisionCatalogue {

    static final int NOTE = 4000;

    @Override
    public List<TaskDecision> decisions() {
        return List.of(
                TaskDecision.of(TASK_EXPLAIN_MISSING_REGISTRATION, "MISSING_REGISTRATION_EXPLAINED").reason(EXPLANATION)
                        .checks(maxLength(EXPLANATION, "Giải trình", NOTE)),
                TaskDecision.of(TASK_RECEIVE_CAMPAIGN_ESCALATION, "CAMPAIGN_ESCALATION_RECEIVED").reason(CITY_DIRECTION)
                        .details(LATE_AGENCIES)
                        .checks(maxLength(CITY_DIRECTION, "Ý kiến chỉ đạo", NOTE)),
                TaskDecision.of(TASK_REVIEW_CAMPAIGN_REPORT, "CAMPAIGN_REPORT_REVIEWED").reason(REPORT_NOTES)
                        .checks(maxLength(REPORT_NOTES, "Nhận xét, kiến nghị", NOTE)));
    }
}
