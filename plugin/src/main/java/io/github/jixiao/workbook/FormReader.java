package io.github.jixiao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sheet laid out as a printed form: the indicator table found by its headings (一级指标 / 三级指标 or
 * 指标名称 …), the funds block by its (年初预算数, 全年预算数, 全年执行数 …), the header fields by their labels, the
 * 年度总体目标 by 预期目标 / 实际完成情况, the stated total by 合计 / 总分. Nothing is found by a fixed address: a title
 * row, blank rows and columns, merged headings and columns in another order all read the same.
 */
final class FormReader {

    /**
     * What a sheet gave: the documents by role and, for each value, the cell it came from; {@code type} what the sheet
     * was read from (xlsx, xls, docx: {@link Grid#type}), which says how its cells are named.
     */
    record Form(String sheet, String type, Map<String, Map<String, Object>> documents, Map<String, String> cells,
                List<WorkbookImport.Problem> problems, Map<String, String> blank, Map<String, Map<String, String>> columns,
                String criteria) {
        /**
         * {@link #criteria} (in the sidecar: which table a form's criteria rows, and their own scores, are in; null when it
         * gives none) of claims read from a 评分表's rows.
         */
        static final String SCORE_SHEET = "score-sheet";
        /** {@link #criteria} of claims read from rows of the indicator table (a criterion row under the framework named). */
        static final String INDICATOR_TABLE = "indicator-table";

        /**
         * A form none of whose printed figures was left blank ({@code blank}), without {@code columns}: the heading each
         * field's column prints, by the list it fills ({@code indicators#/indicators} → target → 年度指标值), which
         * findings on the list then say.
         */
        Form(String sheet, String type, Map<String, Map<String, Object>> documents, Map<String, String> cells,
             List<WorkbookImport.Problem> problems) {
            this(sheet, type, documents, cells, problems, Map.of(), Map.of(), null);
        }

        /** This form with {@code more} problems after its own (another sheet's, said beside this form's import). */
        Form withProblems(List<WorkbookImport.Problem> more) {
            List<WorkbookImport.Problem> all = new ArrayList<>(problems);
            all.addAll(more);
            return new Form(sheet, type, documents, cells, all, blank, columns, criteria);
        }
    }

    /**
     * The type of a 评分表 printed with its weights only, no column of the unit's own scores: nothing to import, kept
     * only so that a workbook holding nothing else is told so ({@link WorkbookImport}).
     */
    static final String BLANK_SCORES = "blank-scores";

    /**
     * The type of the {@link Form} of a filled-in 评分表 most of whose criteria no built-in department framework names
     * (another region's table, such as 寿县 2023's 部门整体支出绩效评价自评表): nothing of it is imported, and its one
     * problem ({@code scores-unknown}) names the sheet and the first criteria.
     */
    static final String UNKNOWN_SCORES = "unknown-scores";

    /** What follows a "单位" label when it gives the table's unit of measure, not the unit that files it. */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("元", "万元", "亿元", "千元", "个", "%", "人", "分",
            "项", "次", "人次", "件", "户", "天", "日", "月", "年", "亩", "万人", "公里", "千米", "平方米", "吨", "台", "套", "家", "所", "名");

