package io.github.jixiao.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A node of a {@link TreeReader} tree: where its first token starts, as three numbers kept in the node. networknt's
 * location-aware nodes, which the loader used before, keep a {@code TokenStreamLocation} object per node (with its
 * content reference); a department of 600 indicators has about 10,000 nodes, and three ints are all a finding needs.
 */
public interface Located {
    /** 1-based line (Jackson's count). */
    int line();

    /** 1-based column in bytes (Jackson's count when parsing bytes); {@link Columns} turns it into characters. */
    int byteColumn();

    /** Byte offset of the token from where parsing started. */
    long byteOffset();

    /** The nodes, one class per JSON node kind {@code readTree} makes (nothing else may carry a location). */
    final class Obj extends ObjectNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Obj(JsonNodeFactory f, int line, int column, long offset) {
            super(f, new Props()); // its properties in two arrays, not a LinkedHashMap (Props)
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Arr extends ArrayNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Arr(JsonNodeFactory f, int line, int column, long offset) {
            super(f);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Str extends StringNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Str(String v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Int extends IntNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Int(int v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Long_ extends LongNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Long_(long v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class BigInt extends BigIntegerNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        BigInt(BigInteger v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Dec extends DecimalNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Dec(BigDecimal v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Bool extends BooleanNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Bool(boolean v, int line, int column, long offset) {
            super(v);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }

    final class Null extends NullNode implements Located {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long offset;

        Null(int line, int column, long offset) {
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int byteColumn() {
            return column;
        }

        @Override
        public long byteOffset() {
            return offset;
        }
    }
}
