package vn.hcmc.initiatives.config;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * What is known of a task created in the running command: nothing of it can be in the database yet, so
 * there is nothing to look up. Camunda knows this for a new execution, whose variable store starts empty,
 * but not for a new task: the first variable a create listener sets on a task makes it read the task's
 * variables ({@code ... FROM ACT_RU_VARIABLE ... WHERE TASK_ID_ = ?}; {@link NoVariableReadForNewTasks}),
 * and granting the task to its group makes it look for a grant to widen. If a Camunda upgrade renames the task's variable store, nothing is
 * skipped and nothing breaks; {@code NewTasksTest} notices.
 */
public final class NewTasks {

    private static final Field STORE = storeField();

    private NewTasks() {
    }

    /** True when the task was inserted in the running command. */
    public static boolean createdInThisCommand(String taskId) {
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                .getCachedEntity(TaskEntity.class, taskId);
        return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }

    /** Starts a task's variable store empty when the task is new in this command; true when it did. */
    public static boolean startVariablesEmptyIfNew(DelegateTask task) {
        if (STORE == null || !(task instanceof TaskEntity entity) || !createdInThisCommand(entity.getId())) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            VariableStore<VariableInstanceEntity> store = (VariableStore<VariableInstanceEntity>) STORE.get(entity);
            if (!store.isInitialized()) {
                store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
                store.forceInitialization();
                store.setVariablesProvider(entity);
            }
            return true;
        } catch (IllegalAccessException | ClassCastException e) {
            return false;
        }
    }

    private static Field storeField() {
        try {
            Field field = TaskEntity.class.getDeclaredField("variableStore");
            field.setAccessible(true);
            return VariableStore.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
