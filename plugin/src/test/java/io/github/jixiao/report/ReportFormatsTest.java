package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.ReportFormats.Format;
import org.junit.jupiter.api.Test;

/** {@code jixiao.formats} as a user may write it in a pom or on the command line. */
class ReportFormatsTest {
    @Test
    void defaultAllAndNone() {
        for (String usual : new String[] {null, "", "  ", "default", "Default", "sarif,md,html,xlsx", "xlsx html md sarif"}) {
            assertSame(ReportFormats.standard(), ReportFormats.parse(usual), String.valueOf(usual));
        }
        // GitLab's report only when asked for: by name, or with every format there is
        assertFalse(ReportFormats.standard().has(Format.CODEQUALITY));
        for (String all : new String[] {"all", "ALL", "default,codequality", "sarif md html xlsx codequality"}) {
            assertSame(ReportFormats.all(), ReportFormats.parse(all), all);
        }
        ReportFormats gitlabOnly = ReportFormats.parse("codequality");
        assertTrue(gitlabOnly.has(Format.CODEQUALITY));
        assertFalse(gitlabOnly.has(Format.SARIF));
        ReportFormats none = ReportFormats.parse("none");
        assertEquals("none", none.toString());
        for (Format f : Format.values()) {
            assertFalse(none.has(f), f.id());
        }
    }

    @Test
    void aListInAnyCaseWithCommasOrSpaces() {
        ReportFormats f = ReportFormats.parse(" Sarif ,\n html ");
        assertTrue(f.has(Format.SARIF));
        assertTrue(f.has(Format.HTML));
        assertFalse(f.has(Format.MD));
        assertFalse(f.has(Format.XLSX));
        assertEquals("sarif,html", f.toString());
    }

    @Test
    void anUnknownNameIsReportedAsWritten() {
        ReportFormats.Unknown e = assertThrows(ReportFormats.Unknown.class, () -> ReportFormats.parse("sarif, Excel"));
        assertEquals("Excel", e.name());
        // the JSON reports are not optional: naming them is a mistake worth saying, not a silent no-op
        assertEquals("json", assertThrows(ReportFormats.Unknown.class, () -> ReportFormats.parse("json")).name());
        assertEquals("sarif, md, html, xlsx, codequality", ReportFormats.ids());
    }
}
