import Foundation
import Rules
import TOMLKit

/// The values one configuration file sets; nil = not set there.
public struct ConfigValues: Sendable, Equatable {
    public var select: [String]?
    public var ignore: [String]?
    public var extendSelect: [String]?
    public var exclude: [String]?
    public var extendExclude: [String]?
    /// In file order: glob → codes.
    public var perFileIgnores: [PerFileIgnore]?
    public var targetVersion: PythonVersion?
    public var confirm: Bool?
    public var showRefuted: Bool?
    public var registrationCalls: [String]?
    public var unregistrationCalls: [String]?
    public var longLivedNames: [String]?
    /// Apply `exclude` / `extend-exclude` to paths named on the command line too.
    public var forceExclude: Bool?
    /// Which verdicts make the exit code 1.
    public var failOn: FailOn?
    /// Extra roots the project's imports resolve from (ruff's `src`), relative to the file's directory.
    public var src: [String]?
    /// The target interpreter (`python = ".venv/bin/python"`), relative to the file's directory.
    public var python: String?
    public init() {}
}

public struct PerFileIgnore: Sendable, Equatable {
    public var pattern: String
    public var codes: [String]
    public init(pattern: String, codes: [String]) { self.pattern = pattern; self.codes = codes }
}

/// One loaded configuration file.
public struct ConfigFile: Sendable {
    public var path: String
    /// The directory its relative patterns (`exclude`, `per-file-ignores`) are resolved against.
    public var directory: String
    public var values: ConfigValues
    /// `project.requires-python` from this `pyproject.toml`, or from the `pyproject.toml` beside
    /// this `heaplint.toml` / `.heaplint.toml` (ruff's rule), for a missing `target-version`.
    public var requiresPython: RequiresPython?

    public init(path: String, directory: String, values: ConfigValues, requiresPython: RequiresPython? = nil) {
        self.path = path; self.directory = directory; self.values = values; self.requiresPython = requiresPython
    }
}

/// Reading `pyproject.toml` (`[tool.heaplint]`), `heaplint.toml` and `.heaplint.toml`.
public enum ConfigLoader {
    /// In one directory the first of these that exists (and, for pyproject.toml, has `[tool.heaplint]`) wins.
    public static let fileNames = [".heaplint.toml", "heaplint.toml", "pyproject.toml"]

    public static let keys = [
        "select", "ignore", "extend-select", "exclude", "extend-exclude", "per-file-ignores",
        "target-version", "confirm", "show-refuted", "registration-calls", "unregistration-calls",
        "long-lived-names", "force-exclude", "fail-on", "src", "python",
    ]

    /// Loads `path`. Returns nil for a `pyproject.toml` without `[tool.heaplint]`.
    /// `displayPath` is how errors name the file.
    /// `siblingPyproject`: for a `heaplint.toml` / `.heaplint.toml`, read `requires-python` from
    /// the `pyproject.toml` in the same directory (off for `--config FILE`, as in ruff).
    public static func load(path: String, displayPath: String? = nil,
                            knownCodes: [String] = RuleRegistry.knownCodes, siblingPyproject: Bool = true) throws -> ConfigFile? {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("\(shown): cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError("\(shown): the configuration file is not valid UTF-8")
        }
        let isPyproject = (path as NSString).lastPathComponent == "pyproject.toml"
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        let table: TOMLTable
        var requiresPython: RequiresPython?
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError("\(shown):\(error.source.begin.line): TOML syntax error: \(error.description)")
        } catch {
            throw ConfigurationError("\(shown):1: TOML syntax error: \(error)")
        }
        let section: TOMLTable
        let sectionName: String
        if isPyproject {
            guard let tool = table["tool"]?.table, let heaplint = tool["heaplint"] else { return nil }
            requiresPython = RequiresPython(pyproject: table, path: path, displayPath: shown)
            guard let t = heaplint.table else {
                let line = TextLines(text).line(ofKey: "heaplint", after: nil) ?? 1
                throw ConfigurationError("\(shown):\(line): `tool.heaplint` must be a table")
            }
            section = t
            sectionName = "[tool.heaplint]"
        } else {
            section = table
            sectionName = (path as NSString).lastPathComponent
        }
        let lines = TextLines(text)
        let header = isPyproject ? lines.headerLine("tool.heaplint") : nil
        var values = ConfigValues()
        let parser = ValueParser(file: shown, lines: lines, header: header, tablePrefix: isPyproject ? "tool.heaplint." : "",
                                 knownCodes: knownCodes)

