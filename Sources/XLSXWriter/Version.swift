import CXLSXWriter

/// The version of libxlsxwriter this module was built against.
public let libxlsxwriterVersion: String = String(cString: lxw_version())
