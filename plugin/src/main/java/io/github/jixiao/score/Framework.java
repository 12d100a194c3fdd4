package io.github.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoring framework (评价指标体系), bound from a file that {@code framework.schema.json} has validated: the
 * criteria tree 一级 → 二级 → 三级, each leaf with its weight, its 评分标准 and its {@link Method}; the grade
 * bands; and the indicator categories the framework expects (for lint rules).
 *
 * <p>{@link #file()} is where it was read: a built-in's class-path resource name, or the project-relative file;
 * {@link #english()} the framework's own English for its Chinese texts ({@code nameEn} of the framework, groups,
 * leaves, sub-items and {@code zeroWhen}; {@code gradeEn}; {@code standardEn}; {@code labelEn} of expressions, lookups
 * and cases): Chinese text → English, for reports with {@code -Djixiao.locale=en}.
 *
 * <p>Immutable, with the value equality of its components. A class rather than a record so that the leaf list, the
 * leaves by id and whether a leaf scores indicators by their points are derived once, when it is made: the scorer and
 * the rules ask them of every submission, and each call rebuilt the list and searched it.
 */
public final class Framework {

    private final String id;
    private final String version;
    private final String name;
    private final String kind;
    private final String source;
    private final List<Grade> grades;
    private final List<Category> taxonomy;
    private final List<Group> criteria;
    private final String file;
    private final String partial;
    private final PartialCut partialCut;
    private final String unpointed;
    /** {@code "unprinted"}: the form prints a 得分 on each indicator row but no 分值 ({@link #rowPointsUnprinted}); else null. */
    private final String rowPoints;
    /** {@code "progress"}: the form's 实际完成值 place prints the work's progress, 实施进度 ({@link #actualIsProgress}); else null. */
    private final String actualIs;
    /**
     * {@code "noFunds": true}: the form the framework scores lists no funds at all, no 预算数 and no 执行数 (吕梁 护工 2021,
     * t58's 绩效目标完成情况表; {@link #noFunds}); else false.
     */
    private final boolean noFunds;
    private final java.util.Map<String, String> english;
    /** The built-in framework this one extends ({@code "extends"} in its file), or null. */
    private final Base base;
    /** Every leaf in framework order, by id, and whether one scores indicators by their points: derived once, here. */
    private final List<Leaf> leaves;
    private final java.util.Map<String, Leaf> byId;
    private final boolean indicatorsCarryPoints;
    /** Where the framework file gives each of its top-level keys ("/partial" → its line and column): see {@link #place}. */
    private final java.util.Map<String, io.github.jixiao.load.Src> places;

    /** A complete framework. */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, null, java.util.Map.of());
    }

    /** A framework without English texts. */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, java.util.Map.of());
    }

    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial,
                     java.util.Map<String, String> english) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, null, english);
    }

    /** A framework whose form prints no points on its indicator rows by design ({@link #unpointed}), or null. */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial, String unpointed,
                     java.util.Map<String, String> english) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, null, unpointed, english);
    }

    /** A partial framework that also says, as data, what its copy's cut leaves out ({@link #partialCut}), or null. */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial, PartialCut partialCut,
                     String unpointed, java.util.Map<String, String> english) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, partialCut, unpointed, english, null);
    }

    /** A framework that extends a built-in one ({@link #base}), or null. */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial, PartialCut partialCut,
                     String unpointed, java.util.Map<String, String> english, Base base) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, partialCut, unpointed, null, english, base);
    }

    /** A framework whose form prints no 分值 on its indicator rows, the points printed on the block ({@link #rowPointsUnprinted}). */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial, PartialCut partialCut,
                     String unpointed, String rowPoints, java.util.Map<String, String> english, Base base) {
        this(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, partialCut, unpointed, rowPoints, null,
                english, base);
    }

    /** A framework whose form prints the work's progress where the actual stands ({@link #actualIsProgress}). */
    public Framework(String id, String version, String name, String kind, String source, List<Grade> grades,
                     List<Category> taxonomy, List<Group> criteria, String file, String partial, PartialCut partialCut,
                     String unpointed, String rowPoints, String actualIs, java.util.Map<String, String> english, Base base) {
        this.rowPoints = rowPoints;
        this.actualIs = actualIs;
        this.noFunds = false;
        this.base = base;
        this.places = java.util.Map.of();
        this.id = id;
        this.version = version;
        this.name = name;
        this.kind = kind;
        this.source = source;
        this.grades = List.copyOf(grades);
        this.taxonomy = List.copyOf(taxonomy);
        this.criteria = List.copyOf(criteria);
        this.file = file;
        this.partial = partial;
        this.partialCut = partial == null ? null : partialCut;
        this.unpointed = unpointed;
        this.english = withGoalSpellings(frozen(english));
        List<Leaf> all = new ArrayList<>();
        for (Group l1 : this.criteria) {
            for (Group l2 : l1.groups()) {
                all.addAll(l2.leaves());
            }
        }
        this.leaves = List.copyOf(all);
        java.util.Map<String, Leaf> ids = new java.util.HashMap<>();
        boolean points = false;
        for (Leaf l : leaves) {
            ids.putIfAbsent(l.id(), l); // the first of a repeated id, as a search in framework order finds it
            points |= l.method() instanceof Method.IndicatorPoints;
        }
        this.byId = ids;
        this.indicatorsCarryPoints = points;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    public List<Grade> grades() {
        return grades;
    }

    public List<Category> taxonomy() {
        return taxonomy;
    }

    public List<Group> criteria() {
        return criteria;
    }

    /** Where it was read: a built-in's class-path resource name, or the project-relative file. */
    public String file() {
        return file;
    }

    /** What part of the published 评分表 is missing, or null for a complete framework. */
    public String partial() {
        return partial;
    }

    /**
     * What a partial framework's copy leaves out past its cut, as data ({@code partialCut} of the file; null where the
     * file says none, or the framework is complete): {@code indicators} where no indicator row is in the copy (衡阳 贯塘乡
     * 2023, 宁德 方志委 2018), {@code pointsOf} the names of the rows whose 分值 (权重) is past it (南充 退耕 2023: the first
     * row's 权重). The {@link #partial} note says it in words; the checks read this (Engine.partialCutOnce).
     */
    public PartialCut partialCut() {
        return partialCut;
    }

    /**
     * What a partial framework's copy leaves out past its cut ({@link #partialCut()}); {@code executionReason}: the cell
     * in which the form gives the reason for the budget's execution is past it (隆阳 2022, t84's form: 偏差大或目标未完成原因分析
     * is printed after the total, the copy ends under 效益指标). {@code copyStart}: the copy starts inside the table, the
     * mirror of its end (大英 医保 2023, t96: its first row a 时效 row, the funds block and 35 points of rows before it): the
     * categories the taxonomy lists before its first row's and a funds block the copy does not hold are before its start,
     * not the table's gaps (IndicatorCategoryMissing, Engine.partialCutOnce). {@code targetOf}: the names of the rows the
     * copy breaks off in before their 指标值 (南岳 2023, t60: 补助标准 "15", the rest of its cell and every row after it past
     * the end): the row's value, actual and score are past it; {@code endsIn}: the 一级 (and 二级) heading the copy breaks
     * off in, where the form does not print its categories in the taxonomy's order (奉节 2023, t63: 财预〔2021〕101号's
     * order, 成本 first, the copy ending at "产出指标 | 数量指"): that category and every one the taxonomy lists after it are
     * past the cut, whatever the copy's last row is; {@code scoreOf} the names of the rows whose 得分 is past it (昌宁 2022,
     * t116: the copy ends at "种母猪(≥头) 20 20", its 得分 not in it; session 52). {@code funds}: the copy breaks off inside
     * the funds block (大英 双心 2020, t44: 资金到位 cut after its head, only 批复 10 万元 read from the text after it): the figures
     * past the cut (全年执行数, 全年预算数) are not asked for (Engine.partialCutOnce; session 53). {@code actuals}: the rows'
     * results are past the cut (新田 吴冲路 2022, t103, a 运行监控 report ending at "三、1-", its section 三 the indicators'
     * completion): no row is asked for its value to date, forecast and likelihood (no-monitoring…), nor at 自评 for its
     * actual (no-actual…); the partial note says the cut, at the stages the scorer does not run at too (运行监控, 目标申报) ({@code partial-actuals}; session 54).
     * {@code unreadable}: the names of the rows whose 指标值 and 实际完成值 are printed in the copy but cannot be read (原州 2022,
     * t23: a PDF's text layer giving "采购的原原种合格率290$", "工5%", "80%^80%"), not transcribed: read as {@code targetOf}'s rows
     * are (not asked for, not scored), the scorer's detail saying the damage, not a cut (session 55; audit s55 A10 row A3).
     */
    public record PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason, boolean copyStart,
                             List<String> targetOf, List<String> endsIn, List<String> scoreOf, boolean funds, boolean actuals,
                             List<String> unreadable) {
        public PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason, boolean copyStart,
                          List<String> targetOf, List<String> endsIn, List<String> scoreOf, boolean funds, boolean actuals) {
            this(indicators, pointsOf, executionReason, copyStart, targetOf, endsIn, scoreOf, funds, actuals, List.of());
        }

        public PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason, boolean copyStart,
                          List<String> targetOf, List<String> endsIn, List<String> scoreOf, boolean funds) {
            this(indicators, pointsOf, executionReason, copyStart, targetOf, endsIn, scoreOf, funds, false);
        }

        public PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason, boolean copyStart,
                          List<String> targetOf, List<String> endsIn, List<String> scoreOf) {
            this(indicators, pointsOf, executionReason, copyStart, targetOf, endsIn, scoreOf, false);
        }

        public PartialCut(boolean indicators, List<String> pointsOf) {
            this(indicators, pointsOf, false, false, List.of(), List.of(), List.of(), false);
        }

        public PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason) {
            this(indicators, pointsOf, executionReason, false, List.of(), List.of(), List.of(), false);
        }

        public PartialCut(boolean indicators, List<String> pointsOf, boolean executionReason, boolean copyStart) {
            this(indicators, pointsOf, executionReason, copyStart, List.of(), List.of(), List.of(), false);
        }

        public PartialCut {
            pointsOf = pointsOf == null ? List.of() : List.copyOf(pointsOf);
            targetOf = targetOf == null ? List.of() : List.copyOf(targetOf);
            endsIn = endsIn == null ? List.of() : List.copyOf(endsIn);
            scoreOf = scoreOf == null ? List.of() : List.copyOf(scoreOf);
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }

        /** Whether the row named {@code row} is printed in the copy with its 指标值 and 实际完成值 unreadable ({@code unreadable}). */
        public boolean unreadable(String row) {
            return row != null && unreadable.contains(row);
        }

        /** A field of an indicator row the copy's cut can fall in or before. */
        public enum RowField {
            /** Its 指标值 and every cell after it (targetOf: 南岳 2023, t60's 补助标准; or unreadable in the copy: 原州 2022, t23). */
            VALUE,
            /** Its 分值 or 权重 (pointsOf). */
            POINTS,
            /** Its 得分 (scoreOf: 昌宁 2022, t116). */
            SCORE
        }

        /** Whether {@code field} of the row named {@code row} is past the copy's cut (its list names the row). */
        public boolean past(String row, RowField field) {
            List<String> rows = switch (field) {
                case VALUE -> targetOf;
                case POINTS -> pointsOf;
                case SCORE -> scoreOf;
            };
            return row != null && (rows.contains(row) || field == RowField.VALUE && unreadable.contains(row));
        }

        /**
         * Whether the copy holds no funds figures to score: its funds block before the copy's start ({@code copyStart}, and
         * the copy holds no funds block: {@code noFunds}; 大英 医保 2023, t96) or past its cut ({@code funds}: 大英 双心 2020,
         * t44). The one decision, read by the scorer alone (Scorer.fundsCut): a criterion scored on those figures weighs
         * nothing, and none of them is asked for, whatever rules a project turned off (since session 55; until then the
         * Engine's partial-cut fold dropped some of the asks, only while the partial note survived: review s54 R4 L5).
         */
        public boolean fundsAbsent(boolean noFunds) {
            return funds || copyStart && noFunds;
        }

        /** Whether some row's {@code field} is past the cut (a list of rows is given for it). */
        public boolean anyPast(RowField field) {
            return field == RowField.VALUE && !unreadable.isEmpty() || !(switch (field) {
                case VALUE -> targetOf;
                case POINTS -> pointsOf;
                case SCORE -> scoreOf;
            }).isEmpty();
        }
    }

    /**
     * Why the form this framework scores prints no 分值 and no 得分 on its indicator rows (the 中央对地方转移支付
     * 区域绩效自评表: 霍山 2024, 田家庵 2024, 宁夏 2023), or null for a form whose rows carry their points. Rows without
     * points are then no missing data: no score-input-missing asks for them, and no total or grade is given where no
     * row carries any (score-weights {@code unpointed} says so, once).
     */
    public String unpointed() {
        return unpointed;
    }

    /** Whether the form prints no points on its indicator rows by design ({@link #unpointed}). */
    public boolean isUnpointed() {
        return unpointed != null;
    }

    /**
     * Whether the form prints a 得分 on each indicator row but no 分值, its points printed once on the block (the 20 + 80
     * 项目自评表, project-20-80: 年度绩效目标 80 分 over rows of 年初目标值 / 实际完成值 / 得分; {@code "rowPoints":
     * "unprinted"}). Unlike {@link #unpointed} the rows are scored where their points are given (a category's points
     * printed on a 一级, indicators.json {@code categories}: 保山 2022, t84); where none are, the finding that no row
     * carries points says the form's limit, not a column to fill in (score-input-missing's {@code -unprinted} variants,
     * a note; session 55, s55 A10 B2: 襄阳 2021, 金步 2020, 隆阳 2022, 施甸 2021 and 黄冈 2020 were each an error telling
     * the clerk to invent a column the form does not have).
     */
    public boolean rowPointsUnprinted() {
        return "unprinted".equals(rowPoints);
    }

    /**
     * Whether the form prints the work's progress where the actual stands ({@code "actualIs": "progress"}: 四川's
     * 项目支出绩效自评报告, 指标值 | 实施进度, "已完成100%" on every row, 大英 双心 2020, t44): what is transcribed as the
     * actual is how far the work has gone, not a measured value in the target's unit. A progress percentage is then not
     * compared with the target's unit, nor is one verdict of progress on every row boilerplate (session 56, s55 A10 A2).
     */
    public boolean actualIsProgress() {
        return "progress".equals(actualIs);
    }

    /**
     * Whether the form lists no funds at all ({@code "noFunds": true}: 吕梁 护工 2021, t58, whose 绩效目标完成情况表 has no
     * 预算数 or 执行数 and whose report gives none): a criterion scored on the funds figures the submission then lacks is
     * left unscored, out of the points scored, and its missing figures are said as the report's gap, a warning
     * (score-input-missing {@code no-funds}; session 57, audit s57 A12 row B2), not 0 points and an error asking for
     * figures the form has no place for.
     */
    public boolean noFunds() {
        return noFunds;
    }

    /** This framework with {@link #noFunds()} as given; nothing else changed. */
    Framework withNoFunds(boolean noFunds) {
        return noFunds == this.noFunds ? this : new Framework(this, noFunds);
    }

    /** {@code f} with {@link #noFunds} as given. */
    private Framework(Framework f, boolean noFunds) {
        this(f, f.base, f.places, noFunds);
    }

    /**
     * The built-in framework a project's framework file extends ({@code "extends": "mof-project-2020"}), as it was when
     * this one was made from it: its id and version. Null for a framework that extends none (a built-in, or a whole file).
     * The summary names both, this framework's id and version and its base's: what produced the score.
     */
    public Base base() {
        return base;
    }

    /** This framework as extending {@code base}. */
    public Framework withBase(Base base) {
        return new Framework(this, base, places);
    }

    /**
     * This framework with where its file gives its top-level keys, so that a finding on the file's declaration
     * ({@code /partial}, {@code /unpointed}, {@code /extends}, {@code /criteria}) names its line and column.
     */
    public Framework withPlaces(java.util.Map<String, io.github.jixiao.load.Src> places) {
        return new Framework(this, base, places);
    }

    /** Where the framework's file gives the top-level key at {@code pointer} ("/extends"), or null where it is not known. */
    public io.github.jixiao.load.Src place(String pointer) {
        return places.get(pointer);
    }

    /** {@code f} with another base and places; nothing else recomputed. */
    private Framework(Framework f, Base base, java.util.Map<String, io.github.jixiao.load.Src> places) {
        this(f, base, places, f.noFunds);
    }

    /** {@code f} with another base, places and {@link #noFunds}; nothing else recomputed. */
    private Framework(Framework f, Base base, java.util.Map<String, io.github.jixiao.load.Src> places, boolean noFunds) {
        this.id = f.id;
        this.version = f.version;
        this.name = f.name;
        this.kind = f.kind;
        this.source = f.source;
        this.grades = f.grades;
        this.taxonomy = f.taxonomy;
        this.criteria = f.criteria;
        this.file = f.file;
        this.partial = f.partial;
        this.partialCut = f.partialCut;
        this.unpointed = f.unpointed;
        this.rowPoints = f.rowPoints;
        this.actualIs = f.actualIs;
        this.noFunds = noFunds;
        this.english = f.english;
        this.base = base;
        this.leaves = f.leaves;
        this.byId = f.byId;
        this.indicatorsCarryPoints = f.indicatorsCarryPoints;
        this.places = java.util.Map.copyOf(places);
    }

    /**
     * A built-in framework extended: its id and version; {@code unpointedInherited}: the base declares {@code unpointed}
     * (its form prints no points on the indicator rows) and the extending file does not, so that the declaration is
     * the built-in's, carried over, not one the project's file wrote (the scorer says it so and never asks the file to
     * delete a key it does not have: 霍山 2024, t85; 四川 两品一械 2021, t106; 田家庵 2024, t68; session 54);
     * {@code kindChangedFrom}: the base's own kind where the extending file states another (a 部门整体 自评表 in the 10号
     * project layout over mof-project-2020, since session 55; the summary says so), else null.
     */
    public record Base(String id, String version, boolean unpointedInherited, String kindChangedFrom) {
        /** A base whose {@code unpointed}, if any, the extending file does not merely inherit. */
        public Base(String id, String version) {
            this(id, version, false);
        }

        /** A base whose kind the extending file keeps. */
        public Base(String id, String version, boolean unpointedInherited) {
            this(id, version, unpointedInherited, null);
        }
    }

    /** The framework's own English for its Chinese texts (see the class comment). */
    public java.util.Map<String, String> english() {
        return english;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framework f && Objects.equals(id, f.id) && Objects.equals(version, f.version)
                && Objects.equals(name, f.name) && Objects.equals(kind, f.kind) && Objects.equals(source, f.source)
                && grades.equals(f.grades) && taxonomy.equals(f.taxonomy) && criteria.equals(f.criteria)
                && Objects.equals(file, f.file) && Objects.equals(partial, f.partial) && Objects.equals(partialCut, f.partialCut)
                && Objects.equals(unpointed, f.unpointed) && Objects.equals(rowPoints, f.rowPoints)
                && Objects.equals(actualIs, f.actualIs) && noFunds == f.noFunds && english.equals(f.english) && Objects.equals(base, f.base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, name, kind, source, grades, taxonomy, criteria, file, partial, partialCut, unpointed, rowPoints, actualIs, noFunds, english, base);
    }

    @Override
    public String toString() {
        return "Framework[id=" + id + ", version=" + version + ", file=" + file + "]";
    }

    /** The framework's English for {@code zh} (a name, label, grade or 评分标准 of this framework), else {@code zh}. */
    public String english(String zh) {
        return zh == null ? null : english.getOrDefault(zh, zh);
    }

    /** Only part of the published 评分表 is transcribed ({@link #partial} says which part is missing): no grade. */
    public boolean isPartial() {
        return partial != null;
    }

    /**
     * Whether points {@code weight} falling short of {@code of} (the framework's, in all or in a category) is this
     * framework's cut, the end of a partial copy, rather than the table's defect: score-weights says neither the total
     * nor the split then ({@link #isPartial}'s partial says the total covers the part held; t23, t46).
     */
    public boolean cutShort(java.math.BigDecimal weight, java.math.BigDecimal of) {
        return isPartial() && weight.compareTo(of) < 0;
    }

    private static final Class<?> FROZEN = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>()).getClass();

    /**
     * {@code m} as an unmodifiable map in its order: copied once, where the framework is made, and then passed on
     * as it is ({@link ScoreSheet} keeps the framework's map instead of copying its hundreds of entries for every
     * submission scored). A map already unmodifiable is kept as it is: the only one passed on is the framework's
     * own, an unmodifiable view of its private copy.
     */
    /**
     * {@code m} with each category's English also under its 目标 and 值 spellings (产出目标 and 产出值 → Output indicators, as
     * 产出指标), which 福建 2020 and 山东 临邑 2025 print and the reports show as printed; {@code m} itself when there is
     * nothing to add.
     */
    private static java.util.Map<String, String> withGoalSpellings(java.util.Map<String, String> m) {
        java.util.Map<String, String> out = null;
        for (java.util.Map.Entry<String, String> e : m.entrySet()) {
            String k = e.getKey();
            if (k.length() > 2 && k.endsWith("指标")) {
                for (String spelt : new String[] {"目标", "值"}) {
                    String goal = k.substring(0, k.length() - 2) + spelt;
                    if (!m.containsKey(goal)) {
                        out = out == null ? new java.util.LinkedHashMap<>(m) : out;
                        out.putIfAbsent(goal, e.getValue());
                    }
                }
            }
        }
        return out == null ? m : java.util.Collections.unmodifiableMap(out);
    }

    static java.util.Map<String, String> frozen(java.util.Map<String, String> m) {
        if (m == null) {
            return java.util.Map.of();
        }
        return m.getClass() == FROZEN ? m : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** A grade band on the 2-decimal total. */
    public record Grade(String grade, BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive) {
        public boolean contains(BigDecimal v) {
            int lo = v.compareTo(min);
            int hi = v.compareTo(max);
            return (minInclusive ? lo >= 0 : lo > 0) && (maxInclusive ? hi <= 0 : hi < 0);
        }
    }

    /**
     * An indicator category (一级) and its 二级 categories; optional ones may have no indicators; aliases are the
     * other spellings the tables print for the same category.
     *
     * @param atLeast how many of its 二级 must be evaluated (have an applicable row; one marked not applicable does not
     *                count), optional ones counting;
     *                0 when the framework asks for none beyond the required ones (ST-8: 深圳's 效益指标, three of four)
     */
    public record Category(String level1, List<String> aliases, boolean optional, List<SubCategory> level2, int atLeast) {
        public Category {
            aliases = List.copyOf(aliases);
            level2 = List.copyOf(level2);
        }

        /** Whether {@code label} names this 一级 category. */
        public boolean matches(String label) {
            return Taxonomy.same(level1, aliases, label);
        }

        /** The names of its 二级 categories, in the framework's order. */
        public List<String> level2Names() {
            return level2.stream().map(SubCategory::name).toList();
        }
    }

    public record SubCategory(String name, List<String> aliases, boolean optional) {
        public SubCategory {
            aliases = List.copyOf(aliases);
        }

        /** Whether {@code label} names this 二级 category. */
        public boolean matches(String label) {
            return Taxonomy.same(name, aliases, label);
        }
    }

    /** Whether the framework sorts indicators into categories (a 重庆 部门整体 table does not). */
    public boolean hasTaxonomy() {
        return !taxonomy.isEmpty();
    }

    /** Whether the framework needs an indicators.json: it scores indicators or expects their categories. */
    public boolean needsIndicators() {
        return hasTaxonomy() || indicatorsCarryPoints();
    }

    /** The 一级 category {@code label} names, if the taxonomy has it. */
    public Optional<Category> category(String label) {
        return taxonomy.stream().filter(c -> c.matches(label)).findFirst();
    }

    /**
     * The one 一级 category a row filed with the 二级 {@code level2} and no 一级 belongs to: the taxonomy has that 二级
     * (by its name or an alias) under this 一级 and under no other, and the label names no other 一级 either. Empty when
     * the label is blank, no 二级 of the taxonomy, or ambiguous: mof-project-2020's 成本指标 is a 二级 of 产出指标 and the
     * 一级 of 财预〔2021〕101号, and its 经济成本指标 a 二级 of both. (满意度指标 is a 二级's alias and the 一级 it sits
     * under: that is one category, not two.)
     */
    public Optional<Category> parentOf(String level2) {
        if (level2 == null || level2.isBlank()) {
            return Optional.empty();
        }
        Category found = null;
        for (Category c : taxonomy) {
            boolean under = false;
            for (SubCategory s : c.level2()) {
                under |= s.matches(level2);
            }
            if (under || c.matches(level2)) {
                if (found != null) {
                    return Optional.empty(); // a second 一级: ambiguous
                }
                if (!under) {
                    return Optional.empty(); // names a 一级 it is no 二级 of (产出指标 as a 二级): nothing to infer
                }
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The longest label {@link #split} tries (产出数量指标 is 6; 效益可持续影响指标 12). */
    private static final int SPLIT_MAX = 40;

    /**
     * A category cell that names a 一级 and one of its 二级 run together, as 河北's 项目绩效评价指标表 prints them in its 评价内容
     * column (宁晋 2019: 产出数量指标; 效益社会效益指标): {the 一级's name, the 二级 as printed}, the 一级 named by the cell's
     * head (产出, or 产出指标) and the 二级 by the rest (数量指标, or 数量) as {@link Category#matches} and
     * {@link SubCategory#matches} read them. Empty for a label that itself names a 一级 or a 二级 (满意度指标, 社会效益指标),
     * or that no split reads (制度指标).
     */
    public Optional<String[]> split(String label) {
        if (label == null || label.isBlank() || category(label).isPresent()) {
            return Optional.empty();
        }
        for (Category c : taxonomy) {
            for (SubCategory s : c.level2()) {
                if (s.matches(label)) {
                    return Optional.empty(); // a 二级 of its own
                }
            }
        }
        String l = label.strip();
        if (l.length() > SPLIT_MAX) {
            return Optional.empty(); // no category name is this long: a hostile cell is not tried at every split
        }
        for (int i = 1; i < l.length(); i++) {
            String head = l.substring(0, i);
            String rest = l.substring(i);
            for (Category c : taxonomy) {
                if (!c.matches(head)) {
                    continue;
                }
                for (SubCategory s : c.level2()) {
                    if (s.matches(rest)) {
                        return Optional.of(new String[] {c.level1(), rest});
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A 一级 or 二级 node: its name, weight and children (二级 groups under a 一级; leaves under a 二级). */
    public record Group(String name, BigDecimal weight, List<Group> groups, List<Leaf> leaves) {
        public Group {
            groups = List.copyOf(groups);
            leaves = List.copyOf(leaves);
        }
    }

    /**
     * A 三级 criterion.
     *
     * @param pointer              where it is in the framework file
     * @param omittedWhenUnprinted the cells of the table that print this criterion's points and score (refs, the first
     *                             naming the row they belong to): when the row is there with none of them, and the
     *                             points the indicators carry already make up the framework's whole base, the table's
     *                             layout leaves the criterion out and it weighs 0 ({@code omittedWhenUnprinted}; empty:
     *                             never)
     */
    public record Leaf(
            String id,
            String name,
            String level1,
            String level2,
            BigDecimal weight,
            String standard,
            String description,
            boolean restsOnIndicators,
            Method method,
            String pointer,
            List<String> omittedWhenUnprinted) {

        public Leaf {
            Objects.requireNonNull(id);
            Objects.requireNonNull(method);
            omittedWhenUnprinted = omittedWhenUnprinted == null ? List.of() : List.copyOf(omittedWhenUnprinted);
        }

        /** A criterion the table always weighs. */
        public Leaf(String id, String name, String level1, String level2, BigDecimal weight, String standard,
                    String description, boolean restsOnIndicators, Method method, String pointer) {
            this(id, name, level1, level2, weight, standard, description, restsOnIndicators, method, pointer, List.of());
        }

        /**
         * Whether this criterion is scored on the funds block (预算执行率: a ratio of its figures), so that the block's
         * total row states its self score and 复核分 (得分 / 复核分 of 年度资金总额) where the self-assessment gives none.
         */
        public boolean scoredOnFunds() {
            return method instanceof Method.Ratio r && r.value().readsFunds();
        }
    }

    /** Every leaf, in framework order (one list, made with the framework). */
    public List<Leaf> leaves() {
        return leaves;
    }

    /** The leaf with {@code id} (the first, should the file repeat an id). */
    public Optional<Leaf> leaf(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether the framework has a leaf with {@code id}. */
    public boolean hasLeaf(String id) {
        return byId.containsKey(id);
    }

    /** The total weight of the 一级 criteria (100 for a complete framework). */
    public BigDecimal weight() {
        return criteria.stream().map(Group::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The grade of a total, or "" when no band holds it. */
    public String grade(BigDecimal total) {
        for (Grade g : grades) {
            if (g.contains(total)) {
                return g.grade();
            }
        }
        return "";
    }

    /**
     * The grade a table prints, in the short name the built-in frameworks give their bands: 优秀 is 优, 良好 良, 中等 中 and
     * 较差 差 (the long spellings many reports print: 昌宁县更戛乡 2021's "综合评价等级为优秀", t137), as self-assessment.json's
     * schema allows them; any other text stripped and as it is. Used wherever a stated grade is compared with a band's
     * name; the printed word is kept for the messages.
     */
    public static String gradeName(String printed) {
        String g = printed == null ? "" : printed.strip();
        return switch (g) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "中等" -> "中";
            case "较差" -> "差";
            default -> g;
        };
    }

    /** True when some leaf scores the 绩效指标 by the points they carry. */
    public boolean indicatorsCarryPoints() {
        return indicatorsCarryPoints;
    }
}
