package org.clearway.store.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    /** What the rows were before: the text escaped as a String, then encoded by the JDK. */
    private static byte[] escapedByTheJdk(String value) {
        if (value == null) return "\\N".getBytes(StandardCharsets.UTF_8);
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fields_are_escaped_and_encoded_as_the_jdk_encodes_them() {
        String[] samples = {"", "plain", "tab\there", "back\\slash", "line\nbreak\r", "Zoë Ørsted", "北京", "emoji 😀",
                "lone \uD83D surrogate", "low \uDE00 first", "\uD83D", null};
        for (String s : samples) {
            assertThat(new CopyText(0).field(s).toBytes()).as("%s", s).isEqualTo(escapedByTheJdk(s));
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(6);
                b.append(switch (pick) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780));
                    case 2 -> (char) (0x800 + random.nextInt(0xD000));
                    case 3 -> (char) (0xD800 + random.nextInt(0x800)); // surrogates, paired or not
                    case 4 -> "\t\n\r\\".charAt(random.nextInt(4));
                    default -> (char) (0xE000 + random.nextInt(0x2000));
                });
            }
            String s = b.toString();
            assertThat(new CopyText(1).field(s).toBytes()).as("%s", s).isEqualTo(escapedByTheJdk(s));
        }
    }

    @Test
    void rows_are_tab_separated_and_newline_ended_and_grow_past_the_first_guess() {
        CopyText rows = new CopyText(1);
        for (int i = 0; i < 1000; i++) rows.field("a\tb").tab().plain("2026-11-28T10:00:00Z").tab().field(null).endRow();
        String text = new String(rows.toBytes(), StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1000).allMatch(l -> l.equals("a\\tb\t2026-11-28T10:00:00Z\t\\N"));
        assertThat(rows.size()).isEqualTo(text.length());
    }
}
