import Engine
import HeapSim
import Rules

/// The output formats of `heaplint check --output-format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case full, concise, json
    case jsonLines = "json-lines"
    case sarif, github, junit
}

/// What a reporter needs to know about the run besides the diagnostics.
public struct ReportContext: Sendable {
    public var filesChecked: Int
    /// ANSI colors (only the full and concise formats use them).
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

/// One output format: diagnostics in, text out (ending with a newline when not empty).
public protocol Reporter: Sendable {
    var format: OutputFormat { get }
    func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String
}

/// Every reporter, in one explicit list in `OutputFormat` order.
public enum Reporters {
    public static let all: [any Reporter] = [
        FullReporter(),
        ConciseReporter(),
        JSONReporter(),
        JSONLinesReporter(),
        SARIFReporter(),
        GitHubReporter(),
        JUnitReporter(),
    ]

    public static func reporter(for format: OutputFormat) -> any Reporter {
        all.first { $0.format == format } ?? FullReporter()
    }
}
