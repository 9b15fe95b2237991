import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import WebService

/// Jobs never see each other's files, at most N run at once with the others queued, and old jobs go away after
/// their time and when the service stops.
final class IsolationTests: XCTestCase {
    func testJobsRunningAtOnceHoldOnlyTheirOwnOrganisations() async throws {
        let (server, data) = try Support.server { $0.maxRunningJobs = 2 }
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Examples/forms/2024")
        let a = Array(forms.prefix(40))
        let b = Array(forms.dropFirst(40)) + [try Support.file("Examples/municipal_2024.xlsx")]
        try await server.application().test(.router) { client in
            async let ida = Support.submit(client, a)
            async let idb = Support.submit(client, b)
            let (idA, idB) = try await (ida, idb)
            XCTAssertNotEqual(idA, idB)
            // Both run at once (two places): each one's folder holds only its own uploads.
            let filesA = try FileManager.default.contentsOfDirectory(
                atPath: data.appendingPathComponent("\(idA)/files").path)
            let filesB = try FileManager.default.contentsOfDirectory(
                atPath: data.appendingPathComponent("\(idB)/files").path)
            XCTAssertEqual(Set(filesA), Set(a.map(\.0)))
            XCTAssertEqual(Set(filesB), Set(b.map(\.0)))
            async let ja = Support.wait(client, idA)
            async let jb = Support.wait(client, idB)
            let (jobA, jobB) = try await (ja, jb)
            let sa = try XCTUnwrap(jobA["summary"] as? [String: Any]),
                sb = try XCTUnwrap(jobB["summary"] as? [String: Any])
            XCTAssertEqual(sa["organisations"] as? Int, 40)
            XCTAssertEqual(sb["organisations"] as? Int, 53)
            let bookA = try await Support.download(client, "/api/jobs/\(idA)/workbook")
            let bookB = try await Support.download(client, "/api/jobs/\(idB)/workbook")
            // Each workbook is exactly what `consolidate` makes of that job's files alone.
            XCTAssertTrue(bookA == (try Support.consolidate(a)), "job A's workbook holds more than its files")
            XCTAssertTrue(bookB == (try Support.consolidate(b)), "job B's workbook holds more than its files")
            // And the organisations on their «Данные» sheets do not overlap.
            func organisations(_ book: Data) throws -> Set<String> {
                let rows = Support.rows(try XCTUnwrap(try Support.openpyxl(book)["Данные"]))
                let header = try XCTUnwrap(rows[1])
                let column = try XCTUnwrap(header.first { $0.value == "organisation" }?.key)
                return Set(
                    rows.filter { $0.key > 2 && $0.value["A"] != "unassigned" }.compactMap { $0.value[column] }.filter {
                        !$0.isEmpty
                    })
            }
            let orgA = try organisations(bookA), orgB = try organisations(bookB)
            XCTAssertEqual(orgA.count, 40)
            XCTAssertEqual(orgB.count, 53)
            XCTAssertTrue(orgA.isDisjoint(with: orgB))
        }
    }

    func testAtMostNJobsRunAtOnceAndTheOthersWaitInOrder() async throws {
        let (server, data) = try Support.server { $0.maxRunningJobs = 1 }
        defer { try? FileManager.default.removeItem(at: data) }
        let inputs = try Support.files(in: "Examples/forms/2024")
        try await server.application().test(.router) { client in
            var ids: [String] = []
            for _ in 0..<3 { ids.append(try await Support.submit(client, inputs)) }
            var maxRunning = 0, sawQueuedBehind = false, finishedOrder: [String] = []
            let deadline = Date().addingTimeInterval(300)
            while finishedOrder.count < ids.count && Date() < deadline {
                // The store's own count, taken under its lock: statuses polled one job after another could show a job
                // still «running» and the next already «running» when the first finished between two requests.
                maxRunning = max(maxRunning, server.store.counts.running)
                for id in ids {
                    let j = try Support.json(try await client.execute(uri: "/api/jobs/\(id)", method: .get))
                    let status = j["status"] as? String
                    if status == "queued", let p = (j["progress"] as? [String: Any])?["queuePosition"] as? Int, p >= 1 {
                        sawQueuedBehind = true
                    }
                    if status == "done" && !finishedOrder.contains(id) { finishedOrder.append(id) }
                }
                try await Task.sleep(nanoseconds: 20_000_000)
            }
            XCTAssertEqual(finishedOrder, ids, "all finished, in the order they came")
            XCTAssertEqual(maxRunning, 1, "never more than one at once")
            XCTAssertTrue(sawQueuedBehind, "the later jobs waited in the queue")
        }
    }

    func testBeyondTheJobsKeptANewUploadIsRefusedWith503() async throws {
        let (server, data) = try Support.server { $0.maxJobs = 1 }
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = Array(try Support.files(in: "Examples/forms/2024").prefix(1))
        try await server.application().test(.router) { client in
            let first = try await Support.submit(client, forms)
            let (body, headers) = Support.multipart(forms)
            let busy = try await client.execute(uri: "/api/jobs", method: .post, headers: headers, body: body)
            XCTAssertEqual(busy.status, .serviceUnavailable)
            XCTAssertTrue((try Support.json(busy)["error"] as? String ?? "").hasPrefix("Сервер занят"))
            // Once the first job is removed, there is room again.
            _ = try await Support.wait(client, first)
            let deleted = try await client.execute(uri: "/api/jobs/\(first)", method: .delete)
            XCTAssertEqual(deleted.status, .noContent)
            XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent(first).path))
            _ = try await Support.submit(client, forms)
        }
    }

    func testOldJobsAreRemovedAfterTheirTimeAndAllOnStop() async throws {
        let (server, data) = try Support.server {
            $0.jobLifetime = 0.3
            $0.cleanupInterval = 0.1
        }
        defer { try? FileManager.default.removeItem(at: data) }
        // A folder left by an earlier run is removed at start; a folder that is not a job's is left alone.
        let orphan = data.appendingPathComponent(JobStore.newID())
        try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: orphan.appendingPathComponent(JobStore.marker).path, contents: Data())
        let mine = data.appendingPathComponent("мои документы")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let (server2, _) = try Support.server {
            $0.dataDirectory = data
            $0.jobLifetime = 0.3
            $0.cleanupInterval = 0.1
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: orphan.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: mine.path))
        _ = server

        let forms = Array(try Support.files(in: "Examples/forms/2024").prefix(2))
        try await server2.application().test(.router) { client in
            let id = try await Support.submit(client, forms)
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done")
            // The janitor removes it once its time is up: the id answers 404 and the folder is gone.
            let deadline = Date().addingTimeInterval(20)
            var status = HTTPResponse.Status.ok
            while Date() < deadline {
                status = try await client.execute(uri: "/api/jobs/\(id)", method: .get).status
                if status == .notFound { break }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            XCTAssertEqual(status, .notFound)
            XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent(id).path))
        }
        // On stop every job goes, finished or not.
        let (server3, data3) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data3) }
        let kept = try await server3.application().test(.router) { client -> String in
            let id = try await Support.submit(client, forms)
            _ = try await Support.wait(client, id)
            XCTAssertTrue(FileManager.default.fileExists(atPath: data3.appendingPathComponent(id).path))
            return id
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: data3.appendingPathComponent(kept).path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data3.path), [])
    }
}
