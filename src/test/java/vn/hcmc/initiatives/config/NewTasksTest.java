package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.ServiceTest;

/** A task inserted in the running command is known to be new; one saved by an earlier command is not. */
@ServiceTest
class NewTasksTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    private final TaskEntity created = new TaskEntity();
    private Task saved;

    @AfterEach
    void deleteTheTasks() {
        if (saved != null) {
            tasks.deleteTask(saved.getId(), true);
        }
        if (created.getId() != null) {
            tasks.deleteTask(created.getId(), true);
        }
    }

    @Test
    void aTaskCreatedInTheCommandIsNewAndOneSavedBeforeIsNot() {
        saved = tasks.newTask();
        tasks.saveTask(saved);

        boolean[] answers = configuration.getCommandExecutorTxRequired().execute(context -> {
            created.insert();
            return new boolean[] {
                    NewTasks.createdInThisCommand(created.getId()),
                    NewTasks.createdInThisCommand(saved.getId()),
                    NewTasks.createdInThisCommand(context.getTaskManager().findTaskById(saved.getId()).getId())};
        });

        assertThat(answers).containsExactly(true, false, false);
    }

    @Test
    void aNewTasksVariablesStartEmptyWithoutAReadAndAreStoredAsUsual() {
        boolean skipped = configuration.getCommandExecutorTxRequired().execute(context -> {
            created.insert();
            boolean empty = NewTasks.startVariablesEmptyIfNew(created);
            created.setVariableLocal("note", "đầu tiên");
            return empty;
        });

        assertThat(skipped).as("the store of a new task starts empty (a Camunda upgrade may have renamed it)").isTrue();
        assertThat(tasks.getVariablesLocal(created.getId())).isEqualTo(Map.of("note", "đầu tiên"));
    }

    @Test
    void aSavedTasksVariablesAreReadAsBefore() {
        saved = tasks.newTask();
        tasks.saveTask(saved);
        tasks.setVariableLocal(saved.getId(), "note", "có sẵn");

        boolean skipped = configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(saved.getId());
            boolean empty = NewTasks.startVariablesEmptyIfNew(task);
            task.setVariableLocal("second", "thứ hai");
            return empty;
        });

        assertThat(skipped).isFalse();
        assertThat(tasks.getVariablesLocal(saved.getId())).isEqualTo(Map.of("note", "có sẵn", "second", "thứ hai"));
    }

    @Test
    void aUserTaskStartsItsVariablesEmptyBeforeTheModelsOwnCreateListenersRun() {
        String initiative = repository.createProcessDefinitionQuery().processDefinitionKey(InitiativeProcess.KEY)
                .latestVersion().singleResult().getId();
        ActivityImpl opinion = (ActivityImpl) ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(initiative)
                .findActivity(InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        TaskDefinition definition = ((UserTaskActivityBehavior) opinion.getActivityBehavior()).getTaskDefinition();
        List<TaskListener> all = definition.getAllTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
        List<TaskListener> models = definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);

        // The model's own create listeners (the due date as text) come after it.
        assertThat(models).isNotEmpty().doesNotContain(NoVariableReadForNewTasks.START_EMPTY);
        assertThat(all.indexOf(NoVariableReadForNewTasks.START_EMPTY)).isNotNegative().isLessThan(all.indexOf(models.get(0)));
    }
}
