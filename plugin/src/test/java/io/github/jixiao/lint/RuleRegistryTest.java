package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry's metadata: ids, texts in both languages, fixtures for every lint rule. */
class RuleRegistryTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    @Test
    void idsAreUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            assertTrue(KEBAB.matcher(d.id()).matches(), () -> "not kebab-case: " + d.id());
            assertTrue(seen.add(d.id()), () -> "duplicate id: " + d.id());
            for (String a : d.aliases()) {
                assertTrue(KEBAB.matcher(a).matches(), () -> "alias not kebab-case: " + a);
                assertTrue(seen.add(a), () -> "alias clashes: " + a);
            }
        }
    }

    @Test
    void everyTextExistsInBothLanguages() {
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            String id = d.id();
            assertNotNull(d.severity(), id);
            assertNotNull(d.category(), id);
            assertFalse(d.stages().isEmpty(), () -> id + ": no stage");
            assertFalse(d.titleZh().isBlank(), () -> id + ": titleZh");
            assertFalse(d.titleEn().isBlank(), () -> id + ": titleEn");
            assertFalse(d.rationaleZh().isBlank(), () -> id + ": rationaleZh");
            assertFalse(d.rationaleEn().isBlank(), () -> id + ": rationaleEn");
            assertFalse(d.source().isBlank(), () -> id + ": source");
            assertFalse(d.messages().isEmpty(), () -> id + ": no message");
            for (Map.Entry<String, String[]> m : d.messages().entrySet()) {
                assertFalse(m.getValue()[0].isBlank(), () -> id + " message '" + m.getKey() + "': zh");
                assertFalse(m.getValue()[1].isBlank(), () -> id + " message '" + m.getKey() + "': en");
            }
        }
    }

    @Test
    void lintRulesAreFinalClassesInTheRulesPackage() {
        for (Rule r : RuleRegistry.all()) {
            if (r instanceof InputRule) {
                continue;
            }
            Class<?> c = r.getClass();
            assertTrue(Modifier.isFinal(c.getModifiers()), () -> c.getName() + " is not final");
        }
    }

    /** Messages are filled by Messages.fill: {0}…{9} only, and no MessageFormat quoting (''). */
    @Test
    void messagesUseOnlyPlaceholders() {
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            for (Map.Entry<String, String[]> m : d.messages().entrySet()) {
                for (String t : m.getValue()) {
                    assertFalse(t.contains("''"), () -> d.id() + ": MessageFormat quoting is not used: " + t);
                    Matcher x = PLACEHOLDER.matcher(t);
                    while (x.find()) {
                        int n = Integer.parseInt(x.group(1));
                        assertTrue(n < 10, () -> d.id() + ": placeholder out of range in " + t);
                    }
                }
            }
        }
    }

    @Test
    void everyLintRuleHasFlagsAndPassesFixtures() {
        for (Rule r : RuleRegistry.all()) {
            if (r instanceof InputRule) {
                continue;
            }
            String id = r.descriptor().id();
            assertFalse(RuleFixtures.files(id, RuleFixtures.FLAGS).isEmpty(), () -> id + ": no rules/" + id + "/flags/*.json");
            assertFalse(RuleFixtures.files(id, RuleFixtures.PASSES).isEmpty(), () -> id + ": no rules/" + id + "/passes/*.json");
        }
    }

    @Test
    void everyFixtureFolderBelongsToARule() {
        List<String> ids = RuleRegistry.descriptors().stream().map(RuleDescriptor::id).toList();
        for (String folder : RuleFixtures.ruleIdsWithFixtures()) {
            assertTrue(ids.contains(folder), () -> "rules/" + folder + " names no registered rule");
        }
    }

    @Test
    void lookupByIdFindsEveryRule() {
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            assertEquals(d, RuleRegistry.descriptor(d.id()).orElseThrow());
        }
    }
}
