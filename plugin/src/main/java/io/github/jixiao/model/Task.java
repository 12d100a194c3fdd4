package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.time.LocalDate;

/** One task (附件1 任务行) or project with its budget and execution. */
public record Task(
        int index,
        String name,
        String subItem,
        Money budget,
        Money budgetFiscal,
        Money execution,
        Money executionFiscal,
        LocalDate indicatorsRevisedOn,
        String explanation,
        Src src) {

    /**
     * The name of the one task jixiao:init writes into tasks.json, a placeholder (placeholder-left reports it; the engine
     * tells init's untouched task list in a project's filing by it).
     */
    public static final String INIT_PLACEHOLDER_NAME = "（请填写任务名称）";


    /** "产业发展专项资金·科技创新分项", or just the name. */
    public String label() {
        return subItem != null && !subItem.isBlank() ? name + "·" + subItem : name;
    }

    public String pointer() {
        return "/tasks/" + index;
    }
}
