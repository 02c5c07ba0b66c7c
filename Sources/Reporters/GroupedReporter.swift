import Engine

/// `--output-format grouped` (ruff's): the findings under their file's name, then the summary.
///
///     app/cache.py:
///       12:28 HL101 [*] [confirmed] Default list of `remember` grows by one item per call
///
public struct GroupedReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .grouped }

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        Session(context: context, write: write)
    }

    final class Session: ReportSession {
        let context: ReportContext
        let style: Style
        let write: (String) -> Void
        private var kept: [Diagnostic] = []
        init(context: ReportContext, write: @escaping (String) -> Void) {
            self.context = context; self.write = write; style = Style(enabled: context.color)
        }

        func add(_ diagnostics: [Diagnostic]) {
            guard let first = diagnostics.first else { return }
            var out = style.bold(Header.terminalSafe(first.filename)) + ":\n"
            let rowWidth = diagnostics.map { String($0.location.row).count }.max() ?? 1
            let columnWidth = diagnostics.map { String($0.location.column).count }.max() ?? 1
            for d in diagnostics {
                let row = String(d.location.row), column = String(d.location.column)
                var line = "  " + String(repeating: " ", count: rowWidth - row.count) + row + ":" + column
                    + String(repeating: " ", count: columnWidth - column.count) + " " + style.severity(d.severity, d.code)
                if context.isFixable(d) { line += " " + style.cyan("[*]") }
                // Engine findings (HL900 / HL901) carry no verdict.
                if let v = d.verdict { line += " [" + style.verdict(v, v.rawValue) + "]" }
                line += " " + Header.terminalSafe(d.message)
                out += line + "\n"
                if !context.quiet { kept.append(d.slim) }
            }
            write(out + "\n")
        }

        func finish(context final: ReportContext) {
            guard !final.quiet else { return }
            write(Summary.lines(kept, context: final).map { $0 + "\n" }.joined())
        }
    }
}
