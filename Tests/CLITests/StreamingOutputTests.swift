import Foundation
import Testing

/// The streamed report end to end: new formats, the output file, the cache warning.
@Suite struct StreamingOutputTests {
    static let leak = "def remember(item, seen=[]):\n    seen.append(item)\n    return seen\n"

    @Test func groupedAndGitlabFormats() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("b.py", Self.leak)
        try dir.write("a.py", "x = 1\n\n" + Self.leak)
        let grouped = try Heaplint.run(["check", "--no-cache", "--output-format", "grouped"], in: dir.url)
        #expect(grouped.status == 1)
        let lines = grouped.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "a.py:")
        #expect(lines[1].hasPrefix("  3:25 HL101 [confirmed] "))
        #expect(lines.contains("b.py:"))
        #expect(grouped.stdout.hasSuffix("Found 2 findings (2 confirmed).\nNo fixes available (2 hidden fixes can be enabled with the --unsafe-fixes option).\n"))

        let gitlab = try Heaplint.run(["check", "--no-cache", "--output-format", "gitlab"], in: dir.url,
                                      environment: ["CI_PROJECT_DIR": dir.url.path])
        #expect(gitlab.status == 1)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.stdout.utf8)) as? [[String: Any]])
        #expect(issues.map { ($0["location"] as? [String: Any])?["path"] as? String } == ["a.py", "b.py"])
        // The same line text in two files: two fingerprints.
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == 2)
    }

    @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("a.py", Self.leak)
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "--output-file", "report.json"], in: dir.url)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        let report = try String(contentsOf: dir.url.appendingPathComponent("report.json"), encoding: .utf8)
        #expect((try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [Any])?.count == 1)
        // A configuration error leaves no report and no temporary file behind.
        try dir.write("pyproject.toml", "[tool.heaplint]\nbogus-key = 1\n")
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("report.json"))
        let bad = try Heaplint.run(["check", "--no-cache", "--output-file", "report.json"], in: dir.url)
        #expect(bad.status == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
        #expect(left == ["a.py", "pyproject.toml"])
    }

    @Test func anUnusableCacheDirectoryWarnsOnce() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for i in 0..<6 { try dir.write("m\(i).py", Self.leak) }
        try dir.write(".heaplint_cache", "not a directory\n")
        let out = try Heaplint.run(["check", "--output-format", "concise"], in: dir.url)
        #expect(out.status == 1)
        let warnings = out.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: the cache is not used") }
        #expect(warnings.count == 1, "\(out.stderr)")
        #expect(out.stdout.contains("Found 6 findings"))
    }

    @Test func aCorruptedCacheEntryNeverPrintsNegativeRows() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("a.py", "\n\n" + Self.leak)
        let first = try Heaplint.run(["check", "--output-format", "concise"], in: dir.url)
        let cache = dir.url.appendingPathComponent(".heaplint_cache")
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }
        #expect(entries.count == 1)
        let entry = cache.appendingPathComponent(entries[0])
        let text = try String(contentsOf: entry, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"r\":3", with: "\"r\":-3").utf8).write(to: entry)
        let second = try Heaplint.run(["check", "--output-format", "concise"], in: dir.url)
        #expect(second.stdout == first.stdout)
        #expect(!second.stdout.contains(":-"))
    }
}
