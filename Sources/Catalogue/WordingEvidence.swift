/// What the words of a title and the value in its row say about the kind of criterion they can be: a
/// title beginning «Наличие …» asks yes/no, «Доля …» a share, «Уровень …» a level, «Количество …» a count;
/// a value «Да» is an answer yes/no, «7,28 %» a share.
package enum WordingKind: String, Sendable {
    case yesno, share, level, count, list

    /// The kind a title's first word announces, when it announces one.
    package static func of(normalisedTitle t: String) -> WordingKind? {
        // Every row of every form asks it, often more than once: remembered by the title's bytes.
        kinds.value(TextKey(t)) { announced(t) }
    }

    private static let kinds = Memo<TextKey, WordingKind?>(limit: 100_000)

    /// `.yesno` when a title as typed offers the answer's choices, «База наставников ОО (есть / нет)», «Дорожная
    /// карта (да/нет)» (the normalised title has lost them); nil otherwise.
    package static func ofChoices(_ title: String) -> WordingKind? {
        guard title.contains("нет") || title.contains("Нет") || title.contains("отсутств") else { return nil }
        let pattern = #"(^|[^а-яёa-z])(да|есть|имеется)[^а-яёa-z0-9]{1,5}(нет|отсутствует)($|[^а-яёa-z])"#
        return title.lowercased().range(of: pattern, options: .regularExpression) != nil ? .yesno : nil
    }

    private static func announced(_ t: String) -> WordingKind? {
        switch TitleTokens.firstWord(t) {
        case "наличие", "имеется", "есть", "утверждено", "утверждена", "утвержден", "назначение", "назначен",
            "назначены":
            return .yesno
        case "доля", "процент", "удельный": return .share
        case "уровень", "степень", "удовлетворенность", "удовлетворённость": return .level
        case "количество", "число", "численность", "кол", "колво", "общее", "общая", "сколько": return .count
        case "наименование", "наименования", "список", "перечень", "название", "названия", "предмет": return .list
        default:
            if t.contains("%") { return .share }

            // «довольны наставляемые», «Наставляемые: удовлетворённость» — a satisfaction is a level wherever it stands
            // («неудовлетворительная успеваемость» is no satisfaction).
            return t.range(of: #"(^| )(удовлетвор|доволь)"#, options: .regularExpression) != nil ? .level : nil
        }
    }
}

/// The kind of value a row holds, as read.
package enum ValueHint: String, Sendable {
    /// «Да», «нет», «да (1)».
    case yesno
    /// A number shown with «%» or stored with a percent format.
    case percent
    /// A plain number.
    case number
    /// Text that is not a number nor a yes/no answer.
    case text
}

extension Criterion {
    /// How well a title's announced kind and its row's value fit this criterion: 1 when they fit or say
    /// nothing, less when they contradict it (a «Наличие …» title for a count of people, «Да» for a share).
    /// Whether an organisation answers it yes/no.
    package var takesYesNo: Bool { unit == .yesno || aggregation == .countYes }

    func fit(wording: WordingKind?, value: ValueHint?) -> Double {
        var f = 1.0
        let yesNoAsked = takesYesNo
        if let w = wording {
            let ok: Bool
            switch unit {
            case .count: ok = w == .count || (w == .yesno && yesNoAsked)
            case .yesno: ok = w == .yesno
            case .share: ok = w == .share
            case .level: ok = w == .level || w == .share
            case .text, .list: ok = w == .list || w == .count
            }
            if !ok { f *= 0.6 }
        }
        if let v = value {
            let ok: Bool
            switch v {
            case .yesno: ok = yesNoAsked
            case .percent: ok = unit == .share || unit == .level
            case .number: ok = unit != .text && unit != .list
            case .text: ok = unit == .text || unit == .list
            }
            if !ok { f *= 0.8 }
        }
        return f
    }
}
