package vn.hcmc.initiatives.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda Forms in {@code forms/} that Tasklist (Camunda 7.24, form-js 1.8.7) renders: well-formed, in
 * Vietnamese, with the variable names and codes of CONTRACT.md, and one for every form the models refer to.
 */
class FormsTest {

    /** form-js 1.8.x, bundled in the Camunda 7.24 web apps, renders schema versions up to 16. */
    static final int SCHEMA_VERSION = 16;
    static final Path FORMS = Path.of("forms");
    static final Path PROCESSES = Path.of("processes");
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The largest string a Camunda 7 variable column holds. */
    static final int MAX_TEXT = 4000;

    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime");
    static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

    static final List<String> REGISTRATION_FORMS = List.of("initiative-registration", "correct-registration",
            "revise-registration");
    static final List<String> REGISTRATION_FIELDS = List.of("title", "agencyCode", "year", "origin", "bottleneck",
            "bottleneckType", "content", "scope", "implementers", "plannedEndDate", "resources", "feasibility",
            "impact", "expectedEffect");

    /** Every choice offered, by variable: exactly the codes of CONTRACT.md. */
    static final Map<String, Set<String>> CONTRACT_CODES = Map.ofEntries(
            Map.entry("origin", Set.of("SELF_PROPOSED", "ASSIGNED")),
            Map.entry("bottleneckType", Set.of("UNREGULATED", "UNCLEAR", "OVERLAPPING", "OUTDATED")),
            Map.entry("partyOpinion", Set.of("AGREE", "DISAGREE")),
            Map.entry("vote", Set.of("YES", "NO")),
            Map.entry("overrideDecision", Set.of("APPROVE", "REJECT")),
            Map.entry("cityDecision", Set.of("APPROVED", "REVISE", "REJECTED")),
            Map.entry("evaluationResult", Set.of("COMPLETED", "PARTLY_COMPLETED", "NOT_COMPLETED")),
            Map.entry("impactScope", Set.of("AGENCY", "CITY", "NATIONAL")),
            Map.entry("controlAction", Set.of("SUSPEND", "RESUME", "STOP")),
            Map.entry("exemptionDecision", Set.of("EXEMPTED", "MITIGATED", "NOT_EXEMPTED")),
            Map.entry("rewardDecision", Set.of("APPROVED", "ADJUSTED", "REJECTED")),
            Map.entry("rewardForms", Set.of("PUBLIC_COMMENDATION", "AGENCY_CERTIFICATE", "CITY_CERTIFICATE",
                    "HIGHER_LEVEL_PROPOSAL", "PERSONNEL_CONSIDERATION", "RANK_PROMOTION", "EARLY_SALARY_STEP")));

    /** What each task form lets its user submit (CONTRACT.md), besides the registration fields. */
    static final Map<String, Set<String>> SUBMITTED_KEYS = new TreeMap<>(Map.ofEntries(
            Map.entry("give-party-opinion", Set.of("partyOpinion", "partyOpinionNote")),
            Map.entry("cast-vote", Set.of("vote")),
            Map.entry("decide-override", Set.of("overrideDecision", "overrideDocumentNo", "reason")),
            Map.entry("approve-research-policy", Set.of("cityDecision", "cityDecisionNote", "cityDecisionDocumentNo")),
            Map.entry("review-progress", Set.of("progressReport")),
            Map.entry("report-completion", Set.of("completionReport", "completedOn")),
            Map.entry("give-result-party-opinion", Set.of("partyOpinion", "partyOpinionNote")),
            Map.entry("evaluate-result", Set.of("evaluationResult", "damageOccurred", "damageDescription",
                    "lessonsLearned", "impactScope", "replicable")),
            Map.entry("consider-institutionalisation", Set.of("proposeToCentral", "cityWideRollout",
                    "institutionalisationNote")),
            Map.entry("handle-escalation", Set.of("escalationResponse")),
            Map.entry("initiative-control", Set.of("initiativeKey", "controlAction", "reason", "decisionDocumentNo")),
            Map.entry("risk-report", Set.of("initiativeKey", "damageDescription")),
            Map.entry("start-responsibility-review", Set.of("initiativeKey", "reviewReason")),
            Map.entry("analyse-causes", Set.of("objectiveCauses", "subjectiveCauses", "followedPolicy", "pureMotive",
                    "commonGood", "selfInterest", "shirkedResponsibility", "damageOccurred", "damageDescription")),
            Map.entry("decide-exemption", Set.of("exemptionDecision", "decisionDocumentNo", "reason")),
            Map.entry("handle-violation", Set.of("handling", "referredTo")),
            Map.entry("propose-reward", Set.of("rewardForms", "earlySalaryMonths", "beneficiaries")),
            Map.entry("review-reward", Set.of("rewardDecision", "rewardDecisionNo", "reason", "rewardForms",
                    "earlySalaryMonths")),
            Map.entry("record-personnel-follow-up", Set.of("personnelNotes")),
            Map.entry("start-annual-registration", Set.of("year", "registrationDeadline")),
            Map.entry("explain-missing-registration", Set.of("explanation")),
            Map.entry("receive-campaign-escalation", Set.of("cityDirection")),
            Map.entry("review-campaign-report", Set.of("reportNotes"))));

