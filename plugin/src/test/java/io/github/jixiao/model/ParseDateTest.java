package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Submission#parseDate}'s scan of YYYY-MM-DD against {@link LocalDate#parse}, which it reads for otherwise. */
class ParseDateTest {

    private static LocalDate oracle(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void sameAsTheFormatter() {
        for (String s : List.of("2024-03-14", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31",
                "0000-01-01", "9999-12-31", "2024-1-01", "2024/03/14", "+2024-03-14", "20240-3-14", "２０２４-03-14", "2024-03-1a",
                "2024-03-14 ", "", "x")) {
            assertEquals(oracle(s), Submission.parseDate(s), s);
        }
        assertEquals(null, Submission.parseDate(null));
        String chars = "0123456789-/+ a";
        Random r = new Random(11);
        for (int k = 0; k < 100_000; k++) {
            char[] c = new char[10];
            for (int i = 0; i < 10; i++) {
                c[i] = r.nextInt(5) == 0 ? chars.charAt(r.nextInt(chars.length())) : (char) ('0' + r.nextInt(10));
            }
            c[4] = r.nextInt(20) == 0 ? c[4] : '-';
            c[7] = r.nextInt(20) == 0 ? c[7] : '-';
            if (r.nextBoolean()) {
                c[5] = (char) ('0' + r.nextInt(2));
                c[8] = (char) ('0' + r.nextInt(4));
            }
            String s = new String(c);
            assertEquals(oracle(s), Submission.parseDate(s), s);
        }
    }
}
