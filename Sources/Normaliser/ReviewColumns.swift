import XLSXReader

/// A form sent back after a methodologist checked it: the school's columns, and the reviewer's added beside them
/// («Проверено (да/нет)», «Замечание методиста», «Исправленное значение», «Статус»; Templates/labels.tsv, roles
/// `correction` and `review`). The reviewer's columns hold no values of the form. Where the reviewer typed a corrected
/// value, it is the row's value; where the reviewer sent the value back («на доработке», «не принято») and typed none,
/// nobody can tell the right figure, and the row is asked about, not used.
extension FormLayoutReader {
    /// Words of a status that sends a value back.
    static let sentBackWords = ["доработ", "не принят", "отклон", "неверн", "исправить", "уточнить"]

    /// The reviewer's corrected value of `row`, if any, and the status that sent its value back when there is none.
    func reviewed(_ row: Row, _ h: Columns) -> (corrected: Cell?, sentBack: String?) {
        func cell(_ c: Int) -> Cell? {
            row.cells.first { $0.column == c && !$0.text.trimmed.isEmpty }
        }
        if let c = h.correction, let fixed = cell(c), fixed.text.contains(where: { $0.isLetter || $0.isNumber }) {
            // «уточнить» in the column of corrections is no value: the value is sent back.
            let t = fixed.text.trimmed.lowercased()
            if Self.sentBackWords.contains(where: { t.hasPrefix($0) }) { return (nil, fixed.text.trimmed) }
            return (fixed, nil)
        }
        for c in h.review {
            guard let status = cell(c) else { continue }
            let t = status.text.trimmed.lowercased()
            if t.count <= 40, Self.sentBackWords.contains(where: { t.includes($0) }) {
                return (nil, status.text.trimmed)
            }
        }
        return (nil, nil)
    }
}
