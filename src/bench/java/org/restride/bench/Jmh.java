package org.restride.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs one JMH benchmark method in a forked JVM (with the options the app is launched with) and returns its
 * distribution of single-call times in milliseconds.
 */
final class Jmh {
    /** Median, 99th percentile and number of timed calls. */
    record Timing(double median, double p99, long samples) {
    }

    private final List<String> jvmOptions;

    Jmh(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    /** Every call timed, warm-up and measurement as a number of one-second iterations. */
    Timing run(Class<?> benchmark, String method, Map<String, String> params, int warmups, int measurements)
            throws RunnerException {
        return run(benchmark, method, params, Mode.SampleTime, warmups, measurements);
    }

    /** In {@link Mode#SingleShotTime} an iteration is one call, for calls too long to repeat within a second. */
    Timing run(Class<?> benchmark, String method, Map<String, String> params, Mode mode, int warmups,
               int measurements) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .mode(mode)
                .timeUnit(TimeUnit.MILLISECONDS)
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(measurements)
                .measurementTime(TimeValue.seconds(1))
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend(jvmOptions.toArray(String[]::new));
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("Expected one result for " + benchmark.getSimpleName() + "." + method
                    + ", got " + results.size());
        }
        Statistics stats = results.iterator().next().getPrimaryResult().getStatistics();
        if (stats.getN() == 0) {
            throw new IllegalStateException("No timings for " + benchmark.getSimpleName() + "." + method);
        }
        return new Timing(stats.getPercentile(50), stats.getPercentile(99), stats.getN());
    }

    static List<String> with(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
