package org.clearway.store.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of COPY's binary format, as PostgreSQL's documentation gives them; BulkLodgementJdbcTest sends them to a real server. */
class CopyBinaryTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<Integer> chunks = new ArrayList<>();

    private CopyBinary copy(int buffer) {
        return new CopyBinary((bytes, n) -> {
            sent.write(bytes, 0, n);
            chunks.add(n);
        }, buffer);
    }

    @Test
    void header_rows_fields_and_trailer_are_laid_out_as_postgresql_reads_them() throws Exception {
        CopyBinary out = copy(1 << 16);
        out.row(4).text("Zoë 北京 😀").nul().int4(7).timestamp(Instant.parse("2000-01-01T00:00:01.000001999Z"));
        out.finish();
        ByteBuffer b = ByteBuffer.wrap(sent.toByteArray());
        byte[] signature = new byte[11];
        b.get(signature);
        assertThat(signature).isEqualTo(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
        assertThat(b.getInt()).as("flags").isZero();
        assertThat(b.getInt()).as("header extension").isZero();
        assertThat(b.getShort()).as("fields").isEqualTo((short) 4);
        byte[] text = "Zoë 北京 😀".getBytes(StandardCharsets.UTF_8);
        assertThat(b.getInt()).isEqualTo(text.length);
        byte[] got = new byte[text.length];
        b.get(got);
        assertThat(got).isEqualTo(text);
        assertThat(b.getInt()).as("null").isEqualTo(-1);
        assertThat(b.getInt()).isEqualTo(4);
        assertThat(b.getInt()).isEqualTo(7);
        assertThat(b.getInt()).isEqualTo(8);
        assertThat(b.getLong()).as("microseconds since 2000-01-01, nanoseconds dropped").isEqualTo(1_000_001L);
        assertThat(b.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(b.hasRemaining()).isFalse();
        assertThat(out.rows()).isEqualTo(1);
    }

    @Test
    void times_before_2000_are_negative_and_a_lone_surrogate_is_sent_as_a_question_mark() throws Exception {
        CopyBinary out = copy(1 << 16);
        out.row(2).timestamp(Instant.parse("1999-12-31T23:59:59Z")).text("a\uD83Db");
        out.finish();
        ByteBuffer b = ByteBuffer.wrap(sent.toByteArray(), 19, sent.size() - 19);
        b.getShort();
        b.getInt();
        assertThat(b.getLong()).isEqualTo(-1_000_000L);
        assertThat(b.getInt()).isEqualTo(3);
        assertThat(new String(new byte[] {b.get(), b.get(), b.get()}, StandardCharsets.UTF_8)).isEqualTo("a?b");
    }

    @Test
    void a_time_is_the_microseconds_of_the_instant_truncated_to_microseconds_as_before() throws Exception {
        java.util.Random random = new java.util.Random(28);
        CopyBinary out = copy(1 << 16);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-4_000_000_000L, 8_000_000_000L), random.nextInt(1_000_000_000));
            times.add(at);
            out.row(1).timestamp(at);
        }
        out.finish();
        ByteBuffer b = ByteBuffer.wrap(sent.toByteArray(), 19, sent.size() - 19);
        for (Instant at : times) {
            Instant micros = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            long expected = micros.getEpochSecond() * 1_000_000L + micros.getNano() / 1_000 - 946_684_800_000_000L;
            assertThat(b.getShort()).isEqualTo((short) 1);
            assertThat(b.getInt()).isEqualTo(8);
            assertThat(b.getLong()).as("%s", at).isEqualTo(expected);
        }
    }

    @Test
    void the_buffer_is_handed_on_whenever_it_fills_so_a_field_may_be_larger_than_the_buffer() throws Exception {
        String big = "x".repeat(1000);
        CopyBinary small = copy(64);
        for (int i = 0; i < 50; i++) small.row(2).text(big).text("é" + i);
        small.finish();
        byte[] streamed = sent.toByteArray();
        assertThat(chunks).hasSizeGreaterThan(50).allMatch(n -> n <= 64);

        sent.reset();
        CopyBinary large = copy(1 << 20);
        for (int i = 0; i < 50; i++) large.row(2).text(big).text("é" + i);
        large.finish();
        assertThat(streamed).isEqualTo(sent.toByteArray());
    }
}
