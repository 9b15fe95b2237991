import CXLSXWriter
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Document properties shown by office software (File → Properties).
public struct DocumentProperties: Sendable, Equatable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?

    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        category: String? = nil, keywords: String? = nil, comments: String? = nil, status: String? = nil
    ) {
        self.title = title; self.subject = subject; self.author = author; self.company = company
        self.category = category; self.keywords = keywords; self.comments = comments; self.status = status
    }
}

/// Options fixed when a workbook is created.
public struct WorkbookOptions: Sendable {
    /// The creation time written into the file. `nil` means: `SOURCE_DATE_EPOCH` when that environment
    /// variable is set, otherwise `Workbook.defaultCreationTime`. A fixed time makes output reproducible.
    public var creationTime: Date?
    /// Directory for libxlsxwriter's temporary files (default: `Workbook.defaultTemporaryDirectory`).
    public var temporaryDirectory: String?
    /// The widths of the printing font's characters, for the rows' heights (see `RowHeights`).
    public var textMetrics: TextMetrics

    public init(creationTime: Date? = nil, temporaryDirectory: String? = nil, textMetrics: TextMetrics = .approximate) {
        self.creationTime = creationTime
        self.temporaryDirectory = temporaryDirectory
        self.textMetrics = textMetrics
    }
}

/// An XLSX workbook being written. Nothing reaches `path` until `save()` succeeds: the file is written to a
/// hidden temporary file beside the target and renamed over it, so a failed run never leaves a half-written
/// file and never replaces an earlier good one.
///
/// Threads: add sheets, charts and styles from one thread. After that, different *streaming* sheets may be
/// written from different threads at once (each has its own temporary file and stores its strings inline;
/// the styles are shared under a lock). `register(_:)` the styles first: a style's number in the file is
/// given when it is first used, so registering fixes the order and keeps the output the same run to run.
public final class Workbook {
    /// The file the workbook is saved to.
    public let path: String
    /// Used when neither `WorkbookOptions.creationTime` nor `SOURCE_DATE_EPOCH` is given: 2000-01-01 00:00:00 UTC.
    public static let defaultCreationTime = Date(timeIntervalSince1970: 946_684_800)

    public var properties = DocumentProperties()
    public private(set) var worksheets: [Worksheet] = []

    let temporaryPath: String
    var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private let formatsLock = NSLock()
    private let creationTime: Date
    private let textMetrics: TextMetrics
    private var tmpdirCString: UnsafeMutablePointer<CChar>?
    /// The sheets' names lower-cased, as Excel compares them (see `SheetName.unique`).
    private var takenNames = Set<String>()

