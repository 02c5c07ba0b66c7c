import Engine
import Rules

/// `--output-format sarif`: SARIF 2.1.0 with the rule catalog as `tool.driver.rules`.
public struct SARIFReporter: Reporter {
    /// The rules listed as `tool.driver.rules` (the whole catalog unless a test pins a set).
    public var rules: [Catalog.Entry]?
    public init(rules: [Catalog.Entry]? = nil) { self.rules = rules }
    public var format: OutputFormat { .sarif }
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let informationUri = "https://github.com/heaplint/heaplint"

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let rules = self.rules ?? Catalog.entries
        let index = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let driver: JSONValue = .object([
            ("name", .string("heaplint")),
            ("version", .string(context.version)),
            ("informationUri", .string(Self.informationUri)),
            ("rules", .array(rules.map(Self.rule))),
        ])
        let results = diagnostics.map { d -> JSONValue in
            var members: [(String, JSONValue)] = [("ruleId", .string(d.code))]
            if let i = index[d.code] { members.append(("ruleIndex", .int(i))) }
            members += [
                ("level", .string(d.severity.rawValue)),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(Self.uri(d.filename)))])),
                    ("region", .object([
                        ("startLine", .int(max(1, d.location.row))),
                        ("startColumn", .int(max(1, d.location.column))),
                        ("endLine", .int(max(1, d.endLocation.row))),
                        ("endColumn", .int(max(1, d.endLocation.column))),
                    ])),
                ]))])])),
                ("properties", .object([
                    ("verdict", .optional(d.verdict?.rawValue)),
                    ("retentionPath", .array(Describe.steps(d).map { .string($0.label) })),
                ])),
            ]
            return .object(members)
        }
        let log: JSONValue = .object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
        return log.pretty() + "\n"
    }

    static func rule(_ entry: Catalog.Entry) -> JSONValue {
        let help = entry.readme.isEmpty ? entry.summary : entry.readme
        return .object([
            ("id", .string(entry.code)),
            ("name", .string(entry.name)),
            ("shortDescription", .object([("text", .string(entry.summary))])),
            ("fullDescription", .object([("text", .string(Catalog.whatItDoes(entry) ?? entry.summary))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(entry.severity.rawValue))])),
        ])
    }

    /// A relative URI reference for a path: unreserved characters and `/` kept, the rest percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
