import Engine

/// The output formats of `heaplint check --output-format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case full, concise, grouped, json
    case jsonLines = "json-lines"
    case sarif, github, gitlab, junit
}

/// What a reporter needs to know about the run besides the diagnostics.
public struct ReportContext: Sendable {
    public var filesChecked: Int
    /// ANSI colors (only the full, concise and grouped formats use them).
    public var color: Bool
    /// `--unsafe-fixes`: unsafe fixes count as applicable.
    public var unsafeFixes: Bool
    /// Fixes applied by `--fix` in this run.
    public var fixedCount: Int
    /// `--quiet`: diagnostics only, no summary.
    public var quiet: Bool
    /// The heaplint version (SARIF's tool.driver.version).
    public var version: String

    public init(filesChecked: Int = 0, color: Bool = false, unsafeFixes: Bool = false, fixedCount: Int = 0,
                quiet: Bool = false, version: String = "0.0.0") {
        self.filesChecked = filesChecked; self.color = color; self.unsafeFixes = unsafeFixes
        self.fixedCount = fixedCount; self.quiet = quiet; self.version = version
    }

    /// Whether `--fix` would apply this diagnostic's fix (safe fixes, unsafe ones with `--unsafe-fixes`).
    public func isFixable(_ diagnostic: Diagnostic) -> Bool {
        guard let fix = diagnostic.fix, !fix.edits.isEmpty else { return false }
        switch fix.applicability {
        case "safe": return true
        case "unsafe": return unsafeFixes
        default: return false
        }
    }

    /// Unsafe fixes that `--unsafe-fixes` would enable.
    func isHiddenFix(_ diagnostic: Diagnostic) -> Bool {
        guard !unsafeFixes, let fix = diagnostic.fix, !fix.edits.isEmpty else { return false }
        return fix.applicability == "unsafe"
    }
}

/// One output format. A report is written as a stream: `start`, then `add` once per file with
/// that file's diagnostics (sorted, files in output order), then `finish` with the run's final
/// counts. Text goes to `write` as it is ready, so no report is ever held whole in memory; a
/// session keeps at most what its format needs at the end (counts, or the findings without
/// their source lines for a summary).
public protocol Reporter: Sendable {
    var format: OutputFormat { get }
    func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession
}

public protocol ReportSession: AnyObject {
    func add(_ diagnostics: [Diagnostic])
    /// `context` carries the final `filesChecked` and `fixedCount`.
    func finish(context: ReportContext)
}

extension Reporter {
    /// The whole report as one string (tests and small reports).
    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var out = ""
        let session = session(context: context) { out += $0 }
        var start = 0
        while start < diagnostics.count {
            var end = start + 1
            while end < diagnostics.count, diagnostics[end].filename == diagnostics[start].filename { end += 1 }
            session.add(Array(diagnostics[start..<end]))
            start = end
        }
        session.finish(context: context)
        return out
    }
}

/// A session that writes each diagnostic with `line` and ends with `closing`, keeping only what
/// the closing needs: the diagnostics without source lines, evidence or path (for summaries).
final class LineSession: ReportSession {
    let write: (String) -> Void
    let render: (Diagnostic) -> String
    let closing: (([Diagnostic], ReportContext) -> String)?
    private var kept: [Diagnostic] = []

    init(write: @escaping (String) -> Void, render: @escaping (Diagnostic) -> String,
         closing: (([Diagnostic], ReportContext) -> String)? = nil) {
        self.write = write; self.render = render; self.closing = closing
    }

    func add(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            write(render(d))
            if closing != nil { kept.append(d.slim) }
        }
    }

    func finish(context: ReportContext) {
        if let closing { write(closing(kept, context)) }
    }
}

extension Diagnostic {
    /// The diagnostic without what only its own rendering needs (source lines, evidence, path):
    /// what summaries and statistics count.
    public var slim: Diagnostic {
        var d = self
        d.excerpt = nil
        // Statistics count unknown findings by their first assumption: keep that much.
        d.evidence = evidence.map { Diagnostic.ReportedEvidence(scenario: "", growth: nil, assumptions: Array($0.assumptions.prefix(1))) }
        d.retentionSteps = []
        return d
    }
}

/// A JSON array written one element at a time, byte for byte what `JSONValue.array(…).pretty()`
/// would print (`[]` when empty), or one compact element per line.
final class JSONArrayWriter {
    let write: (String) -> Void
    let level: Int
    private var count = 0

    /// `level`: the nesting level of the array in the enclosing document (0 at the top).
    init(level: Int = 0, write: @escaping (String) -> Void) { self.level = level; self.write = write }

    func append(_ value: JSONValue) {
        let indent = String(repeating: "  ", count: level + 1)
        write((count == 0 ? "[\n" : ",\n") + indent + value.pretty(level: level + 1))
        count += 1
    }

    /// Closes the array (`[]` when nothing was appended).
    func close() {
        write(count == 0 ? "[]" : "\n" + String(repeating: "  ", count: level) + "]")
    }
}

/// Every reporter, in one explicit list in `OutputFormat` order.
public enum Reporters {
    public static let all: [any Reporter] = [
        FullReporter(),
        ConciseReporter(),
        GroupedReporter(),
        JSONReporter(),
        JSONLinesReporter(),
        SARIFReporter(),
        GitHubReporter(),
        GitLabReporter(),
        JUnitReporter(),
    ]

    public static func reporter(for format: OutputFormat) -> any Reporter {
        all.first { $0.format == format } ?? FullReporter()
    }
}
