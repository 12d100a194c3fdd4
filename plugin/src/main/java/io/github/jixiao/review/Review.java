package io.github.jixiao.review;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.report.Fingerprints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies suppressions and the baseline to a run's findings, and decides what counts toward failing.
 *
 * @param findings   every finding, including those about the suppressions and baseline files, in order
 * @param suppressed suppressed findings with their reasons
 * @param baselined  findings found in the baseline
 * @param raised     findings the baseline has at a lower severity than this run's (a rule raised since: the project's
 *                   {@code <rules>}, a new jixiao), with the severity it accepted them at: not held back, they count
 *                   (a baseline whose entries record no severity, written by an early version, holds them as before)
 */
public record Review(List<Finding> findings, Map<Finding, String> suppressed, Set<Finding> baselined, Map<Finding, Severity> raised) {

    public static Review of(List<Finding> engineFindings, Suppressions sup, Baseline base) {
        return of(engineFindings, sup, base, RuleConfig.none());
    }

    /** As above; {@code config} applies to the findings about the suppressions and baseline files too. */
    public static Review of(List<Finding> engineFindings, Suppressions sup, Baseline base, RuleConfig config) {
        List<Finding> all = new ArrayList<>(engineFindings);
        int reviewFrom = all.size();
        all.addAll(sup.problems());
        all.addAll(base.problems());
        Map<Finding, String> suppressed = new IdentityHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Finding f : engineFindings) {
            Suppressions.Entry e = sup.first(f);
            if (e != null) {
                suppressed.put(f, e.reason());
                used.add(e.index());
            }
        }
        for (Suppressions.Entry e : sup.entries()) {
            if (!used.contains(e.index())) {
                all.add(new Finding("suppression-unused", Severity.WARNING, "",
                        List.of(Integer.toString(e.index() + 1), e.rule(), e.file()), sup.file(),
                        e.src().pointer(), e.src().line(), e.src().column(), null));
            }
        }
        Set<Finding> baselined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Finding, Severity> raised = new IdentityHashMap<>();
        if (!base.isEmpty()) {
            // each entry holds one finding: a run with more findings under one fingerprint than the baseline has entries
            // (a second row of the same name added since: review s29-V3) reports the ones beyond, in the run's order
            Map<String, Integer> held = new java.util.HashMap<>();
            for (Finding f : engineFindings) {
                String fp = base.match(f); // under its id or a former one (alias)
                if (fp != null && held.merge(fp, 1, Integer::sum) <= base.count(fp)) {
                    // held back only at the severity it was accepted at: one raised since counts (its entry is not stale)
                    Severity at = base.acceptedAt(fp);
                    if (at != null && !at.atLeast(f.severity())) {
                        raised.put(f, at);
                    } else {
                        baselined.add(f);
                    }
                }
            }
            Set<String> seen = held.keySet();
            // the places (rule, file, pointer) of this run's findings the baseline holds none of: an entry whose place
            // still has one is the same problem with other figures (a 复核分 2.5 → 2.6), not gone (review s30-G 11)
            Set<List<String>> unheld = new HashSet<>();
            for (Finding f : engineFindings) {
                if (!baselined.contains(f) && !f.pointer().isEmpty()) {
                    unheld.add(List.of(f.ruleId(), f.file(), f.pointer()));
                    for (String alias : RuleRegistry.descriptor(f.ruleId()).map(d -> d.aliases()).orElse(List.of())) {
                        unheld.add(List.of(alias, f.file(), f.pointer()));
                    }
                }
            }
            for (Baseline.Entry e : base.entries().values()) {
                if (!seen.contains(e.fingerprint())) {
                    boolean changed = !e.pointer().isEmpty() && unheld.contains(List.of(e.rule(), e.file(), e.pointer()));
                    // at the entry in the baseline file (its line), as suppression-unused is at its suppression; the
                    // entry's fingerprint last, which the message does not print (nor the note's fingerprint hash): what
                    // jixiao:diff matches the note by, the entry's pointer being where its row was when the baseline was
                    // written (rows moved since: the base run's finding is elsewhere, session 36)
                    all.add(new Finding("baseline-stale", Severity.INFO, changed ? "changed" : "",
                            List.of(e.rule(), e.file(), e.pointer().isEmpty() ? "/" : e.pointer(), e.fingerprint()), e.source(),
                            e.sourcePointer(), e.line(), e.column(), null));
                }
            }
        }
        List<Finding> own = config.apply(new ArrayList<>(all.subList(reviewFrom, all.size())));
        all.subList(reviewFrom, all.size()).clear();
        all.addAll(own);
        List<Finding> sorted = Findings.sorted(all);
        Map<Finding, String> sup2 = new LinkedHashMap<>();
        Map<Finding, Severity> raised2 = new LinkedHashMap<>();
        for (Finding f : sorted) {
            if (suppressed.containsKey(f)) {
                sup2.put(f, suppressed.get(f));
            }
            if (raised.containsKey(f)) {
                raised2.put(f, raised.get(f));
            }
        }
        return new Review(sorted, sup2, baselined, raised2);
    }

    /** Findings of at least {@code threshold} that are neither suppressed nor baselined. */
    public long violations(Severity threshold) {
        return findings.stream()
                .filter(f -> f.severity().atLeast(threshold))
                .filter(f -> !suppressed.containsKey(f) && !baselined.contains(f))
                .count();
    }
}
