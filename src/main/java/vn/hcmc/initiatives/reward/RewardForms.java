package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reward forms (D73 art. 10; LTĐKT) as codes and Vietnamese labels, read from whatever a variable holds:
 * a list (the table's recommendation, a Tasklist checklist submitted over an existing list), a JSON value
 * (a checklist submitted as {@code Json}), or text from a REST client.
 */
final class RewardForms {

    static final Map<String, String> LABELS = labels();

    private static final ObjectMapper JSON = new ObjectMapper();

    private RewardForms() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PUBLIC_COMMENDATION, "Biểu dương");
        labels.put(AGENCY_CERTIFICATE, "Giấy khen của người đứng đầu cơ quan");
        labels.put(CITY_CERTIFICATE, "Bằng khen của Chủ tịch UBND Thành phố");
        labels.put(HIGHER_LEVEL_PROPOSAL, "Đề nghị cấp trên khen thưởng hình thức cao hơn");
        labels.put(PERSONNEL_CONSIDERATION, "Xem xét khi đánh giá, xếp loại, quy hoạch, bổ nhiệm, luân chuyển");
        labels.put(RANK_PROMOTION, "Nâng ngạch, thăng hạng");
        labels.put(EARLY_SALARY_STEP, "Nâng bậc lương trước thời hạn (tối đa 12 tháng)");
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The distinct codes, in the order given; refuses anything that is not a known reward form. */
    static List<String> codes(Object value) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : raw(value)) {
            if (!LABELS.containsKey(code)) {
                throw new IllegalArgumentException("hình thức khen thưởng '" + code + "' không hợp lệ; chọn trong "
                        + LABELS.keySet());
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

    static String text(List<String> codes) {
        return codes.isEmpty() ? "(không có)" : String.join("; ", codes.stream().map(LABELS::get).toList());
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
