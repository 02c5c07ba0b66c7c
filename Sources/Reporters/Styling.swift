import Engine

/// ANSI styles for the terminal formats; every function is the identity when color is off.
struct Style {
    var enabled: Bool

    func apply(_ codes: String, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(codes)m\(text)\u{1B}[0m" : text
    }
    func bold(_ s: String) -> String { apply("1", s) }
    func cyan(_ s: String) -> String { apply("36", s) }
    func gutter(_ s: String) -> String { apply("1;34", s) }
    func severity(_ severity: Severity, _ s: String) -> String { apply(severity == .error ? "1;31" : "1;33", s) }
    func verdict(_ verdict: Verdict, _ s: String) -> String {
        switch verdict {
        case .confirmed: return apply("1;31", s)
        case .unknown: return apply("33", s)
        case .refuted: return apply("32", s)
        }
    }
}

/// Text shared by the human-readable formats.
enum Describe {
    /// `1 object per call (str) in list`.
    static func growth(_ growth: Diagnostic.ReportedGrowth) -> String {
        var text = "\(growth.objects) \(growth.objects == 1 ? "object" : "objects") per call"
        let kinds = growth.kinds.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if kinds.count == 1 {
            text += " (\(kinds[0].key))"
        } else if kinds.count > 1 {
            text += " (" + kinds.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
        }
        if !growth.containers.isEmpty {
            text += " in " + growth.containers.joined(separator: ", ")
        }
        return text
    }

    /// objgraph-style chain: `module app.cache → function remember → __defaults__[0] (list) (line 12) → item (str)`.
    static func retentionPath(_ steps: [Diagnostic.ReportedStep]) -> String {
        steps.map { step in
            step.location.map { "\(step.label) (line \($0.row))" } ?? step.label
        }.joined(separator: " → ")
    }
}
