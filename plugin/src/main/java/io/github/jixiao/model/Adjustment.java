package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.time.LocalDate;

/** One 调整 or 调剂 record. */
public record Adjustment(
        int index,
        LocalDate date,
        String kind,
        String scope,
        String task,
        Money amount,
        Money before,
        Money after,
        String reason,
        String approval,
        Src src) {

    public String pointer() {
        return "/adjustments/" + index;
    }
}
