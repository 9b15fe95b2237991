/// An age band one year off the catalogue's («обучающиеся 10–18 лет») is how some regions word the catalogue's
/// indicator (seeds 002 and 003), and a form that words every row so is read with the form's other evidence. A form
/// that gives the catalogue's band in another row («Контингент 10–19 лет») means another group by the near band:
/// that row is asked about, and no order or neighbour makes it the catalogue's.
enum NearBands {
    static func settle(_ rows: inout [RowEvidence]) {
        guard rows.contains(where: { $0.nearBand != nil }) else { return }
        for r in rows.indices {
            guard let near = rows[r].nearBand, rows[r].fixed == nil else { continue }
            let catalogueBand = rows.indices.contains { o in
                o != r && rows[o].stems.contains(near.from) && rows[o].stems.contains(near.catalogueTo)
            }
            guard catalogueBand else { continue }
            rows[r].uncertain =
                "в названии возраст «\(near.from)–\(near.to) лет», а в других строках формы — «\(near.from)–\(near.catalogueTo) лет»"
            rows[r].unknownWordsOnly = false
        }
    }
}
