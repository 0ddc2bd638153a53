package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.security.Groups;

/**
 * Receives a registration: the proposer is the authenticated user (a {@code proposerId} sent by the
 * client is overwritten), who may register only for an agency they belong to. Assigns the business key,
 * or keeps the one a client gave when no other initiative has it, and decides who decides: the agency's
 * head, or the superior level when the head is the proposer (D73 art. 7).
 */
@Component("registerInitiative")
class RegisterInitiativeListener implements ExecutionListener {

    private final IdentityService identity;
    private final AgencyRegistry agencies;
    private final BusinessKeys businessKeys;
    private final InitiativeAccess access;
    private final DecisionLog log;
    private final ServiceCommands service;

    RegisterInitiativeListener(IdentityService identity, AgencyRegistry agencies, BusinessKeys businessKeys,
                               InitiativeAccess access, DecisionLog log,
                               ServiceCommands service) {
        this.service = service;
        this.identity = identity;
        this.agencies = agencies;
        this.businessKeys = businessKeys;
        this.access = access;
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        onlyRegistrationFields(execution);
        String proposer = proposer(execution);
        List<String> groups = groupsOf(proposer, identity.getCurrentAuthentication());
        Set<String> ownAgencies = new TreeSet<>();
        groups.forEach(group -> Groups.agencyOf(group).ifPresent(ownAgencies::add));

        String agencyCode = text(execution.getVariable(AGENCY_CODE));
        if (agencyCode.isEmpty() && ownAgencies.size() == 1) {
            agencyCode = ownAgencies.iterator().next();
            execution.setVariable(AGENCY_CODE, agencyCode);
        }
        if (!ownAgencies.contains(agencyCode)) {
            throw new AuthorizationException(proposer + " may register an initiative only for their own agency "
                    + ownAgencies + ", not for agencyCode '" + agencyCode + "'");
        }
        String code = agencyCode;
        Agency agency = agencies.find(code)
                .orElseThrow(() -> new BadUserRequestException("agencyCode: unknown agency '" + code + "'"));
        if (!agency.active()) {
            throw new BadUserRequestException("agencyCode: agency '" + code + "' is no longer active");
        }

        // An invalid year goes back to the proposer for correction; the key then carries the current year.
        Object givenYear = execution.getVariable(YEAR);
        Integer year = givenYear == null ? null : RegistrationValidator.asInteger(givenYear);
        int keyYear = year == null || year < 1000 || year > 9999 ? ServiceClock.today().getYear() : year;
        String givenKey = execution.getProcessBusinessKey();
        if (givenKey == null || givenKey.isBlank()) {
            execution.setProcessBusinessKey(unusedKey(code, keyYear));
        } else if (BusinessKeys.namesAnotherAgency(givenKey, code)) {
            throw new BadUserRequestException("businessKey: '" + givenKey + "' has the form of the keys the service"
                    + " gives another agency's initiatives, not " + code + "'s; leave it empty and the service assigns"
                    + " one, or give a key of " + code + "'s (SK-<year>-" + code + "-<number>) or of another form");
        } else if (log.exists(givenKey, RECORD_SUBMITTED)) {
            throw keyTaken(givenKey);
        }

        boolean byHead = groups.contains(Groups.head(code));
        String decider = byHead ? superiorGroup(agency) : Groups.head(code);
        execution.setVariable(PROPOSER_ID, proposer);
        execution.setVariable(PROPOSER_NAME, displayName(proposer));
        execution.setVariable(IMPLEMENTER_ID, proposer);
        execution.setVariable(INITIATIVE_KEY, execution.getProcessBusinessKey());
        execution.setVariable(AGENCY_NAME, agency.name());
        execution.setVariable(DECIDER_GROUP, decider);
        execution.setVariable(EVALUATION_GROUP, decider);
        execution.setVariable(PAUSED_WORKING_DAYS, 0);
        access.grantTo(execution.getProcessInstanceId(), code, proposer);

        try {
            log.of(execution, RECORD_SUBMITTED).actor(proposer)
                    .detail(TITLE, execution.getVariable(TITLE)).detail(YEAR, execution.getVariable(YEAR))
                    .detail("proposedByHead", byHead).detail("decidedBy", decider).append();
        } catch (DuplicateKeyException concurrentRegistration) {
            // PostgreSQL: another registration under the same key committed meanwhile (ux_decision_log_registration).
            throw keyTaken(execution.getProcessBusinessKey());
        }
    }

    /**
     * The next key of the agency's sequence that no initiative has: a client may have chosen one of the
     * sequence's keys itself (an import of earlier initiatives), and one key must never name two initiatives.
     */
    private String unusedKey(String agencyCode, int year) {
        String key = businessKeys.next(agencyCode, year);
        while (log.exists(key, RECORD_SUBMITTED)) {
            key = businessKeys.next(agencyCode, year);
        }
        return key;
    }

    /**
     * A key names one initiative for good: messages are correlated by it, and its decision log is the
     * initiative's record. A second initiative under it would take over both.
     */
    private static BadUserRequestException keyTaken(String key) {
        return new BadUserRequestException("businessKey: '" + key + "' is already the key of another initiative;"
                + " leave it empty and the service assigns one");
    }

    private String proposer(DelegateExecution execution) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        // Started by the service itself (a test, a batch import): nobody is logged in to take it from.
        String given = text(execution.getVariable(PROPOSER_ID));
        if (given.isEmpty()) {
            throw new BadUserRequestException("proposerId: an initiative started without a logged-in user must name its proposer");
        }
        return given;
    }

    /**
     * The proposer's groups: those of the login when the proposer is the logged-in user (what the engine's
     * own authorization checks use), otherwise from the directory.
     */
    private List<String> groupsOf(String userId, Authentication login) {
        if (login != null && userId.equals(login.getUserId()) && login.getGroupIds() != null) {
            return login.getGroupIds();
        }
        return service.call(() -> identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    private String displayName(String userId) {
        User user = service.call(() -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : (text(user.getLastName()) + " " + text(user.getFirstName())).trim();
    }

    private static String superiorGroup(Agency agency) {
        return Groups.CITY_COMMITTEE.equals(agency.superiorCode()) ? Groups.CITY_COMMITTEE : Groups.head(agency.superiorCode());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /**
     * A user's registration carries the registration's fields (and perhaps a {@code proposerId}, which is overwritten),
     * nothing the procedure decides later: a {@code personallyResponsible} or {@code responsibleBody} given here would
     * reach the responsibility review as if the head had overridden a failed vote. Any other variable is a 400 naming
     * it, and nothing is started. The service's own starts (without a user) are not checked.
     */
    private void onlyRegistrationFields(DelegateExecution execution) {
        if (identity.getCurrentAuthentication() == null) {
            return;
        }
        Set<String> foreign = new TreeSet<>(execution.getVariableNames());
        REGISTRATION_FIELDS.forEach(foreign::remove);
        foreign.remove(PROPOSER_ID);
        if (!foreign.isEmpty()) {
            throw new BadUserRequestException(foreign.iterator().next() + ": không phải trường của hồ sơ đăng ký"
                    + " (a registration carries only its fields " + REGISTRATION_FIELDS + "; not: "
                    + String.join(", ", foreign) + ")");
        }
    }
}
