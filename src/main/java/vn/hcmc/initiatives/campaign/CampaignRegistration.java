package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * Tells the campaign of the year that an agency has registered, ending that agency's wait right after the
 * registration commits ({@code ${campaignRegistration.registered(execution)}} on the initiative's start event).
 *
 * <p>The message is delivered after the registration has committed, by a delivery thread of its own, in a
 * transaction of its own: a registration never fails, nor waits, because of the campaign (several agencies
 * registering at the same moment would otherwise conflict on the campaign instance). The request's thread
 * has given its connection back before delivery takes one, so a registration never holds two connections
 * (it did when the message was delivered on the request's thread; with a small pool, simultaneous
 * registrations then waited for each other's connections). One delivery thread also means deliveries never
 * conflict with each other. If delivery fails, or the service stops before it, the campaign still finds the
 * registration in the decision log at the deadline.
 */
@Component("campaignRegistration")
public class CampaignRegistration implements DisposableBean {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(CampaignRegistration.class);
    private static final Pattern INITIATIVE_KEY = Pattern.compile("^SK-(\\d{4})-.+-\\d{4}$");

    private final RuntimeService runtime;
    private final ServiceCommands service;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "campaign-delivery");
        thread.setDaemon(true);
        return thread;
    });

    CampaignRegistration(RuntimeService runtime, ServiceCommands service) {
        this.runtime = runtime;
        this.service = service;
    }

    public void registered(DelegateExecution initiative) {
        // Checked by now: the agency cannot change after the registration (RegistrationValidator).
        Object agency = initiative.getVariable(InitiativeProcess.AGENCY_CODE);
        Integer year = yearOf(initiative.getProcessBusinessKey(), initiative.getVariable(InitiativeProcess.YEAR));
        if (agency == null || agency.toString().isBlank() || year == null) {
            return;
        }
        String agencyCode = agency.toString().trim();
        String initiativeKey = initiative.getProcessBusinessKey();
        Object proposer = initiative.getVariable(InitiativeProcess.PROPOSER_ID);
        String registeredBy = proposer == null ? null : proposer.toString();
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            endWait(year, agencyCode, initiativeKey, registeredBy);
        } else {
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> deliverLater(year, agencyCode, initiativeKey, registeredBy));
        }
    }

    private void deliverLater(int year, String agencyCode, String initiativeKey, String registeredBy) {
        try {
            delivery.execute(() -> endWait(year, agencyCode, initiativeKey, registeredBy));
        } catch (RejectedExecutionException stopping) {
            LOG.warn("The service is stopping: campaign {} will find {}'s registration {} at the deadline",
                    businessKey(year), agencyCode, initiativeKey);
        }
    }

    /**
     * Waits until every delivery handed over so far has been attempted, for a caller (a test) that looks at the
     * campaign right after a registration; false if that took longer than {@code timeout}. Shutdown drains the
     * deliveries in {@link #destroy()}.
     */
    public boolean awaitDeliveries(Duration timeout) {
        try {
            delivery.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | RejectedExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Delivers what is pending while the engine still runs (this bean goes before the engine it uses). */
    @Override
    public void destroy() throws InterruptedException {
        delivery.shutdown();
        if (!delivery.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Campaign deliveries still pending at shutdown; the campaigns will find them at their deadlines");
            delivery.shutdownNow();
        }
    }

    /** Returns how many waits ended: 0 when the year has no campaign or the agency is not waiting. */
    int endWait(int year, String agencyCode, String initiativeKey, String registeredBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return service.callInNewTransaction(() -> runtime.createMessageCorrelation(MESSAGE_INITIATIVE_REGISTERED)
                        .processInstanceBusinessKey(businessKey(year))
                        .localVariableEquals(AGENCY_CODE, agencyCode)
                        .setVariableLocal(REGISTERED_INITIATIVE, initiativeKey)
                        .setVariableLocal(REGISTERED_BY, registeredBy)
                        .correlateAllWithResult().size());
            } catch (OptimisticLockingException concurrentRegistration) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("Could not tell campaign {} that {} registered {}; it will find the registration at the"
                            + " deadline", businessKey(year), agencyCode, initiativeKey, concurrentRegistration);
                    return 0;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not tell campaign {} that {} registered {}; it will find the registration at the"
                        + " deadline", businessKey(year), agencyCode, initiativeKey, e);
                return 0;
            }
        }
    }

    /** The year in the business key the service gave; the {@code year} variable when a client chose the key. */
    static Integer yearOf(String businessKey, Object yearVariable) {
        Matcher key = INITIATIVE_KEY.matcher(businessKey == null ? "" : businessKey);
        if (key.matches()) {
            return Integer.valueOf(key.group(1));
        }
        if (yearVariable instanceof Number number) {
            return number.intValue();
        }
        try {
            return yearVariable == null ? null : Integer.valueOf(yearVariable.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
