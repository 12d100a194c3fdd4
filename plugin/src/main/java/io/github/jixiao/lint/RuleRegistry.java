package io.github.jixiao.lint;

import io.github.jixiao.lint.input.FileUnreadable;
import io.github.jixiao.lint.input.JsonDuplicateKey;
import io.github.jixiao.lint.input.JsonEncoding;
import io.github.jixiao.lint.input.JsonLimit;
import io.github.jixiao.lint.input.JsonNumber;
import io.github.jixiao.lint.input.JsonSyntax;
import io.github.jixiao.lint.input.SchemaUnknown;
import io.github.jixiao.lint.input.SchemaViolation;
import io.github.jixiao.lint.input.SubmissionStructure;
import io.github.jixiao.lint.scoring.FrameworkInvalid;
import io.github.jixiao.lint.scoring.FrameworkResultsWeight;
import io.github.jixiao.lint.scoring.ScoreClaimMismatch;
import io.github.jixiao.lint.scoring.ScoreAssumption;
import io.github.jixiao.lint.scoring.ScoreInputMissing;
import io.github.jixiao.lint.scoring.ScoreWeights;
import io.github.jixiao.lint.rules.IndicatorIncomplete;
import io.github.jixiao.lint.rules.PlaceholderLeft;
import io.github.jixiao.lint.rules.IndicatorCategoryMissing;
import io.github.jixiao.lint.rules.IndicatorTargetUnmeasurable;
import io.github.jixiao.lint.rules.IndicatorActualIncommensurable;
import io.github.jixiao.lint.rules.IndicatorTargetMissed;
import io.github.jixiao.lint.rules.IndicatorTargetNoComparator;
import io.github.jixiao.lint.rules.ScoreIgnoresMissedTarget;
import io.github.jixiao.lint.rules.IndicatorsStaleAfterAdjustment;
import io.github.jixiao.lint.rules.AdjustmentMissingReason;
import io.github.jixiao.lint.rules.ZeroExecution;
import io.github.jixiao.lint.rules.ExecutionRegressed;
import io.github.jixiao.lint.rules.RateMismatch;
import io.github.jixiao.lint.rules.SumMismatch;
import io.github.jixiao.lint.rules.SatisfactionEvidenceMismatch;
import io.github.jixiao.lint.rules.ActualEqualsTargetPattern;
import io.github.jixiao.lint.rules.IndicatorTargetAtCeiling;
import io.github.jixiao.lint.rules.IndicatorTemplateRow;
import io.github.jixiao.lint.rules.IndicatorTimeCostUnspecified;
import io.github.jixiao.lint.rules.IndicatorInputAsOutput;
import io.github.jixiao.lint.rules.IndicatorTargetRevisionUnrecorded;
import io.github.jixiao.lint.rules.IndicatorTaxonomyMixed;
import io.github.jixiao.lint.rules.IndicatorTargetFarExceeded;
import io.github.jixiao.lint.rules.ExecutionRateUnexplained;
import java.util.List;
import java.util.Optional;

