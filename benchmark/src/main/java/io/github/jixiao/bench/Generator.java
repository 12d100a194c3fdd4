package io.github.jixiao.bench;

import static io.github.jixiao.bench.JsonText.obj;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes realistic synthetic submissions in the project's own format: {@code dept-0001/submission/*.json},
 * one folder per department, each with 30 tasks × 20 indicators (600 indicators), consistent figures and
 * four planted defects:
 * <ol>
 *   <li>a missed target (a 数量 indicator whose actual is below its "≥" target);</li>
 *   <li>a "明显" target whose actual is written as a percentage;</li>
 *   <li>a task with a budget and zero execution (and no explanation);</li>
 *   <li>a sum that does not add up ("三公" parts do not add up to the actual).</li>
 * </ol>
 * Deterministic: department {@code i} is generated from {@code new Random(mix(seed, i))} alone, so the first
 * 100 departments of a 1000-department set are the 100-department set, and a larger set only adds folders.
 */
public final class Generator {

    public static final long DEFAULT_SEED = 20_240_101L;
    /** Bumped whenever the output changes; a data folder written by another version is regenerated. */
    public static final String VERSION = "6";
    public static final int TASKS = 30;
    public static final int INDICATORS_PER_TASK = 20;
    static final String MARKER = "generated.properties";

    private static final String PREFIX = "https://jixiao.github.io/schemas/v1/";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Generator <dataDir> <departments> [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        ensure(dir, n, seed);
    }

