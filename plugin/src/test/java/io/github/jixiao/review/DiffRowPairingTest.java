package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 35 (hostile round 4, item 5): the diff paired a finding only in the base and one only in this run when they
 * had the same rule on the same row (s32 item 4, for indicator-target-missed's warning at the target become its note at
 * the actual). A problem fixed at one field and another of the same rule and message found at another field of that
 * row were then one "changed" finding: the fix and the new problem were both unseen. A pairing within the row now asks
 * that the variant changed with the field (the warning become the note); fingerprints are untouched.
 */
class DiffRowPairingTest {
    @TempDir
    Path tmp;

    private <T> T read(String json, Class<T> type) throws Exception {
        return ReportFiles.read(tmp, json, type);
    }

    private SummaryDocument summary() throws Exception {
        return read("{\"total\": 80, \"grade\": \"良\", \"criteria\": []}", SummaryDocument.class);
    }

    /** One finding of indicator-target-missed on row 0 at {@code field}, message key {@code key}. */
    private FindingsDocument one(String fp, String field, String key, String severity) throws Exception {
        return read("{\"findings\": [{\"fingerprint\": \"" + fp + "\", \"rule\": \"indicator-target-missed\", \"severity\": \""
                + severity + "\", \"file\": \"submission/indicators.json\", \"line\": 5, \"pointer\": \"/indicators/0/" + field
                + "\", \"key\": \"" + key + "\", \"args\": [\"招引人才数量\", \"≥ 200 人\", \"150 人\"], \"message\": \"m\"}]}",
                FindingsDocument.class);
    }

    private static List<String> pointers(List<FindingRecord> l) {
        return l.stream().map(FindingRecord::pointer).toList();
    }

    @Test
    void aProblemFixedAtOneFieldAndAnotherFoundAtAnotherAreTwo() throws Exception {
        ScoreDiff.Result d = ScoreDiff.compare(summary(), summary(), one("a", "target", "", "warning"), one("b", "actual", "", "warning"));
        assertEquals(List.of(), d.changedFindings());
        assertEquals(List.of("/indicators/0/target"), pointers(d.resolvedFindings()));
        assertEquals(List.of("/indicators/0/actual"), pointers(d.newFindings()));
    }

    @Test
    void theWarningThatBecameTheNoteAtAnotherFieldIsStillOneChangedFinding() throws Exception {
        ScoreDiff.Result d = ScoreDiff.compare(summary(), summary(), one("a", "target", "bare", "warning"),
                one("b", "actual", "explained", "info"));
        assertEquals(1, d.changedFindings().size(), d.changedFindings().toString());
        assertEquals(List.of(), d.resolvedFindings());
        assertEquals(List.of(), d.newFindings());
    }

    /** One finding of {@code rule} at {@code pointer} with {@code args}. */
    private FindingsDocument at(String fp, String rule, String pointer, String args) throws Exception {
        return read("{\"findings\": [{\"fingerprint\": \"" + fp + "\", \"rule\": \"" + rule + "\", \"severity\": \"warning\","
                + " \"file\": \"submission/indicators.json\", \"line\": 5, \"pointer\": \"" + pointer + "\", \"key\": \"\","
                + " \"args\": [" + args + "], \"message\": \"m\"}]}", FindingsDocument.class);
    }

    /**
     * Session 37: a row moved (one inserted above it) while its figures changed is one changed finding where it names
     * what it is about (招引人才数量) at the same field; not at another field, nor of another name, nor when its
     * arguments are figures alone (another row's problem of the same rule).
     */
    @Test
    void aRowMovedWithItsFiguresChangedIsOneChangedFindingOnlyByItsNames() throws Exception {
        String missed = "indicator-target-missed";
        ScoreDiff.Result d = ScoreDiff.compare(summary(), summary(), at("a", missed, "/indicators/14/actual", "\"招引人才数量\", \"≥ 200 人\", \"150 人\""),
                at("b", missed, "/indicators/15/actual", "\"招引人才数量\", \"≥ 200 人\", \"160 人\""));
        assertEquals(1, d.changedFindings().size(), d.changedFindings().toString());
        assertEquals(List.of(), d.resolvedFindings());

        d = ScoreDiff.compare(summary(), summary(), at("a", missed, "/indicators/14/actual", "\"招引人才数量\", \"≥ 200 人\", \"150 人\""),
                at("b", missed, "/indicators/15/actual", "\"引进人才数量\", \"≥ 200 人\", \"160 人\""));
        assertEquals(List.of(), d.changedFindings(), "another name: another row");
        d = ScoreDiff.compare(summary(), summary(), at("a", missed, "/indicators/14/actual", "\"招引人才数量\", \"≥ 200 人\", \"150 人\""),
                at("b", missed, "/indicators/15/target", "\"招引人才数量\", \"≥ 200 人\", \"160 人\""));
        assertEquals(List.of(), d.changedFindings(), "another field");
        d = ScoreDiff.compare(summary(), summary(), at("a", "sum-mismatch", "/indicators/14/actual", "\"150\", \"160\""),
                at("b", "sum-mismatch", "/indicators/15/actual", "\"170\", \"180\""));
        assertEquals(List.of(), d.changedFindings(), "figures alone name nothing: another row's");
        assertEquals(List.of("/indicators/14/actual"), pointers(d.resolvedFindings()));
    }
}
