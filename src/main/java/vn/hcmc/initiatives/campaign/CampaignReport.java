package vn.hcmc.initiatives.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign report of a year: per agency, how many of its initiatives of that year were registered,
 * approved, are being carried out, were completed, rewarded, and are overdue (see {@link CampaignReports}
 * for what each number counts), and the totals.
 */
public record CampaignReport(int year, Instant generatedAt, List<Row> agencies, Figures totals) {

    /** The numbers of one agency, or of all. */
    public record Figures(int registered, int approved, int inImplementation, int completed, int rewarded,
                          int overdue) {

        Figures plus(Figures other) {
            return new Figures(registered + other.registered, approved + other.approved,
                    inImplementation + other.inImplementation, completed + other.completed, rewarded + other.rewarded,
                    overdue + other.overdue);
        }

        List<Integer> values() {
            return List.of(registered, approved, inImplementation, completed, rewarded, overdue);
        }
    }

    public record Row(String agencyCode, String agencyName, boolean active, int registered, int approved,
                      int inImplementation, int completed, int rewarded, int overdue) {

        Figures figures() {
            return new Figures(registered, approved, inImplementation, completed, rewarded, overdue);
        }
    }

    static final List<String> HEADINGS = List.of("Đã đăng ký", "Được phê duyệt", "Đang thực hiện", "Hoàn thành",
            "Được khen thưởng", "Quá hạn");

    /** A Markdown table for Tasklist, one line per agency and the totals. */
    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| Cơ quan | ").append(String.join(" | ", HEADINGS)).append(" |\n");
        table.append("|---|").append("---:|".repeat(HEADINGS.size())).append('\n');
        for (Row row : agencies) {
            table.append("| ").append(row.agencyName().replace("|", "/")).append(" (").append(row.agencyCode())
                    .append(row.active() ? "" : ", không còn hoạt động").append(") | ")
                    .append(join(row.figures().values(), " | ")).append(" |\n");
        }
        table.append("| **Tổng cộng** | ").append(join(totals.values(), " | ")).append(" |");
        return table.toString();
    }

    /** Comma-separated values with a header row, one row per agency and a total row. */
    String csv() {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Mã cơ quan", "Tên cơ quan"));
        header.addAll(HEADINGS);
        csv.append(String.join(",", header.stream().map(CampaignReport::csvField).toList())).append("\r\n");
        for (Row row : agencies) {
            csv.append(csvField(row.agencyCode())).append(',').append(csvField(row.agencyName())).append(',')
                    .append(join(row.figures().values(), ",")).append("\r\n");
        }
        csv.append(",").append(csvField("Tổng cộng")).append(',').append(join(totals.values(), ",")).append("\r\n");
        return csv.toString();
    }

    private static String join(List<Integer> values, String separator) {
        return String.join(separator, values.stream().map(String::valueOf).toList());
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