    /** Variables the service puts on an initiative's tasks, which the read-only context may show. */
    static final Set<String> CONTEXT_VARIABLES = Set.of("initiativeKey", "title", "agencyCode", "agencyName", "year",
            "origin", "bottleneck", "bottleneckType", "content", "scope", "implementers", "plannedEndDate",
            "resources", "feasibility", "impact", "expectedEffect", "proposerId",
            "proposerName", "dueDateText", "yesVotes", "noVotes", "eligibleVoters", "voteOutcome", "partyOpinion",
            "partyOpinionNote",
            "cityDecision", "cityDecisionNote", "completionReport", "completedOn", "completedOnText",
            "evaluationResult", "impactScope", "replicable", "lessonsLearned", "validationMessages",
            "escalatedStep", "escalatedDueText", "escalatedGroup", "overrideDecision", "overrideDocumentNo",
            // responsibility-review
            "reviewTrigger", "damageDescription", "responsibilityBearer", "objectiveCauses", "subjectiveCauses",
            "followedPolicy", "pureMotive", "commonGood", "selfInterest", "shirkedResponsibility",
            "ignoredSuspendOrStop", "suspendOrStopEvidence", "damageOccurred", "analysedBy",
            // initiative-reward
            "recommendedRewardForms", "rewardProposal", "rewardForms", "earlySalaryMonths", "beneficiaries",
            "rewardDecision", "rewardDecisionNo",
            // annual-registration
            "registrationDeadlineText", "lateAgenciesText", "campaignReportText");

    /**
     * Display copies the service no longer stores (each cost SQL at every write): form-js computes the text from
     * the variables it came from. CI renders these texts with Tasklist's own template and FEEL engines
     * ({@code .ci/forms-feel}); the tests here pin the expressions it checked.
     */
    static final Set<String> DROPPED_DISPLAY_COPIES = Set.of("voteSummary", "plannedEndDateText",
            "recommendedRewardFormsText", "rewardFormsText", "validationErrorsText");

    /** The running tally as the vote forms show it, from the counters the vote keeps. */
    static final String VOTE_TALLY = "Đồng ý: {{yesVotes}} · Không đồng ý: {{noVotes}} · Chưa biểu quyết: "
            + "{{eligibleVoters - yesVotes - noVotes}} (tổng {{eligibleVoters}} người)";

    /** dd/MM/yyyy of the ISO date the registration holds ("2026-12-31", or with a time after a 'T'). */
    static final String PLANNED_END_DATE = "{{if plannedEndDate = null then \"\" else "
            + "substring(string(plannedEndDate), 9, 2) + \"/\" + substring(string(plannedEndDate), 6, 2) + \"/\" + "
            + "substring(string(plannedEndDate), 1, 4)}}";

