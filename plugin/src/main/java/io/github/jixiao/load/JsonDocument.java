package io.github.jixiao.load;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One parsed submission file: its path relative to the project, the schema it names, and its
 * location-aware tree (parsed once; schema validation and every rule reuse it).
 *
 * @param file     path relative to the project, '/' separators
 * @param schemaId the {@code $schema} the file names, or null
 * @param root     the tree; every node knows its line and column
 * @param columns  counts columns in characters from the file's bytes, in constant time per value
 * @param plainNumbers the loader saw every number of {@code root} as it built the tree, and none is one that
 *                 {@link Numbers#check} could report (so it need not walk the tree); false when not known
 * @param recorded the nodes of {@code root} a tree rule could act on, recorded as the loader built the tree; null when
 *                 not recorded ({@link #ruleNodes()} walks the tree then)
 */
public record JsonDocument(String file, String schemaId, JsonNode root, Columns columns, boolean plainNumbers,
                           RuleNodes recorded) {

    /** A document whose numbers have not been looked at. */
    public JsonDocument(String file, String schemaId, JsonNode root, Columns columns) {
        this(file, schemaId, root, columns, false, null);
    }

    /** A document whose tree-rule nodes are not recorded. */
    public JsonDocument(String file, String schemaId, JsonNode root, Columns columns, boolean plainNumbers) {
        this(file, schemaId, root, columns, plainNumbers, null);
    }

    /** A document whose bytes are not kept: columns are Jackson's. */
    public JsonDocument(String file, String schemaId, JsonNode root) {
        this(file, schemaId, root, new Columns(null, 0));
    }

    /**
     * @param source       the file's bytes, to count columns in characters (null: Jackson's byte columns)
     * @param sourceOffset where parsing started in {@code source} (3 after a byte order mark)
     */
    public JsonDocument(String file, String schemaId, JsonNode root, byte[] source, int sourceOffset) {
        this(file, schemaId, root, new Columns(source, sourceOffset));
    }

    /** As above, for a tree the loader has read ({@link #plainNumbers}, {@link #recorded}). */
    JsonDocument(String file, String schemaId, JsonNode root, byte[] source, int sourceOffset, boolean plainNumbers,
                 RuleNodes recorded) {
        this(file, schemaId, root, new Columns(source, sourceOffset), plainNumbers, recorded);
    }

    /**
     * The nodes of the tree a tree rule could act on, in the order of a walk: as recorded when the tree was read, or
     * by a walk of a tree built otherwise.
     */
    public RuleNodes ruleNodes() {
        return recorded != null ? recorded : RuleNodes.of(root);
    }

    /**
     * Location of a node of this document's tree; its line and column are worked out when first asked (most are
     * never: only a reported value's are).
     */
    public Src src(JsonNode node, String pointer) {
        return new Src(file, pointer, null, node instanceof Located l ? l : null, columns);
    }

    /** As {@link #src(JsonNode, String)}, the pointer {@code base + suffix} built only when it is asked for. */
    public Src src(JsonNode node, String base, String suffix) {
        return new Src(file, base, suffix, node instanceof Located l ? l : null, columns);
    }

    /**
     * As {@link #src(JsonNode, String)}, the pointer {@code base + index + suffix} ("/tasks/" 3 "/budget/total/value")
     * built only when it is asked for: binding locates every element of the arrays and a few values in each.
     */
    public Src src(JsonNode node, String base, int index, String suffix) {
        return new Src(file, base, index, suffix, node instanceof Located l ? l : null, columns);
    }

    /** Location of the node at {@code pointer}, or of its nearest existing ancestor. */
    public Src src(String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode n = root.at(p);
        JsonPointer q = p;
        while ((n == null || n.isMissingNode()) && !q.matches()) {
            q = q.head();
            n = root.at(q);
        }
        return src(n, pointer);
    }

    /**
     * The node at {@code pointer} (a missing node when there is none); an invalid pointer throws as
     * {@link JsonPointer#compile} does.
     */
    public JsonNode at(String pointer) {
        return root.at(compiled(pointer));
    }

    /**
     * The pointers the rules and the frameworks read through {@link #at} are a few dozen texts ("/budget/total", …),
     * asked for again in every submission: each is compiled once. Bounded (a framework file may name any number of
     * them): beyond 4,096 texts a pointer is compiled for the one use. An invalid pointer throws as
     * {@link JsonPointer#compile} does, and is not kept. ({@link #src(String)} compiles its own: it locates
     * findings, whose pointers rarely recur.)
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, JsonPointer> POINTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonPointer compiled(String text) {
        JsonPointer p = POINTERS.get(text);
        if (p == null) {
            p = JsonPointer.compile(text);
            if (POINTERS.size() < 4096) {
                POINTERS.putIfAbsent(text, p);
            }
        }
        return p;
    }
}
