import Project
import PythonModel

/// A Python version as `--target-version py311` names it.
public struct PythonVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public init(_ major: Int, _ minor: Int) { self.major = major; self.minor = minor }

    /// Parses `py38` … `py314`.
    public init?(flag: String) {
        guard flag.hasPrefix("py3"), let minor = Int(flag.dropFirst(3)), (8...14).contains(minor) else { return nil }
        self.init(3, minor)
    }

    public static let supported: [PythonVersion] = (8...14).map { PythonVersion(3, $0) }
    public static let `default` = PythonVersion(3, 11)
    public var flag: String { "py\(major)\(minor)" }
    public var description: String { "\(major).\(minor)" }
    public static func < (a: PythonVersion, b: PythonVersion) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
}

/// Rows of a file and the codes suppressed on each (resolved by the engine from its comments).
public struct SuppressedLines: Sendable, Equatable {
    /// 1-based row → the codes suppressed there; nil suppresses every code.
    public var rows: [Int: Set<String>?]
    public init(rows: [Int: Set<String>?] = [:]) { self.rows = rows }

    public func contains(code: String, row: Int) -> Bool {
        guard let entry = rows[row] else { return false }
        return entry?.contains(code) ?? true
    }
}

/// What the rules need to know from configuration, per file.
public struct RuleSettings: Sendable {
    /// Codes to run (already resolved from select / ignore / extend-select / per-file-ignores).
    public var enabled: Set<String>
    /// Run the heap simulation (`confirm = false` / `--no-confirm` makes every verdict `unknown`).
    public var confirm: Bool
    public var targetVersion: PythonVersion
    /// Extra callback-registration APIs (`registration-calls`), as dotted or bare names.
    public var registrationCalls: [String]
    public var unregistrationCalls: [String]
    /// Extra known-long-lived objects (`long-lived-names`).
    public var longLivedNames: [String]
    /// Lines whose findings the engine will not report (`# noqa` and the like): a rule skips a
    /// candidate there before simulating it, so a suppressed line costs nothing.
    public var suppressed: SuppressedLines = SuppressedLines()
    /// The file's project: the modules its imports reach and the files that import it (nil: the
    /// file is simulated alone, every import opaque).
    public var modules: ModuleProvider?
    /// The file is a package's `__init__.py` (its relative imports resolve against its own name).
    public var isPackage = false
    /// Render retention graphs (DOT) into the evidence: only when the run writes them (`--graph`).
    public var renderGraphs = false

    public init(enabled: Set<String>, confirm: Bool = true, targetVersion: PythonVersion = .default,
                registrationCalls: [String] = [], unregistrationCalls: [String] = [], longLivedNames: [String] = []) {
        self.enabled = enabled; self.confirm = confirm; self.targetVersion = targetVersion
        self.registrationCalls = registrationCalls; self.unregistrationCalls = unregistrationCalls
        self.longLivedNames = longLivedNames
    }
}

