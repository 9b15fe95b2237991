import CZip
import Foundation

/// A folder's files (not its subfolders) in one zip archive, written with libzip: first to a temporary file beside
/// the target, which then replaces it, so a half-written zip is never served.
enum ZipFolder {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ folder: URL, to target: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).part")
        try? FileManager.default.removeItem(at: partial)
        var code: Int32 = 0
        guard let archive = zip_open(partial.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw Failure(description: "не удалось создать архив карточек (libzip: \(code))")
        }
        for name in names {
            let path = folder.appendingPathComponent(name).path
            guard let source = zip_source_file(archive, path, 0, -1) else {
                zip_discard(archive)
                throw Failure(description: "не удалось добавить «\(name)» в архив карточек")
            }
            if zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) < 0 {
                zip_source_free(source)
                zip_discard(archive)
                throw Failure(description: "не удалось добавить «\(name)» в архив карточек")
            }
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            throw Failure(description: "не удалось записать архив карточек")
        }
        guard rename(partial.path, target.path) == 0 else {
            throw Failure(description: "не удалось записать архив карточек: \(String(cString: strerror(errno)))")
        }
    }
}
