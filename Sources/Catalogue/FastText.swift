#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
// Text helpers for the hot paths (every cell of every form): Foundation's `CharacterSet` trimming and
// `contains` (which goes through `range(of:)`) are slow on Linux.

extension Unicode.Scalar {
    /// `properties.isWhitespace` (the Unicode White_Space property) without the property table look-up: the
    /// property's list of scalars is short and has been stable for many Unicode versions (a test compares the
    /// two over every scalar).
    @inline(__always)
    package var isWhiteSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
            || v == 0x3000
    }
}

extension Substring {
    /// The text without leading and trailing whitespace and line breaks.
    package var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return String(scalars[first...last])
    }
}

extension String {
    /// The text without leading and trailing whitespace and line breaks.
    package var trimmed: String {
        // Most cells need no trimming: answer without copying.
        if let f = unicodeScalars.first, let l = unicodeScalars.last, !f.isWhiteSpace, !l.isWhiteSpace {
            return self
        }
        return self[...].trimmed
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a character of its own beside any other such scalar: no rule of grapheme clusters joins
    /// two of them (no combining mark, joiner, spacing mark, prepended or Hangul scalar, regional indicator, nor a
    /// carriage return, which joins the line feed after it). A short list of the blocks forms are written in —
    /// Latin, Cyrillic without its combining marks, general punctuation, «№»; anything else is not asked about.
    @inline(__always)
    package var standsAlone: Bool {
        let v = value
        if v < 0x300 { return v != 0x0D }
        if v >= 0x400 && v <= 0x52F { return v < 0x483 || v > 0x489 }
        return (v >= 0x2000 && v <= 0x200A) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
            || v == 0x2116
    }
}

extension String {
    /// `count <= n` without walking the text's grapheme clusters when its bytes or scalars answer: a text has no
    /// more characters than scalars, nor scalars than bytes, and a text of scalars that each stand alone has as many
    /// characters as scalars (a test holds it equal to `count <= n`). Cyrillic texts otherwise take Swift's slow
    /// path of grapheme breaking for every character.
    package func hasAtMostCharacters(_ n: Int) -> Bool {
        if utf8.count <= n { return true }
        var scalars = 0
        var alone = true
        for u in unicodeScalars {
            scalars += 1
            if !u.standsAlone { alone = false }
        }
        if scalars <= n { return true }
        return alone ? false : count <= n
    }
}

extension String {
    /// Whether `needle` occurs in the text, compared byte by byte (exact, case-sensitive).
    package func includes(_ needle: String) -> Bool {
        var n = needle
        return n.withUTF8 { nb in
            guard !nb.isEmpty else { return true }
            var h = self
            return h.withUTF8 { hb in
                guard hb.count >= nb.count else { return false }
                let first = nb[0]
                var i = 0
                let last = hb.count - nb.count
                while i <= last {
                    if hb[i] == first {
                        var j = 1
                        while j < nb.count && hb[i + j] == nb[j] { j += 1 }
                        if j == nb.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// A string compared and hashed by its UTF-8 bytes. Swift hashes a `String` with non-ASCII characters through
/// Unicode normalisation, which dominates look-ups of Russian titles; the inputs (XML) and our normalised
/// titles are already composed, so byte equality is the equality we need. The bytes are hashed once, when the
/// key is made: a key looked up in several tables, or compared, does not read its text again.
package struct TextKey: Hashable, Sendable {
    package let text: String
    /// The hash of the text's bytes (by this process's `Hasher`).
    private let digest: Int

    package init(_ text: String) {
        self.text = text
        var s = text
        var hasher = Hasher()
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        digest = hasher.finalize()
    }

    package static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.digest == b.digest else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in
                p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}

extension TextKey: Codable {
    package init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }
    package func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

/// A set of labels looked up by bytes (see `TextKey`).
package struct TextSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<TextKey>

    package init<S: Sequence>(_ items: S) where S.Element == String { keys = Set(items.map(TextKey.init)) }
    package init(arrayLiteral items: String...) { self.init(items) }

    package func contains(_ s: String) -> Bool { keys.contains(TextKey(s)) }
    /// The same for a key already made (one text looked up in several sets is hashed once).
    package func contains(_ key: TextKey) -> Bool { keys.contains(key) }
    package var count: Int { keys.count }
}
