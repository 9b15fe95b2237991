import Catalogue
import Normaliser

/// A municipal value of a criterion in a year: a number (shares as fractions) or a note, with where it
/// came from.
public struct MunicipalValue: Equatable, Sendable {
    public enum Origin: String, Sendable { case computed, municipalForm, history }
    // `origin` after `number`, in the byte its optional leaves: 40 bytes a value instead of 48.
    public var number: Double?
    public var origin: Origin
    /// A note instead of a value («замер показателя не производился»).
    public var note: String?
    /// Organisations whose values were aggregated.
    public var organisations: Int

    public init(number: Double?, note: String? = nil, origin: Origin, organisations: Int = 0) {
        self.number = number
        self.note = note
        self.origin = origin
        self.organisations = organisations
    }
}

/// Rounds a value to the precision the workbook shows: shares and levels to hundredths of a percent,
/// other numbers to hundredths.
public func displayed(_ value: Double, unit: ValueUnit) -> Double {
    switch unit {
    case .share, .level: return (value * 10_000).rounded() / 10_000
    default: return (value * 100).rounded() / 100
    }
}
