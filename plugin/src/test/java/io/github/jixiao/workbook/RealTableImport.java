package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests of real tables' committed workbooks share ({@code RealTablesImport38Test}, {@code RealTablesImport39Test}): a table's workbook imported into
 * a temporary project, what the import said, and the hand transcription ({@code real-tables/<table>/submission}) it is held to,
 * field by field.
 */
abstract class RealTableImport {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] FIELDS = {"level1", "level2", "name", "target", "actual", "standard", "points", "score", "explanation"};

    @TempDir
    Path tmp;

    /** What the last import said (problems, then notes as "note …"), in Chinese and in English. */
    final List<String> said = new ArrayList<>();
    final List<String> saidEn = new ArrayList<>();

    /** What the last import returned. */
    WorkbookImport.Result result;

    /** The hand transcription of the last table imported. */
    Path h;

    /** Imports the committed workbook {@code file} of real table {@code table}, with its framework file when one is named. */
    void imported(String table, String file, String framework) throws Exception {
        imported(table, file, framework, RealTableWorkbooks.committed(file));
    }

    /** As {@link #imported(String, String, String)}, the workbook {@code wb} (a variant of the committed one). */
    void imported(String table, String file, String framework, XSSFWorkbook wb) throws Exception {
        h = Path.of(getClass().getResource("/real-tables/" + table).toURI());
        said.clear();
        saidEn.clear();
        FormWorkbooks.save(wb, tmp.resolve("forms/" + file));
        WorkbookImport.Result r;
        if (framework != null) {
            Files.copy(h.resolve(framework), tmp.resolve(framework), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            r = WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), true, framework);
        } else {
            r = WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), true);
        }
        result = r;
        said.addAll(FormWorkbooks.said(r, Locale.CHINA));
        saidEn.addAll(FormWorkbooks.said(r, Locale.ENGLISH));
    }

    static JsonNode read(Path p) throws Exception {
        return JSON.readTree(Files.readString(p));
    }

    JsonNode handFile(String f) throws Exception {
        return read(h.resolve("submission/" + f));
    }

    JsonNode importedFile(String f) throws Exception {
        return read(tmp.resolve("submission/" + f));
    }

    List<String> handRows() throws Exception {
        return ImportedTables.rows(handFile("indicators.json").path("indicators"), FIELDS);
    }

    List<String> importedRows() throws Exception {
        return ImportedTables.rows(importedFile("indicators.json").path("indicators"), FIELDS);
    }

    /** The sidecar's cells: the JSON pointer of each value imported → the cell it came from. */
    JsonNode sidecar() throws Exception {
        return importedFile(WorkbookImport.CELLS).path("cells");
    }

    /** department.json's {@code fields} as the hand transcription has them. */
    void deptAsHand(String... fields) throws Exception {
        for (String f : fields) {
            assertEquals(handFile("department.json").path(f), importedFile("department.json").path(f), f);
        }
    }

    /** What check says of the import is what it says of the hand transcription. */
    void findingsAsHand() {
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }
}
