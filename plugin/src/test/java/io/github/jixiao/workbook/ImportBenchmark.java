package io.github.jixiao.workbook;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ScoreSummaryXlsx;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A benchmark, not a test: imports a 5,000-row 项目支出绩效自评表 and exports the sample's score-summary.xlsx,
 * each after a warm-up, and prints the times and the heap in use. Run it in a 256 MB heap:
 *
 * <pre>
 * ./mvnw -B -q -o -pl plugin test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp plugin/target/test-classes:plugin/target/classes:$(cat plugin/target/cp.txt) \
 *     -Djixiao.repoRoot=. io.github.jixiao.workbook.ImportBenchmark [rows]
 * </pre>
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Files.createTempDirectory("jixiao-import-bench");
        Path book = dir.resolve("big.xlsx");
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            XSSFSheet s = wb.getSheetAt(0);
            int first = 12 + FormWorkbooks.TANGXI.length;
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(first + i);
                r.createCell(1).setCellValue(i % 2 == 0 ? "产出指标" : "效益指标");
                r.createCell(2).setCellValue(i % 2 == 0 ? "数量指标" : "社会效益指标");
                r.createCell(3).setCellValue("指标 " + i);
                r.createCell(4).setCellValue("≥" + (i % 100) + "个");
                r.createCell(5).setCellValue(i % 100);
                r.createCell(6).setCellValue(1);
                r.createCell(7).setCellValue(1);
            }
            FormWorkbooks.save(wb, book);
        }
        System.out.printf("workbook: %d indicator rows, %d KB%n", rows, Files.size(book) / 1024);
        for (int round = 0; round < 4; round++) {
            Path out = dir.resolve("p" + round);
            Files.createDirectories(out);
            Files.copy(book, out.resolve("big.xlsx"));
            System.gc();
            long t0 = System.nanoTime();
            WorkbookImport.run(out, "big.xlsx", out.resolve("submission"), false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("import round %d: %d ms, heap used after %d MB of max %d MB%n", round, ms,
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        }
        Path sample = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
        EngineResult r = new Engine().run(EngineOptions.of(sample, sample.resolve("submission")));
        for (int round = 0; round < 6; round++) {
            Path out = Files.createDirectories(dir.resolve("x" + round));
            long t0 = System.nanoTime();
            ScoreSummaryXlsx.write(out, r, new Messages(Messages.ZH), f -> null);
            System.out.printf("export of the sample's summary round %d: %d ms%n", round, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
