package io.github.jixiao.workbook;

import io.github.jixiao.load.Confinement;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * jixiao:import: reads the 项目支出绩效自评表, 项目支出绩效目标表 or 部门整体 self-evaluation table a unit fills in
 * Excel and writes the submission's JSON files, each with its {@code $schema}, ready for check. One project per
 * sheet; several give one folder each (named after the sheet). A sidecar ({@value #CELLS}) records the cell each
 * value came from, so findings can name it. An Excel 97-2003 workbook (.xls) is read as an .xlsx is, and a Word
 * document (.docx) by its tables ({@link Grid#document}). Bad input (not a workbook or document, an Excel 5.0/95 one, a
 * .doc, a password-protected, corrupt, huge or zip-bomb file) is an {@link ImportException} naming the file; nothing
 * is written then.
 */
public final class WorkbookImport {
    private WorkbookImport() {
    }

    /** The sidecar: {@code file#pointer} → {@code sheet!A1}. A dot file, so check neither reads nor flags it. */
    public static final String CELLS = io.github.jixiao.report.Cells.SIDECAR;
    /** Larger workbooks are refused before they are opened. */
    public static final long MAX_FILE = 50L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLS = 200;

    /**
     * A workbook jixiao cannot read: a message key ({@code import.*} in the report messages) and its arguments, printed
     * in the build's language (no stack trace). {@link #getMessage()} is the Chinese text.
     */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;
        /** A finding that says why (the framework named for the import could not be loaded), or null. */
        private final transient io.github.jixiao.finding.Finding why;

        public ImportException(String key, Object... args) {
            this(null, key, args);
        }

        /** With {@code why}, a finding told after the message in the build's language. */
        ImportException(io.github.jixiao.finding.Finding why, String key, Object... args) {
            super(text(new Messages(Messages.ZH), why, key, args));
            this.key = key;
            this.args = args.clone();
            this.why = why;
        }

        private static String text(Messages m, io.github.jixiao.finding.Finding why, String key, Object[] args) {
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof WordCell w) { // a Word document's cells named in the message's language
                    shown[i] = m.english() ? io.github.jixiao.report.Cells.english(w.cell()) : w.cell();
                }
            }
            return m.label(key, shown) + (why == null ? "" : m.message(why));
        }

        /** The message in {@code messages}' language. */
        public String message(Messages messages) {
            return text(messages, why, key, args);
        }
    }

    /** A Word document's cell (表1!B10) as an argument of an {@link ImportException}: Table 1!B10 in English. */
    record WordCell(String cell) {
        @Override
        public String toString() {
            return cell;
        }
    }

    /**
     * What could not be read. {@code key} {@code not-a-number}: the cell {@code cell} holds {@code text} (or is part of a
     * merged block, {@code merged}) where a number belongs, so the value at {@code ref} ({@code role#/pointer}) is
     * missing from the JSON; {@code no-department}: the sheet's header rows ({@code cell}, e.g. 自评表!A1:J11) name no
     * 主管部门 / 部门名称, so department.json has no {@code name} ({@code ref} department#/name). Each is in the sidecar's
     * {@code unreadable} list (a no-department entry with its {@code key}), which check reports.
     */
    public record Problem(String key, String ref, String cell, String text, boolean merged, boolean word) {
        /** A workbook's problem ({@code word}: false; a Word document's cells are named by table, 表2!C3). */
        public Problem(String key, String ref, String cell, String text, boolean merged) {
            this(key, ref, cell, text, merged, false);
        }

        /** What parts a {@link #text} of several arguments ({@link #args}) apart. */
        private static final char ARG = '\u001F';

        /**
         * Several arguments of a line as one {@link #text}: the message's {2}, {3} … (a note that says a cell's heading and
         * the figures it was held to).
         */
        static String args(String... parts) {
            String[] clean = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                // a cell's own text holding the separator (any cell may, the workbook is the pull request's) would shift
                // the arguments after it: it is shown as a space
                clean[i] = parts[i] == null ? "" : parts[i].replace(ARG, ' ');
            }
            return String.join(String.valueOf(ARG), clean);
        }

        /** The line the import's log prints, in {@code messages}' language (a Word document's cell in it too: Table 2!C3). */
        public String message(Messages messages, String workbook) {
            String shown = word && messages.english() && cell != null ? io.github.jixiao.report.Cells.english(cell) : cell;
            if (!"not-a-number".equals(key)) {
                if (text != null && text.indexOf(ARG) >= 0) {
                    List<Object> all = new ArrayList<>(List.of(workbook, shown == null ? "" : shown));
                    for (String arg : text.split(String.valueOf(ARG), -1)) {
                        // a Word table's cell among the arguments (framework-written's two cells) named in English too
                        // (several blocks' cells listed: 表1!A10, 表1!A15)
                        all.add(word && messages.english() && arg.matches("表\\d+![A-Z]+\\d+(, 表\\d+![A-Z]+\\d+)*")
                                ? String.join(", ", java.util.Arrays.stream(arg.split(", ")).map(io.github.jixiao.report.Cells::english).toList())
                                : arg);
                    }
                    return messages.label("import.problem." + key, all.toArray());
                }
                return messages.label("import.problem." + key, workbook, shown, text == null ? "" : text);
            }
            return messages.label(merged ? "import.problem.merged" : "import.problem.text", workbook, shown, text == null ? "" : text);
        }
    }

    /**
     * @param written  the files written (project-relative)
     * @param problems cells that could not be read (a text where a number belongs …), each naming its cell; each is
     *                 also in the sidecar, and check reports it as {@code workbook-cell-unreadable}
     * @param kept     the JSON files already in a folder written to that this import did not write (the table has no
     *                 such part): left as they were, and checked with the rest, so the user is told (init's tasks.json,
     *                 the self-assessment.json of another table imported before)
     * @param notes    what the import chose that the user may want to change, said at the info level (no value is
     *                 missing): the framework department.json names when none was given ({@code framework-chosen})
     * @param carried  with {@code -Djixiao.overwrite=true}: each field typed into a file replaced that the table has no
     *                 cell or column for, carried into the file written (or lost: its row is gone), {@link Reimport}
     */
    /** The keys of a form's problems that are notes: a reading the user may want to change, no value missing ({@link Result#notes}). */
    static final java.util.Set<String> NOTES = java.util.Set.of(FormReader.EFFECT_NOTE, FormReader.TYPE_UNPLACED_NOTE,
            FormReader.OUTPUT_NOTE, FormReader.BENEFIT_NOTE, FormReader.COMPLETION_NOTE, FormReader.VALUE_NOTE, FormReader.POINTS_NOTE, FormReader.RATIO_NOTE,
            FormReader.BASIC_INFO_NOTE, FormReader.SUBTITLE_NOTE, FormReader.POINTS_OVER_TEXT_NOTE, FormReader.MERGED_APART_NOTE,
            FormReader.EXECUTION_ROW_NOTE, FormReader.SUBTOTAL_NOTE, FormReader.DIGITS_NOTE, WorkbookImport.SHEET_COPY,
            WorkbookImport.FRAMEWORK_WRITTEN, WorkbookImport.FRAMEWORK_WRITTEN_BLOCKS, WorkbookImport.FRAMEWORK_EXTENDED,
            WorkbookImport.FRAMEWORK_EXTENDED_BLOCKS, WorkbookImport.FRAMEWORK_SHORTENED, FormReader.PROGRESS_READ_NOTE, WorkbookImport.PROGRESS_WRITTEN);

    public record Result(List<String> written, List<Problem> problems, List<String> kept, List<Problem> notes,
                         List<Reimport.Carried> carried) {
        public Result(List<String> written, List<Problem> problems, List<String> kept) {
            this(written, problems, kept, List.of(), List.of());
        }

        public Result(List<String> written, List<Problem> problems, List<String> kept, List<Problem> notes) {
            this(written, problems, kept, notes, List.of());
        }
    }

    /**
     * The warning for a file the import left as it was ({@link Result#kept()}), in {@code messages}' language: an
     * adjustments.json is where adjustment-missing-reason asks a mid-year adjustment's reason to go (or budget.json's
     * funds.adjustmentReason), not a file to delete as not belonging; any other is to be deleted if it does not belong.
     */
    public static String keptMessage(Messages messages, String kept) {
        boolean adjustments = kept.equals("adjustments.json") || kept.endsWith("/adjustments.json");
        return messages.label(adjustments ? "import.kept.adjustments" : "import.kept", kept);
    }

    /**
     * As {@link #keptMessage(Messages, String)}, reading the file in {@code project} (the real project folder the
     * import's paths are relative to): a tasks.json that is still jixiao:init's placeholder is said to be that, and to be
     * deleted, rather than "if it does not belong to this table" (session 38, trial E).
     */
    public static String keptMessage(Messages messages, String kept, Path project) {
        boolean tasks = kept.equals("tasks.json") || kept.endsWith("/tasks.json");
        if (tasks && project != null && io.github.jixiao.init.Skeleton.placeholderTasks(project.resolve(kept))) {
            return messages.label("import.kept.init", kept);
        }
        return keptMessage(messages, kept);
    }

    /** The forms in a workbook, one per sheet that holds an indicator table. */
    public static List<FormReader.Form> read(Path file, String shown) throws ImportException {
        return read(file, shown, null);
    }

    /** As {@link #read(Path, String)}, with the framework the user named for the import, or null. */
    static List<FormReader.Form> read(Path file, String shown, FormReader.Given given) throws ImportException {
        guard();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                // one decimal, rounded up: a file just over the limit never reads as the limit itself
                String mb = java.math.BigDecimal.valueOf(size).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                        java.math.RoundingMode.UP).toPlainString();
                throw new ImportException("import.too-large", shown, mb, MAX_FILE / (1024 * 1024));
            }
            byte[] magic = new byte[8];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(magic, 0, 8);
                if (n >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && (magic[2] & 0xFF) == 0x11
                        && (magic[3] & 0xFF) == 0xE0) {
                    return forms(readXls(file, shown, given), shown, false);
                }
                if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
                    throw new ImportException("import.not-xlsx", shown);
                }
            }
        } catch (IOException e) {
            throw new ImportException("import.unreadable", shown, e.getClass().getSimpleName());
        }
        List<FormReader.Form> forms = new ArrayList<>();
        long whole;
        try {
            whole = wholeParts(file);
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
            // a zip that cannot be read this way is not left to POI either: its check would be skipped
            throw new ImportException("import.corrupt", shown, reason(e));
        }
        if (whole > MAX_WHOLE_PARTS) {
            throw new ImportException("import.corrupt", shown, "relationships, content types and core properties over "
                    + MAX_WHOLE_PARTS / (1024 * 1024) + " MB");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (word(pkg)) { // a Word document: its tables, as one grid named after the file
                forms.addAll(FormReader.readAll(Grid.document(pkg, documentName(file), MAX_ROWS, MAX_COLS), given));
                return forms(forms, shown, true);
            }
            // streamed: each sheet's XML through SAX (no XSSFWorkbook DOM), so a large sheet keeps the heap bounded
            for (Grid g : Grid.sheets(pkg, MAX_ROWS, MAX_COLS)) {
                forms.addAll(FormReader.readAll(g, given));
            }
        } catch (Grid.TooLarge e) {
            throw tooBig(shown);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | org.xml.sax.SAXException e) {
            if (e.getCause() instanceof Grid.TooLarge) {
                throw tooBig(shown);
            }
            if (zipBomb(e)) {
                throw new ImportException("import.zip-bomb", shown);
            }
            throw new ImportException("import.corrupt", shown, reason(e));
        } catch (OutOfMemoryError e) {
            throw new ImportException("import.heap", shown);
        }
        return forms(forms, shown, false);
    }

    /**
     * What POI reads whole, into a DOM, as it opens a package: the content types, every relationships part and every
     * part typed as core properties. A real package's are a few kilobytes (a workbook of 400 sheets: about 100 KB); a
     * forged one of 20 MB took POI 13 s to a full 256 MB heap. At most this many bytes, inflated, in all.
     */
    static final long MAX_WHOLE_PARTS = 4L * 1024 * 1024;

    /**
     * The inflated bytes of the parts POI reads whole on opening the package (see {@link #MAX_WHOLE_PARTS}), counted
     * up to one past the limit (so a zip bomb among them is not inflated further).
     */
    static long wholeParts(Path file) throws IOException, org.xml.sax.SAXException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            long[] left = {MAX_WHOLE_PARTS + 1};
            java.util.Map<String, String> defaults = new java.util.HashMap<>(); // extension → content type
            java.util.Set<String> coreParts = new java.util.HashSet<>(); // lower-case part names typed as core properties
            java.util.Set<String> overridden = new java.util.HashSet<>();
            java.util.zip.ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null) {
                byte[] t = inflate(zip, types, left);
                if (left[0] <= 0) {
                    return MAX_WHOLE_PARTS + 1;
                }
                javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
                try {
                    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    f.newSAXParser().parse(new java.io.ByteArrayInputStream(t), new org.xml.sax.helpers.DefaultHandler() {
                        @Override
                        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts) {
                            String type = atts.getValue("ContentType");
                            if (qName.endsWith("Default") && atts.getValue("Extension") != null && type != null) {
                                defaults.put(atts.getValue("Extension").toLowerCase(java.util.Locale.ROOT), type.strip());
                            } else if (qName.endsWith("Override") && atts.getValue("PartName") != null && type != null) {
                                String name = atts.getValue("PartName").toLowerCase(java.util.Locale.ROOT).replaceFirst("^/", "");
                                overridden.add(name);
                                if (type.strip().equals(CORE_PROPERTIES)) {
                                    coreParts.add(name);
                                }
                            }
                        }
                    });
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new org.xml.sax.SAXException(e.getMessage());
                }
            }
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                int dot = name.lastIndexOf('.');
                boolean core = coreParts.contains(name)
                        || !overridden.contains(name) && dot >= 0 && CORE_PROPERTIES.equals(defaults.get(name.substring(dot + 1)));
                if (!e.isDirectory() && (name.endsWith(".rels") || core)) {
                    inflate(zip, e, left);
                    if (left[0] <= 0) {
                        return MAX_WHOLE_PARTS + 1;
                    }
                }
            }
            return MAX_WHOLE_PARTS + 1 - left[0];
        }
    }

    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";

    /** The entry's bytes, at most {@code left[0]} of them, which is lowered by what was read. */
    private static byte[] inflate(java.util.zip.ZipFile zip, java.util.zip.ZipEntry e, long[] left) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes((int) Math.min(left[0], Integer.MAX_VALUE - 8));
            left[0] -= b.length;
            return b;
        }
    }

    /** The package is a Word document (.docx): its main part is word/document.xml's content type. */
    private static boolean word(OPCPackage pkg) {
        try {
            var rels = pkg.getRelationshipsByType(org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() == 0) {
                return false;
            }
            var main = pkg.getPart(rels.getRelationship(0));
            return main != null && main.getContentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        } catch (RuntimeException e) {
            return false; // not one: read as a workbook, which says what is wrong with it
        }
    }

    /** A document's grid name: its file name without the extension (自评报告.docx → 自评报告). */
    private static String documentName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** At most this many header fields, and as many funds blocks, the refusal of a workbook without indicators names. */
    private static final int SEEN_LISTED = 4;

    /** The key of the problem that a sheet beside the one imported, holding no indicator table, was not imported. */
    static final String SHEET_NOT_READ = "sheet-not-read";

    /** The key of the problem that a 基础数据表 beside the sheet imported was not imported ({@link FormReader#BASIC_DATA}). */
    static final String BASIC_DATA_NOT_READ = "basic-data-not-read";

    private static List<FormReader.Form> forms(List<FormReader.Form> read, String shown, boolean word) throws ImportException {
        // a 评分表 of a framework jixiao does not have: nothing of it is imported, which its problem says (beside a table
        // imported, in the log; alone, as the error)
        // a sheet (or document) without an indicator table, its row nearest one: said when nothing else is imported
        List<FormReader.Form> near = read.stream().filter(f -> f.type().equals(FormReader.NO_TABLE)).toList();
        // a sheet without an indicator table that prints header fields or funds blocks: said when nothing is imported
        List<FormReader.Form> seen = read.stream().filter(f -> f.type().equals(FormReader.NO_TABLE_SEEN)).toList();
        // a sheet whose only tables roll up the unit's projects (t75's 汇总项目库): no project's indicators, said as a roll-up
        List<FormReader.Form> rollUps = read.stream().filter(f -> f.type().equals(FormReader.ROLL_UP)).toList();
        read = read.stream().filter(f -> !f.type().equals(FormReader.NO_TABLE) && !f.type().equals(FormReader.NO_TABLE_SEEN)
                && !f.type().equals(FormReader.ROLL_UP)).toList();
        if (read.isEmpty() && !rollUps.isEmpty()) {
            // refused, saying what the table is and what to import instead (before session 42 such a sheet alone was imported
            // as a project named after the roll-up, its rows as that project's indicators)
            Problem p = rollUps.get(0).problems().get(0);
            throw new ImportException("import.roll-up-only", shown, p.word() ? new WordCell(p.cell()) : p.cell(), p.text());
        }
        if (read.isEmpty() && !near.isEmpty()) {
            Problem p = near.get(0).problems().get(0);
            throw new ImportException("import.no-layout-near", shown, p.word() ? new WordCell(p.cell()) : p.cell(), p.text());
        }
        if (read.isEmpty() && !seen.isEmpty()) {
            // what the sheets hold, so that the officer sees the import read the file and what it needs (session 39: before,
            // a 收支概况 or a 资金情况 without its indicators was refused as if the file held nothing it knew)
            List<Problem> all = seen.stream().flatMap(f -> f.problems().stream()).filter(p -> !p.key().equals(FormReader.BASIC_DATA)).toList();
            // a 基础数据表 (t70's 附件一: staffing, 三公经费, 公用经费) is said as what it is, and the indicator table asked for in
            // the sheet whose header fields or funds were seen (before session 42 its lines were listed as funds blocks)
            List<FormReader.Form> basic = seen.stream().filter(f -> f.problems().stream().anyMatch(p -> p.key().equals(FormReader.BASIC_DATA)))
                    .toList();
            String fields = String.join("; ", all.stream().filter(p -> p.key().equals("seen-field"))
                    .map(p -> p.text() + " " + p.cell()).limit(SEEN_LISTED).toList());
            // the blocks read first (a 自评表's 年度资金总额 on its second sheet, t70), then those whose layout is not read
            String funds = String.join("; ", java.util.stream.Stream.concat(all.stream().filter(p -> p.key().equals("funds-block-seen")),
                    all.stream().filter(p -> !p.key().equals("seen-field") && !p.key().equals("funds-block-seen")))
                    .map(p -> "“" + p.text() + "” " + p.cell()).limit(SEEN_LISTED).toList());
            if (!basic.isEmpty()) {
                Problem b = basic.get(0).problems().get(0);
                Object at = b.word() ? new WordCell(b.cell()) : b.cell();
                String home = seen.stream().filter(f -> !basic.contains(f)).map(FormReader.Form::sheet).findFirst().orElse(null);
                if (home == null) {
                    throw new ImportException("import.no-layout-basic-only", shown, basic.get(0).sheet(), b.text(), at);
                }
                throw new ImportException("import.no-layout-seen-basic", shown, fields.isEmpty() ? "—" : fields, funds.isEmpty() ? "—" : funds,
                        basic.get(0).sheet(), b.text(), at, home);
            }
            throw new ImportException("import.no-layout-seen", shown, fields.isEmpty() ? "—" : fields, funds.isEmpty() ? "—" : funds);
        }
        if (read.isEmpty() && word) { // a Word document has tables, no sheets
            throw new ImportException("import.no-layout-docx", shown);
        }
        List<FormReader.Form> unknown = read.stream().filter(f -> f.type().equals(FormReader.UNKNOWN_SCORES)).toList();
        List<FormReader.Form> forms = read.stream().filter(f -> !f.type().equals(FormReader.BLANK_SCORES)
                && !f.type().equals(FormReader.UNKNOWN_SCORES)).toList();
        if (forms.isEmpty() && !unknown.isEmpty()) {
            WorkbookImport.Problem p = unknown.get(0).problems().get(0);
            throw new ImportException(p.key().equals("scores-not-in-framework") ? "import.scores-not-in-framework" : "import.unknown-scores",
                    shown, unknown.get(0).sheet(), p.text());
        }
        if (forms.isEmpty() && !read.isEmpty()) {
            throw new ImportException("import.blank-scores", shown, read.get(0).sheet());
        }
        // a 评分表 alone is a submission only where the framework named for the import scores no indicators (it then
        // gives department.json and budget.json itself)
        if (!forms.isEmpty() && forms.stream().noneMatch(f -> f.documents().containsKey("indicators") || f.documents().containsKey("budget"))) {
            throw new ImportException("import.scores-only", shown);
        }
        forms = withScores(forms);
        if (forms.isEmpty()) {
            throw new ImportException("import.no-layout", shown);
        }
        if (!unknown.isEmpty()) {
            List<FormReader.Form> out = new ArrayList<>(forms);
            out.set(0, out.get(0).withProblems(unknown.stream().flatMap(u -> u.problems().stream()).toList()));
            forms = out;
        }
        if (!rollUps.isEmpty()) {
            // a roll-up sheet beside the project tables imported: said at its name's cell, as one among them is
            List<FormReader.Form> out = new ArrayList<>(forms);
            out.set(0, out.get(0).withProblems(rollUps.stream().flatMap(f -> f.problems().stream()).toList()));
            forms = out;
        }
        if (!seen.isEmpty()) {
            // a sheet beside the one imported that holds header fields or blocks and no indicator table (t70's 附件一
            // 基础数据表: staffing, 三公经费) is not imported: said at its cells (before session 41 dropped without a word)
            List<Problem> notRead = new ArrayList<>();
            for (FormReader.Form f : seen) {
                Problem b = f.problems().get(0);
                if (b.key().equals(FormReader.BASIC_DATA)) {
                    // a 基础数据表 (t70's 附件一) said as what it is, with its title's cell
                    notRead.add(new Problem(BASIC_DATA_NOT_READ, null, b.cell(), Problem.args(f.sheet(), b.text()), false, word));
                    continue;
                }
                String what = String.join("; ", f.problems().stream().map(p -> "“" + p.text() + "” " + p.cell()).limit(SEEN_LISTED).toList());
                notRead.add(new Problem(SHEET_NOT_READ, null, f.sheet(), what, false, word));
            }
            List<FormReader.Form> out = new ArrayList<>(forms);
            out.set(0, out.get(0).withProblems(notRead));
            forms = out;
        }
        return forms;
    }

    /**
     * A 评分表 (深圳 附件2: the criteria's own scores, 综合评分, 评分等级, 填表人) read beside one indicator table (附件1) is
     * that submission's self-assessment: its claims, stated total and grade go into self-assessment.json (a total the
     * indicator table states is kept where the 评分表 states none), its framework and preparer into department.json,
     * its cells into the sidecar. Beside several indicator tables (projects), or beside a project's table (a department
     * framework's scores are no project's), it belongs to none: it is left out and
     * its rows are reported as not imported; alone, it is not a submission either (no indicators): nothing comes of it.
     */
    static List<FormReader.Form> withScores(List<FormReader.Form> forms) {
        List<FormReader.Form> tables = new ArrayList<>();
        List<FormReader.Form> scores = new ArrayList<>();
        for (FormReader.Form f : forms) {
            (f.documents().containsKey("indicators") ? tables : scores).add(f);
        }
        if (scores.isEmpty()) {
            return forms;
        }
        if (tables.isEmpty()) {
            // only 评分表 that are whole submissions (their framework scores no indicators): each as it is
            return scores.stream().filter(f -> f.documents().containsKey("budget")).toList();
        }
        if (tables.size() != 1 || scores.size() != 1
                || !"department".equals(tables.get(0).documents().get("department").get("kind"))) {
            // beside several tables, or beside a project's (a department framework's scores are not a project's)
            if (!tables.isEmpty()) {
                // nothing of the sheet is imported: its own problems (a score that is no number) are not reported
                tables.set(0, tables.get(0).withProblems(scores.stream()
                        .map(sc -> new Problem("scores-unplaced", null, sc.sheet(), null, false, "docx".equals(sc.type()))).toList()));
            }
            return tables;
        }
        FormReader.Form t = tables.get(0);
        FormReader.Form sc = scores.get(0);
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>(t.documents());
        Map<String, Object> dept = new LinkedHashMap<>(docs.get("department"));
        Map<String, Object> fromScores = sc.documents().get("department");
        if (fromScores.get("framework") != null) {
            dept.put("framework", fromScores.get("framework"));
        }
        if (fromScores.get("preparer") != null && !dept.containsKey("preparer")) {
            dept.put("preparer", fromScores.get("preparer"));
        }
        docs.put("department", dept);
        Map<String, Object> sa = new LinkedHashMap<>(sc.documents().get("self-assessment"));
        Map<String, Object> old = docs.get("self-assessment");
        if (old != null && !sa.containsKey("stated") && old.containsKey("stated")) {
            sa.put("stated", old.get("stated"));
        }
        docs.put("self-assessment", sa);
        Map<String, String> cells = new LinkedHashMap<>(t.cells());
        if (old != null && sa.get("stated") != old.get("stated")) {
            cells.keySet().removeIf(k -> k.startsWith("self-assessment#/stated"));
        }
        // a cell of the other sheet named with its sheet (附件2!G5), as every cell is; a Word document's tables are
        // numbered across the document, so its names stand as they are
        // the indicator table's header names the department: a 评分表 read as a whole submission (its framework scores no
        // indicators) sought a name and year of its own, whose problem and cells give way to the table's
        Map<String, String> scCells = new LinkedHashMap<>(sc.cells());
        scCells.keySet().removeIf(k -> k.equals("department#/name") || k.equals("department#/year"));
        cells.putAll(scCells);
        // the 评分表's blank score cells and its columns' headings go with its claims
        // (the table's own claims, if any, gave way to the 评分表's above)
        Map<String, String> blank = new LinkedHashMap<>(t.blank());
        blank.keySet().removeIf(k -> k.startsWith("self-assessment#"));
        blank.putAll(sc.blank());
        Map<String, Map<String, String>> columns = new LinkedHashMap<>(t.columns());
        columns.keySet().removeIf(k -> k.startsWith("self-assessment#"));
        columns.putAll(sc.columns());
        return List.of(new FormReader.Form(t.sheet(), t.type(), docs, cells, t.problems(), blank, columns, sc.criteria())
                .withProblems(sc.problems().stream().filter(p -> !p.key().equals("no-department") && !p.key().equals("no-year")).toList()));
    }

    /**
     * The forms of an OLE2 file: an Excel 97-2003 workbook (.xls, its {@code Workbook} stream read record by record,
     * {@link Grid#sheets(POIFSFileSystem, int, int)}); an encrypted .xlsx (an {@code EncryptedPackage} in the OLE2
     * container) or an .xls protected by a password, an Excel 5.0/95 workbook (a {@code Book} stream), a Word 97-2003
     * .doc, a WPS 表格 .et in WPS's own format (no {@code Workbook} stream) or any other OLE2 document is an
     * {@link ImportException} saying which.
     */
    private static List<FormReader.Form> readXls(Path file, String shown, FormReader.Given given) throws ImportException {
        List<FormReader.Form> forms = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new ImportException("import.encrypted", shown);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                // a WPS 表格 file (.et) that WPS saved in its own format: the same container as an .xls (its first bytes
                // D0 CF 11 E0), without the Workbook stream an .xls holds; one that holds it is read as an .xls is
                boolean et = file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".et");
                throw new ImportException(root.hasEntryCaseInsensitive("Book") ? "import.xls-old"
                        : root.hasEntryCaseInsensitive("WordDocument") ? "import.doc" : et ? "import.et" : "import.not-xlsx", shown);
            }
            for (Grid g : Grid.sheets(fs, MAX_ROWS, MAX_COLS)) {
                forms.addAll(FormReader.readAll(g, given));
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException("import.encrypted", shown);
        } catch (Grid.TooLarge e) {
            throw tooBig(shown);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("import.corrupt", shown, reason(e));
        } catch (OutOfMemoryError e) {
            throw new ImportException("import.heap", shown);
        }
        return forms;
    }

    /**
     * Imports {@code workbook} (relative to {@code project}, confined to it) into {@code submissionDir}.
     *
     * @param overwrite replace existing files; otherwise an existing file is an error and nothing is written
     */
    public static Result run(Path project, String workbook, Path submissionDir, boolean overwrite) throws ImportException {
        return run(project, workbook, submissionDir, overwrite, null);
    }

    /**
     * As {@link #run(Path, String, Path, boolean)}, with {@code framework} ({@code -Djixiao.framework}: a built-in's id
     * or a project-relative file, as check takes it; null or blank for none): department.json names it as written, and
     * a 评分表's rows are read as its criteria, so a region whose framework jixiao does not have imports its scores
     * against its own file. A framework that cannot be loaded (not found, outside the project, refused) stops the
     * import with the check's own finding.
     */
    public static Result run(Path project, String workbook, Path submissionDir, boolean overwrite, String framework)
            throws ImportException {
        return run(project, workbook, submissionDir, overwrite, framework, Io.FILES);
    }

    /**
     * How the import writes: each file staged (written whole beside its target under a hidden name), then moved into
     * place. A test makes either fail midway.
     */
    interface Io {
        void write(Path file, byte[] content) throws IOException;

        void move(Path from, Path to) throws IOException;

        Io FILES = new Io() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                AtomicFiles.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                try {
                    Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        };
    }

    static Result run(Path project, String workbook, Path submissionDir, boolean overwrite, String framework, Io disk)
            throws ImportException {
        if (workbook == null || workbook.isBlank()) {
            throw new ImportException("import.no-workbook");
        }
        Path proj = Confinement.realProject(project);
        FormReader.Given given = null;
        if (framework != null && !framework.isBlank()) {
            io.github.jixiao.score.FrameworkLoader.Loaded loaded =
                    io.github.jixiao.score.FrameworkLoader.load(framework.strip(), proj, io.github.jixiao.load.Src.NONE);
            // refused, or loaded with an error check would fail on (a built-in's id, a broken criterion): said now
            io.github.jixiao.finding.Finding error = loaded.findings().stream()
                    .filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR).findFirst().orElse(null);
            if (loaded.framework() == null || error != null) {
                throw new ImportException(error != null ? error : loaded.findings().isEmpty() ? null : loaded.findings().get(0),
                        "import.framework", io.github.jixiao.load.SubmissionLoader.excerpt(framework.strip(), 120));
            }
            given = new FormReader.Given(loaded.framework(), framework.strip());
        }
        Path file = proj.resolve(workbook).normalize();
        // inside the project, every link resolved (a link planted in a pull request leads nowhere else)
        if (!Confinement.inside(proj, file)) {
            throw new ImportException("import.outside", workbook, proj.toString());
        }
        if (!Files.isRegularFile(file)) {
            // a typo, or the table still in the Downloads folder: say which folder the name is read from
            throw new ImportException("import.not-found", workbook, proj.toString());
        }
        Path sub = submissionDir.toAbsolutePath().normalize();
        if (!Confinement.inside(proj, sub)) {
            throw new ImportException("import.submission-outside", String.valueOf(submissionDir));
        }
        List<Problem> copies = new ArrayList<>();
        List<FormReader.Form> forms = withoutCopies(read(file, workbook, given), copies);
        // plan every file first: an existing one stops the import before anything is written
        Map<Path, byte[]> plan = new LinkedHashMap<>();
        Map<Path, String> sheets = new LinkedHashMap<>(); // each folder written to: the sheet it holds
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>(copies);
        // the folder each problem's table is written to: a no-name or no-year warning is withdrawn where the file's value is kept
        Map<Problem, Path> problemDirs = new java.util.IdentityHashMap<>();
        // each document as written, with what of the table's cells it was read for: what a re-import carries over
        Map<Path, Map<String, Object>> docs = new LinkedHashMap<>();
        Map<Path, java.util.Set<String>> coveredBy = new LinkedHashMap<>();
        Map<Path, java.util.Set<String>> rowColumns = new LinkedHashMap<>();
        // each folder's sidecar, written again where a re-import kept init's values in it (Reimport.INIT)
        Map<Path, Map<String, Object>> sidecars = new LinkedHashMap<>();
        List<String> folders = folders(forms);
        Map<Path, Path> printedDirs = new LinkedHashMap<>(); // each framework of printed points planned → its table's folder
        for (int k = 0; k < forms.size(); k++) {
            Path dir = forms.size() == 1 ? sub : sub.resolve(folders.get(k));
            // a table printing points no built-in framework holds: scored on a framework of them, written beside it
            FormReader.Form f = given != null ? forms.get(k)
                    : printedFramework(proj, sub, forms.size() == 1 ? null : folders.get(k), workbook, forms.get(k), plan);
            // a 实施进度 column read as the actual: the framework department.json names says actualIs: progress (session 57)
            f = given != null ? f : progressFramework(proj, sub, forms.size() == 1 ? null : folders.get(k), workbook, f, plan);
            // where a framework of the printed points goes for this table (whether written now or not)
            Path printedAt = !printedBeside(proj, sub) ? null : printedFrameworkFile(sub, forms.size() == 1 ? null : folders.get(k));
            sheets.putIfAbsent(dir, f.sheet());
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Object>> d : f.documents().entrySet()) {
                Path target = dir.resolve(d.getKey() + ".json");
                plan.put(target, json(d.getValue()));
                docs.put(target, d.getValue());
                String role = d.getKey() + "#";
                List<String> read = new ArrayList<>();
                // a problem of no value printed (no unit named, no year) is no cell read: what was typed there is kept
                java.util.stream.Stream.concat(java.util.stream.Stream.concat(f.cells().keySet().stream(), f.blank().keySet().stream()),
                                f.problems().stream().filter(pr -> !Reimport.ABSENT.contains(pr.key())).map(Problem::ref)
                                        .filter(java.util.Objects::nonNull))
                        .filter(r -> r.startsWith(role)).forEach(r -> read.add(r.substring(role.length())));
                coveredBy.put(target, Reimport.covered(read));
                Map<String, String> headings = f.columns().get(d.getKey() + "#/indicators");
                if (headings != null && "indicators".equals(d.getKey())) {
                    rowColumns.put(target, headings.keySet());
                }
            }
            String prefix = Confinement.relative(proj, dir);
            prefix = prefix.isEmpty() ? "" : prefix + "/";
            for (Map.Entry<String, String> c : f.cells().entrySet()) {
                String[] rp = c.getKey().split("#", 2);
                cells.put(prefix + rp[0] + ".json#" + rp[1], c.getValue());
            }
            // a value that could not be read: its cell named at the pointer where it belongs, and listed for check
            List<Object> unreadable = new ArrayList<>();
            for (Problem pr : f.problems()) {
                if (pr.ref() == null && Reimport.NO_YEAR.equals(pr.key()) && f.documents().containsKey("department")) {
                    // no year printed: listed (check skips a key it does not read) so that a re-import keeps a year typed
                    // into department.json since (Reimport.Old#absent); no cell named for department.json#/year
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("ref", "department#/year");
                    u.put("cell", pr.cell());
                    u.put("key", pr.key());
                    unreadable.add(u);
                    continue;
                }
                if (pr.ref() == null) {
                    continue;
                }
                String[] rp = pr.ref().split("#", 2);
                cells.put(prefix + rp[0] + ".json#" + rp[1], pr.cell());
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("ref", pr.ref());
                u.put("cell", pr.cell());
                u.put("text", pr.text());
                u.put("merged", pr.merged());
                if (!"not-a-number".equals(pr.key())) {
                    u.put("key", pr.key());
                }
                unreadable.add(u);
            }
            // a funds figure whose column the table prints, its cell left empty: named, and listed for check (a blank
            // 全年预算数 is a figure to fill in, not one the framework may stand 年初预算数 in for)
            List<Object> blank = new ArrayList<>();
            for (Map.Entry<String, String> b : f.blank().entrySet()) {
                String[] rp = b.getKey().split("#", 2);
                cells.putIfAbsent(prefix + rp[0] + ".json#" + rp[1], b.getValue());
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("ref", b.getKey());
                u.put("cell", b.getValue());
                blank.add(u);
            }
            Map<String, Object> sidecar = new LinkedHashMap<>();
            sidecar.put("workbook", Confinement.relative(proj, file));
            sidecar.put("sheet", f.sheet());
            // how its cells are named: a Word document's by table and paragraph (表2!C3, 段落2: Table 2!C3 in English)
            sidecar.put("type", f.type());
            // the stage of the table (目标表, 监控表, 自评表): a folder moved on past it is told so by check, and an import
            // of a later stage's table over these files keeps what only this one printed (Reimport)
            Map<String, Object> deptDoc = f.documents().get("department");
            if (deptDoc != null && deptDoc.get("stage") instanceof String st) {
                sidecar.put("stage", st);
            }
            sidecar.put("cells", cells);
            // the heading of each field's column, by the list it fills: what a finding on the list says ("“完成档次”列")
            Map<String, Object> columns = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, String>> c : f.columns().entrySet()) {
                String[] rp = c.getKey().split("#", 2);
                columns.put(prefix + rp[0] + ".json#" + rp[1], c.getValue());
            }
            if (!columns.isEmpty()) {
                sidecar.put("columns", columns);
            }
            if (!unreadable.isEmpty()) {
                sidecar.put("unreadable", unreadable);
            }
            if (!blank.isEmpty()) {
                sidecar.put("blank", blank);
            }
            // which table the criteria's own scores were read from (a 评分表, or rows of the indicator table): what a
            // finding on a criterion calls the table to fill in
            if (f.criteria() != null) {
                sidecar.put("criteria", f.criteria());
            }
            // department.json's header values the table gave without a cell of their own (a year or a project's name read
            // from the title): a re-import tells them from a value typed by hand (Reimport.GIVEN)
            if (deptDoc != null) {
                java.util.Set<String> read = new java.util.HashSet<>();
                f.cells().keySet().stream().filter(r -> r.startsWith("department#")).forEach(r -> read.add(r.substring(11)));
                Map<String, Object> givenHeader = Reimport.given(deptDoc, read);
                if (!givenHeader.isEmpty()) {
                    sidecar.put(Reimport.GIVEN, givenHeader);
                }
            }
            if (printedAt != null && plan.containsKey(printedAt)) {
                // what this import wrote there, so that a re-import tells its own unchanged file from one edited since
                Map<String, Object> pf = new LinkedHashMap<>();
                pf.put("file", Confinement.relative(proj, printedAt));
                pf.put("sha256", sha256(plan.get(printedAt)));
                sidecar.put(PRINTED, pf);
                printedDirs.put(printedAt, dir);
            } else if (printedAt != null) {
                staleFramework(proj, dir, printedAt, f, notes);
            }
            sidecars.put(dir, sidecar);
            plan.put(dir.resolve(CELLS), json(sidecar));
            // what the reading chose, no value missing (海南's 成效指标 read as 效益指标): said at the info level
            f.problems().forEach(p -> (NOTES.contains(p.key()) ? notes : problems).add(p));
            f.problems().forEach(p -> problemDirs.put(p, dir));
            // a 部门整体 table's framework chosen without -Djixiao.framework (by its layout, or by the criteria of its
            // 评分表): said, with how to change it (宁德 2019, a 福建 table, was put under 深圳's in silence)
            Map<String, Object> dept = f.documents().get("department");
            if (given == null && dept != null && "department".equals(dept.get("kind")) && dept.get("framework") != null) {
                notes.add(new Problem("framework-chosen", null, f.sheet(), String.valueOf(dept.get("framework")), false,
                        "docx".equals(f.type())));
            }
        }
        // every folder written to: inside the project, and reached through real folders only (a link planted at
        // submission/<sheet>, or above it, would take the files, and the listing of the files kept, out of the project)
        Path base = project.toAbsolutePath().normalize();
        for (Path dir : plan.keySet().stream().map(Path::getParent).distinct().toList()) {
            Path link = Confinement.firstLink(dir.toAbsolutePath().normalize().startsWith(base) ? base : proj, dir);
            if (link != null) {
                throw new ImportException("import.folder-link", Confinement.relative(link.startsWith(base) ? base : proj, link));
            }
            if (!Confinement.inside(proj, dir)) {
                throw new ImportException("import.submission-outside", Confinement.relative(proj, dir));
            }
            // a file where a folder is to be (a sheet named budget.json, while submission/budget.json is a file)
            Path top = dir.startsWith(base) ? base : proj;
            for (Path p = dir; p != null && !p.equals(top); p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ImportException("import.not-a-folder", Confinement.relative(top, p), sheets.get(dir),
                            Confinement.relative(top, dir));
                }
            }
        }
        // a folder (or anything but a file or a link, which is replaced itself) where a file is to be
        for (Path p : plan.keySet()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(p)) {
                throw new ImportException("import.not-a-file", Confinement.relative(proj, p));
            }
        }
        if (!overwrite) {
            for (Path p : plan.keySet()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().equals(CELLS)) {
                    throw new ImportException("import.exists", Confinement.relative(proj, p));
                }
            }
        } else {
            for (Map.Entry<Path, Path> e : printedDirs.entrySet()) {
                replacedFramework(proj, e.getKey(), e.getValue(), plan.get(e.getKey()), Confinement.relative(proj, file) + " "
                        + sheets.get(e.getValue()), notes);
            }
        }
        // what was typed into a file replaced where the table has no cell or column for it: carried over, and said
        // over the files the same table gave (the folder's sidecar names this workbook and sheet); another table's: nothing
        // carried, and said; files without a sidecar (typed by hand, init's placeholders): replaced, as always
        List<Reimport.Carried> carried = new ArrayList<>();
        // the unreadable cells whose number, typed into the JSON, a re-import kept: not warned again (the line kept says it)
        java.util.Set<Problem> unreadKept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Path, java.util.Optional<Reimport.Old>> tables = new LinkedHashMap<>();
        for (Map.Entry<Path, Map<String, Object>> d : docs.entrySet()) {
            if (!Files.isRegularFile(d.getKey(), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path dir = d.getKey().getParent();
            Reimport.Old was = tables.computeIfAbsent(dir, x -> java.util.Optional.ofNullable(Reimport.table(x))).orElse(null);
            if (was == null) {
                if (d.getKey().getFileName().toString().equals("department.json")) {
                    // init's department.json (or one typed before any import): its name and year where the table prints none
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fresh = (Map<String, Object>) Reimport.copy(d.getValue());
                    int from = carried.size();
                    Reimport.unsidecared(d.getKey(), Confinement.relative(proj, d.getKey()), fresh,
                            Confinement.relative(proj, file) + " " + sheets.get(dir), carried);
                    if (!fresh.equals(d.getValue())) {
                        plan.put(d.getKey(), json(fresh));
                    }
                    initKept(carried, from, fresh, sidecars.get(dir), plan, dir);
                }
                continue;
            }
            String other = was.table().equals(Confinement.relative(proj, file) + " " + sheets.get(dir)) ? null : was.table();
            // the files of an earlier stage's table of the same submission (its 目标表, the 监控表 imported now): what that
            // table printed and this one has no cell for (the 年度总体目标, a row's 指标解释) is kept, and said as that table's;
            // what was typed by hand is carried as over this table's own files (helper M's trial, d3b)
            Reimport.Earlier earlier = other != null
                    && Reimport.earlierStage(was, dir.resolve("department.json"), docs.get(dir.resolve("department.json")))
                    ? new Reimport.Earlier(was.table(), was.covered(Confinement.relative(proj, d.getKey()))) : null;
            // what a cell of this table, or of the one the file came from, was read for is the table's: never carried
            java.util.Set<String> covered = new java.util.HashSet<>(coveredBy.get(d.getKey()));
            // over another table's files (of the same or a later stage): what its cells gave and this table does not is
            // dropped, as before, and now said with its old value (Reimport.Carried, import.dropped-other)
            Reimport.Earlier dropped = null;
            if (earlier == null && other != null) {
                dropped = new Reimport.Earlier(was.table(), was.covered(Confinement.relative(proj, d.getKey())));
            } else if (earlier == null) {
                covered.addAll(was.covered(Confinement.relative(proj, d.getKey())));
            }
            if (d.getKey().getFileName().toString().equals("department.json")) {
                // over the same table's files, a header field typed by hand that no cell of the table gives is kept
                // (Reimport.HEADER_CARRIED; one read from a cell before is covered by the old sidecar's cells above)
                covered.addAll(Reimport.covered(earlier != null ? Reimport.HEADER_OF_TABLE
                        : other == null ? Reimport.HEADER_NEVER_CARRIED : Reimport.HEADER));
                if (earlier == null && other == null && was.absent(Confinement.relative(proj, d.getKey()), "/year")) {
                    // the table printed no year when these files were written: a year in the file was typed since (as
                    // the no-year message asks) or kept from init's, and is kept while the table prints none
                    covered.remove("/year");
                }
            }
            if (earlier == null && other == null && d.getKey().getFileName().toString().equals("department.json")) {
                // a value the table gave before without a cell (a project's name in its title) is the table's: not carried
                covered.addAll(Reimport.givenBefore(d.getKey(), Confinement.relative(proj, d.getKey()), was));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fresh = (Map<String, Object>) Reimport.copy(d.getValue());
            int before = carried.size();
            if (earlier == null && other == null) {
                // a number typed into the JSON for a cell that held none and still holds none: kept, said, not warned again
                String role = d.getKey().getFileName().toString().replaceFirst("\\.json$", "") + "#";
                Map<?, ?> old = null; // the old file, read once (Reimport.unreadableKept)
                boolean oldRead = false;
                for (Problem p : problems) {
                    if ("not-a-number".equals(p.key()) && p.ref() != null && p.ref().startsWith(role) && dir.equals(problemDirs.get(p))
                            && was.unread(p.ref())) {
                        if (!oldRead) {
                            old = Reimport.oldFile(d.getKey());
                            oldRead = true;
                        }
                        if (Reimport.unreadableKept(old, Confinement.relative(proj, d.getKey()), fresh, p, carried)) {
                            unreadKept.add(p);
                        }
                    }
                }
                // a number typed into the JSON for a lower cell of a merged block (as the merged-cell message advised
                // before session 42) where the block is now read by its first cell and that cell is no problem: not kept,
                // said (before session 43, dropped without a word)
                for (Map.Entry<String, String> m : new java.util.TreeMap<>(was.unreadMerged()).entrySet()) {
                    if (m.getKey().startsWith(role) && problems.stream().noneMatch(p -> m.getKey().equals(p.ref())
                            && dir.equals(problemDirs.get(p)))) {
                        if (!oldRead) {
                            old = Reimport.oldFile(d.getKey());
                            oldRead = true;
                        }
                        Reimport.mergedTypedDropped(old, Confinement.relative(proj, d.getKey()), fresh, m.getKey(), m.getValue(),
                                m.getValue().matches("表\\d+!.*"), carried); // a Word table's cell (表2!C3)
                    }
                }
            }
            Reimport.carry(d.getKey(), Confinement.relative(proj, d.getKey()), fresh, covered,
                    rowColumns.get(d.getKey()), earlier == null ? other : null, earlier != null ? earlier : dropped, carried);
            if (earlier == null && other == null && d.getKey().getFileName().toString().equals("department.json")) {
                Reimport.headerKept(carried, before, Confinement.relative(proj, file) + " " + sheets.get(dir), fresh, was);
                initKept(carried, before, fresh, sidecars.get(dir), plan, dir);
            }
            if (earlier == null && d.getKey().getFileName().toString().equals("department.json")) {
                // the header's fields are the table's, never carried: one the table no longer gives is said, with its old value
                Reimport.header(d.getKey(), Confinement.relative(proj, d.getKey()), fresh, was, other,
                        Confinement.relative(proj, file) + " " + sheets.get(dir), carried);
            }
            if (carried.subList(before, carried.size()).stream().anyMatch(Reimport.Carried::kept)) {
                plan.put(d.getKey(), json(fresh));
            }
        }
        // the table printing no name (no year) while department.json keeps the one typed there or written by init: the
        // warning that department.json has none is no longer true; the line carried says the table gives none
        java.util.Set<String> keptHeader = new java.util.HashSet<>();
        for (Reimport.Carried c : carried) {
            if (c.kept() && c.header() != null && c.header().now() == null && c.pointer() != null
                    && c.file().endsWith("department.json")) {
                keptHeader.add(c.file() + "#" + c.pointer());
            }
        }
        problems.removeIf(unreadKept::contains);
        problems.removeIf(p -> {
            Path d = problemDirs.get(p);
            String dept = d == null ? null : Confinement.relative(proj, d.resolve("department.json"));
            return dept != null && (io.github.jixiao.lint.UnreadableCell.NO_DEPARTMENT.equals(p.key()) && keptHeader.contains(dept + "#/name")
                    || Reimport.NO_YEAR.equals(p.key()) && keptHeader.contains(dept + "#/year"));
        });
        // the tables written each to a folder of its own below the submission folder, which holds JSON files of its own
        // (init's placeholders, an earlier import of one table): check reads those too, as one more submission; said, naming
        // them (before session 45 nothing was said, and check scored init's 目标申报 placeholders beside the tables)
        if (!plan.isEmpty() && plan.keySet().stream().noneMatch(p -> p.getParent().equals(sub))
                && Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(sub)) {
            try (java.util.stream.Stream<Path> files = Files.list(sub)) {
                List<String> above = files.filter(p -> p.getFileName().toString().endsWith(".json")
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).map(p -> p.getFileName().toString()).sorted().toList();
                if (!above.isEmpty()) {
                    String shownSub = Confinement.relative(proj, sub);
                    problems.add(new Problem(FILES_ABOVE, null, null, Problem.args(shownSub.isEmpty() ? "." : shownSub,
                            String.join(", ", above.subList(0, Math.min(above.size(), 10))) + (above.size() > 10 ? " …" : ""),
                            String.valueOf(plan.keySet().stream().map(Path::getParent).distinct().count())), false));
                }
            } catch (IOException | RuntimeException e) {
                // a folder that cannot be listed: nothing to tell about it
            }
        }
        List<String> written = write(proj, plan, disk);
        List<String> kept = new ArrayList<>();
        // the tables' folders only: the folder a framework of printed points went to (the project's, beside the
        // submission folder) holds the project's own files, none of them a table's left over
        for (Path dir : plan.keySet().stream().map(Path::getParent).distinct().filter(sheets::containsKey).toList()) {
            if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue; // never listed through a link (refused above; made sure of here too)
            }
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".json") && !plan.containsKey(p)
                                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> Confinement.relative(proj, p)).sorted().forEach(kept::add);
            } catch (IOException | RuntimeException e) {
                // a folder that cannot be listed: nothing to tell about it; what was written stands
            }
        }
        return new Result(written, problems, kept, notes, carried);
    }

    /** The key of the note that the import wrote (or gave) a framework saying a 实施进度 column is progress ({@link #progressFramework}). */
    static final String PROGRESS_WRITTEN = "progress-actual-written";

    /**
     * {@code f} whose 实施进度 column was read as the rows' actual ({@link FormReader#PROGRESS_ACTUAL}) with a framework that
     * says so, {@code "actualIs": "progress"}, where no framework was named: the framework of the printed points planned
     * for it ({@link #printedFramework}) says it too, or else a short file extending the built-in its department.json names
     * is planned beside the submission folder ({@code progress-framework.json}; {@code progress-framework-<folder>.json}
     * for one of several tables) and department.json names it; the warning becomes the note {@link #PROGRESS_WRITTEN},
     * naming the file. {@code f} as it is where the submission folder is the project itself (nowhere beside it to write):
     * the warning then asks for such a framework (session 57, s56 Q1's left-alone 5).
     */
    private static FormReader.Form progressFramework(Path proj, Path sub, String folder, String workbook, FormReader.Form f,
                                                     Map<Path, byte[]> plan) {
        Problem p = f.problems().stream().filter(x -> FormReader.PROGRESS_ACTUAL.equals(x.key())).findFirst().orElse(null);
        Map<String, Object> dept = f.documents().get("department");
        if (p == null || dept == null || !printedBeside(proj, sub) || !(dept.get("framework") instanceof String named)) {
            return f;
        }
        Path printed = printedFrameworkFile(sub, folder);
        Path file;
        Map<String, Object> tree;
        String base;
        if (plan.containsKey(printed)) {
            // the framework of the points the table prints, planned just now: it says the column is progress as well
            @SuppressWarnings("unchecked")
            Map<String, Object> planned = MAPPER.readValue(plan.get(printed), LinkedHashMap.class);
            tree = planned;
            file = printed;
            base = tree.get("extends") instanceof String e ? e : String.valueOf(tree.get("id"));
        } else if (io.github.jixiao.score.FrameworkLoader.BUILT_IN.contains(named)) {
            file = sub.getParent().resolve(folder == null ? "progress-framework.json"
                    : "progress-framework-" + folder.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".json");
            base = named;
            Map<String, Object> builtIn = PrintedFramework.builtIn(named);
            String table = workbook + " " + f.sheet();
            table = table.length() > 300 ? table.substring(0, 300) : table;
            tree = new LinkedHashMap<>();
            tree.put("$schema", builtIn.get("$schema"));
            tree.put("extends", named);
            tree.put("id", named + "-progress");
            tree.put("version", "1");
            tree.put("name", builtIn.get("name") + "：绩效指标表的实际完成值一栏印实施进度");
            tree.put("nameEn", builtIn.get("nameEn") + ": the indicator table's actual column prints the progress of the work");
            tree.put("source", "jixiao:import 按 " + table + " 写成：单元格 " + p.cell() + " 的表头是实施进度，各行的进度已作为实际完成值导入；"
                    + "本文件扩展 " + named + "，只加 actualIs。 / Written by jixiao:import from " + table + ": the heading at "
                    + p.cell() + " is the work's progress, imported as each row's actual; this file extends " + named + " with actualIs only.");
        } else {
            return f;
        }
        tree.put("actualIs", "progress");
        plan.put(file, json(tree));
        String rel = Confinement.relative(proj, file);
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>(f.documents());
        Map<String, Object> d = new LinkedHashMap<>(dept);
        d.put("framework", rel);
        docs.put("department", d);
        String heading = p.text() == null ? "" : p.text().split(String.valueOf('\u001F'), -1)[0];
        List<Problem> problems = new ArrayList<>();
        for (Problem x : f.problems()) {
            problems.add(x != p ? x : new Problem(PROGRESS_WRITTEN, null, x.cell(), Problem.args(heading, rel, base), false, x.word()));
        }
        return new FormReader.Form(f.sheet(), f.type(), docs, f.cells(), problems, f.blank(), f.columns(), f.criteria());
    }

    /** The key of the note that the import wrote a framework of the points the table prints ({@link #printedFramework}). */
    static final String FRAMEWORK_WRITTEN = "framework-written";

    /** {@link #FRAMEWORK_WRITTEN} where the indicators' points are printed in several blocks (黄冈 2020's 40 + 40, t27). */
    static final String FRAMEWORK_WRITTEN_BLOCKS = "framework-written-blocks";

    /**
     * {@link #FRAMEWORK_WRITTEN} where the points are a built-in's layout ({@link PrintedFramework#layoutOf}: 湖北's 20 + 80 is
     * project-20-80's): the file written extends it, and the note names the built-in (its last argument) and why.
     */
    static final String FRAMEWORK_EXTENDED = "framework-extended";

    /** {@link #FRAMEWORK_EXTENDED} where the indicators' points are printed in several blocks (黄冈 2020's 40 + 40, t27). */
    static final String FRAMEWORK_EXTENDED_BLOCKS = "framework-extended-blocks";

    /**
     * {@code f} scored on the points it prints: where its funds block and its indicator table print their points, 100 in
     * all, and the built-in framework weighs them otherwise ({@link FormReader#FRAMEWORK_FROM_POINTS}: 湖北 襄阳 2021's
     * 预算执行情况(20分) + 年度绩效目标(80分), t13), a project framework of those points ({@link PrintedFramework}) is planned
     * beside the submission folder ({@code printed-framework.json}; {@code printed-framework-<folder>.json} for one of several tables), its
     * department.json names it, and the problem becomes the note {@link #FRAMEWORK_WRITTEN}, naming the file and the cells
     * the points came from. An existing file stops the import as any other does without -Djixiao.overwrite=true. Before
     * session 45 the import said to name a framework file (-Djixiao.framework), which a finance officer cannot write, and
     * check scored the table on the built-in's 10 + 90. {@code f} as it is where it prints no such points, or where the
     * submission folder is the project itself (no folder beside it inside the project).
     */
    private static FormReader.Form printedFramework(Path proj, Path sub, String folder, String workbook, FormReader.Form f,
                                                    Map<Path, byte[]> plan) {
        Problem p = f.problems().stream().filter(x -> FormReader.FRAMEWORK_FROM_POINTS.equals(x.key())).findFirst().orElse(null);
        Map<String, Object> dept = f.documents().get("department");
        if (p == null || dept == null || !printedBeside(proj, sub)) {
            return f;
        }
        String[] a = p.text().split(String.valueOf('\u001F'), -1);
        Path file = printedFrameworkFile(sub, folder);
        String rel = Confinement.relative(proj, file);
        String title = dept.get("title") instanceof String t ? t : null;
        Object year = dept.get("year");
        String blocks = a.length > 7 ? a[7] : null; // several blocks' points (黄冈 2020's 40 + 40, t27)
        Map<String, Object> whole = PrintedFramework.of(new java.math.BigDecimal(a[0]), a[1], a[2], new java.math.BigDecimal(a[3]), a[4], a[5],
                blocks, a[6], workbook + " " + f.sheet(), title, year instanceof Number n ? n.intValue() : null, p.word(), unpointed(f));
        // points a built-in lays out so (湖北's 20 + 80: project-20-80, since session 54): a short file extending it, not a
        // whole copy (session 55); the same score, the built-in's methods followed as it is updated
        String layout = PrintedFramework.layoutOf(whole, a[6]);
        plan.put(file, json(layout == null ? whole
                : PrintedFramework.extending(whole, layout, a[1], a[2], a[4], a[5], blocks, workbook + " " + f.sheet(), a[6], p.word())));
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>(f.documents());
        Map<String, Object> d = new LinkedHashMap<>(dept);
        d.put("framework", rel);
        docs.put("department", d);
        List<Problem> problems = new ArrayList<>();
        for (Problem x : f.problems()) {
            problems.add(x != p ? x : layout != null ? new Problem(blocks == null ? FRAMEWORK_EXTENDED : FRAMEWORK_EXTENDED_BLOCKS, null,
                    x.cell(), Problem.args(rel, a[0], a[1], a[2], a[3], a[4], a[5], a[6], blocks, layout), false, x.word())
                    : blocks == null ? new Problem(FRAMEWORK_WRITTEN, null, x.cell(), Problem.args(rel, a[0], a[1], a[2],
                    a[3], a[4], a[5], a[6]), false, x.word())
                    : new Problem(FRAMEWORK_WRITTEN_BLOCKS, null, x.cell(), Problem.args(rel, a[0], a[1], a[2], a[3], a[4], a[5],
                    a[6], blocks), false, x.word()));
        }
        return new FormReader.Form(f.sheet(), f.type(), docs, f.cells(), problems, f.blank(), f.columns(), f.criteria());
    }

    /**
     * Whether a framework of printed points has a place beside the submission folder {@code sub}: a folder above it
     * inside the project (not where {@code sub} is the project itself). One test for where it is planned
     * ({@link #printedFramework}) and where an earlier one is looked for.
     */
    private static boolean printedBeside(Path proj, Path sub) {
        return sub.getParent() != null && Confinement.inside(proj, sub.getParent()) && !sub.equals(proj);
    }

    /** The sidecar's record of the framework of printed points the import wrote: its file and the SHA-256 of its bytes. */
    static final String PRINTED = "printedFramework";

    /** The file a framework of {@code folder}'s printed points is written to, beside the submission folder {@code sub}. */
    private static Path printedFrameworkFile(Path sub, String folder) {
        return sub.getParent().resolve(folder == null ? "printed-framework.json"
                : "printed-framework-" + folder.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".json");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The existing file {@code p}'s bytes, or null where there is none (or it cannot be read, or is too big to be a framework). */
    private static byte[] existing(Path p) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > Reimport.MAX_OLD) {
                return null;
            }
            return Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The points a framework of printed points weighs its two blocks, "20 + 80"; null where {@code bytes} is no such file. */
    private static String printedPoints(byte[] bytes) {
        try {
            Object tree = MAPPER.readValue(bytes, Object.class); // its INDENT_OUTPUT is for writing only
            if (tree instanceof Map<?, ?> m && m.get("id") instanceof String id && id.startsWith("printed-points-")
                    && m.get("extends") instanceof String ext && !m.containsKey("criteria")
                    && io.github.jixiao.score.FrameworkLoader.BUILT_IN.contains(ext.split("@", 2)[0])) {
                // one extending the built-in the points are the layout of (since session 55): the built-in's points
                Map<String, Object> base = PrintedFramework.builtIn(ext.split("@", 2)[0]);
                return PrintedFramework.points(base, true) + " + " + PrintedFramework.points(base, false);
            }
            if (tree instanceof Map<?, ?> m && m.get("id") instanceof String id && id.startsWith("printed-points-")
                    && m.get("criteria") instanceof List<?> c && c.size() == 2 && c.get(0) instanceof Map<?, ?> a
                    && c.get(1) instanceof Map<?, ?> b && a.get("weight") != null && b.get("weight") != null) {
                return new java.math.BigDecimal(String.valueOf(a.get("weight"))).stripTrailingZeros().toPlainString() + " + "
                        + new java.math.BigDecimal(String.valueOf(b.get("weight"))).stripTrailingZeros().toPlainString();
            }
        } catch (RuntimeException e) {
            // not JSON, or not a framework of printed points
        }
        return null;
    }

    /**
     * A framework of printed points to be written over an existing file at {@code at} (-Djixiao.overwrite=true): the same
     * bytes, nothing to say; the file the last import of the table wrote there, unchanged since (its SHA-256 in the folder
     * {@code dir}'s sidecar), replaced, and where the points differ said ({@code framework-rewritten}: the old file was
     * stale); any other (edited by hand since, or written by a jixiao that kept no record) stops the import, naming the file
     * and the table, with how to keep it: an officer's own framework is never lost to a re-import (session 46; before, it
     * was replaced without a word).
     */
    private static void replacedFramework(Path proj, Path at, Path dir, byte[] planned, String table, List<Problem> notes)
            throws ImportException {
        byte[] old = existing(at);
        if (old == null || planned == null || java.util.Arrays.equals(old, planned)) {
            return;
        }
        Map<?, ?> side = Files.isRegularFile(dir.resolve(CELLS), LinkOption.NOFOLLOW_LINKS) ? Reimport.object(dir.resolve(CELLS), Reimport.MAX_OLD) : null;
        String rel = Confinement.relative(proj, at);
        boolean own = side != null && side.get(PRINTED) instanceof Map<?, ?> pf && rel.equals(pf.get("file"))
                && sha256(old).equals(pf.get("sha256"));
        String was = printedPoints(old);
        String now = printedPoints(planned);
        if (!own) {
            throw new ImportException("import.framework-edited", rel, table, now == null ? "" : now);
        }
        if (was != null && !was.equals(now)) {
            notes.add(new Problem(FRAMEWORK_REWRITTEN, null, null, Problem.args(rel, was, now), false));
        } else if (was != null && extendsOf(old) == null && extendsOf(planned) != null) {
            // the same points, the whole copy an import before session 55 wrote now the short file extending the built-in
            notes.add(new Problem(FRAMEWORK_SHORTENED, null, null, Problem.args(rel, now, extendsOf(planned)), false));
        }
    }

    /** The key of the note that a whole framework of printed points the last import wrote was written anew extending a built-in. */
    static final String FRAMEWORK_SHORTENED = "framework-shortened";

    /** The built-in a framework file's {@code bytes} extend; null where they extend none (or are no JSON object). */
    private static String extendsOf(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Object.class) instanceof Map<?, ?> m && m.get("extends") instanceof String e ? e : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The key of the note that a framework of printed points was written anew over the last import's, the points changed. */
    static final String FRAMEWORK_REWRITTEN = "framework-rewritten";

    /** The key of the note that a framework of printed points an earlier import wrote is no longer named. */
    static final String FRAMEWORK_STALE = "framework-stale";

    /**
     * A framework of printed points that an earlier import of a table wrote at {@code at} (the folder {@code dir}'s sidecar
     * records it, or its id is printed-points-…), which this import does not write (the table's points are now the
     * built-in's, or -Djixiao.framework names another): department.json no longer names it; said, naming both files, and the
     * file left as it is (it may be an officer's own, edited since). Before session 46 it stayed beside the folder unsaid.
     */
    private static void staleFramework(Path proj, Path dir, Path at, FormReader.Form f, List<Problem> notes) {
        byte[] old = existing(at);
        if (old == null) {
            return;
        }
        String rel = Confinement.relative(proj, at);
        Map<?, ?> side = Files.isRegularFile(dir.resolve(CELLS), LinkOption.NOFOLLOW_LINKS) ? Reimport.object(dir.resolve(CELLS), Reimport.MAX_OLD) : null;
        boolean recorded = side != null && side.get(PRINTED) instanceof Map<?, ?> pf && rel.equals(pf.get("file"));
        if (!recorded && printedPoints(old) == null) {
            return; // a file of that name that is no framework of printed points: not this import's to speak of
        }
        Map<String, Object> dept = f.documents().get("department");
        String now = dept == null || dept.get("framework") == null ? "" : String.valueOf(dept.get("framework"));
        notes.add(new Problem(FRAMEWORK_STALE, null, f.sheet(), Problem.args(rel, Confinement.relative(proj, dir.resolve("department.json")), now),
                false, "docx".equals(f.type())));
    }

    /** No indicator row of {@code f} prints its points and no category prints points to share among them (t13). */
    private static boolean unpointed(FormReader.Form f) {
        Map<String, Object> ind = f.documents().get("indicators");
        if (ind == null || ind.get("categories") instanceof List<?> c && !c.isEmpty()) {
            return false;
        }
        return !(ind.get("indicators") instanceof List<?> rows) || rows.stream().noneMatch(r -> r instanceof Map<?, ?> m && m.get("points") != null);
    }

    /**
     * Records in the folder's sidecar ({@link Reimport#INIT}) the values of department.json kept from jixiao:init's file
     * (said in {@code carried} from index {@code from} on): the next re-import says them as init's, not as typed into the
     * JSON (session 40), and the sidecar is planned again.
     */
    @SuppressWarnings("unchecked")
    private static void initKept(List<Reimport.Carried> carried, int from, Map<String, Object> fresh, Map<String, Object> sidecar,
                                 Map<Path, byte[]> plan, Path dir) {
        if (sidecar == null) {
            return;
        }
        for (Reimport.Carried c : carried.subList(from, carried.size())) {
            Object v = c.pointer() == null ? null : Reimport.at(fresh, c.pointer());
            if (c.kept() && c.header() != null && c.header().noSidecar() && c.header().now() == null
                    && (v instanceof String || v instanceof Number)) {
                ((Map<String, Object>) sidecar.computeIfAbsent(Reimport.INIT, k -> new LinkedHashMap<String, Object>()))
                        .put("department#" + c.pointer(), v);
                plan.put(dir.resolve(CELLS), json(sidecar));
            }
        }
    }

    /**
     * Writes the plan all or nothing: every file is first staged beside its target (a hidden name no one can guess,
     * created exclusively), and only when all are there is each moved into place. A failure while staging removes the
     * staged files and the folders this run created: nothing has changed. A failure while moving (rare: a rename in
     * one folder) removes the files this run created, never one that was there before, and says how many of those
     * were already replaced. Either way the message names the file, by its project-relative path.
     */
    private static List<String> write(Path proj, Map<Path, byte[]> plan, Io files) throws ImportException {
        List<Path> createdDirs = new ArrayList<>();
        for (Path dir : plan.keySet().stream().map(Path::getParent).distinct().toList()) {
            List<Path> missing = new ArrayList<>();
            for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                missing.add(p);
            }
            for (Path p : missing) {
                if (!createdDirs.contains(p)) {
                    createdDirs.add(p);
                }
            }
        }
        createdDirs.sort(java.util.Comparator.comparingInt(Path::getNameCount).reversed()); // deepest first, as removed
        Map<Path, Path> staged = new LinkedHashMap<>();
        java.util.Set<Path> existed = new java.util.HashSet<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> e : plan.entrySet()) {
                current = e.getKey();
                if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    existed.add(current);
                }
                Path stage = current.resolveSibling("." + current.getFileName() + "."
                        + Long.toUnsignedString(STAGE.nextLong(), 36) + ".import");
                staged.put(current, stage);
                files.write(stage, e.getValue());
            }
        } catch (IOException e) {
            for (Path stage : staged.values()) {
                deleteQuietly(stage);
            }
            removeEmpty(createdDirs);
            throw new ImportException("import.cannot-write", Confinement.relative(proj, current), e.getClass().getSimpleName());
        }
        List<String> written = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                current = e.getKey();
                files.move(e.getValue(), current);
                moved.add(current);
                written.add(Confinement.relative(proj, current));
            }
        } catch (IOException e) {
            int replaced = 0;
            for (Path p : moved) {
                if (existed.contains(p)) {
                    replaced++;
                } else {
                    deleteQuietly(p);
                }
            }
            for (Path stage : staged.values()) {
                deleteQuietly(stage);
            }
            removeEmpty(createdDirs);
            throw new ImportException("import.cannot-move", Confinement.relative(proj, current), e.getClass().getSimpleName(),
                    replaced);
        }
        return written;
    }

    private static final java.security.SecureRandom STAGE = new java.security.SecureRandom();

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // left: the message has said the import failed
        }
    }

    /** The folders this run created, deepest first: each removed when empty (never one with a file of someone else). */
    private static void removeEmpty(List<Path> created) {
        for (Path d : created) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException | RuntimeException e) {
                // not empty, or not to be removed: left
            }
        }
    }

    /** The workbook's sheets (or the document's tables) hold more rows, cells or text than {@link Grid.Budget} allows. */
    private static ImportException tooBig(String shown) {
        return new ImportException("import.too-big", shown, Grid.MAX_ALL_ROWS, Grid.MAX_ALL_CELLS, Grid.MAX_ALL_CHARS);
    }

    /** POI's guards against zip bombs and huge records, set before any workbook is opened. */
    static void guard() {
        // a part may inflate to 32 MB (a 100,000-row sheet is about 20 MB of XML) and to no more than 100 times its
        // compressed size; no record is allocated beyond 32 MB: a 256 MB heap holds the largest sheet we accept
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(32L * 1024 * 1024);
        IOUtils.setByteArrayMaxOverride(32 * 1024 * 1024);
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // the message only (never the class name or a trace): POI's messages may quote the exception they wrap
        m = m.replaceAll("[a-zA-Z_$.]+(Exception|Error): ?", "").replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /**
     * One folder per form, named after its sheet; several projects one after the other on one sheet are numbered in
     * sheet order (自评表-1, 自评表-2), and names that would fall together (sheets "a/b" and "a_b") are told apart.
     */
    /** The problem of JSON files left in the submission folder above the folders the tables were written to. */
    static final String FILES_ABOVE = "files-above-folders";
    /** The note of a sheet left out as a copy of an earlier one ({@link #withoutCopies}). */
    static final String SHEET_COPY = "sheet-copy";

    /**
     * {@code forms} without a later sheet's table equal, document for document, to an earlier sheet's: a sheet copied in
     * Excel or WPS (Move or Copy: 自评表 (2) beside 自评表), kept as it was, is one table, imported once from its first sheet;
     * each copy left out is said ({@link #SHEET_COPY}, a note) in {@code said}. A copy since edited differs and is imported as
     * a sheet of its own, as is any table of a Word document (whose tables share its file name). Before session 45 a copy
     * was written to a folder of its own and checked as a second submission, every finding twice.
     */
    static List<FormReader.Form> withoutCopies(List<FormReader.Form> forms, List<Problem> said) {
        if (forms.size() < 2) {
            return forms;
        }
        Map<Map<String, Map<String, Object>>, FormReader.Form> first = new java.util.HashMap<>();
        List<FormReader.Form> out = new ArrayList<>();
        for (FormReader.Form f : forms) {
            FormReader.Form was = "docx".equals(f.type()) ? null : first.putIfAbsent(f.documents(), f);
            if (was != null && !was.sheet().equals(f.sheet())) {
                said.add(new Problem(SHEET_COPY, null, f.sheet(), was.sheet(), false));
                continue;
            }
            out.add(f);
        }
        return out;
    }

    static List<String> folders(List<FormReader.Form> forms) {
        Map<String, Integer> perSheet = new LinkedHashMap<>();
        for (FormReader.Form f : forms) {
            perSheet.merge(f.sheet(), 1, Integer::sum);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        // per name (as compared, in lower case), the number its next "~n" is tried from: every n below it was taken
        // when it was last given, and a name once taken stays so. Each name tried from 2 on made the loop quadratic in
        // the sheets whose names fall together (a workbook of thousands of sheets "x/", "x:", "X*", … each with a table)
        Map<String, Integer> next = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        for (FormReader.Form f : forms) {
            String name = folder(f.sheet());
            if (perSheet.get(f.sheet()) > 1) {
                name = name + "-" + seen.merge(f.sheet(), 1, Integer::sum);
            }
            String unique = name;
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (!used.add(key)) {
                int n = next.getOrDefault(key, 2);
                for (unique = name + "~" + n; !used.add(unique.toLowerCase(java.util.Locale.ROOT)); ) {
                    unique = name + "~" + ++n;
                }
                next.put(key, n + 1);
            }
            out.add(unique);
        }
        return out;
    }

    /** A folder name from a sheet name: no separators, no dots at the start. */
    static String folder(String sheet) {
        String s = sheet.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "sheet" : s;
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * The file's bytes: a lone surrogate (an .xls cell's text is UTF-16 as stored, and may hold half a pair) as U+FFFD,
     * as every report writes it (getBytes wrote '?').
     */
    static byte[] json(Object tree) {
        String s = MAPPER.writeValueAsString(tree);
        return AtomicFiles.utf8(s + "\n");
    }
}
