package org.clearway.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.Json;
import org.clearway.core.clearance.Checked;
import org.clearway.core.clearance.ClearancePipeline;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;

/**
 * Declarations per second through decode + validate + assess in one thread, no I/O. The baseline in
 * the same run is JSON parsing alone (Jackson's tree of the same bytes): the ratio says how much the
 * pipeline costs on top of reading the request at all.
 */
final class PipelineBench {
    record Result(double pipelinePerSecond, double parseOnlyPerSecond, long checksum) {}

    static List<byte[]> bodies(int count) throws IOException {
        String[] kinds = {"import-valid.json", "export-valid.json", "lowvalue-valid.json"};
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode d = DemoData.example(kinds[i % kinds.length]);
            d.put("lrn", "BENCH-" + i);
            bodies.add(Json.MAPPER.writeValueAsBytes(d));
        }
        return bodies;
    }

    static Result run(List<byte[]> bodies, double warmupSeconds, double seconds) {
        ClearancePipeline pipeline = Clearway.pipeline(BundledReferenceData.load(), Administration.defaults());
        DeclarationJsonCodec codec = new DeclarationJsonCodec();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 28);
        long[] sink = new long[1];
        Runnable[] pipelineOp = new Runnable[1];
        int[] index = new int[1];
        pipelineOp[0] = () -> {
            byte[] body = bodies.get(index[0]++ % bodies.size());
            if (codec.decode(body) instanceof Decoded.Ok(var declaration)
                    && pipeline.check(declaration, today) instanceof Checked.Acceptable acceptable) {
                sink[0] += pipeline.decide(acceptable, Mrn.of(26, "GB", index[0])).lane().lane().ordinal() + 1;
            } else {
                throw new IllegalStateException("a benchmark declaration was rejected");
            }
        };
        Runnable parseOp = () -> {
            try {
                sink[0] += Json.MAPPER.readTree(bodies.get(index[0]++ % bodies.size())).size();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        measure(parseOp, warmupSeconds);
        measure(pipelineOp[0], warmupSeconds);
        // Alternate short rounds of the two and keep each one's median, so that a change in the
        // machine's load during the run weighs on both figures alike.
        int rounds = 5;
        double[] parse = new double[rounds];
        double[] full = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            parse[r] = measure(parseOp, seconds / rounds);
            full[r] = measure(pipelineOp[0], seconds / rounds);
        }
        return new Result(median(full), median(parse), sink[0]);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Runs the operation for about the given time; returns operations per second. */
    static double measure(Runnable op, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long n = 0;
        while (true) {
            for (int i = 0; i < 100; i++) op.run();
            n += 100;
            long now = System.nanoTime();
            if (now >= deadline) return n / ((now - start) / 1e9);
        }
    }
}
