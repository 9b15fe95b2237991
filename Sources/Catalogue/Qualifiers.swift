import Foundation

/// The marks of a qualifier in a catalogue wording (Templates/qualifiers.tsv): the text in parentheses,
/// «за исключением …», «из числа …», «в возрасте … лет», «молодых специалистов», «по приказу». A qualifier
/// narrows its criterion: «Общее количество педагогов (за исключением молодых специалистов)» is not the
/// number of all teachers, so a title without the qualifier is not taken for it on its own when a wider
/// criterion exists or the wider value is computed (see `CriterionResolver`).
package struct QualifierMarkers: Sendable {
    package enum Extent: String, Sendable {
        /// The text between «(» and its «)».
        case parenthesis
        /// The marker and the words after it, up to a comma, a parenthesis, the next marker or the end.
        case clause
        /// The marker's own words.
        case phrase
    }

    struct Marker: Sendable {
        /// Normalised (`TitleNormaliser`).
        let text: String
        let extent: Extent
        /// For a clause: the word it ends with when that comes first («в возрасте от 10 до 19 лет»).
        let endsWith: String?
        /// Narrows whether or not the catalogue has the wider criterion (an age band: a title without one
        /// counts every age).
        let always: Bool
    }

    let markers: [Marker]

    package init() { markers = [] }

    init(markers: [Marker]) { self.markers = markers }

    /// Reads `qualifiers.tsv` (columns `marker`, `extent`, `ends_with`, `narrows`); a missing file gives no markers.
    package static func load(from directory: URL) throws -> QualifierMarkers {
        let path = directory.appendingPathComponent("qualifiers.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return QualifierMarkers() }
        let file = try TSVFile(path: path)
        try file.require(["marker", "extent", "ends_with", "narrows"])
        var markers: [Marker] = []
        for (line, f) in file.records {
            let text = f["marker"]! == "(" ? "(" : TitleNormaliser.normalise(f["marker"]!)
            guard !text.isEmpty, let extent = Extent(rawValue: f["extent"]!),
                ["always", "if_wider"].contains(f["narrows"]!)
            else {
                throw CatalogueError(
                    file: path, line: line,
                    "пустая метка, неизвестный охват (parenthesis, clause, phrase) или narrows не always/if_wider")
            }
            let end = TitleNormaliser.normalise(f["ends_with"]!)
            markers.append(
                Marker(text: text, extent: extent, endsWith: end.isEmpty ? nil : end, always: f["narrows"]! == "always")
            )
        }
        return QualifierMarkers(markers: markers)
    }

    /// The qualifiers of a normalised wording, as written there (they may overlap: «(за исключением молодых
    /// специалистов)» holds the clause and the phrase too).
    /// The clauses of `text` («из числа детей с ОВЗ», «за исключением …», «в возрасте 15–19 лет»): the segments that
    /// begin with a clause marker, each with its marker.
    package func clauses(in text: String) -> [(text: String, marker: String)] {
        let clauseMarkers = markers.filter { $0.extent == .clause }.map(\.text)
        return segments(in: text).compactMap { s in
            clauseMarkers.first { s.text.hasPrefix($0) }.map { (s.text, $0) }
        }
    }

    package func segments(in text: String) -> [(text: String, always: Bool)] {
        let chars = Array(text)
        var out: [(text: String, always: Bool)] = []
        func add(_ r: Range<Int>, _ m: Marker) {
            let s = String(chars[r]).trimmingCharacters(in: .whitespaces)
            if !s.isEmpty && !out.contains(where: { $0.text == s }) { out.append((s, m.always)) }
        }
        let starts = markers.filter { $0.extent != .parenthesis }.flatMap { m in
            occurrences(of: Array(m.text), in: chars).map { ($0, m) }
        }
        for m in markers where m.extent == .parenthesis {
            var depth = 0, open = 0
            for (i, ch) in chars.enumerated() {
                if ch == "(" { if depth == 0 { open = i + 1 }; depth += 1 }
                if ch == ")" && depth > 0 { depth -= 1; if depth == 0 { add(open..<i, m) } }
            }
        }
        for (start, m) in starts {
            let markerEnd = start + m.text.count
            guard m.extent == .clause else { add(start..<markerEnd, m); continue }
            var end = chars.count
            for i in markerEnd..<chars.count where ",;()".contains(chars[i]) { end = i; break }
            for (other, o) in starts where o.extent == .clause && other > start && other < end { end = other }
            if let w = m.endsWith, let at = occurrences(of: Array(w), in: Array(chars[markerEnd..<end])).first {
                end = markerEnd + at + w.count
            }
            add(start..<end, m)
        }
        return out
    }

    /// Where `word` (one or more words) starts in `text`, at word boundaries.
    private func occurrences(of word: [Character], in text: [Character]) -> [Int] {
        guard !word.isEmpty, word.count <= text.count else { return [] }
        var out: [Int] = []
        for i in 0...(text.count - word.count) where Array(text[i..<(i + word.count)]) == word {
            let before = i == 0 || !(text[i - 1].isLetter || text[i - 1].isNumber)
            let j = i + word.count
            let after = j == text.count || !(text[j].isLetter || text[j].isNumber)
            if before && after { out.append(i) }
        }
        return out
    }
}
