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
 */
public record JsonDocument(String file, String schemaId, JsonNode root, Columns columns) {

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

    /** Location of a node of this document's tree. */
    public Src src(JsonNode node, String pointer) {
        int line = 0;
        int col = 0;
        if (node != null) {
            if (node instanceof Located loc) {
                line = Math.max(0, loc.line());
                col = columns.charColumn(loc.byteColumn(), loc.byteOffset());
            }
        }
        return new Src(file, pointer, line, col);
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

    public JsonNode at(String pointer) {
        return root.at(JsonPointer.compile(pointer));
    }
}
