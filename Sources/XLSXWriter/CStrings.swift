import Foundation

/// C strings handed to libxlsxwriter for the length of one call (it copies what it keeps); freed together.
final class CStrings {
    private var owned: [UnsafeMutablePointer<CChar>] = []

    /// A C copy of `s` that lives as long as this pool; nil for nil.
    func make(_ s: String?) -> UnsafeMutablePointer<CChar>? {
        guard let s, let p = strdup(s) else { return nil }
        owned.append(p)
        return p
    }

    deinit { owned.forEach { free($0) } }
}
