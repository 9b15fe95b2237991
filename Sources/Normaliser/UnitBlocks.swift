import Catalogue

/// A form that gives the same rows once per unit of its organisation — the main building, each branch (филиал), a
/// department — and perhaps once more for the whole («Раздел V. ИТОГО по МБОУ»). The organisation's value is the
/// whole's: a unit's figure is a part of it, and the first unit's rows had been read as the school's (heldout66: its
/// mentees 52 of 70). Where a section is named as the total, its rows are read and the units' repeats of them are asked
/// about; where none is, every repeated row is asked about, since nobody can tell the whole from its units.
enum UnitBlocks {
    /// Words of a section's title that name it the whole's total.
    static let totalWords = ["итого", "всего по", "в целом", "по учреждению", "по организации", "по оо"]

    /// The rows to read (indices into `rows`, in order) and the rows set aside as units' repeats, each with its
    /// section's title and the total section's title, if there is one.
    static func split(_ rows: [FormLayoutReader.CriterionRow])
        -> (keep: [Int], units: [(row: Int, block: String, total: String?)])
    {
        var order: [String] = []
        var keysOf: [String: Set<String>] = [:]
        for r in rows {
            guard let b = r.block, r.hasContent else { continue }
            if keysOf[b] == nil { order.append(b) }
            keysOf[b, default: []].insert(key(r))
        }
        // Sections that repeat another section's rows: three rows at least, half of the smaller one's.
        let repeating = order.filter { a in
            order.contains { b in
                guard a != b, let x = keysOf[a], let y = keysOf[b] else { return false }
                let shared = x.intersection(y).count
                return shared >= 3 && shared * 2 >= min(x.count, y.count)
            }
        }
        guard repeating.count >= 2 else { return (Array(rows.indices), []) }
        let totals = repeating.filter { b in
            let t = TitleNormaliser.normalise(b)
            return totalWords.contains { t.contains($0) }
        }
        let total = totals.count == 1 ? totals[0] : nil
        var seen: [String: Int] = [:]
        for b in repeating { for k in keysOf[b]! { seen[k, default: 0] += 1 } }
        var keep: [Int] = [], units: [(row: Int, block: String, total: String?)] = []
        for (i, r) in rows.enumerated() {
            guard let b = r.block, repeating.contains(b), r.hasContent, (seen[key(r)] ?? 0) >= 2 else {
                keep.append(i)
                continue
            }
            if let total {
                if b == total || !(keysOf[total]?.contains(key(r)) ?? false) {
                    keep.append(i)
                } else {
                    units.append((i, b, total))
                }
            } else {
                units.append((i, b, nil))
            }
        }
        return (keep, units)
    }

    static func key(_ row: FormLayoutReader.CriterionRow) -> String { TitleTokens.key(row.query.title) }

    /// What the user is told of a unit's rows set aside, once per section.
    static func message(block: String, total: String?, rows: Int) -> String {
        if let total {
            return "раздел «\(block)» повторяет строки раздела «\(total)» (значения подразделения): учтены значения "
                + "раздела «\(total)», значения этого раздела (\(rows)) не учтены — проверьте"
        }
        return "раздел «\(block)» повторяет строки других разделов (подразделения организации?), а раздела с итогом по "
            + "организации нет: значения раздела (\(rows)) не учтены; впишите итог по организации («ИТОГО по …») или решите "
            + "в файле сопоставления"
    }
}
