import Foundation
import Rules
import TOMLKit

/// `project.requires-python` of a `pyproject.toml`, and the `target-version` it implies when none
/// is set: the minimum Python version the specifier allows (its lower bound's major.minor, as
/// ruff infers it), clamped to the versions heaplint models (py38 … py314).
public struct RequiresPython: Sendable, Equatable {
    /// The specifier as written (`">=3.9,<4"`).
    public var specifier: String
    /// The file it was read from, as errors and `--show-settings` name it.
    public var displayPath: String
    /// nil when the specifier could not be read.
    public var version: PythonVersion?

    public init(specifier: String, displayPath: String) {
        self.specifier = specifier
        self.displayPath = displayPath
        self.version = RequiresPython.minimumVersion(specifier).map(RequiresPython.clamp)
    }

    /// From a parsed `pyproject.toml` (nil when it has no `project.requires-python` string).
    init?(pyproject table: TOMLTable, path: String, displayPath: String) {
        guard let spec = table["project"]?.table?["requires-python"]?.string else { return nil }
        self.init(specifier: spec, displayPath: displayPath)
    }

    /// Reads `path` if it exists; a missing, unreadable or malformed file gives nil (it is not
    /// heaplint's configuration, so it is not heaplint's to reject).
    init?(pyprojectAt path: String, displayPath: String) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              let table = try? TOMLTable(string: text) else { return nil }
        self.init(pyproject: table, path: path, displayPath: displayPath)
    }

    /// The lower bound of a PEP 440 specifier set as (major, minor): the greatest lower bound of
    /// its `>=`, `>`, `==`, `~=`, `===` clauses; a set with only upper bounds or exclusions
    /// (`<4`, `!=3.9.*`) allows any version, so its minimum is the oldest one heaplint models.
    /// nil when a clause cannot be read.
    public static func minimumVersion(_ specifier: String) -> PythonVersion? {
        var lower: PythonVersion?
        let clauses = specifier.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !clauses.isEmpty, !clauses.contains(where: \.isEmpty) else { return nil }
        for clause in clauses {
            guard let op = ["===", "~=", "==", "!=", "<=", ">=", "<", ">"].first(where: { clause.hasPrefix($0) }) else { return nil }
            let text = clause.dropFirst(op.count).trimmingCharacters(in: .whitespaces)
            guard let version = leadingVersion(text) else { return nil }
            switch op {
            case ">=", ">", "==", "~=", "===":
                lower = max(lower ?? version, version)
            default:
                break
            }
        }
        return lower ?? PythonVersion.supported.first
    }

    /// `3.9`, `3.9.1`, `3.9.*`, `3.10rc1`, `3` → (3, 9) … (3, 0); nil without a leading number.
    static func leadingVersion(_ text: String) -> PythonVersion? {
        var s = Substring(text)
        if s.hasPrefix("v") { s = s.dropFirst() }
        let majorDigits = s.prefix { $0.isASCII && $0.isNumber }
        guard let major = Int(majorDigits) else { return nil }
        s = s.dropFirst(majorDigits.count)
        var minor = 0
        if s.hasPrefix(".") {
            let minorDigits = s.dropFirst().prefix { $0.isASCII && $0.isNumber }
            if let m = Int(minorDigits) { minor = m }
        }
        return PythonVersion(major, minor)
    }

    static func clamp(_ v: PythonVersion) -> PythonVersion {
        let supported = PythonVersion.supported
        if let first = supported.first, v < first { return first }
        if let last = supported.last, last < v { return last }
        return supported.first { $0 >= v } ?? v
    }
}

/// `--fail-on` / `fail-on`: which reported findings make the exit code 1.
///
/// - `unknown` (the default): every reported finding, as before `fail-on` existed.
/// - `confirmed`: only findings the simulation confirmed; `unknown` findings (and refuted ones
///   shown with `--show-refuted`) are still printed but exit 0.
///
/// The engine's own codes are not verdicts and fail the run in both modes when they are reported:
/// HL900 (a file could not be read: nothing in it was checked), HL901 (a syntax error: part of
/// the file may not have been checked, and CPython would not run it) and HL902 (a stale `noqa`,
/// reported only when selected). A user who does not want them to fail says so with
/// `--ignore HL900,HL901` (or `ignore` / `per-file-ignores`), which stops reporting them.
public enum FailOn: String, Sendable, CaseIterable {
    case confirmed, unknown

    public func fails(_ diagnostic: Diagnostic) -> Bool {
        switch self {
        case .unknown: return true
        case .confirmed: return BuiltinCodes.isBuiltin(diagnostic.code) || diagnostic.verdict == .confirmed
        }
    }
}
