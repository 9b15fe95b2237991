import Catalogue
import Foundation
import Normaliser
import Report
import XLSXReader

/// The uploads that are not data: mapping files (decisions about wordings) and registers of organisations. Each
/// is known by its content, as `check` knows a form's layout: a mapping file by its sheet «Сопоставление» with the
/// columns «Формулировка», «Критерий», «Статус»; a register by its header row («Полное наименование», «Тип»…)
/// in a file no form reader recognises (a wide export has such a row too, but criteria beside it).
struct InputClassification: Sendable {
    struct Mapping: Sendable {
        var decisions: MappingDecisions?
        var error: String?
    }
    struct Register: Sendable {
        var entries: [OrganisationRegistry.Entry]
        var error: String?
    }

    /// By stored name.
    var mappings: [String: Mapping] = [:]
    var registers: [String: Register] = [:]
    /// Whether the files no reader recognised have been tried as registers (done once per job).
    var registersChecked = false

    /// Finds the mapping files among `files` (stored names in `folder`).
    static func mappings(_ files: [String], folder: URL, catalogue: Catalogue, limits: ReaderLimits) -> [String: Mapping] {
        var out: [String: Mapping] = [:]
        for name in files {
            let path = folder.appendingPathComponent(name).path
            guard let file = try? XLSXFile.open(path, limits: limits), file.sheet(named: MappingWorkbook.sheetName) != nil else { continue }
            do {
                out[name] = Mapping(decisions: try MappingFile.read(path, catalogue: catalogue, limits: limits))
            } catch let e as MappingFileError where e.cell == nil {
                continue   // a sheet of that name without the mapping's header: not a mapping file
            } catch {
                out[name] = Mapping(error: "файл сопоставления не прочитан: " + Self.withoutFolder(String(describing: error), folder))
            }
        }
        return out
    }

    /// Tries a file that no form reader recognised as a register; nil when it is not one.
    static func register(_ name: String, folder: URL, labels: HeaderLabels, limits: ReaderLimits) -> Register? {
        let path = folder.appendingPathComponent(name).path
        do {
            return Register(entries: try OrganisationRegisterFile.read(path, labels: labels, limits: limits))
        } catch let e as RegisterFileError where e.cell != nil {
            return Register(entries: [], error: "реестр организаций не прочитан: " + Self.withoutFolder(e.description, folder))
        } catch {
            return nil
        }
    }

    static func withoutFolder(_ text: String, _ folder: URL) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: "")
    }

    /// The decisions of all mapping files (in the order given), then the page's, a later one over an earlier one.
    func decisions(files order: [String], page: [PageDecision], forms: [PageFormDecision] = []) -> MappingDecisions {
        var out = MappingDecisions()
        for name in order {
            guard let d = mappings[name]?.decisions else { continue }
            out.merge(d)
        }
        for p in page {
            if p.ignore { out.set(.ignore, forWording: p.wording) } else if let c = p.criterion { out.set(.use(c), forWording: p.wording) }
        }
        for f in forms { out.set(organisation: f.organisation, file: f.file, sheet: f.sheet) }
        return out
    }

    /// The entries of every register read without error.
    var registerEntries: [OrganisationRegistry.Entry] {
        registers.keys.sorted().flatMap { registers[$0]!.error == nil ? registers[$0]!.entries : [] }
    }
}
