import Engine

/// `--output-format junit`: JUnit XML like ruff's — a test suite per file, a failing test case per finding.
public struct JUnitReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .junit }

    /// JUnit gives the number of failures before them: the findings are kept (without their
    /// source lines) and the document written at the end.
    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        LineSession(write: write, render: { _ in "" }, closing: { kept, _ in Self.document(kept) })
    }

    static func document(_ diagnostics: [Diagnostic]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let n = diagnostics.count
        out += "<testsuites name=\"heaplint\" tests=\"\(max(n, 1))\" failures=\"\(n)\" errors=\"0\">\n"
        if diagnostics.isEmpty {
            out += "    <testsuite name=\"heaplint\" tests=\"1\" disabled=\"0\" errors=\"0\" failures=\"0\" package=\"org.heaplint\">\n"
            out += "        <testcase name=\"No findings\"/>\n"
            out += "    </testsuite>\n"
        }
        // Group by file, keeping the diagnostics' order (they arrive sorted by file).
        var files: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for d in diagnostics {
            if byFile[d.filename] == nil { files.append(d.filename) }
            byFile[d.filename, default: []].append(d)
        }
        for file in files {
            let group = byFile[file]!
            out += "    <testsuite name=\"\(Self.escape(file))\" tests=\"\(group.count)\" disabled=\"0\" errors=\"0\" failures=\"\(group.count)\" package=\"org.heaplint\">\n"
            let classname = Self.stripExtension(file)
            for d in group {
                out += "        <testcase name=\"org.heaplint.\(Self.escape(d.code))\" classname=\"\(Self.escape(classname))\" line=\"\(d.location.row)\" column=\"\(d.location.column)\">\n"
                let text = "line \(d.location.row), col \(d.location.column), \(d.verdict.map { "[\($0.rawValue)] " } ?? "")\(d.message)"
                out += "            <failure message=\"\(Self.escape(d.message))\">\(Self.escape(text))</failure>\n"
                out += "        </testcase>\n"
            }
            out += "    </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    static func stripExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex,
              path[path.index(before: dot)] != "/" else { return path }
        return String(path[..<dot])
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold at all become U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
