package vn.hcmc.initiatives.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.initiatives.api.ApiException;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.security.CurrentUser;

/**
 * {@code GET /api/dashboard?year=} for the Cockpit dashboard plugin: read-only, for city-level roles and
 * administrators, with HTTP Basic or the Cockpit session.
 */
@RestController
class DashboardController {

    private final DashboardQueries dashboards;
    private final CurrentUser user;

    DashboardController(DashboardQueries dashboards, CurrentUser user) {
        this.dashboards = dashboards;
        this.user = user;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard(@RequestParam(required = false) Integer year) {
        if (!user.seesAllInitiatives()) {
            throw ApiException.forbidden(user.id() + " may not see the programme's dashboard");
        }
        int shown = year == null ? ServiceClock.today().getYear() : year;
        if (shown < 2022 || shown > 9999) {
            throw ApiException.badField("year", "must be a year from 2022, was " + shown);
        }
        return dashboards.of(shown);
    }
}
