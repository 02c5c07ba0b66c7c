import Foundation
import HeapSim
import PythonModel
import Syntax

/// Shared helpers for the test targets.
public enum TestSupport {
    /// The package root (the directory holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A function or parameter a test names that its source does not define.
    public struct MissingDefinition: Error { public let what: String }

    /// The HL101 verdict for the default of `parameter` of function `name` (a method of `inClass`
    /// when given), with the module of `source` simulated on its own.
    public static func defaultVerdict(_ source: String, function name: String, parameter: String,
                                      inClass: String? = nil) throws -> Verdict {
        let module = try lower(source)
        guard let def = module.functions.first(where: { $0.name == name && (inClass == nil || $0.enclosingClass?.name == inClass) }),
              let index = def.parameters.firstIndex(where: { $0.name == parameter }) else {
            throw MissingDefinition(what: "\(name)(\(parameter))")
        }
        return ModuleSimulation(module: module).defaultArgument(function: def, parameter: index).verdict
    }

    /// Parses and lowers Python source.
    public static func lower(_ source: String, moduleName: String = "example") throws -> Module {
        let tree = try Parser().parse(SourceText(source))
        return Lowering.lower(tree, moduleName: moduleName)
    }

    public static func lower(file url: URL, moduleName: String? = nil) throws -> Module {
        let data = try Data(contentsOf: url)
        let tree = try Parser().parse(SourceText(bytes: Array(data)))
        return Lowering.lower(tree, moduleName: moduleName ?? url.deletingPathExtension().lastPathComponent)
    }

    /// `.py` files directly in `corpus/<directory>`, sorted.
    ///
    /// Package cases (`corpus/<CODE>-<name>/<case>/` folders with a `main.py`, see
    /// corpus/README.md) are skipped here: their labels describe what whole-project analysis must
    /// report across modules, so EngineTests' PackageCorpusTests runs them through the engine
    /// (project model included). The oracle checks them against CPython.
    public static func corpusFiles(_ directory: String) -> [URL] {
        let dir = packageRoot.appendingPathComponent("corpus").appendingPathComponent(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Corpus labels: (1-based row, code, verdict) for each `# expect: CODE VERDICT` line.
    public static func expectations(in url: URL) throws -> [(row: Int, code: String, verdict: String)] {
        try labelledExpectations(in: url).map { ($0.row, $0.code, $0.verdict) }
    }

    /// Labels with their known-gap marker: a `# heaplint-todo: why` comment on the line above the
    /// label records that heaplint does not reach the CPython-measured verdict yet (semgrep's
    /// `todoruleid`); the label itself stays as CPython says.
    public static func labelledExpectations(in url: URL) throws -> [(row: Int, code: String, verdict: String, todo: String?)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var out: [(Int, String, String, String?)] = []
        for (i, line) in lines.enumerated() {
            guard let r = line.range(of: "# expect: ") else { continue }
            let parts = line[r.upperBound...].split(separator: " ").map(String.init)
            var todo: String?
            if i > 0, let t = lines[i - 1].range(of: "# heaplint-todo: ") { todo = String(lines[i - 1][t.upperBound...]) }
            if parts.count >= 2 { out.append((i + 1, parts[0], parts[1].trimmingCharacters(in: .whitespaces), todo)) }
        }
        return out
    }

    /// A `# key: value` label in a corpus file (`retains`, `survives-refcount`, `survives-gc`).
    public static func label(_ key: String, in url: URL) -> String? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        for line in text.components(separatedBy: "\n") {
            if let r = line.range(of: "# \(key): ") {
                return line[r.upperBound...].split(separator: " ").first.map(String.init)
            }
        }
        return nil
    }
}
