import ArgumentParser
import Catalogue
import Dataset
import Foundation
import Normaliser
import Report

/// `mentoring template`: a blank form of one organisation for a year, or (`--organisations`) a blank register
/// of the municipality's organisations.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract:
            "Пустая форма организации за год (с подсказками и проверкой значений), пустой реестр организаций (--organisations) или пустые базы наставников и наставляемых (--bases)."
    )

    @Option(name: .long, help: ArgumentHelp("Отчётный год.", valueName: "ГОД"))
    var year: Int?

    @Flag(name: .long, help: "Пустой реестр организаций (для --organisations команд check и consolidate) вместо формы.")
    var organisations = false

    @Flag(
        name: .long,
        help:
            "Пустые базы наставников и наставляемых (два листа, с проверкой дат, годов рождения и форм наставничества) вместо формы."
    )
    var bases = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать форму (реестр, базы).", valueName: "ФАЙЛ.xlsx"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Папка Templates с каталогом критериев.", valueName: "ПАПКА"))
    var templates: String?

    func validate() throws {
        if organisations && bases { throw ValidationError("укажите одно: --organisations или --bases") }
        if !organisations && !bases && year == nil {
            throw ValidationError(
                "укажите отчётный год: --year 2024 (или --organisations для реестра, --bases для баз наставников и наставляемых)"
            )
        }
    }

    func run() throws {
        if organisations {
            let path = output ?? "out/organisations.xlsx"
            let template = RegisterTemplate()
            try template.write(to: path)
            print(
                "Пустой реестр организаций записан: \(path) (строк для заполнения: \(template.rows)); "
                    + "заполните его и передайте командам check и consolidate как --organisations \(path).")
            return
        }
        let dir = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        let catalogue = try Catalogue.load(from: dir)
        if bases {
            let year = self.year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
            let path = output ?? "out/bases.xlsx"
            let template = BaseTemplate(rules: try BaseRules.load(from: dir, catalogue: catalogue), year: year)
            try template.write(to: path)
            print(
                "Пустые базы наставников и наставляемых за \(year) год записаны: \(path) (листы «База наставников» и «База наставляемых», "
                    + "строк для заполнения: \(template.rows)); заполненные передайте командам check и consolidate вместе с формами."
            )
            return
        }
        let year = year!
        let template = FormTemplate(catalogue: catalogue, year: year)
        guard !template.criteria.isEmpty else {
            throw ValidationError(
                "в каталоге нет критериев за \(year) год (есть годы: \(catalogue.years.map(String.init).joined(separator: ", ")))"
            )
        }
        let path = output ?? "out/form.xlsx"
        try template.write(to: path)
        print("Форма за \(year) год записана: \(path) (критериев: \(template.criteria.count)).")
    }
}
