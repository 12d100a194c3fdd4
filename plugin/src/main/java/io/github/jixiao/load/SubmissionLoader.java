package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON file: checks its encoding, parses it once into a location-aware tree, and turns every
 * problem into a finding (never an exception). Never writes to the file.
 */
public final class SubmissionLoader {

    /** Limits on what one file may hold; exceeding one is a finding, not an out-of-memory error. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Characters of a property name (Jackson's default, named so that the finding can say it). */
    public static final int MAX_NAME_LENGTH = 50_000;
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /**
     * JSON tokens (values, names, brackets) one file may hold: 200,000 indicators are about 3 million, and a tree of
     * this many nodes with their locations takes under 700 MiB, so any file under the size limit is either checked
     * or a {@code json-limit} finding at the JVM's default heap (a 60 MB file of {@code {}} would be 40 million).
     */
    public static final long MAX_TOKENS = 5_000_000L;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The parser that reports problems: duplicate keys detected as the parser reads the name. */
    private final JsonFactory factory;
    /**
     * The same limits without the parser's duplicate detection, for {@link #parseClean}: the tree finds a
     * duplicate itself ({@link TreeReader#readUniqueCounted}) at no cost, where the parser keeps a set of names for
     * every object of three or more properties (about a sixth of what loading allocates).
     */
    private final JsonFactory cleanFactory;

