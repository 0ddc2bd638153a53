package vn.hcmc.initiatives.config;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs service bookkeeping (looking up a group's members, granting read access to a new initiative)
 * inside a delegate without the authorization checks that apply to the user whose call triggered it:
 * a party-committee member completing a task is not allowed to list users, but the step that follows
 * must find the voters.
 */
public final class WithoutAuthorization {

    private WithoutAuthorization() {
    }

    public static <T> T call(Callable<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return invoke(work);
        }
        return context.runWithoutAuthorization(work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T invoke(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProcessEngineException(e);
        }
    }
}
