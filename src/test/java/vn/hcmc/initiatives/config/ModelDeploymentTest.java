package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hcmc.initiatives.InitiativesApplication;

/**
 * Restarts the service on one database: unchanged models create no new version, a changed model
 * exactly one new version of itself. Runs its own engine and database, apart from the other tests.
 */
class ModelDeploymentTest {

    @TempDir
    Path models;

    private ConfigurableApplicationContext start(String database, String... extraProperties) {
        // On PostgreSQL (profile pgtest) the restarts use the suite's database; on H2 one of their own.
        boolean postgres = System.getProperty("spring.profiles.active", "").contains("pgtest");
        String datasource = postgres ? "spring.main.banner-mode=off"
                : "spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        String[] properties = Stream.concat(Stream.of(datasource,
                // Its own engine name (no hyphen, or Camunda falls back to "default"): closing this context
                // must not unregister the engine of the shared test context, whose REST API would then answer 404.
                "camunda.bpm.process-engine-name=" + database.replace("-", ""),
                "camunda.bpm.job-execution.enabled=false", "server.port=0"), Stream.of(extraProperties))
                .map(property -> "--" + property).toArray(String[]::new);
        // As command-line arguments, so that they override application.yaml (default properties would not).
        return new SpringApplicationBuilder(InitiativesApplication.class).web(WebApplicationType.SERVLET)
                .profiles("demo").run(properties);
    }

    private static Map<String, Integer> latestVersions(ConfigurableApplicationContext context) {
        return context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
    }

    private static long deployments(ConfigurableApplicationContext context) {
        return context.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery().count();
    }

    @Test
    void aRestartWithUnchangedModelsCreatesNoNewVersionAndAChangedModelExactlyOne() throws IOException {
        Map<String, Integer> first;
        long deploymentsAtFirstStart;
        try (ConfigurableApplicationContext context = start("restart-check")) {
            first = latestVersions(context);
            deploymentsAtFirstStart = deployments(context);
            var repository = context.getBean(ProcessEngine.class).getRepositoryService();
            List<String> deployedForms = repository.createDeploymentQuery().list().stream()
                    .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream()).toList();
            assertThat(deployedForms).contains("forms/initiative-registration.form", "processes/initiative.bpmn");
            assertThat(context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery().list())
                    .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825));
            assertThat(context.getBean(ProcessEngine.class).getRepositoryService().createDecisionDefinitionQuery().list())
                    .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825));
        }
        try (ConfigurableApplicationContext context = start("restart-check")) {
            assertThat(deployments(context)).isEqualTo(deploymentsAtFirstStart);
            assertThat(latestVersions(context)).isEqualTo(first);
        }

        copyModelsWithOneChange();
        try (ConfigurableApplicationContext context = start("restart-check",
                "camunda.bpm.deployment-resource-pattern=file:" + models + "/processes/*.bpmn,file:" + models
                        + "/processes/*.dmn,classpath*:forms/*.form", "initiatives.history-time-to-live-days=3650")) {
            Map<String, Integer> after = latestVersions(context);
            assertThat(context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("risk-report").latestVersion().singleResult().getHistoryTimeToLive())
                    .as("retention comes from the setting").isEqualTo(3650);
            assertThat(after.get("risk-report")).isEqualTo(first.get("risk-report") + 1);
            after.remove("risk-report");
            first.remove("risk-report");
            assertThat(after).isEqualTo(first);
        }
    }

    private void copyModelsWithOneChange() throws IOException {
        Path target = Files.createDirectories(models.resolve("processes"));
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path model : files.toList()) {
                String xml = Files.readString(model, StandardCharsets.UTF_8);
                if (model.getFileName().toString().equals("risk-report.bpmn")) {
                    xml = xml.replace("name=\"Báo cáo rủi ro\"", "name=\"Báo cáo rủi ro, thiệt hại\"");
                }
                Files.writeString(target.resolve(model.getFileName()), xml, StandardCharsets.UTF_8);
            }
        }
    }
}
