package vn.hcmc.initiatives.campaign;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.initiatives.api.ApiException;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.security.CurrentUser;

/**
 * {@code GET /api/campaigns/{year}/report}: the campaign report as JSON, or with {@code ?format=csv} as a
 * spreadsheet file (UTF-8 with a byte-order mark, so that Excel shows Vietnamese). For the city-level
 * roles and administrators.
 */
@RestController
class CampaignReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CampaignReports reports;
    private final CurrentUser user;

    CampaignReportController(CampaignReports reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    @GetMapping("/api/campaigns/{year}/report")
    ResponseEntity<?> report(@PathVariable int year, @RequestParam(defaultValue = "json") String format) {
        if (!user.seesAllInitiatives()) {
            throw ApiException.forbidden(user.id() + " may not see the campaign report (city-level roles only)");
        }
        int maxYear = ServiceClock.today().getYear() + 1;
        if (year < OpenCampaignListener.FIRST_PLAN_YEAR || year > maxYear) {
            throw ApiException.badField("year", "năm phải từ " + OpenCampaignListener.FIRST_PLAN_YEAR + " đến " + maxYear
                    + ", nhận được " + year);
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw ApiException.badField("format", "json hoặc csv, nhận được '" + format + "'");
        }
        CampaignReport report = reports.of(year);
        if (format.equals("json")) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-dang-ky-sang-kien-" + year + ".csv").build().toString())
                .body(("\uFEFF" + report.csv()).getBytes(StandardCharsets.UTF_8));
    }
}
