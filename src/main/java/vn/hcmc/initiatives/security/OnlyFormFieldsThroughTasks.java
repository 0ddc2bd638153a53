package vn.hcmc.initiatives.security;

import static vn.hcmc.initiatives.security.TaskFormFields.namesOf;
import static vn.hcmc.initiatives.security.TaskFormFields.onlyFormFields;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The engine's task and form services, with every call that writes variables through a task checked first, in the
 * same command, by {@link TaskFormFields}: completing, resolving, submitting a task's form, setting, changing or
 * removing a task's variables (local or not). Tasklist, the REST API and the service's code all go through these.
 *
 * <p>Adding a comment to a task is checked too: it goes into the task's history, which its workers read, and Camunda
 * checks nothing (camunda-bpm-platform#3454), so whoever may read the process's history — a manager, a process owner,
 * both read-only roles — could write into any of its tasks. A comment is added by those who may work on the task (as
 * Camunda requires for deleting one) or an administrator; anyone else gets a 403. So is adding, changing or deleting a
 * task's (or a process's) attachment, which Camunda does not check at all: a manager could attach a file to any task
 * he may read, or delete one its workers attached.
 */
@Component
class OnlyFormFieldsThroughTasks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new CheckedTaskService());
        configuration.setFormService(new CheckedFormService());
    }

    static class CheckedTaskService extends TaskServiceImpl {

        @Override
        public void complete(String taskId, Map<String, Object> variables) {
            commandExecutor.execute(onlyFormFields(taskId, namesOf(variables), new CompleteTaskCmd(taskId, variables, false, false)));
        }

        @Override
        public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
            return commandExecutor.execute(onlyFormFields(taskId, namesOf(variables),
                    new CompleteTaskCmd(taskId, variables, true, deserializeValues)));
        }

        @Override
        public void resolveTask(String taskId, Map<String, Object> variables) {
            commandExecutor.execute(onlyFormFields(taskId, namesOf(variables), new ResolveTaskCmd(taskId, variables)));
        }

        @Override
        protected void setVariables(String taskId, Map<String, ? extends Object> variables, boolean local) {
            commandExecutor.execute(onlyFormFields(taskId, namesOf(variables), new SetTaskVariablesCmd(taskId, variables, local)));
        }

        @Override
        protected void updateVariables(String taskId, Map<String, ? extends Object> modifications,
                                       Collection<String> deletions, boolean local) {
            List<String> names = new ArrayList<>(namesOf(modifications));
            if (deletions != null) {
                names.addAll(deletions);
            }
            commandExecutor.execute(onlyFormFields(taskId, names,
                    new PatchTaskVariablesCmd(taskId, modifications, deletions, local)));
        }

        @Override
        public Comment createComment(String taskId, String processInstanceId, String message) {
            return commandExecutor.execute(byThoseWhoMayWorkOnIt(taskId, processInstanceId,
                    new AddCommentCmd(taskId, processInstanceId, message)));
        }

        @Override
        public void addComment(String taskId, String processInstanceId, String message) {
            createComment(taskId, processInstanceId, message);
        }

        @Override
        public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
                                           String description, InputStream content) {
            return commandExecutor.execute(byThoseWhoMayWorkOnIt(taskId, processInstanceId,
                    new CreateAttachmentCmd(type, taskId, processInstanceId, name, description, content, null)));
        }

        @Override
        public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
                                           String description, String url) {
            return commandExecutor.execute(byThoseWhoMayWorkOnIt(taskId, processInstanceId,
                    new CreateAttachmentCmd(type, taskId, processInstanceId, name, description, null, url)));
        }

        @Override
        public void saveAttachment(Attachment attachment) {
            commandExecutor.execute(byThoseWhoMayWorkOnIt(attachment.getTaskId(), attachment.getProcessInstanceId(),
                    new SaveAttachmentCmd(attachment)));
        }

        @Override
        public void deleteTaskAttachment(String taskId, String attachmentId) {
            commandExecutor.execute(byThoseWhoMayWorkOnIt(taskId, null, new DeleteAttachmentCmd(taskId, attachmentId)));
        }

        @Override
        public void deleteAttachment(String attachmentId) {
            commandExecutor.execute(context -> {
                AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
                Command<Object> delete = new DeleteAttachmentCmd(attachmentId);
                return attachment == null ? delete.execute(context) : byThoseWhoMayWorkOnIt(attachment.getTaskId(),
                        attachment.getProcessInstanceId(), delete).execute(context);
            });
        }

        @Override
        public void removeVariable(String taskId, String variableName) {
            removeVariables(taskId, List.of(variableName), false);
        }

        @Override
        public void removeVariableLocal(String taskId, String variableName) {
            removeVariables(taskId, List.of(variableName), true);
        }

        @Override
        public void removeVariables(String taskId, Collection<String> variableNames) {
            removeVariables(taskId, variableNames, false);
        }

        @Override
        public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
            removeVariables(taskId, variableNames, true);
        }

        private void removeVariables(String taskId, Collection<String> names, boolean local) {
            commandExecutor.execute(onlyFormFields(taskId, names, new RemoveTaskVariablesCmd(taskId, names, local)));
        }
    }

    /** The command, run after the check that the user may work on the task (or, without one, update the process). */
    private static <T> Command<T> byThoseWhoMayWorkOnIt(String taskId, String processInstanceId, Command<T> command) {
        return context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                if (task != null) {
                    checker.checkTaskWork(task);
                } else if (taskId == null && processInstanceId != null) {
                    checker.checkUpdateProcessInstanceById(processInstanceId);
                }
            }
            return command.execute(context);
        };
    }

    static class CheckedFormService extends FormServiceImpl {

        @Override
        public InputStream getDeployedTaskForm(String taskId) {
            // Camunda checks the rights on the task before it looks for it, so a task that is not there was a
            // NullPointerException (500); here it is "not found", as for every other task action (404 over REST).
            return commandExecutor.execute(context -> {
                if (taskId != null && context.getTaskManager().findTaskById(taskId) == null) {
                    throw new NotFoundException("Cannot find task with id " + taskId);
                }
                return new GetDeployedTaskFormCmd(taskId).execute(context);
            });
        }

        @Override
        public void submitTaskForm(String taskId, Map<String, Object> properties) {
            commandExecutor.execute(onlyFormFields(taskId, namesOf(properties), new SubmitTaskFormCmd(taskId, properties, false, false)));
        }

        @Override
        public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                               boolean deserializeValues) {
            return commandExecutor.execute(onlyFormFields(taskId, namesOf(properties),
                    new SubmitTaskFormCmd(taskId, properties, true, deserializeValues)));
        }
    }
}
