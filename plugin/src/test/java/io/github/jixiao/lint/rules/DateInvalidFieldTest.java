package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DateInvalid#dateField} is {@code DATE_FIELDS.contains}: on the fields, their near misses and other keys. */
class DateInvalidFieldTest {

    @Test
    void asTheSet() {
        List<String> keys = new ArrayList<>(List.of("", "d", "Date", "dates", "date ", "publishedon", "targetRevisedOff",
                "indicatorsRevisedOn2", "targetrevisedon", "revisedOn", "value", "unit", "actual"));
        for (String f : DateInvalid.DATE_FIELDS) {
            keys.add(f);
            keys.add(f.toUpperCase());
            keys.add(f.substring(1) + "x");
            keys.add(new String(f.toCharArray())); // another instance of the same text
        }
        for (String k : keys) {
            assertEquals(DateInvalid.DATE_FIELDS.contains(k), DateInvalid.dateField(k), k);
        }
    }
}