        for key in section.keys.sorted(by: { (lines.line(ofKey: $0, after: header) ?? 0) < (lines.line(ofKey: $1, after: header) ?? 0) }) {
            guard let value = section[key] else { continue }
            switch key {
            case "select": values.select = try parser.codes(value, key: key)
            case "ignore": values.ignore = try parser.codes(value, key: key)
            case "extend-select": values.extendSelect = try parser.codes(value, key: key)
            case "exclude": values.exclude = try parser.strings(value, key: key)
            case "extend-exclude": values.extendExclude = try parser.strings(value, key: key)
            case "registration-calls": values.registrationCalls = try parser.strings(value, key: key)
            case "unregistration-calls": values.unregistrationCalls = try parser.strings(value, key: key)
            case "long-lived-names": values.longLivedNames = try parser.strings(value, key: key)
            case "src": values.src = try parser.strings(value, key: key)
            case "python":
                guard let s = value.string, !s.isEmpty else { throw parser.typeError(key: key, expected: "the path of a Python interpreter") }
                values.python = s
            case "confirm": values.confirm = try parser.bool(value, key: key)
            case "show-refuted": values.showRefuted = try parser.bool(value, key: key)
            case "force-exclude": values.forceExclude = try parser.bool(value, key: key)
            case "fail-on":
                guard let s = value.string else { throw parser.typeError(key: key, expected: "\"confirmed\" or \"unknown\"") }
                guard let v = FailOn(rawValue: s) else {
                    throw parser.error(key: key, "unsupported `fail-on` \"\(s)\" (expected \"confirmed\" or \"unknown\")")
                }
                values.failOn = v
            case "target-version":
                guard let s = value.string else { throw parser.typeError(key: key, expected: "a string like \"py311\"") }
                guard let v = PythonVersion(flag: s) else {
                    throw parser.error(key: key, "unsupported `target-version` \"\(s)\" (expected one of \(PythonVersion.supported.map(\.flag).joined(separator: ", ")))")
                }
                values.targetVersion = v
            case "per-file-ignores":
                guard let t = value.table else { throw parser.typeError(key: key, expected: "a table of glob = [codes]") }
                var entries: [PerFileIgnore] = []
                let subHeader = lines.headerLine(isPyproject ? "tool.heaplint.per-file-ignores" : "per-file-ignores")
                for pattern in t.keys {
                    guard let codes = t[pattern] else { continue }
                    let line = lines.line(ofKey: pattern, after: subHeader ?? header) ?? lines.line(ofKey: key, after: header) ?? 1
                    guard let array = codes.array else {
                        throw ConfigurationError("\(shown):\(line): `per-file-ignores` entry \"\(pattern)\" must be an array of rule codes")
                    }
                    var list: [String] = []
                    for item in array {
                        guard let s = item.string else {
                            throw ConfigurationError("\(shown):\(line): `per-file-ignores` entry \"\(pattern)\" must be an array of rule codes")
                        }
                        guard Selection.isValidSelector(s, knownCodes: knownCodes) else {
                            throw ConfigurationError("\(shown):\(line): unknown rule code or prefix `\(s)` in `per-file-ignores`")
                        }
                        list.append(s)
                    }
                    entries.append(PerFileIgnore(pattern: pattern, codes: list))
                }
                entries.sort { (lines.line(ofKey: $0.pattern, after: header) ?? 0) < (lines.line(ofKey: $1.pattern, after: header) ?? 0) }
                values.perFileIgnores = entries
            default:
                let suggestion = closest(key, in: keys).map { " (did you mean `\($0)`?)" } ?? ""
                throw parser.error(key: key, "unknown key `\(key)` in \(sectionName)\(suggestion)")
            }
        }
        if !isPyproject, siblingPyproject {
            let sibling = (dir as NSString).appendingPathComponent("pyproject.toml")
            let siblingShown = ((shown as NSString).deletingLastPathComponent as NSString).appendingPathComponent("pyproject.toml")
            requiresPython = RequiresPython(pyprojectAt: sibling, displayPath: siblingShown)
        }
        return ConfigFile(path: path, directory: dir, values: values, requiresPython: requiresPython)
    }

    static func closest(_ word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(Array(word.utf8), Array(c.utf8))
            if d <= max(2, c.count / 3), best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}

