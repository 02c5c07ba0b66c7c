import Foundation
import HeapSim
import PythonModel
import Rules
import Testing
import TestSupport

/// Every `# expect: CODE VERDICT` line of `corpus/<CODE>-<name>/` is reported with that verdict,
/// and nothing else is reported (refuted findings included, as `--show-refuted` would print them).
@Suite struct CorpusTests {
    static let directories: [String] = RuleRegistry.directories

    @Test(arguments: directories)
    func corpusLabelsMatch(_ directory: String) throws {
        let files = TestSupport.corpusFiles(directory)
        #expect(!files.isEmpty, Comment(rawValue: "corpus/\(directory) has no cases"))
        var problems: [String] = []
        for url in files {
            let module = try TestSupport.lower(file: url)
            let settings = RuleSettings(enabled: Set(RuleRegistry.knownCodes))
            let findings = RuleRunner.run(module, settings: settings)
            let actual = findings.map { f -> (Int, String, String) in
                (module.source.location(of: f.range.lowerBound).row, f.code, f.verdict.rawValue)
            }
            let expected = try TestSupport.expectations(in: url)
            let name = url.lastPathComponent
            for e in expected where !actual.contains(where: { $0 == (e.row, e.code, e.verdict) }) {
                let got = actual.filter { $0.0 == e.row }.map { "\($0.1) \($0.2)" }
                let detail = findings.filter { module.source.location(of: $0.range.lowerBound).row == e.row }
                    .map { "\($0.message) | \($0.evidence?.assumptions ?? [])" }
                problems.append("\(name):\(e.row): expected \(e.code) \(e.verdict), got \(got.isEmpty ? "nothing" : got.joined(separator: ", ")) \(detail)")
            }
            for a in actual where !expected.contains(where: { ($0.row, $0.code, $0.verdict) == a }) {
                if expected.contains(where: { $0.row == a.0 && $0.code == a.1 }) { continue }
                problems.append("\(name):\(a.0): unexpected \(a.1) \(a.2)")
            }
        }
        #expect(problems.isEmpty, Comment(rawValue: "\n" + problems.joined(separator: "\n")))
    }
}
