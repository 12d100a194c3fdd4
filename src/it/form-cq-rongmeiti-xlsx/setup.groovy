// The workbook is built here, with POI (never downloaded or committed): the 重庆 2021 部门整体绩效自评表
import io.github.jixiao.workbook.FormWorkbooks
FormWorkbooks.save(FormWorkbooks.chongqing(), new File(basedir, "forms/自评表.xlsx").toPath())
return true
