package io.github.jixiao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A project framework of the points a table prints on its blocks (湖北 襄阳 2021's 预算执行情况(20分) and 年度绩效目标(80分),
 * t13), which no built-in framework holds: the built-in project framework ({@code mof-project-2020}, 财预〔2020〕10号) with
 * its budget execution weighed at the funds block's points (得分 = points × 执行率, at most the points) and its indicator
 * criteria as one, weighed at the indicator table's points, scored as 10号 scores indicators (the same bands, the same
 * achievement words, the same taxonomy and grades). {@link WorkbookImport} writes it beside the submission folder and
 * department.json names it; check reads it as any project framework file (framework.schema.json, framework-invalid).
 * Where the points are a built-in's layout ({@link #layoutOf}: 20 + 80 is project-20-80's), the file written is since
 * session 55 a short one extending that built-in ({@link #extending}), the whole one ({@link #of}) only its template.
 */
final class PrintedFramework {
    private PrintedFramework() {
    }

    /** The criteria of the built-in that are not copied as they are: their weights are the table's. */
    private static final String EXECUTION = "budget-execution-rate";

    /**
     * The framework, as a tree to write: {@code funds} points printed at {@code fundsCell} ({@code fundsHeading}), the
     * indicators' {@code rows} points at {@code rowsCell} ({@code rowsHeading}; where the table prints them in several blocks,
     * 黄冈 2020's 年度绩效目标1（40分） and 2（40分）, the cells and headings listed and {@code blocks} each block's points,
     * 40 + 40: the rows are one criterion, no field saying which block a row is in), the rest as the built-in {@code builtIn};
     * {@code table} (workbook and sheet), {@code title} and {@code year} name where it came from.
     */
    static Map<String, Object> of(BigDecimal funds, String fundsCell, String fundsHeading, BigDecimal rows, String rowsCell,
                                  String rowsHeading, String blocks, String builtIn, String table, String title, Integer year, boolean word,
                                  boolean unpointed) {
        Map<String, Object> base = builtIn(builtIn);
        // the workbook's name and the title are the user's: kept short, so the file stays within framework.schema.json's
        // lengths (source 5000, name 500) however long they are
        table = cap(table, 300);
        title = title == null ? null : cap(title, 200);
        String f = funds.stripTrailingZeros().toPlainString();
        String r = rows.stripTrailingZeros().toPlainString();
        String fundsEn = word ? io.github.jixiao.report.Cells.english(fundsCell) : fundsCell;
        String rowsEn = word ? String.join(", ", java.util.Arrays.stream(rowsCell.split(", ")).map(io.github.jixiao.report.Cells::english).toList())
                : rowsCell;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", base.get("$schema"));
        out.put("id", "printed-points-" + f.replace('.', 'p') + "-" + r.replace('.', 'p'));
        out.put("version", "1");
        String form = title != null ? title : "项目支出绩效自评表";
        out.put("name", form + "（表中所印分值：预算执行 " + f + " 分，绩效指标 " + r + " 分）");
        out.put("nameEn", "Project self-evaluation table" + (year != null ? " " + year : "") + " as printed (budget execution " + f
                + " points, performance indicators " + r + " points)");
        out.put("kind", "project");
        out.put("source", "jixiao:import 按 " + table + " 所印分值写成：单元格 " + fundsCell + "“" + fundsHeading + "”印 " + f
                + " 分，单元格 " + rowsCell + "“" + rowsHeading + "”印 " + (blocks != null ? blocks + " = " : "") + r + " 分，合计 100 分；内置框架 " + builtIn
                + " 按 " + points(base, true) + " + " + points(base, false) + " 分计，与表不合。预算执行率按 得分 = " + f
                + " 分 × 执行率（最高 " + f + " 分）计；绩效指标合为一项，共 " + r + " 分，逐项按各指标所带分值计分，计分办法、指标分类和评分等级同 "
                + builtIn + "（" + base.get("name") + "）。表中所印分值改了的，重新导入（-Djixiao.overwrite=true）即按新分值写成本文件。"
                + " / Written by jixiao:import from the points " + table + " prints: " + f + " at cell " + fundsEn + ", "
                + (blocks != null ? blocks + " = " + r + " at cells " : r + " at cell ") + rowsEn + ", 100 in all; the rest as " + builtIn + ".");
        if (unpointed) {
            // no row prints its 分值 (only its 得分) and no 一级 or 二级 prints points to share: how the indicators' points are
            // split is not in the table, so no row is asked for a 分值 the form does not have, and no grade is given (the
            // framework's unpointed); before session 45 check asked, as an error, for a 分值 column the form does not print
            out.put("unpointed", "本表只在“" + rowsHeading + "”印绩效指标共 " + r + " 分，不为各指标印分值（只印得分），"
                    + "各指标分值无从得知，不要求补填。");
            out.put("unpointedEn", "The table prints " + r + " points for the performance indicators in all (\"" + rowsHeading
                    + "\") and no points for each indicator (only its score), so how they are split is not known, and no row is asked for them.");
        }
        out.put("grades", base.get("grades"));
        out.put("taxonomy", base.get("taxonomy"));
        List<Map<String, Object>> leaves = new ArrayList<>();
        leaves(base.get("criteria"), leaves);
        Map<String, Object> execution = leaves.stream().filter(l -> EXECUTION.equals(l.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(builtIn + " has no " + EXECUTION));
        Map<String, Object> firstIndicators = leaves.stream().filter(PrintedFramework::onIndicators).findFirst()
                .orElseThrow(() -> new IllegalStateException(builtIn + " scores no indicators"));
        // the budget execution: the built-in's criterion at the printed points
        Map<String, Object> exec = new LinkedHashMap<>(execution);
        exec.put("weight", funds);
        exec.remove("omittedWhenUnprinted");
        exec.put("standard", "预算执行率 = 全年执行数 / 全年预算数 × 100%；得分 = " + f + " 分 × 预算执行率，最高 " + f + " 分（表中所印“"
                + fundsHeading + "”）。");
        exec.put("standardEn", "Budget execution rate = executed in the year / full-year budget × 100%; score = " + f
                + " points × the rate, at most " + f + " points (as the table prints).");
        @SuppressWarnings("unchecked")
        Map<String, Object> execMethod = new LinkedHashMap<>((Map<String, Object>) execution.get("method"));
        execMethod.remove("pointsFrom");
        execMethod.put("points", funds);
        exec.put("method", execMethod);
        // the indicators: one criterion over every 一级 the built-in's indicator criteria count
        LinkedHashSet<Object> level1 = new LinkedHashSet<>();
        for (Map<String, Object> l : leaves) {
            if (onIndicators(l)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) l.get("method");
                if (m.get("level1") instanceof List<?> names) {
                    level1.addAll(names);
                }
            }
        }
        Map<String, Object> ind = new LinkedHashMap<>();
        ind.put("id", "performance-indicators");
        ind.put("name", "绩效指标（产出、效益、满意度指标）");
        ind.put("nameEn", "Performance indicators (output, benefit, satisfaction)");
        ind.put("weight", rows);
        ind.put("standard", firstIndicators.get("standard"));
        ind.put("standardEn", firstIndicators.get("standardEn"));
        ind.put("restsOnIndicators", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> indMethod = new LinkedHashMap<>((Map<String, Object>) firstIndicators.get("method"));
        indMethod.put("level1", new ArrayList<>(level1));
        ind.put("method", indMethod);
        List<Object> criteria = new ArrayList<>();
        criteria.add(node("预算执行", "Budget execution", funds, null,
                node("年度预算执行情况", "Budget execution in the year", funds, null, exec)));
        criteria.add(node(blocks != null ? "年度绩效目标" : stripPoints(rowsHeading, "年度绩效目标"), "Performance targets of the year", rows, null,
                node("绩效指标", "Performance indicators", rows, Boolean.TRUE, ind)));
        out.put("criteria", criteria);
        return out;
    }

    /**
     * The built-in framework whose layout {@code whole} (a framework of printed points, {@link #of}) is, other than
     * {@code notThis} (the built-in the table's points were held against and found to weigh otherwise): of the same kind,
     * the same grades and taxonomy, an {@code unpointed} declaration only where {@code whole} makes one, and criteria of
     * the same kinds at the same points: its budget execution ({@value #EXECUTION}, a {@code ratio}) weighed at the funds
     * block's points, and its indicator criteria ({@code indicator-points}, nothing else) at the indicators' points in all,
     * over the same 一级 and with the same achievement bands. Null where none is (30 + 70: a whole framework is written, as
     * before session 55). What differs is no score's part: the names of the groups (天长 2020's 年度目标1, t69) and the
     * texts of the 评分标准; since session 55 such a table is written as a short file extending the built-in
     * ({@link #extending}) instead of a whole copy.
     */
    static String layoutOf(Map<String, Object> whole, String notThis) {
        List<Map<String, Object>> own = new ArrayList<>();
        leaves(whole.get("criteria"), own);
        Map<String, Object> ownExec = own.stream().filter(l -> EXECUTION.equals(l.get("id"))).findFirst().orElse(null);
        List<Map<String, Object>> ownInd = own.stream().filter(PrintedFramework::onIndicators).toList();
        if (ownExec == null || ownInd.size() != 1 || own.size() != 2) {
            return null;
        }
        for (String id : io.github.jixiao.score.FrameworkLoader.BUILT_IN) {
            if (id.equals(notThis)) {
                continue;
            }
            Map<String, Object> b = builtIn(id);
            if (!java.util.Objects.equals(b.get("kind"), whole.get("kind")) || !java.util.Objects.equals(b.get("grades"), whole.get("grades"))
                    || !java.util.Objects.equals(b.get("taxonomy"), whole.get("taxonomy")) || b.containsKey("unpointed") && !whole.containsKey("unpointed")
                    || b.containsKey("resultsMinimum")) {
                continue;
            }
            List<Map<String, Object>> leaves = new ArrayList<>();
            leaves(b.get("criteria"), leaves);
            List<Map<String, Object>> exec = leaves.stream().filter(l -> EXECUTION.equals(l.get("id"))).toList();
            List<Map<String, Object>> ind = leaves.stream().filter(PrintedFramework::onIndicators).toList();
            if (exec.size() != 1 || ind.isEmpty() || exec.size() + ind.size() != leaves.size()
                    || !(exec.get(0).get("method") instanceof Map<?, ?> em) || !"ratio".equals(em.get("type")) || em.containsKey("pointsFrom")
                    || exec.get(0).containsKey("omittedWhenUnprinted")
                    || weight(exec.get(0)).compareTo(weight(ownExec)) != 0 || !(em.get("points") instanceof Number pts)
                    || new BigDecimal(pts.toString()).compareTo(weight(ownExec)) != 0
                    || ind.stream().map(PrintedFramework::weight).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(weight(ownInd.get(0))) != 0) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> ownMethod = (Map<String, Object>) ownInd.get(0).get("method");
            LinkedHashSet<Object> level1 = new LinkedHashSet<>();
            boolean sameBands = true;
            for (Map<String, Object> l : ind) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) l.get("method");
                sameBands &= java.util.Objects.equals(m.get("achievementBands"), ownMethod.get("achievementBands"));
                if (m.get("level1") instanceof List<?> names) {
                    level1.addAll(names);
                }
            }
            if (sameBands && ownMethod.get("level1") instanceof List<?> names && level1.equals(new LinkedHashSet<>(names))) {
                return id;
            }
        }
        return null;
    }

    /**
     * The short framework file that extends the built-in {@code builtIn} ({@link #layoutOf}) in place of {@code whole}: its
     * {@code $schema}, {@code extends}, {@code id} and {@code version} as the whole one's (printed-points-20-80, 1: a
     * re-import tells its own file by them), its names, a {@code source} saying which cells print the points and which
     * built-in lays them out so, and {@code whole}'s {@code unpointed} (no row prints its 分值, t13), the one thing of the
     * table's an extending file may say that the built-in does not; the rest (methods, taxonomy, grades) is the built-in's
     * and follows its updates.
     */
    static Map<String, Object> extending(Map<String, Object> whole, String builtIn, String fundsCell, String fundsHeading, String rowsCell,
                                         String rowsHeading, String blocks, String table, String comparedTo, boolean word) {
        Map<String, Object> base = builtIn(builtIn);
        Map<String, Object> other = builtIn(comparedTo);
        table = cap(table, 300);
        String f = weight(firstLeaf(whole, true)).stripTrailingZeros().toPlainString();
        String r = weight(firstLeaf(whole, false)).stripTrailingZeros().toPlainString();
        String fundsEn = word ? io.github.jixiao.report.Cells.english(fundsCell) : fundsCell;
        String rowsEn = word ? String.join(", ", java.util.Arrays.stream(rowsCell.split(", ")).map(io.github.jixiao.report.Cells::english).toList())
                : rowsCell;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", whole.get("$schema"));
        out.put("extends", builtIn);
        out.put("id", whole.get("id"));
        out.put("version", whole.get("version"));
        out.put("name", whole.get("name"));
        out.put("nameEn", whole.get("nameEn"));
        out.put("source", "jixiao:import 按 " + table + " 所印分值写成：单元格 " + fundsCell + "“" + fundsHeading + "”印 " + f + " 分，单元格 "
                + rowsCell + "“" + rowsHeading + "”印 " + (blocks != null ? blocks + " = " : "") + r + " 分，合计 100 分，正是内置框架 " + builtIn
                + "（" + base.get("name") + "）的表式；内置框架 " + comparedTo + " 按 " + points(other, true) + " + "
                + points(other, false) + " 分计，与表不合。计分办法、指标分类和评分等级都是 " + builtIn + " 的，随它更新。"
                + "表中所印分值改了的，重新导入（-Djixiao.overwrite=true）即按新分值写成本文件。"
                + " / Written by jixiao:import from the points " + table + " prints: " + f + " at cell " + fundsEn + ", "
                + (blocks != null ? blocks + " = " + r + " at cells " : r + " at cell ") + rowsEn + ", 100 in all, the layout of the built-in framework "
                + builtIn + "; its methods, taxonomy and grades are " + builtIn + "'s and follow its updates.");
        for (String k : List.of("unpointed", "unpointedEn")) {
            if (whole.containsKey(k) && !base.containsKey("unpointed")) {
                out.put(k, whole.get(k));
            }
        }
        return out;
    }

    /** {@code whole}'s budget execution ({@code funds}) or its indicators' criterion. */
    private static Map<String, Object> firstLeaf(Map<String, Object> whole, boolean funds) {
        List<Map<String, Object>> leaves = new ArrayList<>();
        leaves(whole.get("criteria"), leaves);
        return leaves.stream().filter(l -> funds ? EXECUTION.equals(l.get("id")) : onIndicators(l)).findFirst().orElseThrow();
    }

    private static BigDecimal weight(Map<String, Object> leaf) {
        return new BigDecimal(String.valueOf(leaf.get("weight")));
    }

    /** {@code s} cut to {@code max} characters, with an ellipsis where it was cut. */
    private static String cap(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** A criterion over {@code child}. */
    private static Map<String, Object> node(String name, String nameEn, BigDecimal weight, Boolean results, Map<String, Object> child) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("name", name);
        n.put("nameEn", nameEn);
        n.put("weight", weight);
        if (results != null) {
            n.put("results", results);
        }
        n.put("children", List.of(child));
        return n;
    }

    /** A heading without its printed points (年度绩效目标（80分） → 年度绩效目标); {@code otherwise} where nothing is left. */
    private static String stripPoints(String heading, String otherwise) {
        // and a colon left before them (天长 2020's 年度目标1:(80分) → 年度目标1)
        String h = heading == null ? "" : heading.replaceAll("[:：]?\\s*[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[）)]\\s*$", "").strip();
        return h.isEmpty() || h.length() > 100 ? otherwise : h;
    }

    private static boolean onIndicators(Map<String, Object> leaf) {
        return leaf.get("method") instanceof Map<?, ?> m && "indicator-points".equals(m.get("type"));
    }

    /** The built-in's points on the budget execution ({@code funds}) or on its indicator criteria. */
    static String points(Map<String, Object> base, boolean funds) {
        List<Map<String, Object>> leaves = new ArrayList<>();
        leaves(base.get("criteria"), leaves);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> l : leaves) {
            if (funds ? EXECUTION.equals(l.get("id")) : onIndicators(l)) {
                sum = sum.add(new BigDecimal(String.valueOf(l.get("weight"))));
            }
        }
        return sum.stripTrailingZeros().toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static void leaves(Object criteria, List<Map<String, Object>> out) {
        if (!(criteria instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                if (m.get("children") instanceof List<?> children) {
                    leaves(children, out);
                } else {
                    out.add((Map<String, Object>) m);
                }
            }
        }
    }

    /**
     * Built-in framework {@code id} as plain values, a copy of its own to build on: from the engine's one cache of the
     * packaged frameworks ({@link io.github.jixiao.score.FrameworkLoader#builtInValues}); until session 56 the packaged JSON
     * was read and parsed here on every call ({@link #layoutOf} asks for each of the six).
     */
    static Map<String, Object> builtIn(String id) {
        return io.github.jixiao.score.FrameworkLoader.builtInValues(id);
    }
}
