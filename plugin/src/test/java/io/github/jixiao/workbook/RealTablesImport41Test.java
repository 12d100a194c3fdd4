package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import path of real tables as session 41 reads them (t80, t81), as {@link RealTablesImport40Test} holds t70, t77 and
 * t79: each table's workbook as {@link RealTableWorkbooks41} builds it from its SOURCE.md, imported and held to the hand
 * transcription field by field, with what the import says.
 */
class RealTablesImport41Test extends RealTableImport {
    private static final String T80 = "t80-chengan-gaoling-2020";
    private static final String T81 = "t81-nanchang-cancha-2021";

    private void chengan() throws Exception {
        imported(T80, "t80-chengan-2020.xlsx", null, RealTableWorkbooks41.chengan2020());
    }

    /** {@code fields} of each indicator row, as "field=value" joined by " | ", of {@code doc}'s indicators. */
    private static List<String> rows(JsonNode doc, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : doc.path("indicators")) {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) {
                sb.append(sb.length() > 0 ? " | " : "").append(f).append('=').append(row.path(f).isMissingNode() ? "" : row.path(f).asString());
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * t80's 预期指标值 is merged across three columns over 符号 | (a blank sub-heading) | 单位(文字描述), each row printing
     * ">= | 98 | %(百分比)": the comparator, the figure and the unit, as transcribed by hand, each from its cell. Before session
     * 41 the target was the 符号 column's ">=" and the figure (98, 99, 75, 95) was dropped without a word.
     */
    @Test
    void chengan2020Target() throws Exception {
        chengan();
        List<String> hand = rows(handFile("indicators.json"), "name", "comparator", "target", "unit");
        assertEquals(hand, rows(importedFile("indicators.json"), "name", "comparator", "target", "unit").subList(0, hand.size()));
        assertEquals("Sheet1!E16", sidecar().path("submission/indicators.json#/indicators/0/comparator").asString());
        assertEquals("Sheet1!F16", sidecar().path("submission/indicators.json#/indicators/0/target").asString());
        assertEquals("Sheet1!G16", sidecar().path("submission/indicators.json#/indicators/0/unit").asString());
    }
}
