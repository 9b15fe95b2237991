import CXLSXWriter

/// An error of the writing layer; `description` is a Russian message for the user.
public struct XLSXWriteError: Error, CustomStringConvertible, Equatable {
    /// The libxlsxwriter error code, when the error came from the library.
    public let code: Int?
    /// Where it happened: file, sheet, cell or feature.
    public let context: String
    public let message: String

    public init(code: Int? = nil, context: String, message: String) {
        self.code = code
        self.context = context
        self.message = message
    }

    public var description: String { context.isEmpty ? message : "\(context): \(message)" }

    /// Converts a libxlsxwriter status into an error (nil for `LXW_NO_ERROR`).
    static func from(_ status: lxw_error, context: String) -> XLSXWriteError? {
        guard status != LXW_NO_ERROR else { return nil }
        return XLSXWriteError(code: Int(status.rawValue), context: context, message: russianMessage(status))
    }

    static func check(_ status: lxw_error, _ context: @autoclosure () -> String) throws {
        // The context (file, sheet, cell) is built only for an error: this runs for every cell written.
        guard status != LXW_NO_ERROR else { return }
        if let e = from(status, context: context()) { throw e }
    }

    /// A Russian message for every `lxw_error` code of libxlsxwriter 1.1.
    static func russianMessage(_ status: lxw_error) -> String {
        switch status {
        case LXW_NO_ERROR: return "ошибок нет"
        case LXW_ERROR_MEMORY_MALLOC_FAILED: return "не хватило памяти"
        case LXW_ERROR_CREATING_XLSX_FILE: return "не удалось создать файл XLSX (нет каталога или прав на запись?)"
        case LXW_ERROR_CREATING_TMPFILE:
            return "не удалось создать временный файл (проверьте каталог для временных файлов)"
        case LXW_ERROR_READING_TMPFILE: return "не удалось прочитать временный файл"
        case LXW_ERROR_ZIP_FILE_OPERATION: return "ошибка при записи архива ZIP"
        case LXW_ERROR_ZIP_PARAMETER_ERROR: return "неверный параметр архива ZIP"
        case LXW_ERROR_ZIP_BAD_ZIP_FILE: return "повреждённый архив ZIP"
        case LXW_ERROR_ZIP_INTERNAL_ERROR: return "внутренняя ошибка библиотеки ZIP"
        case LXW_ERROR_ZIP_FILE_ADD: return "не удалось добавить часть в архив ZIP"
        case LXW_ERROR_ZIP_CLOSE: return "не удалось закрыть архив ZIP (диск заполнен?)"
        case LXW_ERROR_FEATURE_NOT_SUPPORTED: return "возможность не поддерживается"
        case LXW_ERROR_NULL_PARAMETER_IGNORED: return "пустой параметр пропущен"
        case LXW_ERROR_PARAMETER_VALIDATION: return "недопустимое значение параметра"
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: return "имя листа длиннее 31 символа"
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: return "имя листа содержит недопустимый символ из []:*?/\\"
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
            return "имя листа не может начинаться или заканчиваться апострофом"
        case LXW_ERROR_SHEETNAME_ALREADY_USED: return "лист с таким именем уже есть"
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: return "строка длиннее 32 символов"
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: return "строка длиннее 128 символов"
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: return "строка длиннее 255 символов"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "текст длиннее 32 767 символов — предела ячейки Excel"
        case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: return "не найдена строка в таблице общих строк"
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
            return "ячейка вне пределов листа (1 048 576 строк × 16 384 столбца)"
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: return "ссылка длиннее 2079 символов — предела Excel"
        case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: return "на листе больше 65 530 ссылок — предела Excel"
        case LXW_ERROR_IMAGE_DIMENSIONS: return "не удалось определить размеры изображения"
        default: return "ошибка libxlsxwriter №\(status.rawValue)"
        }
    }
}

/// The number of `lxw_error` codes, for tests that walk all of them.
let LXW_MAX_ERRNO_VALUE = LXW_MAX_ERRNO.rawValue

/// The `lxw_error` with a given raw code.
func lxwError(_ code: Int) -> lxw_error { lxw_error(rawValue: UInt32(code)) }
