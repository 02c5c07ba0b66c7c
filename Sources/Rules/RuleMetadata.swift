/// A rule's declarative data from `rules/<CODE>-<name>/`, embedded in the binary at build time.
public struct RuleMetadata: Sendable, Equatable {
    public var code: String
    public var name: String
    public var family: String
    public var defaultSeverity: Severity
    public var summary: String
    /// Message template.
    public var message: String
    /// Peer tools' equivalent rules, e.g. `["ruff": "B006", "pylint": "W0102"]`.
    public var peers: [String: String]
    /// The rule's README.md (What it does · Why it retains memory · Example · Use instead · How heaplint confirms it · Peer rules).
    public var readme: String
    /// The rule's `query.scm`, where a query fits.
    public var query: String?
    /// States the remedy (`fix-title` in rule.toml).
    public var fixTitle: String?

    public init(code: String, name: String, family: String, defaultSeverity: Severity, summary: String,
                message: String, peers: [String: String], readme: String, query: String?) {
        self.code = code; self.name = name; self.family = family; self.defaultSeverity = defaultSeverity
        self.summary = summary; self.message = message; self.peers = peers; self.readme = readme; self.query = query
    }
}

/// Codes that the engine reports itself, not a rule: they can be selected and ignored like rules.
public enum BuiltinCodes {
    public static let ioError = (code: "HL900", name: "io-error", summary: "A file could not be read or decoded")
    public static let syntaxError = (code: "HL901", name: "syntax-error", summary: "A file has a syntax error; the rest of it is still linted")
    public static let unusedNoqa = (code: "HL902", name: "unused-noqa", summary: "A `# noqa` or `# heaplint: ignore` names a heaplint rule that reports nothing on its line (off by default)")

    /// The engine's codes in catalog order.
    public static let all = [ioError, syntaxError, unusedNoqa]

    /// Codes that only run when selected explicitly (by code, prefix or `ALL`), as ruff's RUF100.
    public static let notSelectedByDefault: Set<String> = [unusedNoqa.code]

    /// True for the engine's own codes (HL900, HL901, HL902): not leak verdicts.
    public static func isBuiltin(_ code: String) -> Bool { all.contains { $0.code == code } }
}
