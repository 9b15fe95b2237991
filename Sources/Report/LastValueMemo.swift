import Foundation

/// A function's value for the key it was last asked about: for inputs in which the same key comes in runs
/// (remarks of one organisation, of one file), so that a run costs one call and no hashing.
struct LastValueMemo<Key: Equatable, Value> {
    private let compute: (Key) -> Value
    private var last: (key: Key, value: Value)?

    init(_ compute: @escaping (Key) -> Value) { self.compute = compute }

    subscript(key: Key) -> Value {
        mutating get {
            if let last, last.key == key { return last.value }
            let value = compute(key)
            last = (key, value)
            return value
        }
    }
}

/// The last component of a path, as `NSString.lastPathComponent` gives it.
enum FileName {
    /// The part after the last "/" is read off the bytes when the path does not end with one; otherwise (and
    /// for an empty path) Foundation decides.
    static func last(_ path: String) -> String {
        let u = path.utf8
        guard let end = u.last, end != UInt8(ascii: "/") else { return (path as NSString).lastPathComponent }
        guard let slash = u.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[u.index(after: slash)...])
    }
}
