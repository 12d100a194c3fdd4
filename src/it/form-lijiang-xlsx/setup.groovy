// The workbook is built here, with POI (never downloaded or committed): the 丽江 2020 项目支出绩效自评表
import io.github.jixiao.workbook.FormWorkbooks
FormWorkbooks.save(FormWorkbooks.lijiang(), new File(basedir, "forms/自评表.xlsx").toPath())
return true
