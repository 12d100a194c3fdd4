package io.github.jixiao.lint;

/**
 * A workbook cell jixiao:import could not read where a number belongs (its sidecar's {@code unreadable} list): the
 * value at {@code ref} ({@code role#/pointer}) is missing from the JSON. {@code text} is what the cell held (cut
 * short), {@code merged} whether it lies in a merged block.
 */
public record UnreadableCell(String ref, String cell, String text, boolean merged) {
}
