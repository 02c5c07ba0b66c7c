import Foundation
import HeapSim
import PythonModel
import Rules
@testable import Engine

/// A scratch directory removed when the value is deinitialised.
final class TempDir {
    let path: String

    init() {
        let base = NSTemporaryDirectory() + "/heaplint-engine-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = Paths.normalize(base)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) -> String {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    func mkdir(_ relative: String) {
        try! FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    func read(_ relative: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path + "/" + relative) ?? Data(), as: UTF8.self)
    }
}

/// Codes the tests select from (injected instead of the registry, which is a stub in this branch).
let testCodes = ["HL101", "HL102", "HL201", "HL202", "HL301", "HL900", "HL901"]

/// A stand-in rule runner: every `BAD` is an HL101 (safe fix → `GOOD`), every `WORSE` an HL201
/// (unsafe fix → `BETTER`), every `MAYBE` a refuted HL301.
func fakeRules(_ module: Module, _ settings: RuleSettings) -> [Finding] {
    let bytes = module.source.bytes
    var out: [Finding] = []
    func scan(_ word: String, _ body: (Range<Int>) -> Finding) {
        let w = Array(word.utf8)
        var i = 0
        while i + w.count <= bytes.count {
            if Array(bytes[i..<(i + w.count)]) == w { out.append(body(i..<(i + w.count))); i += w.count } else { i += 1 }
        }
    }
    scan("BAD") { Finding(code: "HL101", name: "fake-bad", message: "bad", severity: .warning, range: $0, verdict: .confirmed,
                          evidence: Evidence(scenario: "s", retentionPath: [PathStep("module", origin: $0.lowerBound)]),
                          fix: Fix(applicability: .safe, message: "use GOOD", edits: [Edit(range: $0, content: "GOOD")])) }
    scan("WORSE") { Finding(code: "HL201", name: "fake-worse", message: "worse", severity: .error, range: $0, verdict: .unknown,
                            fix: Fix(applicability: .unsafe, message: "use BETTER", edits: [Edit(range: $0, content: "BETTER")])) }
    scan("MAYBE") { Finding(code: "HL301", name: "fake-maybe", message: "maybe", severity: .warning, range: $0, verdict: .refuted) }
    return out.filter { settings.enabled.contains($0.code) }
}

let testEnvironment = LintEnvironment(knownCodes: testCodes, ruleRunner: fakeRules, toolVersion: "test")

func lint(_ dir: TempDir, _ paths: [String] = [], configure: (inout LintOptions) -> Void = { _ in }) throws -> LintResult {
    var options = LintOptions(paths: paths, useCache: false, workingDirectory: dir.path, jobs: 2)
    configure(&options)
    return try Linter.run(options, environment: testEnvironment)
}

/// `file:row:col code` lines, for compact assertions.
func summary(_ result: LintResult) -> [String] {
    result.diagnostics.map { "\($0.filename):\($0.location.row):\($0.location.column) \($0.code)" }
}

/// The files that produced a diagnostic, sorted.
func files(_ result: LintResult) -> [String] {
    Array(Set(result.diagnostics.map(\.filename))).sorted()
}
