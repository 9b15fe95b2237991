import Dataset

/// What a form that states no reporting year is told, by where its year came from instead.
enum MissingYear {
    /// `--year`, the year of the run's other forms («проверьте»), or none (the form's values wait for `--year`).
    static func message(_ context: NormaliserContext) -> String {
        if let year = context.defaultYear {
            return "в форме не указан отчётный год; принят \(year) из параметра --year"
        }
        if let year = context.runYear {
            return
                "в форме не указан отчётный год; принят \(year) — год, который указан в остальных формах, — проверьте; "
                + "если год другой, впишите его в форму или укажите параметром --year"
        }
        return "в форме не указан отчётный год, и ни одна другая форма его не указывает: значения формы не учтены; "
            + "укажите год в форме или параметром --year"
    }
}
