package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * Two officials completing the same group task at the same moment: one wins, the other's transaction meets the
 * first's rows and is rolled back (Camunda's OptimisticLockingException, "ENGINE-03005 … updated by another
 * transaction concurrently"). That is a conflict, not a server error: 409, with Camunda's code 1 kept for clients
 * that retry on it. (Seen over REST with two simultaneous completions: 204 and 500 before.)
 */
class ConcurrentChangeIsAConflictTest {

    private static final OptimisticLockingException LOST_RACE = lostRace();

    @Test
    void aTaskCompletedTwiceAtOnceAnswersTheLoserWithAConflict() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR, LOST_RACE,
                "Cannot complete task t-1: " + LOST_RACE.getMessage());

        Response answer = new ValidationErrorMapper().toResponse(wrapped);

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(body(answer)).containsEntry("code", 1).containsEntry("type", "OptimisticLockingException");
        assertThat((String) body(answer).get("message")).contains("ENGINE-03005");
    }

    @Test
    void aConflictThatReachesTheRestApiUnwrappedIsOneToo() {
        assertThat(new EngineRefusalMapper().toResponse(LOST_RACE).getStatus()).isEqualTo(409);
    }

    private static OptimisticLockingException lostRace() {
        OptimisticLockingException e = new OptimisticLockingException("ENGINE-03005 Execution of 'INSERT"
                + " VariableInstanceEntity[v-1]' failed. Entity was updated by another transaction concurrently.");
        e.setCode(1);
        return e;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response answer) {
        return (Map<String, Object>) answer.getEntity();
    }
}
