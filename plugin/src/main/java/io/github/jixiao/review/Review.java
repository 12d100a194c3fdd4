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
            Map<List<String>, List<Finding>> unheld = new java.util.HashMap<>();
            for (Finding f : engineFindings) {
                if (!baselined.contains(f) && !f.pointer().isEmpty()) {
                    unheld.computeIfAbsent(List.of(f.ruleId(), f.file(), f.pointer()), k -> new ArrayList<>()).add(f);
                    for (String alias : RuleRegistry.descriptor(f.ruleId()).map(d -> d.aliases()).orElse(List.of())) {
                        unheld.computeIfAbsent(List.of(alias, f.file(), f.pointer()), k -> new ArrayList<>()).add(f);
                    }
                }
            }
            List<Baseline.Entry> stale = base.entries().values().stream().filter(e -> !seen.contains(e.fingerprint())).toList();
            Set<String> pairedByName = pairedByName(engineFindings, baselined, base, stale);
            // the names of the rows the findings at each place are on ("" for none), read once a place: many entries at
            // one place (20,000 schema findings at /indicators/0 of a row of 20,000 unknown keys, each its entry) read
            // every finding's name there for each entry, 181 s (session 38)
            Map<List<String>, Set<String>> namesAt = new java.util.HashMap<>();
            for (Baseline.Entry e : stale) {
                // at its place still, or (rows moved since the baseline was written: its pointer is where its row was
                // then) on the one row of its name that has a finding of its rule the baseline holds none of. At its
                // place, a finding on a row of another name is another row's problem (one inserted above it, its own
                // fixed: before, a fixed problem was said to be still there, which jixiao:diff listed as resolved)
                boolean changed = pairedByName.contains(e.fingerprint())
                        || !e.pointer().isEmpty() && atItsPlace(e, unheld, namesAt, base);
                // at the entry in the baseline file (its line), as suppression-unused is at its suppression; the
                // entry's fingerprint last, which the message does not print (nor the note's fingerprint hash): what
                // jixiao:diff matches the note by, the entry's pointer being where its row was when the baseline was
                // written (rows moved since: the base run's finding is elsewhere, session 36)
                all.add(new Finding("baseline-stale", Severity.INFO, changed ? "changed" : "",
                        List.of(e.rule(), e.file(), e.pointer().isEmpty() ? "/" : e.pointer(), e.fingerprint()), e.source(),
                        e.sourcePointer(), e.line(), e.column(), null));
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

    /**
     * The fingerprints of the {@code stale} entries whose problem this run still reports on the same row, found by the
     * row's name where its pointer no longer leads to it: a row inserted above it moves every later indicator's pointer
     * (/indicators/6 → /indicators/7), and a figure of the finding changed with it (150 人 → 160 人) leaves its
     * fingerprint unheld; the entry's name (the baseline file records it: {@link Baseline#render}) and the rule and
     * file find it, as {@code jixiao:diff} follows the finding by its fingerprint, which names the row, not its place.
     * Paired only where that is unique: one stale entry of the rule, file and name (counting entries that share a
     * fingerprint, two rows of one name, as many), and one finding of this run there that no entry holds (neither
     * baselined nor under an entry's fingerprint: one held at a lower severity, or a second row of one text, is its
     * own entry's). Two rows of one name, each with a stale entry or each with a finding, are not guessed between:
     * their entries are said changed only by their place, as before. An entry without a name (a baseline written
     * before entries recorded names) is matched by its place only.
     */
    static Set<String> pairedByName(List<Finding> findings, Set<Finding> baselined, Baseline base, List<Baseline.Entry> stale) {
        Map<List<String>, Integer> entriesAt = new java.util.HashMap<>();
        Set<List<String>> files = new HashSet<>();
        for (Baseline.Entry e : stale) {
            if (!e.name().isEmpty()) {
                entriesAt.merge(List.of(e.rule(), e.file(), e.name()), Math.max(1, base.count(e.fingerprint())), Integer::sum);
                files.add(List.of(e.rule(), e.file()));
            }
        }
        if (entriesAt.isEmpty()) {
            return Set.of();
        }
        Map<List<String>, Integer> findingsAt = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (baselined.contains(f) || f.pointer().isEmpty()) {
                continue;
            }
            List<String> rules = new ArrayList<>(List.of(f.ruleId()));
            rules.addAll(RuleRegistry.descriptor(f.ruleId()).map(d -> d.aliases()).orElse(List.of()));
            // only the rules and files a named stale entry is about: their names are read (each file once), no other
            rules.removeIf(r -> !files.contains(List.of(r, f.file())));
            if (rules.isEmpty() || base.match(f) != null) {
                continue;
            }
            String name = base.nameOf(f);
            if (name == null || name.isEmpty()) {
                continue;
            }
            for (String r : rules) {
                List<String> at = List.of(r, f.file(), name);
                if (entriesAt.containsKey(at)) {
                    findingsAt.merge(at, 1, Integer::sum);
                }
            }
        }
        Set<String> paired = new HashSet<>();
        for (Baseline.Entry e : stale) {
            List<String> at = List.of(e.rule(), e.file(), e.name());
            if (!e.name().isEmpty() && entriesAt.get(at) == 1 && findingsAt.getOrDefault(at, 0) == 1) {
                paired.add(e.fingerprint());
            }
        }
        return paired;
    }

    /**
     * Whether this run has a finding of the entry's rule at its place the baseline holds none of ({@code unheld}), on a
     * row that may be the entry's: the entry names none, or the finding's row has no name or the entry's.
     */
    private static boolean atItsPlace(Baseline.Entry e, Map<List<String>, List<Finding>> unheld,
                                      Map<List<String>, Set<String>> namesAt, Baseline base) {
        List<String> place = List.of(e.rule(), e.file(), e.pointer());
        List<Finding> there = unheld.get(place);
        if (there == null || there.isEmpty()) {
            return false;
        }
        if (e.name().isEmpty()) {
            return true;
        }
        Set<String> names = namesAt.computeIfAbsent(place, k -> {
            Set<String> out = new HashSet<>();
            for (Finding f : there) {
                String n = base.nameOf(f);
                out.add(n == null ? "" : n);
            }
            return out;
        });
        return names.contains("") || names.contains(e.name());
    }

    /** Findings of at least {@code threshold} that are neither suppressed nor baselined. */
    /**
     * {@code result} as the reports show it after this review: its findings this review's, and where a suppression holds
     * the finding that doubts the grade ({@link io.github.jixiao.score.ScoreSheet#gradeDoubt}: grade-unsupported), the
     * sheet with that suppression's reason ({@link io.github.jixiao.score.ScoreSheet#withGradeDoubtSuppressed}): the
     * department has said in writing why the grade stands, so it is no longer 暂定, and every report says the doubt was
     * explained and the reason. A baselined doubt keeps the mark: a baseline accepts old findings without a word, and the
     * grade is still in doubt (since session 58; the engine, which sees no suppressions, marks every doubt).
     */
    public io.github.jixiao.engine.EngineResult applyTo(io.github.jixiao.engine.EngineResult result) {
        io.github.jixiao.score.ScoreSheet sheet = result.sheet();
        String reason = sheet == null || sheet.gradeDoubt() == null ? null : suppressed.get(sheet.gradeDoubt());
        return result.withFindings(findings, reason == null ? sheet : sheet.withGradeDoubtSuppressed(reason));
    }

    public long violations(Severity threshold) {
        return findings.stream()
                .filter(f -> f.severity().atLeast(threshold))
                .filter(f -> !suppressed.containsKey(f) && !baselined.contains(f))
                .count();
    }
}
