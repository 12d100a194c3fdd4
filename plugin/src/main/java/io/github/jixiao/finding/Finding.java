package io.github.jixiao.finding;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a submission. Carries data, not prose: the text is produced by the reporter in
 * the chosen locale from the rule's message {@code key} and the {@code args}.
 *
 * @param ruleId    stable rule id, e.g. {@code indicator-target-missed}
 * @param severity  effective severity
 * @param key       message variant of the rule ("" for the rule's default message)
 * @param args      message arguments, already formatted (short excerpts only)
 * @param file      file relative to the project, with '/' separators; "" when the finding is about no file
 * @param pointer   JSON pointer inside the file ("" for the whole document)
 * @param line      1-based line, 0 when unknown
 * @param column    1-based column, 0 when unknown
 * @param criterion the scoring criterion the finding touches, or null
 *
 * <p>Comparable, field by field, consistently with {@code equals}: not an order any report uses (they sort with
 * {@link Findings#sorted}), but what lets a HashMap keyed by findings order a bin of findings that share a hash
 * instead of searching it end to end. A pull request can choose such findings (the record's hash is a sum of its
 * fields' hashes, which the submitter's keys and their lines decide), and the review's map of suppressed findings,
 * asked for every finding by every report, grew with their square.</p>
 */
public record Finding(
        String ruleId,
        Severity severity,
        String key,
        List<String> args,
        String file,
        String pointer,
        int line,
        int column,
        String criterion) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        key = key == null ? "" : key;
        args = args == null ? List.of() : List.copyOf(args);
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, key, args, file, pointer, line, column, criterion);
    }

    public Finding withCriterion(String c) {
        return new Finding(ruleId, severity, key, args, file, pointer, line, column, c);
    }

    /**
     * The same finding given by its rule's message {@code variant} (a key), which prints {@code more} after this one's
     * arguments: a finding that also says what another one, left out beside it, would have said.
     */
    public Finding withVariant(String variant, List<String> more) {
        List<String> all = new java.util.ArrayList<>(args.size() + more.size());
        all.addAll(args);
        all.addAll(more);
        return new Finding(ruleId, severity, variant, all, file, pointer, line, column, criterion);
    }

    /** Field by field (the arguments as a list of strings, a missing criterion first): 0 exactly when equal. */
    @Override
    public int compareTo(Finding o) {
        int c = ruleId.compareTo(o.ruleId);
        if (c == 0) {
            c = severity.compareTo(o.severity);
        }
        if (c == 0) {
            c = key.compareTo(o.key);
        }
        if (c == 0) {
            c = file.compareTo(o.file);
        }
        if (c == 0) {
            c = pointer.compareTo(o.pointer);
        }
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        for (int i = 0; c == 0 && i < Math.min(args.size(), o.args.size()); i++) {
            c = args.get(i).compareTo(o.args.get(i));
        }
        if (c == 0) {
            c = Integer.compare(args.size(), o.args.size());
        }
        if (c == 0) {
            c = criterion == null ? (o.criterion == null ? 0 : -1) : o.criterion == null ? 1 : criterion.compareTo(o.criterion);
        }
        return c;
    }
}
