import Foundation

/// A defined name of the workbook (Formulas › Name Manager): a range, a formula or a constant.
public struct DefinedName: Sendable, Equatable {
    public var name: String
    /// The sheet (its position in `workbook.xml`) the name is local to; nil for the whole workbook.
    public var sheetIndex: Int?
    /// What the name stands for, as written («Лист1!$A$1:$C$40», «"МБОУ «СОШ № 25»"»).
    public var formula: String

    static let maxNames = 10_000
    static let maxBytes = 8 * 1024

    /// The text of a name that stands for a string constant («"МБОУ ""Лицей"""» → «МБОУ "Лицей"»); nil otherwise.
    public var constantText: String? {
        var f = formula.trimmingCharacters(in: .whitespacesAndNewlines)
        if f.hasPrefix("=") { f.removeFirst() }
        guard f.count >= 2, f.hasPrefix("\""), f.hasSuffix("\"") else { return nil }
        let inner = f.dropFirst().dropLast()
        // A quote inside is doubled; a lone one means the formula joins strings and references: no constant.
        guard !inner.replacingOccurrences(of: "\"\"", with: "").contains("\"") else { return nil }
        return inner.replacingOccurrences(of: "\"\"", with: "\"")
    }
}

/// The document's properties a person sees in File › Properties: the core part's title, subject, keywords and
/// description, and the extended part's Company and Manager. (The author and the last editor are people, not kept.)
public struct DocumentProperties: Sendable, Equatable {
    public var title = ""
    public var subject = ""
    public var keywords = ""
    public var description = ""
    public var company = ""
    public var manager = ""

    public init() {}
}

/// Texts of a sheet that are in no cell: its notes (comments) with their cells, and the text of its drawn shapes
/// (text boxes, captions on figures).
public struct SheetNotes: Sendable, Equatable {
    public var comments: [(cell: CellRef?, text: String)] = []
    public var textBoxes: [String] = []

    public init() {}

    public static func == (a: SheetNotes, b: SheetNotes) -> Bool {
        a.textBoxes == b.textBoxes && a.comments.map(\.cell) == b.comments.map(\.cell)
            && a.comments.map(\.text) == b.comments.map(\.text)
    }
}

extension XLSXFile {
    /// The document's properties (`docProps/core.xml`, `docProps/app.xml`, as the package's relationships name
    /// them). A part that is missing gives empty fields; one that is not XML throws.
    public func documentProperties() throws -> DocumentProperties {
        var properties = DocumentProperties()
        let root = try PartPaths.relationships(of: "", in: archive)
        func part(_ type: String, _ fallback: String) -> String? {
            let named = root.first { $0.type == type && !$0.isExternal }?.target ?? fallback
            return archive.contains(named) ? named : nil
        }
        if let core = part("core-properties", "docProps/core.xml") {
            let sink = ElementTextSink(texts: ["title", "subject", "keywords", "description"])
            try SAXParser.parse(archive.open(core), into: sink)
            for item in sink.items {
                switch item.element {
                case "title": properties.title = item.text
                case "subject": properties.subject = item.text
                case "keywords": properties.keywords = item.text
                default: properties.description = item.text
                }
            }
        }
        if let app = part("extended-properties", "docProps/app.xml") {
            let sink = ElementTextSink(texts: ["Company", "Manager"])
            try SAXParser.parse(archive.open(app), into: sink)
            for item in sink.items {
                if item.element == "Company" { properties.company = item.text } else { properties.manager = item.text }
            }
        }
        return properties
    }

    /// The notes and text boxes of a sheet (its `comments` and `drawing` parts). A sheet without them gives none; a
    /// part that is not XML throws.
    public func notes(_ sheet: SheetInfo) throws -> SheetNotes {
        var notes = SheetNotes()
        let rels = try PartPaths.relationships(of: sheet.part, in: archive)
        for rel in rels where !rel.isExternal && archive.contains(rel.target) {
            if rel.type == "comments" {
                let sink = ElementTextSink(group: ["comment"], texts: ["t"], keys: ["ref"])
                try SAXParser.parse(archive.open(rel.target), into: sink)
                for item in sink.items where !item.text.isEmpty {
                    let cell = item.attributes["ref"].flatMap { CellRef(Substring($0)) }
                    notes.comments.append((cell, item.text))
                }
            } else if rel.type == "drawing" {
                let sink = ElementTextSink(group: ["sp"], texts: ["t"], paragraph: ["p"])
                try SAXParser.parse(archive.open(rel.target), into: sink)
                notes.textBoxes += sink.items.map(\.text).filter { !$0.isEmpty }
            }
        }
        return notes
    }
}
