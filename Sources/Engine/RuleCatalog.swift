import Rules

/// The target version type of `--target-version` and `target-version`, for the executable (which
/// sees the engine only).
public typealias PythonVersion = Rules.PythonVersion

/// The rule catalog, for `heaplint rules`, `heaplint explain` and SARIF: every rule from the
/// registry (its embedded `rules/<CODE>-<name>/` data), then the engine's own codes (HL900, HL901, HL902).
/// Reporters render it; they and the executable reach the rules only through here.
public enum RuleCatalog {
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var name: String
        public var family: String
        public var severity: Severity
        public var summary: String
        /// Tool name → that tool's equivalent code.
        public var peers: [String: String]
        public var readme: String

        public init(code: String, name: String, family: String, severity: Severity, summary: String,
                    peers: [String: String] = [:], readme: String = "") {
            self.code = code; self.name = name; self.family = family; self.severity = severity
            self.summary = summary; self.peers = peers; self.readme = readme
        }
    }

    public static var entries: [Entry] {
        RuleRegistry.all.map {
            Entry(code: $0.code, name: $0.name, family: $0.family, severity: $0.defaultSeverity,
                  summary: $0.summary, peers: $0.peers, readme: $0.readme)
        } + BuiltinCodes.all.map {
            Entry(code: $0.code, name: $0.name, family: "engine",
                  severity: $0.code == BuiltinCodes.unusedNoqa.code ? .warning : .error, summary: $0.summary,
                  peers: [:], readme: "")
        }
    }

    /// Looks a rule up by code (any case) or by name.
    public static func entry(_ codeOrName: String) -> Entry? {
        let key = codeOrName.uppercased()
        return entries.first { $0.code == key || $0.name == codeOrName.lowercased() }
    }
}
