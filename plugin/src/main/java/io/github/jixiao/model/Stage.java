package io.github.jixiao.model;

/** The three stages of a budget year at which a submission is filed. */
public enum Stage {
    /** 绩效目标申报: targets filed with the budget; no actuals yet. */
    TARGETS("目标申报"),
    /** 运行监控: mid-year monitoring. */
    MONITORING("运行监控"),
    /** 绩效自评: year-end self-evaluation. */
    SELF_EVALUATION("自评");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The one stage a label other than the three names (目标申报阶段, 绩效目标申报, 运行监控阶段, 年终自评, 绩效自评) has the
     * words of: 目标 or 申报, 监控, 自评 or 评价; null when it has none or those of two stages (目标自评).
     */
    public static Stage fromWords(String s) {
        if (s == null) {
            return null;
        }
        Stage found = null;
        int n = 0;
        if (s.contains("目标") || s.contains("申报")) {
            found = TARGETS;
            n++;
        }
        if (s.contains("监控")) {
            found = MONITORING;
            n++;
        }
        if (s.contains("自评") || s.contains("评价")) {
            found = SELF_EVALUATION;
            n++;
        }
        return n == 1 ? found : null;
    }

    public static Stage fromLabel(String s) {
        for (Stage st : values()) {
            if (st.label.equals(s)) {
                return st;
            }
        }
        return null;
    }
}
