package io.github.jixiao.lint;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Stage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything there is to know about a rule, next to its check (in the manner of Error Prone's
 * {@code @BugPattern}). The rule catalogue ({@code docs/rules.md}), SARIF {@code tool.driver.rules} and
 * every message text are generated from this annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id; never renamed (a rename keeps the old id in {@link #aliases()}). */
    String id();

    String[] aliases() default {};

    Severity severity();

    Category category();

    /** Stages the rule applies to. */
    Stage[] stages() default {Stage.TARGETS, Stage.MONITORING, Stage.SELF_EVALUATION};

    String titleZh();

    String titleEn();

    String rationaleZh();

    String rationaleEn();

    /** The rule or document the check rests on, e.g. 财预〔2015〕88号 第二十七条. */
    String source();

    /**
     * The source in English, for English reports (documents by their numbers, e.g. MOF Caiyu [2015] No. 88, Article
     * 27); empty when {@link #source()} is English already (RFC 8259, jixiao).
     */
    String sourceEn() default "";

    /** Message templates ({@link java.text.MessageFormat} syntax); the first is the default. */
    Message[] messages();

    /**
     * The rule's thresholds: numbers a department may change in its pom
     * ({@code <rules><rule><id>…</id><thresholds><name>value</name></thresholds></rule></rules>}); listed in the
     * catalogue. The check reads each through {@link RuleContext#threshold(String)}, never a constant of its own.
     */
    Threshold[] thresholds() default {};

    /** One threshold with its default and what it means, in both languages. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Threshold {
        /** Camel-case name, as written in the configuration. */
        String name();

        /** The default, a decimal number as written (e.g. {@code "30"}). */
        String value();

        /** Unit of the value as shown in the catalogue ({@code %}, {@code 个}, {@code ×}), or "". */
        String unit() default "";

        /**
         * The unit in English ({@code indicators} for 个, {@code × 100 million yuan} for 亿元); "" when {@link #unit()} reads
         * the same in English ({@code %}, {@code ×}, none).
         */
        String unitEn() default "";

        String zh();

        String en();
    }

    /** One message variant in both languages. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Message {
        /** Variant key; "" for the default. */
        String key() default "";

        String zh();

        String en();

        /**
         * The arguments (by index) that are lists the engine joined with "、" (allowed values, built-in ids): the
         * argument stays one language-neutral text (so the fingerprint), and the English message shows it joined
         * with ", ".
         */
        int[] lists() default {};

        /**
         * The arguments (by index) that are lists, joined with "、", of the values a field may hold (the values a schema
         * allows): the argument stays one language-neutral text (so the fingerprint), and the English message shows each
         * value as it must be written, its English after it where the framework or jixiao has one
         * ({@code 产出指标 (Output indicators), 效益指标 (Benefit indicators)}), never the English alone, which the
         * field does not accept.
         */
        int[] values() default {};

        /**
         * The arguments (by index) that quote a formula as the scoring computed it (a criterion's explanation, a zero
         * denominator): the argument is the Chinese text in every language (so the fingerprint); the English message
         * shows the English the run built with it, else, for a finding read back from a stored report (a diff's
         * resolved finding), the Chinese translated by the formula texts it was made from.
         */
        int[] formulas() default {};

        /**
         * The arguments (by index) that name a cell of an imported workbook or document (jixiao:import's sidecar): the
         * argument is the name the import gave it in every language (so the fingerprint); a Word document's cell
         * ({@code 表2!C3}, {@code 段落2}) is shown in English in English ({@code Table 2!C3}), a sheet's name never
         * translated (it is the user's data).
         */
        int[] cells() default {};

        /**
         * The arguments (by index) that name a JSON type as JSON Schema spells it (number, integer, string, boolean,
         * object, array, null, missing): the argument stays that word in every language (so the fingerprint), and the
         * message shows it in words a finance officer reads (数字, 文字 …; a number, text …).
         */
        int[] types() default {};

        /**
         * The arguments (by index) that are a submission reference, {@code role#/json/pointer} ({@code budget#/dailyPublic/actual}):
         * the argument stays the reference (so the fingerprint), and the message shows where to write it in the file
         * as its JSON: {@code budget.json 的 "dailyPublic": {"actual": …}}.
         */
        int[] refs() default {};

        /**
         * The arguments (by index) that name a field of the submission format as the JSON spells it ({@code fullYear},
         * {@code points}): the argument stays the field (so the fingerprint), and the message shows the column heading a
         * printed table gives it first, the field after it: {@code 全年预算数（fullYear）}, {@code full-year budget (fullYear)}.
         */
        int[] fields() default {};

        /**
         * The arguments (by index) that name a column of the indicator list, as its field ({@code target}) or its printed
         * heading ({@code 指标值}): the argument stays as made (so the fingerprint), and the message names the column as the
         * submission's own table heads it where it was imported from one (“年度指标值”列（target）, column 年度指标值 (target)),
         * else by the printed heading and the field (指标值（target）, 指标值 (target)), as a template's {@code {@field}} is.
         */
        int[] columns() default {};

        /**
         * The arguments (by index) that are a JSON pointer into the file the finding is in ({@code /indicators/3}): the
         * argument stays the pointer (so the fingerprint), and the message shows the file's root, {@code /}, in words a
         * finance officer reads (文件顶层, top level of the file) rather than a slash.
         */
        int[] pointers() default {};

        /**
         * The arguments (by index) the message prints that are no part of what the finding is about: a free text quoted
         * beside it (the reviewer's reason beside a 复核分) whose rewording leaves the same problem. They are shown as
         * written, but neither fingerprinted ({@link io.github.jixiao.report.Fingerprints}) nor compared when
         * {@code jixiao:diff} pairs a changed finding, so a reworded reason is no new finding and no resolved one, and a
         * baseline entry still holds the finding.
         */
        int[] details() default {};

        /**
         * The variant this one is with its {@link #details()} added (score-reviewed-differs' {@code reason} is the default
         * variant with the reviewer's reason quoted): the finding is identified under that key, so one that gains or loses
         * its details stays the same finding. Unset ({@link RuleInfo#OWN}): its own key.
         */
        String sameAs() default OWN;

        /**
         * The arguments (by index) that the {@link #sameAs()} variant prints and this one, where they hold one fixed value,
         * leaves out: still fingerprinted, so the finding stays the one it was. indicator-category-unknown's
         * {@code no-level1-unpointed} is {@code no-level1} on a row with no 分值, whose points argument is always "—" and
         * was printed as "分值 —" (audit s46 item 13); the clause is left out, the argument kept.
         */
        int[] unprinted() default {};
    }

    /** {@link Message#sameAs()} unset: the variant is identified under its own key. */
    String OWN = "\u0000";
}
