import TOMLKit

/// Every rule, in one explicit list sorted by code, and their metadata from `rules/`.
public enum RuleRegistry {
    /// The rules heaplint runs. Add new rules here, in code order.
    public static let rules: [any Rule] = [
        MutableDefaultArgument(),
    ]

    /// Metadata of every rule directory embedded in the binary, sorted by code.
    public static let all: [RuleMetadata] = loadEmbedded()

    public static func metadata(for code: String) -> RuleMetadata? { all.first { $0.code == code } }

    /// Every code that `select` / `ignore` accept: rule codes plus the engine's own (HL900, HL901, HL902).
    public static var knownCodes: [String] { all.map(\.code) + BuiltinCodes.all.map(\.code) }

    /// The rule directories' names (`HL101-mutable-default-argument`), for consistency checks.
    public static var directories: [String] {
        Set(embeddedRuleFiles.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    static func loadEmbedded() -> [RuleMetadata] {
        var result: [RuleMetadata] = []
        for dir in directories {
            guard let toml = embeddedRuleFiles["\(dir)/rule.toml"] else { continue }
            do {
                result.append(try parse(toml: toml, readme: embeddedRuleFiles["\(dir)/README.md"] ?? "",
                                        query: embeddedRuleFiles["\(dir)/query.scm"]))
            } catch {
                // A malformed rule.toml fails the registry test; the binary still runs the other rules.
                continue
            }
        }
        return result.sorted { $0.code < $1.code }
    }

    public struct MalformedRule: Error, CustomStringConvertible {
        public let description: String
    }

    /// Parses one rule.toml (validated by the registry test for every rule directory).
    public static func parse(toml: String, readme: String, query: String?) throws -> RuleMetadata {
        let table = try TOMLTable(string: toml)
        func string(_ key: String) throws -> String {
            guard let v = table[key]?.string, !v.isEmpty else { throw MalformedRule(description: "missing string `\(key)`") }
            return v
        }
        let allowed: Set<String> = ["code", "name", "family", "severity", "summary", "message", "fix-title", "peers"]
        if let unknown = table.keys.first(where: { !allowed.contains($0) }) {
            throw MalformedRule(description: "unknown key `\(unknown)`")
        }
        guard let severity = Severity(rawValue: try string("severity")) else {
            throw MalformedRule(description: "severity must be warning or error")
        }
        var peers: [String: String] = [:]
        if let t = table["peers"]?.table {
            for k in t.keys { peers[k] = t[k]?.string ?? "" }
        }
        var m = RuleMetadata(code: try string("code"), name: try string("name"), family: try string("family"),
                             defaultSeverity: severity, summary: try string("summary"), message: try string("message"),
                             peers: peers, readme: readme, query: query)
        m.fixTitle = table["fix-title"]?.string
        return m
    }
}
