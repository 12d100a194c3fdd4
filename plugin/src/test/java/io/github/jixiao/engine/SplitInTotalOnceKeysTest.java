package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Engine.splitInTotalOnce tells the weights' total by its key (total, total-unplaced), not by how many arguments it has:
 * until session 54 it asked for three and seven, so that an argument added to the scorer's finding would have stopped
 * the fold without a word (review s53 R3). Its variants are not folded again.
 */
class SplitInTotalOnceKeysTest {

    private static final String FILE = "submission/indicators.json";

    private static Finding weights(String key, List<String> args, Severity severity) {
        return new Finding("score-weights", severity, key, args, FILE, "/indicators", 1, 1, null);
    }

    private static final Finding SPLIT = weights("split", List.of("产出指标", "80", "50"), Severity.WARNING);

    @Test
    void aTotalWithAnArgumentMoreStillListsTheSplit() {
        for (String key : List.of("total", "total-unplaced")) {
            // four arguments, or eight: one more than the scorer gives today
            List<String> args = key.equals("total") ? List.of("110", "99.00", "产出 50 + 效益 30", "more")
                    : List.of("75", "68.75", "预算执行 10 + 年度绩效指标 90", "8", "2", "a 3、b 5", "83", "more");
            List<Finding> out = Engine.splitInTotalOnce(List.of(weights(key, args, Severity.ERROR), SPLIT));
            assertEquals(1, out.size(), key + ": " + out);
            assertEquals(key + "-split-one", out.get(0).key()); // (one category: -one since session 55, "为" not "依次为")
            assertEquals(List.of("“产出指标”", "80", "50"), out.get(0).args().subList(args.size(), args.size() + 3), key);
        }
    }

    @Test
    void aVariantIsNotListedInAgain() {
        Finding listed = weights("total-split", List.of("110", "99.00", "产出 50 + 效益 30", "“产出指标”", "80", "50"), Severity.ERROR);
        assertEquals(List.of(listed, SPLIT), Engine.splitInTotalOnce(List.of(listed, SPLIT)));
    }
}
