import Engine
import Foundation

/// `--graph DIR`: each diagnostic's retained subgraph as `<file-stem>-<row>-<code>.dot`, plus an
/// `.svg` beside it when Graphviz's `dot` is on PATH.
public enum RetentionGraphs {
    /// Writes the graphs and returns the paths written. Throws `ConfigurationError` when the
    /// directory or a file cannot be written; a failing `dot` only loses the SVG.
    public static func write(_ diagnostics: [Diagnostic], to directory: String,
                             dot: String? = findDot()) throws -> [String] {
        let writer = try Writer(directory: directory, dot: dot)
        return try writer.add(diagnostics)
    }

    /// Writes graphs as the findings stream in (names stay unique across calls).
    public final class Writer {
        let dir: URL
        let directory: String
        let dot: String?
        private var used = Set<String>()

        public init(directory: String, dot: String? = findDot()) throws {
            self.directory = directory
            self.dot = dot
            dir = URL(fileURLWithPath: directory, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw ConfigurationError("cannot create \(directory): \(error.localizedDescription)")
            }
        }

        @discardableResult
        public func add(_ diagnostics: [Diagnostic]) throws -> [String] {
            var written: [String] = []
            for d in diagnostics {
                guard let graph = d.evidence?.graph else { continue }
                let name = uniqueName(d, used: &used)
                let dotFile = dir.appendingPathComponent(name + ".dot")
                do {
                    try Data(graph.utf8).write(to: dotFile, options: .atomic)
                } catch {
                    throw ConfigurationError("cannot write \(dotFile.path): \(error.localizedDescription)")
                }
                written.append(dotFile.path)
                if let dot {
                    let svg = dir.appendingPathComponent(name + ".svg")
                    if renderSVG(dot: dot, input: dotFile, output: svg) { written.append(svg.path) }
                }
            }
            return written
        }
    }

    /// `<file-stem>-<row>-<code>`, e.g. `cache-12-HL101`.
    public static func fileName(_ d: Diagnostic) -> String {
        let base = (d.filename as NSString).lastPathComponent
        var stem = (base as NSString).deletingPathExtension
        if stem.isEmpty { stem = base.isEmpty ? "stdin" : base }
        return "\(stem)-\(d.location.row)-\(d.code)"
    }

    /// `fileName(d)`, unless an earlier diagnostic took it (two findings on one line, or files of
    /// the same name in two directories): then the column is added, then `-2`, `-3`, …
    static func uniqueName(_ d: Diagnostic, used: inout Set<String>) -> String {
        var name = fileName(d)
        if used.contains(name) {
            let base = (d.filename as NSString).lastPathComponent
            var stem = (base as NSString).deletingPathExtension
            if stem.isEmpty { stem = base.isEmpty ? "stdin" : base }
            let withColumn = "\(stem)-\(d.location.row)-\(d.location.column)-\(d.code)"
            name = withColumn
            var k = 2
            while used.contains(name) { name = "\(withColumn)-\(k)"; k += 1 }
        }
        used.insert(name)
        return name
    }

    public static func findDot() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func renderSVG(dot: String, input: URL, output: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", input.path, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