    /**
     * Whether the value after a "单位" label gives units of measure: each of its parts (split at 、 , / ;) one of
     * {@link #MEASURES}, a bracketed note and a leading 人民币 left out (万元（保留两位小数）, 人民币万元、%).
     */
    static boolean measure(String v) {
        // split before white space is folded away: "万元 %" is two units, not one word
        String f = withoutBrackets(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)).strip();
        if (f.startsWith("人民币")) {
            f = f.substring(3);
        }
        for (String part : MEASURE_SEPARATORS.split(f)) {
            if (!part.isEmpty() && !MEASURES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** How many of an {@link #UNKNOWN_SCORES} sheet's criteria its problem names. */
    private static final int NAMED = 3;

    /** What a monitoring table's "1-6月执行数" (1-7月, 1至6月 …) is read as: the executed to date, its month kept apart. */
    private static final String TO_DATE_HEADING = "1-N月执行数";

    /**
     * The heading a reviewer's reason column is read under ({@code reviewedReason}, 复核理由), and what 扣分原因（复核） /
     * 扣分理由（复核） fold to: their bracketed tail is what makes them the reviewer's (a plain 扣分原因 is not read as his).
     */
    private static final String REVIEWED_REASON = "复核扣分原因";

    private static final Pattern REVIEWED_TAIL = Pattern.compile("^(扣分原因|扣分理由|扣分说明|理由|意见|说明)\\(复核(人)?\\)$");

    /** Indicator columns: field, then the headings (folded, most specific first across fields). */
    private static final String[][] INDICATOR_COLUMNS = {
            // 一级 / 二级 / 三级 alone: 山东 临邑 2025's 项目支出目标申报表 (t67) heads its columns so
            // 分解目标: 江西's 整体支出绩效自评表 (南昌县 蚕茶卫生院 2021, t81: 管理指标 / 产出指标 / 效果指标 / 满意度指标)
            {"level1", "一级指标", "一级", "分解目标"},
            {"level2", "二级指标", "二级"},
            // 三级指标内容: 湖南 南岳 2023's 雨露计划绩效目标申报表 (t60)
            {"name", "三级指标", "指标名称", "绩效指标名称", "三级", "三级指标内容",
                    // 绩效内容: 福建 宁德 2023's 项目年度绩效目标(定量目标), right of 评价内容 over 一级 and 二级 (t59)
                    "绩效内容"},
            {"adjustedTarget", "调整指标值", "调整后指标值", "全年调整指标值"},
            {"target", "年度指标值", "年初指标值", "指标值", "目标值", "年度目标值", "预期指标值", "指标目标值", "当年预期实现值",
                    "预期目标值", "指标值及单位", "绩效目标值", "年初目标值", "计划指标值", "年度数值"},
            {"actual", "实际完成值", "全年完成值", "完成值", "单项指标实际完成值", "全年实际完成值", "全年实际值", "实际值", "半年度指标执行情况", "半年度执行情况",
                    "指标执行情况", "实际完成指标值"},
            // 实施进度: 四川's 项目支出绩效自评报告 (指标值 | 实施进度, 大英 双心 2020, t44): the work's progress, read as the
            // actual where no other column is one (ProgressColumn; session 57, s56 Q1's left-alone 5)
            {"progress", "实施进度", "完成进度"},
            {"forecast", "全年预计完成值", "全年预计完成情况", "预计完成值", "预计全年完成值"},
            {"likelihood", "完成目标可能性"},
            {"scoreRate", "得分系数"},
            // 权重占比(%): 河北's 预算项目绩效自评表 (t80), under 自评得分 beside 单项指标得分
            {"points", "分值", "指标分值", "指标权重", "权重", "权重占比"},
            {"score", "得分", "指标得分", "自评分", "自评得分", "单项指标得分"},
            {"reviewedScore", "复核分", "复核得分", "复核评分", "评价复核得分"},
            {"reviewedReason", REVIEWED_REASON, "复核理由", "复核意见", "复核说明", "复核扣分理由", "复核扣分说明"},
            {"explanation", "偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "原因分析", "未完成原因", "未完成原因及改进措施",
                    "未完成原因及拟采取的改进措施", "偏差原因及改进措施", "偏差原因分析",
                    // the 中央 fund's 自评表 as 宁夏 2023 fills it in (t61)
                    "未完成原因和改进措施",
                    // 江西's 整体支出绩效自评表 (t81)
                    "偏差及原因分析"},
            {"unit", "度量单位", "计量单位", "单位"},
            {"nature", "指标性质"},
            {"direction", "指标方向", "指标方向性"},
            {"core", "是否核心指标"},
            {"achievement", "完成档次"},
            {"standard", "评分标准", "评(扣)分标准", "评分规则"},
            {"definition", "指标解释", "指标说明"},
    };

    /**
     * The indicator headings of 海南's 项目绩效目标表 (t40 美兰 2016: 指标类型 | 指标名称 | 绩效目标 | 绩效标准; t41, the 2013
     * form: 指标类型 | 绩效指标 | 年初绩效目标 | 调整后绩效目标(如有) | 绩效标准): {@link #INDICATOR_COLUMNS} with 绩效指标 a name, 绩效目标
     * and 年初绩效目标 a target and 调整后绩效目标 an adjusted one. Read so only in a row that heads its first column 指标类型
     * ({@link #typedHeading}): elsewhere 绩效指标 is the label merged down left of the national form's 一级指标, and 年初绩效目标 /
     * 调整后绩效目标 are 重庆's goals above its table.
     */
    private static final String[][] TYPED_COLUMNS = typedColumns();

    private static String[][] typedColumns() {
        String[][] out = new String[INDICATOR_COLUMNS.length][];
        for (int i = 0; i < out.length; i++) {
            String[] f = INDICATOR_COLUMNS[i];
            String[] more = switch (f[0]) {
                case "name" -> new String[] {"绩效指标"};
                case "target" -> new String[] {"绩效目标", "年初绩效目标"};
                case "adjustedTarget" -> new String[] {"调整后绩效目标"};
                default -> new String[0];
            };
            out[i] = java.util.Arrays.copyOf(f, f.length + more.length);
            System.arraycopy(more, 0, out[i], f.length, more.length);
        }
        return out;
    }

    /** The headings of the columns that describe an indicator row ({@code standard}, {@code definition}), as folded. */
    private static final java.util.Set<String> DESCRIBES = java.util.Set.of("评分标准", "评(扣)分标准", "评分规则", "指标解释", "指标说明");

    /** The words of a 指标方向 column that are the direction (the schema's direction), as folded. */
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("正向", "反向", "正向指标", "反向指标");

    private static final String[][] FUNDS_COLUMNS = {
            {"initial", "年初预算数", "年初部门预算安排金额"},
            {"fullYear", "全年预算数", "全年(调整)预算数", "调整后预算数", "全年调整预算数", "小计"},
            // 全年执行 without 数: 湖北 武汉 新洲区楚剧团 2020 (t62)
            {"executed", "全年执行数", "预算执行数", "执行数", "年度拨付金额", "全年执行"},
            {"executedToDate", TO_DATE_HEADING},
            {"forecast", "全年预计执行数", "预计全年执行数", "全年预计支出数"},
            // 预算执行率(B/A×100%): the 中央 transfer's 区域绩效自评表 (田家庵区 2024, t68), its bracket dropped as every heading's
            {"executionRatePercent", "执行率", "支出实现率", "预算执行率"},
            {"carryover", "历年结余结转"},
            {"adjustment", "年中调整金额"},
            {"balance", "本年度结余金额", "结余金额"},
            {"balanceRatePercent", "资金结余率", "结余率"},
            {"points", "分值", "权重", "执行率权重"},
            {"score", "得分", "执行率得分", "自评分", "自评得分"},
            {"reviewedScore", "复核分", "复核得分", "复核评分", "评价复核得分"},
            {"reviewedReason", REVIEWED_REASON, "复核理由", "复核意见", "复核说明", "复核扣分理由", "复核扣分说明"},
    };


    /** A funds heading's trailing column number and formula as folded: "3=1+2", "5=4/3", "1" (福建: ③=①+②, ⑤=④/③, ①). */
    private static final Pattern CIRCLED_FORMULA = Pattern.compile("(?<=[^\\d.])\\d{1,2}(=[\\d+\\-−/×*]+)?$");

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");

    private static final Pattern TO_DATE = Pattern.compile("^1\\s*[-－—~～至到]\\s*(\\d{1,2})\\s*月(?:份)?(?:累计)?(?:预算)?执行数$");

    /**
     * An indicator's value to date headed by its months, as the funds' 1-N月执行数 is: 1-7月执行情况 (the central 项目支出
     * 绩效目标执行监控表, 财预〔2019〕136号, monitors January to July), 1-6月完成值: read as 半年度指标执行情况 is.
     */
    private static final Pattern TO_DATE_VALUE = Pattern.compile("^1\\s*[-－—~～至到]\\s*(\\d{1,2})\\s*月(?:份)?(?:累计)?(?:指标)?(?:执行情况|完成情况|完成值)$");

    /** The month of the funds block's "1-N月执行数" heading, once read. */
    private Integer toDateMonth;
    private static final Pattern CODE_NAME = Pattern.compile("^([0-9A-Za-z]{6,})[-－—](.+)$");

    private final Grid g;
    private final Map<String, String> cells = new LinkedHashMap<>();
    /**
     * The funds figures whose column the table prints and whose cell it leaves empty (ref → cell): not written to the
     * JSON, which cannot tell them from a column not printed, but to the sidecar ({@code blank}), where check tells them
     * apart (mof-project-2020 does not stand 年初预算数 in for a 全年预算数 the unit left blank).
     */
    private final Map<String, String> blank = new LinkedHashMap<>();
    private final List<WorkbookImport.Problem> problems = new ArrayList<>();

    /**
     * The framework the user named for the import ({@code -Djixiao.framework}: a built-in's id or a project file, as
     * written, and the framework it loads): department.json names it, and a 评分表's rows are read as its criteria
     * (no built-in framework is guessed then).
     */
    record Given(io.github.jixiao.score.Framework framework, String choice) {
    }

    /** The framework the user named, or null: a 评分表 is then read against the built-in department frameworks. */
    private final Given given;

    private FormReader(Grid g, Given given) {
        this.g = g;
        this.given = given;
    }

    /** The form on this sheet, or null when the sheet holds no indicator table. */
    static Form read(Grid g) {
        return new FormReader(g, null).read();
    }

    /**
     * Every form on this sheet: one per project table when several stand one after the other (each with its own
     * header block: a title and 项目名称, then its indicator table), else the one form (or none).
     */
    static List<Form> readAll(Grid g) {
        return readAll(g, null);
    }

    /** As {@link #readAll(Grid)}, with the framework the user named ({@link Given}), or null. */
    static List<Form> readAll(Grid g, Given given) {
        List<Integer> starts = new FormReader(g, given).projectStarts();
        if (starts.size() == 1) {
            // a sheet whose only table is the unit's roll-up (潼南 五桂镇 2023's 汇总项目库 printed alone, t75): no project's
            // indicators, said as the roll-up it is (before session 42 imported as a project named 潼南区五桂镇汇总项目库)
            WorkbookImport.Problem lone = new FormReader(g, given).loneRollUp();
            if (lone != null) {
                return List.of(new Form(g.sheet, ROLL_UP, Map.of(), Map.of(), List.of(lone)));
            }
        }
        List<Form> out = new ArrayList<>();
        List<WorkbookImport.Problem> rollUps = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Grid part = starts.size() == 1 ? g : g.slice(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : g.height());
            WorkbookImport.Problem rollUp = starts.size() == 1 ? null : new FormReader(part, given).rollUp();
            if (rollUp != null) {
                rollUps.add(rollUp);
                continue;
            }
            Form f = new FormReader(part, given).read();
            if (f != null) {
                out.add(f);
            }
        }
        if (!rollUps.isEmpty() && !out.isEmpty()) {
            out.set(0, out.get(0).withProblems(rollUps));
        }
        if (!rollUps.isEmpty() && out.isEmpty()) {
            return List.of(new Form(g.sheet, ROLL_UP, Map.of(), Map.of(), rollUps)); // roll-ups only: said as such
        }
        if (out.isEmpty()) {
            Form near = new FormReader(g, given).nearest();
            if (near != null) {
                out.add(near);
            } else if (!g.document()) {
                Form seen = new FormReader(g, given).seen();
                if (seen != null) {
                    out.add(seen);
                }
            }
        }
        return out;
    }

    /**
     * The type of the {@link Form} of a sheet without an indicator table nor a row near one, that prints header fields or
     * funds blocks (a report's 收支概况 or a 部门整体 table's 资金情况 copied without its indicators: t65, t72, t73): its
     * problems name what was seen ({@code seen-field}: a label, its value and cell; {@code funds-block-not-read}: a block's
     * label and cells), so that the refusal says what the sheet holds and what the import needs. Nothing of it is imported.
     */
    static final String NO_TABLE_SEEN = "no-table-seen";

    /** The header fields a {@link #NO_TABLE_SEEN} sheet is looked at for, in this order. */
    private static final String[] SEEN_LABELS = {"项目名称", "部门名称", "单位名称", "部门(单位)名称", "预算单位", "填报单位", "编制单位",
            "实施单位", "项目单位", "主管部门", "项目主管部门", "业务主管部门", "区县主管部门", "资金名称", "专项资金名称",
            // 湖南's 部门整体支出绩效自评表 (衡山 贯塘乡 2023, t70), as read() takes the unit's name from it
            "预算部门、单位名称"};

    /** At most this many header fields a {@link #NO_TABLE_SEEN} form names. */
    private static final int SEEN_FIELDS = 3;

    /**
     * The header fields (each label's value, where printed) and the funds blocks ({@link #fundsNotRead} over the whole
     * sheet) of a sheet without an indicator table, as a {@link #NO_TABLE_SEEN} form; null when it has neither.
     */
    private Form seen() {
        WorkbookImport.Problem basic = basicData();
        if (basic != null) {
            return new Form(g.sheet, NO_TABLE_SEEN, Map.of(), Map.of(), List.of(basic));
        }
        labelLimit = g.height();
        List<WorkbookImport.Problem> out = new ArrayList<>();
        java.util.Set<String> at = new java.util.HashSet<>();
        for (String l : SEEN_LABELS) {
            cells.clear();
            String v = labelled(l);
            String cell = cells.get("department#/" + labelField(l));
            if (v != null && cell != null && at.add(cell) && out.size() < SEEN_FIELDS) {
                out.add(new WorkbookImport.Problem("seen-field", null, cell, l + "“" + abbreviate(v.strip()) + "”", false, false));
            }
        }
        cells.clear();
        problems.clear();
        // a funds block headed by its columns (重庆's 资金情况: 年初预算数 | 全年(调整)预算数 | 全年执行数 …, t72): named from its
        // total's label to its last figure read
        Map<String, Object> read = funds(g.height());
        int[] span = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (Map.Entry<String, String> e : cells.entrySet()) {
            int[] rc = e.getKey().startsWith("budget#") ? g.rowCol(e.getValue()) : null;
            if (rc != null) {
                span[0] = Math.min(span[0], rc[0]);
                span[1] = Math.min(span[1], rc[1]);
                span[2] = Math.max(span[2], rc[0]);
                span[3] = Math.max(span[3], rc[1]);
            }
        }
        List<WorkbookImport.Problem> funds = new ArrayList<>();
        if (read != null && read.get("total") instanceof Map<?, ?> t && t.get("label") instanceof String label && span[2] >= 0) {
            funds.add(new WorkbookImport.Problem("funds-block-seen", null, g.range(span[0], span[1], span[2], span[3]),
                    abbreviate(label), false, false));
        }
        problems.clear();
        fundsNotRead(g.height(), read != null);
        funds.addAll(problems);
        out.addAll(funds);
        return out.isEmpty() ? null : new Form(g.sheet, NO_TABLE_SEEN, Map.of(), Map.of(), out);
    }

    /** The key of a {@link #NO_TABLE_SEEN} sheet's one problem when it is a 基础数据表 ({@link #basicData}). */
    static final String BASIC_DATA = "basic-data-seen";

    /** The labels of a 基础数据表's lines ({@link #basicData}), as folded, without their brackets. */
    private static final List<String> BASIC_DATA_LABELS = List.of("财政供养人员情况", "经费控制情况", "三公经费:", "三公经费", "公用经费",
            "楼堂馆所控制情况", "厉行节约保障措施");

    /**
     * Whether this sheet, without an indicator table, is a 部门整体支出绩效评价基础数据表: the figures a department-wide
     * evaluation controls spending by (staffing against the 编制, 三公经费 and 公用经费 by year, 楼堂馆所), which no reader
     * imports (湖南's 附件一 beside its 自评表, 衡山 贯塘乡 2023, t70): one {@link #BASIC_DATA} problem naming its title (or its
     * first such line) and cell, so that the import says what the sheet is, not its lines one by one as funds blocks not read
     * (before session 42); null when the sheet is no such table. Its title says so (基础数据表), or it prints two of its lines.
     */
    private WorkbookImport.Problem basicData() {
        String first = null;
        String firstCell = null;
        int lines = 0;
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 60 || g.copyOfLeft(r, c) || g.copyOfAbove(r, c)) {
                    continue;
                }
                String f = withoutBrackets(folded(r, c)); // folded once per text (Memo): a sheet of many cells
                if (f.contains("基础数据表")) {
                    return new WorkbookImport.Problem(BASIC_DATA, null, g.address(r, c), abbreviate(v.strip()), false, g.document());
                }
                if (BASIC_DATA_LABELS.contains(f)) {
                    lines++;
                    if (first == null) {
                        first = v.strip();
                        firstCell = g.address(r, c);
                    }
                }
            }
        }
        return lines >= 2 ? new WorkbookImport.Problem(BASIC_DATA, null, firstCell, abbreviate(first), false, g.document()) : null;
    }

    /**
     * The type of the {@link Form} of a sheet (or document) without an indicator table whose row comes nearest one: its
     * one problem ({@code no-table}) names that row's cells and quotes its headings, so that a refused workbook is told
     * what was found and what it lacks (三级指标 or 指标名称). Nothing of it is imported.
     */
    static final String NO_TABLE = "no-table";

    /**
     * The row with the most indicator headings (two at least: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值, 鄂州 2022) on a
     * sheet that has no indicator table, as a {@link #NO_TABLE} form; null when no row has two.
     */
    private Form nearest() {
        int best = -1;
        int most = 1;
        for (int r = 0; r < g.height(); r++) {
            Map<String, Integer> cols = columns(r, INDICATOR_COLUMNS);
            if (cols.size() > most && !cols.containsKey("name") && !fundsHeadings(r, cols.values())) {
                most = cols.size();
                best = r;
            }
        }
        if (best < 0) {
            return null;
        }
        int from = columns(best, INDICATOR_COLUMNS).values().stream().min(Integer::compare).orElse(0);
        StringBuilder headings = new StringBuilder();
        int last = from;
        for (int c = from; c < g.width; c++) {
            String v = g.get(best, c);
            if (v != null && !g.copyOfLeft(best, c)) {
                headings.append(headings.length() > 0 ? "｜" : "").append(abbreviate(v));
                last = c;
            }
        }
        return new Form(g.sheet, NO_TABLE, Map.of(), Map.of(), List.of(new WorkbookImport.Problem(NO_TABLE, null,
                g.range(best, from, best, last), headings.toString(), false, g.document())));
    }

    /**
     * Whether each of the columns {@code cols} of row {@code r} (or of the row below, for a two-row heading) is headed by a
     * funds heading ({@link #FUNDS_COLUMNS}): a funds block's heading row, whose 分值 and 得分 (or 自评得分) are also
     * indicator headings, is no indicator table's (t70 衡山 贯塘乡 2023: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
     * 自评得分 was once refused as the nearest indicator table).
     */
    private boolean fundsHeadings(int r, java.util.Collection<Integer> cols) {
        for (int c : cols) {
            String v = g.get(r, c);
            String below = r + 1 < g.height() ? g.get(r + 1, c) : null;
            if (!(v != null && fundsHeading(v) || v == null && below != null && fundsHeading(below))) {
                return false;
            }
        }
        return true;
    }

    /** The key of the problem that a roll-up table among a sheet's project tables was not imported ({@link #rollUp}). */
    static final String ROLL_UP_SKIPPED = "roll-up-skipped";

    /**
     * Whether this part of a sheet of several tables is a roll-up of the unit's projects, not a project: its 专项资金名称 (or
     * 项目名称) names a 汇总 (潼南 五桂镇 2023's page, t75: 潼南区五桂镇汇总项目库 before each fund's table). Such a table is
     * not imported (its rows are no project's targets), and the first table imported says so at the name's cell
     * ({@link #ROLL_UP_SKIPPED}); null when the part is no roll-up.
     */
    private WorkbookImport.Problem rollUp() {
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 12 || g.copyOfLeft(r, c)) {
                    continue;
                }
                String f = labelKey(v);
                if (!f.equals("专项资金名称") && !f.equals("项目名称")) {
                    continue;
                }
                for (int j = c + 1; j < g.width; j++) {
                    String x = g.get(r, j);
                    if (x != null && !x.equals(v)) {
                        return x.contains("汇总") ? new WorkbookImport.Problem(ROLL_UP_SKIPPED, null, g.address(r, j), abbreviate(x),
                                false, g.document()) : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The type of the {@link Form} of a sheet whose only tables are roll-ups of the unit's projects ({@link #rollUp}): its
     * problems ({@link #ROLL_UP_SKIPPED}) name each roll-up's name and cell. Nothing of it is imported: beside a project's
     * table it is said in the log; alone, the import is refused saying what it is ({@link WorkbookImport}).
     */
    static final String ROLL_UP = "roll-up";

    /**
     * {@link #rollUp} for a sheet of one table, where a name with 汇总 in it may be a project's own (数据汇总平台建设): a roll-up
     * only when its name is the unit's roll-up, 汇总项目库, or a unit printed above the table followed by 汇总 (潼南区五桂镇汇总…
     * under 业务主管部门 813-潼南区五桂镇, t75); null otherwise.
     */
    private WorkbookImport.Problem loneRollUp() {
        WorkbookImport.Problem p = rollUp();
        if (p == null) {
            return null;
        }
        String name = fold(p.text());
        if (name.contains("汇总项目库")) {
            return p;
        }
        // the header lines above the indicator heading
        for (int r = 0; r < g.height() && !mayBeHeading(r); r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || g.copyOfLeft(r, c) || v.length() > 60) {
                    continue;
                }
                String unit = fold(stripCode(v.strip()));
                if (unit.length() >= 2 && name.startsWith(unit) && name.startsWith("汇总", unit.length())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static final List<String> BLOCK_LABELS = List.of("项目名称", "部门名称", "单位名称", "部门(单位)名称",
            // 重庆's 一般性项目绩效目标表, one table a fund (潼南 五桂镇 2023, t75: the page's 汇总项目库, then each 专项)
            "专项资金名称");

    /**
     * The rows where the sheet's project tables begin: [0] for one table; for several, each later table begins at the
     * header block between the previous indicator table and its own (the 项目名称 row, with the title rows just above).
     * A heading repeated without a header block of its own (a printed page's repeated heading) starts nothing.
     */
    private List<Integer> projectStarts() {
        List<Integer> heads = new ArrayList<>();
        for (int r = 0; r < g.height(); r++) {
            // a bare 指标 heading the names (重庆's 一般性项目绩效目标表, t75: one table a fund, one after the other)
            int bare = mayBeHeading(r) ? -1 : bareNameAt(r);
            if (mayBeHeading(r) || bare >= 0) {
                Map<String, Integer> cols = withBareName(columns(r, INDICATOR_COLUMNS), bare);
                if (cols.containsKey("name") && cols.size() > 2) {
                    heads.add(r);
                    r++; // the second row of a two-row heading is not another table
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 1; k < heads.size(); k++) {
            int prev = heads.get(k - 1);
            // a 评分表 after the indicator table (a Word report's 附件1 and 附件2, one grid): a part of its own, with its
            // title lines; its own heading repeated on a later page starts nothing
            int head = heads.get(k);
            if (criteriaHeading(head) && !criteriaHeading(prev)) {
                starts.add(titleStart(criterionHeading(head - 1) ? head - 1 : head, prev + 1));
                continue;
            }
            int label = -1;
            for (int r = prev + 2; r < heads.get(k) && label < 0; r++) {
                String t = firstText(r);
                if (t != null && BLOCK_LABELS.contains(labelKey(t))) {
                    label = r;
                }
            }
            if (label < 0) {
                continue;
            }
            starts.add(titleStart(label, prev + 1));
        }
        return starts;
    }

    /**
     * Where a table's block begins that starts at row {@code from}: the lines just above it (down to {@code floor},
     * exclusive) that are its title — the title, its year, an 附件N line, and the header lines printed under them
     * (填报单位（盖章）：…, 单位：万元).
     */
    private int titleStart(int from, int floor) {
        int start = from;
        for (int r = from - 1; r > floor; r--) {
            String t = firstText(r);
            if (t == null) {
                continue;
            }
            String f = fold(t);
            if (f.contains("表") && !f.startsWith("填表") || ANNEX.matcher(f).matches() || YEAR_LINE.matcher(f).matches()
                    || f.startsWith(FILER) || f.startsWith(COMPILER)
                    || f.startsWith("单位:")) {
                start = r;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * Whether row {@code r}, under the indicator table, heads a numbered list of its own: a cell 序号
     * where the indicator headings print none, beside at least two other texts and no figure (吕梁 2021's allocation list
     * under its indicators, t58: 序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) …). Before session 37 the list's heading, its
     * ①..⑧ line and each school were read as indicator rows (序号 as a 一级, a false schema error each). {@code numbered}:
     * whether the indicator headings print a 序号 ({@link #numbered}, read once for the table: looked for at each row, a
     * heading row of long cells cost time rows × its length, minutes for a 12 MB sheet, session 38).
     */
    private boolean listHeading(int r, boolean numbered) {
        if (numbered) {
            return false;
        }
        int at = -1;
        int texts = 0;
        for (int c = 0; c < g.width; c++) {
            String v = g.get(r, c);
            if (v == null || g.copyOfAbove(r, c) || g.copyOfLeft(r, c)) {
                continue;
            }
            if (Grid.number(v) != null) {
                return false;
            }
            if (fold(v).equals("序号")) {
                at = c;
            } else {
                texts++;
            }
        }
        return at >= 0 && texts >= 2;
    }

    /** Whether heading row {@code headRow} prints a 序号 ({@link #listHeading}). */
    private boolean numbered(int headRow) {
        for (int c = 0; c < g.width; c++) {
            if (folded(headRow, c).equals("序号")) {
                return true;
            }
        }
        return false;
    }

    /** A row that may hold the indicator headings: one of its cells is a 三级指标 / 指标名称 heading (cheap test first). */
    private boolean mayBeHeading(int r) {
        for (int c = 0; c < g.width; c++) {
            String v = g.raw(r, c);
            // every name heading (三级指标, 指标名称, 绩效指标名称, spaced or full-width) holds 指 and 三 or 名
            if (v != null && v.length() <= 30 && v.indexOf('指') >= 0 && (v.indexOf('三') >= 0 || v.indexOf('名') >= 0)) {
                return true;
            }
            if (v != null && v.length() <= 30 && folds.of(v).equals("绩效内容")) {
                return true; // t59's name heading (INDICATOR_COLUMNS)
            }
        }
        return false;
    }

    private Form read() {
        int[] head = findHeader(INDICATOR_COLUMNS, "name", 2);
        // no 三级 column: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 (鄂州 2022), the national 二级 printed in the 一级
        // column and the names in the 二级 column
        boolean namesInLevel2 = head == null;
        if (head == null) {
            head = categoriesAndTargets();
        }
        // 海南's 项目绩效目标表: 指标类型 | 指标名称 (绩效指标) | 绩效目标 (年初绩效目标, 调整后绩效目标) | 绩效标准
        boolean typed = false;
        if (head == null) {
            head = typedHeading();
            typed = head != null;
            namesInLevel2 = false;
        }
        // 重庆's 一般性项目绩效目标表: 绩效指标 | 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, the names under a bare 指标
        int bareName = -1;
        if (head == null) {
            head = bareNameHeading();
            if (head != null) {
                bareName = head[1];
                namesInLevel2 = false;
            }
        }
        if (head == null) {
            return null;
        }
        int headRow = head[0];
        labelLimit = headRow;
        Map<String, Integer> cols = columns(headRow, typed ? TYPED_COLUMNS : INDICATOR_COLUMNS);
        progressColumn(headRow, cols);
        if (namesInLevel2) {
            cols.put("name", cols.remove("level2"));
        }
        if (bareName >= 0) {
            cols.put("name", bareName);
        }
        level1RightOfLabel(headRow, cols);
        splitTarget(headRow, cols);
        pointsOverText(headRow, cols);
        if (!typed) {
            yearSet(headRow, cols);
        }
        String title = title(headRow);
        if (criteriaTable(headRow, cols)) {
            // a 评分表; without a column of the unit's own scores (a blank template, the weights only) nothing to import
            return scoreColumn(headRow, cols) >= 0 ? scores(headRow, cols, title)
                    : new Form(g.sheet, BLANK_SCORES, Map.of(), Map.of(), List.of());
        }
        // the 年度主要任务 block of a 部门整体 table (任务名称, 主要内容, 完成情况, 预算数, 执行数), above the indicators
        Map<String, Object> tasks = tasks(headRow);
        String ft = fold(title);
        categoriesOverTwo(headRow, cols);
        int catCol = categoryColumn(headRow, cols);
        // a table with no 一级 or 二级 column is a unit's whole (重庆's 部门整体绩效自评表), unless its title names a project
        // (宁晋 2019's 高中助学金项目绩效评价指标表, its categories in a column the import does not read as 一级 / 二级)
        boolean department = ft.contains("部门整体") || ft.contains("整体支出") || ft.contains("整体绩效")
                || (!cols.containsKey("level1") && !cols.containsKey("level2") && catCol < 0 && !ft.contains("项目"))
                || tasks != null
                // the framework named scores a unit's whole spending (天长 塘湖镇 2020's 20 + 80 自评表, t69: 部门整体支出总额, the
                // layout of 湖北's project 自评表); before session 37 kind stayed project, against the framework's kind
                || given != null && "department".equals(given.framework().kind());
        // a monitoring table (绩效监控表): 完成目标可能性 or 全年预计完成值 beside the indicators, or 监控 in its title
        boolean monitoring = cols.containsKey("likelihood") || cols.containsKey("forecast") || ft.contains("监控");
        boolean selfEvaluation = !monitoring && (cols.containsKey("actual") || cols.containsKey("score"));

        Map<String, Object> dept = doc("department");
        dept.put("kind", department ? "department" : "project");
        Map<String, Object> budget = doc("budget");
        Map<String, Object> inds = doc("indicators");

        // header fields
        String projectLabel = labelled("项目名称");
        if (projectLabel == null) {
            projectLabel = labelled("二级项目名称"); // 甘肃's 目标表: 一级项目名称 the fund, 二级项目名称 the project
        }
        if (projectLabel == null) {
            // the 中央 special fund's and transfer's tables as a region fills them in (宁夏 2023's 专项(项目)名称, t61; 安徽
            // 田家庵区 2024's 转移支付(项目)名称, t68)
            projectLabel = labelled("专项(项目)名称", "转移支付(项目)名称");
        }
        if (projectLabel == null) {
            // 重庆's 一般性项目绩效目标表 (潼南 五桂镇 2023, t75: 专项资金名称 | 在职村村干部补助) and the 中央 transfer's
            // 区域绩效目标表 as a county passes it on (忠县 2022, t76: 资金名称 | 生猪(牛羊)调出大县奖励资金): the one project
            // the table sets targets for; not a funds table's heading (资金名称 | 年初预算数 …)
            Map<String, String> before = new LinkedHashMap<>(cells);
            projectLabel = labelled(FUND_NAME_LABELS);
            if (projectLabel != null && (fundsHeading(projectLabel) || indicatorHeading(headingKey(fold(projectLabel))))) {
                projectLabel = null;
                cells.clear();
                cells.putAll(before);
            }
        }
        String owner = labelled(OWNER_LABELS);
        // 项目单位: 深圳 罗湖区南湖街道 2022's 专项债券 自评表 (t71), beside 项目主管部门 on one line
        String implementer = labelled("实施单位", "项目实施单位", "项目单位");
        // 实施(主管)单位: 河北's 预算项目绩效自评表 (成安 2020, t80: 314002-成安县民政局机关), the unit that carries the project
        // out and files the form, its budget code before the name: the name, and the code as the unit's (before session 41
        // not read: no unit)
        String implementerCode = null;
        if (implementer == null) {
            implementer = labelled(IMPLEMENTER_IN_CHARGE);
            Matcher ic = implementer == null ? null : CODE_NAME.matcher(implementer.strip());
            if (ic != null && ic.matches()) {
                implementer = ic.group(2).strip();
                implementerCode = ic.group(1);
            }
        }
        // 下达地方或单位: the unit a 中央预算内投资计划绩效目标表 sends the money and its targets down to (t57, 宝坻区人民政府)
        // 资金使用单位: the unit that spends a 中央 fund or transfer (宁夏 2023, t61; 田家庵区 2024, t68), its 主管部门 printed
        // above it; 预算部门、单位名称: 湖南 衡山 贯塘乡 2023's 部门整体 自评表 (t70)
        // 评价部门名称: 江西's 整体支出绩效自评表 (南昌县 蚕茶卫生院 2021, t81; before session 41 not read: no unit)
        String deptName = labelled("部门名称", "单位名称", "预算单位", "部门(单位)名称", ALLOCATED_TO, "资金使用单位", "预算部门、单位名称",
                EVALUATED_UNIT);
        // 四川's 部门预算项目绩效目标申报表 (井研 2023, t33): 单位名称 | 项目名称 | 预算数 | 年度目标 as columns left of the
        // indicators, the project's values on its first row (before session 38 not read, without a word: no unit, no project,
        // no funds, no goal)
        int[] pc = projectColumns(headRow, cols);
        if (pc != null) {
            if (projectLabel == null) {
                projectLabel = g.get(pc[0], pc[2]).strip();
                cells.put("department#/project/name", g.address(pc[0], pc[2]));
            }
            if (deptName == null && pc[1] >= 0 && g.get(pc[0], pc[1]) != null) {
                deptName = stripCode(g.get(pc[0], pc[1]).strip());
                cells.put("department#/name", g.address(pc[0], pc[1]));
            }
            if (owner == null && pc[1] >= 0) {
                for (int r = headRow + 1; r < pc[0] && owner == null; r++) {
                    owner = g.get(r, pc[1]); // the department's line above its projects (820-马踏镇部门 | 8,827,620.53)
                    if (owner != null) {
                        cells.put("department#/project/owner", g.address(r, pc[1]));
                    }
                }
            }
        }
        // the unit that fills in (and stamps) the form: the submission's unit when no 部门名称 names it (looked for only
        // then, so that the cell of department#/name stays the one its name came from)
        // (编制单位: the unit that draws up 重庆's 一般性项目绩效目标表, 潼南 五桂镇 2023, t75)
        String filer = deptName == null ? labelled(FILER, COMPILER) : null;
        String date = labelled("填报日期", "自评日期");
        headerNoField(headRow);
        Integer year = year(headRow, title);
        // the unit the submission is: the one that fills in the form, else the one that carries the project out (稷山's
        // 翟店镇卫生院, one of a county's township health centres under one 卫健局); the 主管部门 only where neither is
        // printed: it is the project's owner, the same for every unit under it
        String name = deptName != null ? deptName : filer != null ? stripCode(filer) : implementer != null ? stripCode(implementer)
                : owner != null ? stripCode(owner) : null;
        if (deptName == null && filer == null && name != null) {
            // the name is the 实施单位's or the 主管部门's: its cell is where a finding about the name points (before session
            // 37 the name had no cell, and such a finding named none)
            String from = cells.get("department#/" + (implementer != null ? "project/implementer" : "project/owner"));
            if (from != null) {
                cells.put("department#/name", from);
            }
        }
        nameAndYear(dept, name, year, headRow);
        if (implementerCode != null && deptName == null && filer == null) {
            dept.put("code", implementerCode);
            cells.put("department#/code", cells.get("department#/project/implementer"));
        }
        if (department) {
            // 福建's 部门整体支出绩效自评表: 部门(单位)名称 | 宁德市地震局 | 部门预算编码 | 409001007 (t46, t47)
            String code = labelled(DEPARTMENT_CODE);
            if (code != null) {
                dept.put("code", code.strip());
            }
        }
        dept.put("stage", monitoring ? "运行监控" : selfEvaluation ? "自评" : "目标申报");
        // a 部门整体 table of 一级/二级/三级 indicators with neither 分值 nor 得分 (深圳's 附件1: scored on its own 评分表,
        // 附件2) is scored by the 深圳 framework; one with indicator points by 重庆's (执行率 10 + the indicators' 权重)
        boolean tiered = cols.containsKey("level1") && cols.containsKey("level2");
        // the 中央 transfer's 区域 form (中央主管部门 printed above the region's own; 宁夏 2023 t61, 田家庵区 2024 t68, 霍山 2024
        // t85), which prints no 分值 or 得分 on its rows by design: scored on mof-transfer-region, which asks no row for
        // points (before session 42 mof-project-2020, whose score-input-missing called each correct row incomplete)
        boolean region = !department && !cols.containsKey("points") && !cols.containsKey("score") && printed("中央主管部门");
        dept.put("framework", given != null ? given.choice() : region ? "mof-transfer-region" : !department ? "mof-project-2020"
                : tiered && !cols.containsKey("points") && !cols.containsKey("score") ? "shenzhen-department-2024"
                : "chongqing-department-2021");
        String cleanTitle = title == null ? null : title.replaceAll("[（(]\\s*20\\d\\d\\s*年度?\\s*[）)]", "").strip();
        if (cleanTitle != null && !cleanTitle.isEmpty()) {
            dept.put("title", cleanTitle);
        }
        reportDate(dept, date);
        if (!department && projectLabel == null) {
            // no 项目名称 printed: the project the title names (宁晋 2019's 2019年度宁晋县高中助学金项目绩效评价指标表), as
            // the hand transcription of t51 takes it
            projectLabel = projectInTitle(cleanTitle);
        }
        if (!department && projectLabel == null) {
            // nor in its title: the bracketed line under the title that names a project (t57's (天津市宝坻区…推进项目))
            projectLabel = projectInSubtitle(headRow);
        }
        if (!department && projectLabel == null) {
            // nor under it: a 专项名称 that names a project (湖南's 专项 申报表, 南岳 2023's 2023年雨露计划就学补助项目, t60); not
            // one that names the fund the project is paid from (t57's 农业绿色发展专项 (…项目), its project in the subtitle)
            Map<String, String> before = new LinkedHashMap<>(cells);
            String special = labelled("专项名称");
            if (special != null && withoutBrackets(fold(special)).endsWith("项目")) {
                projectLabel = special;
            } else {
                cells.clear();
                cells.putAll(before);
            }
        }
        if (!department && projectLabel != null) {
            Map<String, Object> project = new LinkedHashMap<>();
            Matcher cm = CODE_NAME.matcher(projectLabel);
            if (cm.matches()) {
                project.put("name", cm.group(2).strip());
                project.put("code", cm.group(1));
            } else {
                project.put("name", projectLabel);
            }
            if (owner != null) {
                project.put("owner", owner);
            }
            if (implementer != null) {
                project.put("implementer", implementer);
            }
            dept.put("project", project);
        }
        // 项目实施内容 (及过程概述): what the project did, as the form prints it (t71 罗湖区南湖街道 2022); before session 37
        // not read, without a word
        String implementation = department ? null : labelled("项目实施内容", "项目实施内容及过程概述");
        if (implementation != null) {
            dept.put("implementation", implementation);
        }
        Map<String, Object> goals = new LinkedHashMap<>();
        goalColumns(goals, headRow);
        if (goals.isEmpty()) {
            goal(goals, "expected", headRow, EXPECTED_GOAL_LABELS.toArray(String[]::new));
            goal(goals, "adjusted", headRow, ADJUSTED_GOAL_LABELS.toArray(String[]::new));
            // 目标实际完成情况: 福建 2020's 部门整体支出绩效自评表 (t46), beside its 预期目标 under 年度总体目标完成情况
            goal(goals, "achieved", headRow, ACHIEVED_GOAL_LABELS.toArray(String[]::new));
        }
        if (!goals.containsKey("expected")) {
            headedGoal(goals, headRow);
        }
        if (!goals.containsKey("expected")) {
            labelledGoal(goals, headRow);
        }
        if (!goals.containsKey("expected")) {
            yearGoalBesideProjects(goals, headRow);
        }
        if (goals.isEmpty()) {
            besideGoals(goals, headRow);
        }
        if (goals.isEmpty() && pc != null && pc[4] >= 0 && g.get(pc[0], pc[4]) != null) {
            goals.put("expected", new ArrayList<>(List.of(g.get(pc[0], pc[4]).strip())));
            cells.put("department#/overallGoals/expected/0", g.address(pc[0], pc[4]));
        }
        if (!goals.isEmpty()) {
            dept.put("overallGoals", goals);
        }

        Map<String, Object> funds = funds(headRow);
        if (funds == null) {
            funds = pairedFunds(headRow, budget);
        }
        if (funds == null) {
            funds = labelledFunds(headRow, department);
            if (department && funds != null && funds.get("total") instanceof Map<?, ?> t && t.get("initial") != null) {
                // a 部门整体 目标表's 年度预算安排 (宁德 2019: 资金总额 171.41 万元) is the unit's initial budget
                Map<String, Object> money = new LinkedHashMap<>();
                money.put("value", t.get("initial"));
                money.put("unit", funds.get("unit"));
                budget.put("initialBudget", money);
                cells.put("budget#/initialBudget", cells.get("budget#/funds/total/initial"));
            }
        }
        if (funds == null) {
            funds = allocatedFunds(headRow, department);
        }
        if (funds == null) {
            funds = acrossFunds(headRow);
        }
        if (funds == null) {
            funds = bondFunds(headRow);
        }
        if (funds == null && pc != null && pc[3] >= 0 && g.get(pc[0], pc[3]) != null) {
            funds = columnFunds(headRow, pc[0], pc[3]);
        }
        if (funds != null) {
            managementReason(headRow, funds);
            budget.put("funds", funds);
        }
        if (!department) {
            pointsAgainstFramework(String.valueOf(dept.get("framework")), headRow, cols, bareName);
        }

        // indicator rows
        unknownHeadings(headRow, headerDepth(headRow, cols), cols, catCol);
        // the 评价内容 column's categories (宁晋 2019) read as the lint side reads a category: by the framework's taxonomy
        io.github.jixiao.score.Framework taxonomy = catCol < 0 ? null : given != null ? given.framework()
                : io.github.jixiao.score.FrameworkLoader.builtIn(io.github.jixiao.score.FrameworkLoader.MOF_PROJECT);
        String[] cat = {null, null}; // the 评价内容 column's 一级 and 二级, carried down its blank (merged) cells
        java.util.Set<String> effects = new java.util.HashSet<>(); // 海南's types said (EFFECT_NOTE, TYPE_UNPLACED_NOTE)
        boolean typeColumn = catCol >= 0 && TYPE_HEADING.equals(headingKey(folded(headRow, catCol)));
        List<Object> rows = new ArrayList<>();
        String l1 = null;
        String l2 = null;
        BigDecimal stated = null;
        int statedRow = -1;
        int nameCol = cols.get("name");
        int headEnd = headRow + headerDepth(headRow, cols);
        String headName = folded(headRow, nameCol);
        int[] below = {-1, -1, 0}; // figuresBelow's last scan: from, to (exclusive), its answer
        int lastRow = headEnd - 1; // the table's last indicator row
        int tableEnd = g.height(); // the row the table ends at: its total, its footer
        List<String> hidden = new ArrayList<>(); // the name cells of the indicators read from hidden rows
        // with a framework named, its assessed criteria by name: a row filed under a 一级 its taxonomy has not (广水 2021's
        // 项目决策 | 决策依据) that names one is that criterion's claim (self-assessment.json), no indicator
        Map<String, io.github.jixiao.score.Framework.Leaf> assessed = new java.util.HashMap<>();
        if (given != null) {
            for (io.github.jixiao.score.Framework.Leaf l : given.framework().leaves()) {
                if (l.method() instanceof io.github.jixiao.score.Method.Assessed) {
                    assessed.putIfAbsent(criterionKey(l.name()), l);
                }
            }
        }
        List<Object> claims = new ArrayList<>();
        List<Object> categories = new ArrayList<>(); // the points printed on a 二级 (数量指标（15分）), once per 二级
        // such points under a 一级 no category has: 一级 and 二级 → {l1, l2, cell, as printed}, the first of each pair
        Map<String, String[]> unplaced = new LinkedHashMap<>();
        // the points printed on a 一级 (产出指标(60分), 保山 2022): 一级 → {points, cell}, the first of each
        Map<String, Object[]> level1Points = new LinkedHashMap<>();
        boolean numbered = numbered(headRow);
        // each indicator row written, by its sheet row; the first cells of merged figure blocks said to span categories
        Map<Integer, Map<String, Object>> rowAt = new java.util.HashMap<>();
        java.util.Set<String> apart = new java.util.HashSet<>();
        for (int r = headEnd; r < g.height(); r++) {
            String nameText = g.get(r, nameCol);
            if (nameText != null && nameText.indexOf('指') >= 0 && fold(nameText).equals(headName)
                    && withBareName(columns(r, INDICATOR_COLUMNS), bareName).keySet().equals(cols.keySet())) {
                // the heading repeated (a table continued on the next page, or in a second table of a Word document)
                r += headEnd - headRow - 1;
                continue;
            }
            if (criterionHeading(r)) {
                tableEnd = -1; // no lines of this table's own below it
                break; // a 评分表 begins (in a Word report, the next table of the same grid)
            }
            if (listHeading(r, numbered)) {
                tableEnd = -1;
                break; // another table's heading row (序号 | 学校性质 | 培训机构 …: 吕梁 2021's allocation list, t58)
            }
            // the row's own first text: not a label merged down into it from above (绩效指标, A13:A22, over the 总分 row)
            String first = ownFirstText(r);
            if (first != null && isTotalLabel(fold(first))) {
                Integer sc = cols.containsKey("score") ? cols.get("score") : null;
                BigDecimal t = sc == null ? null : Grid.number(g.get(r, sc));
                statedCol = t == null ? -1 : sc;
                if (t == null) {
                    // 总分(100分) | 100 | 自评等级 | 优 (保山 2022, t84): the figure where it stands, the first cell of its
                    // merged block (B, not the score column's 优)
                    statedCol = lastNumberColumn(r);
                    t = statedCol < 0 ? null : Grid.number(g.get(r, statedCol));
                }
                if (t != null) {
                    stated = t;
                    statedRow = r;
                }
                statedGrade(r);
                tableEnd = r;
                break;
            }
            boolean block = oneBlock(r, cols);
            if (first != null && footer(fold(first)) && !ownFigures(r, cols, first) || block && !figuresBelow(r, cols, below)) {
                tableEnd = r;
                break; // the lines under the table (注：…, 填表人…, 主管部门审核意见 | 单位公章), no indicator
            }
            if (block) {
                continue; // a banner merged across the table with indicators under it (产出（50分）): no indicator itself
            }
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, String> src = new LinkedHashMap<>();
            String v1 = cols.containsKey("level1") ? g.get(r, cols.get("level1")) : null;
            String v2 = cols.containsKey("level2") ? g.get(r, cols.get("level2")) : null;
            String vc = catCol < 0 ? null : g.get(r, catCol);
            String nm = g.get(r, nameCol);
            // a name that is the form's printed blank (……, 指标2: with nothing after it: 海南's room for more rows, t40, t41)
            // names nothing: with no other cell of its own the row is a blank one
            boolean any = nm != null && !PRINTED_BLANK_NAME.matcher(fold(nm)).matches();
            for (Map.Entry<String, Integer> e : cols.entrySet()) {
                if (!e.getKey().startsWith("level") && !e.getKey().equals("name") && g.get(r, e.getValue()) != null) {
                    any = true;
                }
            }
            if (vc != null) {
                String type = level1(vc);
                if (EFFECT_TYPE.contains(fold(type))) {
                    // 海南's 成效指标 (the results of the outputs: the form's 说明) has no national 一级 of its name: read as
                    // 效益指标, and said once per text at its first cell, since the file then holds a word the table does not print
                    if (effects.add(fold(type))) {
                        problems.add(new WorkbookImport.Problem(EFFECT_NOTE, null, g.address(r, catCol), abbreviate(type), false,
                                g.document()));
                    }
                    type = EFFECT_LEVEL1;
                }
                cat = categoryCell(taxonomy, type, cat[0]);
                if (typeColumn && cat[0] == null && cat[1] != null && !anyLevel2(taxonomy, cat[1])) {
                    // a 海南 type the national taxonomy has no category for (效率指标, t41): no 一级 and no 二级 (it names the
                    // 一级's place, and as a 二级 it would say the table has a 二级 column); said at its first cell
                    if (effects.add(fold(type))) {
                        problems.add(new WorkbookImport.Problem(TYPE_UNPLACED_NOTE, null, g.address(r, catCol), abbreviate(type),
                                false, g.document()));
                    }
                    cat = new String[] {null, null};
                }
            }
            if (!any && v1 == null && v2 == null) {
                continue; // blank row (or a 评价内容 cell with nothing beside it: its category carried down)
            }
            if (nm == null && executionRateRow(v1, v2)) {
                // 预算执行率 | 预算执行率 in the 一级 and 二级 cells with no 三级 (河北's 自评表, t80): the funds block's rate, which
                // the framework scores from budget.json's funds, no indicator; said at its cell (before session 41, an
                // indicator row with 一级 预算执行率)
                problems.add(new WorkbookImport.Problem(EXECUTION_ROW_NOTE, null, g.address(r, cols.containsKey("level1")
                        ? cols.get("level1") : cols.get("level2")), abbreviate(v1 != null ? v1 : v2), false, g.document()));
                continue;
            }
            if (!any) {
                // a category with nothing else: a new 一级/二级 heading row, or a template row when it ends the table
                if (v1 != null) {
                    l1 = nationalLevel1(level1(v1), r, cols.get("level1"), effects);
                    level1Points(level1Points, l1, v1, r, cols.get("level1"));
                }
                if (v2 != null) {
                    l2 = level1(v2);
                    category(categories, unplaced, l1, v2, l2, r, cols.get("level2"));
                }
                if (v1 != null && v2 != null && !sameAsAbove(r, cols)) {
                    row.put("level1", l1);
                    row.put("level2", l2);
                    src.put("level1", g.address(r, cols.get("level1")));
                    src.put("level2", g.address(r, cols.get("level2")));
                    add(rows, row, src);
                    lastRow = r;
                }
                continue;
            }
            if (v1 != null) {
                l1 = nationalLevel1(level1(v1), r, cols.get("level1"), effects);
                if (cols.containsKey("score")) {
                    notNational(l1, r, cols.get("level1"), effects);
                }
                level1Points(level1Points, l1, v1, r, cols.get("level1"));
            }
            if (v2 != null) {
                l2 = level1(v2);
                category(categories, unplaced, l1, v2, l2, r, cols.get("level2"));
            }
            if (cols.containsKey("level1") && l1 != null) {
                row.put("level1", l1);
                src.put("level1", g.address(r, cols.get("level1")));
            }
            if (cols.containsKey("level2") && l2 != null) {
                row.put("level2", l2);
                src.put("level2", g.address(r, cols.get("level2")));
            }
            for (int k = 0; k < 2 && catCol >= 0; k++) {
                if (cat[k] != null) {
                    row.put(k == 0 ? "level1" : "level2", cat[k]);
                    src.put(k == 0 ? "level1" : "level2", g.address(r, catCol));
                }
            }
            for (String f : new String[] {"name", "unit", "nature", "direction", "comparator", "target", "adjustedTarget", "actual", "forecast",
                    "likelihood", "achievement", "scoreRate", "points", "score", "reviewedScore", "reviewedReason", "core", "explanation", "standard",
                    "definition"}) {
                Integer c = cols.get(f);
                if (c == null) {
                    continue;
                }
                String v = g.get(r, c);
                boolean figure = f.equals("scoreRate") || f.equals("points") || f.equals("score") || f.equals("reviewedScore");
                if (v == null) {
                    if (figure) {
                        mergedOwn(r, c); // a block whose first cell is blank: the lower cell's own figure is not read either
                    }
                    continue;
                }
                switch (f) {
                    case "scoreRate", "points", "score", "reviewedScore" -> {
                        if (g.inMerge(r, c)) {
                            // a merged block's figure is its first cell's (黄石 图书馆 2022, t82: a 二级's 得分 printed once over
                            // its two rows, read on the first): this row prints none of its own, which is no unreadable cell
                            // (before session 42 each such cell was "在合并单元格中", an error on a correct print); a figure of
                            // its own the cell holds hidden under the block is not read, and said; a block over rows of
                            // different categories is said too (session 44)
                            mergedOwn(r, c);
                            mergedApart(r, c, row, rowAt, apart);
                            continue;
                        }
                        BigDecimal n = Grid.number(v);
                        if (n == null) {
                            problems.add(new WorkbookImport.Problem("not-a-number", "indicators#/indicators/" + rows.size() + "/" + f,
                                    g.address(r, c), abbreviate(v), false, g.document()));
                            continue;
                        }
                        row.put(f, n);
                    }
                    case "likelihood" -> {
                        // the printed scale, however the cell marks it ("确定能√", "有可能 "); anything else as written,
                        // for the schema to name its cell
                        String fv = fold(v).replace("√", "").replace("✓", "").strip();
                        row.put(f, fv.contains("完全不可能") ? "完全不可能" : fv.contains("不可能") ? "不可能"
                                : fv.contains("有可能") ? "有可能" : fv.contains("确定能") || fv.equals("能") ? "确定能" : v);
                    }
                    case "core" -> {
                        String fv = fold(v);
                        if (fv.equals("是") || fv.equals("否")) {
                            row.put(f, fv.equals("是"));
                        } else {
                            continue;
                        }
                    }
                    case "nature" -> {
                        String fv = fold(v);
                        if (fv.startsWith("定量") || fv.startsWith("定性")) {
                            row.put("nature", fv.startsWith("定量") ? "定量指标" : "定性指标");
                        } else {
                            // 乌海 2021 prints 正向 / 反向 under 指标性质 (its comparator under 指标方向)
                            String to = DIRECTIONS.contains(fv) ? "direction" : "comparator";
                            row.put(to, to.equals("direction") ? fv : v);
                            src.put(to, g.address(r, c));
                            continue;
                        }
                    }
                    case "direction" -> {
                        // 指标方向 / 指标方向性: 正向 / 反向 (乌海 2021, 井研 2023's 正向指标) is the direction; a comparator
                        // (福建 秀屿 2025: ≥ ≤) the comparator, as 指标性质's is; 是/否 (福建's yes-or-no row) neither
                        // (the direction said in words, 越大越好 / 正向（越大越好）, is the direction; a dash or 无 nothing; any
                        // other text is said, not written where the schema would refuse it: review V2, session 26)
                        String fv = fold(v);
                        String said = DIRECTIONS.contains(fv) ? fv : fv.startsWith("正向") || fv.startsWith("越大") ? "正向"
                                : fv.startsWith("反向") || fv.startsWith("越小") ? "反向" : null;
                        if (said != null) {
                            row.put(f, said);
                        } else if (fv.equals("是/否") || fv.equals("是") || fv.equals("否") || fv.equals("—") || fv.equals("-")
                                || fv.equals("/") || fv.equals("无")) {
                            continue;
                        } else if (io.github.jixiao.target.TargetParser.comparatorWord(v) != null) {
                            row.put("comparator", v);
                            src.put("comparator", g.address(r, c));
                            continue;
                        } else {
                            problems.add(new WorkbookImport.Problem("direction-unread", null, g.address(r, c), abbreviate(v), false,
                                    g.document()));
                            continue;
                        }
                    }
                    case "name" -> row.put(f, Grid.oneLine(v)); // 基础信息\n完整性: the name as one line
                    case "actual" -> {
                        // full-width digits typed with the input method in Chinese mode (５０, ９８．５％): written in ASCII
                        // digits, as check reads them, and said cell by cell (the JSON then says what the reviewer reads)
                        String a = asciiDigits(v);
                        if (!a.equals(v)) {
                            problems.add(new WorkbookImport.Problem(DIGITS_NOTE, null, g.address(r, c),
                                    WorkbookImport.Problem.args(abbreviate(v), abbreviate(a)), false, g.document()));
                        }
                        row.put(f, a);
                    }
                    case "adjustedTarget" -> {
                        // "无" (none), a dash or a slash under 调整指标值 / 调整后绩效目标(如有): there was no adjustment (t41)
                        String fv = fold(v);
                        if (fv.equals("无") || fv.equals("—") || fv.equals("-") || fv.equals("/")) {
                            continue;
                        }
                        row.put(f, v);
                    }
                    default -> row.put(f, v);
                }
                src.put(f, g.address(r, c));
            }
            if (namesInLevel2 && row.get("level1") instanceof String c && !LEVEL1.contains(fold(c))) {
                // the 一级 column of a table without a 三级 column holds the 二级 (数量指标, 质量指标, 成本指标): written as
                // printed, level2 without level1 (the taxonomy takes it under its 一级 where it has one only)
                row.remove("level1");
                Map<String, Object> moved = new LinkedHashMap<>();
                Map<String, String> movedSrc = new LinkedHashMap<>();
                moved.put("level2", c);
                movedSrc.put("level2", src.remove("level1"));
                moved.putAll(row);
                movedSrc.putAll(src);
                row = moved;
                src = movedSrc;
            }
            if (notApplicable(row)) {
                // 可持续影响指标 | 不适用 | 不适用 | 不适用: the category does not apply; no indicator named 不适用
                // (its 分值 and 得分, or a reason, are kept: the table's points stay the table's)
                Map<String, Object> na = new LinkedHashMap<>();
                Map<String, String> naSrc = new LinkedHashMap<>();
                copy(row, src, na, naSrc, "level1", "level2");
                na.put("notApplicable", true);
                naSrc.put("notApplicable", src.get("name"));
                copy(row, src, na, naSrc, "points", "score", "explanation");
                row = na;
                src = naSrc;
            }
            if (assessedRow(row, src, assessed, claims, r, cols, headRow, headEnd)) {
                lastRow = r;
                continue; // a criterion of the framework named, with the unit's own score: not an indicator
            }
            if (g.hiddenRow(r)) {
                hidden.add(g.address(r, nameCol));
            }
            add(rows, row, src);
            rowAt.put(r, row);
            lastRow = r;
        }
        hiddenImported(hidden, headRow, cols);
        if (tableEnd >= 0) {
            footerFields(dept, tableEnd, deptName != null || filer != null);
            if (!dept.containsKey("name")) {
                basicInfoUnit(dept, tableEnd);
            }
            if (!budget.containsKey("funds")) {
                Map<String, Object> invested = investment(tableEnd);
                if (invested != null) {
                    budget.put("funds", invested);
                }
            }
        }
        if (department) {
            blocksNotRead(headRow);
        }
        fundsNotRead(headRow, budget.containsKey("funds"));
        inds.put("indicators", rows);
        level1Categories(categories, level1Points, rows);
        if (!categories.isEmpty()) {
            inds.put("categories", categories);
        }
        unplaced(unplaced, rows);
        // the table itself, from its heading to its last row (to the 总分 row, where the stated total is read): what a
        // finding about the list as a whole, or about something missing from it, names (a category no row has, a
        // criterion with no score), rather than the JSON's first line, which the officer never wrote
        int firstCol = java.util.Collections.min(cols.values());
        int lastCol = java.util.Collections.max(cols.values());
        cells.put("indicators#/indicators", g.range(headRow, firstCol, Math.max(lastRow, headEnd - 1), lastCol));
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, String> src = (Map<String, String>) srcRows.get(i);
            for (Map.Entry<String, String> e : src.entrySet()) {
                cells.put("indicators#/indicators/" + i + "/" + e.getKey(), e.getValue());
            }
            cells.put("indicators#/indicators/" + i, src.getOrDefault("name", src.values().stream().findFirst().orElse("")));
        }

        if (stated != null && selfEvaluation && subtotal(stated, statedRow, cols, rows, claims, budget, cells)) {
            stated = null; // the rows' 合计 beside a funds block scored on its own: no stated total (said)
        }
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        docs.put("department", dept);
        docs.put("budget", budget);
        docs.put("indicators", inds);
        if (tasks != null) {
            docs.put("tasks", tasks);
        }
        if (stated != null && selfEvaluation || !claims.isEmpty()) {
            Map<String, Object> sa = doc("self-assessment");
            sa.put("criteria", claims);
            if (stated != null && selfEvaluation) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("total", stated);
                cells.put("self-assessment#/stated/total", g.address(statedRow, statedCol >= 0 ? statedCol : cols.getOrDefault("score", 0)));
                if (statedGrade != null) {
                    st.put("grade", statedGrade);
                    cells.put("self-assessment#/stated/grade", statedGradeCell);
                }
                sa.put("stated", st);
            }
            docs.put("self-assessment", sa);
            // the table, from its heading down to its 总分 row, else to its last row (a criterion's claim without a total)
            cells.put("self-assessment#", g.range(headRow, firstCol,
                    stated != null && selfEvaluation ? statedRow : Math.max(lastRow, headEnd - 1), lastCol));
        }
        // the heading each field's column prints (its lowest heading row's text, line breaks taken out): a finding on the
        // indicators says the column as the table names it ("填写“完成档次”列"), or that the table has none (report.Messages)
        Map<String, String> headings = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : cols.entrySet()) {
            String h = columnHeading(headRow, headEnd - 1, e.getValue());
            if (h != null) {
                headings.put(e.getKey(), h);
            }
        }
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        columns.put("indicators#/indicators", headings);
        if (!claims.isEmpty() && headings.get("score") != null) {
            // the criteria read from the table's rows keep its score columns' headings: a finding on a claim says them
            columns.put("self-assessment#/criteria", claimHeadings(headings.get("score"), headings.get("reviewedScore")));
        }
        return new Form(g.sheet, g.type, docs, cells, problems, blank, columns, claims.isEmpty() ? null : Form.INDICATOR_TABLE);
    }

    /**
     * 河北's 预算项目绩效自评表 (成安 2020, t80) prints its target over three columns: 预期指标值 merged across 符号 | (a blank
     * sub-heading) | 单位(文字描述), each row ">= | 98 | %(百分比)". The column under 符号 is the comparator and the next one
     * under the heading with a blank sub-heading (or 数值) the target's figure; the unit's column is read as any 单位 is.
     * Before session 41 the target was the 符号 column alone (">="), and the figure was dropped without a word.
     */
    private void splitTarget(int headRow, Map<String, Integer> cols) {
        Integer t = cols.get("target");
        String heading = t == null ? null : g.get(headRow, t);
        if (heading == null || cols.containsKey("comparator") || !COMPARATOR_HEADINGS.contains(headingKey(folded(headRow + 1, t)))) {
            return;
        }
        for (int c = t + 1; c < g.width && (g.get(headRow, c) == null || heading.equals(g.get(headRow, c))); c++) {
            String sub = headingKey(folded(headRow + 1, c));
            if (cols.containsValue(c)) {
                continue;
            }
            if (sub.isEmpty() || FIGURE_HEADINGS.contains(sub)) {
                cols.put("comparator", t);
                cols.put("target", c);
            }
            return;
        }
    }

    /**
     * 河北's 预算项目绩效自评表 (成安 2020, t80) prints 指标分值 over the column each row fills with its 指标解释 (a sentence, no
     * number), and the row's points under 自评得分's 权重占比(%): a points column whose rows hold text and no number, beside a
     * second points heading, is the rows' definition, and the second heading's column the points; said at the heading's cell
     * ({@link #POINTS_OVER_TEXT_NOTE}). Before session 41 each explanation was "应为数字" (workbook-cell-unreadable), and
     * 权重占比 was not recognised: no points.
     */
    private void pointsOverText(int headRow, Map<String, Integer> cols) {
        Integer p = cols.get("points");
        if (p == null || cols.containsKey("definition")) {
            return;
        }
        int texts = 0;
        for (int r = headRow + 1; r < g.height() && r <= headRow + 60; r++) {
            String v = g.get(r, p);
            if (v == null || r == headRow + 1 && headingOf(INDICATOR_COLUMNS, "points", v)) {
                continue;
            }
            if (Grid.number(v) != null) {
                return;
            }
            texts++;
        }
        if (texts < 1) {
            return;
        }
        for (int r = headRow; r <= headRow + 1; r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (c != p && !cols.containsValue(c) && v != null && !g.copyOfLeft(r, c) && headingOf(INDICATOR_COLUMNS, "points", v)) {
                    cols.put("definition", p);
                    cols.put("points", c);
                    problems.add(new WorkbookImport.Problem(POINTS_OVER_TEXT_NOTE, null, g.address(headRow, p),
                            WorkbookImport.Problem.args(abbreviate(g.get(headRow, p)), abbreviate(v), g.address(r, c)), false,
                            g.document()));
                    return;
                }
            }
        }
    }

    /** The key of the note that an indicator table's 预算执行率 row was left to the funds ({@link #executionRateRow}). */
    static final String EXECUTION_ROW_NOTE = "execution-rate-row";

    /** The labels of a funds block's rate printed as a row of the indicator table, as folded. */
    private static final java.util.Set<String> EXECUTION_RATE_LABELS = java.util.Set.of("预算执行率", "资金执行率", "预算资金执行率");

    /** Whether a row's 一级 and 二级 cells, {@code v1} and {@code v2} (either may be blank), both name the budget's execution rate. */
    private static boolean executionRateRow(String v1, String v2) {
        for (String v : new String[] {v1, v2}) {
            if (v != null && !EXECUTION_RATE_LABELS.contains(withoutBrackets(fold(v)).strip())) {
                return false;
            }
        }
        return v1 != null || v2 != null;
    }

    /** The key of the line that a 折算得分 column (a row's score × its weight) has no field ({@link #unknownHeadings}). */
    static final String WEIGHTED_SCORE = "weighted-score-no-field";

    /**
     * The key of the line that a 实施进度 column (the work's progress: 四川's 项目支出绩效自评报告, 大英 2020, t44) was imported
     * as each row's actual, and that the framework named must say {@code "actualIs": "progress"} for check to read it so
     * (a warning: without it "已完成100%" is read as a measured value); {@link #PROGRESS_READ_NOTE} where it says so.
     */
    static final String PROGRESS_ACTUAL = "progress-actual";

    /** {@link #PROGRESS_ACTUAL} where the framework named with -Djixiao.framework says {@code "actualIs": "progress"}: a note. */
    static final String PROGRESS_READ_NOTE = "progress-actual-read";

    /**
     * A 实施进度 (完成进度) column ({@code progress} in {@link #INDICATOR_COLUMNS}): the rows' actual where the table has no
     * other actual column, said at its heading (which framework reads it so: {@link #PROGRESS_ACTUAL}); beside an actual
     * column of its own it is no field, left out and said as a second set (repeated-heading). Before session 57 it was an
     * unknown heading, and the rows were imported with no actual at all.
     */
    private void progressColumn(int headRow, Map<String, Integer> cols) {
        Integer c = cols.remove("progress");
        if (c == null || cols.containsKey("actual")) {
            return;
        }
        cols.put("actual", c);
        int r = g.get(headRow, c) != null && "progress".equals(progressHeading(g.get(headRow, c))) ? headRow : headRow + 1;
        boolean read = given != null && given.framework() != null && given.framework().actualIsProgress();
        problems.add(new WorkbookImport.Problem(read ? PROGRESS_READ_NOTE : PROGRESS_ACTUAL, null, g.address(r, c),
                WorkbookImport.Problem.args(abbreviate(g.get(r, c)), given == null ? "" : given.choice()), false, g.document()));
    }

    /** "progress" where {@code v} heads a 实施进度 column, else null. */
    private static String progressHeading(String v) {
        String k = heading(v, INDICATOR_COLUMNS).key();
        return k != null && (k.equals("实施进度") || k.equals("完成进度")) ? "progress" : null;
    }

    /** The key of the problem that a column saying whether each row was achieved (单项指标完成情况) has no field. */
    static final String COMPLETION_NO_FIELD = "completion-no-field";

    /** The headings of such a column, folded: 河北's 自评表 (成安 2020, t80) prints 完成 in each row. */
    private static final java.util.Set<String> COMPLETION_HEADINGS = java.util.Set.of("单项指标完成情况");

    /** The key of the problem that a goal block's 总体完成率 ({@link #goalColumns}) has no field. */
    static final String GOAL_RATE_NO_FIELD = "goal-rate-no-field";

    /** The key of the problem that a header label the import knows has no field (是否为专项资金, {@link #headerNoField}). */
    static final String HEADER_NO_FIELD = "header-no-field";

    /** Header labels with no field, said at their cell ({@link #headerNoField}), folded: 河北's 自评表 (t80). */
    private static final List<String> NO_FIELD_LABELS = List.of("是否为专项资金");

    /**
     * Each header label of {@link #NO_FIELD_LABELS} above the indicator heading {@code headRow}: said at its cell with its value
     * ({@link #HEADER_NO_FIELD}; {@code header-no-field-blank} where it is blank: the next cell another label), since no field takes it (t80's
     * 是否为专项资金, blank; before session 42 dropped without a word). A row says its first such label (a form prints it once:
     * a row of it in every cell was read in time width², a problem a cell), a table at most {@link #MAX_NO_FIELD}.
     */
    private void headerNoField(int headRow) {
        int said = 0;
        for (int r = 0; r < headRow && said < MAX_NO_FIELD; r++) {
            for (int c = 0; c < g.width; c++) {
                if (g.get(r, c) == null || g.copyOfLeft(r, c) || !NO_FIELD_LABELS.contains(label(folded(r, c)))) {
                    continue;
                }
                String value = "";
                int k = rightOf(r, c);
                if (k >= 0 && !labelCell(folded(r, k)) && !measureLine(g.get(r, k))) {
                    value = g.get(r, k).strip();
                }
                String l = abbreviate(g.get(r, c).strip().replaceAll("[:：]$", ""));
                problems.add(value.isEmpty() ? new WorkbookImport.Problem(HEADER_NO_FIELD + "-blank", null, g.address(r, c), l, false,
                        g.document()) : new WorkbookImport.Problem(HEADER_NO_FIELD, null, g.address(r, c),
                        WorkbookImport.Problem.args(l, abbreviate(value)), false, g.document()));
                said++;
                break;
            }
        }
    }

    /** The most header labels with no field said in one table ({@link #headerNoField}). */
    static final int MAX_NO_FIELD = 10;

    /** The key of the note that a points heading over text was read as the rows' 指标解释 ({@link #pointsOverText}). */
    static final String POINTS_OVER_TEXT_NOTE = "points-over-text";

    /** The sub-heading of a target's comparator column ({@link #splitTarget}), as folded. */
    private static final java.util.Set<String> COMPARATOR_HEADINGS = java.util.Set.of("符号");

    /** The sub-headings of a split target's figure column, besides a blank one ({@link #splitTarget}). */
    private static final java.util.Set<String> FIGURE_HEADINGS = java.util.Set.of("数值", "指标值", "值");

    /**
     * The heading column {@code c} prints in the heading rows {@code top} to {@code bottom}: the lowest row's that has one
     * (a heading over two rows names the column in its lower row), null if none has.
     */
    private String columnHeading(int top, int bottom, int c) {
        for (int r = bottom; r >= top; r--) {
            String h = heading(g.get(r, c));
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** The headings of a table's columns a claim's score and 复核分 were read from (either null: not printed), by field. */
    private static Map<String, String> claimHeadings(String score, String reviewed) {
        Map<String, String> h = new LinkedHashMap<>();
        if (score != null) {
            h.put("score", score);
        }
        if (reviewed != null) {
            h.put("reviewedScore", reviewed);
        }
        return h;
    }

    /**
     * A heading's text as a message may quote it: its line breaks and the spaces around Chinese taken out ("年度\n指标值"
     * → 年度指标值), other runs of white space one space, at most 40 characters; null when blank.
     */
    static String heading(String v) {
        if (v == null) {
            return null;
        }
        // one pass over the runs of white space (a regex's "\\s+(?=…)" tried each run's every start: a heading cell with
        // 30 000 blanks in it took seconds, review v27)
        String s = v.replace('\u3000', ' ');
        StringBuilder b = new StringBuilder(Math.min(s.length(), 256));
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!headingBlank(s.charAt(i))) {
                b.append(s.charAt(i++));
                continue;
            }
            int j = i;
            while (j < n && headingBlank(s.charAt(j))) {
                j++;
            }
            if (!(i > 0 && headingWide(s.charAt(i - 1)) || j < n && headingWide(s.charAt(j)))) {
                b.append(' ');
            }
            i = j;
        }
        String h = b.toString().strip();
        return h.isEmpty() ? null : abbreviate(h);
    }

    /** What a regex's {@code \s} is: the blanks a heading's runs are made of. */
    private static boolean headingBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Chinese, or a full-width form: the spaces beside it are taken out. */
    private static boolean headingWide(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uff00' && c <= '\uffef';
    }

    /**
     * department.json's reportDate from the text {@code date} of a 填报日期 / 自评日期 (ISO; an Excel serial read as the date
     * it is); the printed blank (填报日期：  年  月  日) or null gives none.
     */
    private void reportDate(Map<String, Object> dept, String date) {
        if (date != null && date.chars().noneMatch(Character::isDigit)) { // the printed blank: 填报日期：  年  月  日
            date = null;
            cells.remove("department#/reportDate");
        }
        if (date != null) {
            date = isoDate(date);
            BigDecimal serial = Grid.number(date);
            if (serial != null && serial.compareTo(BigDecimal.valueOf(20000)) > 0 && serial.compareTo(BigDecimal.valueOf(80000)) < 0) {
                // a date kept as an Excel serial without a date format (45291 is 2023-12-31)
                date = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate().toString();
            }
            dept.put("reportDate", date);
        }
    }

    /**
     * Whether an indicator table's {@code row} is a claim on an assessed criterion of the framework named for the import
     * ({@code assessed}, by name): its 一级 is none of the framework's taxonomy, and its 三级 (or, with none, its 二级)
     * names the criterion (广水 2021: 项目决策 | 决策依据 | | 2 | | | 2). It is then added to {@code claims} (criterion,
     * name, score), its cells recorded, and is no indicator.
     */
    private boolean assessedRow(Map<String, Object> row, Map<String, String> src,
                                Map<String, io.github.jixiao.score.Framework.Leaf> assessed, List<Object> claims,
                                int r, Map<String, Integer> cols, int headRow, int headEnd) {
        Integer scoreCol = cols.get("score");
        if (assessed.isEmpty() || !(row.get("level1") instanceof String l1) || given.framework().category(l1).isPresent()) {
            return false;
        }
        String field = row.get("name") instanceof String ? "name" : "level2";
        if (!(row.get(field) instanceof String printed)) {
            return false;
        }
        io.github.jixiao.score.Framework.Leaf leaf = assessed.get(criterionKey(printed));
        if (leaf == null) {
            return false;
        }
        String ptr = "self-assessment#/criteria/" + claims.size();
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("criterion", leaf.id());
        claim.put("name", printed);
        cells.put(ptr, src.get(field));
        if (row.get("score") != null) {
            claim.put("score", row.get("score"));
            cells.put(ptr + "/score", src.get("score"));
        } else if (scoreCol != null && g.get(r, scoreCol) == null) {
            // the score column printed, this row's cell left empty: a score to fill in in the table (score-input-missing)
            blank.put(ptr + "/score", g.address(r, scoreCol));
        }
        // the reason the row prints for its score: what was achieved (全年完成值) and the 偏差 explained, each under its heading
        // (江西 蚕茶卫生院 2021, t81: 全年完成值：按规定执行; before session 42 the claim had no reason, as if none was printed)
        StringBuilder reason = new StringBuilder();
        String reasonCell = null;
        for (String f : new String[] {"actual", "explanation"}) {
            if (row.get(f) instanceof String v && !v.isBlank()) {
                String h = columnHeading(headRow, headEnd - 1, cols.get(f));
                reason.append(reason.length() > 0 ? "；" : "").append(h == null ? "" : h + "：").append(v.strip());
                reasonCell = reasonCell == null ? src.get(f) : reasonCell;
            }
        }
        if (reason.length() > 0) {
            claim.put("reason", reason.toString());
            cells.put(ptr + "/reason", reasonCell);
        }
        if (row.get("reviewedScore") != null) { // the 复核分 beside it, as a 评分表's criterion carries it
            claim.put("reviewedScore", row.get("reviewedScore"));
            cells.put(ptr + "/reviewedScore", src.get("reviewedScore"));
        }
        if (row.get("reviewedReason") != null) { // and the reviewer's reason for it
            claim.put("reviewedReason", row.get("reviewedReason"));
            cells.put(ptr + "/reviewedReason", src.get("reviewedReason"));
        }
        claims.add(claim);
        return true;
    }

    /**
     * Each block above a 部门整体 table's indicators that is labelled in its first column, the label merged down over two
     * rows or more (年度预算安排, 年度总体目标, 年度履职目标), of whose rows no value was read: one problem
     * ({@code block-not-read}) naming the label's cell, so that a block the import does not know is said, not dropped
     * in silence (宁德 2019's 年度履职目标 was, and with it the table's one real error).
     */
    private void blocksNotRead(int headRow) {
        java.util.Set<String> read = new java.util.HashSet<>(cells.values());
        for (int r = 0; r < headRow; r++) {
            int c = 0;
            while (c < g.width && g.get(r, c) == null) {
                c++;
            }
            String label = c < g.width ? g.get(r, c) : null;
            if (label == null || label.length() > 20 || g.copyOfAbove(r, c) || !g.copyOfAbove(r + 1, c)
                    || r + 1 >= headRow) {
                continue;
            }
            int end = r + 1;
            while (end < headRow && g.copyOfAbove(end, c)) {
                end++;
            }
            boolean any = false;
            boolean text = false;
            for (int k = r; k < end && !any; k++) {
                for (int j = c; j < g.width && !any; j++) {
                    any = read.contains(g.address(k, j));
                    text |= j > c && g.get(k, j) != null;
                }
            }
            if (!any && text) {
                problems.add(new WorkbookImport.Problem("block-not-read", null, g.address(r, c), abbreviate(label), false,
                        g.document()));
            }
            r = end - 1;
        }
    }

    /** A word of a funds block's label (专项资金情况, 债券资金管理指标, 本年度预计投入, 预算执行情况, 下达额度). */
    private static final Pattern FUNDS_WORD = Pattern.compile("资金|预算|投入|金额|额度|经费");

    /** A funds row's label naming a source of the money (其中:财政拨款数, 其他资金, 中央补助), as folded. */
    private static final Pattern SOURCE_ROW = Pattern.compile("资金|拨款|财政|自筹|其他|其它|结转|补助|专户");

    /** Such a label that names no source: a subtotal over its sources, a rate, a code or a class. */
    private static final Pattern NOT_SOURCE_ROW = Pattern.compile("小计|合计|总计|率|代码|科目|分类");

    /** A label whose figure is no amount (a code, a telephone number, a date, a year), or whose value is a name (资金名称). */
    private static final Pattern NO_AMOUNT_LABEL = Pattern.compile(".*(代码|编码|编号|电话|日期|时间|年度(?!.*(资金|预算|金额|经费|投入|额度))"
            + "|期限|周期|人数|编制|名称).*");

    /** Whether a cell's text is labelled with a funds word as {@link #fundsNotRead} reads it (folded; no 表, no code or date). */
    private final Memo<Boolean> fundsWordLabels = new Memo<>(v -> {
        String f = fold(v);
        return FUNDS_WORD.matcher(f).find() && !f.contains("表") && !NO_AMOUNT_LABEL.matcher(f).matches();
    });

    /**
     * Each block above the indicators labelled with a funds word ({@link #FUNDS_WORD}) of whose figures a reading took none
     * (its label's row and the rows the label is merged down over, or the row under it where it is not merged): one problem
     * ({@code funds-block-not-read}) naming the block's cells (from the label to its last figure) and its label, so that a
     * funds block whose layout the import cannot read surely is said, not dropped in silence (before session 38, t60's
     * 专项资金情况 and t71's 债券资金管理指标 row were). A block of which some figures were read and others not (a total read,
     * its parts dropped: t32's 投入目标(万元) before session 38) is said as such ({@code funds-rows-not-read}), naming the
     * rows whose figures were left out, where such a row names a source of funds ({@link #SOURCE_ROW}: 其中:财政拨款数, 其他资金;
     * not 项目总预算 or a rate beside the amounts read, which have no field, t63, nor a 小计 whose rows are read, t46). Where
     * funds were read ({@code fundsRead}), a block none of whose figures was read is not said (a 项目预算成本构成 beside the
     * funds, 鄂州 2022's: no field). Since session 39 every block is said, not the first only. Not said where a funds problem (the unit printed nowhere) or the department's {@code
     * block-not-read} already names the block; a figure beside a code, a date or a telephone number's label, a year
     * (1900–2100) or a number of more than 12 digits is no amount.
     */
    private void fundsNotRead(int headRow, boolean fundsRead) {
        if (problems.stream().anyMatch(p -> p.key().equals("funds-not-read"))) {
            return;
        }
        java.util.Set<String> said = new java.util.HashSet<>();
        problems.forEach(p -> said.add(p.cell()));
        java.util.Set<String> read = new java.util.HashSet<>(cells.values());
        read.addAll(blank.values());
        AmountRow[] rows = new AmountRow[headRow];
        int below = -1; // the last row of the last block said: a label inside it is no block of its own
        // the last heading row whose lines were followed down (below its column headings), and the row after its last line
        int linesFrom = -1;
        int linesEnd = -1;
        for (int r = 0; r < headRow; r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 30 || r <= below || g.copyOfLeft(r, c) || g.copyOfAbove(r, c)
                        || !fundsWordLabels.of(v) || said.contains(g.address(r, c)) || besideText(r, c)) {
                    continue;
                }
                int end = r + 1;
                while (end < headRow && g.copyOfAbove(end, c)) {
                    end++;
                }
                if (end == r + 1 && r + 1 < headRow) {
                    end = r + 2; // a heading over the line of its amounts
                    if (c + 1 < g.width && g.copyOfLeft(r, c + 1) && r == linesFrom) {
                        end = linesEnd; // another such heading of the same row: the same lines
                    } else if (c + 1 < g.width && g.copyOfLeft(r, c + 1) && r >= linesEnd
                            && columns(r + 1, FUNDS_COLUMNS).size() >= 2) {
                        // a heading merged across over the block's column headings, its lines below them (重庆's 资金情况
                        // over 年初预算数 | 全年(调整)预算数 | 全年执行数 …, t72): the block is those lines, each with an amount.
                        // Not from a heading among an earlier block's lines: each row is followed down once, else a sheet
                        // of such headings, each over the next and every row with an amount, read the rest of the sheet at
                        // every row (100,000 rows: minutes; helper H5, session 41)
                        while (end < headRow && amounts(rows, end, read)) {
                            end++;
                        }
                        linesFrom = r;
                        linesEnd = end;
                    }
                }
                int lastRow = -1;
                int lastCol = -1;
                int[] source = {-1, -1, -1}; // the first and last rows and the last column of a source row's figures left out
                boolean anyRead = false;
                for (int k = r; k < end; k++) {
                    AmountRow a = amountRow(rows, k, read);
                    anyRead |= a.lastRead() > c;
                    if (a.lastUnread() > c) {
                        lastRow = Math.max(lastRow, k);
                        lastCol = Math.max(lastCol, a.lastUnread());
                    }
                    if (a.lastSource() > c) {
                        source[0] = source[0] < 0 ? k : source[0];
                        source[1] = k;
                        source[2] = Math.max(source[2], a.lastSource());
                    }
                }
                if (anyRead && source[0] >= 0) {
                    problems.add(new WorkbookImport.Problem("funds-rows-not-read", null, g.range(source[0], c, source[1], source[2]),
                            abbreviate(v), false, g.document()));
                    below = Math.max(below, lastRow);
                } else if (!anyRead && !fundsRead && lastRow >= 0) {
                    problems.add(new WorkbookImport.Problem("funds-block-not-read", null, g.range(r, c, lastRow, lastCol),
                            abbreviate(v), false, g.document()));
                    below = Math.max(below, lastRow);
                }
            }
        }
    }

    /** Whether row {@code k} holds an amount, read or not ({@link #amountRow}, kept in {@code rows}). */
    private boolean amounts(AmountRow[] rows, int k, java.util.Set<String> read) {
        AmountRow a = amountRow(rows, k, read);
        return a.lastRead() >= 0 || a.lastUnread() >= 0;
    }

    /** Row {@code k}'s amounts, read once a call of fundsNotRead ({@code rows} its memo). */
    private AmountRow amountRow(AmountRow[] rows, int k, java.util.Set<String> read) {
        return rows[k] != null ? rows[k] : (rows[k] = amountRow(k, read));
    }

    /**
     * Whether the cell left of ({@code r}, {@code c}) holds a text of its own (not a merged copy, not a number): the cell is
     * that label's value (项目属性 | 兵团推进乡村振兴补助资金, t79), no funds block's label, though it holds a funds word.
     */
    private boolean besideText(int r, int c) {
        if (c == 0) {
            return false;
        }
        String left = g.get(r, c - 1);
        return left != null && !g.copyOfLeft(r, c - 1) && !g.copyOfAbove(r, c - 1) && Grid.number(left) == null;
    }

    /**
     * The amounts of a row as {@link #fundsNotRead} reads them, each the last column (else -1) of: an amount a reading took
     * ({@code lastRead}), one no reading took ({@code lastUnread}), and one no reading took beside a label naming a source of
     * funds ({@code lastSource}; {@link #SOURCE_ROW}, not {@link #NOT_SOURCE_ROW}). A figure beside a code's, date's or
     * name's label ({@link #NO_AMOUNT_LABEL}), a year (1900–2100) or a number of more than 12 digits is no amount.
     */
    private record AmountRow(int lastRead, int lastUnread, int lastSource) {
    }

    /**
     * Row {@code k}'s {@link AmountRow}: read once per row, since it does not depend on the label above it (each label read
     * its block's rows in full, so a row of 200 funds labels, each merged down 4,000 rows, took 16 s of CPU for a 6 KB
     * file: width² × rows; helper H3, session 39). A label at column c asks for the amounts right of it: a last column > c.
     */
    private AmountRow amountRow(int k, java.util.Set<String> read) {
        int lastRead = -1;
        int lastUnread = -1;
        int lastSource = -1;
        String beside = null;
        for (int j = 0; j < g.width; j++) {
            String x = g.get(k, j);
            if (x == null || g.copyOfLeft(k, j)) {
                continue;
            }
            BigDecimal n = Grid.number(x);
            if (n == null) {
                // a label and its amount in one cell (按收入性质分:2030.12, 其他资金:585.62 under t70's 年度资金总额)
                String[] m = x.length() <= 40 ? labelledAmount(folded(k, j)) : null;
                n = m != null ? Grid.number(m[1]) : null;
                if (n == null) {
                    beside = folded(k, j);
                    continue;
                }
                beside = m[0];
            }
            boolean year = n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && n.compareTo(BigDecimal.valueOf(2100)) <= 0 && !folded(k, j).contains(".");
            if (year || n.precision() - n.scale() > 12 || beside != null && NO_AMOUNT_LABEL.matcher(beside).matches()) {
                continue;
            }
            if (read.contains(g.address(k, j))) {
                lastRead = j;
            } else {
                lastUnread = j;
                if (beside != null && SOURCE_ROW.matcher(beside).find() && !NOT_SOURCE_ROW.matcher(beside).find()) {
                    lastSource = j;
                }
            }
        }
        return new AmountRow(lastRead, lastUnread, lastSource);
    }

    /**
     * A cell's folded text that is a label and its amount (其他资金:585.62): the label, the amount; else null. The amount is
     * what follows the last colon ({@link #LABELLED_AMOUNT_FIGURE}), the label what precedes it, ending in no digit, point or
     * colon. Read in one pass: the pattern {@code ^(.*[^\d.:\s])\s*:\s*(figure)$} it replaces backtracked over every colon
     * of a text, some 20 µs a cell for 40 characters such as 资:1,1,…,1x, asked of every cell right of a funds label (a sheet
     * of 600,000 such cells: 4 s of CPU; helper H5, session 41).
     */
    static String[] labelledAmount(String folded) {
        int colon = folded.lastIndexOf(':');
        int end = colon; // the label's end, white space (the pattern's \s) before the colon left out
        while (end > 0 && SPACE.indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        int from = colon + 1; // the amount's start, white space after the colon left out
        while (from < folded.length() && SPACE.indexOf(folded.charAt(from)) >= 0) {
            from++;
        }
        if (colon < 0 || end == 0) {
            return null;
        }
        char last = folded.charAt(end - 1);
        if (last >= '0' && last <= '9' || last == '.' || last == ':' || SPACE.indexOf(last) >= 0) {
            return null;
        }
        for (int i = 0; i < end - 1; i++) {
            if (LINE_END.indexOf(folded.charAt(i)) >= 0) {
                return null; // (the pattern's .* took no line terminator)
            }
        }
        String figure = folded.substring(from);
        return LABELLED_AMOUNT_FIGURE.matcher(figure).matches() ? new String[] {folded.substring(0, end), figure} : null;
    }

    /** White space as a pattern's \s means it, and the line terminators its . does not take. */
    private static final String SPACE = " \t\n\u000B\f\r";
    private static final String LINE_END = "\n\r\u0085\u2028\u2029";

    /** The amount of a {@link #labelledAmount} (585.62, 2,030.12). */
    private static final Pattern LABELLED_AMOUNT_FIGURE = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

    /** At most this many hidden rows and columns are listed in the problem that says they were imported. */
    private static final int HIDDEN_LISTED = 10;

    /**
     * One problem ({@code hidden-imported}) for the table's rows and columns hidden on the sheet that were imported: the
     * name cell of each indicator read from a hidden row (宁德 2019's row 20, （旧）年鉴出版册数, hidden instead of deleted),
     * and the heading cell of each column read that is hidden. A hidden column the import does not read (指标解释, 寿县
     * 2023) is not said.
     */
    private void hiddenImported(List<String> rows, int headRow, Map<String, Integer> cols) {
        List<String> all = new ArrayList<>(rows);
        for (int c : new java.util.TreeSet<>(cols.values())) {
            if (g.hiddenCol(c)) {
                all.add(g.address(headRow, c));
            }
        }
        if (all.isEmpty()) {
            return;
        }
        String listed = String.join("、", all.subList(0, Math.min(HIDDEN_LISTED, all.size()))) + (all.size() > HIDDEN_LISTED ? "…" : "");
        problems.add(new WorkbookImport.Problem("hidden-imported", null, g.sheet, listed, false, g.document()));
    }

    /**
     * The points a block's heading prints, keyed by what they weigh ({@code budget#/funds/total/points}, {@code
     * indicators#/indicators}): each {points, cell, heading as printed}.
     */
    private final Map<String, Object[]> pointsStated = new LinkedHashMap<>();

    /** A heading's points as printed at its end: 预算执行情况(万元)(20分) → 20, 年度绩效目标（80 分） → 80; else null. */
    static BigDecimal statedPoints(String heading) {
        if (heading == null || heading.length() > 40) {
            return null;
        }
        Matcher m = STATED_POINTS.matcher(fold(heading).replace("（", "(").replace("）", ")"));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static final Pattern STATED_POINTS = Pattern.compile("\\((\\d{1,3}(?:\\.\\d+)?)分\\)$");

    /**
     * The key of the note that a block's heading prints points the framework department.json names does not give it (湖北's
     * 20 + 80 自评表 under mof-project-2020, whose 预算执行率 weighs 10 and indicators 90): check scores on the framework's.
     */
    static final String POINTS_NOTE = "points-not-framework";

    /**
     * The key of the problem that the funds block and the indicator table print their points, 100 in all, which the
     * built-in framework weighs otherwise: its args the funds' points, cell and heading, the indicators' points, cell and
     * heading, and the built-in's id. {@link WorkbookImport} writes a framework of those points and names it.
     */
    static final String FRAMEWORK_FROM_POINTS = "framework-from-points";

    /**
     * The points the funds block's heading and the indicator table's (年度绩效目标(80分), left of its columns) print, held
     * to the framework named ({@code choice}: the given one, or a built-in's id): where the framework weighs the block
     * otherwise (its criteria scored on the funds, its indicator-points criteria), one {@link #POINTS_NOTE} at the heading.
     * Nothing where no heading prints points (the points come from a 分值 column or the framework alone).
     */
    private void pointsAgainstFramework(String choice, int headRow, Map<String, Integer> cols, int bareName) {
        int first = java.util.Collections.min(cols.values());
        int depth = headerDepth(headRow, cols);
        // the indicator blocks' headings, each {points, cell, heading as printed}: the first left of the heading's columns
        // (湖北's 年度绩效目标(80分), t13), else on the line just above the heading (天长 2020's 年度目标1:(80分) | its goal,
        // t69), then one more for each block the table prints its heading again under (黄冈 2020's 年度绩效目标1（40分） and
        // 年度绩效目标2（40分）, t27): the indicators' points are their sum. Before session 46 only the first heading's, and
        // only within the heading's rows: t69's 80 and t27's second 40 were not read
        List<Object[]> blocks = new ArrayList<>();
        Object[] own = blockHeading(headRow, depth, first, false);
        if (own == null && headRow > 0) {
            own = blockHeading(headRow - 1, 1, first, true);
        }
        if (own != null) {
            blocks.add(own);
            int headEnd = headRow + depth;
            String headName = folded(headRow, cols.get("name"));
            for (int r = headEnd; r < g.height(); r++) {
                String nameText = g.get(r, cols.get("name"));
                if (nameText != null && nameText.indexOf('指') >= 0 && fold(nameText).equals(headName)
                        && withBareName(columns(r, INDICATOR_COLUMNS), bareName).keySet().equals(cols.keySet())) {
                    // the heading printed again, as the rows' loop reads it: the heading of a further block where it prints points
                    Object[] more = blockHeading(r, depth, first, false);
                    if (more != null) {
                        blocks.add(more);
                    }
                    r += depth - 1;
                    continue;
                }
                String own1 = ownFirstText(r);
                if (criterionHeading(r) || own1 != null && isTotalLabel(fold(own1))) {
                    break; // the table's end: no block below it is this table's
                }
            }
        }
        if (blocks.size() == 1) {
            pointsStated.putIfAbsent("indicators#/indicators", blocks.get(0));
        } else if (blocks.size() > 1) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> cells = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            List<String> each = new ArrayList<>();
            for (Object[] b : blocks) {
                sum = sum.add((BigDecimal) b[0]);
                cells.add((String) b[1]);
                headings.add(abbreviate((String) b[2]));
                each.add(((BigDecimal) b[0]).stripTrailingZeros().toPlainString());
            }
            pointsStated.putIfAbsent("indicators#/indicators", new Object[] {sum, String.join(", ", cells), String.join(" / ", headings),
                    String.join(" + ", each), blocks.get(0)[1]});
        }
        if (pointsStated.isEmpty()) {
            return;
        }
        io.github.jixiao.score.Framework fw;
        try {
            fw = given != null ? given.framework() : io.github.jixiao.score.FrameworkLoader.builtIn(choice);
        } catch (RuntimeException e) {
            return; // no framework to hold them to
        }
        if (fw == null) {
            return;
        }
        BigDecimal onFunds = BigDecimal.ZERO;
        BigDecimal onIndicators = BigDecimal.ZERO;
        for (io.github.jixiao.score.Framework.Leaf l : fw.leaves()) {
            if (l.weight() == null) {
                continue;
            }
            if (l.scoredOnFunds()) {
                onFunds = onFunds.add(l.weight());
            } else if (l.method() instanceof io.github.jixiao.score.Method.IndicatorPoints) {
                onIndicators = onIndicators.add(l.weight());
            }
        }
        Object[] fundsPrinted = pointsStated.get("budget#/funds/total/points");
        Object[] rowsPrinted = pointsStated.get("indicators#/indicators");
        if (given == null && fundsPrinted != null && rowsPrinted != null
                && ((BigDecimal) fundsPrinted[0]).add((BigDecimal) rowsPrinted[0]).compareTo(io.github.jixiao.score.ScoreSheet.FULL_BASE) == 0
                && (((BigDecimal) fundsPrinted[0]).compareTo(onFunds) != 0 || ((BigDecimal) rowsPrinted[0]).compareTo(onIndicators) != 0)) {
            // both blocks print their points, 100 in all, and the built-in framework weighs them otherwise (湖北 襄阳 2021's
            // 预算执行情况(20分) + 年度绩效目标(80分), t13): the import writes a framework of the points as printed
            // (WorkbookImport.printedFramework) and department.json names it; before session 45 the table was scored on the
            // built-in's 10 + 90, told to name a framework file (-Djixiao.framework) no finance officer can write
            // several blocks (t27): the cells and headings listed, and each block's points as an eighth argument
            List<String> args = new ArrayList<>(List.of(((BigDecimal) fundsPrinted[0]).stripTrailingZeros().toPlainString(),
                    (String) fundsPrinted[1], abbreviate((String) fundsPrinted[2]),
                    ((BigDecimal) rowsPrinted[0]).stripTrailingZeros().toPlainString(), (String) rowsPrinted[1],
                    abbreviate((String) rowsPrinted[2]), fw.id()));
            if (rowsPrinted.length > 3) {
                args.add((String) rowsPrinted[3]);
            }
            problems.add(new WorkbookImport.Problem(FRAMEWORK_FROM_POINTS, null, (String) rowsPrinted[rowsPrinted.length > 3 ? 4 : 1],
                    WorkbookImport.Problem.args(args.toArray(String[]::new)), false, g.document()));
            return;
        }
        for (Map.Entry<String, Object[]> e : pointsStated.entrySet()) {
            BigDecimal stated = (BigDecimal) e.getValue()[0];
            BigDecimal has = e.getKey().startsWith("budget") ? onFunds : onIndicators;
            // a framework with no criterion of that kind (scored some other way) is not held to it: nothing to say
            if (has.signum() > 0 && stated.compareTo(has) != 0) {
                problems.add(new WorkbookImport.Problem(POINTS_NOTE, null, (String) e.getValue()[e.getValue().length > 3 ? 4 : 1],
                        WorkbookImport.Problem.args(abbreviate((String) e.getValue()[2]), stated.stripTrailingZeros().toPlainString(),
                                fw.id(), has.stripTrailingZeros().toPlainString()), false, g.document()));
            }
        }
    }

    /**
     * The points a block of indicators prints on its heading, left of the indicator columns (from column {@code first} on) in
     * rows {@code r} to {@code r + depth - 1}: a heading naming 目标 or 指标 that ends in its points (年度绩效目标(80分),
     * 年度目标1:(80分)), not a merged block's copy of the cell left of it (nor, on the line {@code above} the heading, of
     * the cell above it: the funds block merged down); {points, cell, heading as printed}, the first such; else null.
     */
    private Object[] blockHeading(int r, int depth, int first, boolean above) {
        for (int rr = r; rr < r + depth && rr < g.height(); rr++) {
            for (int c = 0; c < first; c++) {
                String v = g.get(rr, c);
                BigDecimal n = statedPoints(v);
                if (n != null && (fold(v).contains("目标") || fold(v).contains("指标")) && !g.copyOfLeft(rr, c)
                        && (rr == r && !above || !g.copyOfAbove(rr, c))) {
                    return new Object[] {n, g.address(rr, c), v};
                }
            }
        }
        return null;
    }

    /** The narrative printed under a table's 总分 row, field then label (湖北's 20 + 80 自评表). */
    private static final String[][] FOOTER_NARRATIVE = {
            {"problems", "偏差大或目标未完成原因分析"},
            {"improvements", "改进措施及结果应用方案"},
    };

    /** How many rows under a table are read as its footer lines (填报单位（盖章）：…　填报日期：…, 填表人：…). */
    private static final int FOOTER_ROWS = 8;

    /**
     * The lines under the table that ends at row {@code end} (its total, its footer, or the sheet's end): where no 填报日期
     * was printed above the table, one printed there is the reportDate; where neither 部门名称 nor 填报单位 was, a 填报单位
     * there names the unit (it wins over the 主管部门 and 实施单位, as above the table: docs/forms.md), and the log says
     * which cell it came from ({@code name-below}). 东丽 2020 prints both in A23, 寿县 2023 its date in the 填表人 line.
     */
    private void footerFields(Map<String, Object> dept, int end, boolean nameFromLabel) {
        int to = Math.min(g.height(), end + FOOTER_ROWS);
        if (!dept.containsKey("reportDate")) {
            reportDate(dept, labelledIn(end, to, "填报日期", "自评日期"));
        }
        // 湖北's 20 + 80 自评表 (t13, t18, t27, t56) prints its narrative under the 总分 row: 偏差大或目标未完成原因分析 |
        // text, 改进措施及结果应用方案 | text (a blank cell there: nothing written)
        for (String[] n : FOOTER_NARRATIVE) {
            String v = labelledIn(end, to, n[1]);
            if (v != null) {
                dept.put(n[0], v);
            }
        }
        if (nameFromLabel) {
            return;
        }
        String below = labelledIn(end, to, FILER);
        if (below == null) {
            return;
        }
        String name = stripCode(below);
        dept.put("name", name);
        problems.removeIf(p -> p.key().equals("no-department"));
        problems.add(new WorkbookImport.Problem("name-below", null, cells.get("department#/name"), abbreviate(name), false,
                g.document()));
    }

    /** The key of the import's note (info) at a unit's name read from 海南's 项目基本信息 under the table (t41). */
    static final String BASIC_INFO_NOTE = "name-basic-info";

    /**
     * 海南's 项目基本信息 under the 项目绩效目标表 (t41, 海南省人民政府研究室 2012: 项目实施单位 | 海南省人民政府研究室 | 主管部门 |
     * (blank)), where the header above the table names no unit (neither 部门名称, 填报单位, 实施单位 nor 主管部门, nor a 填报单位
     * under it): its 项目实施单位 is the unit's {@code name} (as above the table: docs/forms.md), and its 项目实施单位 and
     * 主管部门 the project's {@code implementer} / {@code owner} where the table names a project; the log says which cell the name
     * came from ({@link #BASIC_INFO_NOTE}), and no-department is not said. Looked for in the rows under the table from
     * {@code end}, below a 项目基本信息 line only. Before session 33 the block's funds were read and its unit was not: the
     * import warned that the header names no unit, and check said workbook-department-missing.
     */
    private void basicInfoUnit(Map<String, Object> dept, int end) {
        int to = Math.min(g.height(), end + INVESTMENT_ROWS);
        int from = -1;
        for (int r = Math.max(end, 0); r < to && from < 0; r++) {
            String t = firstText(r);
            if (t != null && BASIC_INFO.matcher(fold(t)).matches()) {
                from = r + 1;
            }
        }
        if (from < 0) {
            return;
        }
        Map<String, Object> project = dept.get("project") instanceof Map<?, ?> m ? cast(m) : null;
        String implementer = labelledIn(from, to, "项目实施单位", "实施单位");
        String implementerCell = cells.remove("department#/project/implementer");
        String owner = labelledIn(from, to, OWNER_LABELS);
        String ownerCell = cells.remove("department#/project/owner");
        if (project != null && implementer != null && !project.containsKey("implementer")) {
            project.put("implementer", implementer);
            cells.put("department#/project/implementer", implementerCell);
        }
        if (project != null && owner != null && !project.containsKey("owner")) {
            project.put("owner", owner);
            cells.put("department#/project/owner", ownerCell);
        }
        if (implementer == null) {
            return; // a 主管部门 alone there is the project's owner, said as the header's lack of a unit (no-department)
        }
        String name = stripCode(implementer);
        String cell = implementerCell;
        dept.put("name", name);
        cells.put("department#/name", cell);
        problems.removeIf(p -> p.key().equals("no-department"));
        problems.add(new WorkbookImport.Problem(BASIC_INFO_NOTE, null, cell, abbreviate(name), false, g.document()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /**
     * A row whose name, and each of its target and actual that is filled in, says only 不适用 (or 不涉及): the category
     * printed on it does not apply (深圳 附件1: 可持续影响指标 | 不适用 | 不适用 | 不适用).
     */
    private static boolean notApplicable(Map<String, Object> row) {
        if (!(row.get("name") instanceof String n) || !notApplicableText(n)) {
            return false;
        }
        for (String f : new String[] {"target", "adjustedTarget", "actual"}) {
            if (row.get(f) instanceof String v && !notApplicableText(v)) {
                return false;
            }
        }
        return true;
    }

    /** Copies the {@code fields} a row holds, with the cells they came from. */
    private static void copy(Map<String, Object> row, Map<String, String> src, Map<String, Object> to, Map<String, String> toSrc,
                             String... fields) {
        for (String f : fields) {
            if (row.containsKey(f)) {
                to.put(f, row.get(f));
                toSrc.put(f, src.get(f));
            }
        }
    }

    private static boolean notApplicableText(String v) {
        String f = fold(v);
        return f.equals("不适用") || f.equals("不涉及");
    }

    /**
     * The year of the form headed at {@code headRow}: its 年度 field, its title, else a short line above the table, else a
     * Word document's heading paragraph (the nearest first). A year that is part of a date (2022年8月10日) gives the year only
     * when no other year is on its line (a period's, {@link #yearIn}); no year on a line labelled 填报日期 / 自评日期 does:
     * 广水 2021's 填报日期：2022年8月10日 line gave 2022.
     */
    private Integer year(int headRow, String title) {
        String yearText = labelled("年度", "预算年度");
        for (String s : new String[] {yearText, title}) {
            if (s != null) {
                Integer y = yearIn(fold(s) + (s.matches("\\d{4}") ? "年" : ""));
                if (y != null) {
                    return y;
                }
            }
        }
        for (int r = 0; r < headRow; r++) {
            String t = firstText(r);
            if (t != null && t.length() < 40 && !dateLine(fold(t))) {
                Integer y = yearIn(fold(t));
                if (y != null) {
                    return y;
                }
            }
        }
        for (int k = g.headings.size() - 1; k >= 0; k--) {
            Integer y = yearIn(fold(g.headings.get(k)));
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /**
     * The year of folded {@code f}, or null: its first year that is not a date's (2021年度); else, when every year on it is a
     * date's, their year if they all agree (a period: （2019年1月1日至2019年12月31日）, 自评期间：2021年1月1日-2021年12月31日),
     * none if they do not or the line is labelled with the date the form was filed (the 2022 of 填报日期：2022年8月10日).
     */
    private static Integer yearIn(String f) {
        Matcher m = YEAR.matcher(f);
        Integer dates = null;
        boolean disagree = false;
        while (m.find()) {
            Integer y = Integer.valueOf(m.group(1));
            if (!DATE_AFTER.matcher(f).region(m.end(), f.length()).lookingAt()) {
                return y;
            }
            disagree |= dates != null && !dates.equals(y);
            dates = dates == null ? y : dates;
        }
        return disagree || FILED_LABELS.stream().anyMatch(f::contains) ? null : dates;
    }

    /** Labels of the date a form was filed, whose year is no year of the table. */
    private static final List<String> FILED_LABELS = List.of("填报日期", "自评日期", "填表日期");

    /** What follows a year that is part of a date: 8月10日. */
    private static final Pattern DATE_AFTER = Pattern.compile("\\d{1,2}月\\d{1,2}日");

    /** A line labelled with the date the form was filed (填报日期：…, 自评日期：…), folded. */
    private static boolean dateLine(String f) {
        return f.startsWith("填报日期") || f.startsWith("自评日期");
    }

    /** department.json's name and year; a name the header rows do not give is a no-department problem naming them. */
    private void nameAndYear(Map<String, Object> dept, String name, Integer year, int headRow) {
        if (name != null) {
            dept.put("name", name);
        } else {
            // where the header fields are looked for: the rows above the indicator table, across the sheet
            problems.add(new WorkbookImport.Problem("no-department", "department#/name",
                    g.range(0, 0, Math.max(headRow - 1, 0), headerWidth(headRow)), null, false, g.document()));
        }
        if (year != null) {
            dept.put("year", year);
        } else {
            // no 年度 field, no year in the title nor in a line above the table (海南's 项目绩效目标表, t40, t41): said with
            // where the year is looked for and what to type, rather than left to the schema's required error alone
            problems.add(new WorkbookImport.Problem("no-year", null,
                    g.range(0, 0, Math.max(headRow - 1, 0), headerWidth(headRow)), null, false, g.document()));
        }
    }

    /**
     * The last column of the header rows and of the table's heading (rows 0 to {@code headRow}) that holds a text: where a
     * header field is looked for, as wide as the table prints it, not as wide as another table further down the sheet
     * (t58's allocation list under the indicators, nine columns to the indicator table's five: "Sheet1!A1:I1" before
     * session 38).
     */
    private int headerWidth(int headRow) {
        int last = 0;
        for (int r = 0; r <= headRow && r < g.height(); r++) {
            for (int c = g.width - 1; c > last; c--) {
                if (g.get(r, c) != null) {
                    last = c;
                    break;
                }
            }
        }
        return last;
    }

    /** Headings of a 评分表's columns that describe a criterion, which no indicator table prints. */
    private static final List<String> CRITERION_TEXT = List.of("评分标准", "指标说明", "评价标准", "评分细则", "指标解释");

    /** Headings of the column of a 评分表 that holds the unit's own score (深圳 附件2: the second 分值, marked *分值). */
    private static final List<String> SCORE_HEADINGS = List.of("得分", "自评得分", "自评分", "评分", "分值");

    /**
     * Whether the table headed at row {@code r} is a 评分表 (深圳 附件2: 一级指标 | 二级指标 | 三级指标 | 分值 | 指标说明 | 评分标准
     * | *分值): a column describing the criterion, in its heading row or the row above (a two-row heading).
     */
    private boolean criteriaTable(int r, Map<String, Integer> cols) {
        // an indicator table may print an 指标解释 beside its indicators: it has a target or an actual, a 评分表 neither
        if (cols.containsKey("target") || cols.containsKey("adjustedTarget") || cols.containsKey("actual")
                || cols.containsKey("forecast") || !cols.containsKey("name")) {
            return false;
        }
        return criteriaHeading(r);
    }

    /** Whether the heading at row {@code r} describes criteria (评分标准, 指标说明 …) in its row or the row above. */
    private boolean criteriaHeading(int r) {
        return criterionHeading(r) || criterionHeading(r - 1);
    }

    /** Whether a cell of row {@code r} is a heading describing a criterion (评分标准, 指标说明 …). */
    private boolean criterionHeading(int r) {
        if (r < 0) {
            return false;
        }
        for (int c = 0; c < g.width; c++) {
            String v = g.raw(r, c);
            if (v != null && v.length() <= 12 && CRITERION_TEXT.contains(fold(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column of a 评分表 that holds the unit's own score: a 得分 heading, or a 分值 right of the weights' 分值 (深圳's
     * *分值), in the heading row or the row above; -1 when there is none.
     */
    private int scoreColumn(int headRow, Map<String, Integer> cols) {
        Integer pointsCol = cols.get("points");
        for (int row = Math.max(0, headRow - 1); row <= headRow; row++) {
            for (int c = g.width - 1; c > cols.get("name"); c--) {
                String h = folded(row, c).replace("*", "").replace("＊", "");
                if (SCORE_HEADINGS.contains(h) && (pointsCol == null || c != pointsCol)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * A 评分表: each 三级指标 row's own score (the score column: a 得分 heading, or a 分值 right of the weights' 分值) as a
     * claim on the department framework criterion of that name, 综合评分 and 评分等级 as the stated total and grade, and
     * 填表人 as the preparer. Its form holds the department and the self-assessment, no indicators: the import adds it to
     * the workbook's indicator table ({@link WorkbookImport}). The framework is the built-in department framework that
     * names most of the rows; a row it does not name is reported, not guessed.
     */
    private Form scores(int headRow, Map<String, Integer> cols, String title) {
        int nameCol = cols.get("name");
        int scoreCol = scoreColumn(headRow, cols);
        int end = g.height();
        List<Integer> rows = new ArrayList<>(); // the row of each criterion line
        BigDecimal total = null;
        String grade = null;
        String preparer = null;
        boolean totalScored = false;
        Map<String, String> at = new LinkedHashMap<>();
        for (int r = headRow + 1; r < end; r++) {
            String name = g.get(r, nameCol);
            String first = firstText(r);
            // a note under the criteria (填报说明：…, 注：…), or any text merged across the table, is no criterion (寿县
            // 2023's 填报说明 merged over A12:I12 was a row not in the framework), as the indicator table's loop skips them;
            // its labels (填表人：…) are still read below
            if (name != null && scoreCol >= 0 && !fold(name).equals(folded(headRow, nameCol)) && !scoreLabel(fold(first))
                    && !footer(fold(first)) && !oneBlock(r, cols)) {
                rows.add(r);
                continue;
            }
            // the lines under the criteria: 综合评分 | … | 96.15, 评分等级 | 优, 填表人 | 李淑勤 (several on one line, or each
            // with its value after a colon in its own cell)
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || (c > 0 && v.equals(g.get(r, c - 1)))) {
                    continue;
                }
                String f = fold(v);
                int colon = f.indexOf(':');
                String label = colon > 0 ? f.substring(0, colon) : f;
                String inline = colon > 0 && colon + 1 < f.length() ? v.substring(firstColon(v) + 1).strip() : null;
                boolean scored = startsAny(label, SCORED_TOTAL_LABELS);
                if (scored || startsAny(label, TOTAL_LABELS)) {
                    // the score column's figure, else the one after the label (not the 分值 column's: a 合计 of the
                    // weights is no score); a 综合评分 line wins over a 合计 line before it
                    if (total == null || scored && !totalScored) {
                        int k = scoreCol >= 0 && Grid.number(g.get(r, scoreCol)) != null ? scoreCol : -1;
                        BigDecimal t = k >= 0 ? Grid.number(g.get(r, k)) : inline != null ? Grid.number(inline) : null;
                        if (t == null) {
                            k = rightOf(r, c);
                            t = k < 0 || Integer.valueOf(k).equals(cols.get("points")) ? null : Grid.number(g.get(r, k));
                        }
                        if (t != null) {
                            total = t;
                            totalScored = scored;
                            at.put("self-assessment#/stated/total", g.address(r, k >= 0 ? k : c));
                        }
                    }
                } else if (startsAny(label, GRADE_LABELS)) {
                    int k = inline != null ? c : rightOf(r, c);
                    String gv = inline != null ? fold(inline) : k < 0 ? "" : folded(r, k);
                    if (grade == null && GRADES.contains(gv)) {
                        grade = gv;
                        at.put("self-assessment#/stated/grade", g.address(r, k));
                    }
                } else if (startsAny(label, PREPARER_LABELS)) {
                    int k = inline != null ? c : rightOf(r, c);
                    // after the colon, up to the next label of the line (填表人：李淑勤␣␣联系电话：…)
                    String pv = inline != null ? filledIn(beforeNextLabel(inline))
                            : k < 0 || labelCell(folded(r, k)) ? null : filledIn(g.get(r, k));
                    if (preparer == null && pv != null) {
                        preparer = pv;
                        at.put("department#/preparer", g.address(r, k));
                    }
                }
            }
        }
        // the framework: the built-in department framework that names most rows (each row's name folded once, each
        // framework's leaf names once: linear in the rows)
        List<String> printed = new ArrayList<>();
        for (int r : rows) {
            printed.add(criterionKey(g.get(r, nameCol)));
        }
        io.github.jixiao.score.Framework fw = null;
        Map<String, io.github.jixiao.score.Framework.Leaf> byName = Map.of();
        int best = 0;
        List<io.github.jixiao.score.Framework> candidates = new ArrayList<>();
        if (given != null) {
            candidates.add(given.framework()); // the one the user named, alone
        } else {
            for (String id : List.of(io.github.jixiao.score.FrameworkLoader.SHENZHEN_DEPARTMENT,
                    io.github.jixiao.score.FrameworkLoader.CHONGQING_DEPARTMENT, io.github.jixiao.score.FrameworkLoader.YUEYANG_DEPARTMENT)) {
                candidates.add(io.github.jixiao.score.FrameworkLoader.builtIn(id));
            }
        }
        for (io.github.jixiao.score.Framework x : candidates) {
            Map<String, io.github.jixiao.score.Framework.Leaf> names = new java.util.HashMap<>();
            for (io.github.jixiao.score.Framework.Leaf l : x.leaves()) {
                names.putIfAbsent(criterionKey(l.name()), l);
            }
            int n = 0;
            for (String p : printed) {
                if (names.containsKey(p)) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                fw = x;
                byName = names;
            }
        }
        if (given != null) {
            fw = given.framework(); // a row it does not name is said below (no-criterion), nothing guessed
        }
        // not guessed when half or fewer of the rows are a built-in's; a framework named is refused only when it holds
        // fewer than half of them
        if (!rows.isEmpty() && (given == null ? best * 2 <= rows.size() : best * 2 < rows.size())) {
            // most rows name none of the built-ins' criteria: another region's framework, not guessed as one of them
            // (a row or two of it, 预算执行率, named as 深圳's would claim 深圳's framework for the whole table); with
            // a framework named for the import, most rows none of its criteria: the wrong framework, or another table
            StringBuilder names = new StringBuilder();
            for (int k = 0; k < Math.min(NAMED, rows.size()); k++) {
                names.append(k > 0 ? "、" : "").append(abbreviate(folded(rows.get(k), nameCol)));
            }
            if (rows.size() > NAMED) {
                names.append("…");
            }
            return new Form(g.sheet, UNKNOWN_SCORES, Map.of(), Map.of(), List.of(new WorkbookImport.Problem(
                    given != null ? "scores-not-in-framework" : "scores-unknown", null, g.sheet, names.toString(), false, g.document())));
        }
        List<Object> claims = new ArrayList<>();
        int unnamed = 0;
        for (int k = 0; k < rows.size(); k++) {
            int r = rows.get(k);
            String name = g.get(r, nameCol);
            io.github.jixiao.score.Framework.Leaf leaf = byName.get(printed.get(k));
            String v = g.get(r, scoreCol);
            String ptr = "self-assessment#/criteria/" + claims.size();
            if (leaf == null) {
                if (unnamed++ < MAX_UNNAMED) { // a hostile sheet of a million rows logs a screenful, not a million lines
                    problems.add(new WorkbookImport.Problem("no-criterion", null, g.address(r, nameCol), abbreviate(name), false,
                            g.document()));
                }
                continue;
            }
            BigDecimal n = Grid.number(v);
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("criterion", leaf.id());
            claim.put("name", Grid.oneLine(name));
            if (v != null && n == null) {
                problems.add(new WorkbookImport.Problem("not-a-number", ptr + "/score", g.address(r, scoreCol), abbreviate(v),
                        g.inMerge(r, scoreCol), g.document()));
            } else if (n != null) {
                claim.put("score", n);
                at.put(ptr + "/score", g.address(r, scoreCol));
            } else {
                // the score column printed, this row's cell left empty: a score to fill in in the table (score-input-missing)
                blank.put(ptr + "/score", g.address(r, scoreCol));
            }
            Integer reviewedCol = cols.get("reviewedScore");
            String rv = reviewedCol == null ? null : g.get(r, reviewedCol);
            if (rv != null) {
                // 复核分 beside the 自评分 (湖北 广水 2021): the reviewer's score; a blank cell stays absent
                BigDecimal rn = Grid.number(rv);
                if (rn == null) {
                    problems.add(new WorkbookImport.Problem("not-a-number", ptr + "/reviewedScore", g.address(r, reviewedCol),
                            abbreviate(rv), g.inMerge(r, reviewedCol), g.document()));
                } else {
                    claim.put("reviewedScore", rn);
                    at.put(ptr + "/reviewedScore", g.address(r, reviewedCol));
                }
            }
            Integer reasonCol = cols.get("reviewedReason");
            String reason = reasonCol == null ? null : g.get(r, reasonCol);
            if (reason != null) { // the reviewer's reason beside his 复核分 (复核理由, 复核意见 …); the unit's own is not here
                claim.put("reviewedReason", reason);
                at.put(ptr + "/reviewedReason", g.address(r, reasonCol));
            }
            at.put(ptr, g.address(r, nameCol));
            claims.add(claim);
        }
        if (claims.isEmpty() && total == null && given == null) {
            return null;
        }
        // the 评分表 itself, from its heading to its last criterion row: what a finding on the self-assessment as a whole
        // names (a criterion with no score), rather than the JSON's first line
        if (!rows.isEmpty()) {
            at.put("self-assessment#", g.range(headRow, java.util.Collections.min(cols.values()), rows.get(rows.size() - 1),
                    Math.max(java.util.Collections.max(cols.values()), scoreCol)));
        }
        cells.putAll(at);
        Map<String, Object> sa = doc("self-assessment");
        sa.put("criteria", claims);
        Map<String, Object> stated = new LinkedHashMap<>();
        if (total != null) {
            stated.put("total", total);
        }
        if (grade != null) {
            stated.put("grade", grade);
        }
        if (!stated.isEmpty()) {
            sa.put("stated", stated);
        }
        // a 评分表 that is the whole submission: the framework named for the import scores no indicators (寿县 2023's
        // 规划 / 执行 / … criteria), so the sheet gives department.json (its header's unit and year) and an empty budget.json
        boolean whole = given != null && !given.framework().needsIndicators();
        Map<String, Object> dept = whole ? doc("department") : new LinkedHashMap<>();
        if (whole) {
            dept.put("kind", given.framework().kind());
            String name = labelled("部门名称", "单位名称", "预算单位", "部门(单位)名称");
            String filer = name == null ? labelled(FILER) : null;
            String filerBelow = name == null && filer == null ? labelledIn(headRow + 1, g.height(), FILER) : null;
            if (filerBelow != null) {
                filer = filerBelow; // under the criteria (填报单位（盖章）：…): said in the log, with its cell
                problems.add(new WorkbookImport.Problem("name-below", null, cells.get("department#/name"),
                        abbreviate(stripCode(filer)), false, g.document()));
            }
            if (name == null && filer == null) {
                // 寿县 prints "单位 | 某某局" above its 评分表 (a 评分表 has no column of units to mistake it for), asked
                // last; a unit of measure after it (单位：万元, 人民币万元、%) names no department
                name = labelled("单位");
                if (name != null && measure(name)) {
                    name = null;
                    cells.remove("department#/name");
                }
            }
            nameAndYear(dept, name != null ? name : filer != null ? stripCode(filer) : null, year(headRow, title), headRow);
            dept.put("stage", "自评");
            // the date printed above the 评分表, else in the lines under it (寿县: 填表人：李某　…　填报日期：2024年3月28日)
            String date = labelled("填报日期", "自评日期");
            reportDate(dept, date != null ? date : labelledIn(headRow + 1, g.height(), "填报日期", "自评日期"));
        }
        if (given != null) {
            dept.put("framework", given.choice());
        } else if (fw != null) {
            dept.put("framework", fw.id());
        }
        if (preparer != null) {
            dept.put("preparer", preparer);
        }
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        docs.put("department", dept);
        if (whole) {
            docs.put("budget", doc("budget"));
        }
        docs.put("self-assessment", sa);
        // the headings of the score columns (a heading over two rows: its lower row's, else the upper's), for a finding
        // on a claim to say; none recorded when the score column's is not found
        Integer reviewedCol = cols.get("reviewedScore");
        String scoreHeading = columnHeading(Math.max(0, headRow - 1), headRow, scoreCol);
        return new Form(g.sheet, g.type, docs, cells, problems, blank, claims.isEmpty() || scoreHeading == null ? Map.of()
                : Map.of("self-assessment#/criteria", claimHeadings(scoreHeading,
                        reviewedCol == null ? null : columnHeading(Math.max(0, headRow - 1), headRow, reviewedCol))),
                Form.SCORE_SHEET);
    }

    /** The labels of the lines under a 评分表's criteria (folded, as a line begins): the unit's total, … */
    private static final List<String> SCORED_TOTAL_LABELS = List.of("综合评分", "自评总分");
    /** … a total that may be the weights' (合计 of the 分值 column), … */
    private static final List<String> TOTAL_LABELS = List.of("总分", "合计");
    /** … the grade, and who filled it in. */
    private static final List<String> GRADE_LABELS = List.of("评分等级", "评价等级", "自评等级");
    private static final List<String> PREPARER_LABELS = List.of("填表人", "填报人");

    /** A label of the lines under a 评分表's criteria, which names no criterion. */
    private static boolean scoreLabel(String f) {
        return startsAny(f, SCORED_TOTAL_LABELS) || startsAny(f, TOTAL_LABELS) || startsAny(f, GRADE_LABELS)
                || startsAny(f, PREPARER_LABELS);
    }

    private static boolean startsAny(String f, List<String> words) {
        for (String w : words) {
            if (f.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first cell right of ({@code r}, {@code c}) with a text of its own (not the label's merged copy), or -1. */
    private int rightOf(int r, int c) {
        String own = g.get(r, c);
        for (int k = c + 1; k < g.width; k++) {
            String v = g.get(r, k);
            if (v != null && !v.equals(own)) {
                return k;
            }
        }
        return -1;
    }

    /** Where {@code v}'s first colon (full-width or not) stands, or -1. */
    private static int firstColon(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == ':' || v.charAt(i) == '：') {
                return i;
            }
        }
        return -1;
    }

    /** At most this many 评分表 rows that name no criterion are reported. */
    private static final int MAX_UNNAMED = 20;

    /** A criterion's name as compared: folded, with 指标 at its end left out, brackets of one width. */
    private static String criterionKey(String printed) {
        String p = fold(printed).replace("(", "（").replace(")", "）");
        return p.endsWith("指标") && p.length() > 2 ? p.substring(0, p.length() - 2) : p;
    }

    /** The 年度主要任务 block's columns: field, then the headings (folded; a unit in brackets after them is left out). */
    private static final String[][] TASK_COLUMNS = {
            {"name", "任务名称", "主要任务", "年度目标任务"},
            {"content", "主要内容", "任务内容", "部门职能"},
            {"subItem", "支出项目名称"},
            {"completion", "完成情况", "实际完成情况", "任务完成情况"},
            {"budget", "预算数", "全年预算数", "预算金额"},
            {"execution", "执行数", "全年执行数", "实际支出", "执行金额"},
    };

    /**
     * The 年度主要任务 block of a 部门整体 table above row {@code before} (福建's 目标表 prints it as 年度履职目标: 部门职能 the
     * content, 年度目标任务 the name, 支出项目名称 the subItem, 预算金额 the budget's total, 宁德 2019; 深圳 附件1: 任务名称 | 主要内容 | 完成情况 |
     * 预算数（元） 总数, 其中财政拨款 | 执行数（元） 总数, 其中财政拨款), as a tasks document, or null when the sheet has none. The amounts'
     * unit is the one the heading names (元 or 万元; 元 when none). A task row ends the block where the next block begins
     * (年度总体目标, the indicators) or at a 合计 row.
     */
    private Map<String, Object> tasks(int before) {
        for (int r = 0; r < before; r++) {
            Map<String, Integer> cols = columns(r, TASK_COLUMNS);
            if (!cols.containsKey("name") || !cols.containsKey("budget") || cols.size() < 3) {
                continue;
            }
            int nameCol = cols.get("name");
            int[] total = {cols.get("budget"), cols.getOrDefault("execution", -1)};
            int[] fiscal = {-1, -1};
            String[] unit = {unitOf(g.get(r, total[0])), total[1] < 0 ? null : unitOf(g.get(r, total[1]))};
            int first = r + 1;
            // a second heading row: 总数 | 其中财政拨款（元） under 预算数 and under 执行数
            for (int k = 0; k < 2; k++) {
                if (total[k] < 0) {
                    continue;
                }
                for (int c = total[k]; c < Math.min(g.width, total[k] + 2); c++) {
                    String h = folded(r + 1, c);
                    boolean whole = h.startsWith("总数") || h.startsWith("合计");
                    if (whole || h.startsWith("其中") && h.contains("财政拨款")) {
                        (whole ? total : fiscal)[k] = c;
                        first = r + 2;
                        unit[k] = unit[k] != null ? unit[k] : unitOf(g.get(r + 1, c));
                    }
                }
            }
            String label = nameCol > 0 ? g.get(r, 0) : null; // the block's own label (年度主要任务), merged down its rows
            List<Object> out = new ArrayList<>();
            for (int row = first; row < before; row++) {
                String name = g.get(row, nameCol);
                String lead = g.get(row, 0);
                // the next block's label in the first column (年度总体目标完成情况): any other text there than the block's
                // own label, the task's name, or a 序号; where the names stand in the first column, a block's label there
                if (nameCol > 0 ? lead != null && !lead.equals(label) && !lead.equals(name) && !lead.matches("\\d{1,4}[.、]?")
                        : blockLabel(name)) {
                    break;
                }
                if (name == null) {
                    continue;
                }
                if (isTotalLabel(fold(name))) {
                    break;
                }
                Map<String, Object> t = new LinkedHashMap<>();
                String p = "tasks#/tasks/" + out.size();
                t.put("name", name);
                cells.put(p + "/name", g.address(row, nameCol));
                cells.put(p, g.address(row, nameCol));
                for (String f : new String[] {"subItem", "content", "completion"}) {
                    String v = cols.containsKey(f) ? g.get(row, cols.get(f)) : null;
                    if (v != null) {
                        t.put(f, v);
                        cells.put(p + "/" + f, g.address(row, cols.get(f)));
                    }
                }
                String[] role = {"budget", "execution"};
                for (int k = 0; k < 2; k++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int[] col : new int[][] {{total[k], 0}, {fiscal[k], 1}}) {
                        if (col[0] < 0) {
                            continue;
                        }
                        String v = g.get(row, col[0]);
                        if (v == null) {
                            continue;
                        }
                        String ptr = p + "/" + role[k] + "/" + (col[1] == 0 ? "total" : "fiscal");
                        BigDecimal n = Grid.number(v);
                        if (n == null) {
                            problems.add(new WorkbookImport.Problem("not-a-number", ptr, g.address(row, col[0]), abbreviate(v),
                                    g.inMerge(row, col[0]), g.document()));
                            continue;
                        }
                        Map<String, Object> money = new LinkedHashMap<>();
                        money.put("value", n);
                        money.put("unit", unit[k] == null ? "元" : unit[k]);
                        m.put(col[1] == 0 ? "total" : "fiscal", money);
                        cells.put(ptr, g.address(row, col[0]));
                    }
                    if (!m.isEmpty()) { // 其中财政拨款 kept when the 总数 beside it could not be read: the data is not lost
                        t.put(role[k], m);
                    }
                }
                out.add(t);
            }
            if (out.isEmpty()) {
                return null;
            }
            Map<String, Object> tasks = doc("tasks");
            tasks.put("tasks", out);
            return tasks;
        }
        return null;
    }

    /**
     * A label that begins another block of a 部门整体 table: 年度总体目标（完成情况）, 年度绩效指标（完成情况）, 绩效指标; not a
     * 序号 or a task's name.
     */
    private static boolean blockLabel(String v) {
        if (v == null || v.length() > 40) {
            return false;
        }
        String f = fold(v);
        return f.startsWith("年度总体目标") || f.startsWith("总体目标") || f.startsWith("年度绩效指标") || f.startsWith("绩效指标")
                || f.startsWith("一级指标");
    }

    /** 万元 or 元 as a heading names it (预算数（万元）), or null. */
    private static String unitOf(String heading) {
        String f = fold(heading);
        return f.contains("万元") ? "万元" : f.contains("元") ? "元" : null;
    }

    private final List<Object> srcRows = new ArrayList<>();
    /** Header labels are looked for above the indicator table only (a 5,000-row table is not searched for them). */
    private int labelLimit;

    private void add(List<Object> rows, Map<String, Object> row, Map<String, String> src) {
        rows.add(row);
        srcRows.add(src);
    }

    private boolean sameAsAbove(int r, Map<String, Integer> cols) {
        return g.inMerge(r, cols.get("level1")) && g.inMerge(r, cols.get("level2"));
    }

    private static final Pattern POINTS_SUFFIX = Pattern.compile("[（(]\\s*\\d+(\\.\\d+)?\\s*分\\s*[）)]");

    /**
     * A 一级's or 二级's name as one line ({@link Grid#oneLine}) without the points printed after it: 产出指标(50分) → 产出指标,
     * 数量指标（15分） → 数量指标.
     */
    static String level1(String v) {
        v = Grid.oneLine(v); // 规划\n（15分） → 规划（15分）
        return v.indexOf('分') < 0 ? v.strip() : POINTS_RANGE.matcher(POINTS_SUFFIX.matcher(v).replaceAll("")).replaceAll("").strip();
    }

    /**
     * The range of points a 一级 prints after it at the target stage (重庆 奉节 2023's 审批表, t63: 成本指标(0-20)分, 产出指标
     * (40-50)分; the 分 inside the bracket or after it): no field, left out of the 一级 as a single figure is. Before session 37
     * the 一级 kept it (成本指标(0-20)分: a schema error and a category unknown on each row under it). A match starts only where
     * a run of white space starts ({@code (?<!\s)}), the run taken whole: tried from each blank of the run, as until session
     * 38, a 一级 of 30,000 blanks after a 分 took 9 s a cell (time quadratic in the run); the same matches, since a match
     * from inside a run would have been found from its start.
     */
    private static final Pattern POINTS_RANGE = Pattern.compile(
            "(?<!\\s)\\s*[（(]\\s*\\d+(\\.\\d+)?\\s*[-－—–~～至]\\s*\\d+(\\.\\d+)?\\s*(分\\s*[）)]|[）)]\\s*分)");

    /**
     * The 一级 a category of indicators.json's {@code categories} may have (indicators.schema.json): the four categories as
     * 指标 or, as 福建 2020 prints them, 目标 (产出目标, 效益目标, 满意度目标, 成本目标), the spellings a row's 一级 may have.
     */
    private static final java.util.Set<String> CATEGORY_LEVEL1 = java.util.Set.of("产出指标", "效益指标", "满意度指标", "成本指标",
            "产出目标", "效益目标", "满意度目标", "成本目标");

    /**
     * The points printed on the 二级 {@code v2} at row {@code r}, column {@code c} (广水 2021: 数量指标（15分）), as one of
     * indicators.json's {@code categories} ({level1, level2 without the points, points}) with its cell, once per 二级 (a
     * merged 二级 reads the same in each of its rows); the score step shares them among the category's rows that print no
     * points of their own (CategoryPoints). A 二级 under a 一级 no category has (项目决策, 产出 alone) is left as the rows say,
     * and kept in {@code unplaced} for {@link #unplaced} to say where a row under it prints no points of its own.
     */
    private void category(List<Object> categories, Map<String, String[]> unplaced, String l1, String v2, String l2, int r, int c) {
        Matcher m = POINTS_SUFFIX.matcher(Grid.oneLine(v2));
        if (l2.isEmpty() || !m.find()) {
            return;
        }
        if (l1 == null || !CATEGORY_LEVEL1.contains(l1)) {
            unplaced.computeIfAbsent(l1 + "\n" + l2, k -> new String[] {l1, l2, g.address(r, c), abbreviate(Grid.oneLine(v2))});
            return;
        }
        for (Object o : categories) {
            Map<?, ?> k = (Map<?, ?>) o;
            if (l1.equals(k.get("level1")) && l2.equals(k.get("level2"))) {
                return;
            }
        }
        BigDecimal points = new BigDecimal(m.group().replaceAll("[^0-9.]", ""));
        if (points.compareTo(BigDecimal.valueOf(100)) > 0) {
            return;
        }
        Map<String, Object> cat = new LinkedHashMap<>();
        cat.put("level1", l1);
        cat.put("level2", l2);
        cat.put("points", points);
        String at = "indicators#/categories/" + categories.size();
        cells.put(at + "/level2", g.address(r, c));
        cells.put(at + "/points", g.address(r, c));
        categories.add(cat);
    }

    /** The problem of a cell holding a figure of its own under a merged block (the block's first cell is read). */
    static final String MERGED_OWN = "merged-own";

    /**
     * Says the text cell (r, c) holds of its own under a merged block where a figure belongs ({@link Grid#ownInMerge}: hidden,
     * Excel showing the block's first cell): the block is read by its first cell, for the first row, and this text is not
     * imported. Typed there as the message of a merged cell advised before session 42 ("取消合并，在 G14 填入该行自己的数字"),
     * but without unmerging, it was dropped without a word (session 43). At the cell, with the block's first cell.
     */
    private void mergedOwn(int r, int c) {
        String own = g.ownInMerge(r, c);
        if (own != null) {
            String first = g.mergeFirst(r, c);
            String shown = g.get(r, c);
            problems.add(new WorkbookImport.Problem(MERGED_OWN, null, g.address(r, c), WorkbookImport.Problem.args(first,
                    shown == null ? "" : abbreviate(shown), abbreviate(own)), false, g.document()));
        }
    }

    /** The note of a 合计 read as the indicator rows' subtotal, not as the table's total ({@link #subtotal}). */
    static final String SUBTOTAL_NOTE = "subtotal-not-total";

    /** The key of the import's note (info) at an actual whose full-width digits were written in ASCII ({@link #asciiDigits}). */
    static final String DIGITS_NOTE = "full-width-digits";

    /**
     * {@code v} with its full-width digits (０-９) written as ASCII digits, and a full-width point (．) between two digits
     * as "."; the rest as typed (５０人 is 50人, ９８．５％ is 98.5％). {@code v} itself where it has none.
     */
    static String asciiDigits(String v) {
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            char to = ch >= '０' && ch <= '９' ? (char) ('0' + (ch - '０'))
                    : ch == '．' && i > 0 && i + 1 < v.length() && digit(v.charAt(i - 1)) && digit(v.charAt(i + 1)) ? '.' : ch;
            if (to != ch && b == null) {
                b = new StringBuilder(v.substring(0, i));
            }
            if (b != null) {
                b.append(to);
            }
        }
        return b == null ? v : b.toString();
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９';
    }

    /**
     * Whether the 合计 row that ends the indicator table (label 合计 or 合计得分, its figure in the 得分 column) is the rows'
     * subtotal rather than the table's total: its figure is exactly the sum of the rows' 得分 (and the claims' read from
     * the same table), and the funds block above prints a score of its own (湖北's 20 + 80 自评表, t13: 得分(20分*执行率)
     * in the funds block, the rows' 得分 under 年度绩效目标(80分); a unit adds 合计 under the column it has, 50 beside the
     * funds' 20). Read as the total, check said the stated total of 50 fell short of the scores' 70, a false alarm on the
     * unit's right sum (before session 45). Said at the 合计's cell, with the total it leaves; a 总分 / 自评总分 row is the
     * total whatever it holds (a 总分 without the funds' score is the mismatch check says), and a 合计 of the rows and the
     * funds together stays the total.
     */
    private boolean subtotal(BigDecimal stated, int r, Map<String, Integer> cols, List<Object> rows, List<Object> claims,
                             Map<String, Object> budget, Map<String, String> cells) {
        String label = ownFirstText(r);
        String f = label == null ? "" : fold(label);
        if (!(f.equals("合计") || f.startsWith("合计得分")) || !cols.containsKey("score") || statedCol != cols.get("score")) {
            return false;
        }
        if (!(budget.get("funds") instanceof Map<?, ?> funds) || !(funds.get("total") instanceof Map<?, ?> total)
                || !(total.get("score") instanceof BigDecimal fundsScore) || fundsScore.signum() <= 0) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (Object o : rows) {
            if (((Map<?, ?>) o).get("score") instanceof BigDecimal s) {
                sum = sum.add(s);
                n++;
            }
        }
        for (Object o : claims) {
            if (((Map<?, ?>) o).get("score") instanceof BigDecimal s) {
                sum = sum.add(s);
                n++;
            }
        }
        if (n == 0 || sum.compareTo(stated) != 0) {
            return false;
        }
        String fundsCell = cells.get("budget#/funds/total/score");
        problems.add(new WorkbookImport.Problem(SUBTOTAL_NOTE, null, g.address(r, statedCol), WorkbookImport.Problem.args(
                stated.stripTrailingZeros().toPlainString(), String.valueOf(n), fundsScore.stripTrailingZeros().toPlainString(),
                fundsCell == null ? "" : fundsCell, stated.add(fundsScore).stripTrailingZeros().toPlainString()), false,
                g.document()));
        return true;
    }

    /** The note of a merged figure block over rows of different categories ({@link #mergedApart}). */
    static final String MERGED_APART_NOTE = "merged-apart";

    /**
     * Says, once at the block's first cell, a figure (得分, 分值 …) merged down over rows of different categories (一级 or
     * 二级): the block is read by its first cell, for its first row (t82's 得分 printed once over a 二级's two rows, session
     * 42), so the rows of the other category get none, which may be what the form means (a score shared by the rows) or a
     * block merged too far; before session 44 nothing was said. {@code row} is the row of (r, c) being read, {@code rowAt}
     * the rows written by sheet row; a block merged across from the column left of it, or whose first row is no indicator
     * written, is not said.
     */
    private void mergedApart(int r, int c, Map<String, Object> row, Map<Integer, Map<String, Object>> rowAt, java.util.Set<String> apart) {
        if (g.copyOfLeft(r, c)) {
            return;
        }
        int k = r;
        while (k > 0 && g.inMerge(k, c)) {
            k--;
        }
        Map<String, Object> first = rowAt.get(k);
        String v = g.get(k, c);
        if (first == null || v == null || !v.equals(g.get(r, c)) || first.get("name") == null || row.get("name") == null) {
            return;
        }
        String a = categoryOf(first);
        String b = categoryOf(row);
        String cell = g.address(k, c);
        if (!a.equals(b) && apart.add(cell)) {
            problems.add(new WorkbookImport.Problem(MERGED_APART_NOTE, null, cell,
                    WorkbookImport.Problem.args(abbreviate(v), a, g.address(r, c), b), false, g.document()));
        }
    }

    /** A row's 一级 / 二级 as written ("效益指标 / 社会效益"), either left out where it has none. */
    private static String categoryOf(Map<String, Object> row) {
        Object l1 = row.get("level1");
        Object l2 = row.get("level2");
        return l1 == null ? l2 == null ? "" : l2.toString() : l2 == null ? l1.toString() : l1 + " / " + l2;
    }

    /** The points printed on the 一级 {@code v1} at row {@code r}, column {@code c} (产出指标(60分)), the first of each 一级. */
    private void level1Points(Map<String, Object[]> level1Points, String l1, String v1, int r, int c) {
        Matcher m = POINTS_SUFFIX.matcher(Grid.oneLine(v1));
        if (l1 == null || l1.isEmpty() || level1Points.containsKey(l1) || !m.find()) {
            return;
        }
        BigDecimal points = new BigDecimal(m.group().replaceAll("[^0-9.]", ""));
        if (points.compareTo(BigDecimal.valueOf(100)) <= 0) {
            level1Points.put(l1, new Object[] {points, g.address(r, c)});
        }
    }

    /**
     * The points printed on a 一级 (保山 2022's 20 + 80 自评表, t84: 产出指标(60分), 效益指标(10分), 满意度指标(10分), no 分值
     * column) as one of indicators.json's {@code categories} without a 二级 ({level1, points}), its cell in the sidecar,
     * where the 一级 is one of the categories' ({@link #CATEGORY_LEVEL1}) and a named row under it prints no points of its
     * own and takes none from a 二级's: the score step shares them among those rows (CategoryPoints), which would otherwise
     * have no points to be scored on. Where every row under it has its points (a 分值 column: 濉溪 2019's 产出指标(50分) over
     * rows of 5 and 10, t54; 东丽 2020's 产出指标（50分）), they are written too, so the score step holds the rows' sum to
     * them (score-weights category-rows-level1); before session 44 they were left out, and a row's 分值 typed wrong went
     * unchecked against its 一级. Where some of the rows print a 得分 and others none (a 得分 merged over a group of
     * rows, 黄石 2022, t82) they are written too since session 56: where the printed 得分 fill the points, the score step
     * reads the rows printing none as under the merged cells (CategoryPoints.underMerged), as it reads the hand
     * transcription; until then they were left out.
     */
    private void level1Categories(List<Object> categories, Map<String, Object[]> level1Points, List<Object> rows) {
        for (Map.Entry<String, Object[]> e : level1Points.entrySet()) {
            String l1 = e.getKey();
            if (!CATEGORY_LEVEL1.contains(l1)) {
                continue;
            }
            // (some rows printing a 得分 and others none, the 得分 printed once for a group of rows merged over a 二级's two
            // rows, 黄石 2022 (t82): written too since session 56, as the hand transcription has them; where the printed 得分
            // fill the points the rows printing none are read as under the merged cells, not given an even share
            // (CategoryPoints.underMerged). Until then left out: an even share of each row contradicted the group's points)
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("level1", l1);
            cat.put("points", e.getValue()[0]);
            String at = "indicators#/categories/" + categories.size();
            cells.put(at + "/level1", (String) e.getValue()[1]);
            cells.put(at + "/points", (String) e.getValue()[1]);
            categories.add(cat);
        }
    }

    /**
     * A problem ({@code category-points-unplaced}) for each 二级 printed with its points under a 一级 that is none of the
     * categories' ({@link #CATEGORY_LEVEL1}) where a row under it prints no points of its own: those rows are left without
     * points, which is said with the 二级's cell rather than dropped in silence. Where every row prints its own, nothing is
     * lost (广水's 项目决策 block) and nothing is said.
     */
    private void unplaced(Map<String, String[]> unplaced, List<Object> rows) {
        if (unplaced.isEmpty()) {
            return;
        }
        java.util.Set<String> withoutPoints = new java.util.HashSet<>(); // 一级 and 二级 of each named row printing no points
        for (Object o : rows) {
            Map<?, ?> row = (Map<?, ?>) o;
            if (row.get("name") != null && row.get("points") == null && row.get("level2") != null) {
                withoutPoints.add(row.get("level1") + "\n" + row.get("level2"));
            }
        }
        for (Map.Entry<String, String[]> u : unplaced.entrySet()) {
            if (withoutPoints.contains(u.getKey())) {
                String[] at = u.getValue();
                problems.add(new WorkbookImport.Problem("category-points-unplaced", null, at[2], at[3], false, g.document()));
            }
        }
    }

    private static boolean isTotalLabel(String f) {
        // 总分(100分): 云南 保山 2022's 20 + 80 自评表 (t84) prints the total's points beside the label
        return f.equals("合计") || f.equals("总分") || withoutBracketedTail(f).equals("总分") || f.startsWith("自评总分") || f.startsWith("合计得分") || f.equals("总计")
                || f.startsWith("总得分");
    }

    private String firstText(int r) {
        for (int c = 0; c < g.width; c++) {
            String v = g.get(r, c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Whether a row's own first text (folded) is a line under the indicator table: a note (注：…, 注1.), 填报说明 / 填表说明,
     * 填表人 / 填报人, an 审核意见 line (主管部门审核意见), 单位公章, 其他需说明的问题.
     */
    static boolean footer(String f) {
        return f.startsWith("填报说明") || BASIC_INFO.matcher(f).matches() || f.startsWith("填表说明") || signer(f, "填表人") || signer(f, "填报人")
                || f.startsWith("单位公章") || f.startsWith("其他需说明") || f.startsWith("其他需要说明")
                || f.startsWith("审核意见:") || f.length() <= 12 && TRAILING_COLON.matcher(f).replaceAll("").endsWith("审核意见")
                || NOTE.matcher(f).matches();
    }

    /**
     * 海南's 项目基本信息 heading under the 项目绩效目标表 (t41), numbered or not (一、项目基本信息), as folded: the table ends
     * there (its 项目实施单位 and 计划投资额 rows are no indicators); an indicator named with the words (项目基本信息完整性) is not it.
     */
    private static final Pattern BASIC_INFO = Pattern.compile("^([一二三四五六七八九十\\d]+[、.])?项目基本信息[:：]?$");

    /**
     * Whether {@code f} is the signer's line {@code word} (填表人：张三, 填报人 李四, 填表人): the word, then a colon, a space
     * or nothing — not an indicator named with it (填报人员培训次数: review V, session 26).
     */
    private static boolean signer(String f, String word) {
        if (!f.startsWith(word)) {
            return false;
        }
        if (f.length() == word.length()) {
            return true;
        }
        char next = f.charAt(word.length());
        return next == ':' || next == '：' || Character.isWhitespace(next) || next == '\u3000';
    }

    /**
     * Whether row {@code r} carries figures of its own in the indicator table's value columns (target, actual, points,
     * score): a text there other than {@code first} (a footer merged across the table repeats its own text). Such a row
     * is an indicator, whatever its first text says.
     */
    private boolean ownFigures(int r, Map<String, Integer> cols, String first) {
        for (String field : List.of("target", "adjustedTarget", "actual", "points", "score")) {
            Integer c = cols.get(field);
            String v = c == null ? null : g.get(r, c);
            if (v != null && !v.equals(first) && figure(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell under the value columns is a figure: a number, or a target or actual read as a quantity (≥100人,
     * 95%). Not a labelled text (联系电话：0755-1234, 填报日期：2023年3月1日, 单位公章： 年 月 日), which signers' and stamp lines
     * print there (review V2, session 26).
     */
    private static boolean figure(String v) {
        if (v.indexOf(':') >= 0 || v.indexOf('：') >= 0) {
            return false;
        }
        return Grid.number(v) != null || io.github.jixiao.target.TargetParser.parse(v).isQuantitative();
    }

    /**
     * Whether a row below {@code r}, before a total or a footer line, has a text of its own in the indicator table's
     * value columns: the table goes on after a merged row (a category banner 产出（50分） across the table), which then
     * does not end it (review V, session 26: such a banner ended the table and lost every row in silence).
     * {@code last} holds the previous scan (from, to, answer): a row inside it has the same answer, so a sheet of merged
     * rows is scanned once, not once per row.
     */
    private boolean figuresBelow(int r, Map<String, Integer> cols, int[] last) {
        if (r >= last[0] && r < last[1]) {
            return last[2] == 1;
        }
        int from = cols.values().stream().min(Integer::compare).orElse(0);
        boolean found = false;
        int k = r + 1;
        for (; k < g.height(); k++) {
            String first = ownFirstText(k);
            if (first != null && (isTotalLabel(fold(first)) || footer(fold(first)))) {
                break;
            }
            if (ownFigures(k, cols, g.get(k, from))) {
                found = true;
                break;
            }
        }
        last[0] = r;
        last[1] = k;
        last[2] = found ? 1 : 0;
        return found;
    }

    /**
     * Whether row {@code r} is one merged block across every column of the indicator table (a footer or a note merged
     * across the table), not an indicator; a category printed across the table (产出指标（50分）) is no such row.
     */
    private boolean oneBlock(int r, Map<String, Integer> cols) {
        int from = cols.values().stream().min(Integer::compare).orElse(0);
        int to = cols.values().stream().max(Integer::compare).orElse(0);
        String v = g.get(r, from);
        if (v == null || from == to) {
            return false;
        }
        for (int c = from + 1; c <= to; c++) {
            if (!g.inMerge(r, c) || !v.equals(g.get(r, c))) {
                return false;
            }
        }
        String category = CHINESE_NUMBERING.matcher(level1(fold(v))).replaceFirst("");
        return !category.endsWith("指标") && !LEVEL1.contains(category); // 产出目标（50分） (福建 2020) is a category too
    }

    /**
     * The first text of row {@code r} that is its own: a cell in a merged block that starts above the row (a label
     * column's 绩效指标 merged down past the indicators, a 一级 cell over its rows) is the row above's, and skipped.
     */
    private String ownFirstText(int r) {
        for (int c = 0; c < g.width; c++) {
            String v = g.get(r, c);
            if (v != null && !g.copyOfAbove(r, c)) {
                return v;
            }
        }
        return null;
    }

    /**
     * The column of row {@code r}'s last number, the first cell of the merged block it is printed in (a figure merged across
     * B:D is B's), or -1.
     */
    private int lastNumberColumn(int r) {
        for (int c = g.width - 1; c >= 0; c--) {
            if (Grid.number(g.get(r, c)) != null) {
                while (c > 0 && g.copyOfLeft(r, c)) {
                    c--;
                }
                return c;
            }
        }
        return -1;
    }

    /**
     * The grade printed on the indicator table's 总分 row, right of its label (总分(100分) | 100 | 自评等级 | 优: 云南 保山
     * 2022's 20 + 80 自评表, t84; before session 42 the row was a sixth indicator and its 优 "应为数字"), as a 评分表's
     * lines are read ({@link #scores}): into {@code statedGrade}, with its cell.
     */
    private void statedGrade(int r) {
        for (int c = 0; c < g.width; c++) {
            String v = g.get(r, c);
            if (v == null || g.copyOfLeft(r, c) || !startsAny(withoutBracketedTail(fold(v)), GRADE_LABELS)) {
                continue;
            }
            String f = fold(v);
            int colon = f.indexOf(':');
            String inline = colon > 0 && colon + 1 < f.length() ? f.substring(colon + 1).strip() : null;
            int k = inline != null ? c : rightOf(r, c);
            String gv = inline != null ? inline : k < 0 ? "" : folded(r, k);
            if (GRADES.contains(gv)) {
                statedGrade = gv;
                statedGradeCell = g.address(r, k);
            }
            return;
        }
    }

    /** The grades a stated grade is one of (self-assessment.json's stated.grade), imported as printed: 优秀 stays 优秀. */
    private static final List<String> GRADES = List.of("优", "良", "中", "差", "优秀", "良好", "中等", "较差");

    /** The grade the indicator table's 总分 row prints ({@link #statedGrade(int)}), and its cell; null when none. */
    private String statedGrade;
    private String statedGradeCell;

    /** The column of the indicator table's stated total ({@code read}'s 总分 row), or -1. */
    private int statedCol = -1;

    /**
     * The 一级 that only a 一级 column prints (成本指标 is a 二级 under mof-project-2020 and a 一级 under 101号: not one), also
     * spelt with 目标 as 福建's 2020 自评表 prints them (产出目标).
     */
    private static final java.util.Set<String> LEVEL1 = java.util.Set.of("产出指标", "效益指标", "满意度指标", "效果指标",
            "产出目标", "效益目标", "满意度目标", "效果目标");

    /**
     * The first row headed 一级指标 and 二级指标 with a target or an actual beside them and no 三级 column (鄂州 2022's 绩效目标表:
     * 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值): {row}, or null.
     */
    private int[] categoriesAndTargets() {
        for (int r = 0; r < g.height(); r++) {
            Map<String, Integer> cols = columns(r, INDICATOR_COLUMNS);
            if (cols.containsKey("level1") && cols.containsKey("level2") && !cols.containsKey("name")
                    && (cols.containsKey("target") || cols.containsKey("actual"))
                    && headingOf(INDICATOR_COLUMNS, "level1", g.get(r, cols.get("level1")))
                    && headingOf(INDICATOR_COLUMNS, "level2", g.get(r, cols.get("level2")))
                    && onlyNoFieldBetween(r, cols.get("level2"), cols.containsKey("target") ? cols.get("target") : cols.get("actual"))) {
                return new int[] {r};
            }
        }
        return null;
    }

    /**
     * Whether the headings of row {@code r} between columns {@code from} and {@code to} (exclusive) are only those known to
     * have no field (绩效标准) or to describe the row (指标解释, 评分标准: {@code definition}, {@code standard}): an unknown
     * one there may be the table's 三级 column under a heading the import does not know (指标内容), whose table is not read
     * as one without names.
     */
    private boolean onlyNoFieldBetween(int r, int from, int to) {
        for (int c = Math.min(from, to) + 1; c < Math.max(from, to); c++) {
            String v = g.get(r, c);
            String k = v == null ? null : headingKey(fold(v));
            if (v != null && !g.copyOfLeft(r, c) && !NO_FIELD.contains(k) && !DESCRIBES.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first row holding the heading of {@code required} and, in it or the row below, headings for at least
     * {@code min} other fields: {row}. The {@code required} heading must be in the row itself: a header line just above
     * the table ("单位 | 某某局", 寿县 2023) is no heading row, though its label reads as a column's (单位, 度量单位).
     */
    private int[] findHeader(String[][] spec, String required, int min) {
        for (int r = 0; r < g.height(); r++) {
            Map<String, Integer> cols = columns(r, spec);
            if (cols.containsKey(required) && cols.size() > min && headingOf(spec, required, g.get(r, cols.get(required)))) {
                return new int[] {r};
            }
        }
        return null;
    }

    /** Whether {@code cell} is one of the funds columns' headings ({@link #FUNDS_COLUMNS}), as {@link #columns} compares them. */
    private static boolean fundsHeading(String cell) {
        return FIELDS_BY_HEADING.computeIfAbsent(FUNDS_COLUMNS, FormReader::fieldsByHeading).containsKey(headingKey(fold(cell)));
    }

    /** Whether {@code cell} is one of the headings {@code spec} gives {@code field} (as {@link #columns} compares them). */
    private static boolean headingOf(String[][] spec, String field, String cell) {
        String h = headingKey(fold(cell));
        for (String[] f : spec) {
            if (f[0].equals(field)) {
                for (int i = 1; i < f.length; i++) {
                    if (h.equals(f[i])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether folded heading {@code folded} is a column of a 长期 (中期) set printed beside the 年度 one: 二级指标(长期),
     * 指标值（中期） (t50 武汉 青山区教育局 2020). Only the 年度 indicators are read (docs/forms.md), so such a column has no field;
     * before session 29 its bracket was dropped as any is, and the 长期 columns, left of the 年度 ones, took their fields.
     */
    private static boolean longTermColumn(String folded) {
        return LONG_TERM.matcher(folded).find();
    }

    private static final Pattern LONG_TERM = Pattern.compile("[(（](长期|中期)[)）]$");

    /** A folded heading as compared with the columns' headings: a bracketed tail dropped, brackets half-width. */
    static String headingKey(String folded) {
        return withoutBracketedTail(folded).replace("（", "(").replace("）", ")");
    }

    private static boolean opening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean closing(char c) {
        return c == ')' || c == '）';
    }

    /**
     * Folded text without its bracketed tail (指标值（年度） → 指标值, a((b) → a): from the first opening bracket after the
     * last closing one before the text's final character, where that character closes it, as
     * {@code replaceAll("[(（][^)）]*[)）]$", "")} drops it. In one pass: that expression scanned from every opening
     * bracket to the end, and a cell of 30,000 opening brackets never closed (a pull request's workbook) took seconds
     * a call, a hundred calls on the row under a heading row (BracketHostileTest).
     */
    static String withoutBracketedTail(String s) {
        int end = s.length() - 1;
        if (end < 0 || !closing(s.charAt(end))) {
            return s;
        }
        int k = end - 1;
        while (k >= 0 && !closing(s.charAt(k))) {
            k--;
        }
        for (int i = k + 1; i < end; i++) {
            if (opening(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /**
     * Text without its bracketed notes (万元（保留两位小数） → 万元): each opening bracket to the first closing one after it,
     * as {@code replaceAll("[(（][^)）]*[)）]", "")} drops them, in one pass (that expression was quadratic in a run of
     * opening brackets never closed, as {@link #withoutBracketedTail} says).
     */
    static String withoutBrackets(String s) {
        StringBuilder sb = null;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!opening(s.charAt(i))) {
                continue;
            }
            int j = i + 1;
            while (j < s.length() && !closing(s.charAt(j))) {
                j++;
            }
            if (j == s.length()) {
                break; // no closing bracket after this one, so none after any later one: the rest stays
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, run, i);
            run = j + 1;
            i = j;
        }
        return sb == null ? s : sb.append(s, run, s.length()).toString();
    }

    /** The fields whose headings are in row {@code r} (or, for a two-row heading, the row below). */
    private Map<String, Integer> columns(int r, String[][] spec) {
        return columns(r, spec, 0);
    }

    /**
     * A cell's text as {@link #columns} compares it with a spec's headings: folded, its formula (FUNDS_COLUMNS), bracketed
     * tail or to-date wording taken out; {@code key} null where the cell heads no column (blank, longer than 24, a 长期
     * column), {@code month} the N of a funds block's 1-N月执行数.
     */
    private record Heading(String key, Integer month) {
        static final Heading NONE = new Heading(null, null);
    }

    private static Heading heading(String v, String[][] spec) {
        String h = fold(v);
        if (h.isEmpty() || h.length() > 24 || longTermColumn(h)) {
            return Heading.NONE;
        }
        if (spec == FUNDS_COLUMNS) {
            // 福建's 资金结构 numbers its columns and gives their formula: 小计③=①+②, 支出实现率(%)⑤=④/③ (① folds to 1)
            h = CIRCLED_FORMULA.matcher(h).replaceFirst("");
        }
        h = REVIEWED_TAIL.matcher(h).matches() ? REVIEWED_REASON : headingKey(h);
        if (spec == INDICATOR_COLUMNS && TO_DATE_VALUE.matcher(h).matches()) {
            h = "指标执行情况";
        }
        Matcher toDate = TO_DATE.matcher(h);
        if (toDate.matches()) {
            int month = Integer.parseInt(toDate.group(1));
            if (month >= 1 && month <= 12) {
                return new Heading(TO_DATE_HEADING, spec == FUNDS_COLUMNS ? month : null);
            }
        }
        return new Heading(h, null);
    }

    private final Memo<Heading> fundsHeadings = new Memo<>(v -> heading(v, FUNDS_COLUMNS));
    private final Memo<Heading> indicatorHeadings = new Memo<>(v -> heading(v, INDICATOR_COLUMNS));
    private final Memo<Heading> otherHeadings = new Memo<>(v -> heading(v, null));

    /** Per spec, its fields by heading, each heading's in the spec's order: the first of them not yet taken is the column's. */
    private static final Map<String[][], Map<String, List<String[]>>> FIELDS_BY_HEADING = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, List<String[]>> fieldsByHeading(String[][] spec) {
        Map<String, List<String[]>> out = new java.util.HashMap<>();
        for (String[] f : spec) {
            for (int i = 1; i < f.length; i++) {
                List<String[]> fs = out.computeIfAbsent(f[i], k -> new ArrayList<>());
                if (!fs.contains(f)) {
                    fs.add(f);
                }
            }
        }
        return out;
    }

    /**
     * What a reading makes of a cell's text, kept per text for the sheet: the cells above a heading are read by some thirty
     * readings, and a grid of labels repeats a few texts in every cell (helper H2, session 38: 900 rows × 200 columns of
     * 年度目标 took 25–56 s to import). At most {@value #MEMO_MAX} texts of at most {@value #MEMO_LENGTH} characters are
     * kept (labels; a long text's fold may be 18 times its length, ﷺ): others are read each time.
     */
    private static final class Memo<T> {
        private final Map<String, T> seen = new java.util.HashMap<>();
        private final java.util.function.Function<String, T> of;

        Memo(java.util.function.Function<String, T> of) {
            this.of = of;
        }

        /**
         * Long texts kept by identity, not by value: a cell of an xlsx shows its shared string itself, so that one text in
         * 900 cells is read once, not at each cell and each reading (H4's left-alone, session 40: a 32,000-character
         * full-width text in 900 cells, 13 s of CPU). At most {@value #LONG_MEMO_CHARS} characters of texts and answers in
         * all, so a sheet of distinct long texts costs no more heap than this.
         */
        private final java.util.IdentityHashMap<String, T> longSeen = new java.util.IdentityHashMap<>();
        private long longChars;

        /** What {@code text} (not null) gives; never null. */
        T of(String text) {
            if (text.length() > MEMO_LENGTH) {
                T v = longSeen.get(text);
                if (v == null) {
                    v = of.apply(text);
                    long cost = text.length() + (v instanceof String answer ? answer.length() : 0);
                    if (longChars + cost <= LONG_MEMO_CHARS) {
                        longSeen.put(text, v);
                        longChars += cost;
                    }
                }
                return v;
            }
            T v = seen.get(text);
            if (v == null) {
                v = of.apply(text);
                if (seen.size() < MEMO_MAX) {
                    seen.put(text, v);
                }
            }
            return v;
        }
    }

    private static final int MEMO_MAX = 4096;
    private static final int MEMO_LENGTH = 100;
    private static final long LONG_MEMO_CHARS = 1L << 21;

    /** {@link #columns(int, String[][])} from column {@code from} on. */
    private Map<String, Integer> columns(int r, String[][] spec, int from) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Memo<Heading> headings = spec == FUNDS_COLUMNS ? fundsHeadings : spec == INDICATOR_COLUMNS ? indicatorHeadings : otherHeadings;
        Map<String, List<String[]>> fields = FIELDS_BY_HEADING.computeIfAbsent(spec, FormReader::fieldsByHeading);
        for (int pass = 0; pass < 2; pass++) {
            int row = r + pass;
            for (int c = from; c < g.width; c++) {
                String v = g.get(row, c);
                Heading k = v == null ? Heading.NONE : headings.of(v);
                if (k.key() == null) {
                    continue;
                }
                if (k.month() != null) {
                    toDateMonth = k.month();
                }
                for (String[] f : fields.getOrDefault(k.key(), List.of())) {
                    if (out.containsKey(f[0]) || out.containsValue(c)) {
                        continue;
                    }
                    out.put(f[0], c);
                    break;
                }
            }
            if (pass == 0 && out.isEmpty()) {
                return out;
            }
        }
        if (!out.containsKey("reviewedScore")) {
            // a reason is the reviewer's only beside his 复核分: without one the column is not read (said unknown, as before)
            out.remove("reviewedReason");
        }
        return out;
    }

    /**
     * Headings the forms print for columns that have no field, known and left out on purpose (docs/forms.md's list under
     * "columns known to have no field": 绩效标准, 评价标准; a 序号 or 备注 column): not said. 指标解释 / 指标说明 and 评分标准 /
     * 评(扣)分标准 are no longer here: they are the {@code definition} and {@code standard} columns.
     */
    static final java.util.Set<String> NO_FIELD = java.util.Set.of("序号", "备注", "绩效标准", "得分计算方法", "评价标准",
            "评价标准及依据", "评分标准及依据", "历史值", "指标值设定依据及数据来源",
            // the actual ÷ the target, as 福建 宁德 2023 prints it (t59): check computes it
            "累计完成率",
            // the weight of a 分解目标 (管理指标 30, 产出指标 25 …) merged down its rows, 江西's 整体支出 自评表 (t81): the
            // framework's category weight, not a row's points
            "自评权重");

    /** Whether folded heading key {@code k} is one of an indicator field's headings. */
    static boolean indicatorHeading(String k) {
        for (String[] f : INDICATOR_COLUMNS) {
            for (int i = 1; i < f.length; i++) {
                if (f[i].equals(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Each column of the indicator table's heading row(s), left of its first recognised column too, whose heading is none
     * the import knows: one problem ({@code unknown-heading}) naming the cell and the heading, so that a column left out is
     * said (全年实际值 was once dropped in silence, and with it every actual; 宁晋 2019's 评价内容, left of 指标名称, too).
     * A merged heading's copy (指标值 over two columns) is its first cell's; a label left of the table (绩效指标 merged down
     * its rows: {@link #leftLabel}) is no column of it.
     */
    private void unknownHeadings(int headRow, int depth, Map<String, Integer> cols, int catCol) {
        int first = cols.values().stream().min(Integer::compare).orElse(0);
        for (int c = 0; c < g.width; c++) {
            if (cols.containsValue(c) || c == catCol || c < first && leftLabel(headRow, depth, c, cols.get("name"))) {
                continue;
            }
            for (int r = headRow; r < headRow + depth; r++) {
                String v = g.get(r, c);
                if (v != null && g.copyOfLeft(r, c) && NO_FIELD.contains(headingKey(fold(v)))) {
                    break; // under a heading with no field merged over it (海南's 绩效标准 over 优 / 良 / 中 / 差, t40)
                }
                if (v == null || g.copyOfLeft(r, c) || r > headRow && g.copyOfAbove(r, c)) {
                    continue;
                }
                if (NO_FIELD.contains(headingKey(fold(v))) || longTermColumn(fold(v))) {
                    break; // a 长期 set's column is left out on purpose (docs/forms.md), as a known column with no field
                }
                // a heading the import knows whose field another column already gives (东莞 2019's 年度 set of 二级 / 三级 /
                // 计划指标值 right of its 中期 set, t29): no heading unknown, a second set left out; said as such
                // 单项指标折算得分 (河北's 自评表, t80: the row's 得分 × its 权重占比) has no field: said as such, not as unknown
                // 单项指标完成情况 (河北's 自评表, t80: each row's 完成) has no field either: said as such (before session 42, as unknown)
                String key = indicatorHeading(headingKey(fold(v))) ? "repeated-heading"
                        : headingKey(fold(v)).endsWith("折算得分") ? WEIGHTED_SCORE
                        : COMPLETION_HEADINGS.contains(headingKey(fold(v))) ? COMPLETION_NO_FIELD
                        // a column the unit hid (a working column, 上年指标值 beside the year's): said as hidden, so that she
                        // finds the cell named, which the sheet does not show (before session 45, as any unknown heading)
                        : g.hiddenCol(c) ? "unknown-heading-hidden" : "unknown-heading";
                problems.add(new WorkbookImport.Problem(key, null, g.address(r, c), abbreviate(v), false, g.document()));
                break;
            }
        }
    }

    /** A title naming its project: [year] …项目 then the form's name (绩效评价指标表, 绩效目标表, 绩效自评表 …). */
    private static final Pattern PROJECT_TITLE = Pattern.compile(
            "^(?:20\\d\\d\\s*年度?)?\\s*(\\S{2,40}?项目)\\s*绩效(?:评价指标表|评价表|目标表|自评表|指标表)$");

    /**
     * A project name that is a form's word, no project's own (财政项目, 部门预算项目, 专项项目), and the kinds of project
     * real forms tick (t56's 项目类别 / 项目类型: 市对下转移支付项目, 常年性项目, 延续性项目, 一次性项目; t41's 经常性项目; the
     * 中央预算内投资 of t57's title): a subtitle "(一次性项目)" names no project (session 35; before, it was read as one).
     */
    private static final Pattern GENERIC_PROJECT = Pattern.compile("^(?:部门|单位|预算|财政|本级|专项|支出|资金|一般公共|政府性基金"
            + "|中央|省级|市级|县级|区级|[省市县区]直|[省市县区]对下|转移支付|预算内|投资|政府|基本建设|建设|一次性|经常性|常年性|延续性"
            + "|持续性|新增性?|重点|重大)*项目$");

    /**
     * The project {@code title} names where the table prints no 项目名称 (t51: 2019年度宁晋县高中助学金项目绩效评价指标表 →
     * 宁晋县高中助学金项目), or null: the words up to 项目 right before the form's name, not a form's own word (财政项目).
     */
    static String projectInTitle(String title) {
        if (title == null || title.length() > 80) {
            return null;
        }
        Matcher m = PROJECT_TITLE.matcher(title.strip());
        return m.matches() && !GENERIC_PROJECT.matcher(m.group(1)).matches() ? m.group(1) : null;
    }

    /** The key of the import's note (info) at a project's name read from the bracketed line under the title (t57). */
    static final String SUBTITLE_NOTE = "project-subtitle";

    /** A subtitle that is a project's name in brackets, alone on its line: (天津市宝坻区畜禽粪污资源化利用整区推进项目). */
    private static final Pattern PROJECT_SUBTITLE = Pattern.compile("^[(（]\\s*([^()（）]{2,60}?项目)\\s*[)）]$");

    /**
     * The project the line right under the title names where the table prints no 项目名称 and the title names none: a
     * bracketed name ending in 项目, alone on its line (t57, 天津 宝坻 2022: 中央预算内投资计划绩效目标表 over
     * "(天津市宝坻区畜禽粪污资源化利用整区推进项目)"), not a form's own word (财政项目); its cell recorded and the log says so
     * ({@link #SUBTITLE_NOTE}). Else null (a bracketed 单位：万元, a date, a second title line: no project's name).
     */
    private String projectInSubtitle(int headRow) {
        int titleRow = -1;
        for (int r = 0; r < headRow && titleRow < 0; r++) {
            String t = firstText(r);
            if (t != null && fold(t).contains("表")) {
                titleRow = r;
            }
        }
        if (titleRow < 0 || titleRow + 1 >= headRow) {
            return null;
        }
        int r = titleRow + 1;
        String line = firstText(r);
        if (line == null) {
            return null;
        }
        int at = -1;
        for (int c = 0; c < g.width; c++) {
            String v = g.get(r, c);
            if (v == null) {
                continue;
            }
            if (!v.equals(line)) {
                return null; // another text on the line: no subtitle alone
            }
            if (at < 0) {
                at = c;
            }
        }
        Matcher m = PROJECT_SUBTITLE.matcher(line.strip());
        if (!m.matches() || GENERIC_PROJECT.matcher(m.group(1).strip()).matches()) {
            return null;
        }
        String name = m.group(1).strip();
        cells.put("department#/project/name", g.address(r, at));
        problems.add(new WorkbookImport.Problem(SUBTITLE_NOTE, null, g.address(r, at), abbreviate(name), false, g.document()));
        return name;
    }

    /**
     * 东莞's 批复表 (t29, 2019) prints two sets of indicator columns, 二级 / 三级 / 指标值 twice, under its two goals, 中期滚动目标
     * then 年度目标: {@link #columns} takes the first (the 中期 set, the three years'), where the year's targets are the second.
     * Where the heading row repeats a heading of the first set right of its name column, and a row above prints a 中期 goal
     * left of a 年度 one, the fields the second set repeats are read from it (the 一级 column, printed once, is shared); the
     * 中期 set's columns are then said as a repeated heading, as the second set's were.
     */
    private void yearSet(int headRow, Map<String, Integer> cols) {
        int from = -1;
        for (int c = cols.get("name") + 1; c < g.width && from < 0; c++) {
            String h = g.get(headRow, c);
            if (h != null && !cols.containsValue(c) && !g.copyOfLeft(headRow, c) && h.length() <= 24) {
                String k = headingKey(fold(h));
                for (String[] f : INDICATOR_COLUMNS) {
                    if (cols.containsKey(f[0]) && java.util.Arrays.asList(f).subList(1, f.length).contains(k)) {
                        from = c;
                    }
                }
            }
        }
        if (from < 0 || !mediumThenYear(headRow)) {
            return;
        }
        Map<String, Integer> second = columns(headRow, INDICATOR_COLUMNS, from);
        if (second.containsKey("name")) {
            cols.putAll(second);
        }
    }

    /** A row above {@code headRow} prints a goal of the 中期 (medium term) left of one of the 年度 (the year): 东莞 t29. */
    private boolean mediumThenYear(int headRow) {
        for (int r = Math.max(0, headRow - 12); r < headRow; r++) {
            int medium = -1;
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 24) {
                    continue;
                }
                String f = fold(v);
                if (f.startsWith("中期") && f.contains("目标")) {
                    medium = c;
                } else if (medium >= 0 && f.startsWith("年度") && f.contains("目标")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Headings of a column of categories that is neither 一级 nor 二级 (河北's 项目绩效评价指标表: 评价内容), as folded. */
    private static final java.util.Set<String> CATEGORY_HEADINGS = java.util.Set.of("评价内容");

    /**
     * A name cell (folded) that is the form's printed blank, as a header field's is ({@link #labelled}): dots (……, ......),
     * underscores, or 指标N: with nothing after its colon (海南's forms, t40, t41).
     */
    private static final Pattern PRINTED_BLANK_NAME = Pattern.compile("[…．.。·]+|_+|指标\\d*:");

    /** 海南's heading of its column of categories (产出指标 / 成效指标 / 效率指标: t40, t41), as folded. */
    private static final String TYPE_HEADING = "指标类型";

    /**
     * 海南's 项目绩效目标表 (t40 美兰 2016, t41 海南省人民政府研究室 2012): the first row that heads a column 指标类型 and, right of
     * it, a name (指标名称, 绩效指标) and a target ({@link #TYPED_COLUMNS}: 绩效目标, 年初绩效目标), with no 一级 or 二级 column:
     * {row}, or null. Its four columns hold two fields only, too few for {@link #findHeader}.
     */
    private int[] typedHeading() {
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.raw(r, c);
                if (v == null || v.length() > 30 || v.indexOf('型') < 0 || !TYPE_HEADING.equals(headingKey(fold(v)))) {
                    continue; // (cheap test first: asked of every cell of a sheet with no other table)
                }
                Map<String, Integer> cols = columns(r, TYPED_COLUMNS);
                if (cols.containsKey("name") && cols.containsKey("target") && cols.get("name") > c && cols.get("target") > c
                        && !cols.containsKey("level1") && !cols.containsKey("level2")) {
                    return new int[] {r};
                }
                break;
            }
        }
        return null;
    }

    /**
     * A 一级指标 heading merged over two columns whose left one, under it, holds a label merged down the rows (绩效指标) and
     * whose right one the 一级 (the 中央 transfer's 区域绩效目标表 as 忠县 2022 prints it, t76: 一级指标 over 绩效指标 | 产出指标):
     * the 一级 column is the right one. Before session 39 绩效指标 was read as every row's 一级 (a schema error on each row
     * and the categories said missing). Moved only where the right column's first cell is a national 一级 ({@link #LEVEL1})
     * and the left one's is not.
     */
    private void level1RightOfLabel(int headRow, Map<String, Integer> cols) {
        Integer c = cols.get("level1");
        if (c == null || c + 1 >= g.width || cols.containsValue(c + 1) || !g.copyOfLeft(headRow, c + 1)
                || g.copyOfLeft(headRow, c)) {
            return;
        }
        int first = headRow + 1;
        while (first < g.height() && first <= headRow + 2 && g.get(first, c + 1) != null && g.get(first, c + 1).equals(g.get(headRow, c))) {
            first++; // a two-row heading merged down
        }
        String left = g.get(first, c);
        String right = g.get(first, c + 1);
        if (left != null && right != null && !LEVEL1.contains(fold(level1(left))) && LEVEL1.contains(fold(level1(right)))) {
            cols.put("level1", c + 1);
        }
    }

    /** The heading of a name column that other headings beside it make one ({@link #bareNameHeading}), as folded. */
    private static final String BARE_NAME = "指标";

    /** The indicator headings of which a {@link #BARE_NAME} row prints two at least, beside its target. */
    private static final List<String> BESIDE_BARE_NAME = List.of("points", "unit", "nature");

    /**
     * 重庆's 一般性项目绩效目标表 (潼南 五桂镇 2023, t75: 绩效指标 | 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no 一级 or 二级
     * column): the first row that heads a column a bare 指标 and, right of it, a target (指标值) and two of 权重, 单位 and 指标性质,
     * with no other name, 一级 or 二级 heading: {row, the 指标 column}, or null. Alone, 指标 is too common a word to head the
     * names (a label, a 指标 | 分值 | 得分 score sheet); beside the indicator table's other headings it can only be their names.
     * Before session 39 such a table was refused (没有找到可识别的绩效指标表).
     */
    private int[] bareNameHeading() {
        for (int r = 0; r < g.height(); r++) {
            int c = bareNameAt(r);
            if (c >= 0) {
                return new int[] {r, c};
            }
        }
        return null;
    }

    /** The {@link #BARE_NAME} column of row {@code r} as {@link #bareNameHeading} reads one, else -1. */
    private int bareNameAt(int r) {
        for (int c = 0; c < g.width; c++) {
            String v = g.raw(r, c);
            if (v == null || v.length() > 8 || v.indexOf('标') < 0 || g.copyOfLeft(r, c) || !BARE_NAME.equals(fold(v))) {
                continue; // (cheap test first: asked of every cell of a sheet with no other table)
            }
            Map<String, Integer> cols = columns(r, INDICATOR_COLUMNS);
            int at = c;
            long beside = BESIDE_BARE_NAME.stream().filter(f -> cols.containsKey(f) && cols.get(f) > at).count();
            if (cols.containsKey("target") && cols.get("target") > c && beside >= 2 && !cols.containsKey("name")
                    && !cols.containsKey("level1") && !cols.containsKey("level2")) {
                return c;
            }
            return -1;
        }
        return -1;
    }

    /** {@code cols} of a row with the {@link #BARE_NAME} column {@code bareName} (none when -1) as its name. */
    private static Map<String, Integer> withBareName(Map<String, Integer> cols, int bareName) {
        if (bareName >= 0) {
            cols.put("name", bareName);
        }
        return cols;
    }

    /**
     * A 评价内容 heading merged over the two columns left of the name (福建 宁德 2023's 项目年度绩效目标(定量目标), t59: 产出目标
     * merged down the first, 数量目标 / 质量目标 down the second): the 一级 and the 二级 columns. Before session 37 the table
     * was not found (its name heading 绩效内容 not known), nothing imported.
     */
    private void categoriesOverTwo(int headRow, Map<String, Integer> cols) {
        if (cols.containsKey("level1") || cols.containsKey("level2")) {
            return;
        }
        int name = cols.get("name");
        for (int c = 0; c + 1 < name; c++) {
            if (CATEGORY_HEADINGS.contains(headingKey(folded(headRow, c))) && g.copyOfLeft(headRow, c + 1)
                    && !g.copyOfLeft(headRow, c) && (c + 2 == name || !g.copyOfLeft(headRow, c + 2))) {
                cols.put("level1", c);
                cols.put("level2", c + 1);
                return;
            }
        }
    }

    /**
     * The column of a table with no 一级 or 二级 column whose heading (评价内容, left of 指标名称: 宁晋 2019) names its
     * categories, or -1.
     */
    private int categoryColumn(int headRow, Map<String, Integer> cols) {
        if (cols.containsKey("level1") || cols.containsKey("level2")) {
            return -1;
        }
        for (int c = 0; c < cols.get("name"); c++) {
            String h = cols.containsValue(c) ? null : headingKey(folded(headRow, c));
            if (h != null && CATEGORY_HEADINGS.contains(h)) {
                return c;
            }
            if (TYPE_HEADING.equals(h) && typeNames(headRow, c, cols.get("name"))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * 海南's 指标类型 (t40, t41) as its own words: where a 指标类型 column is the categories (产出指标, 成效指标, 效率指标) and not
     * another sorting (定量 / 定性, 共性 / 个性), {@link #categoryColumn} reads it, 成效指标 as 效益指标 ({@link #EFFECT_TYPE}).
     */
    private static final java.util.Set<String> TYPE_WORDS = java.util.Set.of("产出指标", "产出", "成效指标", "成效", "效率指标", "效率");

    /** 海南's 成效指标 ("反映项目产出或活动带来的结果", the form's 说明), as folded: the national 一级 效益指标 (t40, t41). */
    static final java.util.Set<String> EFFECT_TYPE = java.util.Set.of("成效指标", "成效");

    /**
     * The key of the import's note (info, {@link WorkbookImport#NOTES}) at a 成效指标 cell read as {@link #EFFECT_LEVEL1}: the
     * file holds a 一级 the table does not print.
     */
    static final String EFFECT_NOTE = "type-as-benefit";

    /**
     * 东莞's 一级 (t29, its 财政项目支出绩效目标批复表): 预期产出指标, the outputs the table expects, is the national 产出指标;
     * 效果指标, the effects of the project, the national 效益指标 (as 海南's 成效指标), and so for their 目标 spellings. The
     * schema's 一级 are the national ones: written as printed, each row was a schema error (enum) and a category unknown.
     */
    private static final Map<String, String> LEVEL1_AS_NATIONAL = Map.of("预期产出指标", "产出指标", "预期产出目标", "产出目标",
            "效果指标", "效益指标", "效果目标", "效益目标");

    /**
     * 四川 大英's 决算 table of targets met (t98, 大英县民政局 2020) prints its 一级 项目完成指标, the project's outputs done, over
     * the national 产出 二级 (质量指标, 时效指标, 成本指标), and 项目效益(指标) over 社会效益指标 (t44): the national 产出指标 and
     * 效益指标, said once per spelling at its first cell ({@link #COMPLETION_NOTE}, {@link #BENEFIT_NOTE}). Written as printed,
     * each row was a schema error (enum); with its 二级 alone, its 成本 row was a 一级 not guessed (成本指标 is 产出's 二级 and
     * 101号's 一级), where the printed 一级 says which.
     */
    private static final Map<String, String> LEVEL1_PROJECT_AS_NATIONAL = Map.of("项目完成指标", "产出指标", "项目完成目标", "产出目标",
            "项目效益指标", "效益指标", "项目效益目标", "效益目标", "项目效益", "效益指标");

    /**
     * 一级 spelt with 值 for 指标 (山东 临邑 2025, t67: 产出值, 效益值): written as the national name (the schema's 一级 are
     * those and their 目标 spellings), said once per spelling at its first cell ({@link #VALUE_NOTE}).
     */
    private static final String VALUE_SPELLING = "值";
    private static final java.util.Set<String> NATIONAL_LEVEL1 = java.util.Set.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final String VALUE_NOTE = "level1-value-spelling";

    /** The keys of the import's note at a 一级 cell read as its national name ({@link #LEVEL1_AS_NATIONAL}): 产出, 效益. */
    static final String OUTPUT_NOTE = "level1-as-output";
    static final String BENEFIT_NOTE = "level1-as-benefit";
    /** The key of the import's note at a 一级 cell 项目完成指标 read as 产出指标 ({@link #LEVEL1_PROJECT_AS_NATIONAL}). */
    static final String COMPLETION_NOTE = "level1-completion-as-output";

    /**
     * {@code l1}, a 一级 as printed at row {@code r}, column {@code c}, as the national name it stands for
     * ({@link #LEVEL1_AS_NATIONAL}), said once per spelling at its first cell ({@code said}); any other as it is.
     */
    private String nationalLevel1(String l1, int r, int c, java.util.Set<String> said) {
        String folded = fold(l1);
        String as = LEVEL1_AS_NATIONAL.get(folded);
        if (as == null && (as = LEVEL1_PROJECT_AS_NATIONAL.get(folded)) != null) {
            if (said.add(folded)) {
                problems.add(new WorkbookImport.Problem(as.startsWith("产出") ? COMPLETION_NOTE : BENEFIT_NOTE, null, g.address(r, c),
                        abbreviate(l1), false, g.document()));
            }
            return as;
        }
        if (as == null) {
            String spelt = io.github.jixiao.score.Taxonomy.goalAsIndicator(folded);
            if (folded.endsWith(VALUE_SPELLING) && NATIONAL_LEVEL1.contains(spelt)) {
                if (said.add(folded)) {
                    problems.add(new WorkbookImport.Problem(VALUE_NOTE, null, g.address(r, c),
                            WorkbookImport.Problem.args(abbreviate(l1), spelt), false, g.document()));
                }
                return spelt;
            }
            return l1;
        }
        if (said.add(folded)) {
            problems.add(new WorkbookImport.Problem(as.startsWith("产出") ? OUTPUT_NOTE : BENEFIT_NOTE, null, g.address(r, c),
                    abbreviate(l1), false, g.document()));
        }
        return as;
    }

    /** The key of the problem that a 一级 read with no framework named is none of the national taxonomy's ({@link #notNational}). */
    static final String NOT_NATIONAL = "level1-not-national";

    /**
     * A 一级 that is none of the national taxonomy's (产出 / 效益 / 满意度 / 成本, their 目标 spellings), read with no framework
     * named for the import, in a table of the unit's own scores (a 得分 column): its rows are imported as indicators, and the
     * table may score them as criteria the unit assesses
     * (江西's 整体支出 自评表, 蚕茶卫生院 2021, t81: 管理指标, seven rows of budget and asset management). Said once per text at
     * its first cell, with how a framework file reads them as claims (before session 41 nothing was said but check's schema
     * error on each row).
     */
    private void notNational(String l1, int r, int c, java.util.Set<String> said) {
        String f = fold(l1);
        if (given != null || NATIONAL_LEVEL1.contains(f) || NATIONAL_LEVEL1.contains(io.github.jixiao.score.Taxonomy.goalAsIndicator(f))
                || !said.add("not-national " + f)) {
            return;
        }
        problems.add(new WorkbookImport.Problem(NOT_NATIONAL, null, g.address(r, c), abbreviate(l1), false, g.document()));
    }

    /**
     * The key of the import's note at a 指标类型 cell the national taxonomy has no category for (海南's 效率指标, t41): the
     * rows under it have no 一级 (indicator-category-unknown reports each), to be written by the unit.
     */
    static final String TYPE_UNPLACED_NOTE = "type-unplaced";

    /** Whether {@code v} is a 二级 of any category of {@code f}'s taxonomy (its aliases, its trailing 指标 optional). */
    private static boolean anyLevel2(io.github.jixiao.score.Framework f, String v) {
        return f.taxonomy().stream().anyMatch(k -> k.level2().stream().anyMatch(s -> s.matches(v)));
    }

    /** The 一级 海南's 成效指标 is read as ({@link #EFFECT_TYPE}). */
    static final String EFFECT_LEVEL1 = "效益指标";

    /**
     * Whether the 指标类型 column {@code c} names categories: its first text below the heading, on a row that names an
     * indicator, is one of 海南's types ({@link #TYPE_WORDS}) or a category of mof-project-2020's taxonomy (a 一级, a 二级,
     * or both run together).
     */
    private boolean typeNames(int headRow, int c, int nameCol) {
        io.github.jixiao.score.Framework f = given != null ? given.framework()
                : io.github.jixiao.score.FrameworkLoader.builtIn(io.github.jixiao.score.FrameworkLoader.MOF_PROJECT);
        for (int r = headRow + 1; r < g.height(); r++) {
            String v = g.get(r, c);
            if (v == null || g.copyOfAbove(r, c) || g.get(r, nameCol) == null || g.copyOfAbove(r, nameCol)) {
                continue;
            }
            String l = level1(v);
            return TYPE_WORDS.contains(fold(l)) || f.split(l).isPresent() || f.category(l).isPresent() || anyLevel2(f, l);
        }
        return false;
    }

    /**
     * A 评价内容 cell read as 一级 and 二级 ({@code l1} the 一级 carried from the rows above): a 一级 and a 二级 run together
     * (产出数量指标) split as {@link io.github.jixiao.score.Framework#split} reads it; a 二级 of the carried 一级 (质量指标,
     * 成本指标 below 产出数量指标) stays under it, as the hand transcription of t51 files it; a 一级 alone (效益指标) is the
     * 一级; any other (制度指标, no category of the framework's) is the 二级 alone.
     */
    private static String[] categoryCell(io.github.jixiao.score.Framework f, String v, String l1) {
        if (v.isEmpty()) {
            return new String[] {null, null};
        }
        java.util.Optional<String[]> both = f.split(v);
        if (both.isPresent()) {
            return both.get();
        }
        java.util.Optional<io.github.jixiao.score.Framework.Category> under = l1 == null ? java.util.Optional.empty() : f.category(l1);
        if (under.isPresent() && under.get().level2().stream().anyMatch(s -> s.matches(v))) {
            return new String[] {l1, v};
        }
        return f.category(v).isPresent() ? new String[] {v, null} : new String[] {null, v};
    }

    /**
     * Whether column {@code c}, left of the table's first recognised column, is a label of the table rather than a column
     * of it: beside the rows that name an indicator it holds one text at most, the heading's merged down (the national
     * 自评表's 绩效指标 over the whole indicator block, or its copy unmerged, blank below) or a label merged over the rows
     * (宁晋 2019's 评价指标, 项目年度绩效目标(定量指标)). A column whose rows print texts of their own (宁晋 2019's 评价内容:
     * 制度指标, 产出数量指标, …) is a column.
     */
    private boolean leftLabel(int headRow, int depth, int c, int nameCol) {
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int r = headRow + depth; r < g.height() && texts.size() < 2; r++) {
            String v = g.get(r, c);
            // a row that names an indicator in a cell of its own (not a 总分 or a note merged across the name column)
            boolean named = g.get(r, nameCol) != null && !g.copyOfLeft(r, nameCol);
            if (v != null && named && !v.equals(g.get(headRow, c))) {
                texts.add(v);
            }
        }
        return texts.size() < 2;
    }

    /**
     * 1 or 2: a heading row whose next row carries headings of its own (merged 年度指标值 over 年初 / 调整), or into which the
     * name's heading is merged down (海南's 指标名称 beside 绩效标准 over 优 / 良 / 中 / 差, t40: the grades no field's).
     */
    private int headerDepth(int r, Map<String, Integer> cols) {
        if (cols.containsKey("name") && g.copyOfAbove(r + 1, cols.get("name"))) {
            return 2;
        }
        for (int c : cols.values()) {
            String below = folded(r + 1, c);
            String here = folded(r, c);
            if (!below.isEmpty() && !below.equals(here)) {
                for (String[] f : INDICATOR_COLUMNS) {
                    for (int i = 1; i < f.length; i++) {
                        if (withoutBracketedTail(below).equals(f[i])) {
                            return 2;
                        }
                    }
                }
            }
        }
        return 1;
    }

    /**
     * The title: the first text above the table that is not a label (项目支出绩效自评表（2022年度）); where none names a 表, the
     * caption right above the heading ({@link #caption}).
     */
    private String title(int headRow) {
        for (int r = 0; r < headRow; r++) {
            String t = firstText(r);
            // not the table's number above its title (表十二: 重庆's 部门预算 prints its tables so, t75; 附表 alone)
            if (t != null && fold(t).contains("表") && !TABLE_NUMBER.matcher(fold(t).strip()).matches()) {
                String own = titleUnder(r, headRow, t);
                return (own != null ? own : t).strip();
            }
        }
        return caption(headRow);
    }

    /**
     * The table's own title on the next line under {@code t}, the form's generic name printed above it (附件2 / 项目支出绩效自评表
     * over 2021年度财政项目绩效自评表, as a 湖北 unit's copy of its 自评表 prints it: session 46, E9's left-alone), or null: a
     * line alone on its row (blank rows skipped) that names a 表 and a year where {@code t} names none, and is no label.
     */
    private String titleUnder(int row, int headRow, String t) {
        if (YEAR.matcher(fold(t)).find()) {
            return null;
        }
        int r = row + 1;
        while (r < headRow && firstText(r) == null) {
            r++;
        }
        if (r >= headRow) {
            return null;
        }
        String next = firstText(r);
        for (int c = 0; c < g.width; c++) {
            if (g.get(r, c) != null && !g.get(r, c).equals(next)) {
                return null; // other texts beside it: a header line, not a title
            }
        }
        String f = fold(next).strip();
        return f.contains("表") && YEAR.matcher(f).find() && f.indexOf(':') < 0 && f.indexOf('：') < 0 && !isLabel(f)
                && !TABLE_NUMBER.matcher(f).matches() ? next : null;
    }

    /** A table's number printed alone above its title: 表十二, 表3, 附表1, and 附表 or 附件 alone. */
    private static final Pattern TABLE_NUMBER = Pattern.compile("(附?表|附件)[一二三四五六七八九十\\d]*[:：]?");

    /** A caption's numbering (一、 1. (一)), which a section's heading has and a table's caption has not. */
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+[、.]|[0-9]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]).*");

    /**
     * The caption printed alone on the line right above the indicator heading (blank lines skipped), naming the table's
     * 绩效 targets (宁德 2023's 项目年度绩效目标(定量目标), t59, the table of a report, which prints no 表: until session 38 no
     * title), or null: not a label (项目名称：…, 单位：万元), not a section's numbered heading (三、绩效指标), not a line with
     * other texts beside it (a block's label and its value).
     */
    private String caption(int headRow) {
        int r = headRow - 1;
        while (r >= 0 && firstText(r) == null) {
            r--;
        }
        if (r < 0) {
            return null;
        }
        String t = firstText(r);
        for (int c = 0; c < g.width; c++) {
            if (g.get(r, c) != null && !g.get(r, c).equals(t)) {
                return null;
            }
        }
        String f = fold(t).strip();
        return f.length() >= 6 && f.length() <= 40 && f.contains("绩效") && !NUMBERED.matcher(f).matches()
                && f.indexOf(':') < 0 && f.indexOf('：') < 0 && !isLabel(f) ? t.strip() : null;
    }

    /**
     * The value printed right of a label (项目名称 | 委托业务项目), skipping blanks and the label's own merged cells; or after
     * the label and a colon in the label's own cell (项目名称：委托业务项目, as a Word form's header lines and many sheets
     * write it).
     */
    private String labelled(String... labels) {
        return labelledIn(0, labelLimit, labels);
    }

    /** Whether the header prints {@code label} with a value beside it, its cell recorded for no field. */
    private boolean printed(String label) {
        Map<String, String> before = new LinkedHashMap<>(cells);
        boolean seen = labelled(label) != null;
        cells.clear();
        cells.putAll(before);
        return seen;
    }

    /** As {@link #labelled}, in rows {@code from} (inclusive) to {@code to} (exclusive): the lines under a table. */
    private String labelledIn(int from, int to, String... labels) {
        String[] folded = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            folded[i] = fold(labels[i]);
        }
        for (int r = Math.max(0, from); r < Math.min(to, g.height()); r++) {
            for (int c = 0; c < g.width; c++) {
                String h = label(folded(r, c));
                for (int i = 0; i < labels.length; i++) {
                    String l = labels[i];
                    String inline = inlineValue(g.get(r, c), h, folded[i]);
                    if (inline != null) {
                        cells.put("department#/" + labelField(l), g.address(r, c));
                        return inline;
                    }
                    if (h.equals(folded[i])) {
                        String own = g.get(r, c);
                        for (int k = c + 1; k < g.width; k++) {
                            String v = g.get(r, k);
                            if (v != null && !v.equals(own)) {
                                if (labelCell(fold(v)) || measureLine(v)) {
                                    // the next label's cell (填报日期：2023年3月15日), or the table's unit of measure on
                                    // the same line (单位：万元): this label's value is blank
                                    return null;
                                }
                                v = filledIn(v);
                                if (v == null) {
                                    continue; // the printed blank (______) or a 盖章 note beside the label
                                }
                                cells.put("department#/" + labelField(l), g.address(r, k));
                                return v;
                            }
                        }
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** The unit's code in the department's budget, as 福建's 部门整体支出绩效自评表 prints it beside the unit's name. */
    private static final String DEPARTMENT_CODE = "部门预算编码";

    /** The unit that fills in the form: 填报单位（盖章）：XX局, 填报单位：XX局. */
    private static final String FILER = "填报单位";

    /** The unit that carries the project out, its 主管 in brackets (河北's 自评表, t80), as folded. */
    private static final String IMPLEMENTER_IN_CHARGE = "实施(主管)单位";

    /** The unit a 整体支出 自评表 evaluates (江西's, t81). */
    private static final String EVALUATED_UNIT = "评价部门名称";

    /** The unit that draws the form up (编制单位: | 813-潼南区五桂镇 | 单位:万元, 重庆's 一般性项目绩效目标表, t75), as {@link #FILER}. */
    private static final String COMPILER = "编制单位";

    /**
     * A cell's text folded as a label: without a colon at its end, nor a stamp note after the label (实施单位（盖章）：
     * → 实施单位; as printed above or beside the blank the unit stamps).
     */
    private static String label(String folded) {
        String h = folded.endsWith(":") ? folded.substring(0, folded.length() - 1) : folded;
        if (h.endsWith(")") && h.indexOf('章') >= 0) { // cheap test first: only a stamp note holds 章
            int open = h.lastIndexOf('(');
            if (open > 0 && stamp(h, open) == h.length()) {
                return h.substring(0, open);
            }
        }
        return h;
    }

    /** The notes a form prints for the unit's stamp or signature after a label or its blank, folded. */
    private static final List<String> STAMPS = List.of("(盖章)", "(签章)", "(公章)", "(印章)", "(章)", "(签字盖章)", "(签字)", "(单位盖章)");

    /** Where a stamp note starting at {@code at} of folded {@code f} ends, or {@code at} when none starts there. */
    private static int stamp(String f, int at) {
        if (at < f.length() && f.charAt(at) == '(') {
            for (String s : STAMPS) {
                if (f.startsWith(s, at)) {
                    return at + s.length();
                }
            }
        }
        return at;
    }

    /**
     * A value as filled in, or null when only the printed blank is there: white space and underscores (______) at its
     * ends, a stamp note after it (XX局（盖章）) left out; nothing left, or only a dash or slash, is no value.
     */
    private static String filledIn(String v) {
        String s = trimBlank(v);
        String f = fold(s);
        if (f.endsWith(")") && f.indexOf('章') >= 0) {
            int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
            String note = open < 0 ? "" : fold(s.substring(open));
            if (open >= 0 && stamp(note, 0) == note.length()) {
                s = trimBlank(s.substring(0, open));
            }
        }
        if (s.isEmpty() || s.chars().allMatch(ch -> "-—－/／~～".indexOf(ch) >= 0)) {
            return null;
        }
        return s;
    }

    private static String trimBlank(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && blank(s.charAt(a))) {
            a++;
        }
        while (b > a && blank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean blank(char ch) {
        return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0' || ch == '_' || ch == '＿';
    }

    /**
     * The value after {@code label} and a colon in one cell ({@code folded} is the cell folded): 项目名称：委托业务项目 gives
     * 委托业务项目; a stamp note may stand between the label and its colon (填报单位（盖章）：XX局). The label begins the cell,
     * or a part of it after white space, as a Word form's header line prints several (填报单位（盖章）：XX局 ␣␣ 填报日期：…):
     * the value ends where the next label begins. Null when the cell has no such label with a value, the value is only
     * the printed blank ({@link #filledIn}), or is itself a label.
     */
    private static String inlineValue(String cell, String folded, String label) {
        if (cell == null || folded.indexOf(label) < 0) { // cheap test first: most cells hold no label
            return null;
        }
        // the cell folded character by character, each folded character's index in the cell kept (white space dropped)
        StringBuilder f = new StringBuilder(cell.length());
        int[] at = new int[cell.length() * 2 + 2];
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0') {
                continue;
            }
            String n = ch < 0x80 ? String.valueOf(ch) : java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFKC);
            for (int k = 0; k < n.length() && f.length() < at.length; k++) {
                at[f.length()] = i;
                f.append(n.charAt(k));
            }
        }
        for (int from = f.indexOf(label); from >= 0; from = f.indexOf(label, from + 1)) {
            // a label of its own: at the start, or after white space in a header line (not 项目实施单位, nor a name or
            // a text that holds the words)
            if (from > 0 && (at[from] == at[from - 1] + 1 || cell.length() > LINE_MAX)) {
                continue;
            }
            int colon = stamp(f.toString(), from + label.length());
            if (colon >= f.length() || f.charAt(colon) != ':') { // fold turns the full-width colon into ':'
                continue;
            }
            String v = filledIn(beforeNextLabel(cell.substring(at[colon] + 1)));
            return v == null || isLabel(label(fold(v))) || measureLine(v) ? null : v;
        }
        return null;
    }

    /** A cell longer than this is a text, not a header line of labels (as {@link Grid#PARAGRAPH_MAX}). */
    private static final int LINE_MAX = Grid.PARAGRAPH_MAX;

    /**
     * {@code v} up to the next label of its line: the white space before a short text and a colon (XX局 ␣␣ 填报日期：… →
     * XX局; 单位：万元, 联系电话：…); a label printed with its characters spaced (填 报 日 期：) is one label.
     */
    private static String beforeNextLabel(String v) {
        int colon = firstColon(v);
        if (colon < 0) {
            return v;
        }
        int i = colon;
        int cut = -1;
        while (i > 0) {
            int wordEnd = i; // the word before the colon (or before the white space found last)
            while (i > 0 && !Character.isWhitespace(v.charAt(i - 1)) && v.charAt(i - 1) != '\u3000') {
                i--;
            }
            if (i == 0 || wordEnd - i > 12) {
                break;
            }
            int wordStart = i;
            while (i > 0 && (Character.isWhitespace(v.charAt(i - 1)) || v.charAt(i - 1) == '\u3000')) {
                i--;
            }
            cut = i;
            if (wordEnd - wordStart > 1 && cut < wordStart) { // a word of its own: the label begins at it
                break;
            }
        }
        return cut < 0 ? v : v.substring(0, cut);
    }

    /** How forms label the 主管部门 (the project's owner) cell; 项目主管部门: 山东 临邑 2025 (t67). */
    private static final String[] OWNER_LABELS = {"主管部门", "主管部门及其编码", "主管部门及编码", "项目主管部门",
            // the region's owner of a 中央 fund (宁夏 2023's 自治区主管部门, t61; 田家庵区 2024's 地方主管部门, t68; the
            // 中央主管部门 above it has no field), 重庆 奉节 2023's 业务主管部门 (t63)
            "自治区主管部门", "地方主管部门", "业务主管部门",
            // the county's owner of a 中央 transfer (忠县 2022's 区域绩效目标表, t76: the unit the money goes to; the 中央 and
            // 省级 主管部门 and the 财政部门 above it have no field)
            "区县主管部门"};

    /** Labels of the project's name besides 项目名称 (see where {@code read} looks for them). */
    private static final String[] PROJECT_LABELS = {"专项(项目)名称", "转移支付(项目)名称", "专项名称", "专项资金名称", "资金名称"};

    /** The labels of the fund a table sets targets for, read as its project's name (see where {@code read} looks for them). */
    private static final String[] FUND_NAME_LABELS = {"专项资金名称", "资金名称"};

    private static String labelField(String l) {
        if (List.of(OWNER_LABELS).contains(l)) {
            return "project/owner";
        }
        return switch (l) {
            case "项目名称", "二级项目名称", "专项(项目)名称", "转移支付(项目)名称", "专项名称", "专项资金名称", "资金名称" -> "project/name";
            case "实施单位", "项目实施单位", "项目单位", IMPLEMENTER_IN_CHARGE -> "project/implementer";
            case "项目实施内容", "项目实施内容及过程概述" -> "implementation";
            case "填报日期", "自评日期" -> "reportDate";
            case "年度", "预算年度" -> "year";
            case DEPARTMENT_CODE -> "code";
            case "偏差大或目标未完成原因分析" -> "problems";
            case "改进措施及结果应用方案" -> "improvements";
            default -> "name";
        };
    }

    /**
     * Whether folded cell text {@code f} is a label, or a label with its colon and value (填报日期：2023年3月15日, 填报单位（盖章）：
     * XX局): the next label of a header row, not the value of the label left of it.
     */
    private static boolean labelCell(String f) {
        if (isLabel(label(f))) {
            return true;
        }
        int colon = f.indexOf(':'); // fold turns the full-width colon into ':'
        return colon > 0 && isLabel(label(f.substring(0, colon)));
    }

    private static boolean isLabel(String f) {
        return List.of(OWNER_LABELS).contains(f) || List.of("项目名称", "实施单位", "项目实施单位", "项目单位", "项目实施内容", "填报日期", "自评日期",
                "年度", "部门名称", "单位名称", "项目负责人", "联系电话", FILER, COMPILER, DEPARTMENT_CODE, "资金使用单位", "中央主管部门",
                IMPLEMENTER_IN_CHARGE, EVALUATED_UNIT).contains(f)
                || PERSON_LABELS.contains(f) || List.of(PROJECT_LABELS).contains(f)
                // the headings beside 项目实施内容 in 湖南's 目标表 (湘潭 2024: 项目实施内容 | 开始时间 | 完成时间 over their
                // values): the next label, not 项目实施内容's value
                || List.of("开始时间", "完成时间", "结束时间").contains(f);
    }

    /**
     * Labels of the persons a header names (单位负责人:谭呈祥 beside a blank 填报单位(盖章):, 南岳 2023, t60): the next label of
     * the line, never the unit's name; before session 37 that cell was read as the 填报单位's value.
     */
    private static final java.util.Set<String> PERSON_LABELS = java.util.Set.of("单位负责人", "负责人", "专项负责人", "财务负责人",
            "联系人", "联系人及电话", "填表人", "审核人");

    /** A goal text: below its heading (预期目标 over the text), or right of it. */
    private void goal(Map<String, Object> goals, String field, int before, String... labels) {
        List<String> folded = java.util.Arrays.stream(labels).map(FormReader::fold).toList();
        for (int r = 0; r < before; r++) {
            // the scan right of a label found nothing: every cell right of it is blank or that label, so a scan right of a
            // later label of the row finds nothing either (a row of labels in every cell was read in time width²)
            boolean nothingRight = false;
            for (int c = 0; c < g.width; c++) {
                String h = folded(r, c).replace("（", "(").replace("）", ")");
                for (String l : folded) {
                    if (h.equals(l)) {
                        String own = g.get(r, c);
                        for (int k = r + 1; k < Math.min(before, r + 4); k++) {
                            String v = g.get(k, c);
                            if (v != null && goalLabel(v)) {
                                break; // the next goal's label under this one (新洲区楚剧团 2020, t62): this goal is beside it
                            }
                            if (v != null && !v.equals(own)) {
                                goals.put(field, List.of(v));
                                cells.put("department#/overallGoals/" + field + "/0", g.address(k, c));
                                return;
                            }
                        }
                        for (int k = c + 1; k < g.width && !nothingRight; k++) {
                            String v = g.get(r, k);
                            if (v != null && !v.equals(own) && goalLabel(v)) {
                                break; // the next goal's heading beside this one (预期目标 | 实际完成情况, their texts below: t70)
                            }
                            if (v != null && !v.equals(own)) {
                                goals.put(field, List.of(v));
                                cells.put("department#/overallGoals/" + field + "/0", g.address(r, k));
                                return;
                            }
                        }
                        nothingRight = true;
                    }
                }
            }
        }
    }

    /** The headings of the expected goal's column beside the achieved one's ({@link #goalColumns}), folded. */
    private static final List<String> EXPECTED_GOAL_COLUMNS = List.of("年度预期目标", "年初设定目标");

    /** The headings of the achieved goal's column beside the expected one's ({@link #goalColumns}), folded. */
    private static final List<String> ACHIEVED_GOAL_COLUMNS = List.of("具体完成情况", "全年完成情况");

    /**
     * A goal block that heads the expected goal and the achieved one side by side, each goal a line under its heading: 河北's
     * 自评表 (成安 2020, t80: 三、目标完成情况 | 年度预期目标 | 具体完成情况, two lines) and 江西's 整体支出 自评表 (蚕茶卫生院 2021,
     * t81: 年度总体目标 | 年初设定目标 | 全年完成情况). Each line under a heading is one goal, from its cell, down to a blank
     * line, a line merged across both columns or a numbered block's heading. Before session 41 t80's goals were dropped
     * without a word, and t81's expected goal was its heading 年初设定目标 (the achieved one dropped).
     */
    private void goalColumns(Map<String, Object> goals, int before) {
        for (int r = 0; r + 1 < before; r++) {
            int expected = -1;
            int achieved = -1;
            for (int c = 0; c < g.width; c++) {
                if (g.get(r, c) == null || g.copyOfLeft(r, c)) {
                    continue;
                }
                String f = folded(r, c);
                if (expected < 0 && EXPECTED_GOAL_COLUMNS.contains(f)) {
                    expected = c;
                } else if (expected >= 0 && ACHIEVED_GOAL_COLUMNS.contains(f)) {
                    achieved = c;
                    break;
                }
            }
            if (achieved < 0) {
                continue;
            }
            // 总体完成率(%) right of the two (t80's 三、目标完成情况, 100.00 under it): no field, said at its cell with its figure
            for (int c = achieved + 1; c < g.width; c++) {
                if (g.get(r, c) != null && !g.copyOfLeft(r, c) && withoutBrackets(folded(r, c)).endsWith("完成率")) {
                    String v = r + 1 < g.height() ? g.get(r + 1, c) : null;
                    problems.add(new WorkbookImport.Problem(GOAL_RATE_NO_FIELD, null, g.address(r, c),
                            WorkbookImport.Problem.args(abbreviate(g.get(r, c)), v == null ? "" : abbreviate(v)), false, g.document()));
                    break;
                }
            }
            List<Object> exp = new ArrayList<>();
            List<Object> ach = new ArrayList<>();
            for (int k = r + 1; k < before; k++) {
                String e = g.get(k, expected);
                String a = g.get(k, achieved);
                if (e == null && a == null || e != null && e.equals(a) && g.inMerge(k, achieved)
                        || e != null && CHINESE_NUMBERING.matcher(fold(e)).find()) {
                    break;
                }
                if (e != null && !g.copyOfAbove(k, expected)) {
                    cells.put("department#/overallGoals/expected/" + exp.size(), g.address(k, expected));
                    exp.add(e);
                }
                if (a != null && !g.copyOfAbove(k, achieved)) {
                    cells.put("department#/overallGoals/achieved/" + ach.size(), g.address(k, achieved));
                    ach.add(a);
                }
            }
            if (!exp.isEmpty()) {
                goals.put("expected", exp);
            }
            if (!ach.isEmpty()) {
                goals.put("achieved", ach);
            }
            return;
        }
    }

    /**
     * The labels of the achieved goal (folded); 全年实际完成情况: the 中央 transfer's 总体目标完成情况 block (宁夏 2023, t61;
     * 田家庵区 2024, t68), beside 总体目标.
     */
    private static final List<String> ACHIEVED_GOAL_LABELS = List.of("实际完成情况", "年度目标完成情况", "全年目标实际完成情况",
            "目标完成情况", "目标完成实际情况", "目标实际完成情况", "全年实际完成情况");

    /** The labels of the expected goal and of the adjusted one (folded, brackets half-width), as {@link #goal} reads them. */
    private static final List<String> EXPECTED_GOAL_LABELS = List.of("预期目标", "年初绩效目标", "年度目标", "年初目标",
            // 重庆's 一般性项目绩效目标表 (潼南 五桂镇 2023, t75)
            "当年绩效目标",
            // 重庆's 部门(单位)整体绩效目标表 (巴南区一品街道 2022, t77: dropped without a word before session 39)
            "当年整体绩效目标");
    private static final List<String> ADJUSTED_GOAL_LABELS = List.of("全年(调整)绩效目标", "调整后绩效目标");

    /** Whether a cell's text is a goal's label (预期目标, 实际完成情况 …), never a goal. */
    private static boolean goalLabel(String v) {
        String f = fold(v).replace("（", "(").replace("）", ")");
        return ACHIEVED_GOAL_LABELS.contains(f) || GOAL_LABELS.contains(f) || EXPECTED_GOAL_LABELS.contains(f)
                || ADJUSTED_GOAL_LABELS.contains(f);
    }

    /**
     * 总体目标 heading a column beside an achieved goal's heading (the 中央 transfer's 总体目标完成情况 | 总体目标 | 全年实际完成情况,
     * the texts on the row below: 宁夏 2023, t61; 田家庵区 2024, t68): the text under it is the expected goal. Before session
     * 37 the text right of the label was read as the goal, which there is the heading 全年实际完成情况, and both texts were lost.
     */
    private void headedGoal(Map<String, Object> goals, int before) {
        for (int r = 0; r < before; r++) {
            // the last achieved goal's heading of the row: a 总体目标 left of it is headed so (one pass over the row, not
            // one a label: a row of labels in every cell was read in time quadratic in its width)
            int achieved = -1;
            for (int j = g.width - 1; j > 0 && achieved < 0; j--) {
                if (g.get(r, j) != null && ACHIEVED_GOAL_LABELS.contains(folded(r, j))) {
                    achieved = j;
                }
            }
            for (int c = 0; c < achieved; c++) {
                String label = g.get(r, c);
                if (label == null || g.copyOfLeft(r, c) || !GOAL_LABELS.contains(fold(label))) {
                    continue;
                }
                for (int k = r + 1; k < Math.min(before, r + 4); k++) {
                    String v = g.get(k, c);
                    if (v != null && !v.equals(label) && !g.copyOfAbove(k, c)) {
                        goals.put("expected", List.of(v));
                        cells.put("department#/overallGoals/expected/0", g.address(k, c));
                        return;
                    }
                }
            }
        }
    }

    /**
     * Labels of the year's goal printed left of it (folded, without their points, colon and number): 本年度绩效目标 (南岳 2023,
     * t60), 年度主要目标和成果 (重庆 奉节 2023, t63), 年度目标1:(80分) (天长 塘湖镇 2020, t69). Before session 37 none was read:
     * the goal was lost without a word.
     */
    private static final List<String> BESIDE_GOAL_LABELS = List.of("本年度绩效目标", "年度主要目标和成果", "年度目标");

    /** The goal right of a {@link #BESIDE_GOAL_LABELS} label, as {@code expected}: its lines (1.… 2.…) one goal each. */
    private void labelledGoal(Map<String, Object> goals, int before) {
        for (int r = 0; r < before; r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String label = g.get(r, c);
                if (label == null || label.length() > 20 || g.copyOfLeft(r, c) || g.copyOfAbove(r, c)) {
                    continue;
                }
                String f = POINTS_SUFFIX.matcher(fold(label).replace("（", "(").replace("）", ")")).replaceAll("");
                f = GOAL_NUMBER.matcher(HALF_COLON_END.matcher(f).replaceAll("")).replaceAll("");
                if (!BESIDE_GOAL_LABELS.contains(f)) {
                    continue;
                }
                for (int j = c + 1; j < g.width; j++) {
                    String v = g.get(r, j);
                    if (v != null && !v.equals(label)) {
                        List<Object> out = new ArrayList<>();
                        for (String line : LINE_BREAK.split(v)) {
                            if (!line.isBlank()) {
                                cells.put("department#/overallGoals/expected/" + out.size(), g.address(r, j));
                                out.add(line.strip());
                            }
                        }
                        goals.put("expected", out);
                        return;
                    }
                }
                // nothing right of it but blanks and this label, so nothing right of a later label of the row either
                // (a row of labels in every cell was read in time width²)
                break;
            }
        }
    }

    /** The headings of a project's goal over its whole term, printed beside the year's (folded): no field holds it. */
    private static final List<String> PROJECT_GOAL_LABELS = List.of("项目总目标", "项目总体目标", "中长期目标", "项目中长期目标");

    /** The key of the problem that a project's total goal printed beside the year's was not imported (no field). */
    static final String PROJECT_GOAL_NOT_READ = "project-goal-not-read";

    /**
     * A goal block that heads two columns side by side, the project's goal over its term and the year's, each text under its
     * heading (兵团 六团 2021's 项目绩效目标: 项目总目标 | 年度总体目标, t79; dropped without a word before session 40): the text
     * under 年度总体目标 is the expected goal, from its cell; the project's total goal has no field, so its cell is said
     * ({@link #PROJECT_GOAL_NOT_READ}). Read only where the row prints both headings, so that 年度总体目标 heading a row of its
     * own is read as before (besideGoals).
     */
    private void yearGoalBesideProjects(Map<String, Object> goals, int before) {
        for (int r = 0; r + 1 < before; r++) {
            int year = -1;
            int project = -1;
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 12 || g.copyOfLeft(r, c)) {
                    continue;
                }
                String f = labelKey(v);
                if (year < 0 && GOAL_LABELS.contains(f)) {
                    year = c;
                } else if (project < 0 && PROJECT_GOAL_LABELS.contains(f)) {
                    project = c;
                }
            }
            if (year < 0 || project < 0) {
                continue;
            }
            String text = g.get(r + 1, year);
            if (text == null || g.copyOfAbove(r + 1, year) || goalLabel(text)) {
                return;
            }
            goals.put("expected", List.of(text));
            cells.put("department#/overallGoals/expected/0", g.address(r + 1, year));
            String total = g.get(r + 1, project);
            if (total != null && !g.copyOfAbove(r + 1, project) && !total.equals(text)) {
                problems.add(new WorkbookImport.Problem(PROJECT_GOAL_NOT_READ, null, g.address(r + 1, project), abbreviate(total), false,
                        g.document()));
            }
            return;
        }
    }

    /** The labels of the 年度总体目标 printed beside its goals (folded). */
    private static final List<String> GOAL_LABELS = List.of("年度总体目标", "总体目标");

    /**
     * The 年度总体目标 of a table that prints its goals beside the label, with no 预期目标 heading over them: one goal per row
     * of the label's merge (宁德 2019's 目标表: 年度总体目标 merged over A7:A10, 目标1 … 目标4 in B7 … B10), or the one row
     * (广水 2021), as {@code expected}; a goal cell merged down beside the label is one goal. A label with no text beside it
     * gives nothing.
     */
    private void besideGoals(Map<String, Object> goals, int before) {
        for (int r = 0; r < before; r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String label = g.get(r, c);
                if (label == null || label.length() > 12 || g.copyOfAbove(r, c) || g.copyOfLeft(r, c)
                        || !GOAL_LABELS.contains(labelKey(label))) {
                    continue;
                }
                List<Object> out = new ArrayList<>();
                for (int k = r; k < before && (k == r || g.copyOfAbove(k, c)); k++) {
                    for (int j = c + 1; j < g.width; j++) {
                        String v = g.get(k, j);
                        if (v != null && !v.equals(label) && goalLabel(v)) {
                            break; // a goal's heading beside the label (年度总体目标 | 预期目标 | 实际完成情况, t70), never a goal
                        }
                        // a goal merged down beside the label (B7:F10) is read once, at its first row
                        if (v != null && !v.equals(label) && !g.copyOfLeft(k, j) && !(k > r && g.copyOfAbove(k, j))) {
                            cells.put("department#/overallGoals/expected/" + out.size(), g.address(k, j));
                            out.add(v);
                            break;
                        }
                    }
                }
                if (!out.isEmpty()) {
                    goals.put("expected", out);
                }
                return;
            }
        }
    }

    /**
     * 湖北's 20 + 80 项目自评表 heads its funds columns 预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率), its 备注 defining
     * 预算数 as the full-year budget (调整后财政资金总额): a plain 预算数 is that row's {@code fullYear}, beside 执行数 and 执行率
     * only (a 年度主要任务 block's 预算数 | 执行数 prints no 执行率, and stays the tasks').
     */
    private void budgetColumn(int r, Map<String, Integer> cols) {
        if (cols.containsKey("fullYear") || cols.containsKey("initial") || !cols.containsKey("executed")
                || !cols.containsKey("executionRatePercent")) {
            return;
        }
        for (int c = 0; c < g.width; c++) {
            if (!cols.containsValue(c) && headingKey(folded(r, c)).equals("预算数")) {
                cols.put("fullYear", c);
                return;
            }
        }
    }

    /** The funds block above the indicator table, or null. */
    /** A 存在问题 cell that says there is none: 无, 无。, 没有, 无问题, a dash or a slash. */
    private static final java.util.regex.Pattern NO_PROBLEM = java.util.regex.Pattern.compile("(无|没有|无问题|不存在问题|[—\\-－/／])?[。.]?");

    /**
     * The 区域 form's 资金管理情况 block (2023 on: 宣城 2023, t134; 田家庵 2024, t68), 情况说明 | 存在问题和改进措施 over 分配科学性 …
     * 执行准确性 …: the 执行准确性 line's 存在问题和改进措施, where it says one ("因使用了往年结余资金采…", t134), is the form's reason
     * for how the money was executed → {@code funds.executionExplanation}, as t134 was transcribed by hand (session 58; the
     * block's other cells have no field). Not a 无 or a blank cell (t68's, whose 情况说明 says the execution kept to the
     * budget), nor a line of another block. Rows above {@code before} (the indicator heading), once each.
     */
    private void managementReason(int before, Map<String, Object> funds) {
        int end = Math.min(before < 0 ? g.height() : before, g.height());
        for (int r = 0; r < end; r++) {
            int problemsCol = -1;
            boolean block = false;
            for (int c = 0; c < g.width; c++) {
                String f = folded(r, c);
                block |= f.startsWith("资金管理情况");
                if (problemsCol < 0 && f.startsWith("存在问题")) {
                    problemsCol = c;
                }
            }
            if (!block || problemsCol < 0) {
                continue;
            }
            for (int k = r + 1; k < end; k++) {
                boolean accuracy = false;
                for (int c = 0; c < problemsCol && !accuracy; c++) {
                    accuracy = folded(k, c).startsWith("执行准确性");
                }
                if (!accuracy) {
                    continue;
                }
                String v = g.get(k, problemsCol);
                if (v != null && !v.isBlank() && !NO_PROBLEM.matcher(v.strip()).matches()) {
                    funds.put("executionExplanation", v.strip());
                    cells.put("budget#/funds/executionExplanation", g.address(k, problemsCol));
                }
                return;
            }
            return;
        }
    }

    private Map<String, Object> funds(int before) {
        for (int r = 0; r < before; r++) {
            Map<String, Integer> cols = columns(r, FUNDS_COLUMNS);
            budgetColumn(r, cols);
            if (cols.size() < 2 || !(cols.containsKey("initial") || cols.containsKey("executed")
                    || cols.containsKey("executionRatePercent"))) {
                continue;
            }
            int firstCol = cols.values().stream().min(Integer::compare).orElse(0);
            // what the block's lines record as they are read: taken back when it has no total (below)
            Map<String, String> cellsBefore = new LinkedHashMap<>(cells);
            Map<String, String> blankBefore = new LinkedHashMap<>(blank);
            int problemsBefore = problems.size();
            Map<String, Object> funds = new LinkedHashMap<>();
            String unit = "元";
            for (int c = 0; c < firstCol; c++) {
                if (folded(r, c).contains("万元")) {
                    unit = "万元";
                }
            }
            for (int c = 0; c < g.width; c++) {
                if (folded(r, c).contains("(万元)") || folded(r, c).contains("万元)")) {
                    unit = "万元";
                }
            }
            funds.put("unit", unit);
            if (cols.containsKey("executedToDate") && toDateMonth != null) {
                funds.put("toDateMonth", toDateMonth);
            }
            String heading = null;
            int headingCol = -1;
            for (int c = 0; c < firstCol; c++) {
                if (g.get(r, c) != null) {
                    heading = g.get(r, c);
                    headingCol = c;
                }
            }
            // the points the block's heading prints (湖北's 预算执行情况(万元)(20分)), where no column prints them
            BigDecimal headingPoints = cols.containsKey("points") ? null : statedPoints(heading);
            List<Object> components = new ArrayList<>();
            for (int k = r + 1; k < before; k++) {
                String label = null;
                int labelCol = -1;
                for (int c = 0; c < firstCol; c++) {
                    String v = g.get(k, c);
                    if (v != null && !v.equals(heading)) {
                        label = v;
                        labelCol = c;
                    }
                }
                boolean anyValue = false;
                for (int c : cols.values()) {
                    anyValue |= g.get(k, c) != null;
                }
                if (label == null && anyValue && heading != null && fold(heading).contains("执行情况")) {
                    // 重庆: the block's heading is its only row's label (部门预算执行情况 | 76% | 10 | 7.6)
                    for (int c = 0; c < firstCol && label == null; c++) {
                        if (g.get(k, c) != null) {
                            label = g.get(k, c);
                            labelCol = c;
                        }
                    }
                }
                boolean only = false;
                if (label == null && anyValue && heading != null && k == r + 1 && onlyRow(k, firstCol, heading, cols)) {
                    // the block's one row of amounts, with no label of its own (广水 2021: 项目资金（万元） merged down over
                    // 309 | 309 | 309 | 100%): its total, labelled by the block
                    for (int c = 0; c < firstCol && label == null; c++) {
                        if (heading.equals(g.get(k, c))) {
                            label = heading;
                            labelCol = c;
                        }
                    }
                    only = label != null;
                }
                if (label == null && !anyValue) {
                    continue;
                }
                String fl = fold(label);
                // 年度总金额: 重庆's 部门整体绩效自评表 as its budget system prints it in 2024 (忠县 科学技术协会, t72)
                boolean total = only || fl.contains("总额") || fl.contains("总金额") || fl.contains("部门预算执行情况") || fl.equals("合计")
                        || !funds.containsKey("total") && soleSource(fl, k + 1, firstCol);
                if (!total && fl.endsWith("小计")) {
                    continue; // 福建's 财政资金小计 / 其他资金小计 over the rows it adds up: the rows are the components
                }
                boolean part = fl.startsWith("其中") || fl.contains("财政拨款") || fl.contains("结转") || fl.contains("其他资金")
                        || fl.contains("财政资金") || fl.contains("单位资金") || fl.contains("专户")
                        || fl.endsWith("项目支出") || fl.endsWith("基本支出") || fl.endsWith("其它收入") || fl.endsWith("其他收入")
                        // a source by level (宁夏 2023's 地方资金 under 其中:中央财政补助, t61: before session 38 the block ended there,
                        // and it and 其他资金 below it were left out)
                        || SOURCE_BY_LEVEL.matcher(fl).matches();
                if (!total && !part && !anyValue && PLACEHOLDER_ROW.matcher(fl).matches()) {
                    continue; // 福建 2018's blank placeholder row "①……" (folded "1......") under 其他资金小计
                }
                if (!total && !part) {
                    break;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("label", label);
                String ptr = total ? "budget#/funds/total" : "budget#/funds/components/" + components.size();
                cells.put(ptr, g.address(k, labelCol));
                for (Map.Entry<String, Integer> e : cols.entrySet()) {
                    String v = g.get(k, e.getValue());
                    if (g.inMerge(k, e.getValue()) && !e.getKey().equals("reviewedReason")) {
                        // a merged block's figure is its first cell's, as an indicator row's is (t82): a 合计's 全年预算数 merged
                        // down over its 其中 line is the 合计's, not the line's own too (before session 43 each line under it
                        // took the block's figure as its own); a figure typed in the cell itself, hidden, is said
                        mergedOwn(k, e.getValue());
                        continue;
                    }
                    if (e.getKey().equals("reviewedReason")) { // text, the reviewer's reason: as written, a blank absent
                        if (v != null) {
                            row.put(e.getKey(), v);
                            cells.put(ptr + "/" + e.getKey(), g.address(k, e.getValue()));
                        }
                        continue;
                    }
                    if (v == null) {
                        // (a row printed with its label only, 其他资金 with nothing beside it, is a source not drawn on)
                        if (anyValue) {
                            blank.put(ptr + "/" + e.getKey(), g.address(k, e.getValue()));
                        }
                        continue;
                    }
                    if (fold(v).equals("—") || fold(v).equals("-") || fold(v).equals("/")) {
                        continue;
                    }
                    BigDecimal n = Grid.number(v);
                    if (n == null) {
                        problems.add(new WorkbookImport.Problem("not-a-number", ptr + "/" + e.getKey(), g.address(k, e.getValue()),
                                abbreviate(v), g.inMerge(k, e.getValue()), g.document()));
                        continue;
                    }
                    if (e.getKey().equals("executionRatePercent") && n.scale() > 2 && fold(v).endsWith("%")) {
                        // a rate shown with more decimals than a rate is stated with (0.000%): to two
                        n = n.setScale(2, java.math.RoundingMode.HALF_UP);
                    }
                    if (e.getKey().equals("executionRatePercent") && ratioHeading(r, e.getValue()) && asRatio(v, n)) {
                        // 湖北's 执行率(B/A) printed as the ratio itself (t56: "1" for 1.56 / 1.56): the percent, said at the cell
                        BigDecimal pct = n.movePointRight(2).stripTrailingZeros();
                        pct = pct.scale() < 0 ? pct.setScale(0) : pct;
                        problems.add(new WorkbookImport.Problem(RATIO_NOTE, null, g.address(k, e.getValue()),
                                WorkbookImport.Problem.args(abbreviate(v), abbreviate(g.get(r, e.getValue())), pct.toPlainString()),
                                false, g.document()));
                        n = pct;
                    }
                    row.put(e.getKey(), n);
                    cells.put(ptr + "/" + e.getKey(), g.address(k, e.getValue()));
                }
                if (total && headingPoints != null && !funds.containsKey("total")) {
                    row.put("points", headingPoints);
                    cells.put(ptr + "/points", g.address(r, headingCol));
                    pointsStated.put("budget#/funds/total/points", new Object[] {headingPoints, g.address(r, headingCol), heading});
                }
                if (total) {
                    funds.put("total", row);
                } else {
                    components.add(row);
                }
            }
            if (!components.isEmpty()) {
                funds.put("components", components);
            }
            if (!funds.containsKey("total")) {
                // no total: nothing of the block is written, so neither are its lines' cells, blank figures and unreadable
                // cells. Before session 42 they stayed: the sidecar named budget.json#/funds/components/0 … for a file
                // without funds, a re-import took those cells for the table's, and the block's lines read so were not said
                // as not imported (t72's 资金情况 without its 年度总金额 line: only 一般公共预算 was said, 其中:财政拨款 dropped)
                cells.clear();
                cells.putAll(cellsBefore);
                blank.clear();
                blank.putAll(blankBefore);
                problems.subList(problemsBefore, problems.size()).clear();
                return null;
            }
            return funds;
        }
        return null;
    }

    /**
     * Whether a funds row labelled {@code fl} (folded) is the block's one source of money, so its total: 江西's 整体支出
     * 自评表 (蚕茶卫生院 2021, t81) prints 整体支出规模 by 资金来源 (one line, (1)财政拨款) and then by 资金结构 ((1)基本支出,
     * (2)项目支出), with no 合计 line: the one source is the whole, the structure its parts (as transcribed by hand).
     * Before session 41 the block had no total and was dropped without a word.
     */
    private boolean soleSource(String fl, int next, int firstCol) {
        if (!fl.startsWith("资金来源")) {
            return false;
        }
        for (int c = 0; c < firstCol; c++) {
            String v = g.get(next, c);
            if (v != null) {
                return fold(v).startsWith("资金结构");
            }
        }
        return false;
    }

    /** The headings of 河北's 二、预算执行情况, each over a label | amount pair ({@link #pairedFunds}), folded without brackets. */
    private static final Map<String, String> PAIRED_FUNDS = Map.of("预算安排情况", "fullYear", "资金到位情况", "available",
            "资金执行情况", "executed", "预算执行进度", "executionRatePercent");

    /**
     * 河北's 预算项目绩效自评表 (成安 2020, t80): 二、预算执行情况 heads 预算安排情况(调整后) | 资金到位情况 | 资金执行情况 |
     * 预算执行进度(%), the first three each over a label and its amount (预算数 | 6.84, 到位数 | 6.84, 执行数 | 6.84; then
     * 其中:财政资金 and 其他 the same way), the rate under its own: the first line is funds.total (预算数 the full year's, 执行数
     * executed, the rate), 到位数 the money available (fundsAvailable), the lines under it the components, in the unit the
     * header's 金额单位 gives (docs/forms.md). Before session 41 the block was said as not read.
     */
    private Map<String, Object> pairedFunds(int before, Map<String, Object> budget) {
        for (int r = 0; r + 1 < before; r++) {
            Map<String, Integer> cols = new LinkedHashMap<>();
            for (int c = 0; c < g.width; c++) {
                String v = g.get(r, c);
                String field = v == null || g.copyOfLeft(r, c) ? null : PAIRED_FUNDS.get(withoutBrackets(fold(v)).strip());
                if (field != null) {
                    cols.putIfAbsent(field, c);
                }
            }
            if (!cols.containsKey("fullYear") || !cols.containsKey("executed")) {
                continue;
            }
            String unit = unitLine(before);
            if (unit == null) {
                return null; // no unit printed: the block stays said as not read (fundsNotRead)
            }
            Map<String, Object> funds = new LinkedHashMap<>();
            funds.put("unit", unit);
            List<Object> components = new ArrayList<>();
            for (int k = r + 1; k < before; k++) {
                int lc = cols.get("fullYear");
                String label = g.get(k, lc);
                boolean total = k == r + 1;
                // a merged block's figure is its first cell's (预算数's 6.84 merged down over 其中:财政资金's line: the
                // total's, not the line's too; before session 44 each line under it took the block's figure as its own, as
                // funds() lines did before session 43): the line prints none of its own, and a figure hidden in the cell
                // is said ({@link #mergedOwn})
                // (merged down from the line above, not across from the label: a banner 三、目标完成情况 ends the block)
                boolean merged = !total && g.inMerge(k, lc + 1) && !g.copyOfLeft(k, lc + 1);
                BigDecimal amount = merged ? null : Grid.number(g.get(k, lc + 1));
                if (label == null || amount == null && !merged || Grid.number(label) != null) {
                    break;
                }
                String ptr = total ? "budget#/funds/total" : "budget#/funds/components/" + components.size();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("label", label);
                cells.put(ptr, g.address(k, lc));
                if (merged) {
                    mergedOwn(k, lc + 1);
                } else {
                    row.put("fullYear", amount);
                    cells.put(ptr + "/fullYear", g.address(k, lc + 1));
                }
                int ec = cols.get("executed");
                BigDecimal executed = pairedFigure(k, ec + 1);
                if (executed != null) {
                    row.put("executed", executed);
                    cells.put(ptr + "/executed", g.address(k, ec + 1));
                }
                Integer rc = cols.get("executionRatePercent");
                BigDecimal rate = rc == null ? null : pairedFigure(k, rc);
                if (rate != null) {
                    row.put("executionRatePercent", rate);
                    cells.put(ptr + "/executionRatePercent", g.address(k, rc));
                }
                Integer ac = cols.get("available");
                BigDecimal available = ac == null || !total ? null : pairedFigure(k, ac + 1);
                if (total && available != null) {
                    Map<String, Object> money = new LinkedHashMap<>();
                    money.put("value", available);
                    money.put("unit", unit);
                    budget.put("fundsAvailable", money);
                    cells.put("budget#/fundsAvailable", g.address(k, ac + 1));
                }
                if (total) {
                    funds.put("total", row);
                } else {
                    components.add(row);
                }
            }
            if (!funds.containsKey("total")) {
                return null;
            }
            if (!components.isEmpty()) {
                funds.put("components", components);
            }
            return funds;
        }
        return null;
    }

    /**
     * The number in cell (r, c) of {@link #pairedFunds}' block, or null: none where the cell lies under a merged block (the
     * block's figure is its first cell's row's, read there; a figure the cell holds hidden is said, {@link #mergedOwn}).
     */
    private BigDecimal pairedFigure(int r, int c) {
        if (g.inMerge(r, c)) {
            mergedOwn(r, c);
            return null;
        }
        return Grid.number(g.get(r, c));
    }

    /** A funds row's label naming a source by its level: 地方资金, 中央资金, 上级资金, 本级资金, 自筹资金 (folded). */
    private static final Pattern SOURCE_BY_LEVEL = Pattern.compile("(其中[:：]?)?(地方|中央|上级|本级|省级|市级|县级|自筹)资金");

    /**
     * 四川's 部门预算项目绩效目标申报表 (井研 2023, t33: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …, one row per
     * indicator, the project's cells merged down its rows): the row of the project's values (the first under the heading with
     * a 项目名称) and the columns of 单位名称, 项目名称, 预算数 and 年度目标 ({row, unit, project, budget, goal}, -1 where not
     * printed); null where the heading has no 项目名称 column of its own.
     */
    private int[] projectColumns(int headRow, Map<String, Integer> cols) {
        int[] out = {-1, -1, -1, -1, -1};
        for (int c = 0; c < g.width; c++) {
            if (cols.containsValue(c) || g.copyOfLeft(headRow, c)) {
                continue;
            }
            String h = headingKey(folded(headRow, c));
            int k = switch (h) {
                case "单位名称" -> 1;
                case "项目名称" -> 2;
                case "预算数" -> 3;
                case "年度目标" -> 4;
                default -> 0;
            };
            if (k > 0 && out[k] < 0) {
                out[k] = c;
            }
        }
        if (out[2] < 0) {
            return null;
        }
        for (int r = headRow + 1; r < g.height() && r <= headRow + 5; r++) {
            if (g.get(r, out[2]) != null) {
                out[0] = r;
                return out;
            }
        }
        return null;
    }

    /**
     * The 预算数 of a project printed in its own column ({@link #projectColumns}): {@code funds.total.initial}, labelled by
     * the column's heading, in the unit the heading or the table's 单位 line (金额单位:元) names; not guessed where none does
     * ({@code funds-not-read}).
     */
    private Map<String, Object> columnFunds(int headRow, int r, int c) {
        String unit = fundsUnit(g.get(headRow, c));
        if (unit == null) {
            unit = unitLine(headRow);
        }
        Map<String, Object> funds = fundsIn(unit, headRow, c, c);
        if (funds == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", headingKey(folded(headRow, c)));
        cells.put("budget#/funds/total", g.address(headRow, c));
        initialAmount(row, "budget#/funds/total", r, c, (String) funds.get("unit"));
        funds.put("total", row);
        return funds;
    }

    /** The key of the note that a 执行率(B/A) printed as the ratio (1, 0.95) was stored as its percent (100, 95). */
    static final String RATIO_NOTE = "rate-as-ratio";

    /**
     * Whether the funds heading of column {@code c} (row {@code r}) names its rate as the ratio B/A and not as a percent:
     * 执行率(B/A) (湖北's 20 + 80 自评表), not 执行率(%) nor 执行率(B/A×100%).
     */
    private boolean ratioHeading(int r, int c) {
        String h = folded(r, c).replace("（", "(").replace("）", ")");
        return h.contains("B/A") && !h.contains("%") && !h.contains("百分");
    }

    /**
     * Whether a rate cell under a {@link #ratioHeading} holds the ratio: a plain number (no %) of at most 1.x, not 0
     * (0 reads the same either way). 100, 98.5 or 95% are percents, kept as printed.
     */
    private static boolean asRatio(String v, BigDecimal n) {
        return !fold(v).contains("%") && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(2)) < 0;
    }

    /**
     * Whether row {@code k} is the funds block's only row of amounts: the row under it begins another block (its first
     * columns hold a text other than the block's heading) or holds none of the block's amounts.
     */
    private boolean onlyRow(int k, int firstCol, String heading, Map<String, Integer> cols) {
        int next = k + 1;
        if (next >= g.height()) {
            return true;
        }
        for (int c = 0; c < firstCol; c++) {
            String v = g.get(next, c);
            if (v != null && !v.equals(heading)) {
                return true;
            }
        }
        for (int c : cols.values()) {
            if (g.get(next, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** A label of the label | number funds block without its numbering (一、 (二) 1.) or 其中, and its colon. */
    private static String fundsLabel(String v) {
        String f = fold(v).replace("（", "(").replace("）", ")").strip();
        f = FUNDS_NUMBERING.matcher(f).replaceFirst("");
        return COLON_END.matcher(f).replaceFirst("").strip();
    }

    /** {@link #fundsLabel} per text, for the sheet. */
    private final Memo<String> fundsLabels = new Memo<>(FormReader::fundsLabel);

    /**
     * The regular expressions the readings above the heading apply to every cell, compiled once (String.replaceAll,
     * replaceFirst, matches and split compiled theirs at each call: a label grid of 180,000 cells spent most of its
     * import compiling them, helper H3, session 39). Each is used as the String method used it.
     */
    private static final Pattern FUNDS_NUMBERING =
            Pattern.compile("^(其中[:：]?|[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十0-9]+\\)|[0-9]+[、.])\\s*");
    private static final Pattern COLON_END = Pattern.compile("[:：]\\s*$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");

    /** A label cell as the label lists spell it: folded, full-width brackets as ASCII, a trailing colon off ("项目名称：" → "项目名称"). */
    private static String labelKey(String v) {
        return TRAILING_COLON.matcher(fold(v).replace("（", "(").replace("）", ")")).replaceAll("");
    }
    private static final Pattern HALF_COLON_END = Pattern.compile(":$");
    private static final Pattern GOAL_NUMBER = Pattern.compile("(?<=目标)[0-9一]$");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\((万元|元)\\)$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern ANNEX = Pattern.compile("附件\\d*");
    private static final Pattern YEAR_LINE = Pattern.compile("[(（]?20\\d\\d年度?[)）]?");
    private static final Pattern NOTE = Pattern.compile("注(?:[:：、.(（\\d].*)?");
    private static final Pattern CHINESE_NUMBERING = Pattern.compile("^[一二三四五六七八九十]+[、.]");
    private static final Pattern PLACEHOLDER_ROW = Pattern.compile("\\d*[.、]?[….]+");
    private static final Pattern MEASURE_SEPARATORS = Pattern.compile("[\\s\u3000、,，/;；]+");

    // 年度金额: the 中央 transfer's 区域绩效目标表 (忠县 2022, t76: 资金情况 | 年度金额(万元): | 397)
    // 年度资金申请总额: the year's column beside the project's (兵团 六团 2021, t79: 项目资金总额: | 1500 | 年度资金申请总额 | 1500)
    private static final Pattern FUNDS_TOTAL = Pattern.compile("((年度|项目)?资金(申请)?总额|年度金额)(\\((万元|元)\\))?");

    /** A funds total of the year (年度资金总额, 年度资金申请总额, 当年资金总额, 年度金额), as {@link #fundsLabel} gives it. */
    private static final Pattern YEAR_TOTAL = Pattern.compile("((年度|当年|本年)资金(申请)?总额|年度金额)(\\((万元|元)\\))?");

    /** A funds total of the whole project (项目资金总额, 中期资金总额), as {@link #fundsLabel} gives it. */
    private static final Pattern PROJECT_TOTAL = Pattern.compile("(项目|中期)资金(申请)?总额(\\((万元|元)\\))?");
    private static final Pattern FUNDS_PART = Pattern.compile(
            // 数 after it: 内蒙古's 财政拨款数 (乌海 2021, t32: before session 38 the block's parts ended there, left out)
            // 补助: the 区域绩效目标表's 其中:中央补助(万元) (忠县 2022, t76)
            ".{0,12}(资金|拨款|其他|结转|专户|自筹|补助)数?(\\((万元|元)\\))?");
    /**
     * The parts of a 部门整体 table's 年度预算安排 (宁德 2019's 部门整体支出绩效目标表: 资金总额 / 项目支出 / 基本支出; 人员经费 /
     * 公用经费 elsewhere): components of its total, as docs/forms.md maps them.
     */
    private static final Pattern DEPARTMENT_PART = Pattern.compile("((项目|基本)支出|人员经费|公用经费)(\\((万元|元)\\))?");

    /**
     * The funds block printed as label | number, without column headings (财预〔2021〕88号's 项目绩效目标表: 项目资金申请（万元）
     * over 资金总额 / 一、预算资金 (or 财政资金) / 二、自有资金 / 三、其他, each with its amount beside it; 湘潭 2024): the total's
     * amount is {@code funds.total.initial}, each part's a component's {@code initial}, labels as printed (without the
     * colon), in the unit the block's heading (or the total's label, or the table's 单位：万元 line) names. A block whose
     * unit is named nowhere is not guessed: one problem ({@code funds-not-read}) names its cell. Null when there is none.
     */
    private Map<String, Object> labelledFunds(int before, boolean department) {
        int[] lastYear = new int[before]; // each row's last year total, read once (a row of 项目资金总额 in every cell asks each time)
        java.util.Arrays.fill(lastYear, UNREAD);
        for (int r = 0; r < before; r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 30 || !FUNDS_TOTAL.matcher(fundsLabels.of(v)).matches()
                        || c > 0 && v.equals(g.get(r, c - 1))) {
                    continue;
                }
                int vc = c + 1;
                while (vc < g.width && v.equals(g.get(r, vc))) {
                    vc++; // the label's own merge
                }
                if (vc >= g.width) {
                    continue;
                }
                // the project's total beside the year's (项目资金总额 | 1500 | 年度资金申请总额 | 1500): the year's is the budget
                // the table files (before session 39 the project's was taken, without a word: a multi-year project's whole
                // cost as the year's); the year's heading is the block's, left of the project's pair
                if (PROJECT_TOTAL.matcher(fundsLabels.of(v)).matches() && lastYearTotal(r, lastYear) >= vc) {
                    continue;
                }
                int from = c;
                boolean yearTotal = YEAR_TOTAL.matcher(fundsLabels.of(v)).matches();
                for (int k = c - 1; k >= 0 && yearTotal; k--) {
                    String x = g.get(r, k);
                    if (x != null && x.length() <= 30 && PROJECT_TOTAL.matcher(fundsLabels.of(x)).matches()) {
                        from = k;
                        break;
                    }
                }
                String heading = null;
                int headingCol = -1;
                for (int k = from - 1; k >= 0 && heading == null; k--) {
                    if (g.get(r, k) != null) {
                        heading = g.get(r, k);
                        headingCol = k;
                    }
                }
                String unit = fundsUnit(heading);
                if (unit == null) {
                    unit = fundsUnit(v);
                }
                if (unit == null) {
                    unit = unitLine(r);
                }
                Map<String, Object> funds = fundsIn(unit, r, c, vc);
                if (funds == null) {
                    return null;
                }
                unit = (String) funds.get("unit");
                List<Object> components = new ArrayList<>();
                for (int k = r; k < before; k++) {
                    String label = g.get(k, c);
                    if (label == null || k > r && (label.length() > 30 || !(FUNDS_PART.matcher(fundsLabels.of(label)).matches()
                            || department && DEPARTMENT_PART.matcher(fundsLabels.of(label)).matches())
                            || FUNDS_TOTAL.matcher(fundsLabels.of(label)).matches()
                            || headingCol >= 0 && !java.util.Objects.equals(heading, g.get(k, headingCol)))) {
                        break;
                    }
                    String amount = g.get(k, vc);
                    boolean given = amount != null && !label.equals(amount) && !fold(amount).equals("—")
                            && !fold(amount).equals("-") && !fold(amount).equals("/");
                    labelledRow(funds, components, k == r, k, c, given ? vc : -1, unit);
                }
                if (!components.isEmpty()) {
                    funds.put("components", components);
                }
                return funds;
            }
        }
        return declaredFunds(before);
    }

    /** {@link #lastYearTotal}'s row not read yet. */
    private static final int UNREAD = -2;

    /** The last column of row {@code r} holding a year's funds total ({@link #YEAR_TOTAL}), else -1; kept in {@code memo}. */
    private int lastYearTotal(int r, int[] memo) {
        if (memo[r] == UNREAD) {
            memo[r] = -1;
            for (int j = 0; j < g.width; j++) {
                String x = g.get(r, j);
                if (x != null && x.length() <= 30 && !g.copyOfLeft(r, j) && YEAR_TOTAL.matcher(fundsLabels.of(x)).matches()) {
                    memo[r] = j;
                }
            }
        }
        return memo[r];
    }

    /**
     * A row of a funds block printed as label | amount (both layouts: 项目资金申请's, 甘肃's header fields): its label the
     * cell (r, c) without its colon, its {@code initial} the amount in column {@code amountCol} of the row ({@link
     * #initialAmount}; none when -1), the block's {@code total} or its next component, each cell recorded.
     */
    private void labelledRow(Map<String, Object> funds, List<Object> components, boolean total, int r, int c, int amountCol,
                             String unit) {
        String ptr = total ? "budget#/funds/total" : "budget#/funds/components/" + components.size();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", g.get(r, c).strip().replaceFirst("[:：]\\s*$", "").strip());
        cells.put(ptr, g.address(r, c));
        if (amountCol >= 0) {
            initialAmount(row, ptr, r, amountCol, unit);
        }
        if (total) {
            funds.put("total", row);
        } else {
            components.add(row);
        }
    }

    /**
     * The amount in cell (r, c) as {@code row}'s {@code initial}, in the funds block's {@code unit} ({@link #inUnit}), its
     * cell recorded for {@code ptr}; a text that is no number a {@code not-a-number} problem naming the cell.
     */
    private void initialAmount(Map<String, Object> row, String ptr, int r, int c, String unit) {
        if (g.inMerge(r, c)) {
            // the amount of a merged block is its first cell's row's (资金总额's amount merged down over 其中:财政资金: the
            // total's, not the part's too; before session 43 the part took it as its own); a figure hidden in the cell, said
            mergedOwn(r, c);
            return;
        }
        String amount = g.get(r, c);
        BigDecimal n = Grid.number(amount);
        if (n == null) {
            problems.add(new WorkbookImport.Problem("not-a-number", ptr + "/initial", g.address(r, c), abbreviate(amount),
                    g.inMerge(r, c), g.document()));
        } else {
            row.put("initial", inUnit(n, amount, unit));
            cells.put(ptr + "/initial", g.address(r, c));
        }
    }

    /**
     * {@code n}, read from the cell {@code amount}, in the funds block's {@code unit}: an amount that prints its own unit of
     * the other size is converted exactly (500000元 under 万元 is 50; 50万元 under 元 is 500000), not read as if it were in
     * the block's (review V2, session 26: 500000元 under 项目资金申请（万元） was 500,000 万元, ten thousand times too much).
     */
    static BigDecimal inUnit(BigDecimal n, String amount, String unit) {
        String f = fold(amount).strip();
        if (f.endsWith("万元") && "元".equals(unit)) {
            return n.movePointRight(4).setScale(Math.max(0, n.scale() - 4), java.math.RoundingMode.UNNECESSARY);
        }
        if (f.endsWith("元") && !f.endsWith("万元") && !f.endsWith("亿元") && "万元".equals(unit)) {
            BigDecimal b = n.movePointLeft(4).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0) : b;
        }
        return n;
    }

    /** The unit a 中央预算内投资计划绩效目标表 names as the one the money goes down to (its {@code name}). */
    private static final String ALLOCATED_TO = "下达地方或单位";

    /** The amount a 中央预算内投资计划绩效目标表 sends down, as {@link #fundsLabel} leaves its label without the unit. */
    private static final String ALLOCATED = "下达中央预算内投资";

    /**
     * The year's budget of 重庆's 一般性项目绩效目标表, printed among its header fields as one label | amount under the table's
     * 单位:万元 line (潼南 五桂镇 2023, t75: 当年预算 | 9.31), as {@link #fundsLabel} leaves its label without the unit.
     */
    private static final String YEAR_BUDGET = "当年预算";

    /**
     * The year's spending budget of 重庆's 部门(单位)整体绩效目标表, printed beside the unit's name under the 单位:万元 line
     * (巴南区一品街道 2022, t77: 区级支出预算总量 | 3724.39): read as {@link #YEAR_BUDGET} is, the year-start budget of a target
     * table (before session 40 said as a funds block not read).
     */
    private static final Pattern SPENDING_TOTAL = Pattern.compile("(区级|县级|市级)支出预算总量");

    /** Whether a funds label without its unit is the year's budget printed as one label | amount ({@link #YEAR_BUDGET}). */
    private static boolean yearBudget(String bare) {
        return bare.equals(YEAR_BUDGET) || SPENDING_TOTAL.matcher(bare).matches();
    }

    /**
     * The funds of 国家发展改革委's 中央预算内投资计划绩效目标表, printed among its header fields as one label | amount (t57,
     * 天津 宝坻 2022: 下达中央预算内投资(万元) | 2350, the value merged across the table), or of 重庆's 一般性项目绩效目标表
     * ({@link #YEAR_BUDGET}, t75): {@code funds.total.initial}, its label as printed, in the unit of the label ((万元)), or 万元
     * where the amount prints it, or (当年预算) the unit of the table's 单位 line above it. Not guessed where none names one:
     * one problem ({@code funds-not-read}) names the label's cell. Null when the table has no such line.
     */
    private Map<String, Object> allocatedFunds(int before, boolean department) {
        for (int r = 0; r < before; r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String v = g.get(r, c);
                String bare = v == null || v.length() > 30 ? null : UNIT_TAIL.matcher(fundsLabels.of(v)).replaceAll("");
                // a 部门整体 table's: its 支出预算总量 only (t77)
                if (bare == null || c > 0 && v.equals(g.get(r, c - 1)) || department && !SPENDING_TOTAL.matcher(bare).matches()
                        || !bare.equals(ALLOCATED) && !yearBudget(bare)) {
                    continue;
                }
                int vc = c + 1;
                while (vc < g.width && v.equals(g.get(r, vc))) {
                    vc++; // the label's own merge
                }
                if (vc >= g.width || g.get(r, vc) == null) {
                    return null; // the amount left blank: nothing to import
                }
                String unit = fundsUnit(v);
                if (unit == null && yearBudget(bare)) {
                    unit = unitLine(r);
                }
                Map<String, Object> funds = fundsIn(unit, r, c, vc);
                if (funds != null) {
                    labelledRow(funds, new ArrayList<>(), true, r, c, vc, (String) funds.get("unit"));
                }
                return funds;
            }
        }
        return null;
    }

    /**
     * A funds block in {@code unit} (the label's or the heading's), or in 万元 where the amount at ({@code r}, {@code vc})
     * prints it (资金总额 | 50万元, as 甘肃's 预算申报数 may); where neither names a unit, null and one problem
     * ({@code funds-not-read}) at the label's cell ({@code r}, {@code c}): an amount is not guessed into a unit.
     */
    private Map<String, Object> fundsIn(String unit, int r, int c, int vc) {
        if (unit == null && folded(r, vc).endsWith("万元")) {
            unit = "万元";
        }
        if (unit == null) {
            problems.add(new WorkbookImport.Problem("funds-not-read", null, g.address(r, c), abbreviate(g.get(r, c)), false,
                    g.document()));
            return null;
        }
        Map<String, Object> funds = new LinkedHashMap<>();
        funds.put("unit", unit);
        return funds;
    }

    /** The total's heading of a funds block printed across: its sources' headings right of it, their amounts below. */
    private static final Pattern ACROSS_TOTAL = Pattern.compile("(本年度|年度|当年|项目)?(预计投入|计划投入|总投入|资金总额|预算总额)(资金)?");

    /**
     * The funds block printed across one line of headings and one of amounts (湖南's 专项 申报表, 南岳 2023, t60: 专项资金情况 |
     * 本年度预计投入(万元) | 财政资金(万元)↵中央 | 省级 | 市级资金 | 本级 | 其他 over 7 | 0 | 7 | 0 | 0 | 0): the first heading's
     * amount is {@code funds.total.initial} (a year's planned input), each heading right of it a component (its last line: the
     * group heading 财政资金(万元) printed in the first source's cell is no source), labels as printed, in the unit a heading
     * or the table's 单位 line names. Read only where the reading is sure: every amount a number and the sources adding up to
     * the total; else null, and the block is said ({@link #fundsNotRead}). A unit printed nowhere is not guessed
     * ({@code funds-not-read}). Before session 38 the block was lost without a word.
     */
    private Map<String, Object> acrossFunds(int before) {
        for (int r = 0; r + 1 < before; r++) {
            for (int c = 0; c + 2 < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 30 || c > 0 && v.equals(g.get(r, c - 1)) || g.copyOfAbove(r + 1, c)
                        || !ACROSS_TOTAL.matcher(UNIT_TAIL.matcher(fundsLabels.of(v)).replaceAll("")).matches()) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (int j = c + 1; j < g.width && g.get(r, j) != null && !g.copyOfLeft(r, j); j++) {
                    parts.add(j);
                }
                BigDecimal total = Grid.number(g.get(r + 1, c));
                BigDecimal sum = BigDecimal.ZERO;
                boolean sure = total != null && !parts.isEmpty();
                for (int j : parts) {
                    BigDecimal n = Grid.number(g.get(r + 1, j));
                    sure &= n != null;
                    sum = n == null ? sum : sum.add(n);
                }
                if (!sure || sum.compareTo(total) != 0) {
                    return null;
                }
                String unit = fundsUnit(v);
                for (int j = 0; j < parts.size() && unit == null; j++) {
                    unit = fundsUnit(g.get(r, parts.get(j)));
                }
                if (unit == null) {
                    unit = unitLine(r);
                }
                Map<String, Object> funds = fundsIn(unit, r, c, c);
                if (funds == null) {
                    return null;
                }
                unit = (String) funds.get("unit");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("label", UNIT_TAIL.matcher(fundsLabels.of(v)).replaceAll(""));
                cells.put("budget#/funds/total", g.address(r, c));
                initialAmount(row, "budget#/funds/total", r + 1, c, unit);
                funds.put("total", row);
                List<Object> components = new ArrayList<>();
                for (int j : parts) {
                    String h = g.get(r, j).strip();
                    String label = h.substring(h.lastIndexOf('\n') + 1).strip();
                    String ptr = "budget#/funds/components/" + components.size();
                    Map<String, Object> part = new LinkedHashMap<>();
                    part.put("label", label);
                    cells.put(ptr, g.address(r, j));
                    initialAmount(part, ptr, r + 1, j, unit);
                    components.add(part);
                }
                funds.put("components", components);
                return funds;
            }
        }
        return null;
    }

    /**
     * The headings of a 专项债券 project's 债券资金管理指标 row (深圳 罗湖 南湖街道 2022, t71): 实际支出金额 | 下达额度 | 实际完成值
     * | 分值 | 得分 over the row's figures.
     */
    private static final String[][] BOND_COLUMNS = {
            {"executed", "实际支出金额", "当年实际支出金额"},
            {"fullYear", "下达额度", "当年下达额度", "项目当年下达额度"},
            {"executionRatePercent", "实际完成值"},
            {"points", "分值"},
            {"score", "得分"},
    };

    /**
     * The funds of a 专项债券 project's 自评表, its own scored row at the head of 当年绩效指标 (t71: 债券资金管理指标(10分) | 总体支出进度
     * (当年实际支出金额/项目当年下达额度) | 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分 over 1,437 | 1,437 | 1,437 | 10 | 10):
     * {@code funds.total}, its label the row's as printed (the last text left of the headings), 下达额度 its {@code fullYear} (the
     * year's allotment, the ratio's denominator), 实际支出金额 its {@code executed}, 实际完成值 its {@code executionRatePercent}
     * (the column holds the row's ratio, 总体支出进度), 分值 and 得分 its points and score, each with its cell. Read where both
     * amounts are numbers; in the unit a heading or the table's 单位 line names, and not guessed where none does
     * ({@code funds-not-read} at the label's cell). Before session 38 the row was lost without a word.
     */
    private Map<String, Object> bondFunds(int before) {
        for (int r = 0; r + 1 < before; r++) {
            Map<String, Integer> cols = columns(r, BOND_COLUMNS);
            if (!cols.containsKey("executed") || !cols.containsKey("fullYear")) {
                continue;
            }
            int firstCol = java.util.Collections.min(cols.values());
            int labelCol = -1;
            for (int c = 0; c < firstCol; c++) {
                if (g.get(r, c) != null) {
                    labelCol = c;
                }
            }
            int k = r + 1;
            if (labelCol < 0 || Grid.number(g.get(k, cols.get("executed"))) == null
                    || Grid.number(g.get(k, cols.get("fullYear"))) == null) {
                return null;
            }
            String unit = fundsUnit(g.get(r, labelCol));
            for (int c : cols.values()) {
                unit = unit == null ? fundsUnit(g.get(r, c)) : unit;
            }
            for (int q = 0; q < r && unit == null; q++) {
                for (int j = 0; j < g.width && unit == null; j++) {
                    if (g.get(q, j) != null && measureLine(g.get(q, j))) {
                        unit = fundsUnit(g.get(q, j));
                    }
                }
            }
            if (unit == null && folded(k, cols.get("executed")).endsWith("万元")) {
                unit = "万元";
            }
            Map<String, Object> funds = fundsIn(unit, r, labelCol, cols.get("fullYear"));
            if (funds == null) {
                return null;
            }
            unit = (String) funds.get("unit");
            String ptr = "budget#/funds/total";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", g.get(r, labelCol).strip());
            cells.put(ptr, g.address(r, labelCol));
            for (String[] f : BOND_COLUMNS) {
                Integer c = cols.get(f[0]);
                if (c != null && g.inMerge(k, c)) {
                    // a merged block's figure is its first cell's: one merged across from the column left of it (下达额度
                    // over 实际支出金额 | 下达额度) is that column's, not this one's too (session 43); a hidden figure, said
                    mergedOwn(k, c);
                    continue;
                }
                String v = c == null ? null : g.get(k, c);
                if (v == null) {
                    continue;
                }
                BigDecimal n = Grid.number(v);
                if (n == null) {
                    problems.add(new WorkbookImport.Problem("not-a-number", ptr + "/" + f[0], g.address(k, c), abbreviate(v),
                            g.inMerge(k, c), g.document()));
                    continue;
                }
                row.put(f[0], f[0].equals("executed") || f[0].equals("fullYear") ? inUnit(n, v, unit) : n);
                cells.put(ptr + "/" + f[0], g.address(k, c));
            }
            funds.put("total", row);
            return funds;
        }
        return null;
    }

    /** The sources a 计划投资额's 其中 rows print (海南's 项目基本信息, t41), as {@link #fundsLabel} leaves them. */
    private static final List<String> INVESTMENT_PARTS = List.of("中央财政", "省财政", "市县财政", "其他");

    /** How many rows under a table the 项目基本信息 block's 计划投资额 is looked for in. */
    private static final int INVESTMENT_ROWS = 20;

    /**
     * The funds of 海南's 项目基本信息, printed under the 项目绩效目标表 as label | amount pairs (t41, 海南省人民政府研究室 2012:
     * 计划投资额(万元) | 144, then 其中:中央财政 / 省财政 / 市县财政 / 其他 each with its amount, 省财政 | 144; beside them 实际到位资金
     * and 实际使用情况 with their own 其中 rows, which belong to the evaluation, not to a target table, and are not read):
     * 计划投资额 is {@code funds.total.initial}, its 其中 rows the components in printed order (a blank amount: the label
     * alone), labels as printed, in the unit of the label ((万元)). Looked for in the rows under the table from {@code end};
     * null when there is no such block, or its unit is printed nowhere ({@code funds-not-read} names its cell).
     */
    private Map<String, Object> investment(int end) {
        for (int r = Math.max(end, 0); r < Math.min(g.height(), end + INVESTMENT_ROWS); r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 20 || c > 0 && v.equals(g.get(r, c - 1))
                        || !UNIT_TAIL.matcher(fundsLabels.of(v)).replaceAll("").equals("计划投资额")) {
                    continue;
                }
                String unit = fundsUnit(v);
                if (unit == null) {
                    problems.add(new WorkbookImport.Problem("funds-not-read", null, g.address(r, c), abbreviate(v), false,
                            g.document()));
                    return null;
                }
                Map<String, Object> funds = new LinkedHashMap<>();
                funds.put("unit", unit);
                List<Object> components = new ArrayList<>();
                for (int k = r; k < g.height(); k++) {
                    String label = g.get(k, c);
                    if (label == null || k > r && !INVESTMENT_PARTS.contains(fundsLabels.of(label))) {
                        break;
                    }
                    int vc = c + 1;
                    while (vc < g.width && label.equals(g.get(k, vc))) {
                        vc++; // the label's own merge
                    }
                    String amount = vc < g.width ? g.get(k, vc) : null;
                    // a blank amount (the source not drawn on) is the label alone; a text is said as not a number
                    boolean given = amount != null && !fold(amount).equals("—") && !fold(amount).equals("-") && !fold(amount).equals("/");
                    labelledRow(funds, components, k == r, k, c, given ? vc : -1, unit);
                }
                if (!components.isEmpty()) {
                    funds.put("components", components);
                }
                return funds;
            }
        }
        return null;
    }

    /** 甘肃's 目标表: the fund sources printed as label | amount pairs among the header fields, the total 预算申报数. */
    private static final List<String> DECLARED_PARTS = List.of("中央补助安排", "省级财政安排", "市县财政安排", "其他资金");

    /**
     * The funds of a 目标表 that prints them among its header fields, each label with its amount beside it (甘肃 嘉峪关
     * 2023: 项目总投资 20万元 | 中央补助安排 0 / 省级财政安排 0 | 其他资金 20万元 / 预算申报数 20): 预算申报数 is
     * {@code funds.total.initial}, 中央补助安排 / 省级财政安排 / 市县财政安排 / 其他资金 its components in printed order (项目总投资,
     * the whole investment over the years, no field), in the table's unit (单位：万元), or 万元 where the amounts print it.
     * Not guessed when neither names one: one problem ({@code funds-not-read}) names the 预算申报数 cell. Null when the
     * table has no 预算申报数.
     */
    private Map<String, Object> declaredFunds(int before) {
        Map<String, Object> funds = declaredFunds(before, "预算申报数", DECLARED_PARTS);
        // 重庆's 项目支出绩效目标审批表 (奉节 2023, t63): 项目资金 as label | amount lines, 当年年度预算 | 65 its year's budget,
        // 其中:财政资金 | 65 and 其中:其它资金 | 0 its parts (项目总预算, the whole project's over its years, no field; the
        // 年度预算执行率 and 分值 beside them, the form's scoring, not read); before session 37 lost without a word
        return funds != null ? funds : declaredFunds(before, "当年年度预算", YEAR_BUDGET_PARTS);
    }

    /** 重庆's 审批表: the parts of its 当年年度预算, as printed (其中:其他资金 the other spelling). */
    private static final List<String> YEAR_BUDGET_PARTS = List.of("其中:财政资金", "其中:其它资金", "其中:其他资金");

    /** As {@link #declaredFunds(int)}, the total printed as {@code totalLabel}, its parts as {@code partLabels}. */
    private Map<String, Object> declaredFunds(int before, String totalLabel, List<String> partLabels) {
        int[] total = pair(before, totalLabel);
        if (total == null) {
            return null;
        }
        String unit = unitLine(before);
        boolean wan = false;
        List<int[]> parts = new ArrayList<>();
        for (String l : partLabels) {
            int[] p = pair(before, l);
            if (p != null) {
                parts.add(p);
            }
        }
        parts.sort(java.util.Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<int[]> all = new ArrayList<>(parts);
        all.add(0, total);
        for (int[] p : all) {
            wan |= folded(p[0], p[2]).endsWith("万元");
        }
        if (unit == null && wan) {
            unit = "万元";
        }
        if (unit == null || "元".equals(unit) && wan) {
            problems.add(new WorkbookImport.Problem("funds-not-read", null, g.address(total[0], total[1]),
                    abbreviate(g.get(total[0], total[1])), false, g.document()));
            return null;
        }
        Map<String, Object> funds = new LinkedHashMap<>();
        funds.put("unit", unit);
        List<Object> components = new ArrayList<>();
        for (int[] p : all) {
            labelledRow(funds, components, p == total, p[0], p[1], p[2], unit);
        }
        if (!components.isEmpty()) {
            funds.put("components", components);
        }
        return funds;
    }

    /**
     * The row, column and value column of the first cell above row {@code before} reading {@code label} (its colon
     * aside) with a value right of it (its own merge skipped), or null.
     */
    private int[] pair(int before, String label) {
        String want = fold(label);
        for (int r = 0; r < before; r++) {
            for (int c = 0; c + 1 < g.width; c++) {
                String v = g.get(r, c);
                if (v == null || v.length() > 20 || !label(fold(v)).equals(want) || c > 0 && v.equals(g.get(r, c - 1))) {
                    continue;
                }
                int vc = c + 1;
                while (vc < g.width && v.equals(g.get(r, vc))) {
                    vc++;
                }
                if (vc < g.width && g.get(r, vc) != null && !labelCell(folded(r, vc))
                        && !DECLARED_PARTS.contains(label(folded(r, vc)))) {
                    return new int[] {r, c, vc};
                }
            }
        }
        return null;
    }

    /** The unit of the table's 单位 line ({@link #measureLine}: 单位:万元, 金额单位:元) in the rows above {@code before}, or null. */
    private String unitLine(int before) {
        for (int k = 0; k < before; k++) {
            for (int j = 0; j < g.width; j++) {
                if (g.get(k, j) != null && measureLine(g.get(k, j))) {
                    String unit = fundsUnit(g.get(k, j));
                    if (unit != null) {
                        return unit;
                    }
                }
            }
        }
        return null;
    }

    /** 万元 or 元 as a heading names it (项目资金申请（万元）, 单位：万元), or null. */
    private static String fundsUnit(String v) {
        if (v == null) {
            return null;
        }
        String f = fold(v).replace("（", "(").replace("）", ")").replace(" ", "");
        if (f.contains("(万元)") || f.endsWith(":万元")) {
            return "万元";
        }
        if (f.contains("(元)") || f.endsWith(":元")) {
            return "元";
        }
        return null;
    }

    private static final Pattern CHINESE_DATE = Pattern.compile("(20\\d\\d)\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");

    /**
     * A date as a form prints it (2023年3月1日, 2023.3.1, 2023/3/1, 2023-3-1 typed as text) as ISO (2023-03-01); any other
     * text as it is (the schema then says what is wrong with it).
     */
    static String isoDate(String s) {
        if (s.indexOf('年') < 0 && s.indexOf('.') < 0 && s.indexOf('/') < 0 && s.indexOf('-') < 0
                && s.indexOf('－') < 0) { // cheap test first
            return s;
        }
        Matcher m = CHINESE_DATE.matcher(fold(s));
        if (!m.matches()) {
            return s;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
        } catch (java.time.DateTimeException e) {
            return s;
        }
    }

    /**
     * A unit's name without its code: before it (219-池州市…, [155]濉溪县民政局, (433001)乌海市供销合作社联合社) or after it, apart
     * (湘潭市城市管理和综合执法局 308001).
     */
    static String stripCode(String s) {
        s = s.replaceFirst("^[0-9A-Za-z]+[-－—]", "");
        // a code in brackets before it ([155]濉溪县民政局, 【155】…): the markdown report printed it as \[155\]
        s = s.replaceFirst("^[\\[［【]\\s*[0-9A-Za-z]+\\s*[\\]］】]\\s*", "");
        // in round brackets, digits only (内蒙古's 实施单位 (433001)乌海市供销合作社联合社, t32: before session 38 kept in the
        // name), not a year's ((2021)…)
        s = s.replaceFirst("^[(（]\\s*(?!(?:19|20)\\d\\d\\s*[)）])[0-9]{3,}\\s*[)）]\\s*", "");
        // a code after the name, apart: the last run of digits (three or more), spaces before it; found from the end, in
        // one pass (a pattern anchored at the end tried every run of spaces: quadratic on 30,000 spaces, review V)
        int end = s.length();
        int i = end;
        while (i > 0 && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
            i--;
        }
        int j = i;
        while (j > 0 && (Character.isWhitespace(s.charAt(j - 1)) || s.charAt(j - 1) == '\u3000')) {
            j--;
        }
        if (end - i >= 3 && j < i) {
            s = s.substring(0, j);
        }
        return s.strip();
    }

    /** Whether a cell is a line giving the table's unit of measure (单位：万元, 单位:元), never the value of a label. */
    static boolean measureLine(String v) {
        String f = fold(v);
        // 金额单位:万元 (重庆 奉节 2023's 审批表, t63) as 单位:万元
        int label = f.startsWith("单位:") ? 3 : f.startsWith("金额单位:") ? 5 : -1;
        return label > 0 && f.length() > label && measure(v.substring(firstColon(v) + 1));
    }

    private static String fold(String s) {
        return Grid.fold(s);
    }

    /**
     * Cell (r, c)'s text folded ({@link #fold}; "" when blank), kept per text for the sheet: some thirty readings fold
     * every cell above the heading, and a text that is not plain ASCII and ideographs is normalized each time (200 funds
     * labels with full-width brackets and spaces merged down 5,000 rows: most of the import's time; helper H3, session 39).
     */
    private String folded(int r, int c) {
        String v = g.get(r, c);
        return v == null ? "" : folds.of(v);
    }

    private final Memo<String> folds = new Memo<>(Grid::fold);

    /** A cell's text as quoted in a problem: one line ({@link Grid#oneLine}: the log prints a heading 指标\n分值 as 指标分值), cut at 40. */
    private static String abbreviate(String s) {
        s = Grid.oneLine(s);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A new document of {@code role}: its {@code $schema} (the engine's id for the role) and schemaVersion, in that order. */
    private static Map<String, Object> doc(String role) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("$schema", io.github.jixiao.validate.SchemaCatalog.idOf(role));
        d.put("schemaVersion", "1.0");
        return d;
    }
}
