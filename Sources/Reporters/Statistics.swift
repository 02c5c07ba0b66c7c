import Engine

/// `--statistics`: counts per code like `ruff --statistics`, then counts by verdict.
public enum Statistics {
    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let (order, counts) = tally(diagnostics, context: context)
        guard !order.isEmpty else { return context.quiet ? "" : "All checks passed!\n" }
        let countWidth = order.map { String(counts[$0]!.count).count }.max() ?? 1
        let codeWidth = order.map(\.count).max() ?? 5
        var out = ""
        for code in order {
            let c = counts[code]!
            let n = String(c.count)
            out += String(repeating: " ", count: countWidth - n.count) + n + "\t"
                + code + String(repeating: " ", count: codeWidth - code.count) + "\t"
                + (c.fixable ? "[*]" : "[ ]") + " " + c.name + "\n"
        }
        out += "\n"
        func row(_ n: Int, _ text: String) {
            let s = String(n)
            out += String(repeating: " ", count: max(0, countWidth - s.count)) + s + "\t" + text + "\n"
        }
        // Leak findings by verdict; engine findings (HL900 / HL901, no verdict) counted apart, by file.
        for verdict in Verdict.allCases.sorted() {
            let n = diagnostics.filter { $0.verdict == verdict }.count
            if n > 0 { row(n, verdict.rawValue) }
        }
        let unanalysed = Set(diagnostics.filter(\.isEngineFinding).map(\.filename)).count
        if unanalysed > 0 { row(unanalysed, unanalysed == 1 ? "file could not be analysed" : "files could not be analysed") }
        let reasons = unknownReasons(diagnostics)
        if !reasons.isEmpty {
            out += "\nunknown, by reason:\n"
            for (reason, n) in reasons { row(n, Header.terminalSafe(reason)) }
        }
        return out
    }

    /// `--statistics --output-format json`, like ruff's: `[{"code", "name", "count", "fixable"}]`,
    /// plus heaplint's counts by verdict per code.
    public static func json(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let (order, counts) = tally(diagnostics, context: context)
        return JSONValue.array(order.map { code in
            let c = counts[code]!
            let verdicts = Verdict.allCases.sorted().compactMap { verdict -> (String, JSONValue)? in
                let n = diagnostics.filter { $0.code == code && $0.verdict == verdict }.count
                return n > 0 ? (verdict.rawValue, .int(n)) : nil
            }
            var members: [(String, JSONValue)] = [("code", .string(code)), ("name", .string(c.name)), ("count", .int(c.count)),
                                                  ("fixable", .bool(c.fixable))]
            if diagnostics.contains(where: { $0.code == code && $0.isEngineFinding }) {
                // HL900 / HL901 are not verdicts: the files they name, counted apart.
                members.append(("verdicts", .null))
                members.append(("files", .int(Set(diagnostics.filter { $0.code == code }.map(\.filename)).count)))
            } else {
                members.append(("verdicts", .object(verdicts)))
            }
            let reasons = unknownReasons(diagnostics.filter { $0.code == code })
            if !reasons.isEmpty { members.append(("unknown_reasons", .object(reasons.map { ($0.0, .int($0.1)) }))) }
            return .object(members)
        }).pretty() + "\n"
    }

    /// `unknown` findings by reason (`Diagnostic.unknownReason`), most frequent first then by text.
    static func unknownReasons(_ diagnostics: [Diagnostic]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for d in diagnostics { if let r = d.unknownReason { counts[r, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Codes, most frequent first then by code, with their name, count and whether any is fixable.
    static func tally(_ diagnostics: [Diagnostic], context: ReportContext)
        -> ([String], [String: (name: String, count: Int, fixable: Bool)]) {
        var order: [String] = []
        var counts: [String: (name: String, count: Int, fixable: Bool)] = [:]
        for d in diagnostics {
            if counts[d.code] == nil { order.append(d.code); counts[d.code] = (d.name, 0, false) }
            counts[d.code]!.count += 1
            if context.isFixable(d) { counts[d.code]!.fixable = true }
        }
        order.sort { (counts[$0]!.count, $1) > (counts[$1]!.count, $0) }
        return (order, counts)
    }
}
