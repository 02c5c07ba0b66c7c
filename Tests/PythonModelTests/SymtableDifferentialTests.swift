import Foundation
import Testing
import Syntax
@testable import PythonModel

/// Compares our symbol tables and qualified names with CPython's own `symtable` module and
/// code objects (`Fixtures/symtable_dump.py`), on tricky snippets and a sample of the stdlib.
@Suite struct SymtableDifferentialTests {
    static let script = fixturesDirectory.appendingPathComponent("symtable_dump.py").path

    /// nil when the file does not compile under CPython (or python3 is missing).
    static func cpythonLines(_ python: String, _ path: String) -> [String]? {
        let (status, out) = runPython(python, [script, path])
        guard status == 0 else { return nil }
        return out.split(separator: "\n").map(String.init).sorted()
    }

    static func ourLines(_ path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return symtableLines(lowerBytes(Array(data)))
    }

    /// Multiset difference, as readable messages.
    static func differences(expected: [String], actual: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for e in expected { counts[e, default: 0] += 1 }
        for a in actual { counts[a, default: 0] -= 1 }
        return counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
            ($0.value > 0 ? "CPython only: " : "heaplint only: ") + $0.key
        }
    }

    static let snippets: [String] = {
        let dir = fixturesDirectory.appendingPathComponent("symtable")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().map { dir.appendingPathComponent($0).path }
    }()

    @Test func snippetsExist() {
        #expect(Self.snippets.count >= 15)
    }

    @Test(.enabled(if: findPython() != nil, "python3 is not on PATH: no CPython to compare with"), arguments: snippets)
    func trickySnippet(_ path: String) throws {
        let python = try #require(findPython())
        let expected = try #require(Self.cpythonLines(python, path), "CPython could not compile \(path)")
        let actual = try #require(Self.ourLines(path))
        let diff = Self.differences(expected: expected, actual: actual)
        #expect(diff.isEmpty, "\((path as NSString).lastPathComponent):\n\(diff.joined(separator: "\n"))")
    }

    /// Every 40th file; `HEAPLINT_FULL_STDLIB=1` compares every file (slow; for local runs).
    static func stdlibSample() -> [String] {
        let step = ProcessInfo.processInfo.environment["HEAPLINT_FULL_STDLIB"] == nil ? 40 : 1
        guard let python = findPython() else { return [] }
        let (status, out) = runPython(python, ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"])
        guard status == 0 else { return [] }
        let root = out.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.hasPrefix("site-packages") || rel.contains("/site-packages/") { continue }
            if rel.hasSuffix(".py") { files.append(rel) }
        }
        files.sort()
        return stride(from: 0, to: files.count, by: step).map { root + "/" + files[$0] }
    }

    @Test(.enabled(if: findPython() != nil, "python3 is not on PATH: no CPython to compare with"))
    func stdlibSampleAgrees() throws {
        let python = try #require(findPython())
        let sample = Self.stdlibSample()
        #expect(sample.count >= 30)
        var compared = 0
        var treeSitterFailures = 0
        for path in sample {
            guard let expected = Self.cpythonLines(python, path) else { continue } // does not compile
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let module = lowerBytes(Array(data))
            // tree-sitter cannot parse a few valid files; those are reported as syntax errors, not compared.
            if !module.syntaxErrors.isEmpty { treeSitterFailures += 1; continue }
            compared += 1
            // CPython drops code objects of unreachable code (a def after `return`), so extra
            // qualified names on our side are expected; missing ones are not.
            let diff = Self.differences(expected: expected, actual: symtableLines(module))
                .filter { !$0.hasPrefix("heaplint only: Q ") }
            #expect(diff.isEmpty, "\(path):\n\(diff.prefix(20).joined(separator: "\n"))")
        }
        #expect(compared >= 30)
        #expect(treeSitterFailures * 50 <= sample.count, "tree-sitter failed on \(treeSitterFailures) files")
    }
}
