package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/** Puts the campaign report, as it stands, in front of home affairs, and its totals on record. */
@Component("prepareCampaignReport")
class PrepareCampaignReportDelegate implements JavaDelegate {

    private final CampaignReports reports;
    private final DecisionLog log;

    PrepareCampaignReportDelegate(CampaignReports reports, DecisionLog log) {
        this.reports = reports;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignReport report = reports.of(((Number) execution.getVariable(YEAR)).intValue());
        execution.setVariable(CAMPAIGN_REPORT_TEXT, report.markdown());
        log.of(execution, "CAMPAIGN_REPORT").actor(DecisionLog.SYSTEM).detail("totals", report.totals()).append();
    }
}
