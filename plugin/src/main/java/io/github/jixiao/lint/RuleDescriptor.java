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
        Map<String, int[]> lists,
        Map<String, int[]> formulas,
        Map<String, int[]> cells,
        Map<String, int[]> types,
        Map<String, int[]> refs) {

    /** A declared threshold: its name, default value, unit and meaning. */
    public record Threshold(String name, java.math.BigDecimal value, String unit, String zh, String en) {
        public String description(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
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
            Map<String, int[]> lists = new LinkedHashMap<>();
            Map<String, int[]> formulas = new LinkedHashMap<>();
            Map<String, int[]> cells = new LinkedHashMap<>();
            Map<String, int[]> types = new LinkedHashMap<>();
            Map<String, int[]> refs = new LinkedHashMap<>();
            for (RuleInfo.Message m : info.messages()) {
                msgs.put(m.key(), new String[] {m.zh(), m.en()});
                if (m.lists().length > 0) {
                    lists.put(m.key(), m.lists().clone());
                }
                if (m.formulas().length > 0) {
                    formulas.put(m.key(), m.formulas().clone());
                }
                if (m.cells().length > 0) {
                    cells.put(m.key(), m.cells().clone());
                }
                if (m.types().length > 0) {
                    types.put(m.key(), m.types().clone());
                }
                if (m.refs().length > 0) {
                    refs.put(m.key(), m.refs().clone());
                }
            }
            List<Threshold> th = new java.util.ArrayList<>();
            for (RuleInfo.Threshold t : info.thresholds()) {
                th.add(new Threshold(t.name(), new java.math.BigDecimal(t.value()), t.unit(), t.zh(), t.en()));
            }
            EnumSet<Stage> st = EnumSet.noneOf(Stage.class);
            st.addAll(List.of(info.stages()));
            return new RuleDescriptor(info.id(), List.of(info.aliases()), info.severity(), info.category(),
                    Collections.unmodifiableSet(st), info.titleZh(), info.titleEn(), info.rationaleZh(),
                    info.rationaleEn(), info.source(), info.sourceEn().isEmpty() ? info.source() : info.sourceEn(), Collections.unmodifiableMap(msgs), List.copyOf(th),
                    Collections.unmodifiableMap(lists), Collections.unmodifiableMap(formulas),
                    Collections.unmodifiableMap(cells), Collections.unmodifiableMap(types), Collections.unmodifiableMap(refs));
        });
    }

    /** The declared threshold {@code name}, if any. */
    public Optional<Threshold> threshold(String name) {
        return thresholds.stream().filter(t -> t.name().equals(name)).findFirst();
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
     * Whether argument {@code index} of variant {@code key}'s message is a list joined with "、" (shown with ", " in
     * English): {@link RuleInfo.Message#lists()}.
     */
    public boolean isList(String key, int index) {
        return marked(lists, key, index);
    }

    /**
     * Whether argument {@code index} of variant {@code key}'s message quotes a formula in Chinese (shown in English in
     * English): {@link RuleInfo.Message#formulas()}.
     */
    public boolean isFormula(String key, int index) {
        return marked(formulas, key, index);
    }

    /**
     * Whether argument {@code index} of variant {@code key}'s message names an imported cell (a Word document's shown in
     * English in English): {@link RuleInfo.Message#cells()}.
     */
    public boolean isCell(String key, int index) {
        return marked(cells, key, index);
    }

    /**
     * Whether argument {@code index} of variant {@code key}'s message names a JSON type (shown in words in each language):
     * {@link RuleInfo.Message#types()}.
     */
    public boolean isType(String key, int index) {
        return marked(types, key, index);
    }

    /**
     * Whether argument {@code index} of variant {@code key}'s message is a submission reference (shown as the JSON to
     * write in its file): {@link RuleInfo.Message#refs()}.
     */
    public boolean isRef(String key, int index) {
        return marked(refs, key, index);
    }

    private static boolean marked(Map<String, int[]> marks, String key, int index) {
        int[] l = marks.get(key == null ? "" : key);
        if (l == null) {
            return false;
        }
        for (int i : l) {
            if (i == index) {
                return true;
            }
        }
        return false;
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
