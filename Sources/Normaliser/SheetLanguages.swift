import Foundation
import XLSXReader

/// A sheet in two languages. The regional templates of national republics give each label in Russian and in the
/// republic's language: «Күрсәткеч / Показатель», a wording and its translation on two lines of one cell, a title
/// «Остазлар саны (боерык буенча) / Число наставников по приказу». The catalogue, the labels and the answers are
/// Russian: the other language's half of such a cell is left out, so that a title is its Russian words.
///
/// A half is the other language's when it holds a letter Russian lacks (ә, ө, ү, җ, ң, һ, ҡ, ғ, ҙ, ҫ, …) and the
/// other half none; or, on a sheet where such cells show the other language on one side (the first half or the
/// second), when none of its words is one the catalogue or the labels know and the other half holds some (and, where
/// the sheet shows the other language on one side, it is on that side).
/// Cells in one language, and cells whose halves are both the other language's or both Russian by these tests, are
/// left as they are.
enum SheetLanguages {
    /// Cyrillic letters of the languages of Russia (and its neighbours) that Russian does not have.
    static let foreignLetters: Set<Character> = Set(
        "әөүҗңһҡғҙҫӘӨҮҖҢҺҠҒҘҪӑӗӳҫӐӖӲҕҔҥҤӧӦӱӰӓӒӹӸїєіґўЇЄІҐЎқҚұҰ")

    /// Whether `text` holds a letter of another language.
    static func isForeign(_ text: Substring) -> Bool { text.contains(where: foreignLetters.contains) }

    /// A cell's two halves: its two lines, or the two sides of « / ». Nil when the cell has no such halves.
    static func halves(_ text: String) -> (first: Substring, second: Substring, lines: Bool)? {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        if lines.count == 2 { return (lines[0], lines[1], true) }
        guard lines.count == 1, let slash = text.range(of: " / ") else { return nil }
        let first = text[..<slash.lowerBound], second = text[slash.upperBound...]
        guard !second.contains(" / "), first.contains(where: \.isLetter), second.contains(where: \.isLetter) else {
            return nil
        }
        return (first, second, false)
    }

    /// The sheet's rows with each two-language cell's Russian half; the rows unchanged when no cell has a half in
    /// another language's letters. `knows`: how many of a text's words the catalogue knows; `name`: whether a text
    /// looks like an organisation's name in Russian.
    static func keepRussian(_ rows: [Row], knows: (String) -> Int, name: (String) -> Bool) -> [Row] {
        // Which side the other language takes, by cells whose letters say so (per kind of halves: lines, slash).
        var sides: [Bool: (first: Int, second: Int)] = [:]
        for row in rows {
            for cell in row.cells {
                guard case .text(let t) = cell.value, let h = halves(t) else { continue }
                switch (isForeign(h.first), isForeign(h.second)) {
                case (true, false): sides[h.lines, default: (0, 0)].first += 1
                case (false, true): sides[h.lines, default: (0, 0)].second += 1
                default: break
                }
            }
        }
        guard sides.values.contains(where: { $0.first + $0.second >= 2 }) else { return rows }
        /// The side of the other language for halves of this kind, when the cells agree (four to one at least).
        func side(_ lines: Bool) -> Bool? {
            guard let s = sides[lines], s.first + s.second >= 2 else { return nil }
            if s.first >= 4 * s.second { return true }
            if s.second >= 4 * s.first { return false }
            return nil
        }
        return rows.map { row in
            var row = row
            for i in row.cells.indices {
                guard case .text(let t) = row.cells[i].value, let h = halves(t) else { continue }
                let russian: Substring?
                switch (isForeign(h.first), isForeign(h.second)) {
                case (true, false): russian = h.second
                case (false, true): russian = h.first
                case (false, false) where name(String(h.first)) != name(String(h.second)):
                    // An organisation's name in both languages: the half with a Russian type word («МБОУ «Татарская
                    // гимназия № 5» / «5 нче татар гимназиясе» МБГББУ»), whichever side it is on.
                    russian = name(String(h.first)) ? h.first : h.second
                case (false, false):
                    // Words of no alphabet's own letters: the half understood when the other is not («Барлыгы /
                    // Итого»); on the sheet's side of the other language when the sheet has one.
                    let a = knows(String(h.first)), b = knows(String(h.second))
                    guard (a == 0) != (b == 0) else { continue }
                    if let firstIsForeign = side(h.lines), firstIsForeign != (a == 0) { continue }
                    russian = a == 0 ? h.second : h.first
                default: russian = nil
                }
                if let russian {
                    row.cells[i].value = .text(russian.trimmingCharacters(in: .whitespaces))
                }
            }
            return row
        }
    }
}

extension SheetLanguages {
    /// Whether the first rows hold a letter of another language at all (a sheet in Russian alone is not loaded whole
    /// to look).
    static func mayHold(_ rows: [Row]) -> Bool {
        rows.contains { row in
            row.cells.contains { if case .text(let t) = $0.value { return isForeign(t[...]) } else { return false } }
        }
    }
}
