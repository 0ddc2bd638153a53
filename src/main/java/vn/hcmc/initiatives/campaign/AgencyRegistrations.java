package vn.hcmc.initiatives.campaign;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLogQueries;

/**
 * Whether an agency has registered for a year: the decision log holds a submitted registration of that
 * agency under a business key of that year ({@code SK-<year>-…}). Asked when the campaign opens and again
 * at the deadline, so a registration counts even if the message ending the wait could not be delivered.
 */
@Component
class AgencyRegistrations {

    private final DecisionLogQueries log;

    AgencyRegistrations(DecisionLogQueries log) {
        this.log = log;
    }

    static String keyPrefix(int year) {
        return "SK-" + year + "-";
    }

    List<String> of(String agencyCode, int year) {
        return log.registrationsOf(agencyCode, keyPrefix(year));
    }
}
