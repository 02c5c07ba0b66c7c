import Engine

/// `--output-format github`: GitHub Actions workflow commands, one annotation per finding.
public struct GitHubReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .github }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        diagnostics.map { d in
            let command = d.severity == .error ? "error" : "warning"
            let properties = [
                ("title", "heaplint (\(d.code))"),
                ("file", d.filename),
                ("line", String(d.location.row)),
                ("col", String(d.location.column)),
                ("endLine", String(d.endLocation.row)),
                ("endColumn", String(d.endLocation.column)),
            ].map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
            return "::\(command) \(properties)::\(Self.escapeData("\(d.code) \(d.message)"))\n"
        }.joined()
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