/** The one explicit list of every rule (no class-path scanning). Order = catalogue order. */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    private static final List<Rule> RULES = List.of(
            // input: reported while loading and validating
            new JsonSyntax(),
            new JsonEncoding(),
            new JsonDuplicateKey(),
            new JsonLimit(),
            new JsonNumber(),
            new FileUnreadable(),
            new SchemaViolation(),
            new SchemaUnknown(),
            new SubmissionStructure(),
            new io.github.jixiao.lint.input.InternalError(),
            new io.github.jixiao.lint.input.WorkbookDepartmentMissing(),
            // scoring: reported by the scorer
            new ScoreClaimMismatch(),
            new ScoreInputMissing(),
            new ScoreWeights(),
            new ScoreAssumption(),
            new FrameworkInvalid(),
            new FrameworkResultsWeight(),
            // lint rules
            new PlaceholderLeft(),
            new IndicatorIncomplete(),
            new IndicatorCategoryMissing(),
            new IndicatorTargetUnmeasurable(),
            new IndicatorActualIncommensurable(),
            new IndicatorTargetMissed(),
            new IndicatorTargetNoComparator(),
            new io.github.jixiao.lint.rules.IndicatorTargetNoUnit(),
            new ScoreIgnoresMissedTarget(),
            new IndicatorsStaleAfterAdjustment(),
            new AdjustmentMissingReason(),
            new io.github.jixiao.lint.rules.AdjustmentAfterMismatch(),
            new io.github.jixiao.lint.rules.AdjustmentAccumulatedOverLimit(),
            new ZeroExecution(),
            new ExecutionRegressed(),
            new RateMismatch(),
            new SumMismatch(),
            new SatisfactionEvidenceMismatch(),
            new ActualEqualsTargetPattern(),
            new IndicatorTargetAtCeiling(),
            new IndicatorTimeCostUnspecified(),
            new IndicatorTemplateRow(),
            new IndicatorInputAsOutput(),
            new IndicatorTargetRevisionUnrecorded(),
            new IndicatorTaxonomyMixed(),
            new IndicatorTargetFarExceeded(),
            new ExecutionRateUnexplained(),
            new io.github.jixiao.lint.rules.ExecutionOverBudget(),
            new io.github.jixiao.lint.rules.ControlLimitExceeded(),
            new io.github.jixiao.lint.rules.IndicatorDeadlineAfterYear(),
            new io.github.jixiao.lint.rules.IndicatorRepeatedAcrossCategories(),
            new io.github.jixiao.lint.rules.DateInvalid(),
            new io.github.jixiao.lint.rules.FigureOutOfRange(),
            new io.github.jixiao.lint.rules.QuarterlyAnnualMismatch(),
            new io.github.jixiao.lint.rules.IndicatorScoreUnexplained(),
            new io.github.jixiao.lint.rules.IndicatorMissUnexplained(),
            new io.github.jixiao.lint.rules.OverallGoalNotAGoal(),
            new io.github.jixiao.lint.rules.SatisfactionWithoutSurvey(),
            new io.github.jixiao.lint.rules.IndicatorCategoryUnknown(),
            new io.github.jixiao.lint.rules.GradeUnsupported(),
            new io.github.jixiao.lint.rules.ProseTotalMismatch(),
            new io.github.jixiao.lint.rules.ColumnFormatMixed(),
            new io.github.jixiao.lint.rules.WorkbookCellUnreadable(),
            new io.github.jixiao.lint.rules.MonitoringDeviationUnexplained(),
            new io.github.jixiao.lint.rules.WorkLeftUnexplained(),
            new io.github.jixiao.lint.rules.FundsToDateImplausible(),
            new io.github.jixiao.lint.rules.StageYearEndContent(),
            new io.github.jixiao.lint.rules.StageMonitoringContent(),
            new io.github.jixiao.lint.rules.ScoreReviewedDiffers(),
            new io.github.jixiao.lint.rules.FundsArrivalScoredFull(),
            new io.github.jixiao.lint.rules.DeadlineBeforeYear(),
            new io.github.jixiao.lint.rules.OverallGoalSaidMet(),
            new io.github.jixiao.lint.rules.FundsUnitSlip(),
            new io.github.jixiao.lint.rules.FundsArrivalAfterYear()
    );

    /** Findings about the suppressions and baseline files (reported by {@link io.github.jixiao.review.Review}). */
    private static final List<Rule> REVIEW_RULES = List.of(
            new io.github.jixiao.lint.review.SuppressionInvalid(),
            new io.github.jixiao.lint.review.SuppressionUnused(),
            new io.github.jixiao.lint.review.BaselineStale(),
            new io.github.jixiao.lint.review.BaselineInvalid());

    private static final List<Rule> ALL = java.util.stream.Stream.concat(RULES.stream(), REVIEW_RULES.stream()).toList();

    private static final RuleIndex INDEX = RuleIndex.of(ALL.stream().map(Rule::descriptor).toList());

    public static List<Rule> all() {
        return ALL;
    }

    public static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(Rule::descriptor).toList();
    }

    /** Every rule by id and alias. */
    public static RuleIndex index() {
        return INDEX;
    }

    /** The rule of {@code id}, an id or an alias. */
    public static Optional<RuleDescriptor> descriptor(String id) {
        return INDEX.descriptor(id);
    }

    /** The current id of {@code id} (itself, or the rule an alias names); empty when no rule has it. */
    public static Optional<String> canonical(String id) {
        return INDEX.canonical(id);
    }

    /** The known id (or alias) nearest to {@code unknown} by edit distance, for "did you mean …?". */
    public static Optional<String> nearest(String unknown) {
        return INDEX.nearest(unknown);
    }
}
