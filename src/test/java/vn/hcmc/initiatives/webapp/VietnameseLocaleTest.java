package vn.hcmc.initiatives.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Vietnamese locale of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * <p>The English files are read from the camunda-webapp-webjar on the test classpath, so a Camunda
 * upgrade that adds labels makes these tests fail until {@code vi.json} catches up.
 */
class VietnameseLocaleTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    /** Terms that may legitimately stay identical to English (product names, technical tokens). */
    private static final Set<String> TECHNICAL_TERMS = Set.of(
            "id", "null", "json", "csv", "xml", "bpmn", "dmn", "cmmn", "drd", "rest", "url", "api",
            "camunda", "cockpit", "tasklist", "optimize", "case",
            "l", "dd", "mm", "yyyy", "hh", "ss", "lt", "ddthh", "yyyy-mm-ddthh");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|br|strong|b|i|em|code|span|p|ul|li|div)\\b[^>]*>");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseFileIsValidJsonWithoutDuplicateKeys(String app) {
        JsonNode vi = vietnamese(app);

        assertThat(vi.isObject()).as("%s vi.json root", app).isTrue();
        assertThat(vi.path("labels").isObject()).as("%s vi.json has a labels object", app).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAVietnameseTranslation(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        List<String> missing = en.keySet().stream().filter(path -> !vi.containsKey(path)).toList();

        assertThat(missing).as("keys of %s en.json missing in vi.json", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseFileHasNoKeyThatEnglishDoesNotKnow(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        List<String> extra = vi.keySet().stream().filter(path -> !en.containsKey(path)).toList();

        assertThat(extra).as("keys of %s vi.json unknown to en.json", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyValueKeepsTheTypeOfItsEnglishOriginal(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        List<String> wrongType = new ArrayList<>();
        en.forEach((path, value) -> {
            JsonNode translated = vi.get(path);
            if (translated != null && translated.getNodeType() != value.getNodeType()) {
                wrongType.add(path + " is " + translated.getNodeType() + " but " + value.getNodeType() + " in en");
            }
        });

        assertThat(wrongType).as("%s values whose JSON type differs from English", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void placeholdersAndMarkupAreKeptExactly(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        List<String> broken = new ArrayList<>();
        en.forEach((path, value) -> {
            JsonNode translated = vi.get(path);
            if (!value.isTextual() || translated == null || !translated.isTextual()) {
                return;
            }
            List<String> expected = tokens(value.asText());
            List<String> actual = tokens(translated.asText());
            if (!expected.equals(actual)) {
                broken.add(path + ": en " + expected + " vs vi " + actual);
            }
        });

        assertThat(broken).as("%s values whose {{placeholders}}, %%d/%%s or HTML tags differ", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void noEnglishTextIsLeftUntranslated(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        int texts = 0;
        int identical = 0;
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
            JsonNode translated = vi.get(entry.getKey());
            String original = entry.getValue().asText();
            if (!entry.getValue().isTextual() || !LETTER.matcher(original).find()) {
                continue;
            }
            texts++;
            if (translated != null && original.equals(translated.asText())) {
                identical++;
                if (!isTechnical(original)) {
                    untranslated.add(entry.getKey() + " = \"" + original + "\"");
                }
            }
        }

        assertThat(untranslated).as("%s values still identical to English", app).isEmpty();
        assertThat(100.0 * (texts - identical) / texts)
                .as("%% of %s texts that differ from English (%d identical of %d)", app, identical, texts)
                .isGreaterThanOrEqualTo(95.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersVietnameseAndEnglishAndFallsBackToVietnamese(String app) {
        String config = withoutComments(ourConfig(app));

        Matcher locales = Pattern.compile("locales['\"]?\\s*:\\s*\\{([^}]*)}").matcher(config);
        assertThat(locales.find()).as("%s config.js has an active locales block", app).isTrue();
        String block = locales.group(1);

        Matcher available = Pattern.compile("availableLocales['\"]?\\s*:\\s*\\[([^]]*)]").matcher(block);
        assertThat(available.find()).as("%s availableLocales", app).isTrue();
        assertThat(quoted(available.group(1))).as("%s availableLocales", app).containsExactly("vi", "en");

        Matcher fallback = Pattern.compile("fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(block);
        assertThat(fallback.find()).as("%s fallbackLocale", app).isTrue();
        assertThat(fallback.group(1)).as("%s fallbackLocale", app).isEqualTo("vi");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configShowsTheProductNameInTheHeader(String app) {
        String config = withoutComments(ourConfig(app));

        assertThat(config)
                .contains("name: 'Sáng kiến đột phá'")
                .contains("vendor: 'TP. Hồ Chí Minh'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void ourConfigShadowsTheWebjarCopyOnTheClasspath(String app) {
        // Spring serves /camunda/app/** from classpath:/META-INF/resources/webjars/camunda/app/,
        // which resolves to the first match: it must be ours, not the webjar's default.
        List<URL> copies = resources(APP_ROOT + app + "/scripts/config.js");

        assertThat(copies).as("%s config.js copies on the classpath", app).hasSizeGreaterThanOrEqualTo(2);
        assertThat(copies.get(0).toString()).as("first %s config.js on the classpath", app).doesNotContain(WEBJAR);
    }

    @Test
    void vietnameseDateNamesAreComplete() {
        JsonNode dates = vietnamese("cockpit").path("dateLocales");

        assertThat(dates.path("months")).hasSize(12);
        assertThat(dates.path("weekdays")).hasSize(7);
        assertThat(dates.path("months").get(0).asText()).isEqualTo("tháng 1");
        assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
    }

    private JsonNode english(String app) {
        URL url = resources(APP_ROOT + app + "/locales/en.json").stream()
                .filter(candidate -> candidate.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no en.json of " + app + " inside " + WEBJAR));
        return parse(url);
    }

    private JsonNode vietnamese(String app) {
        return parse(ours(APP_ROOT + app + "/locales/vi.json"));
    }

    private String ourConfig(String app) {
        return read(ours(APP_ROOT + app + "/scripts/config.js"));
    }

    private static URL ours(String path) {
        return resources(path).stream()
                .filter(candidate -> !candidate.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no project copy of " + path + " on the classpath"));
    }

    private static List<URL> resources(String path) {
        try {
            return Collections.list(VietnameseLocaleTest.class.getClassLoader().getResources(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(URL url) {
        String text = read(url);
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (IOException e) {
            return fail("invalid JSON in " + url + ": " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return fail("empty JSON file " + url);
        }
        return tree;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flattens objects and arrays to "a.b[2].c" paths of their scalar leaves, in file order. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static List<String> tokens(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(PLACEHOLDER, HTML_TAG)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        Collections.sort(found);
        return found;
    }

    private static boolean isTechnical(String text) {
        for (String word : text.toLowerCase().split("[^\\p{L}\\p{N}-]+")) {
            if (!word.isEmpty() && !TECHNICAL_TERMS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String withoutComments(String source) {
        String noBlocks = source.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        for (String line : noBlocks.split("\n")) {
            if (!line.strip().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> quoted(String list) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile("['\"]([^'\"]*)['\"]").matcher(list);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
