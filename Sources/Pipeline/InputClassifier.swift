import Catalogue
import Dataset
import Foundation
import Normaliser
import Report
import XLSXReader

/// What an input file is, as both front ends name it (the page's `kind`).
package enum InputKind: String, Sendable, Codable, CaseIterable {
    /// An organisation's form.
    case form
    /// The municipality's own form.
    case municipal
    /// A wide export: a row per organisation, a column per criterion.
    case wide
    /// Values of earlier years, a table by years.
    case history
    /// One of our workbooks: its hidden «Данные» sheet (last year's consolidated workbook).
    case data
    /// A base of mentors and mentees (personal data).
    case base
    /// A register of organisations.
    case register
    /// A mapping file: decisions about wordings and forms.
    case mapping
    /// Nothing any reader recognises.
    case unknown

    /// The kind of a file read as data, by the layout its reader found.
    package init(layout: InputLayout?) {
        switch layout {
        case .form?: self = .form
        case .municipalForm?: self = .municipal
        case .wide?: self = .wide
        case .history?: self = .history
        case .dataSheet?: self = .data
        case .base?: self = .base
        case nil: self = .unknown
        }
    }

    /// In Russian, for the user.
    package var russian: String {
        switch self {
        case .form: return "форма организации"
        case .municipal: return "форма муниципалитета"
        case .wide: return "сводная выгрузка"
        case .history: return "история прошлых лет"
        case .data: return "прошлогодний свод (лист «Данные»)"
        case .base: return "база наставников и наставляемых"
        case .register: return "реестр организаций"
        case .mapping: return "файл сопоставления"
        case .unknown: return "не распознан"
        }
    }
}

/// The inputs of a run sorted by what they are. Mapping files and registers set the run's context and are not read
/// as data; every other file is data, read by `InputReader` in the order given (its kind then comes from its report).
package struct InputClassification: Sendable {
    package struct Mapping: Sendable {
        package var decisions: MappingDecisions?
        /// Why a file with the mapping's sheet could not be used (in Russian, naming the file and cell).
        package var error: String?
    }
    package struct Register: Sendable {
        package var entries: [OrganisationRegistry.Entry]
        package var error: String?
    }

    /// By path, as given.
    package var mappings: [String: Mapping] = [:]
    package var registers: [String: Register] = [:]
    /// The files to read as data, in the order given (a register among them is found by reading: `RunInputs`).
    package var data: [String] = []
    /// Whether the files no reader recognised were tried as registers (once per run's inputs).
    package var registersLookedFor = false

    package init() {}

    /// The kind of `path`: mapping file or register, else by the layout its report gives.
    package func kind(of path: String, report: FileReport?) -> InputKind {
        if mappings[path] != nil { return .mapping }
        if registers[path] != nil { return .register }
        return InputKind(layout: report?.layout)
    }

    /// The decisions of the mapping files in `order` (a later one over an earlier one).
    package func decisions(in order: [String]) -> MappingDecisions {
        var out = MappingDecisions()
        for name in order {
            if let d = mappings[name]?.decisions { out.merge(d) }
        }
        return out
    }

    /// The entries of every register read without error, by path.
    package var registerEntries: [OrganisationRegistry.Entry] {
        registers.keys.sorted().flatMap { registers[$0]!.error == nil ? registers[$0]!.entries : [] }
    }

    /// Adds the classification of other files (mapping files sent later), keeping what is known.
    package mutating func add(_ other: InputClassification) {
        mappings.merge(other.mappings) { a, _ in a }
        registers.merge(other.registers) { a, _ in a }
        data += other.data.filter { !data.contains($0) }
    }
}

/// Says what each input file is. Mapping files are known before anything is read (their decisions change how the
/// forms read): each file is opened once, its package structure only, and a workbook with the sheet «Сопоставление»
/// holding the columns «Формулировка», «Критерий», «Статус» is read from that opening. Every other file is data for
/// `InputReader` (forms, the municipal form, wide exports, histories, our workbooks, bases), whose report gives its
/// kind. A register is a file no reader recognised whose header row is a register's («Полное наименование»,
/// «Тип»…; a wide export has such a row too, but criteria beside it): `registers(among:)` looks only at those, so a run
/// without one reads nothing more.
///
/// Adding an input kind: a case of `InputKind` and, for a kind of data, a layout file in Normaliser (`SheetLayout`);
/// for a kind that sets the run's context, a branch in `classify(_:)` (see docs/pipeline.md).
package struct InputClassifier: Sendable {
    package let context: NormaliserContext
    package var limits: ReaderLimits
    /// A folder holding the files (the page's job folder): messages name the files relative to it.
    package var folder: String?

    package init(context: NormaliserContext, limits: ReaderLimits = .default, relativeTo folder: String? = nil) {
        self.context = context
        self.limits = limits
        self.folder = folder
    }

    /// Classifies `paths` (on all cores), keeping their order for the data.
    package func classify(_ paths: [String]) -> InputClassification {
        let found = Parallel.map(paths.count) { mapping(paths[$0]) }
        var out = InputClassification()
        for (path, mapping) in zip(paths, found) {
            if let mapping { out.mappings[path] = mapping } else { out.data.append(path) }
        }
        return out
    }

    /// The file as a mapping file, nil when it is none. A file that does not open is data (its reader says what is
    /// wrong with it).
    func mapping(_ path: String) -> InputClassification.Mapping? {
        guard let file = try? XLSXFile.open(path, limits: limits), file.sheet(named: MappingWorkbook.sheetName) != nil
        else { return nil }
        do {
            return .init(decisions: try MappingFile.read(file, catalogue: context.catalogue))
        } catch let e as MappingFileError where e.cell == nil {
            return nil  // a sheet of that name without the mapping's header: not a mapping file
        } catch {
            return .init(error: "файл сопоставления не прочитан: " + withoutFolder(String(describing: error)))
        }
    }

    /// The registers among the files of `reports` that no reader recognised, by the reports' names.
    package func registers(among reports: [FileReport]) -> [String: InputClassification.Register] {
        let unknown = reports.filter { r in r.layout == nil && r.issues.contains { $0.kind == .unknownLayout } }.map(
            \.file)
        var out: [String: InputClassification.Register] = [:]
        for (file, register) in zip(unknown, Parallel.map(unknown.count) { register(unknown[$0]) })
        where register != nil {
            out[file] = register
        }
        return out
    }

    /// The file as a register, nil when it is none.
    func register(_ path: String) -> InputClassification.Register? {
        let full = folder.map { ($0 as NSString).appendingPathComponent(path) } ?? path
        do {
            return .init(entries: try OrganisationRegisterFile.read(full, labels: context.labels, limits: limits))
        } catch let e as RegisterFileError where e.cell != nil {
            return .init(entries: [], error: "реестр организаций не прочитан: " + withoutFolder(e.description))
        } catch {
            return nil
        }
    }

    /// `text` without the folder's path (the page never shows it).
    package func withoutFolder(_ text: String) -> String {
        guard let folder else { return text }
        return text.replacingOccurrences(of: (folder.hasSuffix("/") ? folder : folder + "/"), with: "")
    }
}
