package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A built-in framework gives each Chinese name one English wherever it stands (a criterion's nameEn, a figure's
 * labelEn): the reports translate by the Chinese, so two Englishes for 财政供养人员控制率 show one of them at random
 * places ("Control of publicly funded staff" beside "Control rate of state-funded staff").
 */
class FrameworkEnglishConsistencyTest {
    static List<String> builtIn() {
        return List.copyOf(FrameworkLoader.BUILT_IN);
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void oneEnglishForEachChineseName(String id) throws Exception {
        JsonNode root;
        try (InputStream in = FrameworkLoader.class.getResourceAsStream("/io/github/jixiao/frameworks/" + id + ".json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        Map<String, Set<String>> english = new HashMap<>();
        walk(root, english);
        List<String> twice = new ArrayList<>();
        english.forEach((zh, en) -> {
            if (en.size() > 1) {
                twice.add(zh + " → " + en);
            }
        });
        assertTrue(!english.isEmpty() && twice.isEmpty(), id + ": " + twice);
    }

    private static void walk(JsonNode n, Map<String, Set<String>> english) {
        if (n.isObject()) {
            for (String field : List.of("name", "label")) {
                if (n.path(field).isString() && n.path(field + "En").isString()) {
                    english.computeIfAbsent(n.path(field).asString(), k -> new TreeSet<>()).add(n.path(field + "En").asString());
                }
            }
            n.values().forEach(v -> walk(v, english));
        } else if (n.isArray()) {
            n.values().forEach(v -> walk(v, english));
        }
    }
}
