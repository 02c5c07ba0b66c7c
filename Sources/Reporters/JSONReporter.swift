import Engine

/// `--output-format json`: a pretty-printed array (2-space indent), `[]` when empty.
public struct JSONReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .json }
    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        JSONValue.array(diagnostics.map(DiagnosticJSON.object)).pretty() + "\n"
    }
}
