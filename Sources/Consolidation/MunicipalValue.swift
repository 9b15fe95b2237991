import Catalogue
import Dataset

/// A municipal value of a criterion in a year: a number (shares as fractions) or a note, with where it
/// came from.
package struct MunicipalValue: Equatable, Sendable {
    package enum Origin: String, Sendable { case computed, municipalForm, history }
    // `origin` after `number`, in the byte its optional leaves: 40 bytes a value instead of 48.
    package var number: Double?
    package var origin: Origin
    /// A note instead of a value («замер показателя не производился»).
    package var note: String?
    /// Organisations whose values were aggregated.
    package var organisations: Int

    package init(number: Double?, note: String? = nil, origin: Origin, organisations: Int = 0) {
        self.number = number
        self.note = note
        self.origin = origin
        self.organisations = organisations
    }
}

/// Rounds a value to the precision the workbook shows: shares and levels to hundredths of a percent,
/// other numbers to hundredths.
package func displayed(_ value: Double, unit: ValueUnit) -> Double {
    switch unit {
    case .share, .level: return (value * 10_000).rounded() / 10_000
    default: return (value * 100).rounded() / 100
    }
}
