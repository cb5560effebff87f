package org.clearway.app.bench;

import java.nio.file.Path;
import java.util.List;

/** Entry points of the benchmarks for the CLI; each returns {figure, baseline}. */
public final class BenchRunner {
    private BenchRunner() {}

    public static double[] pipeline(double seconds) throws Exception {
        var r = PipelineBench.run(PipelineBench.bodies(3000), seconds, seconds);
        return new double[] {r.pipelinePerSecond(), r.parseOnlyPerSecond()};
    }

    public static double[] http(int count, int concurrency, Path workDir) throws Exception {
        var r = HttpBench.run(count, concurrency, workDir);
        return new double[] {r.lodgedPerSecond(), r.healthPerSecond()};
    }

    /** Per web page (and the health baseline first): name, p50, p95, max in milliseconds, bytes on the wire. */
    public static List<Object[]> pages(int count, Path workDir) throws Exception {
        return PagesBench.run(count, workDir).stream().map(l -> new Object[] {l.name(), l.p50(), l.p95(), l.max(), l.gzipBytes()}).toList();
    }
}
