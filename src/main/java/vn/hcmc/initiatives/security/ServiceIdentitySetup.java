package vn.hcmc.initiatives.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencySeed;

/**
 * Brings groups, authorizations, Tasklist filters (and in profile {@code demo} the demo users) up to
 * date on every start, before the web server takes requests, so that no task is ever created while
 * authorization is not yet in place. Every step is idempotent.
 */
@Component
class ServiceIdentitySetup implements SmartInitializingSingleton {

    private static final Map<String, String> CITY_GROUPS = Map.of(
            Groups.CITY_COMMITTEE, "UBND Thành phố",
            Groups.HOME_AFFAIRS, "Sở Nội vụ",
            Groups.EMULATION_BOARD, "Hội đồng Thi đua – Khen thưởng",
            Groups.INSPECTORATE, "Thanh tra Thành phố",
            Groups.MANAGERS, "Lãnh đạo theo dõi chương trình",
            Groups.PROCESS_OWNERS, "Quản lý quy trình");

    private final IdentityService identity;
    private final AgencyGroups agencyGroups;
    private final AgencySeed agencySeed;
    private final AccessPolicy accessPolicy;
    private final TasklistFilters filters;
    private final Environment environment;
    private final String demoPassword;

    ServiceIdentitySetup(IdentityService identity, AgencyGroups agencyGroups, AgencySeed agencySeed,
                         AccessPolicy accessPolicy, TasklistFilters filters, Environment environment,
                         @Value("${initiatives.demo.password:demo}") String demoPassword) {
        this.identity = identity;
        this.agencyGroups = agencyGroups;
        this.agencySeed = agencySeed;
        this.accessPolicy = accessPolicy;
        this.filters = filters;
        this.environment = environment;
        this.demoPassword = demoPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Agency> agencies = agencySeed.apply();
        CITY_GROUPS.forEach(agencyGroups::ensureGroup);
        agencies.forEach(agencyGroups::ensureFor);
        accessPolicy.apply(agencies);
        if (environment.acceptsProfiles(Profiles.of("demo")) && !identity.isReadOnly()) {
            DemoIdentity.create(identity, demoPassword);
        }
        accessPolicy.colleaguesReadEachOther();
        filters.ensure();
    }
}
