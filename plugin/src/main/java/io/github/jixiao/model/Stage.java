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

    public static Stage fromLabel(String s) {
        for (Stage st : values()) {
            if (st.label.equals(s)) {
                return st;
            }
        }
        return null;
    }
}
