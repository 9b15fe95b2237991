/// Why a file could not be read. `description` is a Russian message that names the file and, where it
/// applies, the part with line and column, or the sheet and cell.
public struct XLSXReadError: Error, CustomStringConvertible, Equatable {
    /// The kinds of failure, for callers that react differently to them.
    public enum Kind: String, Sendable, Equatable {
        case unreadable, empty, notZip, oldXLS, encrypted, ods, corruptZip, missingPart
        case limitExceeded, malformedXML, forbiddenXML, badReference, badSharedString
    }

    public let kind: Kind
    /// The file's path.
    public let file: String
    /// Where inside the file: a part with line/column, or a sheet with a cell.
    public let location: String?
    public let message: String

    public init(_ kind: Kind, file: String, location: String? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }

    /// The error spoils one sheet and nothing else: an impossible row number or cell reference, a shared-string
    /// index outside the table, a sheet part that is missing. A caller skips that sheet (with this message as a
    /// warning) and reads the others. Everything else — a damaged archive (CRC), duplicate parts, forbidden or
    /// malformed XML, a broken limit — casts doubt on the whole file, which is refused.
    public var isConfinedToSheet: Bool {
        kind == .badReference || kind == .badSharedString
            || (kind == .missingPart && location?.hasPrefix("лист") == true)
    }

    public var description: String {
        var s = "Файл «\(file)»"
        if let location { s += ", \(location)" }
        return s + ": " + message
    }
}
