import Foundation
import HeapSim
import PythonModel
import Rules
import Syntax
import Testing
@testable import Engine

/// The streaming run (files handed over in order as they finish, texts released) and the cache
/// (findings only, validated entries, one warning when unusable).
@Suite struct StreamingTests {
    @Test func filesArriveSortedOnePerCallAndMatchTheCollectedRun() throws {
        let d = TempDir()
        for i in 0..<30 { d.write("p\(i % 4)/m\(i).py", String(repeating: "x = BAD; y = WORSE\n", count: i % 3 + 1)) }
        var calls: [[Diagnostic]] = []
        var options = LintOptions(paths: [], useCache: false, workingDirectory: d.path, jobs: 3)
        options.overrides.select = ["HL101", "HL201"]
        let streamed = try Linter.run(options, environment: testEnvironment) { calls.append($0) }
        #expect(streamed.diagnostics.isEmpty) // they went to the receiver
        #expect(streamed.filesChecked == 30)
        #expect(calls.count == 30)
        for call in calls { #expect(Set(call.map(\.filename)).count == 1) }
        let flat = calls.flatMap { $0 }
        #expect(flat.map { "\($0.filename):\($0.location)" } == flat.sorted(by: Diagnostic.precedes).map { "\($0.filename):\($0.location)" })
        let collected = try Linter.run(options, environment: testEnvironment)
        #expect(collected.diagnostics.map { "\($0.filename):\($0.location) \($0.code)" } == flat.map { "\($0.filename):\($0.location) \($0.code)" })
    }

    @Test func textsAreReleasedUnlessFixing() throws {
        let d = TempDir()
        let path = d.write("a.py", "x = BAD\n" + String(repeating: "# filler\n", count: 100))
        let settings = try SettingsResolver(options: LintOptions(paths: [], workingDirectory: d.path), knownCodes: testCodes)
            .settings(forDirectory: d.path)
        let file = DiscoveredFile(absolutePath: path, displayPath: "a.py", settings: settings, problem: nil)
        let streaming = FileLinter(environment: testEnvironment, cache: nil, keepTexts: false).lint(file)
        #expect(streaming.raw == nil && streaming.decoded == nil && streaming.source == nil)
        // The diagnostic keeps only the lines it shows, not the file.
        let excerpt = try #require(streaming.diagnostics.first?.excerpt)
        #expect(excerpt.lines == [1: "x = BAD"])
        #expect(excerpt.lineCount == 102)
        let fixing = FileLinter(environment: testEnvironment, cache: nil, keepTexts: true).lint(file)
        #expect(fixing.source != nil && fixing.raw != nil)
    }

    @Test func longRangesKeepFirstThreeAndLastTwoLines() {
        let source = SourceText((1...20).map { "line \($0)" }.joined(separator: "\n") + "\n")
        let excerpt = SourceExcerpt(source, from: SourceLocation(row: 2, column: 1), to: SourceLocation(row: 15, column: 3))
        #expect(excerpt.lines.keys.sorted() == [2, 3, 4, 14, 15])
        #expect(excerpt.lineText(row: 14) == "line 14")
    }

    @Test func aSpentBudgetIsSaidOncePerFile() throws {
        let d = TempDir()
        d.write("big.py", String(repeating: "x = SPENT\n", count: 50))
        d.write("small.py", "x = SPENT\n")
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { module, settings in
            spentRules(module, settings)
        }, toolVersion: "t")
        let r = try Linter.run(LintOptions(paths: [], useCache: false, workingDirectory: d.path, jobs: 2), environment: env)
        #expect(r.diagnostics.count == 51)
        #expect(r.warnings == [
            "big.py: the simulation budget for this file is spent; 50 candidates past it are reported as unknown without simulation",
            "small.py: the simulation budget for this file is spent; 1 candidate past it is reported as unknown without simulation",
        ])
    }
}

extension StreamingTests {
    @Test func aBoundSharedByManyCandidatesIsSaidOnce() throws {
        let d = TempDir()
        d.write("many.py", String(repeating: "x = BOUND\n", count: 12))
        d.write("few.py", String(repeating: "x = BOUND\n", count: 3))
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: spentRules, toolVersion: "t")
        let r = try Linter.run(LintOptions(paths: [], useCache: false, workingDirectory: d.path, jobs: 2), environment: env)
        #expect(r.diagnostics.count == 15)
        #expect(r.warnings == ["many.py: 12 candidates are reported as unknown: object bound (200000) reached (a bound of the simulation, shared by all of them)"])
    }
}

