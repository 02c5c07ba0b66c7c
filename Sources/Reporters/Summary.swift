import Engine

/// The closing lines of the text formats, like ruff's:
/// `Found 3 findings (2 confirmed, 1 unknown).` or `All checks passed!`, then the files that could
/// not be analysed (HL900 / HL901, counted apart: they are not leak verdicts), then the fix hint.
enum Summary {
    static func lines(_ all: [Diagnostic], context: ReportContext) -> [String] {
        var lines: [String] = []
        let diagnostics = all.filter { !$0.isEngineFinding }
        let remaining = diagnostics.count
        let fixed = context.fixedCount
        if remaining == 0 && fixed == 0 {
            if all.isEmpty { lines.append("All checks passed!") }
        } else {
            let total = remaining + fixed
            let verdicts = verdictCounts(diagnostics).joined(separator: ", ")
            let details = fixed == 0 ? verdicts
                : "\(fixed) fixed, \(remaining) remaining" + (verdicts.isEmpty ? "" : ": " + verdicts)
            lines.append("Found \(plural(total, "finding")) (\(details)).")
        }
        if let line = unanalysed(all) { lines.append(line) }
        let fixable = diagnostics.filter(context.isFixable).count
        let hidden = diagnostics.filter(context.isHiddenFix).count
        let hiddenNote = hidden > 0
            ? "\(plural(hidden, "hidden fix", "hidden fixes")) can be enabled with the --unsafe-fixes option" : nil
        if fixable > 0 {
            lines.append("[*] \(fixable) fixable with the --fix option" + (hiddenNote.map { " (\($0))" } ?? "") + ".")
        } else if let hiddenNote {
            lines.append("No fixes available (\(hiddenNote)).")
        }
        return lines
    }

    /// `2 files could not be analysed (3 syntax errors, 1 read or decoding error).`, nil when none.
    static func unanalysed(_ diagnostics: [Diagnostic]) -> String? {
        let engine = diagnostics.filter(\.isEngineFinding)
        guard !engine.isEmpty else { return nil }
        let files = Set(engine.map(\.filename)).count
        let syntax = engine.filter { $0.code == "HL901" }.count
        let io = engine.count - syntax
        let parts = [syntax > 0 ? plural(syntax, "syntax error") : nil, io > 0 ? plural(io, "read or decoding error") : nil]
        return (files == 1 ? "1 file" : "\(files) files") + " could not be analysed ("
            + parts.compactMap { $0 }.joined(separator: ", ") + ")."
    }

    /// `2 confirmed`, `1 unknown`, … in verdict order, zero counts left out.
    static func verdictCounts(_ diagnostics: [Diagnostic]) -> [String] {
        Verdict.allCases.sorted().compactMap { verdict in
            let n = diagnostics.filter { $0.verdict == verdict }.count // engine findings have no verdict
            return n > 0 ? "\(n) \(verdict.rawValue)" : nil
        }
    }

    static func plural(_ n: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : pluralForm ?? singular + "s")
    }
}
