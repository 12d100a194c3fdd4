package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code findings.json}: the run's head and every finding, as {@link FindingsDocument}. */
public final class FindingsJson {
    private FindingsJson() {
    }

    public static String render(List<Finding> findings, Messages messages, FindingsDocument head,
                                Map<Finding, String> suppressions) {
        return Json.write(tree(findings, messages, head, suppressions));
    }

    /** The document {@link #render} writes: {@code head} with {@code findings}. */
    static FindingsDocument tree(List<Finding> findings, Messages messages, FindingsDocument head,
                                 Map<Finding, String> suppressions) {
        return tree(findings, messages, head, suppressions, Cells.none());
    }

    /** As above; each finding on imported data also names its workbook cell ({@code cell}). */
    static FindingsDocument tree(List<Finding> findings, Messages messages, FindingsDocument head,
                                 Map<Finding, String> suppressions, Cells cells) {
        return tree(findings, messages, head, suppressions, java.util.Set.of(), cells);
    }

    /** As above; each finding in the baseline says so ({@code "baselined": true}). */
    static FindingsDocument tree(List<Finding> findings, Messages messages, FindingsDocument head,
                                 Map<Finding, String> suppressions, java.util.Set<Finding> baselined, Cells cells) {
        return tree(findings, messages, head, suppressions, baselined, Map.of(), cells);
    }

    /**
     * As above; a finding the baseline accepted at a lower severity than this run's ({@code raised}) says at which
     * ({@code "baselineSeverity": "warning"}), and is not baselined: it counts.
     */
    static FindingsDocument tree(List<Finding> findings, Messages messages, FindingsDocument head,
                                 Map<Finding, String> suppressions, java.util.Set<Finding> baselined,
                                 Map<Finding, io.github.jixiao.finding.Severity> raised, Cells cells) {
        List<FindingRecord> list = new ArrayList<>(findings.size());
        messages = messages.withCells(cells);
        for (Finding f : findings) {
            // the cell as the import named it, in every language (as the arguments are); the message in the report's
            list.add(record(f, messages, suppressions.get(f), baselined.contains(f), raised.get(f), cells.of(f)));
        }
        return new FindingsDocument(head.tool(), head.pluginVersion(), head.schemaVersion(), head.locale(), head.department(),
                head.project(), head.year(), head.stage(), head.monitoring(), head.files(), head.ruleConfiguration(), list);
    }

    static FindingRecord record(Finding f, Messages messages, String suppressed) {
        return record(f, messages, suppressed, false, null, null);
    }

    /** {@code accepted}: the severity the baseline accepted a finding raised since at (null for any other). */
    static FindingRecord record(Finding f, Messages messages, String suppressed, boolean baselined,
                                io.github.jixiao.finding.Severity accepted, String cell) {
        return new FindingRecord(f.ruleId(), f.severity().id(), f.file(), f.line(), f.column(), f.pointer(),
                Escape.cut(Escape.clean(messages.message(f)), Escape.MAX_MESSAGE), f.key(), f.args(), f.criterion(),
                messages.fingerprint(f), suppressed, baselined ? Boolean.TRUE : null, accepted == null ? null : accepted.id(),
                cell == null ? null : Escape.clean(cell));
    }
}
