import CStemmer

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Snowball's Russian stemmer (libstemmer, Debian's libstemmer-dev): «наставников», «наставника» and
/// «наставниками» are one stem, «наставников» / «наставляемых» two. A libstemmer instance keeps its work
/// buffer between calls and must not be shared by threads, so each thread has its own (a pthread key frees
/// it when the thread ends); the stems are remembered, since forms repeat the same few hundred words.
enum RussianStemmer {
    /// The key under which each thread keeps its own stemmer.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let rc = pthread_key_create(&key) { p in
            sb_stemmer_delete(OpaquePointer(p))
        }
        precondition(rc == 0, "pthread_key_create: \(rc)")
        return key
    }()

    /// This thread's stemmer, made on first use.
    private static func instance() -> OpaquePointer {
        if let p = pthread_getspecific(key) { return OpaquePointer(p) }
        guard let s = sb_stemmer_new("russian", "UTF_8") else {
            preconditionFailure("libstemmer has no Russian stemmer")
        }
        pthread_setspecific(key, UnsafeRawPointer(s))
        return s
    }

    private static let memo = Memo<String, String>(limit: 100_000)

    /// The stem of one lower-case word.
    static func stem(_ word: String) -> String {
        memo.value(word) { compute(word) }
    }

    static func compute(_ word: String) -> String {
        var w = word
        return w.withUTF8 { bytes -> String in
            let s = instance()
            guard let out = sb_stemmer_stem(s, bytes.baseAddress, Int32(bytes.count)) else { return word }
            return String(decoding: UnsafeBufferPointer(start: out, count: Int(sb_stemmer_length(s))), as: UTF8.self)
        }
    }
}