    /** Makes sure {@code dir} holds at least departments 1..n of this seed and version; generates what is missing. */
    public static void ensure(Path dir, int n, long seed) throws IOException {
        Path marker = dir.resolve(MARKER);
        int have = 0;
        if (Files.exists(marker)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(marker)) {
                p.load(in);
            }
            if (VERSION.equals(p.getProperty("version")) && Long.toString(seed).equals(p.getProperty("seed"))) {
                have = Integer.parseInt(p.getProperty("departments", "0"));
            } else {
                System.out.println("generator: data in " + dir + " is of another version or seed; regenerating");
                deleteTree(dir);
            }
        }
        if (have >= n) {
            System.out.println("generator: " + dir + " already holds " + have + " departments (seed " + seed
                    + ", version " + VERSION + "); skipped");
            return;
        }
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int i = have + 1; i <= n; i++) {
            bytes += writeDepartment(dir, i, seed);
        }
        Properties p = new Properties();
        p.setProperty("version", VERSION);
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("departments", Integer.toString(n));
        try (OutputStream out = Files.newOutputStream(marker)) {
            p.store(out, "jixiao benchmark data (benchmark/src/main/java/io/github/jixiao/bench/Generator.java)");
        }
        System.out.printf("generator: wrote departments %d..%d (%.1f MB) into %s in %.1f s%n", have + 1, n,
                bytes / 1e6, dir, (System.nanoTime() - t0) / 1e9);
    }

    public static String folder(int i) {
        return String.format("dept-%04d", i);
    }

    /** Writes one department; returns the bytes written. */
    static long writeDepartment(Path dir, int i, long seed) throws IOException {
        Map<String, String> files = new Generator(i, seed).files();
        Path sub = dir.resolve(folder(i)).resolve("submission");
        Files.createDirectories(sub);
        long bytes = 0;
        // one department in five comes from an exporting system that writes every file on one line
        boolean minified = i % 5 == 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            byte[] b = (minified ? minify(e.getValue()) : e.getValue()).getBytes(StandardCharsets.UTF_8);
            Files.write(sub.resolve(e.getKey()), b);
            bytes += b.length;
        }
        return bytes;
    }

    /** The JSON text without the spaces and line breaks between tokens (strings kept as they are). */
    static String minify(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inString = false;
        for (int k = 0; k < json.length(); k++) {
            char c = json.charAt(k);
            if (inString) {
                sb.append(c);
                if (c == '\\') {
                    sb.append(json.charAt(++k));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                sb.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // one department

    private final int index;
    private final Random r;
    private final String name;
    private final List<TaskRow> tasks = new ArrayList<>();
    private BigDecimal fullYear;   // 万元
    private BigDecimal initial;    // 万元
    private BigDecimal actual;     // 万元
    private int zeroTask;
    /** Task name → date of its latest 调剂; its indicators count as revised on that day. */
    private final Map<String, String> movedOn = new java.util.HashMap<>();
    private String firstMoved;
    private BigDecimal procurementRate;

    private record TaskRow(String name, String subItem, BigDecimal budget, BigDecimal execution, String content,
                           String completion, String explanation) {
    }

    /**
     * One department in three files its indicators as the national table's export does: the comparator and the unit
     * in columns of their own ("≥" | "60" | "个") and bare actuals ("62").
     */
    private final boolean columns;

    Generator(int index, long seed) {
        this.index = index;
        this.columns = index % 3 == 1;
        this.r = new Random(mix(seed, index));
        this.name = "深圳市" + pick(DISTRICTS) + pick(AGENCIES) + (r.nextInt(3) == 0 ? "（本级）" : "");
    }

    private static long mix(long seed, long i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Map<String, String> files() {
        makeTasks();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("department.json", JsonText.write(department()));
        out.put("budget.json", JsonText.write(budget()));
        out.put("adjustments.json", JsonText.write(adjustments()));
        out.put("tasks.json", JsonText.write(taskFile()));
        out.put("indicators.json", JsonText.write(indicators()));
        out.put("management.json", JsonText.write(management()));
        out.put("self-assessment.json", JsonText.write(selfAssessment()));
        return out;
    }

    // ---- tasks and budget figures

    private void makeTasks() {
        List<String> pool = new ArrayList<>(TASK_NAMES);
        Collections.shuffle(pool, r);
        pool.remove("基本支出");
        pool.add(0, "基本支出");
        zeroTask = 5 + r.nextInt(TASKS - 5);
        int[] lowRate = {1 + r.nextInt(4), 10 + r.nextInt(10)};
        for (int t = 0; t < TASKS; t++) {
            String tn = pool.get(t);
            long cents = t == 0 ? between(800_000_000L, 3_000_000_000L) : logUniform(5_000_000L, 800_000_000L);
            BigDecimal budget = BigDecimal.valueOf(cents, 2);
            BigDecimal rate;
            String explanation = null;
            if (t == zeroTask) {
                rate = BigDecimal.ZERO; // planted: budget, no execution, no explanation
            } else if (t == lowRate[0] || t == lowRate[1]) {
                rate = BigDecimal.valueOf(60 + r.nextInt(25));
                explanation = "受" + pick(DELAY_CAUSES) + "影响，部分合同尚未履约完毕，不满足支付条件，资金将于下一年度完成支付。";
            } else {
                rate = BigDecimal.valueOf(900 + r.nextInt(101), 1);
            }
            BigDecimal exec = budget.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            String subItem = tn.endsWith("专项资金") ? pick(SUB_ITEMS) : null;
            String content = "主要包括" + tn + "相关的" + pick(CONTENT_A) + "、" + pick(CONTENT_B) + "等支出。";
            String completion = t == zeroTask
                    ? "项目暂未开展。"
                    : "已按计划完成" + tn + "年度任务，" + pick(ACHIEVED_A) + "，全年共" + pick(ACTIONS) + (3 + r.nextInt(40))
                            + "次，" + pick(ACHIEVED_B) + "。";
            tasks.add(new TaskRow(tn, subItem, budget, exec, content, completion, explanation));
        }
        BigDecimal sumBudget = tasks.stream().map(TaskRow::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumExec = tasks.stream().map(TaskRow::execution).reduce(BigDecimal.ZERO, BigDecimal::add);
        fullYear = wan(sumBudget);
        actual = wan(sumExec);
        BigDecimal change = BigDecimal.valueOf(r.nextInt(1100) - 300, 4); // -3 % .. +8 %
        initial = fullYear.multiply(BigDecimal.ONE.add(change)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> money(BigDecimal v, String unit) {
        return obj("value", v, "unit", unit);
    }

    private Map<String, Object> head(String role) {
        return obj("$schema", PREFIX + role + ".schema.json", "schemaVersion", "1.0");
    }

    private Map<String, Object> department() {
        Map<String, Object> d = head("department");
        d.put("kind", "department");
        d.put("name", name);
        d.put("code", String.format("4403%02d%06d", 1 + r.nextInt(10), index));
        d.put("year", 2024);
        d.put("stage", "自评");
        d.put("preparer", pick(SURNAMES) + pick(GIVEN) + (r.nextBoolean() ? pick(GIVEN) : ""));
        d.put("contact", String.format("0755-%08d", 80_000_000 + r.nextInt(9_999_999)));
        d.put("framework", "shenzhen-department-2024");
        List<Object> expected = new ArrayList<>();
        List<Object> achieved = new ArrayList<>();
        for (TaskRow t : tasks) {
            expected.add("通过" + t.name() + "，" + pick(GOALS) + "，" + pick(ACHIEVED_B) + "。");
            achieved.add(t.completion());
        }
        d.put("overallGoals", obj("expected", expected, "achieved", achieved));
        d.put("notes", "本文件为 jixiao 基准测试生成的合成数据（第 " + index + " 号），不对应任何真实部门。");
        return d;
    }

    private Map<String, Object> budget() {
        Map<String, Object> b = head("budget");
        b.put("initialBudget", money(initial, "万元"));
        b.put("fullYearBudget", money(fullYear, "万元"));
        b.put("actualExpenditure", money(actual, "万元"));
        b.put("carryover", money(fullYear.subtract(actual), "万元"));
        BigDecimal rate = pct(actual, fullYear);
        BigDecimal adj = fullYear.subtract(initial);
        b.put("stated", obj(
                "executionRatePercent", rate,
                "adjustmentAmount", money(adj, "万元"),
                "adjustmentRatePercent", pct(adj.abs(), initial),
                "executionRateExplanation", "主要是厉行节约坚持过紧日子，部分项目合同尚未履约完毕，款项尚未支付。"));
        List<Object> quarters = new ArrayList<>();
        BigDecimal q1 = rate.multiply(BigDecimal.valueOf(15 + r.nextInt(15))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal q2 = rate.multiply(BigDecimal.valueOf(40 + r.nextInt(15))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal q3 = rate.multiply(BigDecimal.valueOf(62 + r.nextInt(18))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        quarters.add(obj("quarter", 1, "cumulativePercent", q1));
        quarters.add(obj("quarter", 2, "cumulativePercent", q2));
        quarters.add(obj("quarter", 3, "cumulativePercent", q3));
        quarters.add(obj("quarter", 4, "cumulativePercent", rate, "explanation", "第四季度集中完成合同验收和支付。"));
        b.put("quarterlyExecution", quarters);

        // the funds block (项目资金) of the national table: the total row and its sources, as printed
        BigDecimal fiscalShare = BigDecimal.valueOf(80 + r.nextInt(16), 2);
        BigDecimal fiscalInitial = initial.multiply(fiscalShare).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fiscalFull = fullYear.multiply(fiscalShare).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fiscalExecuted = actual.multiply(fiscalShare).setScale(2, RoundingMode.HALF_UP);
        b.put("funds", obj("unit", "万元",
                "total", obj("label", "年度资金总额", "initial", initial, "fullYear", fullYear, "executed", actual,
                        "executionRatePercent", rate),
                "components", List.of(
                        obj("label", "其中：本年财政拨款", "initial", fiscalInitial, "fullYear", fiscalFull, "executed", fiscalExecuted),
                        obj("label", "上年结转资金", "initial", initial.subtract(fiscalInitial), "fullYear", fullYear.subtract(fiscalFull),
                                "executed", actual.subtract(fiscalExecuted)),
                        obj("label", "其他资金"))));

        // "三公" parts: the planted sum that does not add up (parts exceed the actual by a little)
        BigDecimal tpFull = BigDecimal.valueOf(500 + r.nextInt(4500), 2);
        BigDecimal tpInitial = tpFull.subtract(BigDecimal.valueOf(r.nextInt(300), 2)).max(BigDecimal.ONE);
        BigDecimal tpActual = tpFull.multiply(BigDecimal.valueOf(55 + r.nextInt(34))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal overseas = tpActual.multiply(BigDecimal.valueOf(20 + r.nextInt(30))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal vehicles = tpActual.multiply(BigDecimal.valueOf(20 + r.nextInt(30))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal reception = tpActual.subtract(overseas).subtract(vehicles).add(BigDecimal.valueOf(10 + r.nextInt(90), 2));
        b.put("threePublic", obj(
                "initialBudget", money(tpInitial, "万元"),
                "fullYearBudget", money(tpFull, "万元"),
                "actual", money(tpActual, "万元"),
                "parts", obj("overseas", money(overseas, "万元"), "vehicles", money(vehicles, "万元"),
                        "reception", money(reception, "万元")),
                "stated", obj("controlRatePercent", pct(tpActual, tpFull))));

        BigDecimal dpFull = BigDecimal.valueOf(3000 + r.nextInt(20000), 2);
        BigDecimal dpActual = dpFull.multiply(BigDecimal.valueOf(60 + r.nextInt(29))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        b.put("dailyPublic", obj(
                "initialBudget", money(dpFull.subtract(BigDecimal.valueOf(r.nextInt(800), 2)), "万元"),
                "fullYearBudget", money(dpFull, "万元"),
                "actual", money(dpActual, "万元"),
                "stated", obj("controlRatePercent", pct(dpActual, dpFull))));

        BigDecimal plan = BigDecimal.valueOf(10_000 + r.nextInt(90_000), 2);
        BigDecimal bought = plan.multiply(BigDecimal.valueOf(60 + r.nextInt(40))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        procurementRate = bought.divide(plan, 10, RoundingMode.HALF_UP);
        BigDecimal goods = bought.multiply(BigDecimal.valueOf(r.nextInt(30))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal works = bought.multiply(BigDecimal.valueOf(r.nextInt(20))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal services = bought.subtract(goods).subtract(works);
        BigDecimal procRate = pct(bought, plan);
        Map<String, Object> procStated = obj("executionRatePercent", procRate);
        if (procRate.compareTo(BigDecimal.valueOf(80)) < 0) {
            procStated.put("explanation", "政府采购执行率有待提高，主要原因是部分服务类合同尚未履约完毕，不满足合同支付条件。");
        }
        b.put("procurement", obj(
                "plan", money(plan, "万元"),
                "actual", money(bought, "万元"),
                "parts", obj("goods", money(goods, "万元"), "services", money(services, "万元"), "works", money(works, "万元")),
                "stated", procStated));
        return b;
    }

    private Map<String, Object> adjustments() {
        Map<String, Object> a = head("adjustments");
        List<Object> list = new ArrayList<>();
        BigDecimal change = fullYear.subtract(initial);
        list.add(obj("id", "TZ-" + index + "-1", "date", "2024-12-31", "kind", "调整", "scope", "department",
                "amount", money(change, "万元"), "before", money(initial, "万元"), "after", money(fullYear, "万元"),
                "reason", change.signum() < 0 ? "按照财政部门统一部署压减一般性支出，年度预算调减。" : "根据年度重点工作需要追加预算。",
                "approval", "财预〔2024〕" + (10 + r.nextInt(200)) + "号"));
        int moves = 2 + r.nextInt(3);
        for (int k = 0; k < moves; k++) {
            TaskRow t = tasks.get(1 + r.nextInt(TASKS - 1));
            if (movedOn.containsKey(t.name()) || tasks.indexOf(t) == zeroTask) {
                continue;
            }
            BigDecimal after = t.budget();
            BigDecimal amount = after.multiply(BigDecimal.valueOf(-(5 + r.nextInt(30)))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            String date = String.format("2024-%02d-%02d", 3 + r.nextInt(7), 10 + r.nextInt(18));
            movedOn.put(t.name(), date);
            if (firstMoved == null) {
                firstMoved = t.name();
            }
            list.add(obj("id", "TJ-" + index + "-" + (k + 2),
                    "date", date,
                    "kind", "调剂", "scope", "task", "task", t.name(),
                    "amount", money(amount, "元"), "before", money(after.subtract(amount), "元"), "after", money(after, "元"),
                    "reason", "根据实际工作安排，按照预算调整调剂程序将部分资金调剂至其他项目。",
                    "approval", "内部审批单 " + (1000 + r.nextInt(9000))));
        }
        a.put("adjustments", list);
        return a;
    }

    private Map<String, Object> taskFile() {
        Map<String, Object> f = head("tasks");
        List<Object> list = new ArrayList<>();
        for (TaskRow t : tasks) {
            Map<String, Object> m = obj("name", t.name(), "subItem", t.subItem(), "content", t.content(),
                    "completion", t.completion(),
                    "budget", obj("total", money(t.budget(), "元"), "fiscal", money(t.budget(), "元")),
                    "execution", obj("total", money(t.execution(), "元"), "fiscal", money(t.execution(), "元")),
                    "indicatorsRevisedOn", movedOn.getOrDefault(t.name(), "2024-0" + (1 + r.nextInt(3)) + "-" + (10 + r.nextInt(18))),
                    "explanation", t.explanation());
            list.add(m);
        }
        f.put("tasks", list);
        return f;
    }

    // ---- indicators: per task 6 数量, 4 质量, 3 时效, 1 成本, 1 社会效益, 1 经济效益, 1 生态效益, 1 可持续影响, 2 满意度
    // Written to pass the lint rules (explicit comparators, measurable targets, dated revisions, no target far
    // exceeded, every category present), except for the planted defects.

    private Map<String, Object> indicators() {
        Map<String, Object> f = head("indicators");
        List<Object> list = new ArrayList<>(TASKS * INDICATORS_PER_TASK);
        int missedTask = r.nextInt(TASKS);
        int vagueTask = r.nextInt(TASKS);
        int revisedTask = firstMoved == null ? -1 : tasks.indexOf(tasks.stream().filter(x -> x.name().equals(firstMoved)).findFirst().orElseThrow());
        for (int t = 0; t < TASKS; t++) {
            TaskRow task = tasks.get(t);
            String stem = task.name();
            List<String[]> counts = shuffled(COUNT_MEASURES);
            boolean missHere = t == missedTask;
            for (int k = 0; k < 6; k++) {
                String[] m = counts.get(k);
                Map<String, Object> ind = obj("level1", "产出指标", "level2", "数量指标", "name", stem + m[0]);
                if (m[2].equals("≤")) {
                    int n = r.nextInt(4);
                    if (columns) {
                        ind.put("comparator", pick(AT_MOST));
                        ind.put("target", String.valueOf(n));
                        ind.put("unit", m[1]);
                        ind.put("actual", String.valueOf(r.nextInt(n + 1)));
                    } else {
                        ind.put("target", "≤ " + n + " " + m[1]);
                        ind.put("actual", r.nextInt(n + 1) + " " + m[1]);
                    }
                } else if (columns && !(t == revisedTask && k == 5)) {
                    int n = magnitude(m[1]);
                    int got = Math.min(n + r.nextInt(Math.max(1, n / 5)), n * 12 / 10);
                    if (missHere) {
                        missHere = false;
                        got = Math.max(0, n * (55 + r.nextInt(30)) / 100); // planted: a missed target
                    }
                    ind.put("comparator", pick(AT_LEAST));
                    ind.put("target", String.valueOf(n));
                    ind.put("unit", m[1]);
                    ind.put("actual", String.valueOf(got));
                } else {
                    int n = magnitude(m[1]);
                    int got = Math.min(n + r.nextInt(Math.max(1, n / 5)), n * 12 / 10);
                    if (missHere) {
                        missHere = false;
                        got = Math.max(0, n * (55 + r.nextInt(30)) / 100); // planted: a missed target
                    }
                    String target = atLeast(n, m[1]);
                    if (target.startsWith("=") && got >= n) {
                        got = n; // "= 10 家": exactly
                    }
                    ind.put("target", target);
                    ind.put("actual", got + " " + m[1]);
                    if (t == revisedTask && k == 5) { // the miss, if planted in this task, is at k <= 2
                        int adjusted = Math.max(1, n * 8 / 10);
                        ind.put("adjustedTarget", "≥ " + adjusted + " " + m[1]);
                        ind.put("targetRevisedOn", movedOn.get(stem));
                        ind.put("actual", Math.max(adjusted, got * 8 / 10) + " " + m[1]);
                        ind.put("explanation", "年中根据预算调剂情况调整指标值，已按程序报财政部门备案。");
                    }
                }
                ind.put("task", stem);
                list.add(ind);
            }
            List<String> quality = shuffled(QUALITY_MEASURES);
            for (int k = 0; k < 4; k++) {
                if (k == 3 && r.nextInt(5) == 0) {
                    // a qualitative row as real tables have them: a rule to follow, "达成预期指标" as the actual
                    list.add(obj("level1", "产出指标", "level2", "质量指标", "name", stem + "经费支出合规性",
                            "target", "符合相关制度规定", "actual", "达成预期指标", "task", stem));
                } else {
                    list.add(percentIndicator("产出指标", "质量指标", stem + quality.get(k), stem));
                }
            }
            List<String> timely = shuffled(TIMELY_MEASURES);
            for (int k = 0; k < 3; k++) {
                if (k == 2 && r.nextBoolean()) {
                    int days = 3 + r.nextInt(10);
                    list.add(obj("level1", "产出指标", "level2", "时效指标", "name", stem + "事项办结时限",
                            "target", "≤ " + days + " 天", "actual", (1 + r.nextInt(days)) + " 天", "task", stem));
                } else {
                    // real tables name the deadline in the indicator ("年底前资金支付及时率"); a few leave it out
                    String when = r.nextInt(5) == 0 ? "" : pick(DEADLINES);
                    list.add(percentIndicator("产出指标", "时效指标", stem + when + timely.get(k), stem));
                }
            }
            BigDecimal cap = wan(task.budget()).setScale(1, RoundingMode.UP);
            list.add(obj("level1", "产出指标", "level2", "成本指标", "name", stem + "经费支出控制数",
                    "target", "≤ " + cap.stripTrailingZeros().toPlainString() + " 万元",
                    "actual", wan(task.execution()).stripTrailingZeros().toPlainString() + " 万元", "task", stem));
            String social = pick(SOCIAL_MEASURES);
            if (t == vagueTask) {
                // planted: a 明显 target with a % actual
                list.add(obj("level1", "效益指标", "level2", "社会效益指标", "name", stem + social,
                        "target", "明显", "actual", (95 + r.nextInt(6)) + "%", "task", stem));
            } else {
                int floor = 85 + 5 * r.nextInt(3);
                list.add(obj("level1", "效益指标", "level2", "社会效益指标", "name", stem + social + "率",
                        "target", "≥ " + floor + "%", "actual", (floor + r.nextInt(101 - floor)) + "%", "task", stem));
            }
            String[] econ = pick(ECONOMIC_MEASURES);
            int econN = econ[1].equals("%") ? 3 + r.nextInt(8) : 10 + r.nextInt(500);
            String econTarget = econ[1].equals("%") ? "≥ " + econN + "%" : "≥ " + econN + " " + econ[1];
            String econActual = econ[1].equals("%")
                    ? BigDecimal.valueOf(econN * 10L + r.nextInt(econN * 3), 1).toPlainString() + "%"
                    : (econN + r.nextInt(Math.max(1, econN / 5))) + " " + econ[1];
            list.add(obj("level1", "效益指标", "level2", "经济效益指标", "name", stem + econ[0],
                    "target", econTarget, "actual", econActual, "task", stem));
            if (r.nextBoolean()) {
                list.add(obj("level1", "效益指标", "level2", "生态效益指标", "notApplicable", true, "task", stem,
                        "explanation", "该任务不直接产生生态效益。"));
            } else {
                int kg = 50 + r.nextInt(500);
                list.add(obj("level1", "效益指标", "level2", "生态效益指标", "name", stem + "减少纸质材料使用量",
                        "target", "≥ " + kg + " 千克", "actual", (kg + r.nextInt(kg / 5)) + " 千克", "task", stem));
            }
            if (r.nextInt(10) == 0) {
                list.add(obj("level1", "效益指标", "level2", "可持续影响指标", "notApplicable", true, "task", stem,
                        "explanation", "该任务为一次性支出，不设可持续影响指标。"));
            } else {
                int years = 2 + r.nextInt(4);
                list.add(obj("level1", "效益指标", "level2", "可持续影响指标", "name", stem + "持续发挥效益年限",
                        "target", "≥ " + years + " 年", "actual", years + " 年", "task", stem));
            }
            List<String> who = shuffled(SATISFACTION_SUBJECTS);
            for (int k = 0; k < 2; k++) {
                int floor = 95;
                list.add(obj("level1", "满意度指标", "level2", "服务对象满意度指标", "name", stem + who.get(k) + "满意度",
                        "target", "≥ " + floor + "%", "actual", (floor + r.nextInt(101 - floor)) + "%", "task", stem));
            }
        }
        // about a third of the rows carry a remark, as real tables do
        for (Object o : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            if (!m.containsKey("explanation") && r.nextInt(100) < 45) {
                m.put("explanation", pick(REMARKS_A) + "，" + pick(REMARKS_B) + "。");
            }
        }
        f.put("indicators", list);
        return f;
    }

    private Map<String, Object> percentIndicator(String l1, String l2, String name, String task) {
        int kind = r.nextInt(10);
        String target;
        int low;
        if (kind < 6) {
            low = 90 + r.nextInt(10);
            target = (r.nextInt(8) == 0 ? "≥" : "≥ ") + low + "%";
        } else if (kind < 8) {
            low = 100;
            target = "= 100%";
        } else {
            low = 90;
            target = "90%—100%";
        }
        String got = low == 100 || r.nextInt(3) > 0 ? "100%"
                : BigDecimal.valueOf(low * 10L + r.nextInt((100 - low) * 10 + 1), 1).stripTrailingZeros().toPlainString() + "%";
        return obj("level1", l1, "level2", l2, "name", name, "target", target, "actual", got, "task", task);
    }

    private String atLeast(int n, String unit) {
        return switch (r.nextInt(10)) {
            case 0 -> "≥" + n + unit;
            case 1 -> "不少于 " + n + " " + unit;
            case 2 -> n + " " + unit + "以上";
            case 3 -> "= " + n + " " + unit;
            default -> "≥ " + n + " " + unit;
        };
    }

    private int magnitude(String unit) {
        return switch (unit) {
            case "人", "人次" -> 50 + r.nextInt(2000);
            case "平方米" -> 100 + r.nextInt(5000);
            case "篇", "份", "项", "件" -> 5 + r.nextInt(120);
            case "家", "户" -> 10 + r.nextInt(400);
            default -> 1 + r.nextInt(60);
        };
    }

    // ---- management and self-assessment

    private Map<String, Object> management() {
        Map<String, Object> m = head("management");
        int authorized = 50 + r.nextInt(100);
        int staff = authorized - r.nextInt(Math.max(1, authorized / 5));
        int other = r.nextInt(2);
        int dispatched = r.nextInt(2);
        m.put("staffing", obj("authorized", authorized, "actual", staff, "otherStaff", other, "dispatched", dispatched,
                "stated", obj("fiscalStaffControlRatePercent", pct(BigDecimal.valueOf(staff), BigDecimal.valueOf(authorized)),
                        "nonEstablishmentRatePercent", pct(BigDecimal.valueOf(other + dispatched),
                                BigDecimal.valueOf(staff + other + dispatched)))));
        BigDecimal original = BigDecimal.valueOf(5000 + r.nextInt(200_000), 2);
        BigDecimal inUse = original.multiply(BigDecimal.valueOf(90 + r.nextInt(11))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal devices = BigDecimal.valueOf(100 + r.nextInt(3000), 2);
        BigDecimal furniture = BigDecimal.valueOf(100 + r.nextInt(3000), 2);
        m.put("assets", obj("originalValue", money(original, "万元"), "inUse", money(inUse, "万元"),
                "additions", obj("total", money(devices.add(furniture), "万元"), "parts", List.of(
                        obj("category", "设备", "count", 5 + r.nextInt(80), "value", money(devices, "万元")),
                        obj("category", "家具和用具", "count", 5 + r.nextInt(200), "value", money(furniture, "万元")))),
                "disposals", money(BigDecimal.valueOf(r.nextInt(500), 2), "万元"),
                "stated", obj("utilizationRatePercent", pct(inUse, original))));
        m.put("disclosure", obj(
                "budget", obj("title", "2024 年" + name + "部门预算", "status", "on-time",
                        "publishedOn", "2024-02-" + (10 + r.nextInt(18)), "url", "https://www.example.gov.cn/budget/" + index),
                "finalAccounts", obj("title", "2023 年度" + name + "部门决算", "status", "on-time",
                        "publishedOn", "2024-09-" + (10 + r.nextInt(18)), "url", "https://www.example.gov.cn/final/" + index)));
        m.put("projects", obj("planned", TASKS - 1, "completedOnTime", TASKS - 2,
                "stated", obj("completionRatePercent", pct(BigDecimal.valueOf(TASKS - 2), BigDecimal.valueOf(TASKS - 1)))));
        m.put("keyTasks", obj("missed", 0, "stated", obj("completionRatePercent", 100)));
        int received = r.nextInt(60);
        m.put("petitions", obj("channelEstablished", true, "received", received, "replyRatePercent", 100, "timelyRatePercent", 100));
        m.put("satisfaction", obj("surveyPercent", 95, "qualifier", "以上",
                "method", "对服务对象开展问卷调查，共回收有效问卷 " + (100 + r.nextInt(900)) + " 份。"));
        return m;
    }

    /**
     * The department's own scores: full points where the figures earn them under shenzhen-department-2024
     * (they are generated to), the computed figure for the two ratio criteria, and its own judgement (80–100 %
     * of the points) for the assessed ones. The quarterly-progress criterion is claimed at full points, which the
     * figures do not earn: one score-claim finding per department is expected.
     */
    private Map<String, Object> selfAssessment() {
        Map<String, Object> s = head("self-assessment");
        List<Object> list = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] c : CRITERIA) {
            String id = (String) c[0];
            BigDecimal weight = BigDecimal.valueOf(((Number) c[2]).doubleValue());
            List<Object> items = null;
            BigDecimal score;
            switch (id) {
                case "budget-preparation-compliance", "budget-preparation-reasonableness", "target-completeness",
                        "indicator-clarity", "project-supervision", "project-procedure", "asset-safety", "effectiveness" ->
                        score = weight.multiply(BigDecimal.valueOf(80 + r.nextInt(21))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                case "financial-compliance" -> {
                    score = weight;
                    items = List.of(obj("item", "spending", "score", 1), obj("item", "accounting", "score", 1),
                            obj("item", "violations", "value", false));
                }
                case "procurement" -> {
                    score = procurementRate.add(BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP);
                    items = List.of(obj("item", "policy", "score", 1));
                }
                case "management-systems" -> {
                    score = weight;
                    items = List.of(obj("item", "systems", "score", BigDecimal.valueOf(5, 1)),
                            obj("item", "execution", "score", BigDecimal.valueOf(15, 1)),
                            obj("item", "performance-management", "score", 1));
                }
                case "project-timeliness" -> score = weight.multiply(BigDecimal.valueOf(TASKS - 2))
                        .divide(BigDecimal.valueOf(TASKS - 1), 2, RoundingMode.HALF_UP);
                default -> score = weight;
            }
            total = total.add(score);
            Map<String, Object> m = obj("criterion", id, "name", c[1], "score", score,
                    "reason", "依据" + c[1] + "的评分标准，结合" + pick(EVIDENCE) + "进行评分；" + pick(ACHIEVED_B) + "。");
            if (items != null) {
                m.put("items", items);
            }
            list.add(m);
        }
        s.put("criteria", list);
        double t = total.doubleValue();
        s.put("stated", obj("total", total, "grade", t >= 90 ? "优" : t >= 80 ? "良" : t >= 60 ? "中" : "差"));
        return s;
    }

    // ---- helpers

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> l = new ArrayList<>(list);
        Collections.shuffle(l, r);
        return l;
    }

    private long between(long lo, long hi) {
        return lo + (long) (r.nextDouble() * (hi - lo));
    }

    private long logUniform(long lo, long hi) {
        return (long) Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    // ---- word lists

    private static final List<String> DISTRICTS = List.of("福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区",
            "坪山区", "光明区", "大鹏新区");
    private static final List<String> AGENCIES = List.of("科技和工业信息化局", "教育局", "卫生健康局", "民政局", "住房和建设局",
            "交通运输局", "文化广电旅游体育局", "生态环境分局", "城市管理和综合执法局", "人力资源局", "司法局", "应急管理局", "水务局",
            "市场监督管理分局", "发展和改革局", "财政局", "退役军人事务局", "政务服务数据管理局", "统计局", "国有资产监督管理局");
    private static final List<String> SURNAMES = List.of("李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "郑", "梁", "谢", "宋", "唐");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
            "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "淑", "勤", "华", "晓");
    static final List<String> TASK_NAMES = List.of("基本支出", "信息化系统运维", "安全生产监管", "高层次人才引进",
            "科技创新专项资金", "产业发展专项资金", "对口帮扶协作", "基层党建工作经费", "办公场所修缮", "办公设备购置", "干部教育培训",
            "政府购买服务", "政策宣传推广", "产业发展课题研究", "公共无线网络运维", "工业节能减排服务", "双创系列活动", "高交会参展",
            "招商引资活动", "政务服务中心运营", "档案数字化加工", "执法装备购置", "应急物资储备", "社区综合服务", "法律顾问服务",
            "环境质量监测", "城市照明维护", "市政道路养护", "公园绿化管养", "学位建设补助", "老年人助餐服务", "残疾人康复补助",
            "食品安全抽检", "消防设施维护", "劳务派遣人员经费", "知识产权资助", "中小企业服务券", "公共文化活动", "全民健身设施维护",
            "垃圾分类督导", "河道清淤保洁", "出租屋综合管理", "退役军人服务保障", "防汛抢险演练", "统计调查专项");
    private static final List<String> SUB_ITEMS = List.of("科技创新分项", "产业扶持分项", "人才支持分项", "双创载体分项");
    private static final List<String> CONTENT_A = List.of("服务采购", "设备购置", "活动组织", "人员经费", "运行维护", "课题研究");
    private static final List<String> CONTENT_B = List.of("宣传印刷", "差旅交通", "专家咨询", "场地租赁", "系统开发", "检测评估");
    private static final List<String> ACTIONS = List.of("开展专项检查", "组织培训", "举办活动", "走访企业", "召开工作会议",
            "开展宣传");
    private static final List<String> ACHIEVED_A = List.of("资金使用规范、支付及时", "各项工作有序推进", "按期完成合同验收",
            "服务质量稳步提升", "实现全年目标");
    private static final List<String> ACHIEVED_B = List.of("有效保障了单位正常运转", "服务对象满意度较高",
            "群众获得感明显增强", "营商环境持续优化", "安全形势总体平稳", "为辖区高质量发展提供了有力支撑");
    private static final List<String> GOALS = List.of("提升公共服务水平", "保障机关正常运转", "推动产业转型升级",
            "防范化解重大风险", "营造良好的创新创业环境", "提高财政资金使用效益");
    private static final List<String> DELAY_CAUSES = List.of("项目招标延期", "合同履约进度", "施工许可审批", "上级政策调整",
            "供应商交付延迟");
    private static final List<String> EVIDENCE = List.of("决算报表", "会计凭证", "项目验收资料", "合同及支付记录", "满意度调查问卷");

    /** name, unit, comparator. */
    private static final List<String[]> COUNT_MEASURES = List.of(
            new String[] {"开展检查次数", "次", "≥"}, new String[] {"服务企业数量", "家", "≥"},
            new String[] {"举办活动场次", "场", "≥"}, new String[] {"培训人数", "人", "≥"},
            new String[] {"完成项目数量", "个", "≥"}, new String[] {"采购设备数量", "台", "≥"},
            new String[] {"发布宣传报道", "篇", "≥"}, new String[] {"服务覆盖面积", "平方米", "≥"},
            new String[] {"走访调研次数", "次", "≥"}, new String[] {"受理申请件数", "件", "≥"},
            new String[] {"建成服务站点", "个", "≥"}, new String[] {"形成研究报告", "份", "≥"},
            new String[] {"惠及群众人次", "人次", "≥"}, new String[] {"完成整改问题", "项", "≥"},
            new String[] {"发生重大安全事故次数", "次", "≤"}, new String[] {"群众有效投诉次数", "次", "≤"});
    private static final List<String> QUALITY_MEASURES = List.of("验收合格率", "资金发放准确率", "问题整改完成率", "数据准确率",
            "培训考核合格率", "设备完好率", "服务规范达标率");
    private static final List<String> TIMELY_MEASURES = List.of("按时完成率", "资金支付及时率", "事项办理及时率",
            "任务启动及时率");
    private static final List<String> SOCIAL_MEASURES = List.of("服务水平提升", "群众获得感增强", "营商环境改善",
            "安全形势稳定", "公共服务能力提升", "社会知晓度提高");
    private static final List<String> AT_LEAST = List.of("≥", "≥", "≥", ">=", "≧", "不低于", "不少于", "不小于");
    private static final List<String> AT_MOST = List.of("≤", "≤", "≦", "<=", "不超过", "不高于");
    private static final List<String> DEADLINES = List.of("年底前", "12月底前", "季度内", "当年", "年内");
    private static final List<String> VAGUE_TARGETS = List.of("明显", "有效提升", "显著", "逐步改善");
    private static final List<String> VAGUE_ACTUALS = List.of("达成", "有效提升", "明显改善", "逐步改善");
    private static final List<String[]> ECONOMIC_MEASURES = List.of(new String[] {"带动相关产业产值增长", "%"},
            new String[] {"节约财政资金", "万元"}, new String[] {"撬动社会投资", "万元"});
    private static final List<String> REMARKS_A = List.of("按年度计划推进，各季度进度均衡",
            "依据项目验收报告及台账统计", "数据来源于业务系统年度汇总", "以第三方机构出具的评估报告为准",
            "结合季度监控结果填报", "经项目负责人与财务人员共同核实");
    private static final List<String> REMARKS_B = List.of("实际完成情况与目标值一致",
            "部分工作因场地调整延后至第四季度完成", "超额完成主要得益于与街道的协同联动", "相关佐证材料已归档备查",
            "下一年度将进一步细化指标值的测算依据");
    private static final List<String> SATISFACTION_SUBJECTS = List.of("服务对象", "参与企业", "辖区群众", "工作人员", "受训人员");

    /** id, name, weight (out of 100), as in shenzhen-department-2024. */
    private static final List<Object[]> CRITERIA = List.of(
            new Object[] {"budget-preparation-compliance", "预算编制规范性", 5},
            new Object[] {"budget-preparation-reasonableness", "预算编制合理性", 5},
            new Object[] {"target-completeness", "绩效目标完整性", 3},
            new Object[] {"indicator-clarity", "绩效指标明确性", 7},
            new Object[] {"financial-compliance", "财务合规性", 3},
            new Object[] {"procurement", "政府采购执行情况", 2},
            new Object[] {"disclosure", "预决算信息公开", 3},
            new Object[] {"project-supervision", "项目监管", 2},
            new Object[] {"project-procedure", "项目实施程序", 2},
            new Object[] {"fixed-asset-utilization", "固定资产利用率", 1},
            new Object[] {"asset-safety", "资产管理安全性", 2},
            new Object[] {"fiscal-staff-control", "财政供养人员控制率", 1},
            new Object[] {"non-establishment-control", "编外人员控制率", 1},
            new Object[] {"management-systems", "管理制度健全性", 3},
            new Object[] {"public-expense-control", "公用经费控制", 6},
            new Object[] {"project-timeliness", "项目完成及时性", 6},
            new Object[] {"key-tasks", "重点工作完成情况", 8},
            new Object[] {"budget-execution", "预算执行率", 6},
            new Object[] {"effectiveness", "效果性", 25},
            new Object[] {"satisfaction", "满意度", 6},
            new Object[] {"petitions", "群众信访办理", 3});
}
