package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.report.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff.md speaks one language, the run's, whichever language the base build's reports were written in: criteria and
 * grades (which score-summary.json keeps in the framework's Chinese) in the framework's English, and a resolved finding
 * whose findings.json was written in the other language told again in the run's. The sample before and after its
 * Q2 execution changed (as the diff-q2-execution IT): 预算执行率 moves, a stated-score finding is new and the Q3
 * regression finding is resolved.
 */
class DiffLanguageTest {
    static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");
    static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]+");

    @TempDir
    Path tmp;

    static Path sample() {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
    }

    /** Runs {@code project} in {@code locale} and writes its reports into {@code out}. */
    static EngineResult report(Path project, Locale locale, Path out) throws IOException {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
        ReportWriter.write(Files.createDirectories(out), r, Map.of(), new Messages(locale), META);
        return r;
    }

    /** The diff of two report folders (their score-summary.json and findings.json), as jixiao:diff compares them. */
    static ScoreDiff.Result compare(Path base, Path current) throws IOException {
        return ScoreDiff.compare(ReportModel.read(base.resolve("score-summary.json"), SummaryDocument.class),
                ReportModel.read(current.resolve("score-summary.json"), SummaryDocument.class),
                ReportModel.read(base.resolve("findings.json"), FindingsDocument.class),
                ReportModel.read(current.resolve("findings.json"), FindingsDocument.class));
    }

    /** diff.md of the current project run in {@code lang} against the base written in {@code baseLang}. */
    String diff(Path current, Locale lang, Locale baseLang) throws IOException {
        String tag = lang.getLanguage() + "-" + baseLang.getLanguage();
        Path baseOut = tmp.resolve("base-" + tag);
        report(sample(), baseLang, baseOut);
        Path curOut = tmp.resolve("cur-" + tag);
        EngineResult r = report(current, lang, curOut);
        ScoreDiff.Result d = compare(baseOut, curOut);
        assertEquals(1, d.moved().size());
        assertTrue(d.newFindings().stream().anyMatch(f -> f.rule().equals("score-claim-mismatch")));
        assertTrue(d.resolvedFindings().stream().anyMatch(f -> f.rule().equals("execution-regressed")));
        Messages m = new Messages(lang).forSheet(r.sheet());
        return ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(r.sheet(), m));
    }

    @Test
    void diffMdIsInTheRunsLanguageWhateverTheBasesWas() throws IOException {
        Path current = tmp.resolve("current");
        io.github.jixiao.testing.Samples.copyTree(sample().resolve("submission"), current.resolve("submission"));
        Path budget = current.resolve("submission/budget.json");
        String text = Files.readString(budget, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"cumulativePercent\": 55.25"));
        Files.writeString(budget, text.replace("\"cumulativePercent\": 55.25", "\"cumulativePercent\": 45.25"), StandardCharsets.UTF_8);

        String enFromZh = diff(current, Locale.ENGLISH, Messages.ZH);
        String enFromEn = diff(current, Locale.ENGLISH, Locale.ENGLISH);
        // the same diff.md whichever language the base was written in, but for the base's formula, which is only
        // restated when it was written in the run's language (else diff.md says where it is: diff.json)
        assertEquals(baseFormula(enFromEn, "  - Before: "), baseFormula(enFromZh, "  - Before: "), enFromZh);
        assertTrue(enFromZh.contains("  - Before: (the base's reports are in the other language: its formula is in diff.json)\n"), enFromZh);
        assertTrue(enFromEn.contains("  - Before: Q1 "), enFromEn);
        assertTrue(enFromZh.contains("  - Figures changed: cumulative execution at the end of Q2 55.25% → 45.25%\n"), enFromZh);
        assertEquals(Set.of(), foreign(enFromZh, allowed(sample(), current)), enFromZh);
        assertEquals(Set.of(), foreign(enFromEn, allowed(sample(), current)), enFromEn);
        assertTrue(enFromZh.contains("| Budget execution rate | 5.47 | 5.28 | −0.19 |"), enFromZh);
        assertTrue(enFromZh.contains("Excellent → Excellent"), enFromZh);
        assertTrue(enFromZh.contains("- info `execution-regressed` submission/budget.json:40 — Cumulative execution at the end of Q3"), enFromZh);

        String zhFromEn = diff(current, Messages.ZH, Locale.ENGLISH);
        String zhFromZh = diff(current, Messages.ZH, Messages.ZH);
        assertEquals(baseFormula(zhFromZh, "  - 之前："), baseFormula(zhFromEn, "  - 之前："), zhFromEn);
        assertTrue(zhFromEn.contains("  - 之前：（基准的报告是另一种语言写的，其算式见 diff.json）\n"), zhFromEn);
        assertTrue(zhFromZh.contains("  - 变化的数据：第 2 季度末累计执行进度 55.25% → 45.25%\n"), zhFromZh);
        assertTrue(zhFromZh.contains("| 预算执行率 | 5.47 | 5.28 | −0.19 |"), zhFromZh);
        assertTrue(zhFromZh.contains("优 → 优"), zhFromZh);
    }

    /**
     * The other way round: the base (written in Chinese) has the stated-score finding on 预算执行率, which this run
     * resolves. Its formula, read back from the base's findings.json, was computed in Chinese: the English diff.md shows
     * it in English, figures and all.
     */
    @Test
    void aResolvedStatedScoreShowsItsFormulaInEnglish() throws IOException {
        Path base = tmp.resolve("base");
        io.github.jixiao.testing.Samples.copyTree(sample().resolve("submission"), base.resolve("submission"));
        Path budget = base.resolve("submission/budget.json");
        String text = Files.readString(budget, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"cumulativePercent\": 55.25"));
        Files.writeString(budget, text.replace("\"cumulativePercent\": 55.25", "\"cumulativePercent\": 45.25"), StandardCharsets.UTF_8);
        Path baseOut = tmp.resolve("base-out");
        report(base, Messages.ZH, baseOut);
        Path curOut = tmp.resolve("cur-out");
        EngineResult r = report(sample(), Locale.ENGLISH, curOut);
        ScoreDiff.Result d = compare(baseOut, curOut);
        ReportModel.FindingRecord resolved = d.resolvedFindings().stream()
                .filter(f -> f.rule().equals("score-claim-mismatch") && "budget-execution".equals(f.criterion())).findFirst().orElseThrow();
        assertTrue(resolved.args().get(3).contains("全年平均"), resolved.args().toString());
        Messages m = new Messages(Locale.ENGLISH).forSheet(r.sheet());
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(r.sheet(), m));
        assertEquals(Set.of(), foreign(md, allowed(sample(), base)), md);
        assertTrue(md.contains("\"Budget execution rate\" is stated as 5.47; the scoring standard gives 5.28 (Q1 "), md);
        assertTrue(md.contains("; annual mean ("), md);
    }

    /** diff.md without the text of its lines starting with {@code prefix} (the base's formula). */
    static String baseFormula(String md, String prefix) {
        return md.lines().map(l -> l.startsWith(prefix) ? prefix : l).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The department's data of the projects compared: the only place Chinese in an English diff.md may come from. */
    static String allowed(Path... projects) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path project : projects) {
            try (Stream<Path> files = Files.walk(project.resolve("submission"))) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static Set<String> foreign(String text, String allowed) {
        Set<String> out = new TreeSet<>();
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * diff.md states a grade as the department's own page does: 天长 2022's provisional 差 stays 差（暂定）, and 中江 2022,
     * whose weights add up to 110, reads 不评定 and why, not a blank (鄂州 2021's 80 until session 51: a cut copy, now partial).
     */
    @Test
    void gradesReadAsOnTheDepartmentsPage() throws Exception {
        assertTrue(gradeLine("t5-tianchang-2022", Messages.ZH).equals("**等级**：差（暂定） → 差（暂定）"),
                gradeLine("t5-tianchang-2022", Messages.ZH));
        assertEquals("**等级**：不评定（分值合计 110 分，不是 100 分） → 不评定（分值合计 110 分，不是 100 分）",
                gradeLine("t4-zhongjiang-2022", Messages.ZH));
        assertEquals("**Grade**: Poor (provisional) → Poor (provisional)", gradeLine("t5-tianchang-2022", Locale.ENGLISH));
    }

    /** The grade line of diff.md for a real table diffed against itself. */
    private String gradeLine(String table, Locale lang) throws Exception {
        Path project = Path.of(DiffLanguageTest.class.getResource("/real-tables/" + table).toURI());
        Path out = tmp.resolve(table + "-" + lang.getLanguage());
        EngineResult r = report(project, lang, out);
        SummaryDocument s = ReportModel.read(out.resolve("score-summary.json"), SummaryDocument.class);
        FindingsDocument f = ReportModel.read(out.resolve("findings.json"), FindingsDocument.class);
        Messages m = new Messages(lang).forSheet(r.sheet());
        String md = ScoreDiff.markdown(ScoreDiff.compare(s, s, f, f), m, ScoreDiff.Links.none(), FrameworkNames.of(r.sheet(), m));
        return md.lines().filter(l -> l.startsWith("**" + (lang == Messages.ZH ? "等级" : "Grade"))).findFirst().orElse(md);
    }
}
