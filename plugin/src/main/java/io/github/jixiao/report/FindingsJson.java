package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code findings.json}: {@code {"findings": [{"rule", "severity", "file", "line", "column", "pointer", "message"}]}}. */
public final class FindingsJson {
    private FindingsJson() {
    }

    public static String render(List<Finding> findings, Messages messages, Map<String, Object> meta,
                                Map<Finding, String> suppressions) {
        return Json.write(tree(findings, messages, meta, suppressions));
    }

    /** The document {@link #render} writes. */
    static Map<String, Object> tree(List<Finding> findings, Messages messages, Map<String, Object> meta,
                                    Map<Finding, String> suppressions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.putAll(meta);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().id());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("pointer", f.pointer());
            m.put("message", messages.message(f));
            m.put("key", f.key());
            m.put("args", f.args());
            if (f.criterion() != null) {
                m.put("criterion", f.criterion());
            }
            m.put("fingerprint", Fingerprints.of(f));
            String why = suppressions.get(f);
            if (why != null) {
                m.put("suppressed", why);
            }
            list.add(m);
        }
        root.put("findings", list);
        return root;
    }
}
