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
     * The one stage a label other than the three names has the words of: 监控 (运行监控阶段, and the national table's
     * 绩效目标执行监控 / 绩效目标运行监控, whose 目标 is the targets being monitored), 自评 or 评价 (年终自评, 绩效目标自评),
     * else 目标 or 申报 (目标申报阶段, 绩效目标申报); null when it has none, or the words of both 监控 and 自评.
     */
    public static Stage fromWords(String s) {
        if (s == null) {
            return null;
        }
        boolean monitoring = s.contains("监控");
        boolean evaluation = s.contains("自评") || s.contains("评价");
        if (monitoring != evaluation) {
            return monitoring ? MONITORING : SELF_EVALUATION;
        }
        return !monitoring && (s.contains("目标") || s.contains("申报")) ? TARGETS : null;
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
