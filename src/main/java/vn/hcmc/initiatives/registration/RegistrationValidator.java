package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * The completeness and validity rules of a registration (D73 art. 7, P3815 step 1): every part is
 * required; enumerations must hold one of their codes; dates must be ISO dates.
 */
@org.springframework.stereotype.Component
public class RegistrationValidator {

    public record FieldError(String field, String message) {
    }

    private final DecisionLog log;

    RegistrationValidator(DecisionLog log) {
        this.log = log;
    }

    static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put(TITLE, "Tên sáng kiến");
        LABELS.put(AGENCY_CODE, "Mã cơ quan đăng ký");
        LABELS.put(YEAR, "Năm kế hoạch");
        LABELS.put(ORIGIN, "Nguồn gốc đề xuất");
        LABELS.put(BOTTLENECK, "Điểm nghẽn, vướng mắc cần tháo gỡ");
        LABELS.put(BOTTLENECK_TYPE, "Loại vướng mắc");
        LABELS.put(CONTENT, "Nội dung, nhiệm vụ, giải pháp");
        LABELS.put(SCOPE, "Phạm vi thực hiện");
        LABELS.put(IMPLEMENTERS, "Người/tổ chức thực hiện");
        LABELS.put(PLANNED_END_DATE, "Thời gian dự kiến hoàn thành");
        LABELS.put(RESOURCES, "Nguồn lực");
        LABELS.put(FEASIBILITY, "Tính khả thi");
        LABELS.put(IMPACT, "Tác động dự kiến");
        LABELS.put(EXPECTED_EFFECT, "Hiệu quả dự kiến");
    }

    static final Set<String> ORIGINS = Set.of("SELF_PROPOSED", "ASSIGNED");
    static final Set<String> BOTTLENECK_TYPES = Set.of("UNREGULATED", "UNCLEAR", "OVERLAPPING", "OUTDATED");
    static final int FIRST_PLAN_YEAR = 2022;
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_TEXT_LENGTH = 20_000;

    /**
     * Every missing or invalid field, in the order of the form; empty when the registration is complete. The
     * agency may not change once registered: the registration's record in the log names it (looked up only when
     * the agency field is otherwise valid).
     */
    public List<FieldError> check(Function<String, Object> variables, String businessKey, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : REGISTRATION_FIELDS) {
            Object value = variables.apply(field);
            String text = value == null ? "" : value.toString().trim();
            if (text.isEmpty()) {
                errors.add(new FieldError(field, LABELS.get(field) + ": chưa được khai báo"));
                continue;
            }
            String problem = problem(field, value, text, today);
            if (problem == null && AGENCY_CODE.equals(field)) {
                problem = log.agencyOfFirst(businessKey, RECORD_SUBMITTED)
                        .filter(registered -> !registered.equals(text))
                        .map(registered -> "không được đổi cơ quan sau khi đã đăng ký (đã đăng ký cho " + registered + ")")
                        .orElse(null);
            }
            if (problem != null) {
                errors.add(new FieldError(field, LABELS.get(field) + ": " + problem));
            }
        }
        return errors;
    }

    private static String problem(String field, Object value, String text, LocalDate today) {
        switch (field) {
            case TITLE:
                return text.length() > MAX_TITLE_LENGTH ? "dài quá " + MAX_TITLE_LENGTH + " ký tự" : null;
            case YEAR:
                Integer year = asInteger(value);
                if (year == null) {
                    return "phải là một năm, ví dụ " + today.getYear();
                }
                return year < FIRST_PLAN_YEAR || year > today.getYear() + 1
                        ? "phải từ " + FIRST_PLAN_YEAR + " đến " + (today.getYear() + 1) : null;
            case ORIGIN:
                return ORIGINS.contains(text) ? null : "giá trị không hợp lệ '" + text + "' (SELF_PROPOSED hoặc ASSIGNED)";
            case BOTTLENECK_TYPE:
                return BOTTLENECK_TYPES.contains(text) ? null
                        : "giá trị không hợp lệ '" + text + "' (UNREGULATED, UNCLEAR, OVERLAPPING hoặc OUTDATED)";
            case PLANNED_END_DATE:
                LocalDate end = asDate(text);
                if (end == null) {
                    return "phải là ngày theo dạng yyyy-MM-dd";
                }
                return end.isBefore(today) ? "không được trước ngày đăng ký" : null;
            default:
                return text.length() > MAX_TEXT_LENGTH ? "dài quá " + MAX_TEXT_LENGTH + " ký tự" : null;
        }
    }

    static Integer asInteger(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue() == Math.rint(number.doubleValue()) ? number.intValue() : null;
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Accepts an ISO date, also with a time part as a date picker may send it. */
    public static LocalDate asDate(String text) {
        String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
