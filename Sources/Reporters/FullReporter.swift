import Engine

/// The default format (ruff's `full`): the header line, the source with a caret underline,
/// then the verdict, growth, retention path, assumptions and the fix title.
public struct FullReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .full }

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        let style = Style(enabled: context.color)
        return LineSession(write: write, render: { d in
            render(d, context: context, style: style).map { $0 + "\n" }.joined() + "\n"
        }, closing: context.quiet ? nil : { kept, final in Summary.lines(kept, context: final).map { $0 + "\n" }.joined() })
    }

    func render(_ d: Diagnostic, context: ReportContext, style: Style) -> [String] {
        var lines = [Header.line(d, context: context, style: style, verdictTag: false)]
        var width = 1
        if let excerpt = d.excerpt {
            let snippet = SourceSnippet(source: excerpt, start: d.location, end: d.endLocation)
            width = snippet.gutterWidth
            lines += snippet.render(gutter: style.gutter, carets: { style.severity(d.severity, $0) })
        }
        let pad = String(repeating: " ", count: width)
        func note(_ label: String, _ text: String) {
            lines.append(pad + " " + style.gutter("=") + " " + style.bold(label + ":") + " " + Header.terminalSafe(text))
        }
        // Engine findings (HL900 / HL901) carry no verdict: nothing ran.
        let verdict = d.verdict.map { style.verdict($0, $0.rawValue) } ?? ""
        if d.verdict == nil {
        } else if let evidence = d.evidence {
            note("verdict", evidence.scenario.isEmpty ? verdict : verdict + " — " + evidence.scenario)
            if let growth = evidence.growth { note("grows", Describe.growth(growth)) }
            let steps = d.retentionSteps
            if !steps.isEmpty { note("retained by", Describe.retentionPath(steps)) }
            for assumption in evidence.assumptions { note("assumes", assumption) }
        } else {
            note("verdict", verdict)
        }
        if let fix = d.fix, !fix.message.isEmpty {
            lines.append(pad + " " + style.gutter("=") + " " + style.apply("1;36", "help:") + " " + Header.terminalSafe(fix.message))
        }
        return lines
    }
}

/// `path:row:col: HL101 [*] message`, shared by the full and concise formats.
enum Header {
    static func line(_ d: Diagnostic, context: ReportContext, style: Style, verdictTag: Bool) -> String {
        var line = style.bold(terminalSafe(d.filename)) + ":\(d.location.row):\(d.location.column): "
            + style.severity(d.severity, d.code)
        if context.isFixable(d) { line += " " + style.cyan("[*]") }
        if verdictTag, let verdict = d.verdict { line += " [" + style.verdict(verdict, verdict.rawValue) + "]" }
        return line + " " + terminalSafe(d.message)
    }

    /// One line, no control characters: line breaks and tabs become spaces, other controls
    /// their Unicode control pictures (so a message cannot move the cursor or ring the bell).
    static func terminalSafe(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousCR: continue
            case 0x09, 0x0A, 0x0D: out += " "
            case 0..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out += "\u{2421}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
