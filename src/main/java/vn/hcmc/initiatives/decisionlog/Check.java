package vn.hcmc.initiatives.decisionlog;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.hcmc.initiatives.registration.RegistrationValidator;

/**
 * A server-side check of one submitted field. The forms check the same in the browser, but a REST
 * client or a tampered form reaches the engine without them. A failed check becomes a 400 that names
 * the field, and the task stays open with nothing written.
 */
@FunctionalInterface
public interface Check {

    /** Returns the problem, or {@code null} when the field is fine. */
    String problem(Function<String, Object> variables);

    default void enforce(Function<String, Object> variables, String field) {
        String problem = problem(variables);
        if (problem != null) {
            throw new FormFieldValidationException(field, field + ": " + problem);
        }
    }

    static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    static NamedCheck required(String field, String label) {
        return new NamedCheck(field, vars -> blank(vars.apply(field)) ? label + " là bắt buộc (required)" : null);
    }

    static NamedCheck oneOf(String field, String label, String... values) {
        List<String> allowed = Arrays.asList(values);
        return new NamedCheck(field, vars -> {
            Object value = vars.apply(field);
            return value != null && allowed.contains(value.toString()) ? null
                    : label + ": phải là một trong " + allowed + ", nhận được '" + value + "'";
        });
    }

    /** Like {@link #oneOf}, for a field that may be left out. */
    static NamedCheck oneOfIfGiven(String field, String label, String... values) {
        NamedCheck allowed = oneOf(field, label, values);
        return new NamedCheck(field, vars -> blank(vars.apply(field)) ? null : allowed.check().problem(vars));
    }

    static NamedCheck requiredWhen(String field, String label, String condition, String... values) {
        List<String> when = Arrays.asList(values);
        return new NamedCheck(field, vars -> {
            Object decisive = vars.apply(condition);
            boolean applies = decisive != null && when.contains(decisive.toString());
            return applies && blank(vars.apply(field))
                    ? label + " là bắt buộc khi " + condition + " = " + decisive + " (required)" : null;
        });
    }

    static NamedCheck requiredIfTrue(String field, String label, String flag) {
        return new NamedCheck(field, vars -> Boolean.TRUE.equals(asBoolean(vars.apply(flag))) && blank(vars.apply(field))
                ? label + " là bắt buộc khi " + flag + " = true (required)" : null);
    }

    static NamedCheck bool(String field, String label) {
        return new NamedCheck(field, vars -> {
            Object value = vars.apply(field);
            return value == null || asBoolean(value) != null ? null : label + ": phải là true hoặc false";
        });
    }

    static NamedCheck isoDate(String field, String label) {
        return new NamedCheck(field, vars -> {
            Object value = vars.apply(field);
            return blank(value) || RegistrationValidator.asDate(value.toString()) != null ? null
                    : label + ": phải là ngày theo dạng yyyy-MM-dd";
        });
    }

    static NamedCheck maxLength(String field, String label, int max) {
        return new NamedCheck(field, vars -> {
            Object value = vars.apply(field);
            return value != null && value.toString().length() > max ? label + ": dài quá " + max + " ký tự" : null;
        });
    }

    static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString()))) {
            return Boolean.valueOf(value.toString());
        }
        return null;
    }

    /** A check with the field it is about. */
    record NamedCheck(String field, Check check) {

        public void enforce(Function<String, Object> variables) {
            check.enforce(variables, field);
        }
    }
}
