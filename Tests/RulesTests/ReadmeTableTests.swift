import Foundation
import Rules
import Testing
import TestSupport

/// The README's rule table is the registry's catalog, row for row.
@Suite struct ReadmeTableTests {
    @Test func readmeRuleTableMatchesTheRegistry() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules:start -->"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        let rows = readme[start.upperBound..<end.lowerBound].split(separator: "\n")
            .filter { $0.hasPrefix("| HL") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        var expected: [[String]] = RuleRegistry.all.map { m in
            let peers = m.peers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return [m.code, m.name, m.summary, peers.isEmpty ? "—" : peers]
        }
        for b in BuiltinCodes.all { expected.append([b.code, b.name, b.summary, "—"]) }
        #expect(rows == expected)
    }
}
