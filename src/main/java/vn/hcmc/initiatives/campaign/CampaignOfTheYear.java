package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.RECORD_CAMPAIGN_OPENED;
import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.REGISTRATION_DEADLINE;
import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.businessKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * The campaign that counts for a year: the latest one whose opening is on the decision log and that no administrator
 * cancelled. Read from the log, which is kept for good, so a campaign whose history the retention has removed (5
 * years after its end) still counts, as ended. Both the refusal of a second campaign and the dashboard ask here.
 */
@Component
public class CampaignOfTheYear {

    private final DecisionLog log;
    private final HistoryService history;
    private final ServiceCommands service;

    CampaignOfTheYear(DecisionLog log, HistoryService history, ServiceCommands service) {
        this.log = log;
        this.history = history;
        this.service = service;
    }

    /** A campaign as its opening recorded it; {@code deadline} as shown to agencies. */
    public record Opened(boolean running, String deadline) {
    }

    public Optional<Opened> of(int year) {
        List<Map.Entry<String, Decision>> opened = new ArrayList<>(
                log.uncancelledRecords(businessKey(year), RECORD_CAMPAIGN_OPENED).entrySet());
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, Decision> latest = opened.get(opened.size() - 1);
        HistoricProcessInstance instance = service.call(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(latest.getKey()).singleResult());
        Object deadline = latest.getValue().details().get(REGISTRATION_DEADLINE);
        return Optional.of(new Opened(instance != null && instance.getEndTime() == null,
                deadline == null ? null : String.valueOf(deadline)));
    }
}
