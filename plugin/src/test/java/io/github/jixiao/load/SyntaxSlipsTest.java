package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The slips of a hand-typed file, typed at random into the sample's files and the real tables' (session 44's throw-away
 * harness, made a test in session 45): one to six slips on separate lines of a file, each a slip a Chinese input method
 * or a hand makes on a {@code "name": value} line, the file's lines ended with \n, \r\n or a lone \r. However many
 * slips and whatever line ends, a finding is said only on a line where a slip was typed (a mending that guesses wrong
 * says slips the officer did not make, on lines she did not touch), and every finding's column is within its line.
 */
class SyntaxSlipsTest {
    private static final Pattern KV = Pattern.compile("^(\\s*)\"([^\"]+)\"(\\s*):(\\s*)(\"[^\"\\\\]*\"|-?[0-9.]+|true|false)(,?)(\\s*)$");
    private static final int PER_FILE = Integer.getInteger("jixiao.slipsPerFile", 12);

    private final SubmissionLoader loader = new SubmissionLoader();

    @Test
    void slipsTypedAtRandomAreSaidOnlyOnTheirLines() throws Exception {
        Path root = Path.of(System.getProperty("jixiao.repoRoot", ".."));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("sample-submission/submission"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.walk(root.resolve("plugin/src/test/resources/real-tables"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 100, "the sample and the real tables: " + files.size());
        Random r = new Random(45);
        int typed = 0;
        int said = 0;
        for (Path file : files) {
            List<String> base = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r", "").split("\n", -1));
            for (int it = 0; it < PER_FILE; it++) {
                List<String> lines = new ArrayList<>(base);
                Set<Integer> changed = new TreeSet<>();
                // lines a slip changed that no finding is to be on: the next line of a comma left out, at column 1
                Set<Integer> flush = new TreeSet<>();
                int k = 1 + r.nextInt(6);
                for (int j = 0; j < k * 3 && changed.size() < k; j++) {
                    int i = r.nextInt(lines.size());
                    if (changed.contains(i) || changed.contains(i - 1) || changed.contains(i + 1)
                            || flush.contains(i) || flush.contains(i - 1) || flush.contains(i + 1) || changed.contains(i + 2)) {
                        continue;
                    }
                    if (r.nextInt(20) == 0) {
                        // a comma left out before an entry whose line begins at column 1 (session 46: the search stopped)
                        Matcher m = KV.matcher(lines.get(i));
                        if (m.matches() && !m.group(6).isEmpty() && i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("\"")) {
                            lines.set(i, lines.get(i).replaceFirst(",(\\s*)$", "$1"));
                            lines.set(i + 1, lines.get(i + 1).stripLeading());
                            changed.add(i);
                            flush.add(i + 1);
                        }
                        continue;
                    }
                    String out = slip(lines.get(i), r);
                    if (out != null) {
                        lines.set(i, out);
                        changed.add(i);
                    }
                }
                if (changed.isEmpty()) {
                    continue;
                }
                String end = List.of("\n", "\r\n", "\r").get(it % 3);
                typed++;
                List<Finding> found = loader.parse(String.join(end, lines).getBytes(StandardCharsets.UTF_8), "t.json").findings();
                for (Finding f : found) {
                    said++;
                    String where = file.getFileName() + " " + f.key() + f.args() + " @" + f.line() + ":" + f.column()
                            + " line ends " + end.replace("\r", "CR").replace("\n", "LF") + ", slips on lines " + changed.stream().map(c -> c + 1).toList();
                    assertTrue(changed.contains(f.line() - 1), () -> "a finding on a line without a slip: " + where);
                    int length = lines.get(f.line() - 1).codePointCount(0, lines.get(f.line() - 1).length());
                    assertTrue(f.column() >= 1 && f.column() <= length + 1, () -> "a column past its line: " + where);
                }
            }
        }
        assertTrue(typed > 1000 && said >= typed, typed + " files typed, " + said + " findings");
    }

    /** {@code line} with one slip typed into it, or null where the slip chosen does not fit the line. */
    private static String slip(String line, Random r) {
        Matcher m = KV.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String ind = m.group(1);
        String key = m.group(2);
        String colon = m.group(3) + ":" + m.group(4);
        String v = m.group(5);
        String comma = m.group(6);
        boolean str = v.startsWith("\"");
        String inner = str ? v.substring(1, v.length() - 1) : v;
        String name = "\"" + key + "\"";
        return switch (r.nextInt(20)) {
            case 0 -> ind + "“" + key + "”" + colon + v + comma;
            case 1 -> ind + name + m.group(3) + "：" + m.group(4) + v + comma;
            case 2 -> comma.isEmpty() ? null : ind + name + colon + v + "，";
            case 3 -> !str || inner.contains("'") ? null : ind + name + colon + "'" + inner + "'" + comma;
            case 4 -> !str || inner.contains("“") || inner.contains("”") ? null : ind + name + colon + "“" + inner + "”" + comma;
            case 5 -> ind + name + colon + v + comma + " // 说明";
            case 6 -> ind + key + colon + v + comma;
            case 7 -> !str || inner.isEmpty() ? null : ind + name + colon + inner + comma;
            case 8 -> comma.isEmpty() ? null : ind + name + colon + v;
            case 9 -> ind + name + colon + v + comma + "\t";
            case 10 -> ind + "“" + key + "”" + m.group(3) + "：" + m.group(4) + (str ? "“" + inner + "”" : v) + (comma.isEmpty() ? "" : "，");
            case 11 -> !str ? null : ind + name + colon + "\"" + inner + "”" + comma;
            case 12 -> ind + "\"" + key + "”" + colon + v + comma;
            case 13 -> !str || inner.length() < 2 ? null : ind + name + colon + "\"" + inner.charAt(0) + "\t" + inner.substring(1) + "\"" + comma;
            // words with an ASCII quote inside, typed without quotes round them (完成"三个"一)
            case 14 -> !str || inner.length() < 3 || inner.contains("\\") ? null
                    : ind + name + colon + inner.charAt(0) + "\"" + inner.charAt(1) + "\"" + inner.substring(2) + comma;
            // an apostrophe in single-quoted text ('Children's Day')
            case 15 -> !str || inner.length() < 2 || inner.contains("'") ? null
                    : ind + name + colon + "'" + inner.charAt(0) + "'" + inner.substring(1) + "'" + comma;
            // a unit after a number, one with an exponent too (120万元, 1e2万元)
            case 16 -> str || !v.matches("-?[0-9]+(\\.[0-9]+)?") ? null : ind + name + colon + v + (r.nextBoolean() ? "e2" : "") + "万元" + comma;
            // the opening quote left out (某县教育局",)
            case 18 -> !str || inner.isEmpty() || inner.contains("\\") ? null : ind + name + colon + inner + "\"" + comma;
            // Chinese quotes round text with Chinese quotes in it (“福田区“硅楼”方案”)
            case 19 -> !str || inner.length() < 2 || inner.contains("“") || inner.contains("”") ? null
                    : ind + name + colon + "“" + inner.charAt(0) + "“" + inner.substring(1) + "”" + "”" + comma;
            default -> !str ? null : ind + name + colon + "\"" + inner + comma; // the closing quote left out
        };
    }

    @Test
    void theSlipsChosenAreTyped() {
        Random r = new Random(1);
        int typed = 0;
        for (int i = 0; i < 200; i++) {
            typed += slip("    \"name\": \"完成校舍维修\",", r) == null ? 0 : 1;
        }
        assertTrue(typed > 150, "most slips fit a line of text: " + typed);
        assertEquals(null, slip("  {", r));
    }
}
