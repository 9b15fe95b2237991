import Foundation

/// Excel's `_xHHHH_` escapes in the text of strings (ST_Xstring): a character XML cannot carry (a control
/// character, a carriage return pasted from Windows) is written as `_x000D_`; a literal `_x` sequence that
/// would read as an escape is protected by escaping its underscore, `_x005F_`. Decoded left to right, so
/// «_x005F_x000A_» gives «_x000A_».
enum StringEscapes {
    /// The text of UTF-8 bytes with escapes decoded: the String is made straight from the bytes when they hold no
    /// `_x` (almost always), found with `memchr` rather than a walk over a String's UTF-8 view.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count >= 7, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        var p = UnsafeRawPointer(base)
        let end = UnsafeRawPointer(base + bytes.count)
        while p < end, let hit = memchr(p, Int32(UInt8(ascii: "_")), end - p) {
            let next = UnsafeRawPointer(hit) + 1
            if next < end, next.load(as: UInt8.self) == UInt8(ascii: "x") {
                return decode(String(decoding: bytes, as: UTF8.self))
            }
            p = next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with every well-formed `_xHHHH_` replaced by its character; other text is left as written, and so
    /// are `_xFFFE_` and `_xFFFF_` (noncharacters, as openpyxl and python-calamine keep them) and the escapes of
    /// lone surrogates, which are no character at all.
    static func decode(_ s: String) -> String {
        let utf8 = s.utf8
        // Fast path: almost no string holds an escape.
        guard utf8.count >= 7, containsEscapeStart(utf8) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        let bytes = Array(utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
                bytes[i + 6] == UInt8(ascii: "_"), let code = hex4(bytes, i + 2), code != 0xFFFE, code != 0xFFFF,
                let scalar = Unicode.Scalar(code)
            {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func containsEscapeStart(_ utf8: String.UTF8View) -> Bool {
        var previousUnderscore = false
        for b in utf8 {
            if previousUnderscore && b == UInt8(ascii: "x") { return true }
            previousUnderscore = b == UInt8(ascii: "_")
        }
        return false
    }

    private static func hex4(_ b: [UInt8], _ at: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in at..<at + 4 {
            let c = b[k]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
