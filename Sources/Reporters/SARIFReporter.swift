import Engine

/// `--output-format sarif`: SARIF 2.1.0 with the rule catalog as `tool.driver.rules`. Each result
/// carries its retention path as a code flow (one thread flow, one location per edge, the edge's
/// label as its message), a fingerprint that survives lines inserted above it, the fix as a SARIF
/// fix, and refuted findings (shown with `--show-refuted`) at level `note`.
public struct SARIFReporter: Reporter {
    /// The rules listed as `tool.driver.rules` (the whole catalog unless a test pins a set).
    public var rules: [Catalog.Entry]?
    public init(rules: [Catalog.Entry]? = nil) { self.rules = rules }
    public var format: OutputFormat { .sarif }
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        let rules = self.rules ?? Catalog.entries
        let index = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let driver: JSONValue = .object([
            ("name", .string("heaplint")),
            ("version", .string(context.version)),
            ("informationUri", .string(RuleDocs.repository)),
            ("rules", .array(rules.map(Self.rule))),
        ])
        // The document around the results array, split where the results go.
        let marker = "\u{1}results\u{1}"
        let log: JSONValue = .object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array([.string(marker)])),
            ])])),
        ])
        let text = log.pretty()
        var escapedMarker = ""
        JSONValue.escape(marker, into: &escapedMarker)
        let placeholder = "[\n        " + escapedMarker + "\n      ]"
        let range = text.range(of: placeholder)!
        write(String(text[..<range.lowerBound]))
        let suffix = String(text[range.upperBound...]) + "\n"
        let fingerprints = Fingerprints()
        return Session(array: JSONArrayWriter(level: 3, write: write), suffix: suffix) { d in
            Self.result(d, ruleIndex: index[d.code], fingerprint: fingerprints.next(d))
        }
    }

    final class Session: ReportSession {
        let array: JSONArrayWriter
        let suffix: String
        let result: (Diagnostic) -> JSONValue
        init(array: JSONArrayWriter, suffix: String, result: @escaping (Diagnostic) -> JSONValue) {
            self.array = array; self.suffix = suffix; self.result = result
        }
        func add(_ diagnostics: [Diagnostic]) { for d in diagnostics { array.append(result(d)) } }
        func finish(context: ReportContext) { array.close(); array.write(suffix) }
    }

    static func result(_ d: Diagnostic, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        let uri = Self.uri(d.filename)
        var members: [(String, JSONValue)] = [("ruleId", .string(d.code))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(d.verdict == .refuted ? "note" : d.severity.rawValue)),
            ("message", .object([("text", .string(d.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(uri, region(d.location, d.endLocation)))])])),
            ("partialFingerprints", .object([("primaryLocationLineHash", .string(fingerprint))])),
        ]
        if !d.retentionSteps.isEmpty {
            let locations: [JSONValue] = d.retentionSteps.map { step in
                var location: [(String, JSONValue)] = []
                if let l = step.location {
                    location.append(("physicalLocation", physicalLocation(uri, .object([
                        ("startLine", .int(max(1, l.row))), ("startColumn", .int(max(1, l.column))),
                    ]))))
                }
                location.append(("message", .object([("text", .string(step.label))])))
                return .object([("location", .object(location))])
            }
            members.append(("codeFlows", .array([.object([
                ("threadFlows", .array([.object([("locations", .array(locations))])])),
            ])])))
        }
        if let fix = d.fix, !fix.edits.isEmpty, fix.applicability != "display-only" {
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string(fix.message.isEmpty ? "Fix \(d.code)" : fix.message))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", .object([("uri", .string(uri))])),
                    ("replacements", .array(fix.edits.map { edit in
                        .object([
                            ("deletedRegion", region(edit.location, edit.endLocation)),
                            ("insertedContent", .object([("text", .string(edit.content))])),
                        ])
                    })),
                ])])),
            ])])))
        }
        members.append(("properties", .object([
            ("verdict", .optional(d.verdict?.rawValue)),
            ("applicability", d.fix.map { .string($0.applicability) } ?? .null),
            ("retentionPath", .array(d.retentionSteps.map { .string($0.label) })),
        ])))
        return .object(members)
    }

    static func physicalLocation(_ uri: String, _ region: JSONValue) -> JSONValue {
        .object([("artifactLocation", .object([("uri", .string(uri))])), ("region", region)])
    }

    static func region(_ start: SourceLocation, _ end: SourceLocation) -> JSONValue {
        .object([
            ("startLine", .int(max(1, start.row))),
            ("startColumn", .int(max(1, start.column))),
            ("endLine", .int(max(1, end.row))),
            ("endColumn", .int(max(1, end.column))),
        ])
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
        ] + (RuleDocs.url(code: entry.code).map { [("helpUri", JSONValue.string($0))] } ?? []))
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
