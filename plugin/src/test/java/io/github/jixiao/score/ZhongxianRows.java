package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The scoring tests' trial table: 忠县科协 2024 (real table t72: 重庆 部门整体, execution 10 + indicators 90, its 执行率得分
 * 9.68 on "其中:财政拨款", 自评总分 99.68), whose copy is cut before the indicator rows, with rows filled in: a whole table
 * on chongqing-department-2021 ({@link Samples#wholeFramework}).
 */
final class ZhongxianRows {

    /** Four rows at full marks: 30 + 30 + 20 + 10 = 90. */
    static final String FULL = "[\n"
            + "    { \"name\": \"开展科普活动次数\", \"target\": \"≥20次\", \"actual\": \"25次\", \"points\": 30, \"score\": 30 },\n"
            + "    { \"name\": \"科技工作者培训人次\", \"target\": \"≥300人次\", \"actual\": \"320人次\", \"points\": 30, \"score\": 30 },\n"
            + "    { \"name\": \"活动按时完成率\", \"target\": \"100%\", \"actual\": \"100%\", \"points\": 20, \"score\": 20 },\n"
            + "    { \"name\": \"服务对象满意度\", \"target\": \"≥90%\", \"actual\": \"95%\", \"points\": 10, \"score\": 10 }\n  ]";

    private ZhongxianRows() {
    }

    /** A copy of t72 at {@code tmp/name} with {@code rows} as its indicators. */
    static Path copy(Path tmp, String name, String rows) throws Exception {
        Path p = tmp.resolve(name);
        Samples.copyTree(Samples.realTable("t72-zhongxian-kexie-2024"), p);
        replace(p.resolve("submission/indicators.json"), "[]", rows);
        return p;
    }

    /**
     * A copy of t72 with {@code rows}, its 执行率得分 at the amounts' 9.69 (no half cent of the funds block to blur the
     * rows') and its 自评总分 {@code total}.
     */
    static Path copy(Path tmp, String name, String rows, String total) throws Exception {
        Path p = copy(tmp, name, rows);
        replace(p.resolve("submission/budget.json"), "\"score\": 9.68", "\"score\": 9.69");
        replace(p.resolve("submission/self-assessment.json"), "99.68", total);
        return p;
    }

    /** Replaces {@code from} in {@code f}, which must hold it. */
    static void replace(Path f, String from, String to) throws Exception {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        String t = s.replace(from, to);
        assertTrue(!t.equals(s), from + " in " + f);
        Files.writeString(f, t, StandardCharsets.UTF_8);
    }

    /** The check on {@code p}, its messages in {@code locale} (null: the default, Chinese). */
    /**
     * The check of {@code p}, indicator-target-missed off: these tests read the scorer's score-claim-mismatch, which on a
     * missed row marked down by other than its ratio the miss's own finding carries since session 49
     * (Engine.missedClaimOnce, tested in MissedClaimOnceTest).
     */
    static EngineResult run(Path p, Locale locale) {
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, Samples.wholeFramework(p),
                io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry("indicator-target-missed", "OFF", null))),
                locale));
    }

    static List<Finding> claimFindings(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-claim-mismatch")).toList();
    }

    /** Each score-claim-mismatch as its key and its first {@code args} arguments. */
    static List<String> claims(EngineResult r, int args) {
        return claimFindings(r).stream().map(f -> f.key() + " " + f.args().subList(0, Math.min(args, f.args().size()))).toList();
    }
}
