import Catalogue
import Foundation

/// Classifies a link given as a source of a value, offline (no network): what is wrong with it, if anything.
package enum LinkClassifier {
    /// A problem of one link.
    package struct Problem: Equatable, Sendable {
        package var kind: FindingKind
        package var detail: String
        /// For a link wrapped by a browser extension: the URL inside.
        package var inner: String?
    }

    static let documentExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf", "jpg", "jpeg",
        "png", "ppt", "pptx", "zip", "rar", "txt", "html", "htm", "php"
    ]
    static let fileSharingHosts: Set<String> = [
        "disk.yandex.ru", "disk.yandex.com", "yadi.sk", "cloud.mail.ru", "drive.google.com",
        "docs.google.com", "disk.360.yandex.ru", "sferum.ru", "vk.com", "t.me"
    ]

    static let sharingSuffixes = fileSharingHosts.map { "." + $0 }

    /// The problems of a link for a value of `year`; empty when the link looks like a proper document link.
    package static func classify(_ link: String, year: Int) -> [Problem] { classify(link, year: year, fastParse: true) }

    /// `fastParse: false` has Foundation's URL parser read every link (the tests compare both ways).
    static func classify(_ link: String, year: Int, fastParse: Bool) -> [Problem] {
        let raw = link.trimmed
        // Links are ASCII as a rule: lower-case them byte by byte then (Unicode lower-casing otherwise).
        let lower =
            raw.utf8.allSatisfy({ $0 < 0x80 })
            ? String(decoding: raw.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self) : raw.lowercased()
        if lower.hasPrefix("chrome-extension://") || lower.hasPrefix("moz-extension://") || lower.hasPrefix("edge://") {
            var problems = [
                Problem(kind: .browserExtension, detail: "ссылка открыта через расширение браузера", inner: nil)
            ]
            if let inner = innerURL(raw) {
                problems[0].inner = inner
                problems += classify(inner, year: year, fastParse: fastParse)
            }
            return problems
        }
        if lower.hasPrefix("file:") || hasDriveLetter(raw)
            || lower.includes("downloads") || lower.includes("загрузки") || lower.hasPrefix("\\\\")
        {
            return [Problem(kind: .localFile, detail: "ссылка на файл на компьютере, а не в интернете", inner: nil)]
        }
        let hasScheme = lower.hasPrefix("http://") || lower.hasPrefix("https://")
        let looksLikeHost = !hasScheme && looksLikeBareHost(lower)
        if !hasScheme && !looksLikeHost {
            return [Problem(kind: .notALink, detail: "вместо ссылки указан текст «\(raw.prefix(80))»", inner: nil)]
        }
        if raw.utf8.contains(where: { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            return [Problem(kind: .brokenLink, detail: "в ссылке пробел или перенос строки", inner: nil)]
        }
        let full = hasScheme ? raw : "https://" + raw
        let parsed: (host: String, path: String)
        if fastParse, let plain = plainHostAndPath(full) {
            parsed = plain
        } else {
            guard let url = URL(string: full), let host = url.host?.lowercased(), !host.isEmpty else {
                return [Problem(kind: .brokenLink, detail: "ссылку нельзя разобрать", inner: nil)]
            }
            parsed = (host, url.path)
        }
        let host = parsed.host
        if !isPlausibleHost(host) {
            return [
                Problem(kind: .brokenLink, detail: "ссылка обрезана или адрес сайта неверен («\(host)»)", inner: nil)
            ]
        }
        let path = parsed.path
        if host.includes("drive.google.com") && (path.hasPrefix("/drive/my-drive") || path.hasPrefix("/drive/u/")) {
            return [
                Problem(
                    kind: .privateCloud,
                    detail: "ссылка на личную папку Google Диска — она открывается только владельцу", inner: nil)
            ]
        }
        if path.isEmpty || path == "/" {
            return [Problem(kind: .mainPage, detail: "ссылка на главную страницу сайта, а не на документ", inner: nil)]
        }
        var problems: [Problem] = []
        let (file, ext) = fileAndExtension(path)
        let sharing =
            fileSharingHosts.contains(host)
            || sharingSuffixes.contains { host.utf8.reversed().starts(with: $0.utf8.reversed()) }
        if !sharing && !documentExtensions.contains(ext) {
            problems.append(
                Problem(kind: .siteSection, detail: "ссылка на раздел сайта, а не на сам документ", inner: nil))
        }
        let years = yearsIn(file)
        if let earlier = years.filter({ $0 < year }).max(), !years.contains(year) {
            problems.append(Problem(kind: .lastYearDocument, detail: "в имени файла указан \(earlier) год", inner: nil))
        }
        return problems
    }

    /// Host (lower case) and path of an `http(s)://` link made of plain ASCII only — no user info, IP literal,
    /// percent escape or port other than digits — read byte by byte: most links are such, and Foundation's
    /// parser costs more than the rest of the checks. nil for anything else, which Foundation's parser reads.
    static func plainHostAndPath(_ link: String) -> (host: String, path: String)? {
        var link = link
        return link.withUTF8 { u -> (String, String)? in
            func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
            let start: Int
            if u.count > 8, lower(u[0]) == 0x68, lower(u[1]) == 0x74, lower(u[2]) == 0x74, lower(u[3]) == 0x70 {
                if lower(u[4]) == 0x73, u[5] == 0x3A, u[6] == 0x2F, u[7] == 0x2F {
                    start = 8
                } else if u[4] == 0x3A, u[5] == 0x2F, u[6] == 0x2F {
                    start = 7
                } else {
                    return nil
                }
            } else {
                return nil
            }
            for b in u[start...] where !plainURLByte[Int(b)] { return nil }
            var end = start
            while end < u.count, u[end] != 0x2F, u[end] != 0x3F, u[end] != 0x23 { end += 1 }  // / ? #
            var hostEnd = start
            while hostEnd < end, u[hostEnd] != 0x3A { hostEnd += 1 }  // :port
            if hostEnd < end {
                let port = u[(hostEnd + 1)..<end]
                guard !port.isEmpty, port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            }
            guard hostEnd > start else { return nil }
            let host = String(decoding: u[start..<hostEnd].map(lower), as: UTF8.self)
            var pathEnd = end
            if end < u.count, u[end] == 0x2F {
                while pathEnd < u.count, u[pathEnd] != 0x3F, u[pathEnd] != 0x23 { pathEnd += 1 }
            }
            // As Foundation's `URL.path`: trailing slashes dropped, a root path kept as "/".
            while pathEnd - end > 1, u[pathEnd - 1] == 0x2F { pathEnd -= 1 }
            return (host, String(decoding: u[end..<pathEnd], as: UTF8.self))
        }
    }

    /// Bytes a plain link may hold: letters, digits and «-._~:/?#!$&'()*+,;=».
    static let plainURLByte: [Bool] = {
        var allowed = [Bool](repeating: false, count: 256)
        for range in [0x30...0x39, 0x41...0x5A, 0x61...0x7A] { for b in range { allowed[b] = true } }
        for b in "-._~:/?#!$&'()*+,;=".utf8 { allowed[Int(b)] = true }
        return allowed
    }()

    /// A host of at least two labels (empty ones between dots are skipped), none ending in "-", not starting
    /// with "-", whose last label (the top-level domain) has two letters or more. ASCII hosts are checked byte
    /// by byte.
    static func isPlausibleHost(_ host: String) -> Bool {
        guard host.utf8.allSatisfy({ $0 < 0x80 }) else {
            let labels = host.split(separator: ".")
            return labels.count >= 2 && !host.hasPrefix("-") && !host.hasSuffix("-")
                && !labels.contains(where: { $0.hasSuffix("-") })
                && labels.last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } == true
        }
        var labels = 0, length = 0, letters = true, last: UInt8 = 0
        var lastLength = 0, lastLetters = false
        for b in host.utf8 + [UInt8(ascii: ".")] {
            if b == UInt8(ascii: ".") {
                if length > 0 {
                    if last == UInt8(ascii: "-") { return false }
                    labels += 1; lastLength = length; lastLetters = letters
                }
                length = 0; letters = true
                continue
            }
            length += 1; last = b
            if !((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")) { letters = false }
        }
        return labels >= 2 && lastLength >= 2 && lastLetters && host.utf8.first != UInt8(ascii: "-")
    }

    /// The last segment of a URL path and its extension in lower case ("" when it has none; a name that
    /// starts with "." has none).
    static func fileAndExtension(_ path: String) -> (file: String, ext: String) {
        let u = path.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == UInt8(ascii: "/") { end = u.index(before: end) }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != UInt8(ascii: "/") { start = u.index(before: start) }
        let file = String(path[start..<end])
        let f = file.utf8
        guard let dot = f.lastIndex(of: UInt8(ascii: ".")), dot != f.startIndex else { return (file, "") }
        return (file, String(file[f.index(after: dot)...]).lowercased())
    }

    /// The URL a browser extension wraps: from the first "http://" or "https://" (any case) after the
    /// extension's own scheme.
    static func innerURL(_ raw: String) -> String? {
        let u = Array(raw.utf8)
        var i = min(10, u.count)
        while i + 7 <= u.count {
            if u[i] | 0x20 == UInt8(ascii: "h"), u[i + 1] | 0x20 == UInt8(ascii: "t"),
                u[i + 2] | 0x20 == UInt8(ascii: "t"),
                u[i + 3] | 0x20 == UInt8(ascii: "p")
            {
                var j = i + 4
                if u[j] | 0x20 == UInt8(ascii: "s") { j += 1 }
                if j + 3 <= u.count, u[j] == UInt8(ascii: ":"), u[j + 1] == UInt8(ascii: "/"),
                    u[j + 2] == UInt8(ascii: "/")
                {
                    return String(decoding: u[i...], as: UTF8.self)
                }
            }
            i += 1
        }
        return nil
    }

    /// "C:\\…" or "D:/…" (checked by hand: this runs for every link of every form).
    static func hasDriveLetter(_ s: String) -> Bool {
        let u = Array(s.utf8.prefix(3))
        guard u.count == 3 else { return false }
        let isLetter = (u[0] | 0x20) >= UInt8(ascii: "a") && (u[0] | 0x20) <= UInt8(ascii: "z")
        return isLetter && u[1] == UInt8(ascii: ":") && (u[2] == UInt8(ascii: "\\") || u[2] == UInt8(ascii: "/"))
    }

    /// "school.ru/docs/x.pdf" without a scheme: a host of letters, digits, dots and hyphens with a TLD of 2+ letters.
    static func looksLikeBareHost(_ lower: String) -> Bool {
        let host = lower.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// Four-digit years 2000–2099 standing alone in a file name (ASCII digits, read byte by byte).
    static func yearsIn(_ name: String) -> Set<Int> {
        var out = Set<Int>(), value = 0, digits = 0
        for b in name.utf8 + [0] {
            if b >= 48 && b <= 57 { value = value * 10 + Int(b - 48); digits += 1; continue }
            if digits == 4, value >= 2000, value <= 2099 { out.insert(value) }
            value = 0; digits = 0
        }
        return out
    }
}
