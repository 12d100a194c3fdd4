package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A $schema or $ref pointing to a server on loopback is a finding; no request is ever made. */
class NoNetworkTest {
    @TempDir
    Path tmp;

    @Test
    void remoteSchemaAndRefAreNeverFetched() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] body = "{\"type\": \"object\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path sub = tmp.resolve("submission");
            Files.createDirectories(sub);
            Files.writeString(sub.resolve("a.json"), "{\"$schema\": \"" + base + "/a.schema.json\"}");
            Files.writeString(sub.resolve("b.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\","
                    + " \"$ref\": \"" + base + "/b.schema.json\", \"schemaVersion\": \"1.0\", \"kind\": \"department\","
                    + " \"name\": \"x\", \"year\": 2024, \"stage\": \"自评\"}");
            EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
            assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("schema-unknown") && f.key().equals("remote")));
            assertEquals(0, hits.get(), "requests made to the loopback server");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void evidenceOutsideTheProjectIsRefused() throws Exception {
        Path sub = tmp.resolve("submission");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("department.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"kind\": \"department\", \"name\": \"x\", \"year\": 2024, \"stage\": \"目标申报\","
                + " \"evidence\": [{\"title\": \"ok\", \"path\": \"evidence/a.pdf\"}, {\"title\": \"up\", \"path\": \"../../etc/passwd\"},"
                + " {\"title\": \"abs\", \"path\": \"/etc/passwd\"}]}");
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertEquals(2, r.findings().stream().filter(f -> f.key().equals("path-outside")).count(), r.findings().toString());
        assertTrue(r.findings().stream().filter(f -> f.key().equals("path-outside")).allMatch(f -> f.line() == 1));
    }
}
