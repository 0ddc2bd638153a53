package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against what the service reads:
 * the environment names of application-postgres.yaml, the database the compose file creates, and how long the
 * service's health may take.
 */
class DockerComposeConsistencyTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws IOException {
        return new Yaml().load(Files.readString(Path.of(path)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    @Test
    void theServiceGetsEveryVariableThePostgresProfileReads() throws IOException {
        String profile = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
        Map<String, Object> app = environment(service(yaml("docker-compose.yml"), "app"));

        for (String name : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_USER", "ADMIN_PASSWORD",
                "PASSWORD_POLICY_ENABLED")) {
            assertThat(profile).as("application-postgres.yaml reads %s", name).contains("${" + name);
            assertThat(app).as("docker-compose app environment").containsKey(name);
        }
        assertThat(app.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    }

    @Test
    void theServiceConnectsToTheDatabaseTheComposeFileCreates() throws IOException {
        Map<String, Object> compose = yaml("docker-compose.yml");
        Map<String, Object> app = environment(service(compose, "app"));
        Map<String, Object> db = service(compose, "db");
        Map<String, Object> dbEnvironment = environment(db);

        assertThat(db.get("image").toString()).startsWith("postgres:15");
        assertThat(app.get("DB_URL")).isEqualTo("jdbc:postgresql://db:5432/" + dbEnvironment.get("POSTGRES_DB"));
        assertThat(app.get("DB_USER")).isEqualTo(dbEnvironment.get("POSTGRES_USER"));
        assertThat(app.get("DB_PASSWORD")).isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatabaseKeepsItsDataInANamedVolumeAndBothServicesReportHealth() throws IOException {
        Map<String, Object> compose = yaml("docker-compose.yml");
        Map<String, Object> db = service(compose, "db");
        String volume = ((List<String>) db.get("volumes")).get(0).split(":")[0];

        assertThat((Map<String, Object>) compose.get("volumes")).containsKey(volume);
        assertThat(db).containsKey("healthcheck");
        assertThat(service(compose, "app")).containsKey("healthcheck");
        assertThat(((Map<String, Object>) service(compose, "app").get("depends_on")).get("db"))
                .isEqualTo(Map.of("condition", "service_healthy"));
        assertThat(((List<String>) service(compose, "app").get("ports")).get(0)).endsWith(":8080");
    }

    /** With the database gone, the service's health must answer DOWN before the container's check gives up on it. */
    @Test
    @SuppressWarnings("unchecked")
    void theHealthAnswersWithinTheContainersHealthCheckTimeout() throws IOException {
        Map<String, Object> healthcheck = (Map<String, Object>) service(yaml("docker-compose.yml"), "app").get("healthcheck");
        Map<String, Object> initiatives = (Map<String, Object>) yaml("src/main/resources/application.yaml").get("initiatives");
        Duration databaseTimeout = DurationStyle.detectAndParse(
                ((Map<String, Object>) initiatives.get("health")).get("database-timeout").toString());

        assertThat(databaseTimeout).isLessThan(DurationStyle.detectAndParse(healthcheck.get("timeout").toString()));
    }

    @Test
    void theImageIsBuiltFromEverythingTheServicePackages() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        for (String folder : List.of("src", "processes", "forms", "calendar")) {
            assertThat(dockerfile).contains("COPY " + folder + " " + folder);
        }
    }
}
