/// Limits that protect the reader from hostile files. They are checked on the bytes actually inflated
/// while streaming, never on the sizes written in the zip's headers.
public struct ReaderLimits: Sendable, Equatable {
    /// Largest uncompressed size of one part (default 512 MiB).
    public var maxPartBytes: Int64
    /// Largest uncompressed size of all parts read from one file (default 2 GiB).
    public var maxTotalBytes: Int64
    /// Largest compression ratio of a part (default 1000), checked once the part has inflated past
    /// `ratioFloorBytes` so that tiny, highly compressible parts don't trip it.
    public var maxCompressionRatio: Int64
    /// Inflated size from which the ratio is checked (default 16 MiB).
    public var ratioFloorBytes: Int64
    /// Largest number of entries in the zip (default 10 000).
    public var maxEntries: Int
    /// Deepest XML element nesting accepted (default 64; OOXML sheets need about 6).
    public var maxXMLDepth: Int
    /// Parts at least this large in the archive (default 1 MiB) are inflated on a second thread, a few chunks
    /// ahead of the parser. Not a safety limit: a knob for tests (0 sends every part that way).
    public var inflateAheadBytes: Int64
    /// Files up to this size (default 4 MiB) are read with one system call and unzipped from memory; larger ones
    /// are read by libzip from the file. Not a safety limit: a knob for tests (0 sends every file that way).
    public var inMemoryBytes: Int

    public init(
        maxPartBytes: Int64 = 512 << 20, maxTotalBytes: Int64 = 2 << 30,
        maxCompressionRatio: Int64 = 1000, ratioFloorBytes: Int64 = 16 << 20,
        maxEntries: Int = 10_000, maxXMLDepth: Int = 64, inflateAheadBytes: Int64 = 1 << 20,
        inMemoryBytes: Int = 4 << 20
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxEntries = maxEntries
        self.maxXMLDepth = maxXMLDepth
        self.inflateAheadBytes = inflateAheadBytes
        self.inMemoryBytes = inMemoryBytes
    }

    /// The defaults documented on each property.
    public static let `default` = ReaderLimits()
}
