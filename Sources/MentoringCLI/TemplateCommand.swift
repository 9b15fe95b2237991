import ArgumentParser
import Catalogue
import Foundation
import Report

/// `mentoring template`: a blank form of one organisation for a year, or (`--organisations`) a blank register
/// of the municipality's organisations.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Пустая форма организации за год (с подсказками и проверкой значений) или пустой реестр организаций (--organisations).")

    @Option(name: .long, help: "Отчётный год.")
    var year: Int?

    @Flag(name: .long, help: "Пустой реестр организаций (для --organisations команд check и consolidate) вместо формы.")
    var organisations = false

    @Option(name: .shortAndLong, help: "Куда записать форму (реестр).")
    var output: String?

    @Option(name: .long, help: "Папка Templates с каталогом критериев.")
    var templates: String?

    func validate() throws {
        if !organisations && year == nil { throw ValidationError("укажите отчётный год: --year 2024 (или --organisations для реестра)") }
    }

    func run() throws {
        if organisations {
            let path = output ?? "out/organisations.xlsx"
            let template = RegisterTemplate()
            try template.write(to: path)
            print("Пустой реестр организаций записан: \(path) (строк для заполнения: \(template.rows)); " +
                  "заполните его и передайте командам check и consolidate как --organisations \(path).")
            return
        }
        let year = year!
        let dir = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        let catalogue = try Catalogue.load(from: dir)
        let template = FormTemplate(catalogue: catalogue, year: year)
        guard !template.criteria.isEmpty else {
            throw ValidationError("в каталоге нет критериев за \(year) год (есть годы: \(catalogue.years.map(String.init).joined(separator: ", ")))")
        }
        let path = output ?? "out/form.xlsx"
        try template.write(to: path)
        print("Форма за \(year) год записана: \(path) (критериев: \(template.criteria.count)).")
    }
}
