import Engine

/// `--output-format github`: GitHub Actions workflow commands, one annotation per finding.
public struct GitHubReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .github }

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        LineSession(write: write, render: Self.annotation)
    }

    /// One workflow command. `col` / `endColumn` only for a range on one line: the Actions
    /// toolkit rejects columns on a range that spans lines.
    static func annotation(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        var properties = [
            ("title", "heaplint (\(d.code))"),
            ("file", d.filename),
            ("line", String(d.location.row)),
        ]
        if d.endLocation.row == d.location.row {
            properties += [("col", String(d.location.column)), ("endLine", String(d.endLocation.row)),
                           ("endColumn", String(d.endLocation.column))]
        } else {
            properties.append(("endLine", String(d.endLocation.row)))
        }
        let text = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(text)::\(Self.escapeData("\(d.code) \(d.message)"))\n"
    }

    /// Message escaping of workflow commands: `%`, CR and LF.
    static func escapeData(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Property escaping: the data escapes plus `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for scalar in escapeData(s).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
