import Engine

/// One line per finding: `path:row:col: HL101 [confirmed] message`, then the summary.
public struct ConciseReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .concise }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let style = Style(enabled: context.color)
        var out = ""
        for d in diagnostics { out += Header.line(d, context: context, style: style, verdictTag: true) + "\n" }
        if !context.quiet {
            for line in Summary.lines(diagnostics, context: context) { out += line + "\n" }
        }
        return out
    }
}
