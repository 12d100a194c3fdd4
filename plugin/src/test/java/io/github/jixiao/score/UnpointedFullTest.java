package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's framework file declaring {@code unpointed} over a table whose rows carry the whole base (t83 四川 普惠金融, its
 * project framework puhui-transfer-sichuan with the declaration added: 100 on its nine rows) is graded as usual, but the
 * declaration contradicts the table and still keeps rows without points from being asked for them. Until session 45
 * nothing was said (E8's left-alone: unpointed-printed covers only rows short of the base); now score-weights
 * {@code unpointed-full}, a warning at the declaration. Without the declaration nothing is said (the table as filed).
 */
class UnpointedFullTest {
    private static final String T83 = "t83-sichuan-puhui-jinrong";

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static List<String> weights(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights"))
                .map(f -> f.key() + " " + f.severity().id() + " " + f.file() + "#" + f.pointer()).toList();
    }

    private static Path t83(Path tmp, boolean declared) throws Exception {
        Path t = tmp.resolve("t83");
        Samples.copyTree(Samples.realTable(T83), t);
        if (declared) {
            Path framework = t.resolve("puhui-transfer-sichuan.json");
            String text = Files.readString(framework);
            String with = text.replaceFirst("\"id\": \"puhui-transfer-sichuan\",",
                    "\"id\": \"puhui-transfer-sichuan\",\n  \"unpointed\": \"表式不设分值栏。\",");
            assertEquals(true, with.contains("\"unpointed\""));
            Files.writeString(framework, with);
        }
        return t;
    }

    @Test
    void theDeclarationOverRowsCarryingTheWholeBaseIsSaid(@TempDir Path tmp) throws Exception {
        EngineResult plain = run(t83(tmp.resolve("plain"), false));
        EngineResult r = run(t83(tmp.resolve("declared"), true));
        assertEquals(List.of("unpointed-full warning puhui-transfer-sichuan.json#/unpointed"), weights(r));
        assertEquals(plain.sheet().total(), r.sheet().total(), "scored as usual");
        assertEquals(plain.sheet().grade(), r.sheet().grade(), "graded as usual");
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-full")).findFirst().orElseThrow();
        assertEquals("评分框架 puhui-transfer-sichuan 声明所评的表式不为绩效指标印分值（unpointed），但表中有 9 个绩效指标带有分值，合计 100 分，"
                + "连同其余各项已满 100 分：已照常核对、计分并评定等级。这一声明与表不符，且仍使没有分值的指标不要求补填。表式印有分值的，"
                + "请删去评分框架文件中的 unpointed（及 unpointedEn）；分值不是表中所印的，请删去这些指标的分值（points）。",
                new Messages(Messages.ZH).message(f));
        assertEquals(List.of(), weights(plain).stream().filter(l -> l.startsWith("unpointed")).toList());
    }
}
