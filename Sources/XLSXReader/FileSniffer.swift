import Foundation

/// Recognises what a file is before it is opened as a zip, to explain why it is not an XLSX.
enum FileSniffer {
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Throws a clear error when the file is empty, unreadable, an OLE container (old .xls or a
    /// password-protected workbook) or plainly not a zip.
    static func check(_ path: String) throws {
        // Eight bytes read with POSIX calls: Foundation's FileHandle costs several system calls per form.
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw XLSXReadError(
                .unreadable, file: path,
                exists ? "файл нельзя прочитать (нет прав или он заблокирован)" : "файл не найден")
        }
        var bytes = [UInt8](repeating: 0, count: 8)
        let n = read(fd, &bytes, 8)
        close(fd)
        let head = Array(bytes.prefix(max(0, n)))
        if head.isEmpty { throw XLSXReadError(.empty, file: path, "файл пустой (0 байт)") }
        if head == oleMagic {
            let handle = FileHandle(forReadingAtPath: path)
            defer { try? handle?.close() }
            let body = (try? handle?.read(upToCount: 32 << 20)) ?? Data()
            if containsUTF16(body, "EncryptedPackage") || containsUTF16(body, "EncryptionInfo") {
                throw XLSXReadError(
                    .encrypted, file: path,
                    "книга защищена паролем (зашифрованный контейнер OLE); снимите пароль в Excel или LibreOffice и сохраните как .xlsx"
                )
            }
            let hint =
                containsUTF16(body, "Workbook") || containsUTF16(body, "Book")
                ? "это книга старого формата Excel 97–2003 (.xls)"
                : "это контейнер OLE (вероятно, старый .xls или книга с паролем)"
            throw XLSXReadError(.oldXLS, file: path, "\(hint); сохраните её как .xlsx («Книга Excel»)")
        }
        if head.count < 4 || head[0] != 0x50 || head[1] != 0x4B {
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "csv" {
                throw XLSXReadError(
                    .notZip, file: path,
                    "это файл CSV (текст), а не книга XLSX; откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»"
                )
            }
            // a .pdf, .docx, .txt named as a form
            if !ext.isEmpty && !["xlsx", "xlsm", "xls", "ods", "zip"].contains(ext) {
                throw XLSXReadError(.notZip, file: path, "это файл .\(ext), а не таблица; нужна форма в формате .xlsx")
            }
            throw XLSXReadError(
                .notZip, file: path,
                "это не файл XLSX (не архив ZIP): возможно, CSV, HTML или текст с расширением .\(ext.isEmpty ? "xlsx" : ext)"
            )
        }
    }

    static func containsUTF16(_ data: Data, _ word: String) -> Bool {
        var needle = [UInt8]()
        for unit in word.utf16 { needle.append(UInt8(unit & 0xFF)); needle.append(UInt8(unit >> 8)) }
        return data.range(of: Data(needle)) != nil
    }
}
