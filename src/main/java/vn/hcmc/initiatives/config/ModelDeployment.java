package vn.hcmc.initiatives.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the models and forms under stable names ({@code processes/initiative.bpmn},
 * {@code forms/cast-vote.form}). Spring's default names them by absolute file path, which differs
 * between {@code mvn spring-boot:run}, the jar and each machine, so every switch would count as a
 * change and create new versions of unchanged models.
 */
@Component
class ModelDeployment extends DefaultDeploymentConfiguration {

    private static final String[] FOLDERS = {"processes/", "forms/"};

    @Override
    public Set<Resource> getDeploymentResources() {
        Set<Resource> named = new LinkedHashSet<>();
        for (Resource resource : super.getDeploymentResources()) {
            named.add(stablyNamed(resource));
        }
        return named;
    }

    private static Resource stablyNamed(Resource resource) {
        String location;
        try {
            location = resource.getURL().toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot locate model resource " + resource, e);
        }
        String name = resource.getFilename();
        for (String folder : FOLDERS) {
            int at = location.lastIndexOf("/" + folder);
            if (at >= 0) {
                name = location.substring(at + 1);
            }
        }
        try (InputStream in = resource.getInputStream()) {
            return new NamedModel(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read model resource " + location, e);
        }
    }

    /** The engine names a byte-array resource by its description. */
    private static final class NamedModel extends ByteArrayResource {

        private final String name;

        NamedModel(byte[] content, String name) {
            super(content, name);
            this.name = name;
        }

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }
    }
}
