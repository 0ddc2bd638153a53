package vn.hcmc.initiatives.security;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.BuiltInTaskListeners;

/**
 * A task is held only by someone the procedure entitles to it. Camunda lets whoever may update a task (its assignee,
 * a member of its candidate group, an administrator) give it to anyone, and the new assignee is then granted the
 * task: a deputy could hand their vote to the proposer, whom the vote excludes, or a party committee member the
 * party opinion to someone outside the committee. So, on every assignment (a claim, an assignment, a delegation, an
 * unclaim):
 * <ul>
 *   <li>a personal task (the model names its assignee: a voter's vote, the proposer's correction, the implementer's
 *       reports) stays with the person the model names, evaluated now — to give it to someone else, change who that is
 *       (e.g. the variable {@code implementerId}, recorded on the decision log as a manual change);</li>
 *   <li>a group task goes only to a member of one of its candidate groups, or back to the group.</li>
 * </ul>
 * A task's owner, whom Camunda also grants the task, is held to the same rule. A refused assignment is a 400 naming
 * {@code userId} (an owner: {@code owner}), and nothing changes (the command rolls back). Built in, so
 * Cockpit's "skip custom listeners" does not skip it; it reads nothing more when a task is created with its
 * assignee, and one group query when a group task is claimed.
 */
@Component
class OnlyEntitledAssignees extends AbstractProcessEnginePlugin {

    static final TaskListener CHECK = OnlyEntitledAssignees::check;
    static final TaskListener OWNER_CHECK = OnlyEntitledAssignees::checkOwner;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BuiltInTaskListeners.addToEveryUserTask(configuration, TaskListener.EVENTNAME_ASSIGNMENT, CHECK);
        BuiltInTaskListeners.addToEveryUserTask(configuration, TaskListener.EVENTNAME_UPDATE, OWNER_CHECK);
    }

    static void check(DelegateTask task) {
        refuseUnlessEntitled(task, task.getAssignee(), "userId");
    }

    /**
     * A task's owner — set by a delegation, or by hand ({@code PUT /task/{id}}) — is held to the assignee's rule:
     * Camunda grants the owner the task, so the owner could complete it.
     */
    static void checkOwner(DelegateTask task) {
        if (task.getOwner() != null && task instanceof TaskEntity entity
                && entity.getPropertyChanges().containsKey(TaskEntity.OWNER)) {
            refuseUnlessEntitled(task, task.getOwner(), TaskEntity.OWNER);
        }
    }

    private static void refuseUnlessEntitled(DelegateTask task, String holder, String field) {
        Expression named = task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                ? entity.getTaskDefinition().getAssigneeExpression() : null;
        if (named != null) {
            Object entitled = task.getExecution() == null ? null : named.getValue(task.getExecution());
            if (entitled != null && !Objects.equals(entitled.toString(), holder)) {
                throw new BadUserRequestException(field + ": nhiệm vụ '" + task.getName() + "' do " + entitled
                        + " thực hiện, không giao cho " + (holder == null ? "nhóm" : holder) + " được"
                        + " (a personal task stays with the person the procedure names: " + entitled + ")");
            }
            return;
        }
        if (holder == null) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (!groups.isEmpty() && !memberOfAny(holder, groups)) {
            throw new BadUserRequestException(field + ": " + holder + " không thuộc nhóm được giao nhiệm vụ '"
                    + task.getName() + "' " + groups + " (a group task goes only to a member of its candidate groups)");
        }
    }

    private static boolean memberOfAny(String userId, List<String> groups) {
        return Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupMember(userId).groupIdIn(groups.toArray(String[]::new))
                .count()) > 0;
    }
}