/// Every `SPENT` is an unknown HL101 left unsimulated because the file's budget ran out.
private func spentRules(_ module: Module, _ settings: RuleSettings) -> [Finding] {
    let bytes = module.source.bytes, word = Array("SPENT".utf8)
    var out: [Finding] = []
    var i = 0
    while i + word.count <= bytes.count {
        if Array(bytes[i..<(i + word.count)]) == word {
            out.append(Finding(code: "HL101", name: "fake-spent", message: "spent", severity: .warning, range: i..<(i + word.count),
                               verdict: .unknown,
                               evidence: Evidence(scenario: "not simulated",
                                                  assumptions: ["the simulation budget for this file is spent (it has many candidates)"],
                                                  limits: [.budgetSpent(beforeStart: true)])))
            i += word.count
        } else if Array(bytes[i..<min(bytes.count, i + 5)]) == Array("BOUND".utf8) {
            out.append(Finding(code: "HL101", name: "fake-bound", message: "bound", severity: .warning, range: i..<(i + 5),
                               verdict: .unknown,
                               evidence: Evidence(scenario: "called f() 4 then 8 times", assumptions: ["object bound (200000) reached"],
                                                  limits: [.objectBound(200_000)])))
            i += 5
        } else { i += 1 }
    }
    return out
}

/// A rule runner whose confirmed finding carries a DOT graph, counting its calls.
private func graphRules(_ calls: NamesBox) -> (Module, RuleSettings) -> [Finding] {
    { module, settings in
        calls.add(module.name)
        return fakeRules(module, settings).map { f in
            var f = f
            f.evidence?.graph = "digraph retained { a -> b }"
            return f
        }
    }
}

@Suite struct CacheContentTests {
    func entries(_ d: TempDir) throws -> [String] {
        let dir = d.path + "/.heaplint_cache/v\(LintCache.formatVersion)"
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.map { dir + "/" + $0 }
    }

