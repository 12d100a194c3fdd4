package io.github.jixiao.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cold start of a department's build (issue 17, item 3): in {@code mvn verify} everything check runs, runs once, in
 * a fresh JVM, and a third of the goal's time is loading the classes it needs (the plugin's, Jackson's, the JDK's outside
 * the CDS archive), one after the other on the build's thread as the run first touches them. This loads them on a
 * thread of its own, in the order a run needs them ({@code preload.txt}), while the build's thread initialises the
 * messages and the rules and runs the engine, so that the build's thread mostly finds them loaded.
 *
 * <p>Only loaded ({@code Class.forName(name, false, …)}): no static initialiser runs on this thread, so nothing can
 * happen in another order than without it (no class initialisation deadlock, no output changed); the plugin's class
 * realm is parallel-capable, so the two threads wait on each other only for the one class both want at the same moment.
 * Once per class realm: a reactor's later modules find everything loaded.
 */
final class Preload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Preload() {
    }

    /** Starts the loading thread, the first time only. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Preload::run, "jixiao-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every class {@code preload.txt} names; a name that is no class (any more) is passed over. */
    static int run() {
        return run(Preload.class.getClassLoader());
    }

    /** {@link #run()} through {@code loader}: the number of classes it loaded. */
    static int run(ClassLoader loader) {
        int loaded = 0;
        try (InputStream in = Preload.class.getResourceAsStream("preload.txt")) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name; (name = lines.readLine()) != null; ) {
                if (name.isEmpty() || name.charAt(0) == '#') {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                    // a class since renamed or removed (or a loader refusing it): it is simply not loaded ahead, and the
                    // rest of the list still is
                }
            }
        } catch (IOException | RuntimeException e) {
            // loading ahead is only a head start: the goal loads what it needs itself
        }
        return loaded;
    }
}
