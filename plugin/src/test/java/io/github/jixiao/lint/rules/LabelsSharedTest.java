package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.FrameworkLoader;
import io.github.jixiao.testing.RealTableTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Labels} of a packaged framework, one instance for all the runs on it (session 57, issue 17): the same answers
 * as a run's own instance, on two threads at once, past the answers it keeps ({@link Labels#KEPT}, {@link Labels#LONGEST});
 * a framework not packaged (a project's file) keeps its instance per run.
 */
class LabelsSharedTest {

    private static RuleContext run(Framework f) {
        return new RuleContext(new IndicatorCategoryUnknown().descriptor(), null, f);
    }

    @Test
    void onePerPackagedFrameworkOnePerRunOtherwise() throws Exception {
        Framework mof = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);
        assertTrue(FrameworkLoader.isPackaged(mof));
        assertSame(Labels.of(run(mof)), Labels.of(run(mof)));
        assertNotSame(Labels.of(run(mof)), Labels.of(run(FrameworkLoader.builtIn(FrameworkLoader.SHENZHEN_DEPARTMENT))));
        // the same framework read from a file: not the packaged instance, its labels the run's own
        byte[] bytes;
        try (java.io.InputStream in = FrameworkLoader.class.getClassLoader()
                .getResourceAsStream(FrameworkLoader.RESOURCE_DIR + FrameworkLoader.MOF_PROJECT + ".json")) {
            bytes = in.readAllBytes();
        }
        Framework file = FrameworkLoader.parse(bytes, "frameworks/mof.json").framework();
        assertTrue(!FrameworkLoader.isPackaged(file));
        RuleContext one = run(file);
        assertSame(Labels.of(one), Labels.of(one));
        assertNotSame(Labels.of(one), Labels.of(run(file)));
        assertNotSame(Labels.of(run(mof)), Labels.of(one));
        assertTrue(!FrameworkLoader.isPackaged(null));
    }

    private static final String[] PIECES = {"产出", "效益", "满意度", "成本", "数量", "质量", "时效", "社会", "经济", "生态", "可持续影响",
        "服务对象", "指标", "目标", " ", "　", "（", "）", "、", "a", "1"};

    private static final java.util.regex.Pattern LABEL_WORD = java.util.regex.Pattern.compile("指标|效益|满意|产出|成本|时效|质量|数量|影响");

    /** Every answer of {@code l} for {@code label}, in one string. */
    private static String answers(Labels l, Framework f, String label) {
        StringBuilder b = new StringBuilder();
        b.append(l.category(label).map(Framework.Category::level1).orElse("-")).append('|').append(l.normalise(label));
        for (Framework.Category c : f.taxonomy()) {
            b.append(l.matches(c, label) ? '1' : '0').append(l.anyLevel2(c, label) ? '1' : '0');
            for (Framework.SubCategory s : c.level2()) {
                b.append(l.matches(s, label) ? '1' : '0');
            }
        }
        return b.toString();
    }

    @Test
    void sameAnswersAsARunsOwnOnTwoThreadsPastWhatItKeeps() throws Exception {
        List<String> labels = new ArrayList<>();
        for (String t : RealTableTexts.strings()) {
            // the real tables' category labels (and texts like them), and a few past LONGEST
            if (t.length() <= 16 && LABEL_WORD.matcher(t).find() || t.length() > Labels.LONGEST && t.length() < Labels.LONGEST + 4) {
                labels.add(t);
            }
        }
        Random r = new Random(57);
        for (int n = 0; n < Labels.KEPT + 20; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            labels.add(b.toString());
        }
        assertTrue(labels.size() > Labels.KEPT + 100, "labels: " + labels.size());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            // the framework of most real tables, and the generated departments' (the benchmark's)
            for (String id : List.of(FrameworkLoader.MOF_PROJECT, FrameworkLoader.SHENZHEN_DEPARTMENT)) {
                Framework f = FrameworkLoader.builtIn(id);
                assertTrue(f.hasTaxonomy(), id);
                Labels shared = Labels.of(run(f));
                List<Future<List<String>>> halves = new ArrayList<>();
                for (int h = 0; h < 2; h++) {
                    boolean reversed = h == 1;
                    halves.add(two.submit(() -> {
                        List<String> out = new ArrayList<>();
                        for (int k = 0; k < labels.size(); k++) {
                            out.add(answers(shared, f, labels.get(reversed ? labels.size() - 1 - k : k)));
                        }
                        return out;
                    }));
                }
                List<String> first = halves.get(0).get();
                List<String> second = halves.get(1).get();
                for (int k = 0; k < labels.size(); k++) {
                    String own = answers(new Labels(f), f, labels.get(k));
                    int at = k;
                    assertEquals(own, first.get(k), () -> id + ": " + labels.get(at));
                    assertEquals(own, second.get(labels.size() - 1 - k), () -> id + ": " + labels.get(at));
                    // and once more, from what it kept
                    assertEquals(own, answers(shared, f, labels.get(k)), () -> id + ": " + labels.get(at));
                }
                // two threads: each may put one answer past KEPT when both pass the size test at once
                assertTrue(shared.kept() <= Labels.KEPT + 2 && shared.kept() > 0, id + ": " + shared.kept());
            }
        } finally {
            two.shutdown();
        }
    }
}
