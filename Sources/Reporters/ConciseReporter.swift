import Engine

/// One line per finding: `path:row:col: HL101 [confirmed] message`, then the summary.
public struct ConciseReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .concise }

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        let style = Style(enabled: context.color)
        return LineSession(write: write, render: { Header.line($0, context: context, style: style, verdictTag: true) + "\n" },
                           closing: context.quiet ? nil : { kept, final in Summary.lines(kept, context: final).map { $0 + "\n" }.joined() })
    }
}
