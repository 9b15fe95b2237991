import Dataset

/// How serious a finding is.
package enum Severity: String, Codable, Sendable, Comparable {
    case error, warning, info

    package var russian: String {
        switch self {
        case .error: return "ошибка"
        case .warning: return "предупреждение"
        case .info: return "сведения"
        }
    }

    package static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.error, .warning, .info]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// The kinds of findings, with their Russian names.
package enum FindingKind: String, Codable, Sendable, CaseIterable {
    // Links.
    case linkMissing = "link_missing", notALink = "not_a_link", localFile = "local_file"
    case browserExtension = "browser_extension", mainPage = "main_page", siteSection = "site_section"
    case privateCloud = "private_cloud", brokenLink = "broken_link", reusedLink = "reused_link"
    case lastYearDocument = "last_year_document"
    // Consistency.
    case totalMismatch = "total_mismatch", partExceedsWhole = "part_exceeds_whole", shareMismatch = "share_mismatch"
    case menteesWithoutMentors = "mentees_without_mentors", mentorsWithoutMentees = "mentors_without_mentees"
    case tooManyMentees = "too_many_mentees", yesWithoutDocument = "yes_without_document"
    case levelOutOfRange = "level_out_of_range", badCount = "bad_count"
    // Lagging organisations.
    case noMenteesAged10To19 = "no_mentees_10_19", noMentorsAged15To19 = "no_mentors_15_19"
    case noMonitoringOrder = "no_monitoring_order", noAnalyticNote = "no_analytic_note"
    case noPersonalisedProgrammes = "no_personalised_programmes", noMentors = "no_mentors"
    case youngSpecialistsNotMentees = "young_specialists_not_mentees"
    // The form against the bases of mentors and mentees (BaseChecks.swift).
    case baseMentors = "base_mentors", baseMentees = "base_mentees", baseAges = "base_ages"
    case baseProgrammes = "base_programmes", baseExternalMentors = "base_external_mentors"
    case baseSatisfaction = "base_satisfaction", baseWithoutForm = "base_without_form"

    /// A short Russian name for summaries and filters.
    package var russian: String {
        switch self {
        case .linkMissing: return "нет ссылки"
        case .notALink: return "не ссылка"
        case .localFile: return "ссылка на файл на компьютере"
        case .browserExtension: return "ссылка через расширение браузера"
        case .mainPage: return "ссылка на главную страницу сайта"
        case .siteSection: return "ссылка на раздел сайта, а не на документ"
        case .privateCloud: return "личная папка облака"
        case .brokenLink: return "неверная ссылка"
        case .reusedLink: return "одна ссылка на разные критерии"
        case .lastYearDocument: return "вероятно, документ прошлого года"
        case .totalMismatch: return "итог не равен сумме"
        case .partExceedsWhole: return "часть больше целого"
        case .shareMismatch: return "доля не совпадает с расчётом"
        case .menteesWithoutMentors: return "наставляемые без наставников"
        case .mentorsWithoutMentees: return "наставники без наставляемых"
        case .tooManyMentees: return "больше 20 наставляемых на наставника"
        case .yesWithoutDocument: return "«да» без документа"
        case .levelOutOfRange: return "уровень вне 0–100 %"
        case .badCount: return "отрицательное или дробное количество"
        case .noMenteesAged10To19: return "нет наставляемых 10–19 лет"
        case .noMentorsAged15To19: return "нет наставников 15–19 лет"
        case .noMonitoringOrder: return "нет приказа о мониторинге"
        case .noAnalyticNote: return "нет информационной справки"
        case .noPersonalisedProgrammes: return "нет персонализированных программ"
        case .noMentors: return "нет наставников"
        case .youngSpecialistsNotMentees: return "молодые специалисты не наставляемые"
        case .baseMentors: return "наставники: форма не сходится с базой"
        case .baseMentees: return "наставляемые: форма не сходится с базой"
        case .baseAges: return "возраст: форма не сходится с базой"
        case .baseProgrammes: return "программы по формам: форма не сходится с базой"
        case .baseExternalMentors: return "внешние наставники: форма не сходится с базой"
        case .baseSatisfaction: return "удовлетворённость и завершённые программы базы"
        case .baseWithoutForm: return "база без формы организации"
        }
    }

    /// Whether the finding compares the form with the bases of mentors and mentees.
    package var isBase: Bool {
        [.baseMentors, .baseMentees, .baseAges, .baseProgrammes, .baseExternalMentors, .baseSatisfaction].contains(self)
    }

    /// Whether the finding is about a link (Table 2 collects those).
    package var isLink: Bool {
        [
            .linkMissing, .notALink, .localFile, .browserExtension, .mainPage, .siteSection, .privateCloud, .brokenLink,
            .reusedLink, .lastYearDocument, .yesWithoutDocument
        ].contains(self)
    }
}

/// One finding: what is wrong, where, and what to do.
package struct Finding: Codable, Equatable, Sendable {
    package var kind: FindingKind
    package var severity: Severity
    /// Organisation key (nil for the municipality or the whole data).
    package var organisation: String?
    package var criterion: String?
    package var source: SourceRef?
    package var raw: String?
    package var message: String
    package var advice: String
}
