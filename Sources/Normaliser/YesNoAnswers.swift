import Catalogue
import Foundation

/// The words and marks that answer yes or no in a value cell (Templates/answers.tsv, columns `answer`, `value`: `yes`
/// or `no`, `note`): «да», «имеется», «+», «✓» against «нет», «отсутствует», «✗». Compared as `ValueParser.yesNo`
/// compares a cell: lower case, without spaces, dots, brackets and dashes («Да (1)» is «да1»). Rows of value
/// `document` are the starts of words that name what a «да» rests on («приказ», «положение», «№», «http»): «да,
/// приказ № 112-од» is «да», «да (в стадии разработки)» is no answer.
package struct YesNoAnswers: Sendable {
    let yes: TextSet
    let no: TextSet
    var documents: [String] = []
    /// The marks of a ticked box and the empty boxes of a choice typed in a cell («☒ да ☐ нет», «☐ да ☑ нет»).
    var marks: Set<Character> = []
    var boxes: Set<Character> = []

    /// Reads answers.tsv from a Templates folder.
    package static func load(from directory: URL) throws -> YesNoAnswers {
        let file = try TSVFile(path: directory.appendingPathComponent("answers.tsv").path)
        try file.require(["answer", "value"])
        var yes: [String] = [], no: [String] = [], documents: [String] = []
        var marks: Set<Character> = [], boxes: Set<Character> = []
        for (line, f) in file.records {
            let key = ValueParser.YesNoText.filtered(f["answer"]!.lowercased().replacingOccurrences(of: "ё", with: "е"))
            guard !key.isEmpty else { throw CatalogueError(file: file.path, line: line, "пустой ответ") }
            switch f["value"]! {
            case "yes": yes.append(key)
            case "no": no.append(key)
            case "document": documents.append(f["answer"]!.lowercased().replacingOccurrences(of: "ё", with: "е"))
            case "mark", "box":
                let t = f["answer"]!.trimmingCharacters(in: .whitespaces)
                guard t.count == 1, let c = t.first else {
                    throw CatalogueError(file: file.path, line: line, "флажок — один знак, а не «\(t)»")
                }
                if f["value"]! == "mark" { marks.insert(c) } else { boxes.insert(c) }
            default:
                throw CatalogueError(
                    file: file.path, line: line, "value — yes, no, document, mark или box, а не «\(f["value"]!)»")
            }
        }
        return YesNoAnswers(yes: TextSet(yes), no: TextSet(no), documents: documents, marks: marks, boxes: boxes)
    }

    /// The answers of the Templates folder the program runs with (`Catalogue.locateTemplates`), read once: the value
    /// parser is called from every reader without a context. `NormaliserContext.load` reads the file too, so that a
    /// missing or broken file stops a run with its message instead of leaving every answer unread.
    static let shared: YesNoAnswers =
        (try? Catalogue.locateTemplates()).flatMap { try? load(from: $0) } ?? YesNoAnswers(yes: [], no: [])
}
