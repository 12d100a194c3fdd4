package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's no-year message gave {@code "year": 2012} as its example, on tables of 2021 (t58) and 2020 (t69): a finance
 * officer may read it as advice to type 2012 (session 38, trial E). The example is a placeholder (YYYY, as the messages
 * write a date's YYYY-MM-DD) that no reader takes for a year, in Chinese and in English.
 */
class NoYearExampleTest {
    @TempDir
    Path tmp;

    private List<String> noYear(String file, String framework, Locale locale) throws Exception {
        FormWorkbooks.save(RealTableWorkbooks.committed(file), tmp.resolve("forms/" + file));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), true, framework);
        io.github.jixiao.report.Messages m = new io.github.jixiao.report.Messages(locale);
        return r.problems().stream().filter(p -> p.key().equals("no-year")).map(p -> p.message(m, "forms/" + file)).toList();
    }

    @Test
    void theExampleYearIsAPlaceholder() throws Exception {
        Path h = Path.of(getClass().getResource("/real-tables/t69-tianchang-tanghu-2020").toURI());
        Files.copy(h.resolve("tanghu-department-2020.json"), tmp.resolve("tanghu-department-2020.json"));
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
            for (String[] t : List.of(new String[] {RealTableWorkbooks.T58, null},
                    new String[] {RealTableWorkbooks.T69, "tanghu-department-2020.json"})) {
                List<String> said = noYear(t[0], t[1], locale);
                assertEquals(1, said.size(), t[0] + " " + said);
                String text = said.get(0).substring(said.get(0).indexOf(": ") + 2); // the file's name has its year
                assertFalse(text.matches("(?s).*\\d{4}.*"), text);
                assertTrue(text.contains("\"year\": YYYY"), text);
            }
        }
        assertEquals("forms/" + RealTableWorkbooks.T58 + ": no year was found in the header rows Sheet1!A1:E1 (a year field, the "
                + "title, a short line above the table), so department.json has no year (check reports it as the schema's "
                + "required). Type the year the table is for into department.json (\"year\": YYYY, with YYYY the table's "
                + "four-digit year, unquoted), or add a line above the table that gives the year (its label, then the four-digit year) "
                + "and import again",
                noYear(RealTableWorkbooks.T58, null, Locale.ENGLISH).get(0));
    }
}
