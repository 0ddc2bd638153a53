package vn.hcmc.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.hcmc.initiatives.support.DecisionTableEngine;

/**
 * What every decision table in {@code processes/} promises beyond its rules: it deploys, keeps its
 * history five years, opens in Camunda Modeler with a diagram, keeps its deliberate hit policy and
 * names the legal source of every row.
 */
@Deployment(resources = {
    "processes/leadership-vote.dmn",
    "processes/protection-outcome.dmn",
    "processes/reward-recommendation.dmn"})
class DecisionModelsTest {

    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
    private static final int FIVE_YEARS_IN_DAYS = 1825;

    @RegisterExtension
    static ProcessEngineExtension engineExtension = DecisionTableEngine.extension();

    ProcessEngine engine;

    @ParameterizedTest
    @CsvSource({"leadership-vote", "protection-outcome", "reward-recommendation"})
    void deploysUnderItsFileNameAndKeepsItsHistoryFiveYears(String key) {
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .singleResult();

        assertThat(definition.getResourceName()).isEqualTo("processes/" + key + ".dmn");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(FIVE_YEARS_IN_DAYS);
    }

    @ParameterizedTest
    @CsvSource({"leadership-vote, UNIQUE", "protection-outcome, FIRST", "reward-recommendation, COLLECT"})
    void opensInTheModelerWithItsHitPolicyAndASourceForEveryRow(String key, String hitPolicy) throws Exception {
        Document model = read("processes/" + key + ".dmn");
        Element decision = (Element) model.getElementsByTagNameNS(DMN, "decision").item(0);
        Element table = (Element) decision.getElementsByTagNameNS(DMN, "decisionTable").item(0);

        assertThat(decision.getAttribute("id")).isEqualTo(key);
        assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).isEqualTo(String.valueOf(FIVE_YEARS_IN_DAYS));
        assertThat(table.getAttribute("hitPolicy")).isEqualTo(hitPolicy);
        assertThat(attributes(model.getElementsByTagNameNS(DMNDI, "DMNShape"), "dmnElementRef")).contains(key);
        assertThat(annotations(table.getElementsByTagNameNS(DMN, "rule")))
                .isNotEmpty()
                .allSatisfy(note -> assertThat(note).containsAnyOf("NĐ 73/2023", "KL 14", "KH 3815", "TĐKT"));
    }

    private static Document read(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = DecisionModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> attributes(NodeList elements, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(name));
        }
        return values;
    }

    /** The annotations column of Camunda Modeler is the description of each rule. */
    private static List<String> annotations(NodeList rules) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < rules.getLength(); i++) {
            NodeList description = ((Element) rules.item(i)).getElementsByTagNameNS(DMN, "description");
            notes.add(description.getLength() == 0 ? "" : description.item(0).getTextContent());
        }
        return notes;
    }
}
