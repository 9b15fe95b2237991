import CXML2
import Foundation

/// An element or attribute name as libxml2 hands it to a callback: NUL-terminated UTF-8, valid during the
/// callback. Compared byte by byte with ASCII literals, never turned into a `String` on the hot path.
struct XMLName {
    let bytes: UnsafePointer<xmlChar>

    @inline(__always) func equals(_ literal: StaticString) -> Bool { xmlEquals(bytes, literal) }

    /// The first byte (0 for an empty name): a cheap switch before `equals`.
    @inline(__always) var first: UInt8 { bytes.pointee }

    var string: String { String(cString: bytes) }
}

/// An attribute value: the bytes `[begin, end)`, not NUL-terminated, entity and character references
/// already replaced by libxml2.
struct XMLValue {
    let begin: UnsafePointer<xmlChar>
    let end: UnsafePointer<xmlChar>

    var count: Int { end - begin }
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: begin, count: count) }
    /// The value as text. libxml2's SAX2 interface, without entity substitution, hands an attribute's «&» (written
    /// `&amp;` or `&#38;`) on as the five characters `&#38;` for a tree builder to parse again; every other reference
    /// is already replaced. So each `&#38;` is one «&» (a literal «&#38;» would have arrived as `&#38;#38;`).
    var string: String {
        let text = String(decoding: buffer, as: UTF8.self)
        guard memchr(begin, 0x26, count) != nil else { return text }
        return text.replacingOccurrences(of: "&#38;", with: "&")
    }

    @inline(__always) func equals(_ literal: StaticString) -> Bool {
        literal.utf8CodeUnitCount == count && memcmp(begin, literal.utf8Start, count) == 0
    }

    /// `1` or `true` (any case), as OOXML booleans are written.
    var isTrue: Bool { equals("1") || string.lowercased() == "true" }

    /// The leading integer as C's `atol` reads it (blanks, a sign, digits up to the first other byte; 0 when
    /// there are none), saturated instead of overflowing.
    var leadingInteger: Int {
        var p = begin
        while p < end, p.pointee == 0x20 || (p.pointee >= 0x09 && p.pointee <= 0x0D) { p += 1 }
        var negative = false
        if p < end, p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+") {
            negative = p.pointee == UInt8(ascii: "-"); p += 1
        }
        var n = 0
        while p < end, p.pointee >= 0x30, p.pointee <= 0x39 {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(p.pointee - 0x30))
            if o1 || o2 { return negative ? Int.min : Int.max }
            n = s
            p += 1
        }
        return negative ? -n : n
    }
}

/// The attributes of an element as libxml2's SAX2 `startElementNs` passes them: five pointers each (local
/// name, prefix, namespace URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// Calls `body` with each attribute's local name and value.
    @inline(__always) func forEach(_ body: (XMLName, XMLValue) -> Void) {
        guard let base else { return }
        for i in 0..<count {
            let a = base + 5 * i
            guard let name = a[0], let begin = a[3], let end = a[4] else { continue }
            body(XMLName(bytes: name), XMLValue(begin: begin, end: end))
        }
    }
}

/// Compares a NUL-terminated name with an ASCII literal without building a String.
@inline(__always)
func xmlEquals(_ p: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    let l = literal.utf8Start
    for i in 0..<n where p[i] != l[i] { return false }
    return p[n] == 0
}
