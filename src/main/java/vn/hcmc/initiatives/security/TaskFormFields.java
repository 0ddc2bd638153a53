package vn.hcmc.initiatives.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * What a user may write through a task: the fields of its form, nothing else. Camunda sets whatever variables come
 * with a completion, a form submission or a task's variable call, and a variable the task does not own lands on the
 * process: a voter could send {@code yesVotes} with their vote, or put it on their task before voting. A task's form
 * (the Camunda Form its model names) lists what it takes, as the contract's tables do; any other name is refused
 * (400 naming it) before anything is written. The engine's own calls without a user (the service's code, imports)
 * are not checked.
 *
 * <p>The fields are read from the deployed form the task would show (binding as in the model) and kept per form
 * reference; a name that is not among them is checked once more against the deployed form before it is refused,
 * so a form deployed since (here or on another node) is honoured without a restart.
 */
final class TaskFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> FIELDS_BY_FORM = new ConcurrentHashMap<>();

    private TaskFormFields() {
    }

    /** The command, run after the check that a user writes only the task's form fields through it. */
    static <T> Command<T> onlyFormFields(String taskId, Collection<String> names, Command<T> command) {
        return context -> {
            check(context, taskId, names);
            return command.execute(context);
        };
    }

    static void check(CommandContext context, String taskId, Collection<String> names) {
        if (names == null || names.isEmpty() || context.getAuthenticatedUserId() == null || taskId == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;
        }
        task.initializeFormKey();
        CamundaFormRef form = task.getCamundaFormRef();
        if (form == null) {
            return;
        }
        String reference = form.getBinding() + ":" + form.getKey() + ":" + form.getVersion() + ":"
                + ("deployment".equals(form.getBinding()) ? deploymentOf(context, task) : "");
        Set<String> fields = FIELDS_BY_FORM.computeIfAbsent(reference, ref -> deployedFields(context, task, form));
        if (fields == null || fields.containsAll(names)) {
            return;
        }
        fields = deployedFields(context, task, form);
        if (fields == null) {
            return;
        }
        FIELDS_BY_FORM.put(reference, fields);
        Set<String> foreign = new TreeSet<>(names);
        foreign.removeAll(fields);
        if (!foreign.isEmpty()) {
            String first = foreign.iterator().next();
            throw new BadUserRequestException(first + ": nhiệm vụ '" + task.getName() + "' chỉ nhận các trường "
                    + fields + " (not a field of this task's form: " + String.join(", ", foreign) + ")");
        }
    }

    private static String deploymentOf(CommandContext context, TaskEntity task) {
        return context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
    }

    /**
     * The keys of the deployed form; none (no check) when the form is not deployed: Tasklist cannot show that task
     * either, Camunda reports it there, and refusing every variable would only stop the work around it.
     */
    private static Set<String> deployedFields(CommandContext context, TaskEntity task, CamundaFormRef form) {
        return context.runWithoutAuthorization(() -> {
            CamundaFormDefinition definition;
            try {
                definition = new GetCamundaFormDefinitionCmd(form, deploymentOf(context, task)).execute(context);
            } catch (ProcessEngineException notDeployed) {
                return null;
            }
            if (definition == null) {
                return null;
            }
            ResourceEntity resource = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
            return keysOf(resource.getBytes());
        });
    }

    /** The keys of a form's fields, groups included. */
    static Set<String> keysOf(byte[] form) {
        try {
            Set<String> keys = new LinkedHashSet<>();
            collect(JSON.readTree(form).path("components"), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }

    static List<String> namesOf(Map<String, ?> variables) {
        return variables == null ? List.of() : List.copyOf(variables.keySet());
    }
}
