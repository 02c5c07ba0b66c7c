import Engine

/// `--output-format json-lines`: one compact JSON object per line.
public struct JSONLinesReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .jsonLines }
    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        diagnostics.map { DiagnosticJSON.object($0).compact + "\n" }.joined()
    }
}
