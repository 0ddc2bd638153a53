package vn.hcmc.initiatives.agency;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.initiatives.api.ApiException;
import vn.hcmc.initiatives.security.CurrentUser;
import vn.hcmc.initiatives.security.Groups;

/**
 * {@code /api/agencies}: the registry. Everybody logged in reads it; administrators and the home affairs
 * department, which runs the programme, add and edit agencies.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private final AgencyRegistry registry;
    private final AgencyAdministration administration;
    private final CurrentUser user;

    AgencyController(AgencyRegistry registry, AgencyAdministration administration, CurrentUser user) {
        this.registry = registry;
        this.administration = administration;
        this.user = user;
    }

    @GetMapping
    List<Agency> list(@RequestParam(required = false) Boolean active) {
        return Boolean.TRUE.equals(active) ? registry.active()
                : registry.all().stream().filter(a -> active == null || a.active() == active).toList();
    }

    @GetMapping("/{code}")
    Agency one(@PathVariable String code) {
        return registry.find(code).orElseThrow(() -> ApiException.notFound("Không có cơ quan '" + code + "'"));
    }

    @PostMapping
    ResponseEntity<Agency> create(@RequestBody AgencyRequest request) {
        requireAdministrator();
        Agency created = administration.create(request, user.id());
        return ResponseEntity.created(URI.create("/api/agencies/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    Agency update(@PathVariable String code, @RequestBody AgencyRequest request) {
        requireAdministrator();
        return administration.update(code, request, user.id());
    }

    private void requireAdministrator() {
        if (!user.isIn(Groups.ADMINS) && !user.isIn(Groups.HOME_AFFAIRS)) {
            throw ApiException.forbidden(user.id() + " may not change the agency registry (camunda-admin or "
                    + Groups.HOME_AFFAIRS + " only)");
        }
    }
}
