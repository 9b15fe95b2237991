import Catalogue
import Consolidation
import Normaliser
import XLSXWriter

/// The hidden «Данные» sheet: every value in machine-readable form, read back as history next year.
public enum DataSheet {
    /// The header row; `Normaliser` recognises a sheet that starts with it.
    public static let header = ["criterion_id", "year", "level", "organisation_key", "organisation", "type",
                                "value", "note", "raw", "link", "source"]

    static func write(_ ws: Worksheet, consolidation: Consolidation) throws {
        try ws.write(row: 0, header.map { .text($0) })
        var r = 1
        for c in consolidation.catalogue.criteria {
            for y in consolidation.years {
                guard let v = consolidation.value(c.id, y) else { continue }
                try ws.write(row: r, [.text(c.id), .number(Double(y)), "municipal", "", "", "",
                                      v.number.map { .number($0) } ?? .blank, .text(v.note ?? ""), "", "", .text(v.origin.rawValue)])
                r += 1
            }
        }
        let d = consolidation.dataset
        for o in d.observations where o.organisation != nil {
            let org = d.organisations[o.organisation!]
            var value: XLSXWriter.CellValue = .blank, note = ""
            switch o.value {
            case .number(let n)?: value = .number(n)
            case .text(let s)?: value = .text(s)
            case .list(let l)?: value = .text(l.joined(separator: "; "))
            case .note(let s)?: note = s
            case nil: break
            }
            try ws.write(row: r, [.text(o.criterion), .number(Double(o.year)), "org", .text(o.organisation!),
                                  .text(org?.name ?? ""), .text(org?.type.rawValue ?? ""), value, .text(note),
                                  .text(o.raw), .text(o.link ?? ""), .text(o.source.description)])
            r += 1
        }
    }
}
