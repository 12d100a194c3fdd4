package io.github.jixiao.lint.rules;

import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The fields of another stage a submission holds, each named as its file and field with how many rows hold it
 * ("indicators.json score × 3"): what stage-year-end-content and stage-monitoring-content say. The names are the
 * same in every language (a finding's argument, so its fingerprint).
 */
final class HeldFields {
    private final Submission s;
    private final List<String> held = new ArrayList<>();

    HeldFields(Submission s) {
        this.s = s;
    }

    /** Indicators whose {@code field} {@code holds}. */
    HeldFields indicators(String field, Predicate<Indicator> holds) {
        return count("indicators.json " + field, s.indicators().stream().filter(holds).count());
    }

    /** Funds rows (the total and its components) whose {@code field} {@code holds}. */
    HeldFields funds(String field, Predicate<Funds.Row> holds) {
        Funds funds = s.funds();
        return funds == null ? this : count("budget.json funds " + field, funds.rows().stream().filter(holds).count());
    }

    /**
     * budget.json's amount {@code field} ("actualExpenditure", "dailyPublic/actual"), where written and not 0 (a template's
     * formula cell before the year end); a bare number (the schema's type-money) counts as written. Named with a dot
     * between its names (budget.json dailyPublic.actual).
     */
    HeldFields budgetAmount(String field) {
        JsonNode n = s.node("budget", "/" + field);
        JsonNode v = n != null && n.isObject() ? n.get("value") : n;
        if (v != null && v.isNumber() && v.decimalValue().signum() != 0) {
            held.add("budget.json " + field.replace('/', '.'));
        }
        return this;
    }

    /** The file of {@code role}, where the submission has one. */
    HeldFields file(String role) {
        if (s.document(role).isPresent()) {
            held.add(role + ".json");
        }
        return this;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** What is held, "; " between. */
    String names() {
        return String.join("; ", held);
    }

    private HeldFields count(String what, long n) {
        if (n > 0) {
            held.add(what + " × " + n);
        }
        return this;
    }
}
