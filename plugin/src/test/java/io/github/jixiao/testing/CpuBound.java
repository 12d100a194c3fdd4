package io.github.jixiao.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A guard against a quadratic (or exponential) path coming back, bounded by the CPU time the work uses, not by a wall
 * clock: on a host loaded 20–30 deep on two cores (seven helpers' parallel builds, sessions 47–48) wall-clock timeouts of
 * 2–60 s failed while the work itself was unchanged (ManyRowsProjectTest did this first, session 47, by the process's CPU).
 *
 * <p>The work runs on a thread of its own, as under {@code assertTimeoutPreemptively}. Its CPU is that thread's and the
 * common fork-join pool's since the start (the engine checks files on a parallel stream), read every 20 ms: the test
 * fails as soon as the work has used more than the bound, without waiting for a slow or endless path to finish, and
 * again if it finished over it. Not the whole process's CPU: a thread a failed guard left running (a thread cannot be
 * stopped) would count against every guard after it. A wall clock of 10 minutes stays only so that a runaway that waits
 * without computing cannot hold the build; a guard against such a wait gives its own ({@link #within(Duration, Duration,
 * ThrowingSupplier)}).
 */
public final class CpuBound {
    /** Only against a runaway that uses no CPU (a wait): never the guard itself. */
    static final Duration RUNAWAY = Duration.ofMinutes(10);

    private CpuBound() {
    }

    /** Runs {@code work}, failing once it has used more than {@code cpu} of CPU; returns its result, rethrows its throw. */
    public static <T> T within(Duration cpu, ThrowingSupplier<T> work) {
        return within(cpu, RUNAWAY, work);
    }

    /** Runs {@code work}, failing once it has used more than {@code cpu} of CPU; rethrows its throw. */
    public static void within(Duration cpu, Executable work) {
        within(cpu, RUNAWAY, () -> {
            work.execute();
            return null;
        });
    }

    /**
     * As {@link #within(Duration, ThrowingSupplier)}, and failing too once {@code wall} has passed: for a guard against a
     * wait (a FIFO opened for reading blocks without using CPU), where the wall clock is the only measure; give it room
     * for a loaded host, many times the work's own time.
     */
    public static <T> T within(Duration cpu, Duration wall, ThrowingSupplier<T> work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong own = new AtomicLong(-1); // the work thread's CPU when done (a thread ended says -1)
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.get();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new ExecutionException(t);
            } finally {
                own.set(mx.getCurrentThreadCpuTime());
            }
        });
        Thread thread = new Thread(task, "cpu-bound-work");
        thread.setDaemon(true);
        Map<Long, Long> pool0 = poolCpu(mx);
        long wall0 = System.nanoTime();
        thread.start();
        while (true) {
            try {
                T result = task.get(20, TimeUnit.MILLISECONDS);
                long used = own.get() + poolSince(mx, pool0);
                report(cpu, used);
                if (used > cpu.toNanos()) {
                    fail(String.format("%.1f s of CPU, over the bound of %d s: a slow path is back", used / 1e9, cpu.toSeconds()));
                }
                return result;
            } catch (TimeoutException e) {
                long used = Math.max(0, mx.getThreadCpuTime(thread.getId())) + poolSince(mx, pool0);
                if (used > cpu.toNanos()) {
                    thread.interrupt();
                    fail(String.format("%.1f s of CPU and not done, over the bound of %d s: a slow path is back",
                            used / 1e9, cpu.toSeconds()));
                }
                if (System.nanoTime() - wall0 > wall.toNanos()) {
                    thread.interrupt();
                    fail("not done after " + wall.toSeconds() + " s (" + used / 1_000_000_000L + " s of CPU): a wait or a runaway");
                }
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                throw CpuBound.<RuntimeException>sneaky(cause);
            }
        }
    }

    /** The CPU time of each live thread of the common fork-join pool, by id. */
    private static Map<Long, Long> poolCpu(ThreadMXBean mx) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("ForkJoinPool.commonPool-")) {
                long c = mx.getThreadCpuTime(t.getThreadId());
                if (c >= 0) {
                    cpu.put(t.getThreadId(), c);
                }
            }
        }
        return cpu;
    }

    /** The CPU the common pool's threads have used since {@code start} (a thread new since counted whole). */
    private static long poolSince(ThreadMXBean mx, Map<Long, Long> start) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : poolCpu(mx).entrySet()) {
            sum += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0L));
        }
        return sum;
    }

    /** One line a guard, so a full run's output says how far each bound is from the work (the figure a bound is set by). */
    private static void report(Duration cpu, long usedNanos) {
        String at = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(CpuBound.class.getName()))
                .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("?"));
        System.out.printf("CpuBound: %s %.2f s of CPU (bound %d s)%n", at, usedNanos / 1e9, cpu.toSeconds());
    }

    /** The JVM's CPU time so far, every thread (for a ratio of two runs' CPU, where JIT and GC are in both). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
