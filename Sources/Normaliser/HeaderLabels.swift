import Catalogue

/// The labels that identify columns and fields of the AIS forms, compared after `TitleNormaliser`.
enum HeaderLabels {
    static func set(_ words: [String]) -> TextSet { TextSet(words.map(TitleNormaliser.normalise)) }

    static let criterion = set(["Критерий", "Наименование критерия", "Критерии", "Название критерия", "Наименование показателя/критерия"])
    static let value = set(["Значение", "Количество", "Единица измерения (количество)", "Значение критерия",
                            "Единица измерения", "Значение показателя", "Количество (значение)"])
    static let link = set(["Ссылка", "Источник информации", "Измерительный материал/источник информации",
                           "Измерительный материал / источник информации", "Ссылка на документ", "Ссылка на источник",
                           "Подтверждающий документ", "Источник"])
    static let direction = set(["Показатель", "Направление", "Наименование показателя"])
    static let number = set(["№", "№ п/п", "№п/п", "N", "п/п", "No"])
    static let note = set(["Примечание", "Комментарий", "Примечания"])
    static let organisation = set(["Образовательная организация", "Наименование ОО", "ОО", "Наименование организации",
                                   "Организация", "Наименование образовательной организации", "Краткое наименование ОО"])
    static let orgType = set(["Тип ОО", "Тип организации", "Тип образовательной организации", "Вид ОО"])
    static let year = set(["Отчетный год", "Год", "Период", "Отчетный период", "Год мониторинга"])
    static let municipality = set(["Муниципальное образование", "Муниципалитет", "МО"])
    static let dynamics = set(["Динамика"])

    /// A year column title: "2022", "2022 г.", "2022г", "2022 год".
    static func yearColumn(_ text: String) -> Int? {
        let t = TitleNormaliser.normalise(text)
        guard let m = t.range(of: "^(19|20)[0-9]{2}( ?г| ?год)?$", options: .regularExpression) else { return nil }
        return Int(t[m].prefix(4))
    }

    /// The reporting year written in a label's value: "2024", "2024 год", "01.01.2024–31.12.2024" (the last year).
    static func year(in text: String) -> Int? {
        var last: Int?
        var digits = ""
        for ch in text + " " {
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            if digits.count == 4, let y = Int(digits), (1990...2100).contains(y) { last = y }
            digits = ""
        }
        return last
    }
}
