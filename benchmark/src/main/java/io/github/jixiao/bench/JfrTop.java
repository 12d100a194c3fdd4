package io.github.jixiao.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a JFR recording: the hottest methods by self time (top frame), and
 * by total time (anywhere on the stack) for the methods of chosen package prefixes.
 * Usage: JfrTop file.jfr [top] [--any-thread] [--within=substring] [--callers=class.method] [prefix ...]; --callers names
 * the nearest frame of the project's own above each sample of the method; --within keeps the samples with a frame whose
 * class.method contains the substring (e.g. {@code Harness.lambda$check} for the engine passes only).
 */
public final class JfrTop {
    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String within = null;
        boolean anyThread = false; // --any-thread: every thread's samples (a Maven build's), not only the pool's
        String callersOf = null;
        List<String> prefixes = new java.util.ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--callers=")) {
                callersOf = args[i].substring("--callers=".length());
            } else if (args[i].equals("--any-thread")) {
                anyThread = true;
            } else if (args[i].startsWith("--within=")) {
                within = args[i].substring("--within=".length());
            } else {
                prefixes.add(args[i]);
            }
        }
        if (prefixes.isEmpty()) {
            prefixes = List.of("io.github.jixiao", "com.networknt", "tools.jackson", "java.nio", "sun.nio");
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> callers = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            if (!anyThread && !e.getThread("sampledThread").getJavaName().startsWith("ForkJoinPool")) {
                continue; // only the measured work (the harness runs it in its own pool)
            }
            if (within != null) {
                final String w = within;
                if (st.getFrames().stream().noneMatch(f -> name(f).contains(w))) {
                    continue;
                }
            }
            samples++;
            self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
            if (callersOf != null) {
                List<RecordedFrame> fr = st.getFrames();
                for (int k = 0; k + 1 < fr.size(); k++) {
                    if (name(fr.get(k)).equals(callersOf)) {
                        int up = k + 1; // the nearest caller of the project's own (past the JDK's and libraries' frames)
                        while (up + 1 < fr.size() && !name(fr.get(up)).startsWith("io.github.jixiao")) {
                            up++;
                        }
                        callers.merge(name(fr.get(up)) + ":" + fr.get(up).getLineNumber(), 1, Integer::sum);
                        break;
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : st.getFrames()) {
                String n = name(f);
                if (prefixes.stream().anyMatch(n::startsWith) && seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples on the pool's threads%n", samples);
        print("self (top frame)", self, samples, top);
        print("total (on the stack), " + prefixes, total, samples, top * 2);
        if (callersOf != null) {
            print("callers of " + callersOf, callers, samples, top);
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> m, int samples, int top) {
        System.out.println("-- " + title);
        m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / samples,
                        e.getValue(), e.getKey()));
    }
}
