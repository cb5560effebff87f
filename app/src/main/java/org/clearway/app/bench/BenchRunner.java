package org.clearway.app.bench;

import java.nio.file.Path;

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
}