    @Test func entriesHoldFindingsOnlyAndGraphsAreRenderedOnDemand() throws {
        let d = TempDir()
        d.write("a.py", "x = BAD\n")
        let calls = NamesBox()
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: graphRules(calls), toolVersion: "g")
        var options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 1)
        let first = try Linter.run(options, environment: env)
        #expect(first.diagnostics.first?.evidence?.graph == nil) // dropped unless --graph asks
        let entryPath = try #require(try entries(d).first)
        let entry = String(decoding: FileManager.default.contents(atPath: entryPath) ?? Data(), as: UTF8.self)
        #expect(!entry.contains("digraph"))
        #expect(!entry.contains("x = BAD")) // no source text either
        _ = try Linter.run(options, environment: env)
        #expect(calls.all.count == 1) // a hit
        options.keepGraphs = true
        let withGraph = try Linter.run(options, environment: env)
        #expect(calls.all.count == 2) // re-analysed for the graph
        #expect(withGraph.diagnostics.first?.evidence?.graph == "digraph retained { a -> b }")
        #expect(!String(decoding: FileManager.default.contents(atPath: try entries(d)[0])!, as: UTF8.self).contains("digraph"))
    }

    /// The real rules, with what the simulation handed the engine recorded (before the engine
    /// drops a graph it did not ask for): `findings with a graph / findings`, one entry per call.
    func recordingRules(_ seen: NamesBox) -> (Module, RuleSettings) -> [Finding] {
        { module, settings in
            let findings = RuleRunner.run(module, settings: settings)
            seen.add("\(findings.filter { $0.evidence?.graph != nil }.count)/\(findings.count)")
            return findings
        }
    }

    static let leaking = "def remember(item, seen=[]):\n    seen.append(item)\n    return seen\n"
    /// Grows, but every call in the file passes `seen`: `unknown`, with the growth and its graph.
    static let latent = leaking + "\n\ndef main():\n    remember(1, [])\n"

    @Test func theSimulationRendersGraphsOnlyForRunsThatAskForThem() throws {
        let d = TempDir()
        d.write("app.py", Self.leaking)
        let seen = NamesBox()
        let env = LintEnvironment(ruleRunner: recordingRules(seen), toolVersion: "render")
        var options = LintOptions(paths: [], isolated: true, useCache: false, workingDirectory: d.path, jobs: 1)
        let plain = try Linter.run(options, environment: env)
        #expect(seen.all == ["0/1"]) // not rendered at all, not merely dropped
        #expect(plain.diagnostics.map(\.verdict) == [.confirmed])
        #expect(plain.diagnostics.first?.evidence?.graph == nil)
        options.keepGraphs = true
        let drawn = try Linter.run(options, environment: env)
        #expect(seen.all == ["0/1", "1/1"])
        let graph = try #require(drawn.diagnostics.first?.evidence?.graph)
        #expect(graph.hasPrefix("digraph retained {") && graph.contains("list"))
        // Otherwise the same findings.
        #expect(drawn.diagnostics.map(\.message) == plain.diagnostics.map(\.message))
        var undrawn = drawn.diagnostics.map(\.evidence)
        for i in undrawn.indices { undrawn[i]?.graph = nil }
        #expect(undrawn == plain.diagnostics.map(\.evidence))
    }

    @Test func aCachedFindingThatGrewIsReanalysedForItsGraphEvenWhenNotConfirmed() throws {
        let d = TempDir()
        d.write("app.py", Self.latent)
        let seen = NamesBox()
        let env = LintEnvironment(ruleRunner: recordingRules(seen), toolVersion: "latent")
        var options = LintOptions(paths: [], isolated: true, useCache: true, workingDirectory: d.path, jobs: 1)
        let plain = try Linter.run(options, environment: env)
        #expect(plain.diagnostics.map(\.verdict) == [.unknown])
        #expect(plain.diagnostics.first?.evidence?.growth != nil)
        #expect(seen.all == ["0/1"])
        _ = try Linter.run(options, environment: env)
        #expect(seen.all == ["0/1"]) // a hit
        options.keepGraphs = true
        let drawn = try Linter.run(options, environment: env)
        #expect(seen.all == ["0/1", "1/1"]) // re-analysed: the entry holds no graph
        #expect(drawn.diagnostics.first?.evidence?.graph?.hasPrefix("digraph") == true)
    }

    @Test func handEditedEntriesAreValidatedBeforeUse() throws {
        let d = TempDir()
        d.write("a.py", "\n\nx = BAD\n")
        let calls = NamesBox()
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { m, s in calls.add(m.name); return fakeRules(m, s) }, toolVersion: "v")
        let options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 1)
        _ = try Linter.run(options, environment: env)
        let path = try #require(try entries(d).first)
        let original = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
        #expect(original.contains("\"r\":3"))
        let edits: [(String, String)] = [
            ("\"r\":3", "\"r\":-7"),              // negative row
            ("\"r\":3", "\"r\":0"),               // row 0
            ("\"c\":5", "\"c\":-1"),              // negative column
            ("\"r\":3", "\"r\":999"),             // past the end of the file
            ("\"noqaRow\":3", "\"noqaRow\":-2"),
            ("\"verdict\":\"confirmed\"", "\"verdict\":\"proven\""),
            ("\"severity\":\"warning\"", "\"severity\":\"fatal\""),
        ]
        for (from, to) in edits {
            #expect(original.contains(from), "\(from)")
            FileManager.default.createFile(atPath: path, contents: Data(original.replacingOccurrences(of: from, with: to).utf8))
            let before = calls.all.count
            let r = try Linter.run(options, environment: env)
            #expect(calls.all.count == before + 1, "\(to) was used")
            #expect(r.diagnostics.map { "\($0.location) \($0.noqaRow) \($0.verdict?.rawValue ?? "none")" } == ["3:5 3 confirmed"], "\(to)")
        }
    }

    @Test func anUnusableCacheDirectoryIsSaidOnce() throws {
        let d = TempDir()
        for i in 0..<12 { d.write("m\(i).py", "x = BAD\n") }
        d.write(".heaplint_cache", "a file where the cache directory should be\n")
        let options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 2)
        let r = try Linter.run(options, environment: testEnvironment)
        #expect(r.diagnostics.count == 12)
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.hasPrefix("warning: the cache is not used: ") == true)
        #expect(r.warnings.first?.contains(".heaplint_cache") == true)
        var noCache = options; noCache.useCache = false
        #expect(try Linter.run(noCache, environment: testEnvironment).warnings.isEmpty)
    }
}
