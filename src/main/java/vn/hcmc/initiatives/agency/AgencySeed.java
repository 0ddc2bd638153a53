package vn.hcmc.initiatives.agency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the agencies of the seed file that the registry does not know yet. Agencies already present
 * are left as an administrator last edited them.
 */
@Component
public class AgencySeed {

    private final AgencyRegistry registry;
    private final ObjectMapper json;
    private final Resource seedFile;

    AgencySeed(AgencyRegistry registry, ObjectMapper json,
               @Value("${initiatives.agencies.seed:classpath:seed/agencies.json}") Resource seedFile) {
        this.registry = registry;
        this.json = json;
        this.seedFile = seedFile;
    }

    @Transactional
    public List<Agency> apply() {
        List<Agency> seeded = read();
        for (Agency agency : seeded) {
            if (registry.find(agency.code()).isEmpty()) {
                registry.insert(agency, "seed");
            }
        }
        return registry.all();
    }

    private List<Agency> read() {
        try (InputStream in = seedFile.getInputStream()) {
            return json.readValue(in, new TypeReference<List<Agency>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the agency seed file " + seedFile + ": " + e.getMessage(), e);
        }
    }
}
