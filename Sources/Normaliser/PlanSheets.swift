import Catalogue
import Foundation
import XLSXReader

/// A sheet that speaks of mentoring but is no monitoring form: a plan of events («Мероприятие | Срок |
/// Ответственный»), a mentor's individual plan («Задача / мероприятие | Срок | Форма отчётности»), the minutes of a
/// meeting («Вопрос повестки | Докладчик | Решение»). Its rows are events with their participants, hours and votes, and
/// read as a form they gave a school a count of programmes from «Разработка персонализированных программ | 31» (a
/// layout nobody described, issue 25). Such a sheet is named and not read.
enum PlanSheets {
    /// The header of a plan among the first rows: the first row with `least` different labels of labels.tsv's role
    /// `plan` («Срок», «Ответственный», «Докладчик»), and its labels. Nil when no row has.
    static func header(_ rows: [Row], labels: HeaderLabels) -> (row: Int, labels: [String])? {
        for row in rows.prefix(40) {
            var seen: [String] = []
            for cell in row.cells {
                let text = cell.text.trimmed
                guard text.count <= 40, labels.role(of: TitleNormaliser.normalise(text), among: [.plan]) != nil,
                    !seen.contains(text)
                else { continue }
                seen.append(text)
            }
            if seen.count >= least { return (row.index, seen) }
        }
        return nil
    }

    /// Two labels of a plan in one row: one («Решение», «Срок») may head a column of a form.
    static let least = 2
}
