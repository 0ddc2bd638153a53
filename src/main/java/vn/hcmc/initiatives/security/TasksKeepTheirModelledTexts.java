package vn.hcmc.initiatives.security;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.BuiltInTaskListeners;

/**
 * A task's name, description and priority are the model's (and the deadline's: a missed deadline raises the
 * priority): what every member of the task's groups reads in Tasklist's list and what it is sorted by. Camunda lets
 * whoever may work on a task change them over REST ({@code PUT /task/{id}}), so one party member could rename the
 * party's opinion "Đã xong" for the others, or push it down their lists. Only an administrator may; anyone else gets a
 * 400 naming the field, and nothing changes. Tasklist itself offers no such change (its follow-up date and claim are
 * other fields). The service's own calls without a user are not checked.
 */
@Component
class TasksKeepTheirModelledTexts extends AbstractProcessEnginePlugin {

    private static final List<String> MODELLED = List.of(TaskEntity.NAME, TaskEntity.DESCRIPTION, TaskEntity.PRIORITY);

    static final TaskListener CHECK = TasksKeepTheirModelledTexts::check;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BuiltInTaskListeners.addToEveryUserTask(configuration, TaskListener.EVENTNAME_UPDATE, CHECK);
    }

    static void check(DelegateTask task) {
        if (!(task instanceof TaskEntity entity)) {
            return;
        }
        MODELLED.stream().filter(entity.getPropertyChanges()::containsKey).findFirst().ifPresent(field ->
                Groups.nonAdministrator(Context.getProcessEngineConfiguration().getIdentityService()
                        .getCurrentAuthentication()).ifPresent(user -> {
                    throw new BadUserRequestException(field + ": " + user + " không thay đổi được tên, mô tả hay độ ưu"
                            + " tiên của nhiệm vụ '" + modelledName(entity) + "' (a task's name, description and"
                            + " priority are the model's; only an administrator may change them)");
                }));
    }

    private static Object modelledName(TaskEntity task) {
        PropertyChange renamed = task.getPropertyChanges().get(TaskEntity.NAME);
        return renamed == null ? task.getName() : renamed.getOrgValue();
    }
}
