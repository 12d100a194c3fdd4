package io.github.jixiao.score;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the department states about its own score, read from {@code self-assessment.json}: a score (and
 * reason) per criterion, per sub-item, and the stated total and grade. The first entry of a criterion id
 * counts; later duplicates are ignored.
 */
final class Claims {
    static final String ROLE = "self-assessment";

    /**
     * A claimed criterion score; {@code score} and {@code scoreSrc} are null when only items are given; {@code node}
     * is its object in the file (its {@code reason} is read from it).
     */
    record Claim(String criterion, int index, BigDecimal score, Src scoreSrc, Src src, Src idSrc, Map<String, ItemClaim> items,
                 JsonNode node) {
        String scoreRef() {
            return ROLE + "#/criteria/" + index + "/score";
        }

        /** Its 复核分 (reviewedScore), or null. */
        BigDecimal reviewed() {
            return io.github.jixiao.model.Submission.number(node.get("reviewedScore"));
        }

        String reviewedRef() {
            return ROLE + "#/criteria/" + index + "/reviewedScore";
        }

        /** The reviewer's reason for its 复核分 (reviewedReason), or null. */
        String reviewedReason() {
            return CriterionScore.reviewedReason(node);
        }
    }

    /**
     * A claimed sub-item: a score, or a yes/no judgement ({@code value}), the {@code index}-th item of the
     * {@code criterionIndex}-th criterion; {@code node} is its object in the file. Its refs are built when asked for
     * (most never are: an assessed item's score and a 一票否决 judgement's value only).
     */
    record ItemClaim(String item, int criterionIndex, int index, BigDecimal score, Boolean value, Src scoreSrc, Src valueSrc,
                     JsonNode node) {
        String scoreRef() {
            return ROLE + "#/criteria/" + criterionIndex + "/items/" + index + "/score";
        }

        String valueRef() {
            return ROLE + "#/criteria/" + criterionIndex + "/items/" + index + "/value";
        }

        /** Its 复核分 (reviewedScore), or null. */
        BigDecimal reviewed() {
            return io.github.jixiao.model.Submission.number(node.get("reviewedScore"));
        }

        String reviewedRef() {
            return ROLE + "#/criteria/" + criterionIndex + "/items/" + index + "/reviewedScore";
        }

        /** The reviewer's reason for its 复核分 (reviewedReason), or null. */
        String reviewedReason() {
            return CriterionScore.reviewedReason(node);
        }
    }

    private final Map<String, Claim> byCriterion;
    private final BigDecimal statedTotal;
    private final Src statedTotalSrc;
    private final String statedGrade;
    private final Src statedGradeSrc;
    private final Src docSrc;

    Claims(Submission submission) {
        Map<String, Claim> m = new LinkedHashMap<>();
        JsonDocument d = submission.document(ROLE).orElse(null);
        BigDecimal total = null;
        Src totalSrc = null;
        String grade = null;
        Src gradeSrc = null;
        if (d != null) {
            JsonNode arr = d.root().get("criteria");
            if (arr != null && arr.isArray()) {
                for (int i = 0; i < arr.size(); i++) {
                    JsonNode c = arr.get(i);
                    JsonNode id = c.get("criterion");
                    if (!c.isObject() || id == null || !id.isString() || m.containsKey(id.asString())) {
                        continue;
                    }
                    JsonNode s = c.get("score");
                    BigDecimal score = io.github.jixiao.model.Submission.number(s);
                    // the pointers are built when a finding asks for them (most claims are never reported)
                    m.put(id.asString(), new Claim(id.asString(), i, score,
                            score == null ? null : d.src(s, "/criteria/", i, "/score"), d.src(c, "/criteria/", i, ""),
                            d.src(id, "/criteria/", i, "/criterion"), items(d, c, i), c));
                }
            }
            JsonNode t = d.root().path("stated").get("total");
            if (io.github.jixiao.model.Submission.number(t) != null) {
                total = io.github.jixiao.model.Submission.number(t);
                totalSrc = d.src(t, "/stated/total");
            }
            JsonNode g = d.root().path("stated").get("grade");
            if (g != null && g.isString()) {
                grade = g.asString();
                gradeSrc = d.src(g, "/stated/grade");
            }
        }
        this.byCriterion = Collections.unmodifiableMap(m);
        this.statedTotal = total;
        this.statedTotalSrc = totalSrc;
        this.statedGrade = grade;
        this.statedGradeSrc = gradeSrc;
        this.docSrc = d == null ? Src.NONE : d.src(d.root(), "");
    }

    private static Map<String, ItemClaim> items(JsonDocument d, JsonNode c, int criterionIndex) {
        JsonNode arr = c.get("items");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, ItemClaim> out = new LinkedHashMap<>();
        String base = "/criteria/" + criterionIndex + "/items/";
        for (int i = 0; i < arr.size(); i++) {
            JsonNode it = arr.get(i);
            JsonNode id = it.get("item");
            if (!it.isObject() || id == null || !id.isString() || out.containsKey(id.asString())) {
                continue;
            }
            JsonNode s = it.get("score");
            JsonNode v = it.get("value");
            BigDecimal score = io.github.jixiao.model.Submission.number(s);
            Boolean value = v != null && v.isBoolean() ? v.asBoolean() : null;
            out.put(id.asString(), new ItemClaim(id.asString(), criterionIndex, i, score, value,
                    score == null ? null : d.src(s, base, i, "/score"), value == null ? null : d.src(v, base, i, "/value"), it));
        }
        return out;
    }

    /** Whether self-assessment.json gives any criterion (an imported one: whether a table's criteria rows were read). */
    boolean anyCriterion() {
        return !byCriterion.isEmpty();
    }

    Optional<Claim> criterion(String id) {
        return Optional.ofNullable(byCriterion.get(id));
    }

    /** The claim of criterion {@code id}, or null. */
    Claim claim(String id) {
        return byCriterion.get(id);
    }

    Optional<ItemClaim> item(String criterion, String item) {
        Claim c = byCriterion.get(criterion);
        return c == null ? Optional.empty() : Optional.ofNullable(c.items().get(item));
    }

    /** Every claim, in the file's order (a view: claims are not changed once read). */
    java.util.Collection<Claim> all() {
        return byCriterion.values();
    }

    BigDecimal statedTotal() {
        return statedTotal;
    }

    Src statedTotalSrc() {
        return statedTotalSrc;
    }

    String statedGrade() {
        return statedGrade;
    }

    Src statedGradeSrc() {
        return statedGradeSrc;
    }

    /** Where a missing claim would be written: the self-assessment file, or nowhere when there is none. */
    Src where() {
        return docSrc;
    }
}
