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
        String criterion) {

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
}
