package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reward forms (D73 art. 10; LTĐKT) as codes, read from whatever a variable holds: a list (the table's
 * recommendation, a Tasklist checklist submitted over an existing list), a JSON value (a checklist submitted as
 * {@code Json}), or text from a REST client. Their Vietnamese labels are in the forms, which show them.
 */
final class RewardForms {

    static final List<String> CODES = List.of(PUBLIC_COMMENDATION, AGENCY_CERTIFICATE, CITY_CERTIFICATE,
            HIGHER_LEVEL_PROPOSAL, PERSONNEL_CONSIDERATION, RANK_PROMOTION, EARLY_SALARY_STEP);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RewardForms() {
    }

    /** The distinct codes, in the order given; refuses anything that is not a known reward form. */
    static List<String> codes(Object value) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : raw(value)) {
            if (!CODES.contains(code)) {
                throw new IllegalArgumentException("hình thức khen thưởng '" + code + "' không hợp lệ; chọn trong "
                        + CODES);
            }
            codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    /** The same codes, or an empty list when the value cannot be read: for checks that only ask "is X chosen". */
    static List<String> codesOrNone(Object value) {
        try {
            return codes(value);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** A whole number of months, {@code null} when blank; refuses fractions and text. */
    static Integer months(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new IllegalArgumentException("'" + value + "'");
            }
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "'", e);
        }
    }

    private static List<String> raw(Object value) {
        List<String> raw = new ArrayList<>();
        if (value == null) {
            return raw;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> raw.add(String.valueOf(item).trim()));
            return raw;
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            try {
                for (JsonNode item : JSON.readTree(text)) {
                    raw.add(item.asText().trim());
                }
                return raw;
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("danh sách hình thức khen thưởng không đọc được: " + text, e);
            }
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                raw.add(part.trim());
            }
        }
        return raw;
    }
}