    public SubmissionLoader() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(MAX_TOKENS)
                .build();
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
                .build();
        this.cleanFactory = JsonFactory.builder()
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
                .build();
    }

    /** The outcome of reading one file: the document (null when it could not be parsed) and findings. */
    public record Loaded(JsonDocument document, List<Finding> findings) {
    }

    public Loaded load(Path path, String relative) {
        List<Finding> findings = new ArrayList<>();
        byte[] bytes;
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                // a FIFO or a device named budget.json: opening it would block or never end, and it is not "missing"
                findings.add(finding("file-unreadable", "not-regular", relative, 0, 0, List.of(excerpt(relative, 200))));
                return new Loaded(null, findings);
            }
            long size = a.size();
            if (size > MAX_FILE_BYTES) {
                findings.add(finding("json-limit", "file-size", relative, 0, 0,
                        List.of(Long.toString(size / (1024 * 1024)), Long.toString(MAX_FILE_BYTES / (1024 * 1024)))));
                return new Loaded(null, findings);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            findings.add(finding("file-unreadable", "", relative, 0, 0, List.of(safeMessage(e))));
            return new Loaded(null, findings);
        }
        return parse(bytes, relative);
    }

    /** Parses the bytes of a file named {@code relative}. */
    public Loaded parse(byte[] bytes, String relative) {
        JsonDocument clean = parseClean(bytes, relative);
        if (clean != null) {
            return new Loaded(clean, new ArrayList<>());
        }
        return parseChecked(bytes, relative);
    }

    /**
     * The common case, cheaply: a file that Jackson reads as UTF-8 without any error is valid UTF-8 (Jackson 3
     * rejects malformed, overlong and surrogate sequences and code points above U+10FFFF, and no NUL byte can
     * stand in valid JSON), so the byte-level checks of {@link #parseChecked} are needed only when this fails.
     * Returns null then, or when the start of the file could make Jackson pick another encoding, and
     * {@link #parseChecked} gives the findings exactly as before. Saves a full decoding pass over every file.
     * A duplicate key fails this read too ({@link TreeReader#readUniqueCounted}), and {@link #parseChecked}, whose
     * parser detects duplicates, reports it where the parser meets it.
     */
    private JsonDocument parseClean(byte[] bytes, String relative) {
        int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (bytes.length - offset < 4) {
            return null;
        }
        for (int i = offset; i < offset + 4; i++) {
            byte c = bytes[i];
            if (c == 0 || c == (byte) 0xFE || c == (byte) 0xFF) {
                return null; // a UTF-16/32 BOM or NUL bytes: Jackson would detect another encoding
            }
        }
        try (JsonParser parser = cleanFactory.createParser(ObjectReadContext.empty(), bytes, offset, bytes.length - offset)) {
            TreeReader.Read read = TreeReader.readUniqueCounted(parser);
            JsonNode root = read.root();
            if (root == null || root.isMissingNode()) {
                return null;
            }
            return document(relative, root, bytes, offset, read.plainNumbers(), read.ruleNodes());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Checks encoding, emptiness and NUL bytes first, then parses: every problem becomes a finding. */
    Loaded parseChecked(byte[] bytes, String relative) {
        List<Finding> findings = new ArrayList<>();
        int offset = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            offset = UTF8_BOM.length; // accepted: many Windows editors write it
        } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            findings.add(finding("json-encoding", "utf16", relative, 1, 1, List.of()));
            return new Loaded(null, findings);
        }
        if (isBlank(bytes, offset)) {
            findings.add(finding("json-syntax", "empty", relative, 1, 1, List.of()));
            return new Loaded(null, findings);
        }
        int nul = indexOf(bytes, offset, (byte) 0);
        if (nul >= 0) {
            boolean utf16 = nul <= offset + 1 || (nul < bytes.length - 1 && bytes[nul + 1] != 0 && nul % 2 == 1);
            int[] lc = lineColumn(bytes, offset, nul);
            findings.add(finding("json-encoding", utf16 ? "utf16" : "binary", relative, lc[0], lc[1], List.of()));
            return new Loaded(null, findings);
        }
        int bad = firstMalformedUtf8(bytes, offset);
        int length = bytes.length;
        if (bad >= 0 && isIncompleteTail(bytes, bad)) {
            // a file cut in the middle of a character: it is truncated, not mis-encoded
            length = bad;
            bad = -1;
        }
        if (bad >= 0) {
            int[] lc = lineColumn(bytes, offset, bad);
            String key = decodesAs(bytes, offset, GB18030) ? "gbk" : "not-utf8";
            findings.add(finding("json-encoding", key, relative, lc[0], lc[1], List.of()));
            return new Loaded(null, findings);
        }
        // A slip said, the file is mended in a copy the way the finding says (same bytes, same lines) and parsed
        // again, so that every slip of a hand-typed file is said in one run, up to MAX_SLIPS; the copy is never
        // used for anything but the next slip's place, and a slip without a sure mending ends the search.
        byte[] work = bytes;
        for (int round = 0; round < MAX_SLIPS; round++) {
            JsonParser parser = null;
            Finding said = null;
            boolean inList = false;
            try {
                parser = factory.createParser(ObjectReadContext.empty(), work, offset, length - offset);
                TreeReader.Read read = TreeReader.readRecorded(parser);
                JsonNode root = read.root();
                if (length < bytes.length && root != null && !root.isMissingNode()) {
                    // the file's value is whole, then a character cut short ({"a": 1} and the first two bytes of a
                    // three-byte character): no truncated value, but text after the end (before: read with no finding);
                    // the value itself reads whole, so it is still checked (below), as before
                    int[] lc = lineColumn(bytes, offset, length);
                    findings.add(finding("json-syntax", "trailing", relative, lc[0], lc[1], List.of()));
                }
                if (round > 0) {
                    return new Loaded(null, findings); // the mended copy reads: every slip is said
                }
                if (root == null || root.isMissingNode()) {
                    findings.add(finding("json-syntax", "empty", relative, 1, 1, List.of()));
                    return new Loaded(null, findings);
                }
                return new Loaded(document(relative, root, bytes, offset, false, read.ruleNodes()), findings);
            } catch (StreamConstraintsException e) {
                int[] lc = location(e.getLocation(), work, offset);
                if (lc[0] == 0 && parser != null) {
                    lc = location(parser.currentLocation(), work, offset);
                }
                findings.add(placed(finding("json-limit", constraintKey(e), relative, lc[0], lc[1], List.of(limitArg(e))), work, bytes, offset));
            } catch (StreamReadException e) {
                int[] lc = location(e.getLocation(), work, offset);
                String msg = String.valueOf(e.getOriginalMessage());
                if (msg.startsWith("Duplicate Object property") || msg.startsWith("Duplicate field")) {
                    findings.add(placed(finding("json-duplicate-key", "", relative, lc[0], lc[1], List.of(excerpt(quoted(msg), 60))), work, bytes, offset));
                } else {
                    Finding slip = quoteSlip(msg, work, offset, e.getLocation(), relative);
                    if (slip == null) {
                        slip = slip(msg, work, offset, e.getLocation(), relative, lc);
                    }
                    // the character Jackson stopped at: where it begins (its lead byte), else the location's byte
                    int lead = leadByte(work, offset, e.getLocation());
                    int at = errorAt(work, offset, e.getLocation());
                    if (slip == null && msg.startsWith("Unexpected character")) {
                        slip = numberSlip(work, offset, lead >= 0 ? lead : at, relative);
                    }
                    if (slip == null) {
                        slip = textSlip(msg, work, offset, lead >= 0 ? lead : at, relative);
                    }
                    if (slip == null) {
                        if (lead >= 0 && lead < at) {
                            // Jackson's offset inside a character (a “ it decoded): the column of the character itself
                            lc = lineColumn(work, offset, lead);
                        }
                        slip = syntax(msg, relative, lc, lead < 0 ? null : characterFrom(work, lead));
                    }
                    slip = fullWidthTrailing(slip, work, offset);
                    // the values read at the file's top level when Jackson stopped (0 where it stopped inside one)
                    tools.jackson.core.TokenStreamContext top = parser == null ? null : parser.streamReadContext();
                    int values = top != null && top.inRoot() ? top.getEntryCount() : 0;
                    if (!slip.key().equals("trailing") && values > 1 || msg.startsWith("Unexpected close marker") && values > 0) {
                        // after the file's object has closed, whatever the character: text after the end; so is a
                        // closing bracket with none open after the file's value ({"a": 1}\n]; was Jackson's English
                        // "Unexpected close marker ']': no open Array to close")
                        slip = finding("json-syntax", "trailing", relative, lc[0], lc[1], List.of());
                    }
                    said = slip;
                    // where Jackson stopped: an entry of a list (its words parted by commas are its entries: [王芳, 李四])
                    inList = top != null && top.inArray();
                    Finding shown = placed(slip, work, bytes, offset);
                    if (!findings.isEmpty() && findings.get(findings.size() - 1).line() == shown.line()
                            && findings.get(findings.size() - 1).column() == shown.column()) {
                        break; // the mending did not take: a slip again where the last was said
                    }
                    findings.add(shown);
                }
            } catch (TreeReader.TrailingTokens e) {
                // a value after the file's value: said where it begins ({"a": 1} {"b": 2} at its {, not after it)
                int[] lc = location(parser.currentTokenLocation(), work, offset);
                findings.add(placed(finding("json-syntax", "trailing", relative, lc[0], lc[1], List.of()), work, bytes, offset));
            } catch (RuntimeException e) {
                // databind problems (e.g. numbers that cannot be represented) still name the file
                int[] lc = parser == null ? new int[] {0, 0} : location(parser.currentLocation(), work, offset);
                findings.add(placed(syntax(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), relative, lc, null),
                        work, bytes, offset));
            } finally {
                if (parser != null) {
                    parser.close();
                }
            }
            if (said == null || length - offset > MEND_MAX_BYTES) {
                break;
            }
            byte[] mended = Mending.mend(said, work == bytes ? java.util.Arrays.copyOf(bytes, bytes.length) : work, offset, length,
                    inList);
            if (mended == null) {
                break;
            }
            work = mended;
        }
        return new Loaded(null, findings);
    }

    /**
     * A full-width comma after the last entry ("完成校舍维修 12 所"，]) is a comma to take out, not one to write as ",":
     * said as {@code trailing-comma}, once, where {@code slip} said it is full-width.
     */
    private static Finding fullWidthTrailing(Finding slip, byte[] work, int offset) {
        if (!slip.key().equals("full-width") || !slip.args().get(0).equals("，") || slip.line() <= 0) {
            return slip;
        }
        int at = Mending.byteAt(work, offset, slip.line(), slip.column());
        int b = at - 1;
        while (b >= offset && (work[b] == ' ' || work[b] == '\t' || work[b] == '\r' || work[b] == '\n')) {
            b--;
        }
        if (b >= offset && (work[b] == ',' || work[b] == '[' || work[b] == '{')) {
            // a second comma (1，，, or one mended before it) or one before the first entry: not a comma to write
            return finding("json-syntax", "unexpected-char", slip.file(), slip.line(), slip.column(), List.of("，"));
        }
        int p = at + 3;
        while (p < work.length && (work[p] == ' ' || work[p] == '\t' || work[p] == '\r' || work[p] == '\n')) {
            p++;
        }
        return p < work.length && (work[p] == '}' || work[p] == ']')
                ? finding("json-syntax", "trailing-comma", slip.file(), slip.line(), slip.column(), List.of()) : slip;
    }

    /** At most this many syntax slips are said for one file (each a parse of the mended copy). */
    static final int MAX_SLIPS = 20;

    /**
     * Files above this size are said at their first slip only: a hand-typed file is a few kilobytes, and a large file
     * (written by a program, or by an attacker) is not parsed twenty times over.
     */
    static final int MEND_MAX_BYTES = 1024 * 1024;

    /**
     * {@code f}, found in the mended copy {@code work}, at its place in the file as written: the copy has the file's
     * bytes and lines, but a full-width character mended to ASCII and spaces counts more columns.
     */
    private static Finding placed(Finding f, byte[] work, byte[] bytes, int offset) {
        if (work == bytes || f.line() <= 0) {
            return f;
        }
        int[] lc = lineColumn(bytes, offset, Mending.byteAt(work, offset, f.line(), f.column()));
        return new Finding(f.ruleId(), f.severity(), f.key(), f.args(), f.file(), f.pointer(), lc[0], lc[1], null);
    }

    /** The parsed file, with the {@code $schema} it names (null when it names none). */
    private static JsonDocument document(String relative, JsonNode root, byte[] bytes, int offset, boolean plainNumbers,
                                         RuleNodes ruleNodes) {
        String schemaId = root.isObject() && root.path("$schema").isString() ? root.path("$schema").asString() : null;
        return new JsonDocument(relative, schemaId, root, bytes, offset, plainNumbers, ruleNodes);
    }

    private static Finding finding(String rule, String key, String file, int line, int col, List<String> args) {
        return new Finding(rule, Severity.ERROR, key, args, file, "", line, col, null);
    }

    /** Punctuation a Chinese input method types where JSON's belongs: each with the character to write instead. */
    private static final Map<String, String> FULL_WIDTH = Map.of("：", ":", "，", ",", "“", "\"", "”", "\"", "｛", "{", "｝", "}",
            "【", "[", "】", "]", "［", "[", "］", "]");

    private static final java.util.regex.Pattern QUOTED_TOKEN = java.util.regex.Pattern.compile("token '([^']{0,40})");
    private static final java.util.regex.Pattern UNEXPECTED_CHAR = java.util.regex.Pattern.compile("Unexpected character \\('(.{1,2})'");

    /**
     * The character whose UTF-8 lead byte is at {@code p} (found by {@link #leadByte}). Jackson names an unexpected
     * character by its first byte, so a full-width colon or comma (：，, three bytes from 0xEF) reads as 'ï' in its
     * message; the file's own bytes give the character.
     */
    static String characterFrom(byte[] bytes, int p) {
        return new String(bytes, p, charLength(bytes[p]), StandardCharsets.UTF_8);
    }

    /** How many bytes the UTF-8 character whose first byte is {@code lead} takes (1 for ASCII, 2 to 4 else). */
    private static int charLength(byte lead) {
        int b = lead & 0xFF;
        return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    }

    /** Where in {@code bytes} Jackson's error location {@code loc} is, or -1 where it gives none within the file. */
    private static int errorAt(byte[] bytes, int offset, TokenStreamLocation loc) {
        return loc == null || loc.getByteOffset() < 0 || offset + loc.getByteOffset() >= bytes.length ? -1
                : (int) (offset + loc.getByteOffset());
    }

    /**
     * Where the character at Jackson's error location begins: the location's byte itself when it is ASCII, else the
     * UTF-8 lead byte at it or up to three bytes before whose character reaches it (the location's byte offset is that
     * of the character or inside it); -1 where there is none.
     */
    static int leadByte(byte[] bytes, int offset, TokenStreamLocation loc) {
        int at = errorAt(bytes, offset, loc);
        for (int p = at; at >= 0 && p >= Math.max(offset, at - 3); p--) {
            int b = bytes[p] & 0xFF;
            if (b < 0x80) {
                return p == at ? p : -1;
            }
            if (b >= 0xC0) {
                int n = charLength(bytes[p]);
                return p + n > at && p + n <= bytes.length ? p : -1;
            }
        }
        return -1;
    }

    /**
     * The slips of a hand-edited file that Jackson reports as some other character: a comment, a comma after the last
     * entry (reported at the } or ] after it, often on the next line: the finding is put on the comma), a number
     * written with a thousands separator (1,200.50: reported at the digits after the comma); null for any other error.
     */
    static Finding slip(String msg, byte[] bytes, int offset, TokenStreamLocation loc, String relative, int[] lc) {
        int at = errorAt(bytes, offset, loc);
        if (msg.contains("maybe a (non-standard) comment")) {
            // a slash is a comment only where // or /* begins one; 3/4 or 1/2 typed as a value is a fraction
            int slash = at >= offset && bytes[at] == '/' ? at : at - 1 >= offset && bytes[at - 1] == '/' ? at - 1 : -1;
            boolean comment = slash < 0 || slash + 1 >= bytes.length || bytes[slash + 1] == '/' || bytes[slash + 1] == '*';
            return comment ? finding("json-syntax", "comment", relative, lc[0], lc[1], List.of()) : null;
        }
        if (at < 0 || !msg.startsWith("Unexpected character")) {
            return null;
        }
        if (msg.contains("was expecting comma to separate")
                && (bytes[at] == '"' || bytes[at] == '{' || bytes[at] == '[' || isQuoteStart(bytes, at))) {
            // a comma left out between two entries (the next one begins where a comma or the end belongs): said at the
            // end of the entry before, where it is to be written
            int q = at - 1;
            while (q >= offset && (bytes[q] == ' ' || bytes[q] == '\t' || bytes[q] == '\r' || bytes[q] == '\n')) {
                q--;
            }
            if (q >= offset) {
                int[] after = lineColumn(bytes, offset, q + 1);
                return finding("json-syntax", "missing-comma", relative, after[0], after[1], List.of());
            }
        }
        int p = at - 1;
        while (p >= offset && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r' || bytes[p] == '\n')) {
            p--;
        }
        if (p < offset || bytes[p] != ',') {
            return null;
        }
        byte ch = bytes[at];
        if (ch == '}' || ch == ']') {
            int[] comma = lineColumn(bytes, offset, p);
            return finding("json-syntax", "trailing-comma", relative, comma[0], comma[1], List.of());
        }
        if (ch >= '0' && ch <= '9' && p == at - 1 && p - 1 >= offset && bytes[p - 1] >= '0' && bytes[p - 1] <= '9') {
            int from = p - 1;
            while (from - 1 >= offset && (bytes[from - 1] >= '0' && bytes[from - 1] <= '9' || bytes[from - 1] == '-')) {
                from--;
            }
            int to = at;
            // the number as written: digits and a point, and each comma with a digit after it (not the comma after it)
            while (to < bytes.length && to - from < 40 && (bytes[to] >= '0' && bytes[to] <= '9' || bytes[to] == '.'
                    || bytes[to] == ',' && to + 1 < bytes.length && bytes[to + 1] >= '0' && bytes[to + 1] <= '9')) {
                to++;
            }
            String written = new String(bytes, from, to - from, StandardCharsets.US_ASCII);
            int[] start = lineColumn(bytes, offset, from);
            return finding("json-syntax", "thousands", relative, start[0], start[1], List.of(written, written.replace(",", "")));
        }
        return null;
    }

    /**
     * A name or text closed with a Chinese quote (session 44, V1): {@code "name“: "x"} or {@code "x”, "b": 1} (Jackson
     * reads on to the next ASCII quote and stops at what follows it) and {@code "x”,} at a line's end (Jackson: a
     * control character in a string, in its English). Said as {@code full-width} at the Chinese quote that is followed
     * by the colon, comma or bracket that ends the entry; null where there is none.
     */
    static Finding quoteSlip(String msg, byte[] bytes, int offset, TokenStreamLocation loc, String relative) {
        int at = errorAt(bytes, offset, loc);
        if (at < offset) {
            return null;
        }
        int close;
        if (msg.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))") || msg.startsWith("Illegal unquoted character ((CTRL-CHAR, code 13))")) {
            close = at; // the line's end, inside the string
        } else if (msg.startsWith("Unexpected character") && (msg.contains("expecting a colon") || msg.contains("expecting comma"))) {
            close = at - 1;
            while (close >= offset && (bytes[close] == ' ' || bytes[close] == '\t')) {
                close--;
            }
            if (close < offset || bytes[close] != '"') {
                return null;
            }
        } else {
            return null;
        }
        int open = close - 1;
        while (open >= offset && bytes[open] != '"' && bytes[open] != '\n' && bytes[open] != '\r') {
            open--;
        }
        if (open < offset || bytes[open] != '"') {
            return null;
        }
        for (int p = open + 1; p + 2 < close; p++) {
            if ((bytes[p] & 0xFF) == 0xE2 && (bytes[p + 1] & 0xFF) == 0x80 && ((bytes[p + 2] & 0xFF) == 0x9C || (bytes[p + 2] & 0xFF) == 0x9D)) {
                int q = p + 3;
                while (q < close && (bytes[q] == ' ' || bytes[q] == '\t')) {
                    q++;
                }
                boolean ends = q >= close ? close == at : ":,}]".indexOf(bytes[q]) >= 0
                        || fullWidthColon(bytes, q) || fullWidthComma(bytes, q);
                if (ends) {
                    String ch = characterFrom(bytes, p);
                    int[] lc = lineColumn(bytes, offset, p);
                    return finding("json-syntax", "full-width", relative, lc[0], lc[1], List.of(ch, "\""));
                }
            }
        }
        return null;
    }

    /** True where the character at {@code p} is a full-width comma ， (EF BC 8C in UTF-8). */
    private static boolean fullWidthComma(byte[] bytes, int p) {
        return p + 2 < bytes.length && (bytes[p] & 0xFF) == 0xEF && (bytes[p + 1] & 0xFF) == 0xBC && (bytes[p + 2] & 0xFF) == 0x8C;
    }

    /** True where the character at {@code p} is a full-width colon ： (EF BC 9A in UTF-8). */
    private static boolean fullWidthColon(byte[] bytes, int p) {
        return p + 2 < bytes.length && (bytes[p] & 0xFF) == 0xEF && (bytes[p + 1] & 0xFF) == 0xBC && (bytes[p + 2] & 0xFF) == 0x9A;
    }

    /** True where the character at {@code p} is a Chinese opening quote “ (a key typed with the input method in Chinese mode). */
    private static boolean isQuoteStart(byte[] bytes, int p) {
        return p + 2 < bytes.length && (bytes[p] & 0xFF) == 0xE2 && (bytes[p + 1] & 0xFF) == 0x80 && (bytes[p + 2] & 0xFF) == 0x9C;
    }

    /** A unit or count word typed after a number (120万元, 85%, 12人): at most this many characters. */
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("[%\\p{IsHan}]{1,4}");
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** A JSON number with an exponent (1e5, 2.5E+3): the number to write where a word follows it is the one written. */
    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?[eE][+-]?[0-9]+");

    /**
     * A number typed as a Chinese input method or a printed table has it, which Jackson reports at the character that
     * is not JSON's (session 43, a 教育局's first filing by hand): a full-width comma as a thousands separator
     * ({@code "value": 1，200}: "write , instead" would give 1,200, no number either), the full stop 。 (or ．) as the
     * decimal point ({@code 1200。5}), full-width digits ({@code １２００}) and a unit or count word after the digits
     * ({@code 120万元}, {@code 85%}). The finding is put at the number's first character and gives the number to write;
     * null for anything else (a full-width comma between list entries or object members stays {@code full-width}).
     * {@code p} is where the character Jackson stopped at begins.
     */
    static Finding numberSlip(byte[] bytes, int offset, int p, String relative) {
        if (p < offset || p >= bytes.length) {
            return null;
        }
        int from = p;
        while (from - 1 >= offset && (bytes[from - 1] >= '0' && bytes[from - 1] <= '9' || bytes[from - 1] == '.' || bytes[from - 1] == '-'
                || (bytes[from - 1] == 'e' || bytes[from - 1] == 'E' || bytes[from - 1] == '+') && from - 2 >= offset
                && (bytes[from - 2] >= '0' && bytes[from - 2] <= '9' || bytes[from - 2] == 'e' || bytes[from - 2] == 'E'))) {
            from--; // a number with an exponent (1e5万元) is a number too
        }
        int before = from - 1;
        while (before >= offset && (bytes[before] == ' ' || bytes[before] == '\t' || bytes[before] == '\r' || bytes[before] == '\n')) {
            before--;
        }
        // a value: after a member's colon, or an entry of a list
        if (before < offset || bytes[before] != ':' && bytes[before] != '[' && bytes[before] != ',') {
            return null;
        }
        int to = p;
        while (to < bytes.length && to - from < 60 && ",}]\"\t\r\n :".indexOf(bytes[to]) < 0 && !partsEntries(bytes, to)) {
            to++;
        }
        if (to - from >= 60 || to == p) {
            return null;
        }
        String token = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        String digits = new String(bytes, from, p - from, StandardCharsets.US_ASCII);
        String n = java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFKC).replace('。', '.');
        int[] at = lineColumn(bytes, offset, from);
        String key = null;
        List<String> args = null;
        if (digits.isEmpty() || digits.equals("-")) {
            if (!n.equals(token) && (DECIMAL.matcher(n).matches() || GROUPED.matcher(n).matches())) {
                key = "full-width-digits";
                args = List.of(token, n.replace(",", ""));
            }
        } else if (GROUPED.matcher(n).matches()) {
            // a comma between digits in threes is a thousands separator only where a member's value is; in a list it
            // parts the entries ([25，50，75，100]), and the full-width message says so
            if (bytes[before] == ':') {
                key = "thousands";
                args = List.of(token, n.replace(",", ""));
            }
        } else if (!digits.contains(".") && (token.charAt(digits.length()) == '。' || token.charAt(digits.length()) == '．')
                && n.contains(".") && DECIMAL.matcher(n).matches()) {
            key = "decimal-point";
            args = List.of(token, n);
        } else if (!digits.contains(",") && (DECIMAL.matcher(digits).matches() || EXPONENT.matcher(digits).matches())
                && NUMBER_WORD.matcher(java.text.Normalizer.normalize(token.substring(digits.length()), java.text.Normalizer.Form.NFKC)).matches()) {
            key = "number-word";
            args = List.of(token, java.text.Normalizer.normalize(token.substring(digits.length()), java.text.Normalizer.Form.NFKC),
                    writtenOut(digits));
        }
        return key == null ? null : finding("json-syntax", key, relative, at[0], at[1], args);
    }

    /**
     * The number {@code digits} as a finance officer writes it: an exponent written out (1e5 is 100000, 1.5E+3 is 1500),
     * as the form prints it; the number as written where written out it would take more than 20 digits either side of
     * the point (1e99: no figure of a form, and the text is not made longer than the file's).
     */
    static String writtenOut(String digits) {
        if (!EXPONENT.matcher(digits).matches()) {
            return digits;
        }
        int e = Math.max(digits.indexOf('e'), digits.indexOf('E'));
        String exp = digits.substring(e + 1);
        if (exp.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length() > 2) {
            return digits; // |exponent| of 100 or more: not written out (and not parsed into a huge scale)
        }
        java.math.BigDecimal n = new java.math.BigDecimal(digits);
        int whole = n.precision() - n.scale();
        return whole > 20 || n.scale() > 20 ? digits : n.stripTrailingZeros().toPlainString();
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final java.util.regex.Pattern LEADING_ZERO = java.util.regex.Pattern.compile("-?0[0-9]+(\\.[0-9]+)?");
    private static final java.util.regex.Pattern NUMBER_FORM = java.util.regex.Pattern.compile("[+]?[0-9]*\\.?[0-9]+");

    /**
     * Text typed where JSON wants it quoted, the slips of a first filing by hand that Jackson reports as some other
     * character (session 44): a value without its quotes that starts as a number ({@code 2025-07-15}, a phone number
     * {@code 0755-83675188}, {@code 1-6月}, {@code 3/4}) or with a sign ({@code ≥95%}); a number with a plus sign or a
     * leading point or zero ({@code +1200.5}, {@code .5}, {@code 007}); text in single quotes; a name without quotes
     * ({@code fullYearBudget : {}). The finding is put at the value's (or the name's) first character and gives what to
     * write; null for anything else. {@code p} is where the character Jackson stopped at begins.
     */
    static Finding textSlip(String msg, byte[] bytes, int offset, int p, String relative) {
        if (p < offset || p >= bytes.length) {
            return null;
        }
        if (p + charLength(bytes[p]) > bytes.length) {
            return null; // a character cut by the end of the file: truncated, said as such
        }
        String ch = characterFrom(bytes, p);
        boolean keyExpected = msg.contains("double-quote to start property name");
        if (FULL_WIDTH.containsKey(ch) && (keyExpected || !opensText(bytes, p, ch))) {
            return null;
        }
        if (keyExpected) {
            if (bytes[p] == '\'') {
                String inner = quotedBySingle(bytes, p);
                int[] at = lineColumn(bytes, offset, p);
                return inner == null ? null : finding("json-syntax", "single-quote", relative, at[0], at[1], List.of(inner));
            }
            int to = p;
            // to the name's end: a colon, ASCII or full-width (b：2, said next as full-width), or a bracket, quote or blank
            while (to < bytes.length && to - p <= 120 && ":\"'{}[],\t\r\n ".indexOf(bytes[to]) < 0
                    && !fullWidthColon(bytes, to)) {
                to++;
            }
            if (to == p || to - p > 120) {
                return null;
            }
            String name = new String(bytes, p, to - p, StandardCharsets.UTF_8);
            if (!name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                return null;
            }
            int[] at = lineColumn(bytes, offset, p);
            return finding("json-syntax", "unquoted-key", relative, at[0], at[1], List.of(name));
        }
        // the value's first character: back over the token to the colon, bracket or comma before it
        int from = p;
        while (from - 1 >= offset && p - from < 120 && ":[,{\"\r\n \t".indexOf(bytes[from - 1]) < 0) {
            from--;
        }
        int before = from - 1;
        // blanks, and line ends: an entry of a list on a line of its own ([\n  完成"三个"一批,)
        while (before >= offset && (bytes[before] == ' ' || bytes[before] == '\t' || bytes[before] == '\r' || bytes[before] == '\n')) {
            before--;
        }
        if (before < offset || bytes[before] != ':' && bytes[before] != '[' && bytes[before] != ',') {
            return null;
        }
        if (bytes[from] == '\'') {
            String inner = quotedBySingle(bytes, from);
            int[] at = lineColumn(bytes, offset, from);
            return inner == null ? null : finding("json-syntax", "single-quote", relative, at[0], at[1], List.of(inner));
        }
        int to = p;
        int depth = 0;
        // an entry of a list (after its [ or a comma: where a name is expected Jackson says so, above)
        boolean entry = bytes[before] != ':';
        // to the end of the value: a bracket opened in the text ([暂定]) closes in it, and a full-width comma before the
        // next name or the line's end parts the entries (said next, as full-width), as one between names in a list does
        // ([王芳，李四]: two names, then the comma said)
        while (to < bytes.length && to - from <= 120 && (",}]\"\r\n".indexOf(bytes[to]) < 0 || depth > 0 && bytes[to] != '"'
                && bytes[to] != '\r' && bytes[to] != '\n') && !partsEntries(bytes, to)
                && !(entry && depth == 0 && namesParted(bytes, from, to))) {
            depth += bytes[to] == '[' || bytes[to] == '{' ? 1 : bytes[to] == ']' || bytes[to] == '}' ? -1 : 0;
            to++;
        }
        if (to < bytes.length && bytes[to] == ',' && bytes[before] == ':') {
            // text with a comma in it (≥95%, 满意度≥90%): what follows the comma on the line is no next name, so the
            // comma is the text's own; the value runs to the line's end, less a comma there
            int end = to + 1;
            while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n' && end - from <= 120) {
                end++;
            }
            String rest = new String(bytes, to + 1, end - to - 1, StandardCharsets.UTF_8).strip();
            if (!rest.isEmpty() && rest.indexOf(':') < 0 && rest.indexOf('：') < 0 && "\"“'/{[}]".indexOf(rest.charAt(0)) < 0) {
                to = end;
                while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
                    to--;
                }
                if (bytes[to - 1] == ',') {
                    to--;
                } else if (to - 3 > from && partsEntries(bytes, to - 3)) {
                    to -= 3;
                }
            }
        }
        int quoted = to >= bytes.length || bytes[to] != '"' ? -1 : entry ? quotedToEntryEnd(bytes, from, to) : quotedToLineEnd(bytes, from, to);
        if (quoted > to) {
            // words with an ASCII quote inside (完成"三个"一): the member's value runs to its line's end, less a comma
            // there; said whole, with the quotes in it escaped (before: the words up to the quote, and the search stopped)
            String token = new String(bytes, from, quoted - from, StandardCharsets.UTF_8);
            int[] at = lineColumn(bytes, offset, from);
            return token.indexOf('\\') >= 0 || token.indexOf('\'') >= 0 ? null : finding("json-syntax", "unquoted-quotes", relative,
                    at[0], at[1], List.of(token, token.replace("\"", "\\\"")));
        }
        if (to - from > 120) {
            return null;
        }
        if (to < bytes.length && bytes[to] == '"' && openingLeftOut(bytes, from, to)) {
            // words then one quote and the entry's end (某县教育局",): the opening quote left out; said as the words without
            // quotes (before: so said, and the search stopped), the mending taking the quote with them
            String words = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            int[] at = lineColumn(bytes, offset, from);
            return words.isBlank() || words.indexOf('\'') >= 0 || words.indexOf('\\') >= 0 ? null
                    : finding("json-syntax", "unquoted", relative, at[0], at[1], List.of(words));
        }
        String token = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
        if (token.isEmpty() || token.contains("'")) {
            return null;
        }
        int[] at = lineColumn(bytes, offset, from);
        if (LEADING_ZERO.matcher(token).matches()) {
            return finding("json-syntax", "leading-zero", relative, at[0], at[1], List.of(token, new java.math.BigDecimal(token).toPlainString()));
        }
        if (NUMBER_FORM.matcher(token).matches() && !PLAIN_NUMBER.matcher(token).matches()) {
            String n = token.startsWith("+") ? token.substring(1) : token;
            return finding("json-syntax", "number-form", relative, at[0], at[1], List.of(token, n.startsWith(".") ? "0" + n : n));
        }
        boolean startsHere = from == p;
        boolean joined = !token.substring(0, Math.min(token.length(), p - from)).contains(" ")
                && (bytes[p] == '-' || bytes[p] == '/' || bytes[p] == '.' || bytes[p] == ':' || msg.startsWith("Invalid numeric value"));
        // a sign or word that begins the value (≥95%, ＞60), or a date, phone number, range or fraction typed as one
        // number (2025-07-15, 0755-83675188, 1-6月, 3/4); several numbers parted by spaces are left to the general advice
        if (startsHere && !Character.isLetterOrDigit(token.codePointAt(0)) || joined) {
            return finding("json-syntax", "unquoted-text", relative, at[0], at[1], List.of(token));
        }
        if (msg.startsWith("Unrecognized token") && token.indexOf('“') < 0 && token.indexOf('”') < 0) {
            // words without quotes (王芳, True, 第四季度…日子，机动经费未使用): named whole, not as far as Jackson's token
            // runs (it stops at the first full-width comma or colon)
            return finding("json-syntax", "unquoted", relative, at[0], at[1], List.of(token));
        }
        return null;
    }

    /**
     * Where words without quotes that have an ASCII quote in them at {@code quote} (完成"三个"一) surely end: the line's
     * end, less blanks and one comma (ASCII or full-width) there, where the rest of the line is text of the value's
     * own (no colon, bracket or comma, the quotes in pairs: {@code 完成", "b": 1} and {@code 某县教育局",} are no such
     * text); -1 where not sure.
     */
    private static int quotedToLineEnd(byte[] bytes, int from, int quote) {
        int end = quote;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            if (end - from > 120 || ":{}[]".indexOf(bytes[end]) >= 0 || fullWidthColon(bytes, end)) {
                return -1;
            }
            end++;
        }
        while (end > quote && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        if (bytes[end - 1] == ',') {
            end--;
        } else if (end - 3 > quote && partsEntries(bytes, end - 3)) {
            end -= 3;
        }
        while (end > quote && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        String rest = new String(bytes, quote, end - quote, StandardCharsets.UTF_8);
        // quotes in pairs: one quote alone (某县教育局",) is an opening quote left out, not text's own
        return rest.chars().filter(c -> c == '"').count() % 2 != 0 || rest.contains(",") || rest.contains("“")
                || rest.contains("”") ? -1 : end;
    }

    /**
     * Where words without quotes in a list that have an ASCII quote in them at {@code quote} ({@code [完成"三个"一批]})
     * surely end: at the first comma or ] after the quote on its line, or the line's end, less blanks, where the quotes between are in
     * pairs and no colon, brace, [ or Chinese quote comes before it; -1 where not sure.
     */
    private static int quotedToEntryEnd(byte[] bytes, int from, int quote) {
        int end = quote;
        int quotes = 0;
        while (end < bytes.length && bytes[end] != ',' && bytes[end] != ']' && bytes[end] != '\r' && bytes[end] != '\n'
                && !partsEntries(bytes, end)) {
            if (end - from > 120 || ":{}[\\'".indexOf(bytes[end]) >= 0
                    || fullWidthColon(bytes, end) || fullWidthComma(bytes, end) || isQuoteStart(bytes, end)
                    || end + 2 < bytes.length && (bytes[end] & 0xFF) == 0xE2 && (bytes[end + 1] & 0xFF) == 0x80 && (bytes[end + 2] & 0xFF) == 0x9D) {
                return -1;
            }
            quotes += bytes[end] == '"' ? 1 : 0;
            end++;
        }
        if (end >= bytes.length || quotes % 2 != 0) {
            return -1;
        }
        while (end > quote && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /**
     * True where the words from {@code from} to the quote at {@code quote} are followed by that one quote, blanks and the
     * entry's end (a comma, a closing bracket, a full-width comma, or the line's end): an opening quote left out
     * ({@code "name": 某县教育局",}), the words holding no quote or bracket.
     */
    private static boolean openingLeftOut(byte[] bytes, int from, int quote) {
        for (int p = from; p < quote; p++) {
            if ("\"{}[]:".indexOf(bytes[p]) >= 0) {
                return false;
            }
        }
        int q = quote + 1;
        while (q < bytes.length && (bytes[q] == ' ' || bytes[q] == '\t')) {
            q++;
        }
        return q >= bytes.length || ",}]\r\n".indexOf(bytes[q]) >= 0
                || fullWidthComma(bytes, q);
    }

    /** Characters a name in a list may have for a full-width comma after it to part the names ({@code [王芳，李四]}). */
    private static final int NAME_MAX = 8;

    /**
     * True where a full-width comma at {@code p} parts two names in a list ({@code [王芳，李四]}): the words from
     * {@code from} to it and those after it up to the next comma or ] on the line are each 1 to {@link #NAME_MAX}
     * letters (a sentence with a comma of its own, 保障学校正常运转，提高教学质量, is longer and stays one text).
     */
    private static boolean namesParted(byte[] bytes, int from, int p) {
        if (!fullWidthComma(bytes, p)) {
            return false;
        }
        if (!isName(new String(bytes, from, p - from, StandardCharsets.UTF_8).strip())) {
            return false;
        }
        int q = p + 3;
        int to = q;
        while (to < bytes.length && to - q <= 4 * NAME_MAX && ",]\r\n".indexOf(bytes[to]) < 0
                && !fullWidthComma(bytes, to)) {
            to++;
        }
        return to - q <= 4 * NAME_MAX && isName(new String(bytes, q, to - q, StandardCharsets.UTF_8).strip());
    }

    private static boolean isName(String s) {
        int n = s.codePointCount(0, s.length());
        return n >= 1 && n <= NAME_MAX && s.codePoints().allMatch(Character::isLetter);
    }

    /** True where a full-width comma at {@code p} is followed by blanks and the next name, a bracket or the line's end. */
    private static boolean partsEntries(byte[] bytes, int p) {
        if (!fullWidthComma(bytes, p)) {
            return false;
        }
        int q = p + 3;
        while (q < bytes.length && (bytes[q] == ' ' || bytes[q] == '\t')) {
            q++;
        }
        return q >= bytes.length || "\"\r\n}]".indexOf(bytes[q]) >= 0 || isQuoteStart(bytes, q);
    }

    /** True where a full-width bracket {@code ch} at {@code p} begins text ([重点]项目), a letter after it, not a list. */
    private static boolean opensText(byte[] bytes, int p, String ch) {
        if (!ch.equals("【") && !ch.equals("［") || p + 3 >= bytes.length || (bytes[p + 3] & 0xFF) < 0x80) {
            return false;
        }
        int q = p + 3;
        int n = charLength(bytes[q]);
        return q + n <= bytes.length && Character.isLetter(new String(bytes, q, n, StandardCharsets.UTF_8).codePointAt(0));
    }

    /** The text between the single quote at {@code p} and the one that closes it ({@link #closingSingle}), or null where none does. */
    private static String quotedBySingle(byte[] bytes, int p) {
        int q = closingSingle(bytes, p, bytes.length);
        if (q < 0) {
            return null;
        }
        // what to write: a double quote or backslash in the text is escaped (福田区\"硅楼\"方案)
        return new String(bytes, p + 1, q - p - 1, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * The single quote that closes the one at {@code p}: the first after it on its line that the entry's end follows
     * (after blanks, a comma, colon or closing bracket, ASCII or full-width, or the line's end); an apostrophe in the
     * text ('Children's Day') is passed over, as in English it is one. -1 where none closes it.
     */
    static int closingSingle(byte[] bytes, int p, int length) {
        for (int q = p + 1; q < length && q - p <= 120 && bytes[q] != '\n' && bytes[q] != '\r'; q++) {
            if (bytes[q] != '\'') {
                continue;
            }
            int after = q + 1;
            while (after < length && (bytes[after] == ' ' || bytes[after] == '\t')) {
                after++;
            }
            if (after >= length || ",:}]\r\n".indexOf(bytes[after]) >= 0 || partsEntries(bytes, after)
                    || after + 2 < length && fullWidthColon(bytes, after)) {
                return q;
            }
        }
        return -1;
    }

    /** Jackson's parse errors, said in words a finance officer can act on (Jackson's own text only as a last resort). */
    static Finding syntax(String msg, String relative, int[] lc) {
        return syntax(msg, relative, lc, null);
    }

    /**
     * As {@link #syntax(String, String, int[])}, {@code actual} being the file's character at the error (null where it
     * is not known): an unexpected character that is not ASCII is named by it, not by the first byte Jackson names.
     */
    static Finding syntax(String msg, String relative, int[] lc, String actual) {
        java.util.regex.Matcher q = QUOTED_TOKEN.matcher(msg);
        if (msg.startsWith("Illegal unquoted character ((CTRL-CHAR, code 9))") && msg.contains("string value")) {
            return finding("json-syntax", "tab-in-text", relative, lc[0], lc[1], List.of());
        }
        if ((msg.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))") || msg.startsWith("Illegal unquoted character ((CTRL-CHAR, code 13))"))
                && msg.contains("string value")) {
            return finding("json-syntax", "unclosed-quote", relative, lc[0], lc[1], List.of());
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return finding("json-syntax", "truncated", relative, lc[0], lc[1], List.of());
        }
        if (msg.startsWith("Non-standard token") && q.find()) {
            return finding("json-syntax", "nan", relative, lc[0], lc[1], List.of(q.group(1)));
        }
        if (msg.startsWith("Unrecognized token") && q.find()) {
            return finding("json-syntax", "unquoted", relative, lc[0], lc[1], List.of(q.group(1)));
        }
        java.util.regex.Matcher c = UNEXPECTED_CHAR.matcher(msg);
        if (c.find()) {
            String shown = c.group(1);
            if (actual != null && shown.length() == 1 && shown.charAt(0) >= 0x80 && !actual.equals(shown)) {
                shown = actual;
            }
            return finding("json-syntax", FULL_WIDTH.containsKey(shown) ? "full-width" : "unexpected-char", relative, lc[0], lc[1],
                    FULL_WIDTH.containsKey(shown) ? List.of(shown, FULL_WIDTH.get(shown)) : List.of(shown));
        }
        if (msg.startsWith("Trailing token") || msg.contains("Trailing token")) {
            return finding("json-syntax", "trailing", relative, lc[0], lc[1], List.of());
        }
        return finding("json-syntax", "", relative, lc[0], lc[1], List.of(excerpt(firstLine(msg), 160)));
    }

    private static String constraintKey(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "depth";
        }
        if (m.contains("string value length")) {
            return "string";
        }
        if (m.contains("number value length")) {
            return "number";
        }
        if (m.contains("name length")) {
            return "name";
        }
        if (m.contains("token count")) {
            return "tokens";
        }
        return "";
    }

    private static String limitArg(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return Integer.toString(MAX_NESTING_DEPTH);
        }
        if (m.contains("string value length")) {
            return Integer.toString(MAX_STRING_LENGTH);
        }
        if (m.contains("number value length")) {
            return Integer.toString(MAX_NUMBER_LENGTH);
        }
        if (m.contains("name length")) {
            return Integer.toString(MAX_NAME_LENGTH);
        }
        if (m.contains("token count")) {
            return Long.toString(MAX_TOKENS);
        }
        // a limit this version does not name: Jackson's own words, which say which limit it is
        return excerpt(firstLine(String.valueOf(e.getMessage())), 160);
    }

    private static int[] location(TokenStreamLocation loc, byte[] bytes, int offset) {
        if (loc == null) {
            return new int[] {0, 0};
        }
        return new int[] {Math.max(0, loc.getLineNr()), Columns.charColumn(bytes, offset, loc)};
    }

    /** First line of a Jackson message, without the source excerpt Jackson appends. */
    private static String firstLine(String msg) {
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }

    private static String quoted(String msg) {
        int a = msg.indexOf('"');
        int b = a < 0 ? -1 : msg.indexOf('"', a + 1);
        return a >= 0 && b > a ? msg.substring(a + 1, b) : msg;
    }

    /** At most {@code max} characters of {@code s}, with an ellipsis when cut. */
    public static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max)) + "…";
    }

    private static String safeMessage(Throwable e) {
        String m = e.getMessage();
        return excerpt(m == null ? e.getClass().getSimpleName() : m, 160);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, byte v) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** Byte offset of the first byte that is not valid UTF-8, or -1. */
    public static int firstMalformedUtf8(byte[] b, int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            r = dec.flush(out);
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }

    /** True when the bytes from {@code at} to the end are the start of one multi-byte UTF-8 sequence. */
    static boolean isIncompleteTail(byte[] b, int at) {
        int lead = b[at] & 0xFF;
        int need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        int tail = b.length - at;
        if (need == 0 || tail >= need) {
            return false;
        }
        for (int i = at + 1; i < b.length; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodesAs(byte[] b, int from, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * 1-based line and column (in characters, counting a multi-byte sequence once) of a byte offset. Lines end as
     * Jackson ends them (so as its error locations and the tree's count them): at \n, at \r\n, and at a \r alone (an
     * old Mac file's line end).
     */
    static int[] lineColumn(byte[] b, int from, int offset) {
        int line = 1;
        int col = 1;
        for (int i = from; i < offset && i < b.length; i++) {
            if (lineEnd(b, i)) {
                line++;
                col = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Whether a line ends at {@code b[i]}: a \n, or a \r not followed by \n (the \r of \r\n ends none: its \n does). */
    static boolean lineEnd(byte[] b, int i) {
        return b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n');
    }
}
