import Foundation
import HeapSim
import Rules
import Syntax

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
    public var evidence: Evidence?
    /// `evidence.retentionPath` with locations resolved; same order and length.
    public var retentionSteps: [ReportedStep]
    /// The file's text, for reporters that show the source line; nil for I/O errors.
    public var source: SourceText?

    public init(code: String, name: String, message: String, severity: Severity, filename: String,
                location: SourceLocation, endLocation: SourceLocation, noqaRow: Int, url: String? = nil,
                fix: ReportedFix? = nil, verdict: Verdict?, evidence: Evidence? = nil,
                retentionSteps: [ReportedStep] = [], source: SourceText? = nil) {
        self.code = code; self.name = name; self.message = message; self.severity = severity
        self.filename = filename; self.location = location; self.endLocation = endLocation
        self.noqaRow = noqaRow; self.url = url; self.fix = fix; self.verdict = verdict
        self.evidence = evidence; self.retentionSteps = retentionSteps; self.source = source
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
