package vn.hcmc.initiatives.bench;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Our models without our code, for the raw-engine baseline: the same structure, DMN and form references,
 * with every listener removed, every service task a no-op expression, and every deadline that our
 * working-day calendar computes replaced by a fixed far date (the timers are still created). Made from
 * the deployed files, so the baseline follows every change to the models.
 */
final class StrippedModels {

    static final String NO_OP = "${true}";
    static final String FAR_DATE = "2099-12-31T00:00:00";
    static final String FAR_CYCLE = "R/P3M";
    static final String FAR_DURATION = "P3M";

    private static final Pattern REFERENCE = Pattern.compile("[$#]\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final Set<String> beans;

    /** @param beans names that an expression must not use once stripped: the service's Spring beans */
    StrippedModels(Set<String> beans) {
        this.beans = beans;
    }

    String strip(String name, byte[] bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        removeAll(new ArrayList<>(model.getModelElementsByType(CamundaExecutionListener.class)));
        removeAll(new ArrayList<>(model.getModelElementsByType(CamundaTaskListener.class)));
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.removeAttributeNs(CAMUNDA_NS, "delegateExpression");
            task.removeAttributeNs(CAMUNDA_NS, "class");
            task.setCamundaExpression(NO_OP);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (usesBean(task.getCamundaDueDate())) {
                task.removeAttributeNs(CAMUNDA_NS, "dueDate");
            }
            if (usesBean(task.getCamundaFollowUpDate())) {
                task.removeAttributeNs(CAMUNDA_NS, "followUpDate");
            }
        }
        model.getModelElementsByType(TimeDate.class).stream().filter(t -> usesBean(t.getTextContent()))
                .forEach(t -> t.setTextContent(FAR_DATE));
        model.getModelElementsByType(TimeCycle.class).stream().filter(t -> usesBean(t.getTextContent()))
                .forEach(t -> t.setTextContent(FAR_CYCLE));
        model.getModelElementsByType(TimeDuration.class).stream().filter(t -> usesBean(t.getTextContent()))
                .forEach(t -> t.setTextContent(FAR_DURATION));
        String xml = Bpmn.convertToString(model);
        Set<String> left = beansUsedIn(xml);
        if (!left.isEmpty()) {
            throw new IllegalStateException(name + " still calls service beans after stripping: " + left);
        }
        return xml;
    }

    /** DMN tables and forms are deployed unchanged; they must not call the service either. */
    void checkUnchanged(String name, byte[] content) {
        Set<String> used = beansUsedIn(new String(content, StandardCharsets.UTF_8));
        if (!used.isEmpty()) {
            throw new IllegalStateException(name + " calls service beans: " + used);
        }
    }

    private static void removeAll(List<? extends ModelElementInstance> elements) {
        for (ModelElementInstance element : elements) {
            element.getParentElement().removeChildElement(element);
        }
    }

    private boolean usesBean(String expression) {
        return expression != null && !beansUsedIn(expression).isEmpty();
    }

    private Set<String> beansUsedIn(String text) {
        Set<String> used = new TreeSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (beans.contains(matcher.group(1))) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }
}
