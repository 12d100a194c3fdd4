// The workbook is built here, with POI (never downloaded or committed): a 项目支出绩效目标表 (棠溪 委托业务项目, 2023)
import io.github.jixiao.workbook.FormWorkbooks
FormWorkbooks.save(FormWorkbooks.target(), new File(basedir, "forms/自评表.xlsx").toPath())
return true
