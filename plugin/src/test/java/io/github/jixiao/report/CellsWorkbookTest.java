package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sidecar's workbook address is the submitter's text (session 25, item 8): SARIF names a finding's workbook by it
 * only when it is a path inside the project, as jixiao:import writes it; any other is left out, and the cell is still named.
 */
class CellsWorkbookTest {
    @TempDir
    Path project;

    private final Finding finding = new Finding("indicator-target-missed", Severity.WARNING, "", List.of("x"),
            "submission/indicators.json", "/indicators/0/actual", 7, 3, null);

    /** findings.sarif's text for {@link #finding}, with a sidecar whose workbook is {@code workbook} (a JSON string). */
    private String sarif(String workbook) throws Exception {
        Path sub = Files.createDirectories(project.resolve("submission"));
        Files.writeString(sub.resolve(Cells.SIDECAR), "{\"workbook\":" + workbook + ",\"type\":\"xlsx\",\"cells\":{"
                + "\"submission/indicators.json#/indicators/0\":\"自评表!F12\"}}", StandardCharsets.UTF_8);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(project, sub));
        assertEquals("自评表!F12", cells.of(finding), "the cell is named whatever the workbook");
        return Json.write(Sarif.tree(List.of(new Sarif.Entry(finding, null)), new Messages(Locale.ENGLISH), "0", Snippets.none(), cells));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"//evil.example/phish/../../..\"", "\"../outside.xlsx\"", "\"forms/../../x.xlsx\"", "\"/etc/passwd\"",
            "\"https://evil.example/x.xlsx\"", "\"C:/forms/x.xlsx\"", "\"forms\\\\..\\\\..\\\\x.xlsx\"", "\"forms//x.xlsx\"",
            "\"./x.xlsx\"", "\"forms/.\"", "\"\"", "\"forms/x.xlsx/\"", "\"forms/\\u202Ex.xlsx\""})
    void aWorkbookAddressThatIsNoPathInsideTheProjectIsLeftOut(String workbook) throws Exception {
        String s = sarif(workbook);
        assertTrue(s.contains("\"relatedLocations\""), s);
        assertTrue(s.contains("自评表!F12"), s);
        assertFalse(s.contains("evil.example"), s);
        assertEquals(1, count(s, "\"artifactLocation\""), "only the finding's own file: " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forms/自评表.xlsx", "自评表.xlsx", "a b/c..d.xlsx", "forms/.hidden/x.xlsx"})
    void aPathInsideTheProjectIsKept(String workbook) throws Exception {
        String s = sarif("\"" + workbook + "\"");
        assertEquals(2, count(s, "\"artifactLocation\""), s);
        // the cell in the message as well, an embedded link to the related location (id 1): code scanning shows the message
        assertTrue(s.contains(" ([cell 自评表!F12](1))\""), s);
        assertTrue(s.contains("\"id\" : 1"), s);
        assertTrue(s.contains("\"uri\" : \"" + Escape.uri(workbook) + "\""), s);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * A sidecar that is a link (in a pull request, to another file of the project) is no sidecar: the engine never read
     * one for the check, and the reports, which read it again, named its cells; now both go by the engine's one reading.
     */
    @org.junit.jupiter.api.Test
    void aSidecarThatIsALinkNamesNoCell() throws Exception {
        Path sub = Files.createDirectories(project.resolve("submission"));
        Path other = Files.writeString(project.resolve("notes.json"), "{\"workbook\":\"forms/自评表.xlsx\",\"cells\":{"
                + "\"submission/indicators.json#/indicators/0\":\"自评表!F12\"}}", StandardCharsets.UTF_8);
        Files.createSymbolicLink(sub.resolve(Cells.SIDECAR), other);
        assertEquals(null, Cells.of(io.github.jixiao.engine.Imported.read(project, sub)).of(finding));
        Files.delete(sub.resolve(Cells.SIDECAR));
        Files.copy(other, sub.resolve(Cells.SIDECAR));
        assertEquals("自评表!F12", Cells.of(io.github.jixiao.engine.Imported.read(project, sub)).of(finding), "the same file, not a link");
    }

    @org.junit.jupiter.api.Test
    void anAddressLongerThanAnyPathIsLeftOut() {
        assertTrue(Cells.projectPath("a/".repeat(149) + "x"));
        assertFalse(Cells.projectPath("a/".repeat(150) + "x"));
    }
}