    static final Pattern SIMPLE_INSERT = Pattern.compile("\\{\\{\\s*(?:#(?:if|loop)\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static Map<String, JsonNode> forms;

    @BeforeAll
    static void readTheForms() throws IOException {
        forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                forms.put(file.getFileName().toString().replaceFirst("\\.form$", ""), JSON.readTree(file.toFile()));
            }
        }
        assertThat(forms).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
    }

    @Test
    void everyFormIsAJsonObjectWhoseIdIsItsFileName() {
        forms.forEach((name, form) -> {
            assertThat(form.isObject()).as(name).isTrue();
            assertThat(form.path("id").asText()).as("id of %s.form", name).isEqualTo(name);
            assertThat(form.path("components").isArray()).as("components of %s", name).isTrue();
            assertThat(form.path("components")).as("components of %s", name).isNotEmpty();
        });
    }

    @Test
    void everyFormDeclaresTheSchemaVersionAndPlatformTasklistRenders() {
        forms.forEach((name, form) -> {
            assertThat(form.path("type").asText()).as("type of %s", name).isEqualTo("default");
            assertThat(form.path("schemaVersion").isInt()).as("schemaVersion of %s", name).isTrue();
            assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", name)
                    .isBetween(1, SCHEMA_VERSION);
            assertThat(form.path("executionPlatform").asText()).as(name).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(name).startsWith("7.");
        });
    }

    @Test
    void everyFormOfTheContractIsThere() {
        assertThat(forms.keySet()).containsAll(REGISTRATION_FORMS).containsAll(SUBMITTED_KEYS.keySet());
    }

    @Test
    void everyInputHasAVietnameseLabel() {
        forms.forEach((name, form) -> eachComponent(form, c -> {
            if (!c.has("key")) {
                return;
            }
            String label = label(c);
            assertThat(label).as("label of %s in %s", c.path("key").asText(), name).isNotBlank();
            assertThat(NON_ASCII.matcher(label).find()).as("Vietnamese label '%s' in %s", label, name).isTrue();
            if (c.has("description")) {
                assertThat(c.path("description").asText()).as("description of %s in %s", label, name).isNotBlank();
            }
        }));
    }

    @Test
    void everyInputHasAKeyAndKeysAndIdsAreUniqueWithinAForm() {
        forms.forEach((name, form) -> {
            Set<String> keys = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            eachComponent(form, c -> {
                String type = c.path("type").asText();
                assertThat(type).as("type of a component of %s", name).isNotBlank();
                if (INPUT_TYPES.contains(type)) {
                    assertThat(c.path("key").asText()).as("key of a %s in %s", type, name).isNotBlank();
                }
                if (c.has("key")) {
                    assertThat(keys.add(c.path("key").asText())).as("key %s twice in %s", c.path("key"), name)
                            .isTrue();
                }
                assertThat(c.path("id").asText()).as("id of a %s in %s", type, name).isNotBlank();
                assertThat(ids.add(c.path("id").asText())).as("id %s twice in %s", c.path("id"), name).isTrue();
            });
        });
    }

    @Test
    void everyChoiceOffersStaticOptionsWithCodeValuesAndVietnameseLabels() {
        forms.forEach((name, form) -> eachComponent(form, c -> {
            if (!CHOICE_TYPES.contains(c.path("type").asText())) {
                return;
            }
            String key = c.path("key").asText();
            assertThat(c.has("valuesKey") || c.has("valuesExpression")).as("dynamic options of %s in %s", key, name)
                    .isFalse();
            assertThat(c.path("values").isArray()).as("values of %s in %s", key, name).isTrue();
            assertThat(c.path("values")).as("values of %s in %s", key, name).isNotEmpty();
            Set<String> codes = new LinkedHashSet<>();
            for (JsonNode option : c.path("values")) {
                assertThat(option.path("value").asText()).as("option value of %s in %s", key, name).isNotBlank();
                assertThat(option.path("label").asText()).as("option label of %s in %s", key, name).isNotBlank();
                assertThat(codes.add(option.path("value").asText())).as("option twice in %s", key).isTrue();
            }
            assertThat(CONTRACT_CODES).as("codes of %s are in CONTRACT_CODES", key).containsKey(key);
            assertThat(codes).as("codes of %s in %s", key, name).isEqualTo(CONTRACT_CODES.get(key));
        }));
    }

    @Test
    void eachTaskFormSubmitsTheVariablesOfTheContract() {
        SUBMITTED_KEYS.forEach((name, expected) -> assertThat(enabledKeys(forms.get(name)))
                .as("variables submitted by %s", name).isEqualTo(expected));
        for (String name : REGISTRATION_FORMS) {
            assertThat(enabledKeys(forms.get(name))).as("variables submitted by %s", name)
                    .containsExactlyInAnyOrderElementsOf(REGISTRATION_FIELDS);
        }
    }

    @Test
    void theRegistrationFieldsAreTheSameInTheStartFormAndBothCorrectionForms() {
        Map<String, JsonNode> start = inputsByKey(forms.get(REGISTRATION_FORMS.get(0)));
        for (String field : REGISTRATION_FIELDS) {
            JsonNode expected = start.get(field);
            assertThat(expected).as("%s in the start form", field).isNotNull();
            assertThat(expected.path("validate").path("required").asBoolean()).as("%s is required", field).isTrue();
            for (String name : REGISTRATION_FORMS.subList(1, REGISTRATION_FORMS.size())) {
                JsonNode actual = inputsByKey(forms.get(name)).get(field);
                assertThat(actual).as("%s in %s", field, name).isNotNull();
                for (String property : List.of("type", "subtype", "validate", "values", "label", "dateLabel")) {
                    assertThat(actual.path(property)).as("%s of %s in %s", property, field, name)
                            .isEqualTo(expected.path(property));
                }
            }
        }
    }

    @Test
    void textsAreBoundedToWhatAVariableHoldsAndDocumentNumbersAreChecked() {
        forms.forEach((name, form) -> eachComponent(form, c -> {
            String type = c.path("type").asText();
            String key = c.path("key").asText();
            if (type.equals("textfield") || type.equals("textarea")) {
                assertThat(c.path("validate").path("maxLength").asInt(Integer.MAX_VALUE))
                        .as("maxLength of %s in %s", key, name).isLessThanOrEqualTo(MAX_TEXT);
            }
            if (key.endsWith("DocumentNo") || key.equals("initiativeKey") || key.equals("agencyCode")) {
                String pattern = c.path("validate").path("pattern").asText();
                assertThat(pattern).as("pattern of %s in %s", key, name).isNotBlank();
                assertThat(Pattern.compile(pattern)).isNotNull();
            }
        }));
        assertThat(Pattern.compile(inputsByKey(forms.get("initiative-control")).get("initiativeKey")
                .path("validate").path("pattern").asText()).matcher("SK-2026-skhcn-0001").matches()).isTrue();
        assertThat(Pattern.compile(inputsByKey(forms.get("initiative-registration")).get("agencyCode")
                .path("validate").path("pattern").asText()).matcher("SKHCN").matches()).isFalse();
    }

    @Test
    void datesAreEnteredAsIsoDatesAndConditionsAreFeelOnTheFormsOwnFields() {
        forms.forEach((name, form) -> {
            Set<String> keys = inputsByKey(form).keySet();
            eachComponent(form, c -> {
                if (c.path("type").asText().equals("datetime")) {
                    assertThat(c.path("subtype").asText()).as("%s in %s", c.path("key"), name).isEqualTo("date");
                }
                if (c.has("conditional")) {
                    String hide = c.path("conditional").path("hide").asText();
                    assertThat(hide).as("hide of %s in %s", c.path("id"), name).startsWith("=");
                    assertThat(keys.stream().anyMatch(hide::contains)).as("hide %s names a field", hide).isTrue();
                }
            });
        });
        assertThat(inputsByKey(forms.get("decide-override")).get("overrideDocumentNo").path("conditional")
                .path("hide").asText()).isEqualTo("=overrideDecision != \"APPROVE\"");
    }

    @Test
    void anEarlySalaryStepIsOfferedForAtMostTwelveMonthsAndDocumentNumbersShowWhenNeeded() {
        for (String name : List.of("propose-reward", "review-reward")) {
            JsonNode months = inputsByKey(forms.get(name)).get("earlySalaryMonths");
            assertThat(months.path("type").asText()).as("earlySalaryMonths in %s", name).isEqualTo("number");
            assertThat(months.path("validate").path("max").asInt()).as("earlySalaryMonths in %s", name).isEqualTo(12);
            assertThat(months.path("conditional").path("hide").asText()).contains("EARLY_SALARY_STEP");
        }
        assertThat(inputsByKey(forms.get("decide-exemption")).get("decisionDocumentNo").path("conditional")
                .path("hide").asText()).isEqualTo("=exemptionDecision != \"EXEMPTED\" and exemptionDecision != \"MITIGATED\"");
        assertThat(inputsByKey(forms.get("review-reward")).get("rewardDecisionNo").path("conditional")
                .path("hide").asText()).isEqualTo("=rewardDecision != \"APPROVED\" and rewardDecision != \"ADJUSTED\"");
    }

    @Test
    void theReadOnlyContextShowsOnlyVariablesTheServiceProvides() {
        forms.forEach((name, form) -> {
            Set<String> known = new LinkedHashSet<>(CONTEXT_VARIABLES);
            known.addAll(inputsByKey(form).keySet());
            eachComponent(form, c -> {
                if (!c.path("type").asText().equals("text")) {
                    return;
                }
                Matcher insert = SIMPLE_INSERT.matcher(c.path("text").asText());
                while (insert.find()) {
                    String variable = insert.group(1);
                    if (!Set.of("if", "then", "else", "substring", "string", "null", "this").contains(variable)) {
                        assertThat(known).as("variable {{%s}} in %s", variable, name).contains(variable);
                    }
                }
            });
        });
        assertThat(text(forms.get("correct-registration")))
                .contains("{{#loop validationMessages}}- {{this}}\n{{/loop}}\n\n");
        assertThat(text(forms.get("revise-registration"))).contains("{{cityDecisionNote}}");
        assertThat(text(forms.get("give-party-opinion"))).contains("{{initiativeKey}}", "{{title}}",
                "{{agencyName}}", "{{agencyCode}}", "{{bottleneck}}", "bottleneckType", "{{proposerName}}",
                "{{dueDateText}}", PLANNED_END_DATE);
    }

    @Test
    void noFormReadsADisplayCopyTheServiceNoLongerStores() {
        forms.forEach((name, form) -> DROPPED_DISPLAY_COPIES.forEach(variable ->
                assertThat(text(form)).as("%s in %s", variable, name).doesNotContain(variable)));
    }

    @Test
    void theVoteFormsShowTheRunningTallyFromTheCounters() {
        for (String name : List.of("cast-vote", "decide-override", "approve-research-policy")) {
            assertThat(text(forms.get(name))).as(name).contains("{{#if eligibleVoters != null}}").contains(VOTE_TALLY);
        }
    }

    @Test
    void everyFormShowingThePlannedEndDateFormatsItFromTheRegistration() {
        Set<String> showing = new LinkedHashSet<>();
        forms.forEach((name, form) -> {
            if (text(form).contains("**Thời gian dự kiến hoàn thành:**")) {
                showing.add(name);
                assertThat(text(form)).as(name).contains("**Thời gian dự kiến hoàn thành:** " + PLANNED_END_DATE);
            }
        });
        assertThat(showing).contains("give-party-opinion", "cast-vote", "approve-research-policy", "evaluate-result");
    }

    @Test
    void theRewardFormsShowEachListWithTheChecklistsLabels() {
        JsonNode options = inputsByKey(forms.get("propose-reward")).get("rewardForms").path("values");
        String recommended = rewardFormsText("recommendedRewardForms", options);
        for (String name : List.of("propose-reward", "review-reward", "record-personnel-follow-up")) {
            assertThat(text(forms.get(name))).as(name)
                    .contains("**Hình thức gợi ý theo bảng quyết định:** " + recommended);
        }
        // The board's own checklist edits rewardForms, so its form shows the proposal as the head made it.
        assertThat(text(forms.get("review-reward")))
                .contains("**Hình thức khen thưởng, động viên:** " + rewardFormsText("rewardProposal.rewardForms", options))
                .contains("{{rewardProposal.earlySalaryMonths}}", "{{rewardProposal.beneficiaries}}",
                        "{{rewardProposal.proposedBy}}");
        assertThat(text(forms.get("record-personnel-follow-up")))
                .contains("**Hình thức khen thưởng, động viên:** " + rewardFormsText("rewardForms", options));
    }

    @Test
    void everyFormTheModelsReferToExists() throws Exception {
        Map<String, String> refs = formRefs();
        assertThat(refs).as("form references in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
        refs.forEach((element, formRef) -> assertThat(forms.keySet())
                .as("%s.form for %s", formRef, element).contains(formRef));
    }

    @Test
    void everyUserTaskOfTheModelsHasItsForm() throws Exception {
        for (Path model : models()) {
            NodeList tasks = parse(model).getElementsByTagNameNS(BPMN_NS, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                String formRef = task.getAttributeNS(CAMUNDA_NS, "formRef");
                assertThat(formRef).as("camunda:formRef of %s in %s", task.getAttribute("id"), model).isNotBlank();
                assertThat(forms.keySet()).as("form of %s in %s", task.getAttribute("id"), model).contains(formRef);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    static void eachComponent(JsonNode container, Consumer<JsonNode> action) {
        for (JsonNode component : container.path("components")) {
            action.accept(component);
            eachComponent(component, action);
        }
    }

    static String label(JsonNode component) {
        return component.path("type").asText().equals("datetime")
                ? component.path("dateLabel").asText()
                : component.path("label").asText();
    }

    static Map<String, JsonNode> inputsByKey(JsonNode form) {
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        eachComponent(form, c -> {
            if (c.has("key")) {
                inputs.put(c.path("key").asText(), c);
            }
        });
        return inputs;
    }

    /** The keys Tasklist submits: form-js leaves out disabled fields. */
    static Set<String> enabledKeys(JsonNode form) {
        assertThat(form).isNotNull();
        Set<String> keys = new LinkedHashSet<>();
        inputsByKey(form).forEach((key, c) -> {
            if (!c.path("disabled").asBoolean(false)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The labels of a list of reward form codes, joined by "; ", or "(không có)" when it is empty. */
    static String rewardFormsText(String list, JsonNode options) {
        StringBuilder label = new StringBuilder();
        for (JsonNode option : options) {
            label.append("if f = \"").append(option.path("value").asText()).append("\" then \"")
                    .append(option.path("label").asText()).append("\" else ");
        }
        return "{{if count(" + list + ") > 0 then string join(for f in " + list + " return " + label
                + "f, \"; \") else \"(không có)\"}}";
    }

    static String text(JsonNode form) {
        List<String> texts = new ArrayList<>();
        eachComponent(form, c -> texts.add(c.path("text").asText()));
        return String.join("\n", texts);
    }

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    static org.w3c.dom.Document parse(Path model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(model)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Element id (with its model) → the form it refers to, for every element with a camunda:formRef. */
    static Map<String, String> formRefs() throws Exception {
        Map<String, String> refs = new TreeMap<>();
        for (Path model : models()) {
            NodeList all = parse(model).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
                if (!formRef.isBlank()) {
                    refs.put(model.getFileName() + "#" + element.getAttribute("id"), formRef);
                }
            }
        }
        return refs;
    }
}
