package io.github.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A submission scored against a framework: every leaf criterion, the total (the sum of the rounded
 * criteria) and the grade.
 */
public record ScoreSheet(
        String frameworkId,
        String frameworkVersion,
        String frameworkName,
        List<CriterionScore> criteria,
        BigDecimal total,
        String grade,
        boolean indicatorsCarryPoints) {

    public ScoreSheet {
        criteria = List.copyOf(criteria);
    }

    public Optional<CriterionScore> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The total weight of all criteria (100 for a complete framework). */
    public BigDecimal weight() {
        return criteria.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
