package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A framework file that {@code extends} a built-in framework: it gives only what differs (its id, version, name,
 * source, partial, partialCut, unpointed; its kind where the built-in's criteria are the same for either, since session
 * 55), the rest is the built-in's as the plugin ships it, so a change to the built-in reaches it. Its base can only be a
 * built-in, named by id (never a path or a URL), and it cannot change what a score rests on (grades, taxonomy, criteria,
 * resultsMinimum; kind where the built-in's criteria read a figure only its own kind's submission holds): each of those
 * is a {@code framework-invalid} finding at its place in the file, in zh and en, never an exception. The fixtures are
 * under {@code framework-extends/}.
 */
class FrameworkExtendsTest {

    static final Path DIR = Path.of("src/test/resources/framework-extends");

    @TempDir
    Path project;

    FrameworkLoader.Loaded load(String fixture) throws IOException {
        Files.createDirectories(project.resolve("frameworks"));
        Files.copy(DIR.resolve(fixture + ".json"), project.resolve("frameworks/" + fixture + ".json"));
        return FrameworkLoader.load("frameworks/" + fixture + ".json", project, Src.NONE);
    }

    @Test
    void anExtendingFileIsTheBuiltInWithWhatItGives() throws IOException {
        FrameworkLoader.Loaded l = load("passes");
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        Framework base = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);
        // its own: what it is called, its version, where it was read, what its copy lacks
        assertEquals("cut-copy", f.id());
        assertEquals("1-partial", f.version());
        assertEquals("frameworks/passes.json", f.file());
        assertEquals("存档副本在满意度指标之前截断。", f.partial());
        assertEquals("The stored copy breaks off before the satisfaction indicators.", f.english(f.partial()));
        // the base's: everything a score rests on
        assertEquals(base.kind(), f.kind());
        assertEquals(base.grades(), f.grades());
        assertEquals(base.taxonomy(), f.taxonomy());
        assertEquals(shape(base), shape(f));
        assertEquals(base.criteria().size(), f.criteria().size());
        assertEquals("Budget execution", f.english("预算执行")); // the base's English for its names
        assertEquals("Excellent", f.english("优"));
        assertNull(base.base());
        assertEquals(new Framework.Base(FrameworkLoader.MOF_PROJECT, base.version()), f.base());
        // and no finding that a partial framework's weights fall short or its results share is not checked
        assertTrue(f.isPartial());
    }

    /**
     * The point of {@code extends}: a change to the built-in reaches every file that extends it (a whole copy kept the
     * old criteria until someone copied again). The same file merged over the packaged mof-project-2020 and over that
     * framework with its execution criterion's 评分标准 and its satisfaction block's weights changed, as a later
     * release might: the extending framework follows each base, and keeps its own id, version and partial.
     */
    @Test
    void aChangeToTheBaseReachesTheFrameworkThatExtendsIt() throws IOException {
        JsonDocument file = new SubmissionLoader().parse(Files.readAllBytes(DIR.resolve("passes.json")), "frameworks/passes.json")
                .document();
        JsonNode packaged = packagedTree(FrameworkLoader.MOF_PROJECT);
        ObjectNode changed = (ObjectNode) packaged.deepCopy();
        changed.put("version", "2099.1");
        ObjectNode execution = (ObjectNode) changed.at("/criteria/0/children/0/children/0");
        execution.put("standard", "预算执行率 × 分值（新版）");
        // satisfaction 10 → 5, benefits 30 → 35: the 一级 still weighs 90
        ((ObjectNode) changed.at("/criteria/1/children/2")).put("weight", 5);
        ((ObjectNode) changed.at("/criteria/1/children/2/children/0")).put("weight", 5);
        ((ObjectNode) changed.at("/criteria/1/children/1")).put("weight", 35);
        ((ObjectNode) changed.at("/criteria/1/children/1/children/0")).put("weight", 35);

        FrameworkLoader.Loaded before = FrameworkLoader.extend(file, packaged, null);
        FrameworkLoader.Loaded after = FrameworkLoader.extend(file, changed, null);
        assertEquals(List.of(), before.findings());
        assertEquals(List.of(), after.findings());
        Framework.Leaf was = before.framework().leaf("budget-execution-rate").orElseThrow();
        Framework.Leaf is = after.framework().leaf("budget-execution-rate").orElseThrow();
        assertNotEquals(was.standard(), is.standard());
        assertEquals("预算执行率 × 分值（新版）", is.standard());
        assertEquals(new BigDecimal("10"), before.framework().leaf("satisfaction-indicators").orElseThrow().weight());
        assertEquals(new BigDecimal("5"), after.framework().leaf("satisfaction-indicators").orElseThrow().weight());
        assertEquals(new BigDecimal("35"), after.framework().leaf("benefit-indicators").orElseThrow().weight());
        // the summary's pin follows the base too; the file's own stay
        assertEquals(new Framework.Base(FrameworkLoader.MOF_PROJECT, "2099.1"), after.framework().base());
        assertEquals("cut-copy", after.framework().id());
        assertEquals("1-partial", after.framework().version());
        assertEquals(before.framework().partial(), after.framework().partial());
    }

    /** A version pinned after @ that is the built-in's: nothing said. */
    @Test
    void aPinnedVersionThatIsTheBuiltInsSaysNothing() throws IOException {
        assertEquals("2020.8", FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT).version(), "the fixture pins this version");
        FrameworkLoader.Loaded l = load("pinned");
        assertEquals(List.of(), l.findings());
        assertNotNull(l.framework());
    }

    /**
     * {@code "actualIs": "progress"} (the form's actual column is 实施进度, 大英 双心 2020, t44; session 56) may be given by a
     * file extending a built-in framework, and the merged framework says so; the built-in itself does not.
     */
    @Test
    void anExtendingFileMaySayItsActualColumnIsProgress() throws IOException {
        FrameworkLoader.Loaded l = load("actual-is-progress");
        assertEquals(List.of(), l.findings());
        assertTrue(l.framework().actualIsProgress());
        assertFalse(load("passes").framework().actualIsProgress());
    }

    /** A version pinned after @ that is not the built-in's: a warning at extends, and the framework scored on the base there is. */
    @Test
    void aPinnedVersionThatIsNotTheBuiltInsIsAWarning() throws IOException {
        FrameworkLoader.Loaded l = load("pinned-old");
        assertNotNull(l.framework(), "scored on the built-in there is");
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals("extends-version", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/extends", f.pointer());
        assertEquals(3, f.line());
        assertEquals(14, f.column());
        assertEquals(List.of("frameworks/pinned-old.json", "mof-project-2020", "2019.1", "2020.8"), f.args());
        FrameworkSchemaFaultsTest.speaksBothLanguages(f);
    }

    /**
     * What the file may not be: each one finding at its place (line and column of the value in the file), in zh and en,
     * and no framework. {@code args} after the file, ' & ' between them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // fixture          | key                  | pointer   | line | col | args
        "unknown            | extends-unknown      | /extends  | 3    | 14  | sichuan-project-2022 & " + BUILT_IN,
        "unknown-near       | extends-unknown-near | /extends  | 3    | 14  | mof-projcet-2020 & " + BUILT_IN + " & mof-project-2020",
        // a path, a URL or a file name is never read: extends names a built-in framework, by id
        "path               | extends-path         | /extends  | 3    | 14  | ../frameworks/mof-project-2020.json & " + BUILT_IN,
        "url                | extends-path         | /extends  | 3    | 14  | https://example.org/mof-project-2020.json & " + BUILT_IN,
        "file-name          | extends-path         | /extends  | 3    | 14  | mof-project-2020.json & " + BUILT_IN,
        // what the score rests on is the base's (the schema's then-branch refuses it too)
        // kind, where the base's criteria read what only its own kind's submission holds (深圳's are a department's: its
        // management.json, its budget's own figures); until session 55 any kind was extends-override
        "kind-bound         | extends-kind         | /kind     | 9    | 11  | project & shenzhen-department-2024 & department & "
                + "budget#/fullYearBudget、budget#/initialBudget、budget#/procurement/actual、budget#/procurement/plan、"
                + "management#/disclosure/budget/status、management#/disclosure/finalAccounts/status、…",
        "override-criteria  | extends-override     | /criteria | 11   | 15  | criteria & mof-project-2020 & " + OVERRIDABLE,
        // among what may be given, the schema's own words
        "type-partial       | type                 | /partial  | 9    | 14  | integer & string",
        "required-version   | required             | ''        | 1    | 1   | version",
        "unknown-key        | additionalProperties | ''        | 11   | 14  | weights",
        // omit and repoint name the base's criteria, by id (since session 53)
        "omit-unknown       | extends-criterion-unknown | /omit/0 | 10 | 5 | budget-execution & mof-project-2020 & " + MOF_IDS,
        "omit-unknown-near  | extends-criterion-unknown-near | /omit/0 | 10 | 5 | budget-executon-rate & mof-project-2020 & " + MOF_IDS
                + " & budget-execution-rate",
        "repoint-unknown-near | extends-criterion-unknown-near | /repoint/output-indicator | 10 | 25 | output-indicator & mof-project-2020 & "
                + MOF_IDS + " & output-indicators",
        "omit-all           | extends-omit-all     | /omit     | 9    | 11  | mof-project-2020",
        "repoint-omitted    | extends-repoint-omitted | /repoint/budget-execution-rate | 13 | 30 | budget-execution-rate",
        // a ratio carries points of its own (its pointsFrom, its cap): a new weight alone would contradict them
        "repoint-method     | extends-repoint-method | /repoint/budget-execution-rate | 10 | 30 | budget-execution-rate & mof-project-2020 & ratio",
        "omit-type          | type                 | /omit     | 9    | 11  | string & array",
        // actualIs names what the form prints in the actual's place: only "progress" (实施进度, session 56), at the value
        "enum-actual-is     | enum                 | /actualIs | 8    | 15  | 进度 & progress",
    })
    void whatTheFileMayNotBeIsAFindingAtItsPlace(String fixture, String key, String pointer, int line, int column, String args)
            throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertNull(l.framework(), () -> "not used: " + l.findings());
        Finding f = l.findings().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(l.findings()));
        assertEquals(1, l.findings().size(), l.findings().toString());
        String file = "frameworks/" + fixture + ".json";
        assertEquals("framework-invalid", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(file, f.file());
        assertEquals(pointer, f.pointer());
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        List<String> expected = new ArrayList<>(List.of(file));
        if (!key.startsWith("extends-")) {
            expected.add(pointer.isEmpty() ? "/" : pointer);
        }
        expected.addAll(List.of(args.split(" & ")));
        assertEquals(expected, f.args());
        FrameworkSchemaFaultsTest.speaksBothLanguages(f);
    }

    static final String BUILT_IN = "shenzhen-department-2024、mof-project-2020、chongqing-department-2021、yueyang-department、mof-transfer-region、project-20-80";
    static final String OVERRIDABLE = "id、version、name、nameEn、kind、source、partial、partialEn、partialCut、unpointed、unpointedEn、actualIs、noFunds、omit、repoint";
    static final String MOF_IDS = "budget-execution-rate、output-indicators、benefit-indicators、satisfaction-indicators";

    /**
     * A form that has not all of the base's criteria, or prints other points for some (宁夏's 项目绩效目标自评表: no points
     * on the funds block, the indicators 40 + 40 + 20 = 100, as t23 原州 2022 prints them): omit leaves the criterion out
     * and any group left empty with it, repoint gives a criterion its printed points, and each group holding a changed
     * criterion weighs what its criteria add up to. Everything else is the base's, as before.
     */
    @Test
    void omitAndRepointChangeOnlyTheCriteriaTheyName() throws IOException {
        FrameworkLoader.Loaded l = load("omit-repoint");
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        Framework base = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);
        assertTrue(f.leaf("budget-execution-rate").isEmpty(), "omitted");
        assertEquals(List.of("output-indicators", "benefit-indicators", "satisfaction-indicators"),
                f.leaves().stream().map(Framework.Leaf::id).toList());
        assertEquals(List.of(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20")),
                f.leaves().stream().map(Framework.Leaf::weight).toList());
        // 预算执行 (its one criterion omitted) is gone; 年度绩效指标 weighs 40 + 40 + 20, each 二级 its criterion's
        assertEquals(1, f.criteria().size());
        assertEquals("年度绩效指标", f.criteria().get(0).name());
        assertEquals(0, new BigDecimal("100").compareTo(f.criteria().get(0).weight()));
        assertEquals(List.of("40", "40", "20"), f.criteria().get(0).groups().stream().map(g -> g.weight().toPlainString()).toList());
        // the methods, standards, grades and taxonomy are the base's
        for (Framework.Leaf leaf : f.leaves()) {
            Framework.Leaf b = base.leaf(leaf.id()).orElseThrow();
            assertEquals(b.standard(), leaf.standard());
            assertEquals(b.method().getClass(), leaf.method().getClass());
        }
        assertEquals(base.grades(), f.grades());
        assertEquals(base.taxonomy(), f.taxonomy());
        // the base itself is untouched (its cached tree is copied, never changed)
        assertEquals(4, FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT).leaves().size());
        FrameworkLoader.Loaded passes = load("passes");
        assertEquals(List.of(), passes.findings());
        assertEquals(shape(base), shape(passes.framework()));
    }

    /**
     * An extending file that is not partial and whose omit or repoint leave the criteria off 100 (a funds block omitted, the
     * indicators left at the base's 90): said at the file's omit or repoint, the key that made the total, naming the
     * changed criteria and the total they leave and how to fix it (mark the file partial, or re-point another criterion);
     * never at /criteria, a key the extending file cannot hold. The same total-weight finding as a whole file's (its
     * fingerprint: rule, file, key and total), the framework not used as before. Marked partial, it passes, as does an
     * omit whose re-pointed criteria make up the 100 (t23's form, omit-repoint).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "omit-short    | /omit    | 9  | 11 | 90 | budget-execution-rate（omit）",
        "repoint-short | /repoint | 9  | 14 | 90 | output-indicators → 40（repoint）",
    })
    void omitOrRepointLeavingTheTotalOff100IsSaidAtThatKey(String fixture, String pointer, int line, int column, String total,
            String changed) throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals("framework-invalid", f.ruleId());
        assertEquals("total-weight-extends", f.key());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(pointer, f.pointer());
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        String file = "frameworks/" + fixture + ".json";
        assertEquals(List.of(file, total, "mof-project-2020", changed), f.args());
        FrameworkSchemaFaultsTest.speaksBothLanguages(f);
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f);
        assertTrue(zh.contains("partial") && zh.contains("repoint") && zh.contains("合计 " + total), zh);
        assertEquals(io.github.jixiao.report.Fingerprints.of(f),
                io.github.jixiao.report.Fingerprints.of(new Finding(f.ruleId(), f.severity(), "total-weight",
                        f.args().subList(0, 2), file, "/criteria", 1, 1, null)),
                "the whole file's total-weight finding");
    }

    @Test
    void anOmitLeavingThe90OfAPartialFileIsNoFinding() throws IOException {
        FrameworkLoader.Loaded l = load("omit-short-partial");
        assertEquals(List.of(), l.findings());
        assertNotNull(l.framework());
        assertEquals(0, new BigDecimal(90).compareTo(
                l.framework().criteria().stream().map(Framework.Group::weight).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(List.of(), load("omit-repoint").findings(), "t23's form: its re-pointed criteria make up the 100");
    }

    /** omit and repoint belong to an extending file: a whole framework file changes its criteria where they are. */
    @Test
    void aWholeFrameworkFileCannotOmit() {
        String whole = new String(packagedBytes(FrameworkLoader.MOF_PROJECT), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"id\": \"mof-project-2020\"", "\"id\": \"whole-copy\", \"omit\": [\"budget-execution-rate\"]");
        FrameworkLoader.Loaded l = FrameworkLoader.parse(whole.getBytes(java.nio.charset.StandardCharsets.UTF_8), "whole.json");
        assertTrue(l.findings().stream().anyMatch(x -> x.pointer().equals("/omit")), l.findings().toString());
        assertNull(l.framework());
    }

    /** An extending file cannot pass itself off as a built-in either (the summary would name the built-in). */
    @Test
    void anExtendingFileWithABuiltInsIdIsRefusedAsAWholeFileIs() throws IOException {
        FrameworkLoader.Loaded l = load("builtin-id");
        assertEquals(List.of("builtin-id"), l.findings().stream().map(Finding::key).toList());
    }

    /** The built-ins extend nothing: a base is never itself an extending file, so no chain and no cycle can form. */
    @Test
    void noBuiltInExtendsAnother() throws IOException {
        for (String id : FrameworkLoader.BUILT_IN) {
            assertTrue(!packagedTree(id).has("extends"), id);
            assertNull(FrameworkLoader.builtIn(id).base(), id);
        }
    }

    /**
     * The 20 + 80 项目自评表 (session 54): project-20-80 is t18's framework (区商务局 2020, a whole file, the form's first
     * table), criterion for criterion; t13, t56, t82, t84, t111, t115, t116 and t117 extend it and are scored on the same
     * criteria as before, when each was a whole copy of t18's; t71 and t79 extend mof-project-2020 likewise.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        t13-xiangyang-zhongxin-2021      | xiangyang-project-2021.json   | project-20-80    | true
        t84-baoshan-tuiyijunren-2022     | baoshan-project-2022.json     | project-20-80    | false
        t111-longyang-huafei-2022        | longyang-huafei-2022.json     | project-20-80    | true
        t56-jinbu-yuye-2020              | jinbu-project-2020.json       | project-20-80    | false
        t82-huangshi-tushuguan-2022      | huangshi-library-2022.json    | project-20-80    | true
        t115-shidian-baozhongchang-2021  | shidian-baozhongchang-2021.json | project-20-80  | false
        t116-changning-changlong-2022    | changning-changlong-2022.json | project-20-80    | true
        t117-changning-jianfu-2022       | changning-jianfu-2022.json    | project-20-80    | true
        t71-luohu-nanhu-pinggaiguan-2022 | nanhu-bond-project-2022.json  | mof-project-2020 | true
        t79-bingtuan-liutuan-2021        | liutuan-xianjie-2021.json     | mof-project-2020 | true
        """)
    void theRealTablesCopiesExtendTheirBuiltIn(String table, String file, String base, boolean partial) {
        FrameworkLoader.Loaded l = FrameworkLoader.load(file, Path.of("src/test/resources/real-tables", table), Src.NONE);
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        assertEquals(base, f.base().id());
        assertEquals(partial, f.isPartial());
        assertEquals(shape(FrameworkLoader.builtIn(base)), shape(f));
        if (base.equals(FrameworkLoader.PROJECT_20_80)) {
            FrameworkLoader.Loaded t18 = FrameworkLoader.load("shangwu-project-2020.json",
                    Path.of("src/test/resources/real-tables/t18-shangwu-fuwumaoyi-2020"), Src.NONE);
            assertEquals(List.of(), t18.findings());
            assertNull(t18.framework().base());
            assertEquals(shape(t18.framework()), shape(f));
            assertEquals(t18.framework().kind(), f.kind());
            assertEquals(t18.framework().taxonomy(), f.taxonomy());
        }
    }

    /**
     * A 部门整体 自评表 printed in the 财预〔2020〕10号 project layout says so by extending mof-project-2020 with {@code "kind":
     * "department"} (since session 55; before, such a department carried a whole copy of it, ten of the real tables): the
     * built-in's criteria, grades and taxonomy, the file's kind, and the base saying its own kind was changed (the summary
     * says it). mof-project-2020's criteria read only the funds block and the indicator rows; a kind equal to the base's
     * changes nothing.
     */
    @Test
    void aDepartmentInTheProjectLayoutExtendsItWithItsKind() throws IOException {
        assertEquals(List.of(), FrameworkLoader.kindBound(packagedTree(FrameworkLoader.MOF_PROJECT)));
        FrameworkLoader.Loaded l = load("kind-department");
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        Framework base = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);
        assertEquals("department", f.kind());
        assertEquals("mof-project-2020", f.base().id());
        assertEquals("project", f.base().kindChangedFrom());
        assertEquals(shape(base), shape(f));
        assertEquals(base.taxonomy(), f.taxonomy());
        assertEquals(base.grades(), f.grades());
        FrameworkLoader.Loaded same = load("kind-same");
        assertEquals(List.of(), same.findings());
        assertEquals("project", same.framework().kind());
        assertNull(same.framework().base().kindChangedFrom());
    }

    /**
     * Which built-ins' kind an extending file may change: those whose criteria read only the funds block and the indicator
     * rows (the 10号 project form, the 20 + 80 form, the 区域 transfer form, 重庆's 部门整体 form of 执行率 10 + 指标 90); not
     * 深圳's or 岳阳's 部门整体 frameworks, whose criteria read a department's management.json and budget figures.
     */
    @Test
    void onlyABuiltInWhoseCriteriaReadNoKindsOwnFiguresMayChangeKind() throws IOException {
        for (String id : FrameworkLoader.BUILT_IN) {
            boolean bound = !FrameworkLoader.kindBound(packagedTree(id)).isEmpty();
            assertEquals(id.equals(FrameworkLoader.SHENZHEN_DEPARTMENT) || id.equals(FrameworkLoader.YUEYANG_DEPARTMENT), bound, id);
        }
    }

    /**
     * The department tables printed in a project layout (session 55): ten 部门整体 自评表 and 目标表 in the 10号 layout
     * extend mof-project-2020, 塘湖镇 2020 (t69) the 20 + 80 form, each with kind department; 潼南 五桂镇 2023's 项目
     * 目标表 (t75) is 重庆's 部门整体 form of 执行率 10 + 指标 90 used for a project, extending chongqing-department-2021
     * with kind project. Each was a whole copy; each now has the built-in's criteria, the file's kind, and its base's kind
     * said as changed.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        t34-jinzhai-chagu-2023         | jinzhai-department-2023.json   | mof-project-2020          | department | true
        t38-ningde-fangzhi-2019        | ningde-department-2019.json    | mof-project-2020          | department | false
        t46-ningde-dizhen-2020         | ningde-dizhen-2020.json        | mof-project-2020          | department | true
        t47-ningde-fangzhi-2018        | ningde-fangzhi-2018.json       | mof-project-2020          | department | true
        t55-guangshui-zhengfuban-2021  | guangshui-department-2021.json | mof-project-2020          | department | false
        t65-guiping-shenji-2019        | guiping-shenji-2019.json       | mof-project-2020          | department | true
        t70-hengshan-guantang-2023     | guantang-department-2023.json  | mof-project-2020          | department | true
        t90-lingling-linye-2021        | lingling-department-2021.json  | mof-project-2020          | department | true
        t92-fuliang-linye-2026         | fuliang-department-2026.json   | mof-project-2020          | department | true
        t101-guangshui-jiaoyu-2023     | guangshui-jiaoyu-2023.json     | mof-project-2020          | department | true
        t69-tianchang-tanghu-2020      | tanghu-department-2020.json    | project-20-80             | department | false
        t75-tongnan-wugui-2023         | tongnan-project-2023.json      | chongqing-department-2021 | project    | false
        """)
    void theRealTablesInAnotherKindsLayoutExtendItWithTheirKind(String table, String file, String base, String kind,
            boolean partial) {
        FrameworkLoader.Loaded l = FrameworkLoader.load(file, Path.of("src/test/resources/real-tables", table), Src.NONE);
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        Framework builtIn = FrameworkLoader.builtIn(base);
        assertEquals(base, f.base().id());
        assertEquals(kind, f.kind());
        assertEquals(builtIn.kind(), f.base().kindChangedFrom());
        assertNotEquals(builtIn.kind(), f.kind());
        assertEquals(partial, f.isPartial());
        assertEquals(shape(builtIn), shape(f));
        assertEquals(builtIn.taxonomy(), f.taxonomy());
    }

    /**
     * Every leaf of {@code f} as text, its indicator-points bands (arrays, which a record compares by identity) written
     * out: two frameworks with the same shape have the same criteria.
     */
    static List<String> shape(Framework f) {
        List<String> out = new ArrayList<>();
        for (Framework.Leaf leaf : f.leaves()) {
            String s = leaf.toString().replaceAll("\\[Ljava\\.math\\.BigDecimal;@\\p{XDigit}+", "[]");
            if (leaf.method() instanceof Method.IndicatorPoints ip) {
                StringBuilder b = new StringBuilder(s);
                ip.bands().forEach((k, v) -> b.append(' ').append(k).append(java.util.Arrays.toString(v)));
                s = b.toString();
            }
            out.add(s);
        }
        for (Framework.Group l1 : f.criteria()) {
            out.add(l1.name() + " " + l1.weight());
            l1.groups().forEach(l2 -> out.add(l2.name() + " " + l2.weight()));
        }
        return out;
    }

    static byte[] packagedBytes(String id) {
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode packagedTree(String id) throws IOException {
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
            return new SubmissionLoader().parse(in.readAllBytes(), id + ".json").document().root();
        }
    }
}
