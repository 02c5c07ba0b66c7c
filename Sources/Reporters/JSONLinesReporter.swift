import Engine

/// `--output-format json-lines`: one compact JSON object per line.
public struct JSONLinesReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .jsonLines }
    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        LineSession(write: write, render: { DiagnosticJSON.object($0).compact + "\n" })
    }
}
