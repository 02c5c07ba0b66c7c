import Engine
import HeapSim
import Reporters
import Rules
import Syntax
import Testing

typealias Loc = Syntax.SourceLocation

/// Behaviour that the snapshots show only indirectly.
@Suite struct FormatDetailTests {
    func diagnostic(_ source: String, from: Loc, to: Loc, message: String = "m",
                    severity: Severity = .warning) -> Diagnostic {
        Diagnostic(code: "HL201", name: "unbounded-module-container", message: message, severity: severity,
                   filename: "x.py", location: from, endLocation: to, noqaRow: from.row, verdict: .unknown,
                   source: SourceText(source))
    }

    func full(_ d: Diagnostic) -> [String] {
        FullReporter().report([d], context: ReportContext()).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func caretsFollowTabsAndWideCharacters() {
        // `\t` expands to the next multiple of 4; 漢 takes two cells; é one.
        let lines = full(diagnostic("a\té漢 = [x]\n", from: Loc(row: 1, column: 8), to: Loc(row: 1, column: 11)))
        #expect(lines[2] == "1 | a   é漢 = [x]")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 10) + "^^^")
    }

    @Test func emptyRangeGetsOneCaret() {
        let lines = full(diagnostic("x = 1\n", from: Loc(row: 1, column: 6), to: Loc(row: 1, column: 6)))
        #expect(lines[3] == "  |      ^")
    }

    @Test func outOfRangeLocationsDoNotCrash() {
        for (a, b) in [((0, 0), (0, 0)), ((99, 5), (120, 1)), ((1, 1_000_000), (1, 2_000_000)), ((2, 3), (1, 1)), ((-4, -4), (-1, -1))] {
            let d = diagnostic("x = 1\n\ty\n", from: Loc(row: a.0, column: a.1), to: Loc(row: b.0, column: b.1))
            for format in OutputFormat.allCases {
                _ = Reporters.reporter(for: format).report([d], context: ReportContext())
            }
            #expect(full(d).count < 20)
        }
        let empty = diagnostic("", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 1))
        #expect(full(empty)[1...3] == ["  |", "1 |", "  | ^"])
    }

    @Test func longRangesAreElided() {
        let source = (1...20).map { "line\($0)" }.joined(separator: "\n") + "\n"
        let lines = full(diagnostic(source, from: Loc(row: 2, column: 1), to: Loc(row: 19, column: 7)))
        #expect(lines.contains("   | …"))
        #expect(lines.contains { $0.hasPrefix("19 | line19") })
        #expect(!lines.contains { $0.hasPrefix("10 |") })
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let d = diagnostic("x = '\u{0}\u{1B}[31m'\n", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 2),
                           message: "bad\u{1B}[2J\nnext")
        for format in [OutputFormat.full, .concise] {
            let text = Reporters.reporter(for: format).report([d], context: ReportContext())
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(text.contains("bad␛[2J next"))
        }
    }

    @Test func githubEscaping() {
        let d = diagnostic("x\n", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 2),
                           message: "50% a:b,c\r\nd", severity: .error)
        var e = d; e.filename = "dir,x/a:b%.py"
        let line = GitHubReporter().report([e], context: ReportContext())
        #expect(line == "::error title=heaplint (HL201),file=dir%2Cx/a%3Ab%25.py,line=1,col=1,endLine=1,endColumn=2::HL201 50%25 a:b,c%0D%0Ad\n")
    }

    @Test func junitEscapesAndDropsInvalidXMLCharacters() {
        let d = diagnostic("x\n", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 2),
                           message: "<a href=\"x\">&'\u{1}</a>")
        let xml = JUnitReporter().report([d], context: ReportContext())
        #expect(xml.contains("message=\"&lt;a href=&quot;x&quot;&gt;&amp;&apos;\u{FFFD}&lt;/a&gt;\""))
    }

    @Test func summaryWording() {
        let one = diagnostic("x\n", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 2))
        #expect(ConciseReporter().report([one], context: ReportContext()).hasSuffix("Found 1 finding (1 unknown).\n"))
        #expect(ConciseReporter().report([], context: ReportContext(fixedCount: 2)) == "Found 2 findings (2 fixed, 0 remaining).\n")
    }

    @Test func statisticsSortByCountThenCode() {
        var a = diagnostic("x\n", from: Loc(row: 1, column: 1), to: Loc(row: 1, column: 2))
        var b = a
        b.code = "HL101"; b.name = "mutable-default-argument"; b.verdict = .confirmed
        a.verdict = .refuted
        let text = Statistics.report([b, a, a], context: ReportContext())
        #expect(text == "2\tHL201\t[ ] unbounded-module-container\n1\tHL101\t[ ] mutable-default-argument\n\n1\tconfirmed\n2\trefuted\n")
    }
}

extension FormatDetailTests {
    @Test func longLinesShowAWindowAroundTheRange() {
        let line = String(repeating: "a", count: 5000) + "BAD" + String(repeating: "b", count: 5000)
        let lines = full(diagnostic(line + "\n", from: Loc(row: 1, column: 5001), to: Loc(row: 1, column: 5004)))
        #expect(lines[2] == "1 | …" + String(repeating: "a", count: 40) + "BAD" + String(repeating: "b", count: 40) + "…")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 41) + "^^^")
        #expect(lines.allSatisfy { $0.count < 300 })
    }
}

extension FormatDetailTests {
    /// Random bytes (invalid UTF-8, NULs, lone CRs, tabs) and random locations never crash a reporter.
    @Test func randomInputsNeverCrash() {
        var rng = SplitMix(seed: 42)
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x41, 0x7F, 0xC3, 0xA9, 0xE6, 0xBC, 0xA2, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0x22, 0x5C]
        for _ in 0..<300 {
            let bytes = (0..<Int(rng.next() % 80)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let source = SourceText(bytes: bytes)
            func loc() -> Loc { Loc(row: Int(rng.next() % 8) - 1, column: Int(rng.next() % 30) - 1) }
            let message = String(decoding: bytes, as: UTF8.self)
            var d = diagnostic("", from: loc(), to: loc(), message: message)
            d.excerpt = rng.next() % 4 == 0 ? nil : SourceExcerpt(source, from: d.location, to: d.endLocation)
            d.filename = message
            for format in OutputFormat.allCases {
                let text = Reporters.reporter(for: format).report([d], context: ReportContext(color: true))
                #expect(!text.isEmpty)
            }
            _ = Statistics.report([d], context: ReportContext())
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension FormatDetailTests {
    @Test func statisticsAsJSON() {
        let text = Statistics.json(Samples.all, context: ReportContext())
        #expect(text.hasPrefix("[\n  {\n    \"code\": \"HL101\",\n    \"name\": \"mutable-default-argument\",\n    \"count\": 1,\n    \"fixable\": false,\n    \"verdicts\": {\n      \"confirmed\": 1\n    }\n  },"))
        #expect(Statistics.json([], context: ReportContext()) == "[]\n")
    }
}
