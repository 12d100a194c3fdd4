package io.github.jixiao.engine;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.RuleRunner;
import io.github.jixiao.load.Confinement;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.score.Scorer;
import io.github.jixiao.validate.SchemaCatalog;
import io.github.jixiao.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline: load → validate → bind → score → lint. Imports nothing from Maven. Thread-safe: one
 * engine may serve many runs at once.
 */
public final class Engine {
    /** Roles every submission must have. */
    static final List<String> REQUIRED_ROLES = List.of("department", "budget", "indicators");

    /** Files read (in parallel) before the trees no role keeps are let go: eight, or twice the processors. */
    static final int BATCH = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());


    private final SubmissionLoader loader = new SubmissionLoader();
    private final SchemaValidator validator = new SchemaValidator();
    private final Scorer scorer = new Scorer();

    public EngineResult run(EngineOptions o) {
        Path project = o.projectDir().toAbsolutePath().normalize();
        Path dir = o.submissionDir().toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        String dirRel = relative(project, dir);

        if (!Files.isDirectory(dir)) {
            findings.add(structure("no-directory", dirRel, dirRel));
            return new EngineResult(Findings.sorted(o.rules().apply(findings)), null, null, null, null, null, List.of(), null, o.rules());
        }
        // the project's real path and each folder's resolved once for the run: a file's own check is one lstat
        Confinement.Scope scope = new Confinement.Scope(project);
        Finding out = scope.refuse(dir);
        if (out != null) {
            // the submission folder (or a folder above it) is a link out of the project: nothing of it is read (a
            // finding on the folder, which says so: no file of its own, no line; SARIF gives it none)
            findings.add(new Finding(out.ruleId(), out.severity(), "outside-folder", out.args(), out.file(), out.pointer(),
                    out.line(), out.column(), out.criterion()));
            return new EngineResult(Findings.sorted(o.rules().apply(findings)), null, null, null, null, null, List.of(), null, o.rules());
        }
        List<Path> files = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        list(dir, o, files, others, findings, project, scope);
        java.util.Set<String> renamed = new java.util.HashSet<>();
        for (Path p : others) {
            String rel = relative(project, p);
            String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String role = savedAsText(name);
            if (role != null) {
                // indicators.json.txt: Notepad's "Save as" with its type left at 文本文档 — the file jixiao is to read
                renamed.add(role);
                findings.add(new Finding("submission-structure", Severity.ERROR, "saved-as-text", List.of(rel, role + ".json"), rel, "", 0, 0, null));
            } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                // a spreadsheet jixiao:import reads: the command that files it (a Word file may be a note or evidence)
                findings.add(new Finding("submission-structure", Severity.WARNING, "unexpected-workbook", List.of(rel), rel, "", 0, 0, null));
            } else {
                findings.add(new Finding("submission-structure", Severity.WARNING, "unexpected-file", List.of(rel), rel, "", 0, 0, null));
            }
        }
        if (files.isEmpty()) {
            findings.add(structure("empty-directory", dirRel, dirRel));
            return new EngineResult(Findings.sorted(o.rules().apply(findings)), null, null, null, null, null, List.of(), null, o.rules());
        }

        // load and validate every file, in parallel a batch at a time; results keep file order. A tree is kept only
        // while it may be read: the first file of each role's. A duplicate's, or one of a $schema no role has, is let
        // go with its batch, so memory follows a batch of files, not their number (a pull request may add thousands)
        Map<String, JsonDocument> byRole = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        boolean anyParsed = false;
        // a broken file may be the one that is "missing": its name tells which it was meant to be;
        // an unnamed broken file could be any of them, so then nothing is claimed missing
        java.util.Set<String> brokenRoles = new java.util.HashSet<>();
        boolean brokenUnnamed = false;
        // and the roles whose file is there but not read at all (broken, or of an unknown $schema): the scorer does not
        // ask to create them
        java.util.Set<String> unreadRoles = new java.util.HashSet<>();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> part = files.subList(from, Math.min(files.size(), from + BATCH));
            for (FileResult r : part.parallelStream().map(p -> check(project, scope, p)).toList()) {
                names.add(r.rel);
                findings.addAll(r.findings);
                anyParsed |= r.doc != null;
                String role = r.doc == null ? null : SchemaCatalog.roleOf(r.doc.schemaId());
                if (role == null) {
                    // not read: the role its name says it was meant for, if any
                    String name = r.rel.substring(r.rel.lastIndexOf('/') + 1);
                    String meant = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
                    boolean named = SchemaCatalog.ROLES.contains(meant);
                    if (named) {
                        unreadRoles.add(meant);
                    }
                    if (r.doc == null) {
                        if (named) {
                            brokenRoles.add(meant);
                        } else {
                            brokenUnnamed = true;
                        }
                    }
                    continue;
                }
                JsonDocument first = byRole.putIfAbsent(role, r.doc);
                if (first != null) {
                    // the file of the role's own name (budget.json) is the one read, wherever it sorts: a pull request
                    // adding 0-budget.json with other figures must not put them in its place
                    JsonDocument dropped = r.doc;
                    if (ownName(r.rel, role, dirRel) && !ownName(first.file(), role, dirRel)) {
                        byRole.put(role, r.doc);
                        dropped = first;
                    }
                    JsonDocument kept = byRole.get(role);
                    Src s = dropped.src("/$schema");
                    findings.add(new Finding("submission-structure", Severity.ERROR, "duplicate-role",
                            List.of(dropped.schemaId(), kept.file()), dropped.file(), "/$schema", s.line(), s.column(), null));
                }
            }
        }

        // the sidecar jixiao:import wrote beside the files (none for a submission written by hand): the funds figures the
        // table printed blank are told to the scorer (a blank 全年预算数 is to be filled in, not stood in for)
        // (read once: the reports name the cells from the same reading, EngineResult.imported)
        JsonNode[] own = new JsonNode[1];
        Imported imported = Imported.read(project, dir, own);
        if (imported.over() != null) { // more sidecars than are read: said, at the submission folder
            findings.add(new Finding("submission-structure", Severity.WARNING, "too-many-sidecars",
                    List.of(dirRel, String.valueOf(imported.over().found()), String.valueOf(Imported.MAX_SIDECARS),
                            SubmissionLoader.excerpt(imported.over().first(), 200)), dirRel, "", 0, 0, null));
        }
        ImportedCells.Sidecar sidecar = ImportedCells.of(own[0]);
        own[0] = null; // (the tree let go: what the run needs of it is read)
        Submission submission = new Submission(byRole, unreadRoles).withTable(sidecar.table())
                .withBareAmounts(bareAmounts(findings, byRole));
        // the cells of a table of an earlier stage than the submission's (a 目标表 imported, the stage moved on to 运行监控 by
        // hand: helper M's trial, d4): they stand for what that table printed; a field it has no column for (the
        // monitoring columns, actuals, scores) is the JSON's, named so in the reports (Imported.Sidecar#earlier, read by
        // the reports' Cells), the table is none the criteria's scores were read from, and the check says so once
        Imported.Sidecar earlier = byRole.containsKey("department")
                ? imported.earlierThan(io.github.jixiao.load.Confinement.relative(project, dir), submission.stage()) : null;
        if (earlier != null) {
            imported = imported.atStage(earlier.folder(), submission.stage());
            io.github.jixiao.model.ImportedTable t = sidecar.table();
            submission = submission.withTable(new io.github.jixiao.model.ImportedTable(false, t.workbook(), t.criteria(),
                    t.blank(), t.unreadable(), t.cells()));
            io.github.jixiao.load.Src at = submission.src("department#/stage");
            findings.add(new Finding("submission-structure", Severity.INFO, "earlier-table",
                    List.of(submission.stage().label(), earlier.stage().label(),
                            earlier.workbook() == null ? ImportedCells.SIDECAR : SubmissionLoader.excerpt(earlier.workbook(), 80)),
                    at.file(), at.pointer(), at.line(), at.column(), null));
        }
        checkEvidencePaths(submission, project, scope, findings);

        ScoreSheet sheet = null;
        io.github.jixiao.score.Framework framework = null;
        // the score is a year-end figure: targets and monitoring submissions are checked, not scored; the framework
        // is loaded at every stage, since the rules follow its taxonomy of indicator categories
        if (anyParsed && byRole.containsKey("department")) {
            try {
                io.github.jixiao.score.FrameworkLoader.Loaded loaded = scorer.framework(submission, o.framework(), project);
                framework = loaded.framework();
                // a row with a 二级 and no 一级 is taken as under the one 一级 the taxonomy puts that 二级 under, for
                // the scorer, the rules and the reports alike (InferredLevel1); the files are not changed
                submission = io.github.jixiao.score.InferredLevel1.apply(submission, framework);
                // points printed on a 二级 (indicators.json categories) shared among its rows that print none, as the
                // framework's indicator-points split states (CategoryPoints); again for everything after
                submission = io.github.jixiao.score.CategoryPoints.apply(submission, framework);
                if (submission.stage() == Stage.SELF_EVALUATION) {
                    // a project that turned score-ignores-missed-target off still hears of a full-points claim on a
                    // missed target: as the scorer's claim mismatch, which that rule otherwise carries
                    Scorer.Result scored = scorer.score(submission, loaded, o.locale(),
                            !o.rules().isOff("score-ignores-missed-target"));
                    sheet = scored.sheet();
                    findings.addAll(scored.findings());
                } else {
                    findings.addAll(loaded.findings());
                    // a copy whose rows' results are past its cut (partialCut.actuals: 新田 吴冲路 2022, t103, 运行监控): the
                    // cut said, at a stage the scorer does not run at (audit s54 A9 row B1)
                    Finding note = Scorer.partialActualsNote(submission, framework);
                    if (note != null) {
                        findings.add(note);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(internalError("score", e));
            }
        }
        for (String role : REQUIRED_ROLES) {
            // a framework that neither scores indicators nor sorts them (a 评分表 of 投入/过程/产出/效益) needs none
            boolean needed = !role.equals("indicators") || framework == null || framework.needsIndicators();
            if (needed && !byRole.containsKey(role) && !brokenRoles.contains(role) && !brokenUnnamed && !renamed.contains(role)) {
                findings.add(new Finding("submission-structure", Severity.ERROR, "missing-file",
                        List.of(SchemaCatalog.idOf(role), role), dirRel, "", 0, 0, null));
            }
        }
        Stage stage = submission.stage();
        List<io.github.jixiao.lint.UnreadableCell> unreadable = sidecar.unreadable();
        findings.addAll(ImportedCells.departmentMissing(submission, unreadable));
        // the rules of the stage (the tree rules sharing one walk); a rule that throws gives an internal-error instead
        findings.addAll(new RuleRunner(submission, sheet, framework, o.rules(), unreadable).run(Engine::internalError));
        Finding initTasks = initTasksInProject(submission, byRole.get("tasks"));
        if (initTasks != null) {
            findings.add(initTasks);
        }
        if (sheet != null) {
            findings = missingOnlyForInvalid(findings, byRole);
            findings = linkToCriteria(findings, sheet, byRole);
        }
        // per-rule configuration: findings of rules turned off left out (input and scoring ones too), severities set
        findings = o.rules().apply(findings);
        // one defect, one finding: after the configuration, so that the finding kept is there and at least as severe as
        // the one left out (a project that turned the kept rule off or down keeps the other: review V3)
        findings = aimRateOnce(findings);
        findings = misspeltOnce(findings);
        findings = misspeltAllOnce(findings, submission.indicators());
        findings = blankOnce(findings);
        findings = noTargetAllOnce(findings, submission.indicators());
        findings = approvedUnknownWording(findings);
        findings = claimVagueOnce(findings);
        findings = noResultOnce(findings);
        findings = moneyOutputOnce(findings);
        findings = incomparableOnce(findings);
        findings = placeholderTargetOnce(findings);
        findings = initTasksOnce(findings);
        findings = emptyRowOnce(findings);
        findings = blankActualOnce(findings);
        findings = emptyCategoryRowsOnce(findings, submission.indicators());
        findings = unfilledRowOnce(findings);
        // after every pass that reads the rows' no-actual (blankOnce, blankActualOnce, unfilledRowOnce)
        findings = noActualAllOnce(findings, submission.indicators());
        findings = unreadableOnce(findings);
        findings = unnamedOnce(findings);
        findings = bareMissedOnce(findings);
        findings = rateAboveNoUnitOnce(findings);
        // above-hundred first: its miss left out is not carried into a full-points error as "≥ 120%" (N4's left-alone 1)
        findings = aboveHundredMissedOnce(findings);
        findings = missedAtFullOnce(findings);
        findings = budgetRestatedOnce(findings);
        findings = costUnitOnce(findings);
        findings = numberNameOnce(findings);
        // after numberNameOnce: the rows it folds are those that fold carried their target into
        findings = numberNameAllOnce(findings, submission);
        findings = figureNameOnce(findings);
        findings = timeCostOnce(findings);
        findings = deadlineInNameOnce(findings);
        findings = deadlineYearDateOnce(findings);
        findings = timeInNameQualitativeOnce(findings);
        findings = costQualitativeOnce(findings);
        findings = budgetRestatedUnitOnce(findings);
        findings = qualitativeSelfScoreOnce(findings);
        findings = spendingNoTargetOnce(findings);
        findings = vagueReadOnce(findings);
        findings = metMarkedDownOnce(findings);
        findings = missedClaimOnce(findings);
        findings = periodClaimOnce(findings);
        findings = periodDeductedOnce(findings);
        findings = unfilledTotalOnce(findings);
        findings = rateScoreOnce(findings);
        findings = shortfallOnce(findings);
        findings = pointsNoTargetOnce(findings);
        findings = unplacedOnce(findings);
        // after unplacedOnce, which reads total-unplaced by its key
        findings = splitInTotalOnce(findings);
        findings = boilerplateUnitOnce(findings);
        findings = unpointedTotalOnce(findings);
        findings = rowsOverStatedOnce(findings);
        findings = rowsSumOverOnce(findings, submission.indicators());
        findings = noIndicatorsOnce(findings);
        findings = partialCutOnce(findings, framework == null ? null : framework.partialCut());
        findings = noTotalWording(findings, sheet);
        findings = partialRowsOnce(findings);
        findings = unscoredRowsWording(findings, sheet);
        findings = ownFrameworkWording(findings, framework);
        findings = unprintedRowPointsWording(findings, framework, sheet);
        findings = missedUnscoredWording(findings, sheet, framework, submission.indicators());
        findings = partialNoActualWording(findings, framework);
        findings = yearBeforeCopyWording(findings, framework);
        findings = approvedTargetWording(findings, submission.stage());
        // grade-unsupported doubting the grade the sheet gives (t10 普陀 2022's 98.62 and t83 四川 普惠金融's 100, each 优 by
        // the framework's bands on execution below 90%): the reports mark that grade 暂定 with the reason, as they mark one
        // with points unscored (since session 57; before, "（优）" beside a warning that 优 is hard to justify: audit s56 A11
        // C11). After the configuration: a project that turned the rule off hears no doubt
        if (sheet != null) {
            Finding doubt = null;
            for (Finding f : findings) {
                if (f.ruleId().equals("grade-unsupported")) {
                    doubt = f;
                    break;
                }
            }
            sheet = sheet.withGradeDoubt(doubt);
        }
        return new EngineResult(Findings.sorted(findings), sheet, submission.departmentName(), submission.year(),
                byRole.containsKey("department") ? stage.label() : null, submission.kind(), List.copyOf(names),
                submission.text("department", "/project/name"), o.rules(), submission.indicators(),
                framework == null ? null : framework.english(), submission.funds(), sources(byRole), imported,
                sheet == null ? null : new Places(byRole), submission.text("department", "/title"));
    }

    /**
     * The places, as refs (budget#/actualExpenditure), where the schema found a bare number for an amount with its unit
     * (type-money): the scorer reads none of them as a plain number ({@link Submission#withBareAmounts}). Taken from the
     * findings, so that a valid check reads no schema for it.
     */
    private static java.util.Set<String> bareAmounts(List<Finding> findings, Map<String, JsonDocument> byRole) {
        java.util.Set<String> out = null;
        for (Finding f : findings) {
            if (!"type-money".equals(f.key()) || !"schema".equals(f.ruleId())) {
                continue;
            }
            for (Map.Entry<String, JsonDocument> e : byRole.entrySet()) {
                if (e.getValue().file().equals(f.file())) {
                    if (out == null) {
                        out = new java.util.HashSet<>();
                    }
                    out.add(e.getKey() + '#' + f.pointer());
                }
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /**
     * Each parsed file's bytes by its project-relative name (the SARIF's snippets are read from them), up to
     * {@link EngineResult#SOURCES_MAX_BYTES}: a 27 MB file's bytes, kept to the end, cost the 178,200-row check its fit
     * in a 512 MB heap, for snippets it never gets.
     */
    private static Map<String, byte[]> sources(Map<String, JsonDocument> byRole) {
        Map<String, byte[]> out = new java.util.HashMap<>();
        for (JsonDocument d : byRole.values()) {
            byte[] b = d.columns() == null ? null : d.columns().source();
            if (b != null && b.length <= EngineResult.SOURCES_MAX_BYTES) {
                out.put(d.file(), b);
            }
        }
        return out;
    }

    /**
     * A finding on a figure a criterion was computed from touches that criterion (e.g. a sum-mismatch on
     * 政府采购 actual touches 政府采购执行情况): it is listed with the criterion in the score summary.
     */
    private static List<Finding> linkToCriteria(List<Finding> findings, ScoreSheet sheet, Map<String, JsonDocument> byRole) {
        List<String[]> refs = new ArrayList<>(); // file, pointer, criterion
        // the indicator rows a criterion scored (its items indicator-N), each as a whole: asked only of a finding on a row
        // or in it that no figure read gave a criterion, so that a row the scorer could not read a figure of (no 指标值, no
        // 实际完成值: 天长 2022, t5) has its findings in the criterion it cost points, not apart from the score; never a
        // finding on the whole list (/indicators) (trial E5, session 42)
        Map<String, String> rows = new java.util.HashMap<>(); // "/indicators/N" → criterion
        JsonDocument indicators = byRole.get("indicators");
        for (io.github.jixiao.score.CriterionScore c : sheet.criteria()) {
            List<io.github.jixiao.score.ScoreInput> inputs = new ArrayList<>(c.inputs());
            c.items().forEach(i -> inputs.addAll(i.inputs()));
            for (io.github.jixiao.score.ScoreInput in : inputs) {
                if (in.ref() == null || in.ref().isEmpty()) {
                    continue;
                }
                String[] rp = Submission.splitRef(in.ref());
                JsonDocument d = byRole.get(rp[0]);
                if (d != null && !rp[1].isEmpty()) {
                    refs.add(new String[] {d.file(), rp[1], c.id()});
                }
            }
            if (indicators != null) {
                for (io.github.jixiao.score.CriterionScore i : c.items()) {
                    String id = i.id();
                    if (id != null && id.startsWith("indicator-") && id.length() > 10 && id.length() < 20
                            && id.substring(10).chars().allMatch(Character::isDigit)) {
                        rows.putIfAbsent("/indicators/" + id.substring(10), c.id());
                    }
                }
            }
        }
        List<Finding> linked = linkToCriteria(findings, refs);
        if (rows.isEmpty()) {
            return linked;
        }
        List<Finding> out = new ArrayList<>(linked.size());
        for (Finding f : linked) {
            String p = f.pointer();
            if (f.criterion() == null && f.file().equals(indicators.file()) && p.startsWith("/indicators/")) {
                int end = p.indexOf('/', "/indicators/".length());
                String c = rows.get(end < 0 ? p : p.substring(0, end));
                out.add(c == null ? f : f.withCriterion(c));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Each finding without a criterion, with the criterion of the first ref (file, pointer, criterion) that is its
     * figure, a figure it lies under ("/procurement/actual" for ".../actual/value"), or a value right under it; not a
     * whole array ("/indicators" is not every indicator's criterion). The refs are indexed once: comparing every finding
     * with every ref was quadratic in a project's rows (review S2, session 26: 40,000 rows, 84 s). The answer is the
     * loop's (ScoreLinkOracleTest): the smallest index among the pointer itself, each prefix cut at a '/', and the refs
     * whose parent is the pointer.
     */
    static List<Finding> linkToCriteria(List<Finding> findings, List<String[]> refs) {
        Map<String, Integer> at = new java.util.HashMap<>(); // file \0 pointer → first index
        Map<String, Integer> under = new java.util.HashMap<>(); // file \0 parent(pointer) → first index
        for (int k = 0; k < refs.size(); k++) {
            String[] r = refs.get(k);
            at.putIfAbsent(r[0] + '\0' + r[1], k);
            int slash = r[1].lastIndexOf('/');
            if (slash > 0) {
                under.putIfAbsent(r[0] + '\0' + r[1].substring(0, slash), k);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding g = f;
            String p = f.pointer();
            if (f.criterion() == null && !p.isEmpty() && !refs.isEmpty()) {
                String file = f.file() + '\0';
                int best = Integer.MAX_VALUE;
                Integer k = at.get(file + p);
                if (k != null) {
                    best = k;
                }
                k = under.get(file + p);
                if (k != null && k < best) {
                    best = k;
                }
                for (int i = p.indexOf('/', 1); i > 0; i = p.indexOf('/', i + 1)) {
                    k = at.get(file + p.substring(0, i));
                    if (k != null && k < best) {
                        best = k;
                    }
                }
                if (best != Integer.MAX_VALUE) {
                    g = f.withCriterion(refs.get(best)[2]);
                }
            }
            out.add(g);
        }
        return out;
    }

    /** The row fields whose absence {@code indicator-incomplete} reports, by its message key. */
    private static final Map<String, String> INCOMPLETE_FIELD = Map.of("no-target", "target", "no-actual", "actual",
            "no-score", "score");

    /**
     * A row field written with a typo ({@code "traget": "≥ 60 个"}) is one defect: the schema's finding at the row says
     * the field is unknown and which field was meant, and {@code indicator-incomplete}'s "no target" for the same row is
     * left out. Before, the user got both, the second asking to fill in a value the row already holds. (Not when a
     * project turned the schema's findings off or below: then the row's "no target" is the one that tells.)
     */
    static List<Finding> misspeltOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("schema") && f.key().equals("additionalProperties-near") && f.args().size() > 2
                        ? f.file() + '\0' + f.pointer() + '\0' + f.args().get(2) : null,
                f -> f.ruleId().equals("indicator-incomplete") && INCOMPLETE_FIELD.containsKey(f.key())
                        ? f.file() + '\0' + row(f.pointer()) + '\0' + INCOMPLETE_FIELD.get(f.key()) : null);
    }

    /**
     * A percentage whose name only states an aim and names nothing measured (永德 2022's 促进学校教育事业健康发展 "≥ 100%", t8;
     * 井研 2023's 促进农村集体经济发展 "≥ 95 %", t89; 历城 2019's 承担重要公益服务项目、助推民生事业发展 "100%") is one defect at its
     * target: indicator-target-unmeasurable's {@code aim-rate} asks for a name saying what is measured; the notes of
     * indicator-target-at-ceiling ("= 100%", {@code percent}, {@code above-hundred}, {@code reverse}) and of
     * indicator-target-no-comparator (a comparator; not its {@code direction} warning, a column against a written
     * comparator) at the same cell are left out: a direction or a ceiling means nothing until the name says what is
     * measured. Until session 50 each of those two rules held its note itself, computing aim-rate's reading of the row
     * again and asking only whether indicator-target-unmeasurable was off; now the reading is the one finding's, and the
     * notes come back where a project turned that rule off or below them, as beside every other fold. First of the folds:
     * those after it that carry a note's reading ({@link #numberNameOnce}, {@link #timeCostOnce}) never saw one at
     * such a cell. The same beside {@code area-rate} (a share of a piece of
     * work, 食品安全工作齐抓共管 100, t105; D4, session 50), which aimRate reads too, and {@code effectiveness-rate} (…执行有效性
     * 100%, t17; session 51), each with its {@code -unscored} variant (session 52), and beside {@code counts-in-name}
     * (the amounts in the name, a share of them as the target, t84): "= 100%", followed, would leave that defect unsaid.
     */
    static List<Finding> aimRateOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-target-unmeasurable") && (f.key().startsWith("aim-rate") || f.key().startsWith("area-rate")
                        || f.key().startsWith("effectiveness-rate") || f.key().equals("counts-in-name"))
                        ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-at-ceiling") && !f.key().equals("words")
                        || f.ruleId().equals("indicator-target-no-comparator") && !f.key().equals("direction")
                        ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * {@code findings} without each one {@code dropped} gives a key that {@code kept} gives a finding at least as severe
     * (null: no key): one defect said once, by the finding kept (misspeltOnce, blankOnce, unnamedOnce).
     */
    private static List<Finding> onceBeside(List<Finding> findings, Function<Finding, String> kept,
                                            Function<Finding, String> dropped) {
        return onceBeside(findings, kept, dropped, false);
    }

    /**
     * As {@link #onceBeside(List, Function, Function)}; where {@code anySeverity}, a finding {@code dropped} is left out
     * whatever its severity beside the kept one's ({@link #moneyOutputOnce}).
     */
    private static List<Finding> onceBeside(List<Finding> findings, Function<Finding, String> kept,
                                            Function<Finding, String> dropped, boolean anySeverity) {
        Map<String, Severity> keys = new java.util.HashMap<>();
        for (Finding f : findings) {
            String k = kept.apply(f);
            if (k != null) {
                keys.merge(k, f.severity(), Engine::graver);
            }
        }
        if (keys.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String k = dropped.apply(f);
            Severity keptSeverity = k == null ? null : keys.get(k);
            if (keptSeverity == null || !anySeverity && keptSeverity.compareTo(f.severity()) > 0) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * As {@link #onceBeside}, where the finding kept also says what the one left out would have: each finding
     * {@code dropped} gives a key that a finding {@code kept} gives (the first with that key), at least as severe, is left
     * out, and that kept finding is replaced by {@code carry(kept, dropped)} (for the first such left out): a variant
     * whose added arguments are details, so its fingerprint stays the kept finding's (blankActualOnce, unfilledTotalOnce).
     */
    private static List<Finding> carriedBeside(List<Finding> findings, Function<Finding, String> kept,
                                               Function<Finding, String> dropped,
                                               java.util.function.BinaryOperator<Finding> carry) {
        return carriedBeside(findings, kept, dropped, carry, false);
    }

    /**
     * As {@link #carriedBeside(List, Function, Function, java.util.function.BinaryOperator)}; where {@code anySeverity},
     * a finding {@code dropped} is left out whatever its severity beside the kept one's, and {@code carry} says the
     * severity of the finding that carries it ({@link #spendingNoTargetOnce}: the graver of the two).
     */
    private static List<Finding> carriedBeside(List<Finding> findings, Function<Finding, String> kept,
                                               Function<Finding, String> dropped,
                                               java.util.function.BinaryOperator<Finding> carry, boolean anySeverity) {
        Map<String, Finding> keys = new java.util.HashMap<>();
        for (Finding f : findings) {
            String k = kept.apply(f);
            if (k != null) {
                keys.putIfAbsent(k, f);
            }
        }
        if (keys.isEmpty()) {
            return findings;
        }
        Map<Finding, Finding> carried = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String k = dropped.apply(f);
            Finding keeper = k == null ? null : keys.get(k);
            if (keeper != null && (anySeverity || keeper.severity().compareTo(f.severity()) <= 0)) {
                carried.putIfAbsent(keeper, carry.apply(keeper, f));
            } else {
                out.add(f);
            }
        }
        if (!carried.isEmpty()) {
            out.replaceAll(f -> carried.getOrDefault(f, f));
        }
        return out;
    }

    /** One fold of {@link #carriedBesideFirst}: the findings kept, those left out beside them, and what the kept one then says. */
    record Carry(Function<Finding, String> kept, Function<Finding, String> dropped,
                 java.util.function.BinaryOperator<Finding> carry) {
    }

    /**
     * As {@link #carriedBeside(List, Function, Function, java.util.function.BinaryOperator)} for several folds in one pass:
     * each finding is left out by the first fold, in order, whose kept finding (the first with its key, at least as severe)
     * it falls beside, and that kept finding carries it; a finding no fold leaves out stays. The same as the folds one after
     * the other where no fold's kept or carried finding is one another fold keeps or leaves out ({@link #timeCostOnce}).
     */
    private static List<Finding> carriedBesideFirst(List<Finding> findings, List<Carry> folds) {
        List<Map<String, Finding>> keys = new ArrayList<>(folds.size());
        boolean any = false;
        for (Carry c : folds) {
            Map<String, Finding> byKey = new java.util.HashMap<>();
            for (Finding f : findings) {
                String k = c.kept().apply(f);
                if (k != null) {
                    byKey.putIfAbsent(k, f);
                }
            }
            any |= !byKey.isEmpty();
            keys.add(byKey);
        }
        if (!any) {
            return findings;
        }
        Map<Finding, Finding> carried = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean left = false;
            for (int i = 0; i < folds.size() && !left; i++) {
                String k = keys.get(i).isEmpty() ? null : folds.get(i).dropped().apply(f);
                Finding keeper = k == null ? null : keys.get(i).get(k);
                if (keeper != null && keeper.severity().compareTo(f.severity()) <= 0) {
                    carried.putIfAbsent(keeper, folds.get(i).carry().apply(keeper, f));
                    left = true;
                }
            }
            if (!left) {
                out.add(f);
            }
        }
        if (!carried.isEmpty()) {
            out.replaceAll(f -> carried.getOrDefault(f, f));
        }
        return out;
    }

    /**
     * {@code findings}, each replaced by {@code each(f, first)}, or left out where that is null: {@code first} is the
     * first finding of f's file that {@code first} matches, null where its file has none. Unchanged where no file has one.
     * The folds that read one finding of a file beside the others ({@link #initTasksOnce}, {@link #unplacedOnce},
     * {@link #boilerplateUnitOnce}).
     */
    private static List<Finding> besideFirstOfFile(List<Finding> findings, java.util.function.Predicate<Finding> first,
                                                   java.util.function.BinaryOperator<Finding> each) {
        Map<String, Finding> byFile = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (first.test(f)) {
                byFile.putIfAbsent(f.file(), f);
            }
        }
        if (byFile.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding g = each.apply(f, byFile.get(f.file()));
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** The graver of two severities (ERROR before WARNING before INFO). */
    private static Severity graver(Severity a, Severity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The row an indicator-incomplete finding is about: it points at the field when the field is written blank
     * ({@code "actual": ""} → /indicators/0/actual), at the row when it is left out (review V3).
     */
    /**
     * A vague target (indicator-target-unmeasurable: "无法判断是否完成") whose row the scorer still graded from its actual
     * (score-assumption achievement: "按‘达成’理解并据此核对得分") is one defect: the two read as contradicting each other on
     * one row (重庆 融媒体 2021 ×4, 九亭镇 2020 ×3, 吕梁 2021 ×2, 区商务局 2020 ×3 …; helper A2's audit, session 47). The
     * warning stays and says the reading the score rests on ({@code read-as}, or {@code actual-repeats-read-as}: the same
     * finding, the reading a detail); the note is left out. Likewise where the actual says no level either and the scorer
     * took the unit's own score unchecked (score-input-missing {@code achievement-self-score}, at the row: two warnings on
     * one row asking different fixes; 南昌 蚕茶卫生院 2021, t81: 绿化、节能 "绿化良好、水电费开支有下降" → "水电支出减少01万元";
     * helper A3's audit, session 48): the warning says the score taken and asks for the level too ({@code read-self},
     * {@code actual-repeats-read-self}, the actual and the score details). Not when a project turned the rule off or below
     * the finding left out.
     */
    static List<Finding> vagueReadOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-target-unmeasurable") && (f.key().isEmpty() || f.key().equals("actual-repeats"))
                        ? at(f, "/target") : null,
                f -> f.ruleId().equals("score-assumption") && f.key().equals("achievement") && f.args().size() > 2
                        ? at(f, "/actual")
                        : f.ruleId().equals("score-input-missing") && f.key().equals("achievement-self-score") && f.args().size() > 3
                        && f.pointer().startsWith("/indicators/") && f.pointer().indexOf('/', "/indicators/".length()) < 0
                        ? f.file() + '\0' + f.pointer() : null,
                (row, f) -> f.ruleId().equals("score-assumption")
                        ? row.key().isEmpty() ? row.withVariant(directionMet(row.args().get(1), f.args().get(1)) ? "read-as-direction" : "read-as",
                                List.of(f.args().get(1), f.args().get(2)))
                                : row.withVariant("actual-repeats-read-as", List.of(f.args().get(2)))
                        : row.key().isEmpty() ? row.withVariant("read-self", List.of(f.args().get(2), f.args().get(3)))
                                : row.withVariant("actual-repeats-read-self", List.of(f.args().get(3))));
    }

    /** Direction words a target may be written as alone, each with the character its actual's change starts with. */
    private static final Map<String, Character> DIRECTIONS = Map.of("增加", '增', "增长", '增', "提高", '提', "提升", '提',
            "上升", '升', "减少", '减', "下降", '降', "降低", '降');

    /**
     * Whether a target is a direction alone (增加, 下降 …) and the actual states a change that way with a figure (蚕茶 2021,
     * t81: 门诊住院人次 "增加" → "增372人次"): the reading as met can be checked, and what the target lacks is the amount and
     * the base year ({@code read-as-direction}, where read-as said "这一读法同样无从核对"; audit s52 B6).
     */
    static boolean directionMet(String target, String actual) {
        if (target == null || actual == null) {
            return false;
        }
        Character c = DIRECTIONS.get(target.strip());
        String a = actual.strip();
        boolean same = c != null && (a.indexOf(c) == 0 || DIRECTIONS.containsKey(a.length() > 1 ? a.substring(0, 2) : a)
                && DIRECTIONS.get(a.substring(0, 2)).equals(c));
        return same && io.github.jixiao.text.Chars.hasDigit(a);
    }

    /**
     * A key of the finding's file and the part of its pointer before {@code field} (/indicators/3 of /indicators/3/target),
     * or null where the pointer does not end in that field: one row's findings at its cells, paired.
     */
    private static String at(Finding f, String field) {
        return f.pointer().endsWith(field) ? f.file() + '\0' + f.pointer().substring(0, f.pointer().length() - field.length()) : null;
    }

    private static String row(String pointer) {
        for (String field : List.of("/target", "/adjustedTarget", "/actual", "/score")) {
            if (pointer.endsWith(field) && pointer.startsWith("/indicators/")) {
                return pointer.substring(0, pointer.length() - field.length());
            }
        }
        return pointer;
    }

    /** What the scorer's per-row score-input-missing ({@code indicator}) names as lacking, by indicator-incomplete's key. */
    private static final Map<String, String> SCORED_FIELD = Map.of("no-target", "指标值", "no-target-no-actual", "指标值",
            "no-target-qualitative", "指标值", "no-target-no-actual-qualitative", "指标值",
            "no-actual", "实际完成值", "no-score", "自评得分", "no-target-category", "指标值");

    /**
     * A row's blank target, actual or score is one defect: indicator-incomplete says what to fill in, and the scorer's
     * score-input-missing for the same row and field ("缺少实际完成值，无法计分") is left out; the criterion's explanation
     * and the list of points not scored still say the row scored 0 (P2, session 25: a blank row gave three errors). A
     * qualitative row's blank actual without a 完成档次 likewise: the scorer asks for the actual there too (since session 41;
     * it asked for a 完成档次, on 蚕茶卫生院 2021's form without that column). Not when a project turned indicator-incomplete
     * off or below the scorer's severity: then the scorer's finding tells.
     */
    static List<Finding> blankOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-incomplete") && SCORED_FIELD.containsKey(f.key())
                        ? f.file() + '\0' + row(f.pointer()) + '\0' + SCORED_FIELD.get(f.key()) : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("indicator") && f.args().size() > 1
                        ? f.file() + '\0' + f.pointer() + '\0' + f.args().get(1) : null);
    }

    /**
     * A table of results with (almost) no targets is one defect: indicator-incomplete's {@code no-target-all}, at the
     * table, says so in place of each row's {@code no-target}, and the scorer's per-row score-input-missing for the target
     * ("缺少指标值，无法计分") in the same file is left out, as {@link #blankOnce} leaves it beside each row's (session 50, G1:
     * 云南's prose 自评报告, t109 and t110, with points printed). Not when a project turned indicator-incomplete off or below.
     */
    static List<Finding> noTargetAllOnce(List<Finding> findings, List<Indicator> rows) {
        // the rows read only where there is such a finding: every submission passes here
        if (findings.stream().noneMatch(f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-target-all"))) {
            return findings;
        }
        java.util.Set<String> resultsOnly = resultsOnly(rows);
        return onceBeside(findings, // no-target-all-misspelt too (misspeltAllOnce): its rows without a target are its own
                f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-target-all") ? f.file() : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("indicator") && f.args().size() > 1
                        && "指标值".equals(f.args().get(1)) && resultsOnly.contains(f.pointer()) ? f.file() : null);
    }

    /**
     * An overall goal's actual completion that claims the goal met with no figure (overall-goal-not-a-goal's
     * {@code achieved-vague-claim}, session 58) beside a row missed (overall-goal-said-met at the same text: 镜湖区残联 2023,
     * t125, "已按照计划完成目标" with 燃油补贴人次数 164 of ≥ 180) is one rewrite of one text: the said-met note, which names
     * the row missed, is kept, and the vague one left out. Not when a project turned overall-goal-said-met off or below it.
     */
    static List<Finding> claimVagueOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("overall-goal-said-met") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("overall-goal-not-a-goal") && f.key().equals("achieved-vague-claim") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A report of results only (indicator-incomplete's {@code no-target-all}: 红河州第二人民医院 2023, t109, six rows of
     * "名称:完成情况" and no target) does not say what the year's approved targets held: indicator-category-missing's
     * {@code approved} ("年初批复的绩效目标中缺少…") in the same file is said as {@code approved-results} ("报告中没有…类指标的完成情况"),
     * and {@code approved-several} as {@code approved-several-results}: the same findings (sameAs), the same arguments
     * (audit s57 A12 C6, session 58). Not when a project turned indicator-incomplete off or below the note: then the
     * default words stand.
     */
    static List<Finding> approvedUnknownWording(List<Finding> findings) {
        java.util.Set<String> resultsOnly = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("indicator-incomplete") && f.key().equals("no-target-all")) {
                resultsOnly.add(f.file());
            }
        }
        if (resultsOnly.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.ruleId().equals("indicator-category-missing") && (f.key().equals("approved") || f.key().equals("approved-several"))
                    && resultsOnly.contains(f.file())
                    ? f.withVariant(f.key() + "-results", List.of())
                    : f);
        }
        return out;
    }

    /**
     * The pointers of the rows that give an actual and no target (/indicators/3), the rows a {@code no-target-all}
     * counts: the scorer's "缺少指标值" at one of them is that finding's (noTargetAllOnce). One with neither (a row of a
     * category left empty, said by empty-category, whose rows keep the scorer's finding; G1's left-alone, session 50) is
     * not one of them; the scorer asks the same of a row's texts (its target read empty, its actual not).
     */
    private static java.util.Set<String> resultsOnly(List<Indicator> rows) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Indicator i : rows) {
            if (!i.notApplicable() && i.targetValue().isEmpty() && !i.actualValue().isEmpty()) {
                out.add(i.pointer());
            }
        }
        return out;
    }

    /**
     * A target key misspelt on every row of a table of results only ({@code "traget": "≥ 60 个"} on each): the schema's
     * finding at each row says which field was meant, as {@link #misspeltOnce} leaves each row's "no target" out beside
     * it, and indicator-incomplete's {@code no-target-all} (at the table, not a row, so that fold does not reach it) is
     * left out too: the targets are there, under a wrong key. Only where every row it counts has such a finding at least
     * as severe; a table with some rows misspelt and others without a target keeps it (G1's left-alone, session 50), as
     * {@code no-target-all-misspelt} (the same finding): the rows without a target counted and named, and the misspelt
     * ones apart, as rows whose targets are there under a wrong key. Until session 52 its count took the misspelt rows in
     * ("6 个指标…没有指标值" of t109 with five of its six rows given a "traget"), and its words said the table had almost
     * no targets; the variant says neither.
     */
    static List<Finding> misspeltAllOnce(List<Finding> findings, List<Indicator> rows) {
        Finding all = null;
        for (Finding f : findings) {
            if (f.ruleId().equals("indicator-incomplete") && f.key().equals("no-target-all")) {
                all = f;
            }
        }
        if (all == null) {
            return findings;
        }
        Map<String, Severity> misspelt = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("schema") && f.key().equals("additionalProperties-near") && f.args().size() > 2
                    && f.file().equals(all.file()) && TARGET_FIELDS.contains(f.args().get(2))) {
                misspelt.merge(f.pointer(), f.severity(), Engine::graver);
            }
        }
        java.util.Set<String> counted = resultsOnly(rows);
        List<Indicator> blank = new ArrayList<>();
        List<Indicator> wrongKey = new ArrayList<>();
        for (Indicator i : rows) {
            if (counted.contains(i.pointer())) {
                Severity s = misspelt.get(i.pointer());
                (s == null || s.compareTo(all.severity()) > 0 ? blank : wrongKey).add(i);
            }
        }
        List<Finding> out = new ArrayList<>(findings);
        if (blank.isEmpty()) {
            out.remove(all);
        } else if (!wrongKey.isEmpty()) {
            out.set(out.indexOf(all), new Finding(all.ruleId(), all.severity(), "no-target-all-misspelt",
                    List.of(String.valueOf(blank.size()), io.github.jixiao.lint.rules.IndicatorIncomplete.rowNames(blank),
                            String.valueOf(wrongKey.size()), io.github.jixiao.lint.rules.IndicatorIncomplete.rowNames(wrongKey)),
                    all.file(), all.pointer(), all.line(), all.column(), all.criterion()));
        } else {
            return findings;
        }
        return out;
    }

    /** The fields a misspelt key may have meant for a row's target ({@link #misspeltAllOnce}). */
    private static final java.util.Set<String> TARGET_FIELDS = java.util.Set.of("target", "adjustedTarget");

    /**
     * A table with (almost) no targets whose rows print no 分值 either (云南's prose 自评报告, t109 and t110): no-target-all
     * says the targets are the first thing to fill in, and score-input-missing's {@code indicator-points-none…} beside it
     * ("请按评分标准为各指标定出分值后填入", "表中的 6 个绩效指标…") asked for points on rows with nothing to score against,
     * a second error for one report (audit s51 A6 §2). It is left out, as the per-row errors are ({@link #noTargetAllOnce});
     * after {@link #shortfallOnce}, so that score-weights' total it held stays left out too (the sheet still says no
     * 综合评分: the summary's pointless total, and score-weights partial where the copy is cut). Not when a project turned
     * indicator-incomplete off or below.
     */
    static List<Finding> pointsNoTargetOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-incomplete") && f.key().equals("no-target-all") ? f.file() : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points-none") ? f.file() : null);
    }

    /**
     * Rows without 分值 whose printed 得分 add up to more than the points of their part (score-claim-mismatch
     * {@code indicators-above-weight}: 隆阳 2022, t111, 95 over 80, its numbered parts scored on top of their parents, 15 =
     * 5 + 5 + 5): score-input-missing's {@code …-short-rows…} beside it added those scores up as the table's ("本表所列各行
     * 所写得分合计 95 分…共 97.15 分"), a sum that counts the parts twice and is no total at all (audit s51 A6 row 7). It is
     * said without the sum: its {@code …-short} variant, the same finding (details). Not the variants that hold the sum
     * against a stated total (-stated, -match, -unheld: 金步 2020, t56 with a row's 40 written 45, 105 over the 总分 100),
     * whose point is that comparison. Only where the rows are an outline ({@link #outlined}): elsewhere rows over their
     * part's points (金步 2020, t56 with a row's 40 written 45) add up to a sum the unit printed, and it is said.
     */
    static List<Finding> rowsSumOverOnce(List<Finding> findings, List<io.github.jixiao.model.Indicator> rows) {
        java.util.Set<String> over = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("score-claim-mismatch") && f.key().startsWith("indicators-above-weight")) {
                over.add(f.file());
            }
        }
        // the names read for their numbering only where rows are over their part's points: every submission passes here
        if (over.isEmpty() || !outlined(rows)) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding g = f;
            String k = f.key();
            if (f.ruleId().equals("score-claim-mismatch") && k.startsWith("indicators-above-weight")) {
                // and the claim itself says why the scores are over: the parts counted beside their parents, not points to
                // fill in ("请按表补填各指标分值" asked for a column the form does not have; session 52, G2's left words)
                g = f.withVariant("indicators-above-weight-outline", List.of());
            }
            if (f.ruleId().equals("score-input-missing") && over.contains(f.file()) && k.startsWith("indicator-points-none-")
                    && (k.endsWith("-short-rows") || k.endsWith("-short-rows-partial"))) {
                // the named form's arguments before the sum: 0..6, the table's: 0..5
                int head = k.startsWith("indicator-points-none-table-") ? 6 : 7;
                if (f.args().size() >= head + 2) {
                    g = new Finding(f.ruleId(), f.severity(), k.substring(0, k.indexOf("-rows")), f.args().subList(0, head),
                            f.file(), f.pointer(), f.line(), f.column(), f.criterion());
                }
            }
            out.add(g);
        }
        return out;
    }

    /**
     * Whether the indicator names are numbered as an outline, parents and their parts ("一、示范区建立", "1、水稻侧深施肥
     * +缓控释肥": 隆阳 2022, t111), where a part's score may be counted in its parent's as well.
     */
    static boolean outlined(List<io.github.jixiao.model.Indicator> rows) {
        boolean parent = false;
        boolean part = false;
        for (io.github.jixiao.model.Indicator i : rows) {
            String n = i.name() == null ? "" : i.name().strip();
            int k = 0;
            while (k < n.length() && "一二三四五六七八九十".indexOf(n.charAt(k)) >= 0) {
                k++;
            }
            int d = 0;
            while (d < n.length() && n.charAt(d) >= '0' && n.charAt(d) <= '9') {
                d++;
            }
            parent |= k > 0 && k < n.length() && n.charAt(k) == '、';
            part |= d > 0 && d < n.length() && n.charAt(d) == '、';
        }
        return parent && part;
    }

    /**
     * A rate whose name sets a deadline past the budget year ("截至2026年12月底,项目开展率(%) | 100%", t35 /3):
     * indicator-deadline-after-year's {@code in-name} asks for this year's stage target with its deadline, and
     * indicator-target-at-ceiling's "请写成“= 100%”" at the same cell is moot once that is done: left out, as
     * indicator-time-cost-unspecified's time-in-name-bare leaves it (audit s51 A6 §2). Not when a project turned indicator-deadline-after-year off or below.
     */
    static List<Finding> deadlineInNameOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-deadline-after-year") && f.key().equals("in-name") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-at-ceiling") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A bare date as the target that falls outside the budget year (原州 2022, t100 /5: 项目完成时间 "2023年底" in a 2022
     * table): indicator-deadline-after-year (or deadline-before-year) asks for this year's stage target and its deadline,
     * and indicator-target-no-comparator's {@code date} note at the same cell ("按截止日期理解为“≤ 2023-12-31”…请写明，如
     * “2023-12-31前”") asked for a comparator on the very date rejected: left out (session 56, audit A11 D2). Not when a
     * project turned those rules off or below the note's severity.
     */
    static List<Finding> deadlineYearDateOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> (f.ruleId().equals("indicator-deadline-after-year") || f.ruleId().equals("deadline-before-year"))
                        && f.pointer().endsWith("/target") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-no-comparator") && f.key().equals("date") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * An 产出 row whose target is money and that states no score (MoneyOutput.leftOut: 廊坊 2019's 工程资金金额 43.2 with
     * its 得分 blank) is one defect at its target: indicator-input-as-output's {@code unscored} says the row is money, that
     * its points are not scored and what to write instead, and the scorer's score-input-missing {@code money-output} at
     * the same cell is left out, whatever the severities (the lint finding names the fix and the points alike). With that
     * rule turned off the scorer's finding is the one that tells the reviewer why the row counts 0 (session 52: before,
     * only the list of points not scored did).
     */
    static List<Finding> moneyOutputOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-input-as-output") && f.pointer().endsWith("/target") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("money-output") ? f.file() + '\0' + f.pointer() : null,
                true);
    }

    /** The findings at an actual that say, as the scorer's no-result does, that it states no result. */
    private static final java.util.Set<String> NO_RESULT_SAID = java.util.Set.of("placeholder-left unit-only-actual",
            "placeholder-left placeholder-actual", "placeholder-left not-applicable-marked", "placeholder-left template-mark",
            "indicator-actual-incommensurable quantitative-target");

    /**
     * An actual that states no result ("%", "**", "—", "/" …) is one defect at its cell: placeholder-left (or, beside a
     * target with a figure, indicator-actual-incommensurable) says what to fill in, and the scorer's score-input-missing
     * {@code no-result} (or {@code not-applicable-marked}) at the same cell ("…无法计分，按 0 分计") is left out; the criterion's explanation and the list of
     * points not scored still say the row scored 0, as for a blank actual ({@link #blankOnce}; session 45: both were errors
     * at the one cell). Not when a project turned the lint rule off or below the scorer's severity.
     */
    static List<Finding> noResultOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> NO_RESULT_SAID.contains(f.ruleId() + " " + f.key()) && f.pointer().endsWith("/actual")
                        ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-input-missing") && (f.key().equals("no-result") || f.key().equals("not-applicable-marked"))
                        ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * An actual not in its target's terms ("≥95%" beside 完成, "小于5次" beside 无上访 (t84), 100% beside 完成 (t81), 元/人
     * beside 元) is one defect at its cell: indicator-actual-incommensurable says what to write (the figure in the target's
     * unit, the unit written alike), and the scorer's score-input-missing {@code incomparable} at the same cell ("无法比较，
     * 按 0 分计") is left out; the criterion's explanation and the list of points not scored still say the row scored 0, as
     * for {@link #noResultOnce} (session 46: both were errors at the one cell, G2's left-alone item 6). The lint finding is
     * the one kept (its fingerprint unchanged): it names the fix, the scorer's only the consequence. Not when a project
     * turned the lint rule off or below the scorer's severity.
     */
    static List<Finding> incomparableOnce(List<Finding> findings) {
        // 不涉及 beside a target in words: the scorer asks the row for a 完成档次 (achievement); placeholder-left's
        // not-applicable-actual at its actual says what the row lacks (session 46)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("placeholder-left") && f.key().equals("not-applicable-actual") ? at(f, "/actual") : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("achievement") ? f.file() + '\0' + f.pointer() : null);
        // 已完成 beside a deadline (12月, 12月底前; a bare 12 on a row of a time, -bare-month: session 50): incommensurable's
        // deadline-done-undated asks for the day and says the row is scored 达成 on the words; the scorer's achievement note at
        // that cell says the same (session 47)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && (f.key().equals("deadline-done-undated")
                        || f.key().equals("deadline-done-undated-bare-month")) ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-assumption") && f.key().equals("achievement") ? f.file() + '\0' + f.pointer() : null);
        // 完成时间 "12" beside 已完成 (-bare-month): the day asked for, with the bare month's reading (12月底前) said in it; the
        // scorer's bare-month note at the row's target, saying that reading, is left out as well (session 50, M8's
        // left-alone 5: two notes and no day asked; a fold of its own, bareMonthUndatedOnce, until session 51)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().equals("deadline-done-undated-bare-month")
                        ? f.file() + '\0' + row(f.pointer()) : null,
                f -> f.ruleId().equals("score-assumption") && f.key().equals("bare-month") ? f.file() + '\0' + row(f.pointer()) : null);
        return onceBeside(findings,
                f -> (f.ruleId().equals("indicator-actual-incommensurable")
                        || f.ruleId().equals("placeholder-left") && f.key().equals("not-applicable-actual")
                        // some outside a range target, said in words (session 57: until then incommensurable's, above)
                        || f.ruleId().equals("indicator-target-missed") && f.key().startsWith("stated-range"))
                        && f.pointer().endsWith("/actual") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("incomparable")
                        ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A row with neither actual nor score at the year end is one defect at its row: indicator-incomplete's {@code no-actual}
     * is kept, as {@code no-actual-no-score} (its added argument, the row's points, a detail: the fingerprint stays
     * no-actual's), and its {@code no-score} at the same row is left out. The score is given by what the actual shows, so
     * the actual is what to write first (session 47: 大英 医保 2023, t96, published with neither column filled, gave 14
     * errors on 7 rows). Runs after {@link #misspeltOnce}, {@link #blankOnce} and {@link #blankActualOnce}, which read the
     * two keys apart. Not when a project turned the row's no-actual below its no-score.
     */
    static List<Finding> unfilledRowOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-incomplete") && f.key().equals("no-actual") ? f.file() + '\0' + row(f.pointer()) : null,
                f -> f.ruleId().equals("indicator-incomplete") && f.key().equals("no-score") && f.args().size() > 1
                        ? f.file() + '\0' + row(f.pointer()) : null,
                (row, f) -> row.withVariant("no-actual-no-score", List.of(f.args().get(1))));
    }

    /** indicator-incomplete's keys of a row without its actual at the year end, as {@link #noActualAllOnce} folds them. */
    private static final java.util.Set<String> NO_ACTUAL_ROW = java.util.Set.of("no-actual", "no-actual-no-score");

    /**
     * A table whose 实际完成值 column is blank on every row is one defect, said once: indicator-incomplete's
     * {@code no-actual-all} (or {@code -no-score}, where no such row has its 得分 either, the points they carry its detail)
     * names how many rows and the first of them, at the first's actual, in place of each row's {@code no-actual} or
     * {@code no-actual-no-score} (施甸 2021, t115, a project not started: 11 errors, one a row, until session 54; 大英 医保
     * 2023, t96, published unfilled: 7; 四川's fragment, t45: 4). Done here, once, on what the passes before left of each
     * row (the scorer's per-row finding already left out beside the row's by {@link #blankOnce}, its no-score carried by
     * {@link #unfilledRowOnce}, its full marks by {@link #blankActualOnce}), so that none of them needs to know of the
     * table's finding. Only where no applicable row of the submission has an actual, and two rows or more are so: where
     * some rows have theirs, the blank ones are rows left out, each said at its row. A row scored full marks with no
     * actual ({@code no-actual-scored}) keeps its own finding and leaves the table's alone: that claim is its own defect.
     * Rows without a target (no-target-no-actual, empty-category, a template row's name only) keep theirs: they ask for more
     * than the actual; since session 55 the table's finding counts them in the column all the same and says how many are
     * said apart ({@code -untargeted}: the whole column's count, not only the rows it stands for; review s54 R4 D3).
     */
    static List<Finding> noActualAllOnce(List<Finding> findings, List<Indicator> rows) {
        List<Finding> blank = new ArrayList<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("indicator-incomplete")) {
                if (NO_ACTUAL_ROW.contains(f.key())) {
                    blank.add(f);
                } else if (f.key().equals("no-actual-scored")) {
                    return findings;
                }
            }
        }
        if (blank.size() < 2 || blank.stream().map(Finding::file).distinct().count() > 1) {
            return findings;
        }
        // the column's rows without a target either (each said at its row, no-target-no-actual or as a template row, or in
        // its category): counted in the column, said apart (review s54 R4 D3: until session 55 "整列空着：10 个指标" beside
        // an 11-row blank column); and whether they leave their 得分 blank too
        int untargeted = 0;
        boolean untargetedScored = false;
        for (Indicator i : rows) {
            if (i.notApplicable()) {
                continue;
            }
            if (i.actual() != null && !i.actual().isBlank()) {
                return findings; // some row has its actual: the blank ones are rows left out
            }
            String target = i.effectiveTarget();
            if (target == null || target.strip().isEmpty()) {
                untargeted++;
                untargetedScored |= i.score() != null;
            }
        }
        blank.sort(java.util.Comparator.comparingInt(f -> rowIndex(f.pointer())));
        Finding first = blank.get(0);
        Severity severity = first.severity();
        java.math.BigDecimal points = java.math.BigDecimal.ZERO;
        boolean noScore = true;
        for (Finding f : blank) {
            severity = graver(severity, f.severity());
            if (noScore && f.key().equals("no-actual-no-score") && f.args().size() > 2) {
                try {
                    points = points.add(new java.math.BigDecimal(f.args().get(2)));
                } catch (NumberFormatException e) {
                    noScore = false;
                }
            } else {
                noScore = false;
            }
        }
        noScore &= !untargetedScored;
        List<String> args = new ArrayList<>(List.of(String.valueOf(blank.size() + untargeted), first.args().get(0)));
        if (noScore) {
            args.add(points.stripTrailingZeros().toPlainString());
        }
        if (untargeted > 0) {
            args.add(String.valueOf(untargeted));
        }
        Finding table = new Finding(first.ruleId(), severity,
                (noScore ? "no-actual-all-no-score" : "no-actual-all") + (untargeted > 0 ? "-untargeted" : ""), args,
                first.file(), first.pointer(), first.line(), first.column(), null);
        java.util.Set<Finding> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        folded.addAll(blank);
        List<Finding> out = new ArrayList<>(findings.size() - blank.size() + 1);
        for (Finding f : findings) {
            if (f == first) {
                out.add(table);
            } else if (!folded.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The row's index of an /indicators/N… pointer; MAX_VALUE for another. */
    private static int rowIndex(String pointer) {
        if (!pointer.startsWith("/indicators/")) {
            return Integer.MAX_VALUE;
        }
        int end = pointer.indexOf('/', "/indicators/".length());
        try {
            return Integer.parseInt(pointer.substring("/indicators/".length(), end < 0 ? pointer.length() : end));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * A target never written ("**", "xx": the template's) beside a result at 自评 is one defect: placeholder-left's
     * placeholder-target at the target asks for the target, and the scorer's achievement or achievement-self-score at the
     * row (no grade to read against a "**", the unit's score taken unchecked) is left out; the criterion's explanation
     * still says how the row was scored (session 47, G3's left-alone item 2: "** | 98%" gave three findings, with
     * indicator-actual-incommensurable's, which the rule now leaves to placeholder-left). Not when a project turned
     * placeholder-left off or below the scorer's severity.
     */
    static List<Finding> placeholderTargetOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("placeholder-left") && f.key().equals("placeholder-target") ? at(f, "/target") : null,
                f -> f.ruleId().equals("score-input-missing")
                        && (f.key().equals("achievement") || f.key().equals("achievement-self-score")) ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A category whose rows have neither target nor actual (a blank 满意度 row under its own heading: 濉溪 2019's
     * ★受助对象满意度, trial s30-G item 9) is one defect at its row: indicator-incomplete's empty-category says what to fill
     * in, and the scorer's score-input-missing for that row ("缺少指标值，无法计分") at the same place is left out (both
     * were errors at the one cell). Only for a category of one row (its count, the argument before the rows' names): one of
     * several rows is at the first row's place while the others' score-input-missing stand at theirs, and leaving out the
     * first alone would say the rows unlike. Not when a project turned indicator-incomplete off or below the scorer's severity.
     */
    static List<Finding> emptyRowOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("empty-category") && !f.key().contains("-target")
                        && oneRowEmptyCategory(f) ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("indicator") && f.args().size() > 1
                        && (f.args().get(1).equals("指标值") || f.args().get(1).equals("实际完成值")) ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A row with no actual (or neither target nor actual) that states full marks is one defect at its row: indicator-
     * incomplete ({@code no-actual}, {@code no-target}, or {@code empty-category} and its {@code -no-level1},
     * {@code -no-level2} and {@code -unfiled} for a category of one row) says what to fill in, and indicator-score-unexplained's {@code empty-actual} ("实际完成值为空，却得了满分…请填写实际完成值，或按未完成
     * 计分") at the same row is left out: the actual filled in is what both ask, and the score is then held to it by the
     * rules that compare them (score-ignores-missed-target, score-claim-mismatch); a full score cannot be judged before
     * (session 33's audit: both on t5, t23, t24, t49; 天长 2022's rows print their content in the name, done and at full
     * marks). A category of several rows keeps each row's finding, as emptyRowOnce. Not when a project turned
     * indicator-incomplete off or below the warning.
     */
    static List<Finding> blankActualOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> !f.ruleId().equals("indicator-incomplete") ? null
                        : f.key().equals("no-actual") || f.key().startsWith("no-target") ? f.file() + '\0' + row(f.pointer())
                        : oneRowEmptyCategory(f) ? f.file() + '\0' + f.pointer()
                        : null,
                f -> f.ruleId().equals("indicator-score-unexplained") && f.key().equals("empty-actual") && f.args().size() > 3
                        ? f.file() + '\0' + row(f.pointer()) : null,
                // (no-target-no-actual's is no-target-scored, which says both; a 定性 row's, no-target-scored-qualitative)
                (row, f) -> row.withVariant(switch (row.key()) {
                    case "no-target-no-actual" -> "no-target-scored";
                    case "no-target-no-actual-qualitative", "no-target-qualitative" -> "no-target-scored-qualitative";
                    default -> row.key() + "-scored";
                }, List.of(f.args().get(3))));
    }

    /**
     * A category of several rows none of which has a target or an actual (原州 2022, t23: 社会效益, two rows with their
     * cells unreadable in the copy, each scored 8 of 8) is one defect, as a category of one row is ({@link #emptyRowOnce},
     * {@link #blankActualOnce}): indicator-incomplete's empty-category names the rows at the first of them, and the scorer's
     * score-input-missing for each row ("缺少指标值，无法计分") is left out beside it; where every row of it states full
     * marks, each row's indicator-score-unexplained {@code empty-actual} is left out too and the kept finding says the full
     * marks ({@code -scored}, their sum as its detail, as a one-row category's says its row's); where only some of them do,
     * their empty-actual warnings are left out too and the kept finding names those rows with their points and the sum
     * ({@code -scored-some}, details, since session 54: until then each such row kept its warning beside the category's,
     * two findings asking to fill in the same rows; the fix of both is the rows filled in, the full marks then held to the
     * actuals, as {@link #blankActualOnce} says of one row). Until session 53 such a
     * category of two rows gave five findings where a one-row category gives one (audit s53 A8 row D2). The category's
     * rows are read from {@code rows}: those with the first row's 一级 and 二级, as many as the finding counts, from its
     * place on; where they cannot be told so, nothing is left out. Not when a project turned indicator-incomplete off or
     * below the severity of the findings left out.
     */
    static List<Finding> emptyCategoryRowsOnce(List<Finding> findings, List<Indicator> rows) {
        Map<String, Finding> keeperOf = new java.util.HashMap<>(); // file \0 row pointer → the category's finding
        Map<Finding, Integer> counts = new java.util.HashMap<>();
        for (Finding f : findings) {
            int count = f.ruleId().equals("indicator-incomplete") ? emptyCategoryCount(f) : -1;
            if (count < 2) {
                continue;
            }
            List<String> at = categoryRows(rows, f.pointer(), count);
            if (at != null) {
                for (String p : at) {
                    keeperOf.putIfAbsent(f.file() + '\0' + p, f);
                }
                counts.put(f, count);
            }
        }
        if (keeperOf.isEmpty()) {
            return findings;
        }
        Map<Finding, List<Finding>> fullMarks = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("indicator-score-unexplained") && f.key().equals("empty-actual") && f.args().size() > 3) {
                Finding keeper = keeperOf.get(f.file() + '\0' + row(f.pointer()));
                if (keeper != null) {
                    fullMarks.computeIfAbsent(keeper, k -> new ArrayList<>()).add(f);
                }
            }
        }
        java.util.Set<Finding> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Finding, Finding> carried = new java.util.HashMap<>();
        for (Map.Entry<Finding, List<Finding>> e : fullMarks.entrySet()) {
            Finding keeper = e.getKey();
            if (e.getValue().stream().allMatch(f -> keeper.severity().compareTo(f.severity()) <= 0)) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                List<String> named = new ArrayList<>();
                try {
                    for (Finding f : e.getValue()) {
                        sum = sum.add(new java.math.BigDecimal(f.args().get(3)));
                        named.add(f.args().get(0) + " " + f.args().get(3));
                    }
                } catch (NumberFormatException ex) {
                    continue;
                }
                left.addAll(e.getValue());
                String points = sum.stripTrailingZeros().toPlainString();
                // every row at full marks: the category's; some: those rows named with their points (-scored-some, since
                // session 54; until then each kept its empty-actual beside the category's finding)
                carried.put(keeper, e.getValue().size() == counts.get(keeper)
                        ? keeper.withVariant(keeper.key() + "-scored", List.of(points))
                        : keeper.withVariant(keeper.key() + "-scored-some", List.of(points, String.join("、", named))));
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (left.contains(f)) {
                continue;
            }
            if (f.ruleId().equals("score-input-missing") && f.key().equals("indicator") && f.args().size() > 1
                    && (f.args().get(1).equals("指标值") || f.args().get(1).equals("实际完成值"))) {
                Finding keeper = keeperOf.get(f.file() + '\0' + f.pointer());
                if (keeper != null && keeper.severity().compareTo(f.severity()) <= 0) {
                    continue;
                }
            }
            out.add(carried.getOrDefault(f, f));
        }
        return out;
    }

    /**
     * The pointers of the {@code count} rows of the category whose first row is at {@code first} (/indicators/7): the rows
     * from there on with its 一级 and 二级 as written; null where there are not so many, or the place is no row's.
     */
    private static List<String> categoryRows(List<Indicator> rows, String first, int count) {
        int k = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).pointer().equals(first)) {
                k = r;
                break;
            }
        }
        if (k < 0) {
            return null;
        }
        Indicator head = rows.get(k);
        List<String> out = new ArrayList<>();
        for (int r = k; r < rows.size() && out.size() < count; r++) {
            Indicator i = rows.get(r);
            if (java.util.Objects.equals(strip(i.level1()), strip(head.level1()))
                    && java.util.Objects.equals(strip(i.level2()), strip(head.level2()))) {
                out.add(i.pointer());
            }
        }
        return out.size() == count ? out : null;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /**
     * The count of rows of an indicator-incomplete empty-category (and its {@code -no-level1}, {@code -no-level2},
     * {@code -unfiled}), as {@link #oneRowEmptyCategory} reads it; -1 for another finding or one already {@code -scored}.
     */
    private static int emptyCategoryCount(Finding f) {
        int n = switch (f.key()) {
            case "empty-category" -> 3;
            case "empty-category-no-level1", "empty-category-no-level2" -> 2;
            case "empty-category-unfiled" -> 1;
            default -> -1;
        };
        if (n < 0 || f.args().size() != n + 1) {
            return -1;
        }
        try {
            return Integer.parseInt(f.args().get(n - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * An indicator-incomplete empty-category of one row, filed under both levels or not ({@code -no-level1}: 天长 2022's
     * archived copy lost its 一级 names, t5; {@code -no-level2}, {@code -unfiled}): the count is the argument before the rows' names and
     * each key has a {@code -scored} variant. Not the 目标申报 keys ({@code -target}): no score there.
     */
    private static boolean oneRowEmptyCategory(Finding f) {
        return emptyCategoryCount(f) == 1; // the count, then the rows' names (session 42)
    }

    /**
     * Text in the score cell of a criterion the department scores (满分 where 3 belongs) is one defect: the scorer's
     * assessed-unreadable, at that cell, says the criterion scores 0 until a number is written there and imported again,
     * and workbook-cell-unreadable at the same cell ("检查和评分都缺这一项") is left out (session 29 gave both). Not when a
     * project turned score-input-missing off or below workbook-cell-unreadable's severity: then the cell's finding tells.
     */
    static List<Finding> unreadableOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("assessed-unreadable")
                        ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("workbook-cell-unreadable") && f.key().isEmpty() ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * indicator-target-no-comparator's note of a bare number, with ({@code no-unit}, session 44: 湘潭 2024's "10") or
     * without the unit asked for beside the direction, or a rate's bare 100 % offered "= 100%" alone ({@code rate-full},
     * session 48): the one the finding of the same cell below says, either way.
     */
    private static boolean bareNote(Finding f) {
        return f.ruleId().equals("indicator-target-no-comparator")
                && (f.key().isEmpty() || f.key().startsWith("no-unit") || f.key().equals("rate-full") || f.key().equals("percent-full")
                        || f.key().equals("cost-ceiling")) && !f.key().equals("no-unit-rate-above");
    }

    /**
     * indicator-target-missed's miss of a target without a comparator: {@code bare}, or {@code bare-full} (a bare 100 % that
     * cannot be exceeded, offered "= 100%": session 49), and with {@code deducted} also the two variants of a row already
     * marked down ({@code bare-deducted}, {@code bare-deducted-full}); either on a share of nothing measured
     * ({@code -unmeasurable}, session 53).
     */
    private static boolean bareMiss(Finding f, boolean deducted) {
        String k = f.key();
        return k.equals("bare") || k.equals("bare-full") || k.equals("bare-unmeasurable") || k.equals("bare-full-unmeasurable")
                || deducted && (k.equals("bare-deducted") || k.equals("bare-deducted-full"));
    }

    /**
     * A target written without a comparator that the actual misses is one defect at the target's cell: indicator-target-
     * missed's "bare" message (or "bare-deducted", the row already marked down) says how it was read, that the actual falls
     * short and to write ≥, ≤ or =; the note of
     * indicator-target-no-comparator at the same target, saying the reading and the comparator only, is left out (helper
     * I, session 30: both at one cell). Not when a project turned indicator-target-missed off or below the note.
     */
    static List<Finding> bareMissedOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-target-missed") && bareMiss(f, true) ? f.file() + '\0' + f.pointer() : null,
                f -> bareNote(f) ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A missed target at full points is one defect at its row (s47 audit, duplicates group 3: t16 ×2, t24, t49, t53, t54,
     * t58): score-ignores-missed-target's {@code indicator} (an error at the score) names the miss, the full score and the
     * score in proportion, and now also what the finding left out beside it asked for, as details (the same fingerprint):
     * {@code indicator-bare} the target's reading without a comparator (indicator-target-missed {@code bare} at the target:
     * 重庆 融媒体 2021's 100% → 72.74%, 稷山 2021's 38508人 → 37442人), {@code indicator-unexplained} the reason the
     * explanation lacks (its plain note at the actual: 濉溪 2019's 5830元/户 over ≤5300), {@code indicator-range-actual}
     * the comparator of an actual that states a range (actual-equals-target-pattern {@code copied-value}: 九亭镇 2020's
     * ">70%" for ">80%"). An actual written as a range that misses a target with no score to mark down (吕梁 2021's
     * 88.32%及以上 for 95%及以上) is indicator-target-missed's {@code range-actual}, copied-value left out. Not when a project
     * turned the kept rule off or below the finding left out.
     */
    static List<Finding> missedAtFullOnce(List<Finding> findings) {
        Function<Finding, String> fullScore = f -> f.ruleId().equals("score-ignores-missed-target")
                && (f.key().equals("indicator") || f.key().equals("indicator-range-actual")) && f.args().size() == 6 ? at(f, "/score") : null;
        findings = carriedBeside(findings, fullScore,
                f -> f.ruleId().equals("actual-equals-target-pattern") && f.key().equals("copied-value") ? at(f, "/actual") : null,
                (full, f) -> full.withVariant("indicator-range-actual", List.of()));
        findings = carriedBeside(findings, fullScore,
                f -> f.ruleId().equals("indicator-target-missed") && plainMiss(f) ? at(f, "/actual")
                        : f.ruleId().equals("indicator-target-missed") && bareMiss(f, false) && f.args().size() > 5 ? at(f, "/target")
                        : null,
                // an actual written as a range beside a miss with no reason: the range is said, the figure asked for
                (full, f) -> !full.key().equals("indicator") ? full
                        : plainMiss(f) ? full.withVariant("indicator-unexplained", List.of())
                        : full.withVariant(f.key().contains("-full") ? "indicator-bare-full" : "indicator-bare",
                                List.of(f.args().get(3), f.args().get(4), f.args().get(5))));
        // a ceiling broken at full points (濉溪 2019, t54: 5830 over ≤ 5300 元/户, 10 of 10): the error's indicator-over-cap
        // says the ceiling broken, by how much, and asks to deduct and give the reason, all the over-cap warning at the
        // actual asks (session 48: X3's wording beside D2's fold)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("score-ignores-missed-target") && f.key().equals("indicator-over-cap") ? at(f, "/score") : null,
                f -> f.ruleId().equals("indicator-target-missed") && f.key().equals("over-cap") ? at(f, "/actual") : null);
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-target-missed") && plainMiss(f) ? at(f, "/actual") : null,
                f -> f.ruleId().equals("actual-equals-target-pattern") && f.key().equals("copied-value") ? at(f, "/actual") : null,
                (missed, f) -> missed.withVariant("range-actual", List.of()));
    }

    /**
     * indicator-target-missed's plain miss with no reason: the default key, or {@code ceiling} (the same finding, said with
     * the 100 % a bounded rate above it is scored against, session 53).
     */
    private static boolean plainMiss(Finding f) {
        return f.key().isEmpty() || f.key().equals("ceiling");
    }

    /**
     * A bare figure above 100 % on a rate that cannot exceed it, missed by its actual (a 合格率 "120%" → 98%), is one defect
     * at its target: indicator-target-at-ceiling's {@code above-hundred} (a warning) says the rate cannot exceed 100 %, that
     * the target cannot be reached and asks for the rate meant with its comparator; indicator-target-missed's bare variants
     * at the same cell ("按正向指标理解为“≥ 120%”…请写明 ≥、≤ 或 =", and with a deduction a score "按完成比例" against 120 %)
     * read the figure as a reachable floor, and are left out (N3's left-alone, session 49; indicator-target-no-comparator
     * already says nothing there). So too beside indicator-target-no-comparator's {@code no-unit-rate-above} (合格率 "120", no
     * % anywhere: the same bound, a warning, with the % asked for; not a bare note {@link #bareMissedOnce} leaves out), and
     * beside at-ceiling's {@code above-hundred-no-unit} where that note is not reported ({@link #rateAboveNoUnitOnce}). A
     * fold, not a hold inside indicator-target-missed: the miss is a fact about performance
     * told by another rule, so it comes back wherever above-hundred is not reported (turned off or below it, or an actual
     * above 100 %, where the rate could exceed it after all). Before {@link #missedAtFullOnce}: at full points the miss
     * left out here is not carried into score-ignores-missed-target's error as {@code indicator-bare} ("按正向指标理解为
     * “≥ 120%”…请写明 ≥、≤ 或 =", the reading above-hundred says is none: N4's left-alone, session 51); the error keeps its
     * plain {@code indicator} (the miss, the full score, the score in proportion), the bound said at the target.
     */
    static List<Finding> aboveHundredMissedOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-target-at-ceiling") && f.key().startsWith("above-hundred")
                        || f.ruleId().equals("indicator-target-no-comparator") && f.key().equals("no-unit-rate-above") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-missed") && f.key().startsWith("bare") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A rate's bare figure above 100 with no % anywhere (合格率 "120") is one defect at its target: indicator-target-no-
     * comparator's {@code no-unit-rate-above} (a warning, the plain no-unit note's fingerprint) says the rate cannot be
     * 120 % and asks for the % with the rate meant; indicator-target-at-ceiling's {@code above-hundred-no-unit}, which says
     * the same so that it is said where that rule is turned off or silent (a 正向 direction column; N4's left-alone,
     * session 51), is left out beside it. Not when a project turned indicator-target-no-comparator below the warning.
     */
    static List<Finding> rateAboveNoUnitOnce(List<Finding> findings) {
        // 合格率 "≥120" (a floor, no % anywhere): at-ceiling's above-hundred-no-unit-comparator asks for the % with the rate
        // meant; indicator-target-no-unit's note at that cell, asking for a unit, is the same fix (session 52)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("indicator-target-at-ceiling") && f.key().equals("above-hundred-no-unit-comparator") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-no-unit") ? f.file() + '\0' + f.pointer() : null);
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-target-no-comparator") && f.key().equals("no-unit-rate-above") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-target-at-ceiling") && f.key().equals("above-hundred-no-unit") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A self-evaluation with no indicator row at all (a copy cut before them: 桂平 2019, 宁德 方志委 2018) is one defect at
     * the indicators: score-weights' {@code total-no-indicators} says there are none, the points they weigh and that no
     * grade is given, and asks for the rows; indicator-category-missing's {@code none} ("没有任何绩效指标") beside it is left
     * out. Until session 34 both were there, score-weights' {@code total} asking to check the indicators' 分值 "so that they
     * add up to 100" where there was no indicator to check. Not when a project turned score-weights off or below the warning.
     * (On a partial framework whose file says the copy is cut before the indicators, 宁德 方志委 2018 since session 51, the
     * rule says {@code none-cut} instead, and {@link #partialCutOnce} leaves both out beside the partial note.)
     * (Its {@code -stated} variant too: {@link #unpointedTotalOnce} gives it the stated total it cannot check.)
     */
    static List<Finding> noIndicatorsOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("score-weights") && f.key().startsWith("total-no-indicators") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-category-missing") && f.key().equals("none") ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * What a partial framework's copy leaves out past its cut is the copy's, not the form's defect (audit A3, transcription
     * artefacts), where the framework says it as data ({@link io.github.jixiao.score.Framework#partialCut()}) and its note
     * (score-weights {@code partial}) is there. Where the copy holds no indicator row ({@code indicators}: 衡阳 贯塘乡 2023,
     * t70: "各绩效指标和总分不在其中"; 宁德 方志委 2018, t47), score-weights' {@code total-no-indicators} (an error asking for
     * the rows) is left out: the note says the score is the part's and gives no grade, which the error said again; so is
     * indicator-category-missing's {@code none-cut}, which says the cut where no such note is given (目标申报: 六安 金安区
     * 2025, t88), and would say it twice here. For a
     * row whose 分值 or 权重 is past the cut ({@code pointsOf}: 南充 退耕 2023, t97: "会议培训举办次数(次) …该行的权重…不在存稿中"),
     * the scorer's {@code indicator-points} is left out; for a row whose 得分 is past it ({@code scoreOf}: 昌宁 2022, t116, the
     * copy ending at "种母猪(≥头) 20 20"), indicator-incomplete's {@code no-score} (an error asking to fill in a score the copy
     * cannot hold; until session 52 the copy's gap was said as the table's, as t6 丽江 2020's still is); for a row the copy breaks
     * off in after its name ({@code targetOf}: 临翔 2023, t48, 受益农户满意度), indicator-template-row's {@code named} (a
     * warning asking to fill in or delete a row whose cells are past the cut; since session 55); for a row whose 指标值 and
     * 实际完成值 are printed but unreadable ({@code unreadable}: 原州 2022, t23, its PDF text garbled; session 55), read as a
     * {@code targetOf} row, and for both, indicator-score-unexplained's {@code empty-actual} beside its printed 得分. The {@code -stated} variant, which carries a stated total no
     * finding else checks, is left out too where the copy has no indicator row and the note is there: the note says the
     * stated total cannot be checked ({@code partial-stated}; since session 52, until then the error asked for the rows).
     * (The funds figures of a copy that holds no funds block, {@code copyStart} or {@code funds}: 大英 医保 2023, t96; 大英
     * 双心 2020, t44, are not asked for by the scorer itself, whatever the rule settings: Scorer's fundsCut,
     * PartialCut.fundsAbsent; until session 55 this fold dropped them too, only while the note survived, review s54 R4 L5.)
     * Where the rows' results are past the cut ({@code actuals}: 新田 吴冲路 2022, t103), the
     * rows' missing monitoring (no-monitoring…) and, at 自评, actuals (no-actual…) are left out (session 54). Not when a project turned score-weights off. Until session 50 the fold read the note's wording
     * (指标, the row's name, 权重 or 分值: E1's left-alone 5); a note worded otherwise did not fold, and one that named a row
     * in passing could.
     */
    static List<Finding> partialCutOnce(List<Finding> findings, io.github.jixiao.score.Framework.PartialCut cut) {
        if (cut == null || findings.stream().noneMatch(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial"))) {
            return findings;
        }
        // a stated total beside a copy cut before its indicators: the partial note carries it (partial-stated), which the
        // -stated error said with "请…填报三级指标", rows the copy never had (黄石 公路局 2020, t114: audit
        // s52 A7 row A4)
        String stated = null;
        if (cut.indicators()) {
            for (Finding f : findings) {
                if (f.ruleId().equals("score-weights") && f.key().equals("total-no-indicators-stated") && f.args().size() > 3) {
                    stated = f.args().get(3);
                }
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (stated != null && f.ruleId().equals("score-weights")) {
                if (f.key().equals("total-no-indicators-stated")) {
                    continue;
                }
                if (f.key().equals("partial") && f.args().size() == 3) {
                    out.add(f.withVariant("partial-stated", List.of(stated)));
                    continue;
                }
            }
            boolean past = cut.indicators() && (f.ruleId().equals("score-weights") && f.key().equals("total-no-indicators")
                    || f.ruleId().equals("indicator-category-missing") && f.key().equals("none-cut"))
                    || f.ruleId().equals("score-input-missing") && f.key().equals("indicator-points")
                    && !f.args().isEmpty() && cut.past(f.args().get(0), io.github.jixiao.score.Framework.PartialCut.RowField.POINTS)
                    // the row the copy breaks off in before its 指标值 (targetOf: 濉溪 2019, t54, ">=9…"): the scorer's ask for the
                    // value it cannot hold, as indicator-incomplete's empty-category is not said there either
                    || f.ruleId().equals("score-input-missing") && f.key().equals("indicator")
                    && !f.args().isEmpty() && cut.past(f.args().get(0), io.github.jixiao.score.Framework.PartialCut.RowField.VALUE)
                    || f.ruleId().equals("indicator-incomplete") && f.key().equals("no-score")
                    && !f.args().isEmpty() && cut.past(f.args().get(0), io.github.jixiao.score.Framework.PartialCut.RowField.SCORE)
                    // the row the copy breaks off in after its name (targetOf: 临翔 2023, t48, "受益农户满意度" its last word):
                    // its value, actual, points and score are past the cut, not left blank, so it is no named row to fill
                    // in or delete (audit s55 A10 row B1; until then indicator-template-row named, a warning)
                    // a row whose 指标值 and 实际完成值 are past the cut or unreadable in the copy (targetOf, unreadable: 原州 2022,
                    // t23) beside a printed 得分: its cells are not blank on the form, so its score is not "unexplained" (session 55)
                    || f.ruleId().equals("indicator-score-unexplained") && f.key().startsWith("empty-actual")
                    && !f.args().isEmpty() && cut.past(f.args().get(0), io.github.jixiao.score.Framework.PartialCut.RowField.VALUE)
                    || f.ruleId().equals("indicator-template-row") && (f.key().equals("named") || f.key().equals("unpointed-named"))
                    && f.args().size() > 1 && cut.past(f.args().get(1), io.github.jixiao.score.Framework.PartialCut.RowField.VALUE)
                    // the rows' results past the cut (actuals: 新田 吴冲路 2022, t103, a 运行监控 report ending at "三、1-"): no
                    // row's monitoring asked for, nor at 自评 its actual (audit s54 A9 row B1; until then "整表都空着")
                    || cut.actuals() && f.ruleId().equals("indicator-incomplete")
                    && (f.key().startsWith("no-monitoring") || f.key().startsWith("no-actual"));
            if (!past) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A cost target that restates the budget and has no comparator (中江 2022's 项目计划总投资 "20万元", budget 20 万元) is one
     * defect at the target's cell: indicator-input-as-output's {@code budget-restated} says it is the budget again and asks
     * for a unit or itemised cost ceiling "并写比较符"; the note of indicator-target-no-comparator at the same target
     * ("按成本上限理解为 ≤ 20 万元。请写明方向") is left out, as the fix the first asks clears the second, and writing "≤" alone
     * would leave the budget restated (session 33's audit: both at one cell on six tables). Not when a project turned
     * indicator-input-as-output off or below the note: then the note tells.
     */
    static List<Finding> budgetRestatedOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-input-as-output") && f.key().equals("budget-restated") ? f.file() + '\0' + f.pointer() : null,
                f -> bareNote(f) ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A cost per unit with no comparator and no money unit (零陵 2021's 造林补助 "每亩300", t90) is one defect at its target:
     * indicator-time-cost-unspecified's {@code cost-no-money-unit} asks for the 元 with the comparator in its example
     * ("如“≤ 300 元/亩”"); the note of indicator-target-no-comparator at the same cell ("理解为“≤ 300 /亩”…如“≥ 300 /亩”") is
     * left out, as the example asked for clears both (audit s48, duplicates: t90 /indicators/5, /6). So too beside its
     * {@code cost-count} (甘孜 2024's 检查差旅费 "470 人/天", t105: a count where the cost belongs, "在此写明成本上限及单位（如“≤ 30
     * 万元”）"; the note beside it read the count as a ceiling, "≤ 470 人/天", and asked for a comparator the cost-count's
     * example already gives: F16's left-alone, session 49). Not when a project turned indicator-time-cost-unspecified off
     * or below the note. Not one pass with {@link #timeCostOnce}, the other folds of that rule's notes: this one runs before
     * {@link #numberNameOnce}, those after it (see there).
     */
    static List<Finding> costUnitOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-time-cost-unspecified") && (f.key().startsWith("cost-no-money-unit") || f.key().equals("cost-count"))
                        ? f.file() + '\0' + f.pointer() : null,
                f -> bareNote(f) ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A row whose name is only a number (宁乡 坝塘镇 2021: 指标内容 "88", 指标值 100, eight rows) is one defect: placeholder-left's
     * {@code number-name} says the name was never filled in, and now ({@code number-name-target}, the same fingerprint:
     * the target is a detail) that the target is then to be written with its comparator and unit. The notes at the
     * row's target that read it from its category alone, indicator-target-no-comparator ("按…理解为“≥ 100”") and
     * indicator-time-cost-unspecified (成本 "100" only a rate), are left out: what the row measures, and so its direction
     * and unit, is not known (session 33's audit; the transcription itself cannot tell 指标值 from 备注 there). Not when
     * a project turned placeholder-left off or below the notes.
     */
    /**
     * init's department task list left, untouched, in one project's filing: a project's table was imported over init's
     * department skeleton (or init was run without {@code -Djixiao.kind=project}), and the import named tasks.json to delete.
     * The check said "请填写实际内容" three times at its placeholders (errors at 自评), asking to fill in a list the
     * project's table does not have (E9, session 45); one warning says to delete the file instead ({@link #initTasksOnce}).
     * Only where every task still has init's placeholder name: a project that lists tasks of its own keeps its findings.
     */
    static Finding initTasksInProject(Submission s, JsonDocument tasks) {
        if (tasks == null || !"project".equals(s.kind()) || s.tasks().isEmpty()) {
            return null;
        }
        for (io.github.jixiao.model.Task t : s.tasks()) {
            if (t.name() == null || !io.github.jixiao.model.Task.INIT_PLACEHOLDER_NAME.equals(t.name().strip())) {
                return null;
            }
        }
        return new Finding("submission-structure", Severity.WARNING, "init-tasks-in-project", List.of(tasks.file()), tasks.file(), "",
                0, 0, null);
    }

    /** Beside {@code init-tasks-in-project}, the placeholders of the file it says to delete are not said again. */
    static List<Finding> initTasksOnce(List<Finding> findings) {
        return besideFirstOfFile(findings,
                f -> f.ruleId().equals("submission-structure") && f.key().equals("init-tasks-in-project"),
                (f, init) -> init != null && f.ruleId().equals("placeholder-left") ? null : f);
    }

    /**
     * A row whose name is a figure (placeholder-left {@code figure-name}: 大英县民政局 2020's 时效 "2020年" and 成本 "100万",
     * t98) is said to measure nothing; the note of indicator-target-no-comparator on its target, reading "2020年" as
     * "≤ 2020-12-31" or "100万" as a ceiling ({@code date}, the plain note, {@code no-unit…}), is a reading of a row that is
     * to be rewritten, and is left out (audit s46 item 14). Not the {@code direction} warning (a comparator written against
     * the direction column), nor when a project turned placeholder-left off or below the note.
     */
    static List<Finding> figureNameOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("placeholder-left") && f.key().equals("figure-name") ? at(f, "/name") : null,
                f -> (bareNote(f) || f.ruleId().equals("indicator-target-no-comparator") && f.key().equals("date"))
                        && f.pointer().endsWith("/target") ? f.file() + '\0' + row(f.pointer()) : null);
    }

    static List<Finding> numberNameOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("placeholder-left") && f.key().equals("number-name") ? at(f, "/name") : null,
                f -> (bareNote(f)
                        || f.ruleId().equals("indicator-time-cost-unspecified")) && f.pointer().endsWith("/target") && f.args().size() > 1
                        ? f.file() + '\0' + row(f.pointer()) : null,
                (name, f) -> name.withVariant("number-name-target", List.of(f.args().get(1))));
    }

    /**
     * A table none of whose rows names what it measures (宁乡 坝塘镇 2021, t21: eight rows named "88", "68", "20", each
     * with the target 100) is one omission of the whole table, not eight: placeholder-left's {@code number-name} (or
     * {@code number-name-target}) at each row is left out and said once at the table, {@code number-name-all} (the
     * count and the numbers, details: a row added or named leaves the same finding while the table still names
     * nothing), as indicator-incomplete's {@code no-target-all} says a table of results only (audit s57 A12 D4,
     * session 58). Only where every applicable row that has a name at all has a bare number for it, and two or more do:
     * a table with one real name beside them does name an indicator, and each number-named row is then its own row to
     * fill in (the finding's words, "表中没有写出任何指标", would be false). Its severity is the gravest of those left out
     * (a project's configuration applied to them already).
     */
    static List<Finding> numberNameAllOnce(List<Finding> findings, Submission submission) {
        List<Finding> rows = findings.stream().filter(f -> f.ruleId().equals("placeholder-left")
                && (f.key().equals("number-name") || f.key().equals("number-name-target"))).toList();
        if (rows.size() < 2) {
            return findings;
        }
        int named = 0;
        for (Indicator i : submission.indicators()) {
            if (!i.notApplicable() && i.name() != null && !i.name().isBlank()) {
                named++;
            }
        }
        java.util.Set<String> files = new java.util.HashSet<>();
        for (Finding f : rows) {
            files.add(f.file());
        }
        if (named != rows.size() || files.size() != 1) {
            return findings;
        }
        Severity severity = rows.get(0).severity();
        java.util.LinkedHashSet<String> numbers = new java.util.LinkedHashSet<>();
        for (Finding f : rows) {
            severity = graver(severity, f.severity());
            numbers.add(f.args().get(0));
        }
        Src at = submission.src("indicators#/indicators");
        Finding all = new Finding("placeholder-left", severity, "number-name-all",
                List.of(String.valueOf(rows.size()), String.join("、", numbers)), at.file(), at.pointer(), at.line(),
                at.column(), null);
        java.util.Set<Finding> folded = new java.util.HashSet<>(rows);
        List<Finding> out = new ArrayList<>(findings.size() - rows.size() + 1);
        boolean added = false;
        for (Finding f : findings) {
            if (!folded.contains(f)) {
                out.add(f);
            } else if (!added) {
                out.add(all);
                added = true;
            }
        }
        return out;
    }

    /**
     * indicator-time-cost-unspecified's notes that say how a bare figure at their target is read, one pass: its
     * {@code time-rate} ({@link #timeRateOnce}) first, then its {@code time-in-name} and {@code cost-rate}
     * ({@link #timeCostBareOnce}), each with its own notes to leave out and its own carry ({@link #carriedBesideFirst}:
     * a note left out by the first whose finding it falls beside). Until session 51 two folds, one after the other; the same
     * findings, as neither's kept or carried finding is one the other keeps or leaves out. Not with {@link #costUnitOnce}:
     * that one must run before {@link #numberNameOnce} (which carries the first note it leaves out on a number-name row:
     * with the bare note gone, the cost finding's quoted target, not the note's formatted one) and these after
     * {@link #figureNameOnce} and numberNameOnce (which leave out the bare note on a row to be rewritten, so time-rate stays
     * plain there, not "≥ 100%"): numberNameOnce sits between them (E2's report, session 50, item 4).
     */
    static List<Finding> timeCostOnce(List<Finding> findings) {
        return carriedBesideFirst(findings, List.of(timeRateOnce(), timeCostBareOnce()));
    }

    /**
     * A timeliness rate of 100% with no date anywhere (及时率 "100%", 项目完成时间 "100%") is one defect at its target:
     * indicator-time-cost-unspecified's {@code time-rate} says "及时" is against no date, and now also how the figure is read
     * ({@code time-rate-bare}: no comparator, read as "≥ 100%", that is "= 100%"; {@code time-rate-ceiling}: "≥ 100%" is
     * "= 100%"), the reading as a detail (the same fingerprint); the note of indicator-target-no-comparator read as "≥"
     * (or its no-unit variants) and indicator-target-at-ceiling's plain note at the same target are left out (s47 audit,
     * duplicates group 1: 17 such pairs on t7, t8, t9, t11, t17, t26, t31, t38, t50, t51, t56). The date is what a reviewer
     * sends the row back for; the comparator is said with it. Not when a project turned indicator-time-cost-unspecified off
     * or below the notes: then they tell. The first fold of {@link #timeCostOnce}.
     */
    static Carry timeRateOnce() {
        return new Carry(
                f -> f.ruleId().equals("indicator-time-cost-unspecified") && (f.key().equals("time-rate") || f.key().equals("time-rate-date"))
                        ? f.file() + '\0' + f.pointer() : null,
                f -> bareNote(f) && f.args().size() > 3 && "≥".equals(f.args().get(3))
                        || f.ruleId().equals("indicator-target-at-ceiling") && (f.key().isEmpty() || f.key().equals("percent"))
                        ? f.file() + '\0' + f.pointer() : null,
                // time-rate-date (项目完成时间 | 100%, t38: a date asked for) says the rate is the wrong kind of value; how the
                // rate would be read is beside the point, and is not carried (session 49)
                (rate, f) -> rate.key().equals("time-rate-date") ? rate
                        : f.ruleId().equals("indicator-target-at-ceiling") ? rate.withVariant(timeRateKey(f, "ceiling"), List.of())
                        : rate.withVariant(timeRateKey(f, "bare"), List.of("≥ 100%")));
    }

    /**
     * The variant {@link #timeRateOnce} gives the time-rate note ({@code what}: "bare" or "ceiling"): {@code time-rate-…}
     * ("该比率不会超过 100%") where the note left out called the name a rate, {@code time-percent-…} ("该指标以百分比计") where it
     * said the name is no rate (no-comparator's percent-full, at-ceiling's percent: 稷山 2020's 资金是否全部及时纳入 "100%",
     * t31; N3's left-alone, session 49) or gave no word either way.
     */
    private static String timeRateKey(Finding left, String what) {
        String k = left.key();
        boolean rate = left.ruleId().equals("indicator-target-at-ceiling") ? k.isEmpty()
                : k.equals("rate-full") || k.equals("no-unit-rate-full") || k.equals("no-unit-rate");
        return (rate ? "time-rate-" : "time-percent-") + what;
    }

    /**
     * A target with no comparator on a row whose other note is about the same figure is one note at its target (N1's
     * left-alone items, session 47): a deadline written in the name over a bare "100%" (金埠 2020's "12月底之前完成 | 100%":
     * indicator-time-cost-unspecified {@code time-in-name}, now {@code time-in-name-bare}) and a cost target that is only a
     * rate (t7 的 收购价格执行率 "100%" under 成本: {@code cost-rate}, now {@code cost-rate-bare}) each say how the figure is
     * read, a detail (the same fingerprint); indicator-target-no-comparator's note at that target (plain or no-unit) is
     * left out. What the row is sent back for is the deadline to move into the target, or the amount to write; the
     * comparator goes with it. Not when a project turned indicator-time-cost-unspecified off or below the note. The second
     * fold of {@link #timeCostOnce}: a bare note {@link #timeRateOnce} left out (one read "≥" beside a time-rate) is not
     * here to carry.
     */
    static Carry timeCostBareOnce() {
        return new Carry(
                f -> f.ruleId().equals("indicator-time-cost-unspecified") && (f.key().equals("time-in-name") && f.args().size() == 5
                        || f.key().equals("cost-rate") && f.args().size() == 2) ? f.file() + '\0' + f.pointer() : null,
                f -> bareNote(f) && f.args().size() > 3 ? f.file() + '\0' + f.pointer() : null,
                (note, f) -> note.withVariant(note.key() + "-bare", List.of(bareReading(f))));
    }

    /**
     * The reading a bare note gives its target, as that note prints it: "≤ 100" for the plain note, "≤ 100%" for no-unit-rate
     * and no-unit-rate-full, which add the % a rate's name asks for (廊坊 2019's 指标1成本控制率 "100", t11: cost-rate-bare said
     * "按“≤ 100”理解" beside no-unit-rate-full's "≥ 100%" on the next rows; audit s49 row 8).
     */
    static String bareReading(Finding f) {
        String reading = f.args().get(3) + " " + f.args().get(2);
        return f.key().equals("no-unit-rate") || f.key().equals("no-unit-rate-full") ? reading + "%" : reading;
    }

    /**
     * Rows with points and no 一级 (九亭镇 2020, t16: 长效管理制度健全情况 3 and 档案管理有效性 5) are one defect with the weights
     * they leave short: score-weights' {@code total-unplaced} names each ("名称 分值", its argument 5) with its points and asks
     * for their level1; indicator-category-unknown's {@code no-level1} on each of those rows ("…不参与计分，分值 3 也不计入任何一类
     * 的权重。请填写一级指标") says it again, and is left out (audit s49, duplicates group B: three findings for one defect).
     * Matched by the name and points the two print alike (both the label cut at 40 characters); a no-level1 row the list
     * does not name stays, and so do all where the unplaced rows hold half the table's points or more (a table without
     * category columns, NoCategoryColumnsTest: each row's warning points to its row, and the list would be the whole table). After shortfallOnce, which may leave total-unplaced out; not when a project turned score-weights
     * off or below the warning.
     */
    static List<Finding> unplacedOnce(List<Finding> findings) {
        return besideFirstOfFile(findings,
                f -> f.ruleId().equals("score-weights") && f.key().equals("total-unplaced") && f.args().size() > 5,
                (f, total) -> total != null && f.ruleId().equals("indicator-category-unknown")
                        && (f.key().equals("no-level1") || f.key().equals("no-level1-either")) && f.args().size() > 3
                        // not where most points are unplaced (a table without category columns): each row's warning points to it
                        && placedSome(total) && total.severity().compareTo(f.severity()) <= 0
                        && ("、" + total.args().get(5) + "、").contains("、" + f.args().get(0) + " " + f.args().get(3) + "、")
                        ? null : f);
    }

    /**
     * Whether total-unplaced's rows are a few strays: their points (its argument 3) under half of all the table's points
     * (argument 6; t16: 8 of 83). Not on a form without category columns, where they are nearly all (忠县科协, t72: 90 of 100,
     * the rest 预算执行率).
     */
    private static boolean placedSome(Finding total) {
        try {
            return total.args().size() > 6 && new java.math.BigDecimal(total.args().get(3)).multiply(java.math.BigDecimal.valueOf(2))
                    .compareTo(new java.math.BigDecimal(total.args().get(6))) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * One sentence of completion written as the actual of many rows (大英 2020, t44: "已完成100%" on all six) is one defect,
     * actual-equals-target-pattern's {@code boilerplate} (a warning, naming the rows); indicator-actual-incommensurable's
     * {@code unit} (or {@code period}) error on each row it names whose actual is that sentence (t44 /0 次, /2 1-12月, /3 万元
     * against "已完成100%") says
     * the same sentence is in no unit of the target, three errors for one warning (audit s49, duplicates group C). The
     * unit note stays, at info: it still tells the row which unit its figure is to be written in, which the boilerplate's
     * "请逐项写明" asks for. Not lowered where the boilerplate is not there (turned off), nor for a row it does not name.
     */
    static List<Finding> boilerplateUnitOnce(List<Finding> findings) {
        return besideFirstOfFile(findings,
                f -> f.ruleId().equals("actual-equals-target-pattern") && f.key().startsWith("boilerplate") && f.args().size() > 2,
                (f, b) -> b != null && f.ruleId().equals("indicator-actual-incommensurable")
                        && (f.key().equals("unit") || f.key().equals("period")) && f.args().size() > 2
                        && f.severity().compareTo(Severity.INFO) < 0
                        && b.args().get(1).equals(f.args().get(2)) && b.args().get(2).contains("“" + f.args().get(0) + "”")
                        ? f.withSeverity(Severity.INFO) : f);
    }

    /**
     * A 时效 row with its deadline in the name, a target in words and a figure as its actual (宝山 退役军人 2022, t84:
     * "春节前完成走访慰问 | 按时限完成 | 100%") is one defect at its row, and was three fixes that disagreed (audit A3 row 2):
     * indicator-actual-incommensurable's {@code qualitative-target} (an error) asked to make the target "≥ 90%", the note
     * {@code time-in-name} for the deadline as the target, and the scorer's {@code achievement-self-score} for a 完成档次. A
     * 时效 target is a date (VAL-6): the error, kept, now gives the deadline as its example and asks for the completion
     * date ({@code qualitative-target-time-in-name}, the note's example a detail: the same fingerprint), and the note at the
     * row's target is left out ({@link #qualitativeSelfScoreOnce} the scorer's). Not when a project turned the error's rule
     * off or below the note.
     */
    static List<Finding> timeInNameQualitativeOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().equals("qualitative-target") && f.args().size() == 3
                        ? at(f, "/actual") : null,
                f -> f.ruleId().equals("indicator-time-cost-unspecified") && f.key().equals("time-in-name") && f.args().size() == 5
                        ? at(f, "/target") : null,
                (row, f) -> row.withVariant("qualitative-target-time-in-name", List.of(f.args().get(3), f.args().get(4))));
    }

    /**
     * A cost target in words with a figure as its actual (元州 文物 2022, t37: 项目成本控制在预算内 "本着节约的原则,控制在预算中。"
     * → "100%") is one defect at its row: the target names no amount. indicator-actual-incommensurable's
     * {@code qualitative-target} asked to make the target "≥ 90%", indicator-time-cost-unspecified's {@code cost} for a cost
     * ceiling and its unit (s47 audit A2 group 7, D2's left-alone item 2). The error, kept, now asks for the ceiling and the
     * actual cost in its unit ({@code qualitative-target-cost}, the same fingerprint) and the warning is left out. Not
     * when a project turned the error's rule off or below the warning.
     */
    static List<Finding> costQualitativeOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().equals("qualitative-target") && f.args().size() == 3
                        ? at(f, "/actual") : null,
                f -> f.ruleId().equals("indicator-time-cost-unspecified") && f.key().equals("cost") ? at(f, "/target") : null,
                (row, f) -> row.withVariant("qualitative-target-cost", List.of()));
    }

    /**
     * A cost target that restates the budget beside an actual in another unit (大英 双新 2020, t44: 成本 "10万元", the 10 万元
     * budget, → "已完成100%") is one defect at its row: what the row lacks is a unit or itemised cost, and the actual in its
     * unit (s47 audit A2 group 7, D2's left-alone item 2). indicator-actual-incommensurable's {@code unit} (an error) is
     * kept and says the budget restated too ({@code unit-budget-restated}, the budget a detail: the same fingerprint);
     * indicator-input-as-output's {@code budget-restated} at the row's target is left out. Not when a project turned the
     * error's rule off or below the warning.
     */
    static List<Finding> budgetRestatedUnitOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().equals("unit") && f.args().size() == 5
                        ? at(f, "/actual") : null,
                f -> f.ruleId().equals("indicator-input-as-output") && f.key().equals("budget-restated") && f.args().size() > 2
                        ? at(f, "/target") : null,
                (row, f) -> row.withVariant("unit-budget-restated", List.of(f.args().get(2))));
    }

    /**
     * A target in words with a figure as its actual is one defect at its row: indicator-actual-incommensurable's
     * {@code qualitative-target} (and its {@code -time-in-name} and {@code -cost}) says the two cannot be compared and what
     * to write, and the scorer's {@code achievement-self-score} at the row (no 完成档次, the actual no level either, the
     * unit's score taken unchecked) is left out: its fix, the level or an actual that answers the target, is the error's
     * (t37 /indicators/7, t84 /indicators/2; audits A2 group 7 and A3 row 2). The criterion's explanation still says the
     * row's score was the unit's own, as beside {@link #placeholderTargetOnce}; and the error carries the points taken
     * unchecked ("得分暂按单位自评的 5 分计，未经核对", t37 /7: dropped with the note until session 52), its
     * {@code -self-score} variant with them as a detail (the same fingerprint). Not when a project turned the error's rule
     * off or below the warning.
     */
    static List<Finding> qualitativeSelfScoreOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && QUALITATIVE_TARGET_ARGS.containsKey(f.key())
                        && f.args().size() == QUALITATIVE_TARGET_ARGS.get(f.key()) ? at(f, "/actual") : null,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("achievement-self-score") && f.args().size() > 3
                        && f.pointer().startsWith("/indicators/") && f.pointer().indexOf('/', "/indicators/".length()) < 0
                        ? f.file() + '\0' + f.pointer() : null,
                (row, self) -> row.withVariant(row.key() + "-self-score", List.of(self.args().get(3))));
    }

    /** The keys of indicator-actual-incommensurable's qualitative-target and its variants, each with its count of arguments. */
    private static final Map<String, Integer> QUALITATIVE_TARGET_ARGS = Map.of(
            "qualitative-target", 3, "qualitative-target-cost", 3, "qualitative-target-time-in-name", 5);

    /**
     * A row that measures the budget's spending and has no target (驻马店 零部件 2022, t102: 时效 "项目资金按照计划支出" with
     * its 指标值 blank) is one defect at its row: indicator-input-as-output's {@code spending} asks for the work, quality,
     * timing or benefit the money buys, and a target written for "项目资金按照计划支出" would not clear it. indicator-
     * incomplete's empty-category-target for that row (a category of one row: "请为这些指标填写指标值") is left out, and
     * spending's finding says the row has no target either ({@code spending-no-target}, the same fingerprint), at the
     * graver of the two severities (audit A3, duplicates). Not where either rule is off.
     */
    static List<Finding> spendingNoTargetOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-input-as-output") && f.key().equals("spending") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-incomplete") && oneRowEmptyTarget(f) ? f.file() + '\0' + f.pointer() : null,
                (spending, empty) -> spending.withVariant("spending-no-target", List.of())
                        .withSeverity(graver(spending.severity(), empty.severity())),
                true);
    }

    /** An indicator-incomplete empty-category-target (or its -no-level1, -no-level2, -unfiled) of one row: 目标申报's keys. */
    private static boolean oneRowEmptyTarget(Finding f) {
        int n = switch (f.key()) {
            case "empty-category-target", "empty-category-target-aim", "empty-category-target-counts",
                    "empty-category-target-optional" -> 3;
            case "empty-category-target-no-level1", "empty-category-target-no-level2" -> 2;
            case "empty-category-target-unfiled" -> 1;
            default -> -1;
        };
        return n > 0 && f.args().size() == n + 1 && f.args().get(n - 1).equals("1");
    }

    /**
     * A row that met its target and states less than its points is one defect at its score: the scorer's
     * score-claim-mismatch ({@code indicator}) says the score its target and actual give (SC-1: met, full points) and that
     * the computed figure stands; indicator-score-unexplained's "met yet marked down, no reason" at the same cell is left
     * out. Both were warnings at the one cell on five published tables (丽江 2020 four times, 稷山 2020 twice, 银川 2021,
     * 永德 2022, 裕安 2022), and the second's advice (或写明扣分理由) would not clear the first: a reason written beside a met
     * target leaves the computed figure as it was. Not when a project turned score-claim-mismatch off or below the
     * warning, nor where no framework scores the row: then indicator-score-unexplained's finding tells.
     */
    static List<Finding> metMarkedDownOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("score-claim-mismatch") && (f.key().equals("indicator") || f.key().startsWith("indicator-below"))
                        ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("indicator-score-unexplained") && f.key().isEmpty() ? f.file() + '\0' + f.pointer() : null);
    }

    /**
     * A missed target the unit marked down by other than its completion ratio is one defect at its row (audit s49 A4,
     * rows 1 and 3 and duplicates A: 永德 2022 t8, 稷山 2020 t31, 元阳 2022 t37, 稷山 2021 t53 ×11, 鄂州 2021 t14).
     * With the explanation blank, indicator-target-missed's {@code deducted} / {@code bare-deducted(-full)} (at the row's actual or
     * target) asks for the reason, and the scorer's score-claim-mismatch at its score said the computed figure beside it:
     * {@code indicator-missed-below} (marked down more than the ratio: "多扣的分若另有依据，请写明", the same request again)
     * or {@code indicator} (marked down less: "以计算值为准" beside "得分已扣减", the two reading as disagreeing). The
     * miss's finding now carries the computed figure and its formula ({@code -below}, {@code -above}: details, the same
     * fingerprint) and the score's is left out. With a reason given, the score's finding
     * ({@code indicator-missed-below-reasoned}, or {@code indicator}) is kept and the miss's {@code explained*} note beside
     * it ("请确认得分已相应扣减", a deduction the score's finding shows) left out. Not when a project turned the kept rule
     * off or below the finding left out.
     */
    static List<Finding> missedClaimOnce(List<Finding> findings) {
        findings = carriedBeside(findings,
                f -> f.ruleId().equals("indicator-target-missed") && (f.key().equals("deducted") || f.key().equals("deducted-ceiling")
                        || f.key().equals("bare-deducted") || f.key().equals("bare-deducted-full")) ? f.file() + '\0' + row(f.pointer()) : null,
                f -> f.ruleId().equals("score-claim-mismatch") && (f.key().equals("indicator") || f.key().equals("indicator-missed-below"))
                        && f.args().size() == 4 ? at(f, "/score") : null,
                (missed, claim) -> uncapped(missed).withVariant(uncapped(missed).key() + (claim.key().equals("indicator") ? "-above" : "-below"),
                        List.of(claim.args().get(2), claim.args().get(3))));
        return onceBeside(findings,
                f -> f.ruleId().equals("score-claim-mismatch") && (f.key().equals("indicator") || f.key().equals("indicator-missed-below-reasoned"))
                        ? at(f, "/score") : null,
                f -> f.ruleId().equals("indicator-target-missed")
                        && (f.key().startsWith("explained") || f.key().startsWith("over-cap-explained")) ? at(f, "/actual") : null);
    }

    /**
     * indicator-target-missed's {@code deducted-ceiling} as the plain {@code deducted} (its reading, the last argument, left
     * off): the {@code -below} / {@code -above} variants carry the computed figure and a formula that says the reading
     * (session 54). Any other finding as it is.
     */
    private static Finding uncapped(Finding f) {
        return !f.key().equals("deducted-ceiling") ? f : new Finding(f.ruleId(), f.severity(), "deducted",
                f.args().subList(0, f.args().size() - 1), f.file(), f.pointer(), f.line(), f.column(), f.criterion());
    }

    /**
     * A 时效 period missed at full (or any higher) printed points is one defect at its row (session 51; T3's left-alone,
     * 棠溪 2022 t25's 时效 row edited: "1-6月 | 2022年7月5日" at 8 of 8): indicator-actual-incommensurable's
     * {@code period-outside} at the actual says the day falls outside the period, and the scorer's score-claim-mismatch
     * ({@code indicator}) at its score said the computed 0 beside the printed 8. The miss's finding now carries the printed
     * and the computed score ({@code period-outside-claimed}: details, the same fingerprint) and the score's is left out,
     * as {@link #missedClaimOnce} does for a missed figure. Not when a project turned the kept rule off or below the claim.
     */
    static List<Finding> periodClaimOnce(List<Finding> findings) {
        return carriedBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().equals("period-outside") ? at(f, "/actual") : null,
                f -> f.ruleId().equals("score-claim-mismatch") && f.key().equals("indicator") && f.args().size() == 4 ? at(f, "/score") : null,
                (outside, claim) -> outside.withVariant("period-outside-claimed", List.of(claim.args().get(1), claim.args().get(2))));
    }

    /**
     * A 时效 period missed and scored below its points (棠溪 2022 t25's 时效 row edited: "1-6月 | 2022年7月5日" at 0 of 8) is
     * one defect at its row (session 52, T4's left-alone): indicator-actual-incommensurable's {@code period-outside} at the
     * actual says the day falls outside the period and asks for the lateness's reason in the deviation column; the points
     * taken off follow from that lateness, so indicator-score-unexplained's {@code deducted} note at the score ("扣了分却
     * 没有说明原因"), which asks for the same reason, is left out. Not when a project turned incommensurable off or below the
     * note: the deduction's reason is asked there again.
     */
    static List<Finding> periodDeductedOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals("indicator-actual-incommensurable") && f.key().startsWith("period-outside") ? at(f, "/actual") : null,
                f -> f.ruleId().equals("indicator-score-unexplained") && f.key().equals("deducted") ? at(f, "/score") : null);
    }

    /**
     * The keys whose message says the computed figure is what "综合评分" counts ("综合评分按 5.96 分计"), each said with
     * its {@code -part} variant ("计分按 5.96 分计": the same fingerprint, sameAs) where the figure is no 综合评分.
     */
    private static final java.util.Set<String> TOTAL_WORDED = java.util.Set.of(
            "indicator-target-missed\0deducted-below", "indicator-target-missed\0deducted-above",
            "indicator-target-missed\0bare-deducted-below", "indicator-target-missed\0bare-deducted-above",
            "indicator-target-missed\0bare-deducted-full-below", "indicator-target-missed\0bare-deducted-full-above",
            "score-claim-mismatch\0below", "score-claim-mismatch\0indicator-below",
            "score-claim-mismatch\0indicator-below-reasoned", "score-claim-mismatch\0indicator-missed-below",
            "score-claim-mismatch\0indicator-missed-below-reasoned");

    /**
     * On a table whose computed figure is no 综合评分 (a partial framework: the copy is cut; an unpointed one, or no row
     * carrying points: the indicators are not scored), a finding that says "综合评分按 X 分计" contradicted score-weights'
     * partial / unpointed note beside it ("计得的分数只是这一部分的得分，不是综合评分"; 零陵 2021, t90 ×2, audit s50 A5 row 3):
     * it is said with its {@code -part} variant ("计分按 X 分计"), the same finding otherwise. After the folds, which
     * select on the keys as the rules gave them.
     */
    static List<Finding> noTotalWording(List<Finding> findings, ScoreSheet sheet) {
        // the scorer's one decision (ScoreSheet.NoTotal): a partial framework, an unpointed one, no row carrying points, or
        // weights that are not the framework's base (稷山 2021, t53, 53 points: ×10; 元氏 2022, t37; audit s51 A6 row 1:
        // score-weights total "…这不是综合评分，不评定等级" beside "综合评分按 1.69 分计"; the scorer re-keys its own
        // indicator-below as indicator-below-unbased there, the folds' keys and the funds' below are said here)
        return sheet == null || !sheet.notTotal() ? findings
                : sayAs(findings, f -> TOTAL_WORDED.contains(f.ruleId() + '\0' + f.key()), "-part");
    }

    /**
     * On a cut copy whose rows print 得分 but no 分值 (襄阳 中心医院 2021, t13), score-input-missing's {@code -rows-partial}
     * says the execution's score is no 综合评分, no grade is given and the rows' sum is the transcribed rows' (and its
     * {@code -rows-match}, where a stated total is what those rows make, the same first sentences); score-weights'
     * {@code partial} beside it said "计得的分数只是这一部分的得分，不是综合评分，不评定等级" again. It is said as {@code
     * partial-rows}: the cut only, as {@code partial-unpointed} beside the unpointed note (the same finding: sameAs).
     * After the configuration, so that a project that turned score-input-missing off still hears partial's whole note
     * (session 52, P4's item 4 of session 51). So too beside every other finding of score-input-missing that says the
     * points fall short and no grade is given (its {@code -short} keys: a table with no 分值 column and no 得分 either, 隆阳
     * 2022, t111, 黄石 图书馆 2022, t82, {@code indicator-points-none-short-own}; 大英 民政局 2020, t98, {@code
     * indicator-points-none-table-short}; a row without points, {@code indicator-points-short}): until session 53 only
     * the {@code -short-rows} family, and those tables said "不评定等级" twice.
     */
    static List<Finding> partialRowsOnce(List<Finding> findings) {
        boolean rows = false;
        for (Finding f : findings) {
            rows |= f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points") && f.key().contains("-short");
        }
        return !rows ? findings : sayAs(findings, f -> f.ruleId().equals("score-weights") && f.key().equals("partial"), "-rows");
    }

    /**
     * On a table whose indicator rows are not scored (an unpointed framework, or no row carrying points), a finding that
     * says how the scorer reads a row ("计分时暂按“已完成”读作达成") tells of a score that is not given (宁夏福彩 2023, t61
     * /2, audit s50 A5 row 5, A3 row 8): it is said with its {@code -unscored} variant, the clause left out (the same
     * fingerprint, sameAs). So too period-done-undated's "计分时暂按期间内完成计" (session 53, s52 C1's left-alone), and
     * indicator-target-missed's {@code -unmeasurable} keys' "计分不按完成比例扣分" (session 54, s53 W1's left-alone: said
     * "看不出完成了多少").
     */
    static List<Finding> unscoredRowsWording(List<Finding> findings, ScoreSheet sheet) {
        return sheet == null || !(sheet.noTotal() == ScoreSheet.NoTotal.UNPOINTED || sheet.noTotal() == ScoreSheet.NoTotal.POINTLESS)
                ? findings
                : sayAs(findings, f -> f.ruleId().equals("indicator-actual-incommensurable")
                        && (f.key().equals("deadline-done-undated") || f.key().equals("period-done-undated"))
                        // an unmeasurable row's miss says no "计分不按完成比例扣分" where nothing is scored (session 54)
                        || f.ruleId().equals("indicator-target-missed") && f.key().endsWith("unmeasurable"),
                        "-unscored");
    }

    /** indicator-target-missed's keys that end "并在得分中相应扣分" (or "说明原因并扣分"), each with its {@code -unscored} variant. */
    static final java.util.Set<String> MISSED_DEDUCT = java.util.Set.of("", "over-cap", "range-actual", "ceiling", "stated",
            "stated-range", "in-progress", "bare", "bare-full");

    /**
     * On a form that prints no points and no score on its indicator rows by design (an {@code unpointed} framework:
     * 云南 航消 2022, t122; 吕梁 护工 2021, t58; 宁德 人才驿站 2023, t59; 镜湖 残联 2023, t125), a missed target's row has
     * nothing to deduct: indicator-target-missed's "并在得分中相应扣分" ("and deduct points accordingly") is left out,
     * its {@code -unscored} variant said ({@code unscored} for the default key; the same finding, sameAs). Where the
     * framework says the report's reasons lie past the copy's cut ({@code partialCut.executionReason}: t122) the variant
     * does not ask for the reason either but says that one written there cannot be checked ({@code -unscored-cut}).
     * Only a row with neither 分值 nor 得分: a row that prints a score is marked down in it (audit s55 A10 row C1, session
     * 56). A table that should print points and does not (a 10号 自评表 without its 分值 column, t7) keeps the clause:
     * score-input-missing asks for the points there, and the deduction follows.
     */
    static List<Finding> missedUnscoredWording(List<Finding> findings, ScoreSheet sheet, io.github.jixiao.score.Framework framework,
                                               List<Indicator> rows) {
        if (sheet == null || !sheet.unpointed()) {
            return findings;
        }
        boolean cut = framework != null && framework.partialCut() != null && framework.partialCut().executionReason();
        List<Finding> out = null;
        java.util.Map<Integer, Indicator> byIndex = null; // made once, at the first such finding: linear in rows and findings
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (!f.ruleId().equals("indicator-target-missed") || !MISSED_DEDUCT.contains(f.key())) {
                continue;
            }
            if (byIndex == null) {
                byIndex = new java.util.HashMap<>();
                for (Indicator i : rows) {
                    byIndex.putIfAbsent(i.index(), i);
                }
            }
            Indicator row = byIndex.get(rowIndex(f.pointer())); // its row: /indicators/1 of /indicators/1/actual
            if (row == null || row.points() != null || row.score() != null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(findings);
            }
            out.set(k, f.withVariant((f.key().isEmpty() ? "unscored" : f.key() + "-unscored") + (cut ? "-cut" : ""), List.of()));
        }
        return out == null ? findings : out;
    }

    /**
     * schema's missing {@code year} of department.json on a copy that starts partway through its table ({@code
     * partialCut.copyStart}: 四川 fragment, t45, whose framework says the 年度 is before the copy's first row): the year is
     * printed on the form, before the copy's start, so "缺少必填项…请补充" claims a defect the form does not have and asks
     * for what the copy cannot give. It is said as an info, {@code required-year-before-copy} (the same finding, sameAs
     * required), which says what is not checked for want of it (audit s57 A12 row A1, session 58). A whole copy without its
     * year keeps the error; so does a cut copy that does not start partway (its year was in the copy).
     */
    static List<Finding> yearBeforeCopyWording(List<Finding> findings, io.github.jixiao.score.Framework framework) {
        if (framework == null || !framework.isPartial() || framework.partialCut() == null || !framework.partialCut().copyStart()) {
            return findings;
        }
        List<Finding> out = null;
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (!"schema".equals(f.ruleId()) || !"required-titled".equals(f.key()) || f.args().size() < 3
                    || !"year".equals(f.args().get(1)) || f.file() == null || !f.file().endsWith("department.json")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(findings);
            }
            out.set(k, f.withVariant("required-year-before-copy", List.of()).withSeverity(Severity.INFO));
        }
        return out == null ? findings : out;
    }

    /**
     * At 运行监控 and 自评 the targets are the year's approved ones: indicator-incomplete's plain {@code no-target} ("请填写指标值")
     * and, mid-year, {@code empty-category-target} ("请为这些指标填写指标值；该类确实不适用的，删去这些空行，改为一行…不适用")
     * advised what only 目标申报 can do, beside indicator-category-missing's {@code approved} saying on the same run that the
     * approved targets cannot be changed (黄石 申遗 2019, t15, 运行监控; 重庆 融媒体 2021, t24, 自评: audit s57 A12 C7). They are
     * said as {@code no-target-approved} and {@code empty-category-target-approved}: fill in the target as approved, or say
     * in the report why the approved targets have none. The error is kept (the cells are blank); the same findings (sameAs,
     * the stage's words details). Last, after every fold that reads these keys (session 58).
     */
    static List<Finding> approvedTargetWording(List<Finding> findings, Stage stage) {
        if (stage != Stage.MONITORING && stage != Stage.SELF_EVALUATION) {
            return findings;
        }
        List<String> words = stage == Stage.SELF_EVALUATION ? List.of("自评", "self-evaluation") : List.of("运行监控", "monitoring");
        List<Finding> out = null;
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (f.ruleId().equals("indicator-incomplete") && (f.key().equals("no-target") || f.key().equals("empty-category-target"))) {
                if (out == null) {
                    out = new ArrayList<>(findings);
                }
                out.set(k, f.withVariant(f.key() + "-approved", words));
            }
        }
        return out == null ? findings : out;
    }

    /**
     * indicator-incomplete's {@code no-actual-all} family ends with advice to the transcriber: where only part of the
     * table was transcribed, say the cut in the framework's {@code partial} rather than leave the column blank. On a
     * framework that declares {@code partial} already (四川 fragment, t45; 大英 医保 2023, t96) that is done, and the
     * {@code -partial} variant leaves it out (the same finding, sameAs; audit s55 A10 row C4, session 56).
     */
    static List<Finding> partialNoActualWording(List<Finding> findings, io.github.jixiao.score.Framework framework) {
        return framework == null || !framework.isPartial() ? findings
                : sayAs(findings, f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-actual-all"), "-partial");
    }

    /** {@code findings}, each that {@code which} picks said with its variant {@code key + suffix} (the same finding: sameAs). */
    private static List<Finding> sayAs(List<Finding> findings, java.util.function.Predicate<Finding> which, String suffix) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(which.test(f) ? f.withVariant(f.key() + suffix, List.of()) : f);
        }
        return out;
    }

    /**
     * A funds row's printed 执行率 that its figures do not give, and its printed 得分 that is that wrong rate times the
     * row's points (零陵 2021, t90: 100% where 3824.26 / 4753.66 = 80.45%, and 得分 10 = 100% × 10 where 8.04 is computed), is
     * one wrong cell carried into the next: rate-mismatch says it, with the score the stated one and the computed one
     * ({@code score}, details: the same finding), and score-claim-mismatch's claim at the 得分 is left out (audit s52 C1). A
     * score that the stated rate does not give either is a defect of its own and stays. Not when a project turned
     * rate-mismatch off or below the claim.
     */
    static List<Finding> rateScoreOnce(List<Finding> findings) {
        Map<String, Finding> rates = new java.util.HashMap<>();
        for (Finding f : findings) {
            String k = f.ruleId().equals("rate-mismatch") && f.key().isEmpty() && f.args().size() == 5
                    ? at(f, "/executionRatePercent") : null;
            if (k != null) {
                rates.putIfAbsent(k, f);
            }
        }
        if (rates.isEmpty()) {
            return findings;
        }
        Map<Finding, Finding> carried = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String k = f.ruleId().equals("score-claim-mismatch") && f.key().isEmpty() && f.args().size() == 4
                    ? at(f, "/score") : null;
            Finding rate = k == null ? null : rates.get(k);
            if (rate != null && !carried.containsKey(rate) && rate.severity().compareTo(f.severity()) <= 0 && fromStatedRate(rate, f)) {
                carried.put(rate, rate.withVariant("score", List.of(f.args().get(1), f.args().get(2)))
                        .withCriterion(rate.criterion() != null ? rate.criterion() : f.criterion()));
            } else {
                out.add(f);
            }
        }
        if (!carried.isEmpty()) {
            out.replaceAll(f -> carried.getOrDefault(f, f));
        }
        return out;
    }

    /**
     * Whether a claim's stated score is its row's stated rate times the row's points (rate-mismatch's argument 1; the points
     * the last "× n =" of the claim's formula, "3824.26 / 4753.66 = 80.45% × 10 = 8.04"), a rate above 100 % counting 100,
     * within a hundredth.
     */
    static boolean fromStatedRate(Finding rate, Finding claim) {
        java.math.BigDecimal stated = decimal(rate.args().get(1));
        java.math.BigDecimal score = decimal(claim.args().get(1));
        java.util.regex.Matcher m = POINTS_IN_FORMULA.matcher(claim.args().get(3));
        java.math.BigDecimal points = null;
        while (m.find()) {
            points = decimal(m.group(1));
        }
        if (stated == null || score == null || points == null) {
            return false;
        }
        java.math.BigDecimal r = stated.min(java.math.BigDecimal.valueOf(100));
        java.math.BigDecimal expected = r.multiply(points).divide(java.math.BigDecimal.valueOf(100), 4, java.math.RoundingMode.HALF_UP);
        return expected.subtract(score).abs().compareTo(new java.math.BigDecimal("0.01")) <= 0;
    }

    private static final java.util.regex.Pattern POINTS_IN_FORMULA = java.util.regex.Pattern.compile("× (\\d+(?:\\.\\d+)?) =");

    /**
     * A funds total row left unfilled (棠溪 2022, twice: 年度资金总额 0 | 0 | 0 with 执行率 0 and 得分 0, while 本年财政拨款
     * carries 90 | 89.974 | 89.974) is one defect at its row: sum-mismatch's {@code funds-zero-row} says which figures
     * are left, what the components give and to fill in the row with its rate and score. The scorer's score-claim-mismatch
     * at that row's score, where the score is written as 0 (left with the row), is left out and its computed figure and
     * formula carried by the row's finding ({@code funds-zero-row-scored}, the same fingerprint: details); so is
     * indicator-incomplete's note of a blank 得分 on that row. A score written otherwise than 0 beside the unfilled figures
     * is a defect of its own and stays. Not when a project turned sum-mismatch off or below the finding left out.
     */
    static List<Finding> unfilledTotalOnce(List<Finding> findings) {
        Function<Finding, String> unfilledRow = f -> f.ruleId().equals("sum-mismatch") && f.key().equals("funds-zero-row")
                ? f.file() + '\0' + f.pointer() : null;
        List<Finding> out = onceBeside(findings, unfilledRow,
                f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-execution-score")
                        ? f.file() + '\0' + f.pointer() : null);
        return carriedBeside(out, unfilledRow,
                f -> f.ruleId().equals("score-claim-mismatch") && (f.key().isEmpty() || f.key().equals("below"))
                        && f.args().size() > 3 && zero(f.args().get(1)) ? at(f, "/score") : null,
                (row, f) -> row.withVariant("funds-zero-row-scored", List.of(f.args().get(2), f.args().get(3)))
                        .withCriterion(f.criterion() != null ? f.criterion() : row.criterion()));
    }

    /**
     * Weights short of the framework's base because rows print no 分值 (湖北's 20 + 80 form, 大英 2020: the scorer's
     * score-input-missing {@code indicator-points-none-short}, {@code -table-short}, {@code indicator-points-short}, each
     * saying the points in all and that no grade is given) are one defect: score-weights' {@code total} (and {@code split}
     * of a criterion whose rows lack points) is left out beside them (sessions 31 and 33). After the configuration, so
     * that a project that turned score-input-missing off, as one whose form prints no 分值 column may, still hears that the
     * total has no full base (until session 36 the scorer left score-weights out itself, and nothing said it).
     */
    static List<Finding> shortfallOnce(List<Finding> findings) {
        // points printed on the categories only (t18: 产出指标(60分) + 效益指标(40分) in an 80-point block): total-categories
        // says the weights and which categories' points to check; the split of the block those points make is the same
        // defect (session 47, W10's left-alone item: split and total were said beside each other)
        findings = onceBeside(findings,
                f -> f.ruleId().equals("score-weights") && f.key().equals("total-categories") ? f.file() + '\0' + f.pointer() : null,
                f -> f.ruleId().equals("score-weights") && f.key().equals("split") ? f.file() + '\0' + f.pointer() : null);
        // and the stated total below the table's own scores (t18: 总分 100 < 20 + 100 = 120) is those category points
        // again, added up in the 得分 column: total-categories-stated carries the stated total and the sum (details; D1's
        // left-alone item 1, session 48)
        findings = carriedBeside(findings,
                f -> f.ruleId().equals("score-weights") && f.key().equals("total-categories") && f.args().size() == 4 ? "total" : null,
                f -> f.ruleId().equals("score-claim-mismatch") && f.key().equals("total-stated") && f.args().size() > 1 ? "total" : null,
                (w, f) -> w.withVariant("total-categories-stated", List.of(f.args().get(0), f.args().get(1))));
        List<Finding> once = onceBeside(findings,
                f -> f.ruleId().equals("score-input-missing") && POINTS_SHORT.containsKey(f.key()) ? "total" : null,
                f -> f.ruleId().equals("score-weights") && (f.key().equals("total") || f.key().equals("total-unsplit")
                        || f.key().startsWith("total-categories") || f.key().equals("total-unplaced")) ? "total" : null);
        return onceBeside(once,
                f -> f.ruleId().equals("score-input-missing") && f.key().equals("indicator-points-short") && f.criterion() != null
                        ? f.criterion() : null,
                f -> f.ruleId().equals("score-weights") && f.key().equals("split") && f.criterion() != null ? f.criterion() : null);
    }

    /**
     * Weights that do not add up to 100 (score-weights {@code total}, {@code total-unplaced}) and the categories that depart
     * from the framework's split beside them ({@code split}, {@code split-printed}) are one defect: with weights of 110 or 80
     * no split can be the framework's, and what to correct is the weights, category by category. The total's finding keeps
     * its fingerprint and lists each category's points against the framework's default (the {@code -split} variants, a
     * details: the categories, “产出指标（数量、质量、时效、成本）”、“满意度指标（服务对象满意度）”, their points 80、20 and the
     * framework's 50、10), and the category warnings are left
     * out (忻州 楚剧团 2020, t62: 110 with 产出 80 and 满意度 20; 中江 2022, t4: 110 with 产出 70 and 效益 20; 重庆 融媒体 2021, t24:
     * 80 with 绩效指标 70; 九亭镇 2020, t16, total-unplaced: 75 with 产出 43 and 效益 12; audit s52 A7 row C3). Until session 53
     * they were two or three findings. Not when a project turned score-weights down so that the split is graver.
     */
    static List<Finding> splitInTotalOnce(List<Finding> findings) {
        Map<String, Finding> totals = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (isWeightsTotal(f)) {
                totals.putIfAbsent(f.file(), f);
            }
        }
        if (totals.isEmpty()) {
            return findings;
        }
        Map<Finding, List<Finding>> parts = new java.util.LinkedHashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding total = f.ruleId().equals("score-weights") && (f.key().equals("split") || f.key().equals("split-printed"))
                    && f.args().size() == 3 ? totals.get(f.file()) : null;
            if (total != null && total.severity().compareTo(f.severity()) <= 0) {
                parts.computeIfAbsent(total, k -> new ArrayList<>()).add(f);
            } else {
                out.add(f);
            }
        }
        if (!parts.isEmpty()) {
            // the categories as a list of quoted names (each in the framework's English on an English page), then the
            // table's points and the framework's, in the same order
            out.replaceAll(f -> {
                List<Finding> p = parts.get(f);
                // (one category: its -one variant, "为", not "依次为" (respectively) of a list of one; 重庆 融媒体 2021, t24,
                // s55 A10 C5; the same finding)
                return p == null ? f : f.withVariant(WEIGHTS_TOTAL_SPLIT.get(f.key()) + (p.size() == 1 ? "-one" : ""), List.of(
                        String.join("、", p.stream().map(s -> "“" + s.args().get(0) + "”").toList()),
                        String.join("、", p.stream().map(s -> s.args().get(1)).toList()),
                        String.join("、", p.stream().map(s -> s.args().get(2)).toList())));
            });
        }
        return out;
    }

    /**
     * The scorer's score-weights keys for weights not adding up to 100 that {@link #splitInTotalOnce} lists the split in,
     * each with the variant that does (its message prints the split after the key's own arguments). Named here, not told
     * by the number of arguments (until session 54: three for total, seven for total-unplaced), so that an argument added to
     * either does not stop the fold without a word (review s53 R3); the variant's message, pinned whole on 九亭镇 2020 (t16,
     * UnprintedPointsTest) and 东丽区 2020 (WeightsSuggestionTest), says then where its arguments moved. The variants
     * themselves (and total-categories, total-unsplit) are not in it: a total is listed in once.
     */
    private static final Map<String, String> WEIGHTS_TOTAL_SPLIT = Map.of("total", "total-split", "total-unplaced", "total-unplaced-split");

    /** score-weights' total or total-unplaced ({@link #WEIGHTS_TOTAL_SPLIT}): the weights not adding up to 100, said with the framework's split. */
    private static boolean isWeightsTotal(Finding f) {
        return f.ruleId().equals("score-weights") && WEIGHTS_TOTAL_SPLIT.containsKey(f.key());
    }

    /**
     * score-input-missing's {@code indicator-points-none…-short…} say "财预〔2020〕10号 自评表每项指标都有分值": true of the 10号
     * project form (mof-project-2020 and the copies of it beside a table, {@code mof-project-2020-…}), not of a form on its own
     * framework (塘湖镇 2020's 部门整体 form, t69; 黄石图书馆 2022's 20 + 80 form with points per 一级 only, t82), which the
     * citation told it had filed the wrong form (audit s52 B2). There each takes its {@code -own} variant, which says the
     * framework scores indicators by their points, without the citation: the same finding (sameAs, the same arguments).
     * Last, after every pass that reads these keys by name.
     */
    static List<Finding> ownFrameworkWording(List<Finding> findings, io.github.jixiao.score.Framework framework) {
        if (framework == null || citesProjectForm(framework.id())
                || framework.base() != null && citesProjectForm(framework.base().id())) {
            return findings;
        }
        return sayAs(findings, f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points-none-")
                && f.key().contains("-short") && !f.key().endsWith("-own"), "-own");
    }

    /**
     * On a form that prints a 得分 on each indicator row and no 分值, its points printed once on the block (the framework's
     * {@code "rowPoints": "unprinted"}: the built-in project-20-80, 黄冈 2020's 40 + 40), score-input-missing's
     * {@code indicator-points-none…-short…-own} ("表中本没有分值栏的，请按评分标准为各指标定出分值后填入", an error) asked the
     * clerk to make up a column the form does not have (s55 A10 B2: 襄阳 2021 t13, 金步 2020 t56, 隆阳 2022 t111, 施甸 2021
     * t115, 黄冈 2020 t27). Each takes its {@code -unprinted} variant, which says the form's limit (the rows' 得分 cannot be
     * checked against points, so only the other criteria are scored) and keeps the sums the variant carries: a note
     * ({@link Severity#INFO}), or a warning where the rows' 得分 do not make the stated total ({@code -rows-stated},
     * {@code -rows-partial-stated}: the table's own arithmetic fails). Never graver than the finding was (a project that set
     * the rule lower keeps it lower). The same finding (sameAs, the same arguments). Last, after {@link #ownFrameworkWording}.
     * Where what is scored rests on the execution rate the table states, no amount behind it ({@link
     * io.github.jixiao.score.ScoreInput#statedRateOnly}: 塘湖镇 2020, t69, 执行数 blank), {@code -unprinted-rate}: "计得 20.00 分，
     * 按所写执行率计，未经核对", as the criterion's own formula says it since session 57 (since session 58; before, "计得 20.00 分"
     * read as checked).
     */
    static List<Finding> unprintedRowPointsWording(List<Finding> findings, io.github.jixiao.score.Framework framework,
                                                   io.github.jixiao.score.ScoreSheet sheet) {
        if (framework == null || !framework.rowPointsUnprinted()) {
            return findings;
        }
        boolean statedRate = sheet != null && sheet.criteria().stream()
                .anyMatch(c -> io.github.jixiao.score.ScoreInput.statedRateOnly(c.inputs()) != null);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points-none-") && f.key().contains("-short")
                    && f.key().endsWith("-own")) {
                Severity said = f.key().contains("-rows-stated") || f.key().contains("-rows-partial-stated") ? Severity.WARNING : Severity.INFO;
                Finding v = f.withVariant(f.key() + (statedRate ? "-unprinted-rate" : "-unprinted"), List.of());
                out.add(v.severity().atLeast(said) ? v.withSeverity(said) : v);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether a framework is 财预〔2020〕10号's project form: mof-project-2020 or a copy of it named after it (or, above, one
     * that extends it: 六安 金安区 2025's, t88, since session 52).
     */
    static boolean citesProjectForm(String frameworkId) {
        return frameworkId != null && (frameworkId.equals("mof-project-2020") || frameworkId.startsWith("mof-project-2020-"));
    }

    /** score-input-missing's keys for indicators without points that say the points in all, by the index of the points missing. */
    private static final Map<String, Integer> POINTS_SHORT = Map.of("indicator-points-none-short", 5,
            "indicator-points-none-table-short", 4, "indicator-points-short", 5,
            "indicator-points-none-short-rows", 5, "indicator-points-none-table-short-rows", 4,
            "indicator-points-none-short-rows-match", 5, "indicator-points-none-table-short-rows-match", 4,
            "indicator-points-none-short-rows-partial", 5, "indicator-points-none-table-short-rows-partial", 4);

    /**
     * A stated total above the computed one where the gap is no more than the points the rows without 分值 leave out (湖北's
     * 20 + 80 form with no 分值 column: 黄冈 2020 总分 99.6 against 20 computed, 80 not scorable) is one defect: the
     * scorer's score-input-missing ({@code indicator-points-none-short}, {@code -table-short}, {@code indicator-points-short})
     * says the rows carry no points, the points in all and that the total has no full base and no grade, and asks for the
     * points; score-claim-mismatch's {@code total-data} ("差额…可能来自缺少的数据…补齐数据后再核对") is left out, as the same
     * points filled in are what it waits for (session 33's audit: both on t27, t52, t56). Where the gap is more than
     * those points (other figures missing too) it stays. Not when a project turned score-input-missing off or below the
     * claim's severity. The stated total the claim quoted is carried by the first such finding ({@code -stated}, the
     * total a detail: the same fingerprint), which says it cannot be checked either (session 33, B2's leftover). So too
     * where there is no indicator row at all (a copy cut before them): score-weights' {@code total-no-indicators} says the
     * points the indicators weigh cannot be scored and no grade is given, and carries the stated total it cannot check
     * ({@code total-no-indicators-stated}; 忠县科协 2024: 99.68 stated, 9.69 scored, 90 points past the copy's end).
     */
    static List<Finding> unpointedTotalOnce(List<Finding> findings) {
        java.math.BigDecimal missing = null; // the most points any such finding says are missing
        Severity kept = null;
        for (Finding f : findings) {
            Integer k = shortPoints(f);
            java.math.BigDecimal m = k == null || f.args().size() <= k ? null : decimal(f.args().get(k));
            if (m != null) {
                missing = missing == null ? m : missing.max(m);
                kept = kept == null ? f.severity() : graver(kept, f.severity());
            }
        }
        if (missing == null) {
            return findings;
        }
        boolean cutRows = false; // a cut copy's rows that print 得分 (-rows-partial, or -rows-match: their sum is the total)
        for (Finding f : findings) {
            cutRows |= shortPoints(f) != null && (f.key().contains("-rows-partial") || f.key().endsWith("-rows-match"));
        }
        List<Finding> out = new ArrayList<>(findings.size());
        String statedTotal = null; // the stated total of the claim left out, as it quoted it
        for (Finding f : findings) {
            // on a cut copy of a framework short of 100 (a stated total above its base), the claim is total-partial ("评分
            // 框架只收录了评分表的一部分，差额…可能来自这些指标…补全评分框架后再核对"): beside the rows' -rows-partial it is
            // what -unheld says ("差额可能是未转录各行的得分，无从核对"), the same gap; left out, its total carried (session 52)
            if (cutRows && f.ruleId().equals("score-claim-mismatch") && f.key().equals("total-partial") && f.args().size() > 2
                    && kept.compareTo(f.severity()) <= 0) {
                statedTotal = statedTotal == null ? f.args().get(0) : statedTotal;
                continue;
            }
            if (f.ruleId().equals("score-claim-mismatch") && f.key().equals("total-data") && f.args().size() > 2
                    && kept.compareTo(f.severity()) <= 0) {
                java.math.BigDecimal stated = decimal(f.args().get(0));
                java.math.BigDecimal computed = decimal(f.args().get(1));
                if (stated != null && computed != null && stated.subtract(computed).compareTo(missing) <= 0) {
                    statedTotal = statedTotal == null ? f.args().get(0) : statedTotal;
                    continue;
                }
            }
            out.add(f);
        }
        if (statedTotal != null) {
            for (int k = 0; k < out.size(); k++) {
                Finding f = out.get(k);
                // (-rows-match quotes the stated total already: the rows' printed 得分 and the other criteria's make it,
                // 金步 2020's 80 + 20 = 100; session 48)
                if (shortPoints(f) != null && !f.key().endsWith("-rows-match")) {
                    out.set(k, f.withVariant(f.key() + statedAbove(f), List.of(statedTotal)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The variant a finding that says the points missing takes where it carries a stated total above what it computed
     * ({@link #unpointedTotalOnce}): {@code -stated}; but a cut copy's rows ({@code -rows-partial}: 襄阳 中心医院 2021, t13,
     * with a 总分 90 against its transcribed rows' 50 and the execution's 20) may leave the gap in the rows not
     * transcribed: {@code -unheld}, which says so and asks nothing (s49 A4 row 9).
     */
    private static String statedAbove(Finding f) {
        return f.key().endsWith("-rows-partial") ? "-unheld" : "-stated";
    }

    /** score-input-missing's keys that add the rows' printed 得分 up with the other criteria's, by the index of that sum. */
    private static final Map<String, Integer> ROWS_SUM = Map.of("indicator-points-none-short-rows", 8,
            "indicator-points-none-table-short-rows", 7, "indicator-points-none-short-rows-partial", 8,
            "indicator-points-none-table-short-rows-partial", 7);

    /**
     * A stated total below what the rows' printed 得分 make with the other criteria's score, on a table with no 分值 column,
     * is one defect: score-claim-mismatch's {@code total-stated} ("所写综合评分 100 分小于表中所写各项得分之和 105 分（20 + 85）")
     * and score-input-missing's {@code -rows} ("表中各指标所写得分合计 85 分，加上预算执行率计得的 20.00 分，共 105 分") add up the
     * same scores. Where both sums are the same figure, the claim is left out and {@code -rows} carries the stated total
     * ({@code -rows-stated}, the total a detail: the same fingerprint), which says the two do not agree and asks to check the
     * rows' scores and the total (s48 P1's leftover 4: 金步 2020, t56, with a row's 40 written 45). Where the sums differ (the
     * execution's printed score is not the one computed) both stay; not when a project turned score-input-missing off or
     * below the claim's severity.
     */
    static List<Finding> rowsOverStatedOnce(List<Finding> findings) {
        Finding rows = null;
        for (Finding f : findings) {
            Integer k = f.ruleId().equals("score-input-missing") ? ROWS_SUM.get(f.key()) : null;
            if (k != null && f.args().size() > k && decimal(f.args().get(k)) != null) {
                rows = f;
                break;
            }
        }
        if (rows == null) {
            return findings;
        }
        java.math.BigDecimal sum = decimal(rows.args().get(ROWS_SUM.get(rows.key())));
        Finding claim = null;
        for (Finding f : findings) {
            if (f.ruleId().equals("score-claim-mismatch") && f.key().equals("total-stated") && f.args().size() > 1
                    && rows.severity().compareTo(f.severity()) <= 0) {
                java.math.BigDecimal parts = decimal(f.args().get(1));
                if (parts != null && parts.compareTo(sum) == 0 && decimal(f.args().get(0)) != null) {
                    claim = f;
                    break;
                }
            }
        }
        if (claim == null) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f == claim) {
                continue;
            }
            out.add(f == rows ? f.withVariant(f.key() + "-stated", List.of(claim.args().get(0))) : f);
        }
        return out;
    }

    /**
     * The index of the argument in which {@code f} says how many points could not be scored for want of rows or their
     * 分值 (score-input-missing's {@link #POINTS_SHORT}, score-weights' {@code total-no-indicators}), or null.
     */
    private static Integer shortPoints(Finding f) {
        if (f.ruleId().equals("score-input-missing")) {
            return POINTS_SHORT.get(f.key());
        }
        return f.ruleId().equals("score-weights") && f.key().equals("total-no-indicators") ? 0 : null;
    }

    /** A figure as a finding's argument prints it, or null. */
    private static java.math.BigDecimal decimal(String s) {
        try {
            return new java.math.BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A stated score written as 0 (0, 0.0, 0.00). */
    private static boolean zero(String s) {
        java.math.BigDecimal d = decimal(s);
        return d != null && d.signum() == 0;
    }

    /**
     * An imported department.json without a unit name is one defect: workbook-department-missing names the header
     * rows (or the Word document's) where the name belongs, and the schema's "缺少必填项 name" at the file's root is
     * left out (trial X, session 26: a Word 目标表 printing no unit gave both, the second in JSON terms only). Not when
     * a project turned workbook-department-missing off or below the schema's severity.
     */
    static List<Finding> unnamedOnce(List<Finding> findings) {
        return onceBeside(findings,
                f -> f.ruleId().equals(ImportedCells.DEPARTMENT_MISSING) ? f.file() : null,
                f -> f.ruleId().equals("schema") && f.key().startsWith("required") && f.pointer().isEmpty()
                        && f.args().size() > 1 && f.args().get(1).equals("name") ? f.file() : null);
    }

    /**
     * A figure the score lacks only because it is written in a form the schema refuses ("3,200" as text where a number
     * belongs) is one defect: the schema's finding at it says what to correct, and the scorer's "missing" for the same
     * figure is left out (the criterion still counts 0 and the score summary says why). Before, the user got both.
     */
    static List<Finding> missingOnlyForInvalid(List<Finding> findings, Map<String, JsonDocument> byRole) {
        // file \0 pointer of each schema finding, sorted: one under p is the first at or after file \0 p + "/" (review S2,
        // session 26: each finding was compared with every schema finding)
        java.util.TreeSet<String> schema = new java.util.TreeSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("schema")) {
                schema.add(f.file() + '\0' + f.pointer());
            }
        }
        if (schema.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.ruleId().equals("score-input-missing") && (f.key().isEmpty() || f.key().equals("initial-as-full-year")
                    || f.key().equals("figures")) && f.args().size() > 2) {
                String[] rp = Submission.splitRef(f.args().get(2));
                JsonDocument d = byRole.get(rp[0]);
                String p = rp[1];
                if (d != null && !p.isEmpty()) {
                    String key = d.file() + '\0' + p;
                    String next = schema.ceiling(key + "/");
                    if (schema.contains(key) || next != null && next.startsWith(key + "/")) {
                        continue;
                    }
                }
            }
            out.add(f);
        }
        return out;
    }

    private static Finding internalError(String what, Throwable e) {
        return new Finding("internal-error", Severity.ERROR, "",
                List.of(what, e.getClass().getSimpleName(), SubmissionLoader.excerpt(String.valueOf(e.getMessage()), 120)),
                "", "", 0, 0, null);
    }

    private record FileResult(String rel, JsonDocument doc, List<Finding> findings) {
    }

    private FileResult check(Path project, Confinement.Scope scope, Path file) {
        String rel = relative(project, file);
        Finding outside = scope.refuse(file);
        if (outside != null) {
            return new FileResult(rel, null, List.of(outside));
        }
        SubmissionLoader.Loaded loaded = loader.load(file, rel);
        List<Finding> f = new ArrayList<>(loaded.findings());
        if (loaded.document() != null) {
            f.addAll(validator.validate(loaded.document()));
            checkNumbers(loaded.document(), loaded.document().root(), f);
        }
        return new FileResult(rel, loaded.document(), f);
    }

    /**
     * Numbers out of range or beyond money's precision (1e400, 0.1234567) are findings: see
     * {@link io.github.jixiao.load.Numbers#check}.
     */
    static void checkNumbers(JsonDocument doc, JsonNode root, List<Finding> out) {
        io.github.jixiao.load.Numbers.check(doc, root, out);
    }

    /** Evidence paths must stay inside the project. */
    private static void checkEvidencePaths(Submission s, Path project, Confinement.Scope scope, List<Finding> out) {
        JsonNode ev = s.node("department", "/evidence");
        if (ev == null || !ev.isArray()) {
            return;
        }
        JsonDocument doc = s.document("department").orElseThrow();
        for (int i = 0; i < ev.size(); i++) {
            JsonNode p = ev.get(i).get("path");
            if (p == null || !p.isString()) {
                continue;
            }
            String raw = p.asString();
            boolean outside;
            try {
                Path given = Path.of(raw);
                Path resolved = project.resolve(given).normalize();
                outside = given.isAbsolute() || raw.startsWith("/") || raw.startsWith("\\") || raw.contains(":")
                        || !resolved.startsWith(project)
                        // a link inside the project may lead out of it (or dangle): compare where it really is
                        || !scope.mayRead(resolved);
            } catch (RuntimeException e) {
                outside = true;
            }
            if (outside) {
                String ptr = "/evidence/" + i + "/path";
                Src src = doc.src(p, ptr);
                out.add(new Finding("submission-structure", Severity.ERROR, "path-outside",
                        List.of(SubmissionLoader.excerpt(raw, 120)), doc.file(), ptr, src.line(), src.column(), null));
            }
        }
    }

    /**
     * The role a file not read as JSON was meant to be, by its name saved with a text editor's extension after it
     * (indicators.json.txt, budget.txt: Windows hides the .txt that Notepad adds); null for any other name.
     */
    static String savedAsText(String lowerName) {
        for (String suffix : List.of(".json.txt", ".txt", ".json.json.txt")) {
            if (lowerName.endsWith(suffix)) {
                String stem = lowerName.substring(0, lowerName.length() - suffix.length());
                return SchemaCatalog.ROLES.contains(stem) ? stem : null;
            }
        }
        return null;
    }

    private static void list(Path dir, EngineOptions o, List<Path> json, List<Path> others, List<Finding> findings, Path project,
                             Confinement.Scope scope) {
        List<PathMatcher> inc = o.includes().stream().map(Engine::matcher).toList();
        List<PathMatcher> exc = o.excludes().stream().map(Engine::matcher).toList();
        List<PathMatcher> defaults = EngineOptions.DEFAULT_INCLUDES.stream().map(Engine::matcher).toList();
        try {
            // what Files.walk(dir) lists, with the attributes its walk has read anyway (one lstat an entry): files
            // and links, links not followed; the same exceptions as Files.walk, for the same finding
            Map<Path, Boolean> entries = new java.util.TreeMap<>();
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() || a.isSymbolicLink() || a.isOther()) { // a FIFO or device: the loader says what it is
                        entries.put(p, a.isSymbolicLink());
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    if (p.equals(dir)) {
                        throw e;
                    }
                    throw new java.io.UncheckedIOException(e);
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        throw new java.io.UncheckedIOException(e); // a listing that failed part way
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            entries.forEach((p, link) -> {
                Path rel = dir.relativize(p);
                if (matches(exc, rel)) {
                    return;
                }
                if (link) {
                    // a link is read only when it stays inside the project and is a file; one leading out is a
                    // finding naming the link, and nothing of its target is read
                    Finding outside = scope.refuse(p);
                    if (outside != null) {
                        findings.add(outside);
                        return;
                    }
                    if (!Files.isRegularFile(p)) {
                        return; // a link to a folder inside the project: not followed
                    }
                }
                if (matches(inc, rel)) {
                    json.add(p);
                } else if (!rel.getFileName().toString().startsWith(".") && !matches(defaults, rel)) {
                    // a JSON file the includes leave out was left out on purpose; anything else is unexpected
                    others.add(p);
                }
            });
        } catch (IOException | RuntimeException e) {
            String rel = relative(project, dir);
            findings.add(new Finding("file-unreadable", Severity.ERROR, "listing", List.of(SubmissionLoader.excerpt(String.valueOf(e.getMessage()), 160)),
                    rel, "", 0, 0, null));
        }
    }

    /** Compiled globs: the same includes and excludes come with every department (a glob is a regex to compile). */
    private static final Map<String, PathMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static PathMatcher matcher(String glob) {
        PathMatcher m = MATCHERS.get(glob);
        if (m == null) {
            m = compileGlob(glob);
            if (MATCHERS.size() < 256) {
                MATCHERS.put(glob, m);
            }
        }
        return m;
    }

    static PathMatcher compileGlob(String glob) {
        String g = glob.replace('\\', '/');
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
        if (g.startsWith("**/")) {
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3));
            return p -> m.matches(p) || top.matches(p);
        }
        return m;
    }

    private static boolean matches(List<PathMatcher> ms, Path rel) {
        for (PathMatcher m : ms) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code rel} (project-relative) is the file of {@code role}'s own name in the submission folder {@code dirRel}. */
    static boolean ownName(String rel, String role, String dirRel) {
        return rel.equals((dirRel.isEmpty() ? "" : dirRel + "/") + role + ".json");
    }

    private static Finding structure(String key, String arg, String file) {
        return new Finding("submission-structure", Severity.ERROR, key, List.of(arg), file, "", 0, 0, null);
    }

    /** Project-relative path with '/' separators. */
    public static String relative(Path project, Path p) {
        Path a = p.toAbsolutePath().normalize();
        String r = a.startsWith(project) ? project.relativize(a).toString() : a.toString();
        return r.replace('\\', '/');
    }
}