/// Typed reads of configuration values with errors that name file, line and key.
private struct ValueParser {
    let file: String
    let lines: TextLines
    let header: Int?
    let tablePrefix: String
    let knownCodes: [String]

    /// The key's line; for a sub-table (`[tool.heaplint.lint]`), its header's line.
    func line(of key: String) -> Int {
        lines.line(ofKey: key, after: header) ?? lines.headerLine(tablePrefix + key) ?? header ?? 1
    }

    func error(key: String, _ message: String) -> ConfigurationError {
        ConfigurationError("\(file):\(line(of: key)): \(message)")
    }

    func typeError(key: String, expected: String) -> ConfigurationError {
        error(key: key, "`\(key)` must be \(expected)")
    }

    func strings(_ value: TOMLValueConvertible, key: String) throws -> [String] {
        guard let array = value.array else { throw typeError(key: key, expected: "an array of strings") }
        var out: [String] = []
        for item in array {
            guard let s = item.string else { throw typeError(key: key, expected: "an array of strings") }
            out.append(s)
        }
        return out
    }

    func codes(_ value: TOMLValueConvertible, key: String) throws -> [String] {
        let list = try strings(value, key: key)
        for code in list where !Selection.isValidSelector(code, knownCodes: knownCodes) {
            throw error(key: key, "unknown rule code or prefix `\(code)` in `\(key)`")
        }
        return list
    }

    func bool(_ value: TOMLValueConvertible, key: String) throws -> Bool {
        guard let b = value.bool else { throw typeError(key: key, expected: "true or false") }
        return b
    }
}

/// Finds the line a key or table header is on, since TOMLKit does not say.
struct TextLines {
    let lines: [Substring]
    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// 1-based line of `[name]` (spaces allowed inside the brackets).
    func headerLine(_ name: String) -> Int? {
        for (i, raw) in lines.enumerated() {
            let t = raw.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("["), !t.hasPrefix("[[") else { continue }
            let inner = t.dropFirst().prefix { $0 != "]" }.replacingOccurrences(of: " ", with: "")
            let quoted = name.split(separator: ".").map { "\"\($0)\"" }.joined(separator: ".")
            if inner == name || inner == quoted { return i + 1 }
        }
        return nil
    }

    /// 1-based line where `key =` (bare or quoted) first appears after line `after` (1-based), or anywhere.
    func line(ofKey key: String, after: Int?) -> Int? {
        let start = after ?? 0
        let candidates = [key, "\"\(key)\"", "'\(key)'"]
        for (i, raw) in lines.enumerated() where i >= start {
            let t = raw.trimmingCharacters(in: .whitespaces)
            for c in candidates where t.hasPrefix(c) {
                let rest = t.dropFirst(c.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") { return i + 1 }
            }
        }
        if after != nil { return line(ofKey: key, after: nil) }
        return nil
    }
}
