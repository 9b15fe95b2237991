import CXML2
import CZip

/// Versions of the C libraries the reader was built against.
public enum ReaderLibraries {
    public static var libzip: String { String(cString: zip_libzip_version()) }
    public static var libxml2: String { String(cString: __xmlParserVersion().pointee!) }
}
