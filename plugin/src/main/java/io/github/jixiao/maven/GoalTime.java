package io.github.jixiao.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * The goal's wall time and the CPU time of Maven's thread running it, logged at debug level (the cold start of issue 17:
 * {@code benchmark/build-cost.sh} reads it with the mojo's logger at debug). Off, it reads no clock and loads no class of
 * {@code java.lang.management}.
 */
final class GoalTime {
    private static final GoalTime OFF = new GoalTime(0, -1);
    private final long wallStart;
    private final long cpuStart;

    private GoalTime(long wallStart, long cpuStart) {
        this.wallStart = wallStart;
        this.cpuStart = cpuStart;
    }

    static GoalTime start(boolean on) {
        return on ? new GoalTime(System.nanoTime(), cpu()) : OFF;
    }

    void log(Log log, String goal) {
        if (this == OFF) {
            return;
        }
        long cpu = cpuStart < 0 ? -1 : cpu() - cpuStart;
        log.debug(String.format(java.util.Locale.ROOT, "%s: %d ms wall, %d ms CPU on Maven's thread", goal,
                (System.nanoTime() - wallStart) / 1_000_000, cpu < 0 ? -1 : cpu / 1_000_000));
    }

    private static long cpu() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : -1;
    }
}
