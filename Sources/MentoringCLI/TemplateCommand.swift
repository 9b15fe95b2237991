import ArgumentParser
import Catalogue
import Foundation
import Report

/// `mentoring template`: a blank form of one organisation for a year.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Пустая форма организации за год (с подсказками и проверкой значений).")

    @Option(name: .long, help: "Отчётный год.")
    var year: Int

    @Option(name: .shortAndLong, help: "Куда записать форму.")
    var output: String = "out/form.xlsx"

    @Option(name: .long, help: "Папка Templates с каталогом критериев.")
    var templates: String?

    func run() throws {
        let dir = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        let catalogue = try Catalogue.load(from: dir)
        let template = FormTemplate(catalogue: catalogue, year: year)
        guard !template.criteria.isEmpty else {
            throw ValidationError("в каталоге нет критериев за \(year) год (есть годы: \(catalogue.years.map(String.init).joined(separator: ", ")))")
        }
        try template.write(to: output)
        print("Форма за \(year) год записана: \(output) (критериев: \(template.criteria.count)).")
    }
}
