package vn.hcmc.initiatives.decisionlog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.initiatives.api.ApiException;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.security.CurrentUser;
import vn.hcmc.initiatives.security.Groups;

/** {@code GET /api/initiatives/{businessKey}/decisions}: the decision log of one initiative, oldest first. */
@RestController
class DecisionLogController {

    private final DecisionLog log;
    private final CurrentUser user;

    DecisionLogController(DecisionLog log, CurrentUser user) {
        this.log = log;
        this.user = user;
    }

    @GetMapping("/api/initiatives/{businessKey}/decisions")
    List<Decision> decisions(@PathVariable String businessKey) {
        List<Decision> decisions = log.forInitiative(businessKey);
        if (decisions.isEmpty()) {
            throw ApiException.notFound("No initiative with business key " + businessKey);
        }
        if (!maySee(decisions)) {
            throw ApiException.forbidden(user.id() + " may not see initiative " + businessKey);
        }
        return decisions;
    }

    /** City-level roles see all; an agency's people see their agency's; a proposer sees their own. */
    private boolean maySee(List<Decision> decisions) {
        if (user.seesAllInitiatives()) {
            return true;
        }
        String agency = decisions.get(0).agencyCode();
        boolean ownAgency = user.groups().stream().anyMatch(g -> Groups.agencyOf(g).filter(agency::equals).isPresent());
        boolean proposer = decisions.stream().anyMatch(d -> InitiativeProcess.RECORD_SUBMITTED.equals(d.type())
                && user.id() != null && user.id().equals(d.actor()));
        return ownAgency || proposer;
    }
}
