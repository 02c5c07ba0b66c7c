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
        for verdict in Verdict.allCases.sorted() {
            let n = diagnostics.filter { $0.verdict == verdict }.count
            if n > 0 {
                let s = String(n)
                out += String(repeating: " ", count: max(0, countWidth - s.count)) + s + "\t" + verdict.rawValue + "\n"
            }
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
            return .object([("code", .string(code)), ("name", .string(c.name)), ("count", .int(c.count)),
                            ("fixable", .bool(c.fixable)), ("verdicts", .object(verdicts))])
        }).pretty() + "\n"
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