    /// Starts a workbook that `save()` will write to `path`. The parent directory is created if missing.
    public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        LibraryMessages.installed  // libxlsxwriter's own messages go to the log, not to the terminal
        self.path = path
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw XLSXWriteError(context: path, message: "не удалось создать каталог \(dir.path)")
        }
        temporaryPath =
            dir.appendingPathComponent(
                ".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            ).path
        creationTime = options.creationTime ?? Workbook.environmentCreationTime() ?? Workbook.defaultCreationTime
        textMetrics = options.textMetrics

        var lxwOptions = lxw_workbook_options()
        if let tmp = options.temporaryDirectory ?? Workbook.defaultTemporaryDirectory {
            tmpdirCString = strdup(tmp)
            lxwOptions.tmpdir = tmpdirCString
        }
        guard let wb = workbook_new_opt(temporaryPath, &lxwOptions) else {
            throw XLSXWriteError(context: path, message: "не удалось начать книгу (не хватило памяти?)")
        }
        handle = wb
    }

    deinit {
        if let wb = handle { lxw_workbook_free(wb) }
        unlink(temporaryPath)
        free(tmpdirCString)
    }

    /// Where libxlsxwriter's temporary files go unless the options say: /dev/shm (memory) when it is writable and
    /// has at least `memoryTemporaryRoom` bytes free, otherwise the system's (`tmpfile`, /tmp). libxlsxwriter
    /// writes every part of a workbook to a temporary file of its own before packing it (about 120 for a municipal
    /// workbook); on a disk file system creating and deleting them cost more than writing the workbook
    /// (`--by-municipality`: ext4's inode allocation was a third of the CPU, and most of the time was spent waiting).
    /// A streamed sheet is held there whole until the workbook is packed (a 50,000-organisation workbook: about
    /// 500 MB of XML), hence the room asked for.
    public static let defaultTemporaryDirectory: String? = {
        let dir = "/dev/shm"
        var fs = statvfs()
        guard access(dir, W_OK | X_OK) == 0, statvfs(dir, &fs) == 0,
            UInt64(fs.f_bavail) * UInt64(fs.f_frsize) >= memoryTemporaryRoom
        else { return nil }
        return dir
    }()
    /// The free room /dev/shm must have to take the temporary files: 2 GiB.
    static let memoryTemporaryRoom: UInt64 = 2 << 30

    static func environmentCreationTime() -> Date? {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
            let seconds = Double(raw.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    func requireHandle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let wb = handle else {
            throw XLSXWriteError(context: path, message: "книга уже сохранена, изменять её нельзя")
        }
        return wb
    }

    /// Adds a worksheet. The name is sanitised and made unique (see `SheetName.unique`); read the final
    /// name from `Worksheet.name`.
    @discardableResult
    ///
    /// A `streaming` sheet keeps one row in memory and writes the others to a temporary file (libxlsxwriter's
    /// constant-memory mode, here per sheet): rows must be written in ascending order — writing to an earlier
    /// row throws — and its strings are stored inline. Use it for sheets of hundreds of thousands of rows.
    public func addWorksheet(_ name: String, streaming: Bool = false) throws -> Worksheet {
        let wb = try requireHandle()
        let finalName = SheetName.unique(name, taken: takenNames)
        // libxlsxwriter takes a sheet's mode from the workbook option at the moment the sheet is added.
        let saved = wb.pointee.options.constant_memory
        wb.pointee.options.constant_memory = streaming ? 1 : 0
        defer { wb.pointee.options.constant_memory = saved }
        guard let ws = workbook_add_worksheet(wb, finalName) else {
            throw XLSXWriteError(context: "\(path), лист «\(finalName)»", message: "не удалось добавить лист")
        }
        let sheet = Worksheet(workbook: self, handle: ws, name: finalName, metrics: textMetrics, streaming: streaming)
        worksheets.append(sheet)
        takenNames.insert(finalName.lowercased())
        return sheet
    }

    /// Adds a chart; place it with `Worksheet.insertChart`.
    public func addChart(_ kind: ChartKind) throws -> Chart {
        let wb = try requireHandle()
        guard let chart = workbook_add_chart(wb, kind.lxwType) else {
            throw XLSXWriteError(context: path, message: "не удалось создать диаграмму")
        }
        return Chart(handle: chart, kind: kind)
    }

    /// Creates the formats of `styles` now, in this order (see the note on threads above).
    public func register(_ styles: [CellStyle]) throws {
        for s in styles { _ = try format(for: s) }
        // The format libxlsxwriter gives a link written without a style, numbered now for the same reason.
        if let url = try requireHandle().pointee.default_url_format { _ = lxw_format_get_xf_index(url) }
    }

    /// The libxlsxwriter format for a style, created once per distinct style. Safe to call from several
    /// threads: the format gets its number in the file at once, so that writing a cell only reads it.
    func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style, style != .plain else { return nil }
        formatsLock.lock()
        defer { formatsLock.unlock() }
        if let f = formats[style] { return f }
        guard let f = workbook_add_format(try requireHandle()) else {
            throw XLSXWriteError(context: path, message: "не удалось создать формат ячейки")
        }
        style.apply(to: f)
        _ = lxw_format_get_xf_index(f)
        formats[style] = f
        return f
    }

    /// Writes the workbook to a temporary file beside `path` and renames it over `path`.
    /// On failure the temporary file is removed and an existing file at `path` is left untouched.
    public func save() throws {
        let wb = try requireHandle()
        try applyProperties(wb)
        for sheet in worksheets {
            try sheet.applyRowHeights(before: nil)
            try sheet.applyWidenedColumns()
        }
        handle = nil
        let status = workbook_close(wb)
        if let error = XLSXWriteError.from(status, context: path) {
            unlink(temporaryPath)
            throw error
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw XLSXWriteError(context: path, message: "не удалось заменить файл: \(reason)")
        }
    }

    private func applyProperties(_ wb: UnsafeMutablePointer<lxw_workbook>) throws {
        let strings = CStrings()
        defer { withExtendedLifetime(strings) {} }  // the C strings must outlive the library call
        let c = strings.make
        var p = lxw_doc_properties()
        p.title = c(properties.title)
        p.subject = c(properties.subject)
        p.author = c(properties.author)
        p.company = c(properties.company)
        p.category = c(properties.category)
        p.keywords = c(properties.keywords)
        p.comments = c(properties.comments)
        p.status = c(properties.status)
        p.created = time_t(creationTime.timeIntervalSince1970)
        try XLSXWriteError.check(workbook_set_properties(wb, &p), "\(path), свойства документа")
    }
}

extension CellStyle {
    func apply(to f: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(f, fontName) }
        if let fontSize { format_set_font_size(f, fontSize) }
        if let fontColor { format_set_font_color(f, lxw_color_t(fontColor.rgb)) }
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        if underline { format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if wrap { format_set_text_wrap(f) }
        if let horizontal {
            let a: lxw_format_alignments
            switch horizontal {
            case .general: a = LXW_ALIGN_NONE
            case .left: a = LXW_ALIGN_LEFT
            case .center: a = LXW_ALIGN_CENTER
            case .right: a = LXW_ALIGN_RIGHT
            case .fill: a = LXW_ALIGN_FILL
            case .justify: a = LXW_ALIGN_JUSTIFY
            }
            format_set_align(f, UInt8(a.rawValue))
        }
        if let vertical {
            let a: lxw_format_alignments
            switch vertical {
            case .top: a = LXW_ALIGN_VERTICAL_TOP
            case .center: a = LXW_ALIGN_VERTICAL_CENTER
            case .bottom: a = LXW_ALIGN_VERTICAL_BOTTOM
            case .justify: a = LXW_ALIGN_VERTICAL_JUSTIFY
            }
            format_set_align(f, UInt8(a.rawValue))
        }
        if border != .none {
            let b: lxw_format_borders
            switch border {
            case .none: b = LXW_BORDER_NONE
            case .thin: b = LXW_BORDER_THIN
            case .medium: b = LXW_BORDER_MEDIUM
            case .thick: b = LXW_BORDER_THICK
            case .dashed: b = LXW_BORDER_DASHED
            case .dotted: b = LXW_BORDER_DOTTED
            case .double: b = LXW_BORDER_DOUBLE
            }
            format_set_border(f, UInt8(b.rawValue))
            if let borderColor { format_set_border_color(f, lxw_color_t(borderColor.rgb)) }
        }
        if let fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, lxw_color_t(fill.rgb))
        }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        if !locked { format_set_unlocked(f) }
    }
}
