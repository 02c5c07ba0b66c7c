import Foundation
import HeapSim
import Rules
import Syntax

// The report types: everything a reporter needs, as plain values. Reporters import Engine only.
public typealias Verdict = HeapSim.Verdict
public typealias Severity = Rules.Severity
public typealias SourceLocation = Syntax.SourceLocation

/// The source lines a reporter shows for one diagnostic (the rows of its range; for long ranges
/// the first three and the last two), so the file's text can be released once it is linted.
public struct SourceExcerpt: Sendable, Equatable {
    /// Lines in the whole file (reporters clamp rows to it).
    public var lineCount: Int
    /// Row (1-based) → that line's text without its line break.
    public var lines: [Int: String]

    public init(lineCount: Int, lines: [Int: String]) { self.lineCount = lineCount; self.lines = lines }

    /// The rows a snippet of `start...end` shows (see `SourceSnippet.maxLines`), taken from `source`.
    public init(_ source: SourceText, from start: SourceLocation, to end: SourceLocation) {
        lineCount = source.lineCount
        let last = max(1, source.lineCount)
        let first = min(max(1, start.row), last)
        let rows = first...min(max(first, end.row), last)
        let shown = rows.count > SourceExcerpt.maxLines ? Array(rows.prefix(3)) + Array(rows.suffix(2)) : Array(rows)
        var lines: [Int: String] = [:]
        for row in shown where row <= source.lineCount { lines[row] = source.lineText(row: row) }
        self.lines = lines
    }

    /// Ranges longer than this show their first three and last two lines.
    public static let maxLines = 6

    public func lineText(row: Int) -> String { lines[row] ?? "" }
}

/// A finding located in a file, ready for the reporters. Rows are 1-based; columns are
/// 1-based and count Unicode scalars (ruff's convention).
public struct Diagnostic: Sendable {
    public struct ReportedEdit: Sendable, Equatable {
        public var content: String
        public var location: SourceLocation
        public var endLocation: SourceLocation
        public init(content: String, location: SourceLocation, endLocation: SourceLocation) {
            self.content = content; self.location = location; self.endLocation = endLocation
        }
    }
    public struct ReportedFix: Sendable, Equatable {
        public var applicability: String
        public var message: String
        public var edits: [ReportedEdit]
        public init(applicability: String, message: String, edits: [ReportedEdit]) {
            self.applicability = applicability; self.message = message; self.edits = edits
        }
    }
    /// A retention-path edge with the place in the file that created it, where there is one.
    public struct ReportedStep: Sendable, Equatable {
        public var label: String
        public var location: SourceLocation?
        public init(label: String, location: SourceLocation?) { self.label = label; self.location = location }
    }
    /// Objects retained per scenario step, and which containers hold them.
    public struct ReportedGrowth: Sendable, Equatable {
        public var objects: Int
        /// Kinds of the containers that grow (`list`, `dict`, …), sorted.
        public var containers: [String]
        /// Retained objects per step by kind (`str`: 1, …).
        public var kinds: [String: Int]
        public init(objects: Int, containers: [String], kinds: [String: Int] = [:]) {
            self.objects = objects; self.containers = containers; self.kinds = kinds
        }
    }
    /// Why the verdict is what it is (the retention path is `retentionSteps`).
    public struct ReportedEvidence: Sendable, Equatable {
        public var scenario: String
        public var growth: ReportedGrowth?
        public var assumptions: [String]
        /// The retained subgraph as Graphviz DOT: only kept when `--graph` asks for it
        /// (`LintOptions.keepGraphs`), never cached.
        public var graph: String?
        /// Limits of the whole file's simulation behind an `unknown` verdict (said once per file).
        public var limits: [SimulationLimit]
        public init(scenario: String, growth: ReportedGrowth? = nil, assumptions: [String] = [], graph: String? = nil,
                    limits: [SimulationLimit] = []) {
            self.scenario = scenario; self.growth = growth; self.assumptions = assumptions; self.graph = graph
            self.limits = limits
        }
    }

    public var code: String
    public var name: String
    public var message: String
    public var severity: Severity
    /// The path as discovered (relative to the working directory when under it).
    public var filename: String
    public var location: SourceLocation
    public var endLocation: SourceLocation
    /// The row a `# noqa` comment must be on to suppress this diagnostic.
    public var noqaRow: Int
    public var url: String?
    public var fix: ReportedFix?
    /// The leak verdict; nil for engine findings (HL900 I/O or decoding, HL901 syntax error), which are not verdicts.
    public var verdict: Verdict?
    public var evidence: ReportedEvidence?
    /// The retention path from a root to the retained object, with locations where known.
    public var retentionSteps: [ReportedStep]
    /// The lines of the file a reporter shows; nil for I/O errors.
    public var excerpt: SourceExcerpt?

