import Foundation
import XLSXReader

/// Where a workbook may name its organisation outside the cells, as a person would find it: a sheet's notes and text
/// boxes, the Name Manager's constants, the document's properties (title, subject, Company). Read once per workbook
/// (`InputReader`); the page header and footer come with each sheet (`SheetTable.headerFooter`). A form that names no
/// organisation in its cells takes its name from here, marked «проверьте» (`FormLayoutReader.ownerByName`).
struct OwnerPlaces: Sendable {
    /// One text and where it stands, in the words of the user's message («примечания к ячейке A1»).
    struct Text: Sendable, Equatable {
        var text: String
        var place: String
    }

    /// Texts of each sheet (by name): its text boxes, its notes, the names local to it.
    var sheets: [String: [Text]] = [:]
    /// The workbook's names that stand for a text, then the document's title, subject and keywords.
    var document: [Text] = []
    /// The document's Company and Manager: often the program's owner, not the form's; weighed after the file's name.
    var company: [Text] = []

    /// The places of `file`. A part that cannot be read gives nothing (these are hints, no data of the form).
    static func read(_ file: XLSXFile) -> OwnerPlaces {
        var places = OwnerPlaces()
        for sheet in file.sheets where sheet.state == .visible {
            guard let notes = try? file.notes(sheet) else { continue }
            var texts = notes.textBoxes.map { Text(text: $0, place: "надписи на листе «\(sheet.name)»") }
            texts += notes.comments.map { c in
                Text(
                    text: c.text,
                    place: c.cell.map { "примечания к ячейке \($0) листа «\(sheet.name)»" } ?? "примечания на листе")
            }
            if !texts.isEmpty { places.sheets[sheet.name, default: []] += texts }
        }
        for name in file.definedNames {
            guard let text = name.constantText, !text.isEmpty else { continue }
            let t = Text(text: text, place: "имени «\(name.name)» (диспетчер имён)")
            if let i = name.sheetIndex, file.sheets.indices.contains(i) {
                places.sheets[file.sheets[i].name, default: []].append(t)
            } else {
                places.document.append(t)
            }
        }
        if let p = try? file.documentProperties() {
            let fields = [(p.title, "Название"), (p.subject, "Тема"), (p.keywords, "Ключевые слова")]
            for (value, field) in fields where !value.trimmed.isEmpty {
                places.document.append(Text(text: value, place: "свойств файла («\(field)»)"))
            }
            for (value, field) in [(p.company, "Организация"), (p.manager, "Руководитель")] where !value.trimmed.isEmpty
            {
                places.company.append(Text(text: value, place: "свойств файла («\(field)»)"))
            }
        }
        return places
    }
}

extension OrganisationWords {
    /// An organisation's name in a text that is no cell (a page header's section, a note, a text box, a property): in
    /// one of its lines, as a sentence holds it («МБОУ «ООШ № 2», зам. директора по УВР») or as the whole line.
    func name(inNote text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let l = line.trimmingCharacters(in: .whitespaces)
            guard !l.isEmpty else { continue }
            if let name = nameInSentence(l) { return name }
            if looksLikeName(l) { return l }
        }
        return nil
    }
}
