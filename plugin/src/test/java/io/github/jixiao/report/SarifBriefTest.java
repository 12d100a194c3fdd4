package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * SARIF's fullDescription, shown beside each alert, is the rationale's first sentence or two; the help keeps it whole
 * (indicator-category-missing's ran to 1,700 characters of edge cases).
 */
class SarifBriefTest {
    @Test
    void theFullDescriptionIsTheRationalesOpening() {
        int longest = 0;
        String which = "";
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
                String r = d.rationale(l);
                String b = Sarif.brief(r);
                assertTrue(r.startsWith(b) && !b.isBlank(), d.id() + ": " + b);
                assertTrue(b.equals(r.strip()) || b.endsWith(".") || b.endsWith("。") || b.endsWith("!") || b.endsWith("?")
                        || b.endsWith("！") || b.endsWith("？"), d.id() + ": " + b);
                if (b.length() > longest) {
                    longest = b.length();
                    which = d.id() + " " + l;
                }
            }
        }
        assertTrue(longest <= 600, which + ": " + longest);
        String en = Sarif.brief(RuleRegistry.descriptor("indicator-category-missing").orElseThrow().rationale(Locale.ENGLISH));
        assertTrue(en.length() <= Sarif.BRIEF, en);
        assertEquals("Targets should be quantified; what cannot be quantified must be stated as a graded scale. Words such as 明显 (marked), "
                + "显著 (significant) or 有效提升 (effectively improved) define no grades, so at year end nobody can tell whether the target was met.",
                Sarif.brief(RuleRegistry.descriptor("indicator-target-unmeasurable").orElseThrow().rationale(Locale.ENGLISH)));
        assertEquals("Ab. Cd.", Sarif.brief("Ab. Cd. Ef."));
        assertEquals("MOF Caiyu [2020] No. 10 says so.", Sarif.brief("MOF Caiyu [2020] No. 10 says so. Y" + "x".repeat(400) + ". More."));
    }
}