    public init(code: String, name: String, message: String, severity: Severity, filename: String,
                location: SourceLocation, endLocation: SourceLocation, noqaRow: Int, url: String? = nil,
                fix: ReportedFix? = nil, verdict: Verdict?, evidence: ReportedEvidence? = nil,
                retentionSteps: [ReportedStep] = [], excerpt: SourceExcerpt? = nil) {
        self.code = code; self.name = name; self.message = message; self.severity = severity
        self.filename = filename; self.location = location; self.endLocation = endLocation
        self.noqaRow = noqaRow; self.url = url ?? RuleDocs.url(code: code, name: name); self.fix = fix; self.verdict = verdict
        self.evidence = evidence; self.retentionSteps = retentionSteps; self.excerpt = excerpt
    }

    /// As above, with the excerpt taken from the file's text.
    public init(code: String, name: String, message: String, severity: Severity, filename: String,
                location: SourceLocation, endLocation: SourceLocation, noqaRow: Int, url: String? = nil,
                fix: ReportedFix? = nil, verdict: Verdict?, evidence: ReportedEvidence? = nil,
                retentionSteps: [ReportedStep] = [], source: SourceText?) {
        self.init(code: code, name: name, message: message, severity: severity, filename: filename, location: location,
                  endLocation: endLocation, noqaRow: noqaRow, url: url, fix: fix, verdict: verdict, evidence: evidence,
                  retentionSteps: retentionSteps,
                  excerpt: source.map { SourceExcerpt($0, from: location, to: endLocation) })
    }

    /// Output order: filename, start, code, end, message.
    public static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.filename != b.filename { return a.filename < b.filename }
        if a.location != b.location { return a.location < b.location }
        if a.code != b.code { return a.code < b.code }
        if a.endLocation != b.endLocation { return a.endLocation < b.endLocation }
        return a.message < b.message
    }

    /// HL900 / HL901: the file could not be read, decoded or parsed as CPython would.
    public var isEngineFinding: Bool { verdict == nil }

    /// Why an `unknown` verdict is unknown, in words shared by findings of the same cause:
    /// the first assumption (or the message's parenthesised reason) with quoted names elided.
    public var unknownReason: String? {
        guard verdict == .unknown else { return nil }
        var reason = evidence?.assumptions.first
        if reason == nil, let open = message.range(of: "could not decide"), let paren = message[open.upperBound...].firstIndex(of: "(") {
            reason = String(message[message.index(after: paren)...].prefix { $0 != ")" })
        }
        guard var text = reason, !text.isEmpty else { return "no reason recorded" }
        // `name` -> `…` so that the same cause on different names counts once.
        var out = ""
        var inQuote = false
        for ch in text {
            if ch == "`" {
                out += inQuote ? "…`" : "`"
                inQuote.toggle()
            } else if !inQuote { out.append(ch) }
        }
        text = out.trimmingCharacters(in: .whitespaces)
        return text
    }
}

extension Diagnostic.ReportedEvidence {
    /// The simulation's evidence as report values; the DOT graph only when `keepGraph`.
    init(_ e: Evidence, keepGraph: Bool) {
        self.init(scenario: e.scenario,
                  growth: e.growth.map { Diagnostic.ReportedGrowth(objects: $0.objects, containers: $0.containers, kinds: $0.kinds) },
                  assumptions: e.assumptions, graph: keepGraph ? e.graph : nil, limits: e.limits)
    }
}

/// Where each rule's documentation lives: one URL scheme for the JSON `url` field and SARIF's `helpUri`.
public enum RuleDocs {
    /// The repository's address; a rule's README is `<repository>/blob/main/rules/<CODE>-<name>/README.md`.
    public static let repository = "https://github.com/heaplint/heaplint"

    /// The README of a rule of the registry (`name`, when given, must be that rule's); nil for
    /// codes without one (HL900, HL901).
    public static func url(code: String, name: String? = nil) -> String? {
        guard let rule = rules[code], name == nil || name == rule else { return nil }
        return "\(repository)/blob/main/rules/\(code)-\(rule)/README.md"
    }

    private static let rules: [String: String] = Dictionary(RuleRegistry.all.map { ($0.code, $0.name) },
                                                            uniquingKeysWith: { a, _ in a })
}
