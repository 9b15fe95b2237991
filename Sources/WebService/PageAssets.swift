import Catalogue
import Foundation

/// The page's files (index.html, app.js, style.css, favicon.svg from Sources/WebService/Public), read once at start and
/// served
/// from memory by their fixed names, and palette.css made from Templates/palette.tsv. Nothing else on disk is
/// reachable through them.
struct PageAssets: Sendable {
    struct Asset: Sendable {
        let contentType: String
        let body: Data
    }

    static let files: [(name: String, type: String)] = [
        ("index.html", "text/html; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("favicon.svg", "image/svg+xml")
    ]

    let byPath: [String: Asset]

    init(folder: URL, palette: [PaletteEntry]) throws {
        var out: [String: Asset] = [:]
        for f in Self.files {
            let url = folder.appendingPathComponent(f.name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CatalogueError(file: url.path, line: nil, "нет файла страницы")
            }
            out["/" + f.name] = Asset(contentType: f.type, body: data)
        }
        out["/"] = out["/index.html"]
        out["/palette.css"] = Asset(contentType: "text/css; charset=utf-8", body: Data(Self.paletteCSS(palette).utf8))
        byPath = out
    }

    /// One class per dynamics category, in the palette's colours: `.dyn-positive { … }`.
    static func paletteCSS(_ palette: [PaletteEntry]) -> String {
        "/* Made from Templates/palette.tsv by mentoring serve. */\n"
            + palette.map { p in
                ".dyn-\(p.category.rawValue) { background: #\(hex(p.fill)); color: #\(hex(p.font)); }"
            }.joined(separator: "\n") + "\n"
    }

    static func hex(_ s: String) -> String {
        let h = s.filter(\.isHexDigit)
        return h.count == 6 ? h : "FFFFFF"
    }

    /// The folder of the page's files: `MENTORING_WEB`, then `share/mentoring/web` beside the Templates folder
    /// (`make install`), then the build's resource bundle beside the executable, then the source folder.
    static func locate(templates: URL) throws -> URL {
        let fm = FileManager.default
        func ok(_ u: URL) -> Bool { fm.fileExists(atPath: u.appendingPathComponent("index.html").path) }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["MENTORING_WEB"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(templates.deletingLastPathComponent().appendingPathComponent("web"))
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            candidates.append(exe.appendingPathComponent("mentoring_WebService.resources/Public"))
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("share/mentoring/web"))
        }
        candidates.append(templates.deletingLastPathComponent().appendingPathComponent("Sources/WebService/Public"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Public"))
        if let found = candidates.first(where: ok) { return found }
        throw CatalogueError(
            file: "web", line: nil, "файлы страницы не найдены; укажите их папку в переменной MENTORING_WEB")
    }
}
