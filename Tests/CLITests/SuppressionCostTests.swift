import Foundation
import Testing

/// Suppressions and rule selection apply before the heap simulation: a `# noqa` line or a
/// deselected rule is never simulated. `HEAPLINT_TIMINGS=1` prints one `heapsim-timing:` line
/// per simulated candidate (`module:row verdict ms`), so its absence shows the work was skipped.
@Suite struct SuppressionCostTests {
    static let source = """
    def kept(x, acc=[]):
        acc.append(x)
        return acc

    def hushed(x, acc=[]):  # noqa: HL101
        acc.append(x)
        return acc

    def ignored(x, acc=[]):  # heaplint: ignore
        acc.append(x)
        return acc

    def other(x, acc=[]):  # noqa: HL999
        acc.append(x)
        return acc

    """

    /// The rows of the `heapsim-timing:` lines for module `m`.
    func simulatedRows(_ arguments: [String]) throws -> (rows: [Int], output: Heaplint.Output) {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("m.py", Self.source)
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "concise"] + arguments + ["m.py"], in: dir.url,
                                   environment: ["HEAPLINT_TIMINGS": "1"])
        let rows = out.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("heapsim-timing: m:") else { return nil }
            return Int(line.dropFirst("heapsim-timing: m:".count).prefix { $0.isNumber })
        }
        return (rows.sorted(), out)
    }

    @Test func suppressedLinesAreNotSimulated() throws {
        let (rows, out) = try simulatedRows([])
        #expect(out.status == 1, "\(out.stderr)")
        // Rows 1 and 13 are reported (a noqa for another code does not hush HL101); 5 and 9 are not simulated.
        #expect(rows == [1, 13], "\(out.stderr)")
        #expect(out.stdout.contains("m.py:1:"))
        #expect(out.stdout.contains("m.py:13:"))
        #expect(!out.stdout.contains("m.py:5:"))
        #expect(!out.stdout.contains("m.py:9:"))
    }

    @Test func deselectedRulesAreNotSimulated() throws {
        let (ignored, out) = try simulatedRows(["--ignore", "HL101"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(ignored.isEmpty, "\(out.stderr)")
        let (selected, _) = try simulatedRows(["--select", "HL901"])
        #expect(selected.isEmpty)
        let (all, _) = try simulatedRows(["--select", "HL101"])
        #expect(all == [1, 13])
    }
}
