import Engine

/// The closing lines of the text formats, like ruff's:
/// `Found 3 findings (2 confirmed, 1 unknown).` or `All checks passed!`, then the fix hint.
enum Summary {
    static func lines(_ diagnostics: [Diagnostic], context: ReportContext) -> [String] {
        var lines: [String] = []
        let remaining = diagnostics.count
        let fixed = context.fixedCount
        if remaining == 0 && fixed == 0 {
            lines.append("All checks passed!")
        } else {
            let total = remaining + fixed
            let verdicts = verdictCounts(diagnostics).joined(separator: ", ")
            let details = fixed == 0 ? verdicts
                : "\(fixed) fixed, \(remaining) remaining" + (verdicts.isEmpty ? "" : ": " + verdicts)
            lines.append("Found \(plural(total, "finding")) (\(details)).")
        }
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

    /// `2 confirmed`, `1 unknown`, … in verdict order, zero counts left out.
    static func verdictCounts(_ diagnostics: [Diagnostic]) -> [String] {
        Verdict.allCases.sorted().compactMap { verdict in
            let n = diagnostics.filter { $0.verdict == verdict }.count
            return n > 0 ? "\(n) \(verdict.rawValue)" : nil
        }
    }

    static func plural(_ n: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : pluralForm ?? singular + "s")
    }
}
