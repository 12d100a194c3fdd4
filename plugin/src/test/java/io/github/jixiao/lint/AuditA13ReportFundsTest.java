package io.github.jixiao.lint;

import static io.github.jixiao.lint.AuditA12ExecutionUnprintedTest.EN;
import static io.github.jixiao.lint.AuditA12ExecutionUnprintedTest.ZH;
import static io.github.jixiao.lint.AuditA12ExecutionUnprintedTest.console;
import static io.github.jixiao.lint.AuditA12ExecutionUnprintedTest.missing;
import static io.github.jixiao.lint.AuditA12ExecutionUnprintedTest.sameFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit s58 A13 rows A1, B1, B2 (session 58). B1: a partial copy of a report printing points on its rows that gives no
 * funds figure at all (莆田 标准化 2024, t112) leaves the execution unscored, worded for the report, as an unpointed one
 * (t59) does since session 57: "80.00 / 80.00", no loss line. B2: a whole prose report (汶川 食品监管 2021, t126: an
 * unpointed form, department.json's title a 报告) without its 执行数 still scores 0, but is said to the report's author.
 * A1: 46 / 148 printed in whole 万元 holds 31.00 % (宣城 2023, t134); 47.68 / 50 does not hold 95.00 % (宁夏 2023, t61).
 */
class AuditA13ReportFundsTest {

    private static EngineResult run(Path p) {
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
    }

    @Test
    void aPointedPartialReportWithoutFundsFiguresLeavesTheExecutionUnscored() {
        EngineResult r = run(Samples.realTable("t112-putian-biaozhunhua-2024"));
        Finding f = missing(r);
        assertEquals("figures-not-in-report", f.key());
        assertEquals(Severity.ERROR, f.severity());
        sameFinding(f, "figures", 4);
        String zh = ZH.message(f);
        assertTrue(zh.startsWith("报告没有写出“全年执行数”和“全年预算数”") && zh.contains("未计分") && !zh.contains("budget.json"), zh);
        assertEquals(0, r.sheet().weight().compareTo(BigDecimal.valueOf(80)), r.sheet().weight().toPlainString());
        List<String> lines = console(r, ZH);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("得分：80.00 / 80.00")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("预算执行率：得 0.00")), lines.toString());
    }

    @Test
    void aWholeProseReportWithoutItsExecutionScoresZeroSaidToItsAuthor() {
        EngineResult r = run(Samples.realTable("t126-wenchuan-shipin-2021"));
        Finding f = missing(r);
        assertEquals("not-in-report-zero", f.key());
        assertEquals(Severity.ERROR, f.severity());
        sameFinding(f, "", 3);
        String zh = ZH.message(f);
        assertEquals("报告只写了“中央食品监管专项转移支付预算资金”3 万元，没有写出“全年执行数”：“预算执行率”无从按金额核对，此项按 0 分计"
                + "（整份报告缺少的执行数不作未计分处理）。请在自评报告中写明全年执行数。", zh);
        String en = EN.message(f);
        assertTrue(en.startsWith("The report gives only") && en.contains("scores 0") && !en.contains("budget.json"), en);
        assertTrue(console(r, ZH).stream().anyMatch(l -> l.startsWith("得分：0.00 / 10.00")), console(r, ZH).toString());
    }

    @Test
    void aTableTitledSoIsStillAskedOfItsTranscriber(@TempDir Path tmp) throws java.io.IOException {
        // t126 with its title a table's: a blank to fill in, the default wording, as before
        Path from = Samples.realTable("t126-wenchuan-shipin-2021");
        Path p = tmp.resolve("t126");
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path q : s.toList()) {
                Path t = p.resolve(from.relativize(q).toString());
                if (Files.isDirectory(q)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(q, t);
                }
            }
        }
        Path d = p.resolve("submission/department.json");
        Files.writeString(d, Files.readString(d, StandardCharsets.UTF_8).replace("绩效自评报告\"", "绩效自评表\""), StandardCharsets.UTF_8);
        Finding f = missing(run(p));
        assertTrue(f.key().isEmpty() && ZH.message(f).contains("budget.json"), ZH.message(f));
    }

    @Test
    void aRateIsHeldToItsAmountsAsPrinted() {
        List<Finding> t134 = run(Samples.realTable("t134-xuancheng-dongwufangyi-2023")).findings().stream()
                .filter(f -> f.ruleId().equals("rate-mismatch")).toList();
        assertEquals(List.of(), t134, "46 / 148 in whole 万元 is 30.64 … 31.53 %: 31.00 % fits the print");
        List<Finding> t61 = run(Samples.realTable("t61-ningxia-fucai-2023")).findings().stream()
                .filter(f -> f.ruleId().equals("rate-mismatch")).toList();
        assertEquals(1, t61.size(), "47.68 / 50.00 is 95.34 … 95.38 %, not 95.00 %");
    }

    /** Row C6: 海南 服务贸易 (t120) prints 计划投资额, not 全年预算数: the arrival note says the form's word. */
    @Test
    void theArrivalNoteSaysTheFormsLabel() {
        Finding f = run(Samples.realTable("t120-hainan-fuwumaoyi")).findings().stream()
                .filter(x -> x.ruleId().equals("funds-arrival-scored-full")).findFirst().orElseThrow();
        assertEquals("labelled", f.key());
        String zh = ZH.message(f);
        assertTrue(zh.contains("少于计划投资额 570 万元") && !zh.contains("全年预算数"), zh);
        Finding before = new Finding(f.ruleId(), f.severity(), "", f.args().subList(0, 5), f.file(), f.pointer(), f.line(),
                f.column(), null);
        assertEquals(Fingerprints.of(before), Fingerprints.of(f));
    }
}
