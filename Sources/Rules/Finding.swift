import HeapSim

public enum Severity: String, Sendable, Codable, CaseIterable {
    case warning, error
}

/// A text replacement over UTF-8 byte offsets of the file that was linted.
public struct Edit: Sendable, Equatable {
    public var range: Range<Int>
    public var content: String
    public init(range: Range<Int>, content: String) { self.range = range; self.content = content }
}

public struct Fix: Sendable, Equatable {
    public enum Applicability: String, Sendable { case safe, unsafe, displayOnly = "display-only" }
    public var applicability: Applicability
    /// States the remedy ("Use None and create the list inside").
    public var message: String
    public var edits: [Edit]
    public init(applicability: Applicability, message: String, edits: [Edit]) {
        self.applicability = applicability
        self.message = message
        self.edits = edits
    }
}

/// What a rule reports on one file, located by UTF-8 byte offsets.
public struct Finding: Sendable, Equatable {
    public var code: String
    public var name: String
    /// States the fact ("Default list of `remember` grows by 1 str per call").
    public var message: String
    public var severity: Severity
    public var range: Range<Int>
    public var verdict: Verdict
    public var evidence: Evidence?
    public var fix: Fix?

    public init(code: String, name: String, message: String, severity: Severity, range: Range<Int>,
                verdict: Verdict, evidence: Evidence? = nil, fix: Fix? = nil) {
        self.code = code
        self.name = name
        self.message = message
        self.severity = severity
        self.range = range
        self.verdict = verdict
        self.evidence = evidence
        self.fix = fix
    }
}
