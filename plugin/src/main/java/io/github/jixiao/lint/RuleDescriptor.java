package io.github.jixiao.lint;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Stage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A rule's metadata, read once from its {@link RuleInfo} annotation. */
public record RuleDescriptor(
        String id,
        List<String> aliases,
        Severity severity,
        Category category,
        Set<Stage> stages,
        String titleZh,
        String titleEn,
        String rationaleZh,
        String rationaleEn,
        String source,
        String sourceEn,
        Map<String, String[]> messages,
        List<Threshold> thresholds,
        Map<String, Mark[]> marks,
        Map<String, Set<Integer>> details,
        Map<String, String> sameAs,
        Map<String, Set<Integer>> unprinted) {

    /**
     * What an argument of a message is, where it is shown otherwise than as written (the argument itself stays as the
     * engine made it, so the fingerprint): {@link RuleInfo.Message#lists()}, {@link RuleInfo.Message#values()},
     * {@link RuleInfo.Message#formulas()},
     * {@link RuleInfo.Message#cells()}, {@link RuleInfo.Message#types()}, {@link RuleInfo.Message#refs()},
     * {@link RuleInfo.Message#fields()}, {@link RuleInfo.Message#columns()}, {@link RuleInfo.Message#pointers()}.
     */
    public enum Mark {
        /** A list the engine joined with "、" (shown with ", " in English). */
        LIST,
        /** A list of the values a field may hold (shown with ", " in English, each as written, its English after it). */
        VALUES,
        /** A formula quoted in Chinese as scoring computed it (shown in English in English). */
        FORMULA,
        /** An imported workbook's or document's cell (a Word document's shown in English in English). */
        CELL,
        /** A JSON type as JSON Schema spells it (shown in words in each language). */
        TYPE,
        /** A submission reference, role#/pointer (shown as the JSON to write in its file). */
        REF,
        /** A field of the submission format (shown after the column heading a printed table gives it). */
        FIELD,
        /** A column of the indicator list, by its field or printed heading (shown as the imported table heads it). */
        COLUMN,
        /** A JSON pointer into the finding's file (its root, /, shown in words). */
        POINTER
    }

    /** A declared threshold: its name, default value, unit (in Chinese and in English) and meaning. */
    public record Threshold(String name, java.math.BigDecimal value, String unit, String unitEn, String zh, String en) {
        public Threshold {
            unitEn = unitEn == null || unitEn.isEmpty() ? unit : unitEn;
        }

        public Threshold(String name, java.math.BigDecimal value, String unit, String zh, String en) {
            this(name, value, unit, unit, zh, en);
        }

        public String description(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }

        /** The unit in the language of {@code locale} ("个" in Chinese, "indicators" in English). */
        public String unit(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? unitEn : unit;
        }
    }

    private static final Map<Class<?>, RuleDescriptor> CACHE = new ConcurrentHashMap<>();

    public static RuleDescriptor of(Class<?> ruleClass) {
        return CACHE.computeIfAbsent(ruleClass, c -> {
            RuleInfo info = c.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(c.getName() + " has no @RuleInfo");
            }
            Map<String, String[]> msgs = new LinkedHashMap<>();
            Map<String, Mark[]> marks = new LinkedHashMap<>();
            Map<String, Set<Integer>> details = new LinkedHashMap<>();
            Map<String, String> sameAs = new LinkedHashMap<>();
            Map<String, Set<Integer>> unprinted = new LinkedHashMap<>();
            for (RuleInfo.Message m : info.messages()) {
                msgs.put(m.key(), new String[] {m.zh(), m.en()});
                Mark[] at = new Mark[0];
                at = marked(at, Mark.LIST, m.lists());
                at = marked(at, Mark.VALUES, m.values());
                at = marked(at, Mark.FORMULA, m.formulas());
                at = marked(at, Mark.CELL, m.cells());
                at = marked(at, Mark.TYPE, m.types());
                at = marked(at, Mark.REF, m.refs());
                at = marked(at, Mark.FIELD, m.fields());
                at = marked(at, Mark.COLUMN, m.columns());
                at = marked(at, Mark.POINTER, m.pointers());
                if (at.length > 0) {
                    marks.put(m.key(), at);
                }
                if (m.details().length > 0) {
                    details.put(m.key(), Set.copyOf(java.util.Arrays.stream(m.details()).boxed().toList()));
                }
                if (!RuleInfo.OWN.equals(m.sameAs())) {
                    sameAs.put(m.key(), m.sameAs());
                }
                if (m.unprinted().length > 0) {
                    unprinted.put(m.key(), Set.copyOf(java.util.Arrays.stream(m.unprinted()).boxed().toList()));
                }
            }
            List<Threshold> th = new java.util.ArrayList<>();
            for (RuleInfo.Threshold t : info.thresholds()) {
                th.add(new Threshold(t.name(), new java.math.BigDecimal(t.value()), t.unit(), t.unitEn(), t.zh(), t.en()));
            }
            EnumSet<Stage> st = EnumSet.noneOf(Stage.class);
            st.addAll(List.of(info.stages()));
            return new RuleDescriptor(info.id(), List.of(info.aliases()), info.severity(), info.category(),
                    Collections.unmodifiableSet(st), info.titleZh(), info.titleEn(), info.rationaleZh(),
                    info.rationaleEn(), info.source(), info.sourceEn().isEmpty() ? info.source() : info.sourceEn(), Collections.unmodifiableMap(msgs), List.copyOf(th),
                    Collections.unmodifiableMap(marks), Collections.unmodifiableMap(details), Collections.unmodifiableMap(sameAs),
                    Collections.unmodifiableMap(unprinted));
        });
    }

    /** The declared threshold {@code name}, if any. */
    public Optional<Threshold> threshold(String name) {
        for (Threshold t : thresholds) { // a loop, not a stream: rules ask at every run (issue 17)
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleZh;
    }

    public String rationale(Locale locale) {
        return english(locale) ? rationaleEn : rationaleZh;
    }

    /** What the rule rests on, in the language of {@code locale}. */
    public String source(Locale locale) {
        return english(locale) ? sourceEn : source;
    }

    /**
     * {@code at} with each argument of {@code indexes} marked {@code mark}, grown as needed; an argument marked already
     * keeps its mark (the marks are applied in {@link Mark}'s order, the order they were asked in before one table).
     */
    private static Mark[] marked(Mark[] at, Mark mark, int[] indexes) {
        for (int i : indexes) {
            if (i >= at.length) {
                at = java.util.Arrays.copyOf(at, i + 1);
            }
            if (at[i] == null) {
                at[i] = mark;
            }
        }
        return at;
    }

    /** What argument {@code index} of variant {@code key}'s message is ({@link Mark}), or null for a plain one. */
    public Mark mark(String key, int index) {
        Mark[] at = marks.get(key == null ? "" : key);
        return at == null || index < 0 || index >= at.length ? null : at[index];
    }

    /**
     * Whether argument {@code index} of variant {@code key}'s message is a detail ({@link RuleInfo.Message#details()}):
     * printed, but no part of the finding's identity.
     */
    public boolean detail(String key, int index) {
        Set<Integer> at = details.get(key == null ? "" : key);
        return at != null && at.contains(index);
    }

    /**
     * Whether argument {@code index} of variant {@code key} is one its {@link RuleInfo.Message#sameAs()} variant prints and
     * it leaves out ({@link RuleInfo.Message#unprinted()}): fingerprinted all the same.
     */
    public boolean unprinted(String key, int index) {
        Set<Integer> at = unprinted.get(key == null ? "" : key);
        return at != null && at.contains(index);
    }

    /** The variant key {@code key}'s finding is identified under ({@link RuleInfo.Message#sameAs()}): its own unless declared. */
    public String identityKey(String key) {
        String k = key == null ? "" : key;
        return sameAs.getOrDefault(k, k);
    }

    /** The message template of variant {@code key} (the default one when the key is unknown). */
    public String template(String key, Locale locale) {
        String[] t = messages.get(key == null ? "" : key);
        if (t == null) {
            t = messages.values().iterator().next();
        }
        return english(locale) ? t[1] : t[0];
    }
}
