package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:import given the wrong thing inside the project (session 38, trial E, a finance officer's day one with the
 * committed real table t58 吕梁 2021 as 自评表 in forms/): the lock file Excel keeps beside a workbook while it is open
 * ({@code ~$吕梁 自评表.xlsx}, which tab completion offers first) was "not an Excel workbook or Word document", and the
 * folder {@code forms/} was "no such file" though it is there. Each now says what it is and which file to give; the
 * advice followed imports.
 */
class ImportWrongFileTest {
    @TempDir
    Path tmp;

    private static final String TABLE = "forms/吕梁 自评表.xlsx";

    private Path project() throws Exception {
        Path forms = Files.createDirectories(tmp.resolve("项目 吕梁/forms"));
        Files.copy(Path.of("src/test/resources/real-table-workbooks/t58-lvliang-hugong-2021.xlsx"), forms.resolve("吕梁 自评表.xlsx"));
        // an owner file as Excel writes it: the user's name, padded to 165 bytes
        byte[] lock = new byte[165];
        byte[] user = "\u0005e-user".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(user, 0, lock, 0, user.length);
        Files.write(forms.resolve("~$吕梁 自评表.xlsx"), lock);
        return forms.getParent();
    }

    private ImportMojo mojo(Path project, String workbook, String locale) throws Exception {
        ImportMojo mojo = new ImportMojo();
        CheckMojoTest.set(mojo, "basedir", project.toFile());
        CheckMojoTest.set(mojo, "workbook", workbook);
        CheckMojoTest.set(mojo, "submissionDirectory", project.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "locale", locale);
        mojo.setLog(new CheckMojoTest.Console());
        return mojo;
    }

    private String fails(Path project, String workbook, String locale) throws Exception {
        String m = assertThrows(MojoFailureException.class, mojo(project, workbook, locale)::execute).getMessage();
        assertFalse(Files.exists(project.resolve("submission")), "nothing written");
        return m;
    }

    @Test
    void theLockFileNamesTheWorkbookBesideIt() throws Exception {
        Path p = project();
        assertEquals("forms/~$吕梁 自评表.xlsx: 这是 Excel 或 Word 打开文件时在旁边生成的临时锁定文件（文件名以 ~$ 开头），不是表格本身。"
                + "请改为导入 forms/吕梁 自评表.xlsx：-Djixiao.workbook=forms/吕梁 自评表.xlsx，并先在 Excel 中保存：导入读的是已保存的内容",
                fails(p, "forms/~$吕梁 自评表.xlsx", "zh-CN"));
        String en = fails(p, "forms/~$吕梁 自评表.xlsx", "en");
        assertTrue(en.contains("this is the lock file Excel or Word writes beside a file while it is open (its name starts with ~$),"
                + " not the table itself. Import forms/吕梁 自评表.xlsx instead: -Djixiao.workbook=forms/吕梁 自评表.xlsx"), en);
        // Word's owner file of a long name stands in place of its first two characters
        Files.move(p.resolve("forms/~$吕梁 自评表.xlsx"), p.resolve("forms/~$ 自评表.xlsx"));
        assertTrue(fails(p, "forms/~$ 自评表.xlsx", "zh-CN").contains("请改为导入 forms/吕梁 自评表.xlsx："));
        // the advice followed: the workbook imports
        mojo(p, TABLE, "zh-CN").execute();
        assertTrue(Files.isRegularFile(p.resolve("submission/indicators.json")));
    }

    @Test
    void aFolderNamesATableInIt() throws Exception {
        Path p = project();
        assertEquals("forms/: 这是一个文件夹，不是表格文件。请在 -Djixiao.workbook 中写出要导入的表格文件，如 -Djixiao.workbook=forms/吕梁 自评表.xlsx",
                fails(p, "forms/", "zh-CN"));
        assertTrue(fails(p, "forms", "en").startsWith("forms: this is a folder, not a table."));
        Files.createDirectories(p.resolve("empty"));
        assertTrue(fails(p, "empty", "zh-CN").contains("其中也没有 .xlsx、.xls 或 .docx 文件"));
        // a name that is not there is still "no such file"
        assertTrue(fails(p, "forms/吕梁自评表.xlsx", "zh-CN").contains("找不到这个文件"));
    }
}
