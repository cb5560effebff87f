package org.clearway.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.declaration.PartyId;
import org.junit.jupiter.api.Test;

/** The codes' format checks, written as loops, accept exactly what their former regular expressions accepted. */
class CodeCharsTest {
    private record Format(String name, Pattern regex, Consumer<String> make) {}

    private static final List<Format> FORMATS = List.of(
            new Format("country", Pattern.compile("[A-Z]{2}"), CountryCode::new),
            new Format("currency", Pattern.compile("[A-Z]{3}"), CurrencyCode::new),
            new Format("party id", Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}"), PartyId::new),
            new Format("HS code", Pattern.compile("[0-9]{4}([0-9]{2}){0,3}"), HsCode::new),
            new Format("LRN", Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,34}"), Lrn::new),
            new Format("UN/LOCODE", Pattern.compile("[A-Z]{2}[A-Z2-9]{3}"), UnLocode::new),
            new Format("decimal", Pattern.compile("-?[0-9]+(\\.[0-9]+)?"), v -> require(CodeChars.decimal(v))),
            new Format("integer", Pattern.compile("-?[0-9]{1,9}"), v -> require(CodeChars.integer(v, 9))),
            new Format("date", Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"), v -> require(CodeChars.isoDateShape(v))),
            new Format("unit", Pattern.compile("[A-Z0-9]{2,3}"), v -> require(v.length() >= 2 && v.length() <= 3 && CodeChars.capitalsOrDigits(v, 0, v.length()))),
            new Format("office", Pattern.compile("[A-Z]{2}[A-Z0-9]{6}"), v -> require(v.length() == 8 && CodeChars.capitals(v, 0, 2) && CodeChars.capitalsOrDigits(v, 2, 8))),
            // the MRN's check digit is checked after its format: only the format is compared here
            new Format("MRN", Pattern.compile("[0-9]{2}[A-Z]{2}[A-Z0-9]{13}[0-9]"), v -> {
                try {
                    new Mrn(v);
                } catch (IllegalArgumentException e) {
                    if (!e.getMessage().equals("the MRN's check digit is wrong")) throw e;
                }
            }));

    private static void require(boolean ok) {
        if (!ok) throw new IllegalArgumentException("not accepted");
    }

    /** Characters on and around every class boundary, and some beyond ASCII. */
    private static final String ALPHABET = "AZaz09 18.-_/\\@[`{:;Ä\u0660é\u00A0\t";

    private static boolean accepted(Format f, String value) {
        try {
            f.make().accept(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void every_format_accepts_what_its_regular_expression_matched_and_nothing_else() {
        SplittableRandom random = new SplittableRandom(11);
        for (Format f : FORMATS) {
            int matched = 0;
            for (int i = 0; i < 200_000; i++) {
                StringBuilder b = new StringBuilder();
                if (f.name().equals("date") && random.nextBoolean()) {
                    // a valid date, with one character changed half of the time (random strings are rarely dates)
                    b.append("2026-11-28");
                    if (random.nextBoolean()) b.setCharAt(random.nextInt(b.length()), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else {
                    // mostly characters of the format's own classes, so that long valid values are drawn too
                    String chars = random.nextInt(4) == 0 ? ALPHABET : "AZQ09527" + switch (f.name()) {
                        case "LRN" -> "az._/-";
                        case "decimal", "integer" -> "0123456789.-";
                        default -> "";
                    };
                    int length = random.nextInt(40);
                    for (int k = 0; k < length; k++) b.append(chars.charAt(random.nextInt(chars.length())));
                }
                String value = b.toString();
                boolean expected = f.regex().matcher(value).matches();
                if (expected) matched++;
                assertThat(accepted(f, value)).as("%s %s", f.name(), value).isEqualTo(expected);
            }
            assertThat(matched).as("valid %s values drawn", f.name()).isGreaterThan(20);
        }
        for (Format f : FORMATS) assertThat(accepted(f, "")).isFalse();
    }
}
