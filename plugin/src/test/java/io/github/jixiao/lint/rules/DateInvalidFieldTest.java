package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DateInvalid#dateField} is {@code DATE_FIELDS.contains}: on the fields, their near misses and other keys;
 * {@link DateInvalid#shaped} answers as the pattern it replaced (the calendar day is {@code Submission.parseDate}'s,
 * held to {@code LocalDate.parse} by ParseDateTest).
 */
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

    /** The shape as the rule matched it before {@link DateInvalid#shaped}. */
    private static final Pattern SHAPE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    private static void same(String s) {
        boolean shaped = SHAPE.matcher(s).matches();
        assertEquals(shaped, DateInvalid.shaped(s), s);
    }

    @Test
    void everyMonthAndDayOfYearsThatDecideLeapYears() {
        int[] years = {0, 1, 4, 100, 200, 300, 400, 1582, 1600, 1700, 1800, 1900, 1999, 2000, 2001, 2020, 2023, 2024, 2025,
            2100, 2400, 9996, 9999};
        for (int y : years) {
            for (int m = 0; m <= 99; m++) {
                for (int d = 0; d <= 99; d++) {
                    same(String.format("%04d-%02d-%02d", y, m, d));
                }
            }
        }
    }

    @Test
    void randomTextsOfTenCharacters() {
        String alphabet = "0123456789-/ ０x\u0660";
        Random r = new Random(1610);
        for (int n = 0; n < 300_000; n++) {
            char[] c = new char[10];
            for (int k = 0; k < 10; k++) {
                c[k] = k == 4 || k == 7 ? (r.nextInt(8) == 0 ? '/' : '-')
                        : r.nextInt(20) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('0' + r.nextInt(10));
            }
            same(new String(c));
        }
        for (int y = 0; y <= 9999; y++) {
            same(String.format("%04d-02-29", y));
            same(String.format("%04d-12-31", y));
        }
    }
}
