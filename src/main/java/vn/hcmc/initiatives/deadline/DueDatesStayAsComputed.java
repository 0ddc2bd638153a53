package vn.hcmc.initiatives.deadline;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.BuiltInTaskListeners;
import vn.hcmc.initiatives.security.Groups;

/**
 * A task's due date is the deadline the procedure computed in working days when the task was created; the campaign
 * report, the dashboard and the metrics count a task past it as overdue. Camunda lets whoever may update a task move
 * it ({@code PUT /task/{id}}, Tasklist's due date), so a late committee could push its own deadline back and drop out
 * of the overdue count. Only an administrator may change it (the change is on the initiative's decision log); anyone
 * else gets a 400 naming {@code due}, and nothing changes. The service's own calls without a user are not checked.
 * The deadline's timer is another thing: moving it is a hand change of its own.
 */
@Component
class DueDatesStayAsComputed extends AbstractProcessEnginePlugin {

    static final TaskListener CHECK = DueDatesStayAsComputed::check;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BuiltInTaskListeners.addToEveryUserTask(configuration, TaskListener.EVENTNAME_UPDATE, CHECK);
    }

    static void check(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || !entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
            return;
        }
        Groups.nonAdministrator(Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication())
                .ifPresent(user -> {
                    throw new BadUserRequestException("due: hạn xử lý của nhiệm vụ '" + task.getName() + "' do quy"
                            + " trình tính theo ngày làm việc, " + user + " không thay đổi được (a task's due date is"
                            + " the procedure's deadline; only an administrator may change it)");
                });
    }
}
