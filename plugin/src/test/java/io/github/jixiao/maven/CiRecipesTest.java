package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/ci.md's recipes (the GitHub and GitLab workflows, a district's repository) and the workflows {@code jixiao:init}
 * writes are copied by departments and reviewers as they stand: until session 42 they were checked by hand only. Here
 * each YAML block parses as YAML, each {@code jixiao:<goal>} is a goal of the plugin, each {@code -Djixiao.<name>} on a
 * run is the property of a parameter of a goal that run executes, and each {@code <jixiao.<name>>} a pom's
 * {@code <properties>} sets (the district's per-department framework) is the property of a parameter of {@code check}:
 * a renamed parameter or a property misspelt in the recipe (jixiao.frameworks) is ignored by Maven without a word, and
 * the recipe would silently do nothing. Read from the plugin descriptor maven-plugin-plugin generated for this build.
 */
class CiRecipesTest {
    private static final Pattern GOAL = Pattern.compile("(?<![\\w.])jixiao:([a-z]+)(?![\\w-])");
    private static final Pattern PROPERTY = Pattern.compile("-Djixiao\\.([A-Za-z]+)=");
    private static final Pattern POM_PROPERTY = Pattern.compile("<jixiao\\.([A-Za-z]+)>");

    /** Each goal of the plugin and the user properties of its parameters, from target/classes/META-INF/maven/plugin.xml. */
    static Map<String, Set<String>> goals() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(descriptor), "the plugin descriptor of this build: " + descriptor.toAbsolutePath());
        org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        Map<String, Set<String>> out = new LinkedHashMap<>();
        org.w3c.dom.NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            org.w3c.dom.Element mojo = (org.w3c.dom.Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent().strip();
            Set<String> props = new LinkedHashSet<>();
            org.w3c.dom.NodeList conf = mojo.getElementsByTagName("configuration");
            if (conf.getLength() > 0) {
                org.w3c.dom.NodeList params = conf.item(0).getChildNodes();
                for (int k = 0; k < params.getLength(); k++) {
                    Matcher m = Pattern.compile("^\\$\\{jixiao\\.([A-Za-z]+)}$").matcher(params.item(k).getTextContent().strip());
                    if (params.item(k) instanceof org.w3c.dom.Element && m.matches()) {
                        props.add(m.group(1));
                    }
                }
            }
            out.put(goal, props);
        }
        return out;
    }

    /** The fenced blocks of {@code doc} in {@code language} (```yaml, ```xml), in order. */
    static List<String> blocks(String doc, String language) {
        List<String> out = new ArrayList<>();
        StringBuilder b = null;
        for (String line : doc.lines().toList()) {
            if (line.startsWith("```")) {
                if (b != null) {
                    out.add(b.toString());
                    b = null;
                } else if (line.strip().equals("```" + language)) {
                    b = new StringBuilder();
                } else {
                    b = null;
                }
                continue;
            }
            if (b != null) {
                b.append(line).append('\n');
            }
        }
        return out;
    }

    /**
     * Every Maven run in {@code yaml} ({@code ./mvnw …}): its goals are the plugin's, and every {@code -Djixiao.<name>} it
     * passes is a parameter of one of the jixiao goals it runs ({@code verify} runs {@code check}); the runs checked.
     */
    private static int runsNameRealGoalsAndProperties(String where, String yaml, Map<String, Set<String>> goals) {
        int runs = 0;
        for (String line : yaml.lines().toList()) {
            if (!line.contains("mvnw ") && !line.matches(".*\\bmvn .*")) {
                continue;
            }
            runs++;
            Set<String> ran = new LinkedHashSet<>();
            Matcher g = GOAL.matcher(line);
            while (g.find()) {
                assertTrue(goals.containsKey(g.group(1)), where + ": no goal jixiao:" + g.group(1) + " in " + goals.keySet() + ": " + line);
                ran.add(g.group(1));
            }
            if (line.matches(".*\\s(verify|install|deploy)(\\s.*|$)")) {
                ran.add("check");
            }
            Matcher p = PROPERTY.matcher(line);
            while (p.find()) {
                String name = p.group(1);
                assertFalse(ran.isEmpty(), where + ": -Djixiao." + name + " on a run of no jixiao goal: " + line);
                assertTrue(ran.stream().anyMatch(goal -> goals.get(goal).contains(name)),
                        where + ": -Djixiao." + name + " is a parameter of none of " + ran + ": " + line);
            }
        }
        return runs;
    }

    @Test
    void theRecipesOfDocsCiParseAndNameWhatTheMojosHave() throws Exception {
        Map<String, Set<String>> goals = goals();
        assertEquals(Set.of("aggregate", "baseline", "check", "diff", "import", "init", "report", "rules"), goals.keySet());
        assertTrue(goals.get("check").contains("framework") && goals.get("diff").contains("baseSummary"), goals.toString());
        String doc = Files.readString(GitLabCiDocTest.DOC, StandardCharsets.UTF_8);
        List<String> yamls = blocks(doc, "yaml");
        assertTrue(yamls.size() >= 3, "the GitHub, district and GitLab recipes: " + yamls.size());
        int runs = 0;
        for (int i = 0; i < yamls.size(); i++) {
            String where = "docs/ci.md's yaml block " + (i + 1);
            Object parsed = new org.yaml.snakeyaml.Yaml().load(yamls.get(i));
            assertTrue(parsed instanceof Map, where + " is a YAML mapping: " + parsed);
            runs += runsNameRealGoalsAndProperties(where, yamls.get(i), goals);
        }
        assertTrue(runs >= 8, "the recipes' Maven runs: " + runs);
        // every goal the guide names anywhere (its prose and shell blocks too) is the plugin's
        Matcher g = GOAL.matcher(doc);
        while (g.find()) {
            assertTrue(goals.containsKey(g.group(1)), "docs/ci.md names jixiao:" + g.group(1));
        }
    }

    /**
     * A district's repository names each department's framework in its own pom.xml (docs/ci.md, "A district's repository"):
     * the property the recipe sets is check's (and report's, which mvn site runs): the same one -Djixiao.framework sets.
     */
    @Test
    void theDistrictsPomPropertyIsTheFrameworkParameter() throws Exception {
        Map<String, Set<String>> goals = goals();
        String doc = Files.readString(GitLabCiDocTest.DOC, StandardCharsets.UTF_8);
        String district = doc.substring(doc.indexOf("### A district's repository"), doc.indexOf("## GitLab CI"));
        Set<String> set = new LinkedHashSet<>();
        for (String xml : blocks(district, "xml")) {
            Matcher p = POM_PROPERTY.matcher(xml);
            while (p.find()) {
                set.add(p.group(1));
            }
        }
        assertEquals(Set.of("framework"), set, "the district's poms set the framework");
        for (String name : set) {
            assertTrue(goals.get("check").contains(name) && goals.get("report").contains(name), name);
        }
        // and the pom's property is each department's, not the command line's (which would name one for every module)
        for (String yaml : blocks(district, "yaml")) {
            assertFalse(yaml.contains("-Djixiao.framework"), "the district's runs leave the framework to each pom: " + yaml);
        }
        assertTrue(district.contains("<jixiao.framework>mof-project-2020</jixiao.framework>"), "a project among the departments");
    }

    /** The workflows init writes into a new repository parse, and run the goals and properties the plugin has. */
    @Test
    void initsWorkflowsParseAndNameWhatTheMojosHave() throws Exception {
        Map<String, Set<String>> goals = goals();
        for (String kind : List.of("department", "project")) {
            Map<String, String> files = io.github.jixiao.init.Skeleton.files("某某局", 2025, "0.1.0", "x",
                    kind.equals("project") ? io.github.jixiao.init.Skeleton.PROJECT : io.github.jixiao.init.Skeleton.DEPARTMENT);
            for (String name : List.of(".github/workflows/jixiao.yml", ".gitlab-ci.yml")) {
                String yaml = files.get(name);
                Object parsed = new org.yaml.snakeyaml.Yaml().load(yaml);
                assertTrue(parsed instanceof Map, name + ": " + parsed);
                assertTrue(runsNameRealGoalsAndProperties(kind + " " + name, yaml, goals) >= 1, name);
            }
        }
    }
}
