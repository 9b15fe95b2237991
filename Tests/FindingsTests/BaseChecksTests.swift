import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import XCTest

@testable import Findings

/// The example forms against the example bases of nine organisations (Examples/bases/2024, written by
/// Examples/make_bases.py): three agree with their forms, six disagree in the ways the script declares.
final class BaseChecksTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let run: (Consolidation, [Finding]) = {
        let context = try! NormaliserContext.load(templates: root.appendingPathComponent("Templates"))
        var dataset = Dataset()
        let inputs = ["Examples/forms/2024", "Examples/bases/2024"]
        _ = InputReader(context: context).read(
            InputReader.expand(inputs.map { root.appendingPathComponent($0).path }), into: &dataset)
        let c = Consolidation(catalogue: context.catalogue, dataset: dataset, year: 2024)
        return (c, FindingsEngine(consolidation: c).run())
    }()

    /// The disagreements Examples/make_bases.py builds into the bases (its `ORGS`), by the organisation as its form
    /// names it.
    static let expected: Set<[String]> = [
        ["МБОУ СОШ № 50", "mentees_total", "base_mentees"],
        ["МБВ(С)ОУ \"ВСОШ № 3\"", "satisfaction_mentees", "base_satisfaction"],
        ["МБВ(С)ОУ \"ВСОШ № 3\"", "satisfaction_mentors", "base_satisfaction"],
        ["МБОУ СОШ № 48", "mentees_10_19", "base_ages"],
        ["МБОУ \"СОШ № 68\"", "mentees_10_19", "base_ages"],
        ["МБОУ \"СОШ № 68\"", "mentors_15_19", "base_ages"],
        ["МБОУ ДО ИТЦ \"Форсайт\"", "pp_total", "base_programmes"],
        ["МБОУ ДО ИТЦ \"Форсайт\"", "pp_teacher_teacher", "base_programmes"],
        ["МБОУ ДО ИТЦ \"Форсайт\"", "enterprise_mentors", "base_external_mentors"],
        ["МБОУ ДО \"ДООПЦ \"Грация\"", "mentors_total", "base_mentors"],
        ["МБОУ ДО \"ДООПЦ \"Грация\"", "other_org_mentors", "base_external_mentors"]
    ]
    static let agreeing = ["МБОУ \"ИТ- лицей №24\"", "МБОУ \"СОШ №19\"", "МБОУ ДО ЦТР \"Октябрьский\""]

    var dataset: Dataset { Self.run.0.dataset }
    var baseFindings: [Finding] { Self.run.1.filter(\.kind.isBase) }
    func name(_ key: String?) -> String { key.flatMap { dataset.organisations[$0]?.name } ?? "?" }

    func testTheFindingsNameExactlyTheDisagreementsOfTheExamples() {
        let found = baseFindings.map { [name($0.organisation), $0.criterion ?? "", $0.kind.rawValue] }
        XCTAssertEqual(found.count, Self.expected.count, "one finding per disagreement")
        XCTAssertEqual(Set(found), Self.expected)
        XCTAssertTrue(Self.run.1.filter { $0.kind == .baseWithoutForm }.isEmpty, "every example base has its form")
    }

    func testEachFindingGivesTheBasesCountTheFormsValueAndItsCell() throws {
        let all = dataset.observations
        for f in baseFindings {
            let source = try XCTUnwrap(f.source)
            // The form's own cell: the value the finding quotes is the one read there.
            let i = try XCTUnwrap(all.indices.first { all.source(at: $0) == source }, "\(source)")
            XCTAssertEqual(all.criterion(at: i), f.criterion)
            XCTAssertEqual(all.organisation(at: i), f.organisation)
            XCTAssertEqual(f.raw, all.raw(at: i))
            XCTAssertTrue(source.file.hasSuffix(".xlsx") && source.file.contains("Examples/forms/2024/"), source.file)
            XCTAssertTrue(f.message.contains("по базе настав"), f.message)
            XCTAssertEqual(f.severity, .warning)
        }
        let mentees50 = try XCTUnwrap(baseFindings.first { name($0.organisation) == "МБОУ СОШ № 50" })
        XCTAssertTrue(mentees50.message.hasSuffix("разных наставляемых — 5, в форме — 4"), mentees50.message)
        XCTAssertTrue(
            mentees50.message.contains("04_МБОУ_СОШ_№_50_базы.xlsx, лист «База наставляемых», строк за год — 5"),
            mentees50.message)
    }

    func testTheAgreeingBasesCountWhatTheirFormsSay() throws {
        let tallies = dataset.baseTallies(for: 2024)
        XCTAssertEqual(tallies.count, 9)
        let all = dataset.observations
        for org in Self.agreeing {
            let t = try XCTUnwrap(tallies.first { name($0.organisation) == org }, org)
            XCTAssertGreaterThanOrEqual(t.counts.count, 15, org)
            for c in t.counts where c.measure != "finished" {
                let i = all.indices.first {
                    all.organisation(at: $0) == t.organisation && all.criterion(at: $0) == c.criterion
                        && all.year(at: $0) == 2024
                }
                XCTAssertEqual(i.flatMap { all.number(at: $0) } ?? 0, Double(c.value), "\(org) \(c.criterion)")
            }
            XCTAssertTrue(
                t.counts.contains { $0.measure == "finished" && $0.value > 0 },
                "\(org): satisfaction is given, programmes finished")
        }
        // The largest: 23 mentors (18 pupils of 15–19), 119 mentees (109 of 10–19), 18 + 8 programmes.
        let ctr = Dictionary(
            uniqueKeysWithValues: tallies.first { name($0.organisation) == "МБОУ ДО ЦТР \"Октябрьский\"" }!.counts.map {
                ($0.criterion, $0.value)
            })
        XCTAssertEqual(
            [
                ctr["mentors_total"], ctr["mentors_15_19"], ctr["mentees_total"], ctr["mentees_10_19"],
                ctr["pp_pupil_pupil"], ctr["pp_teacher_teacher"]
            ],
            [23, 18, 119, 109, 18, 8])
    }

    func testTable38sCommentCountsTheOrganisationsThatDisagree() {
        XCTAssertEqual(
            FindingsEngine.baseNote(Self.run.1, criterion: "mentees_10_19"),
            "с базами наставников и наставляемых не сходится у 2 организаций (см. «Замечания»)")
        XCTAssertEqual(
            FindingsEngine.baseNote(Self.run.1, criterion: "mentors_total"),
            "с базами наставников и наставляемых не сходится у 1 организации (см. «Замечания»)")
        XCTAssertEqual(FindingsEngine.baseNote(Self.run.1, criterion: "young_specialists"), "")
    }
}
