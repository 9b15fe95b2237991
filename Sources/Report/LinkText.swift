/// How a link is shown in a cell: short enough for one printed line of a link column — the host and the start of
/// the path, then «…» — while the hyperlink keeps the whole address.
enum LinkText {
    /// The most characters shown (fits one line of a column `LinkText.columnWidth` wide in the printing font).
    static let limit = 36
    /// The width of a column of links, in characters.
    static let columnWidth = 45.0

    static func short(_ url: String) -> String {
        var s = Substring(url)
        for scheme in ["https://", "http://"] where s.lowercased().hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.lowercased().hasPrefix("www.") { s = s.dropFirst(4) }
        if s.hasSuffix("/") { s = s.dropLast() }
        guard s.count > limit else { return String(s) }
        let host = s.prefix { $0 != "/" }
        if host.count >= limit - 1 { return "…" + host.suffix(limit - 2) + "/…" }
        // The path up to the last «/» that still fits, or cut at the limit.
        let head = s.prefix(limit - 1)
        if let slash = head.lastIndex(of: "/"), slash > host.endIndex { return String(head[...slash]) + "…" }
        return String(head) + "…"
    }
}
