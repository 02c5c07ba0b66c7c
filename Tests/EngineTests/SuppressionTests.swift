import Testing
@testable import Engine

@Suite struct SuppressionTests {
    func parse(_ text: String, row: Int = 1) -> Suppressions { Suppressions(comments: [(text, row)]) }

    @Test func bareNoqaSuppressesEverythingOnItsRow() {
        let s = parse("# noqa", row: 4)
        #expect(s.isSuppressed(code: "HL101", row: 4))
        #expect(s.isSuppressed(code: "HL999", row: 4))
        #expect(!s.isSuppressed(code: "HL101", row: 3))
        #expect(parse("#NOQA").isSuppressed(code: "HL1", row: 1))
        #expect(parse("# type: ignore # noqa").isSuppressed(code: "HL101", row: 1))
    }

    @Test func noqaWithCodes() {
        for text in ["# noqa: HL101, HL202", "#noqa:HL101,HL202", "# NoQA: hl101 hl202", "# noqa:HL101 , HL202  trailing words"] {
            let s = parse(text)
            #expect(s.isSuppressed(code: "HL101", row: 1), "\(text)")
            #expect(s.isSuppressed(code: "HL202", row: 1), "\(text)")
            #expect(!s.isSuppressed(code: "HL301", row: 1), "\(text)")
        }
    }

    @Test func notANoqa() {
        #expect(!parse("# noqa:").isSuppressed(code: "HL101", row: 1)) // no codes: ignored, as ruff does
        #expect(!parse("# noqabc").isSuppressed(code: "HL101", row: 1))
        #expect(!parse("# see noqa docs").isSuppressed(code: "HL101", row: 1))
        #expect(!parse("# heaplint: ignored").isSuppressed(code: "HL101", row: 1))
        #expect(!parse("# heaplint: ignore[]").isSuppressed(code: "HL101", row: 1))
    }

    @Test func heaplintIgnore() {
        let s = parse("# heaplint: ignore[HL101, HL301]")
        #expect(s.isSuppressed(code: "HL101", row: 1))
        #expect(s.isSuppressed(code: "HL301", row: 1))
        #expect(!s.isSuppressed(code: "HL202", row: 1))
        #expect(parse("#heaplint:ignore").isSuppressed(code: "HL202", row: 1))
        #expect(parse("# Heaplint: Ignore [hl202]").isSuppressed(code: "HL202", row: 1))
    }

    @Test func skipFile() {
        #expect(parse("# heaplint: skip-file").skipFile)
        #expect(parse("#heaplint:skip-file  ").skipFile)
        #expect(!parse("# heaplint: skip-file because").skipFile)
        #expect(!parse("# do not heaplint: skip-file").skipFile)
        #expect(!parse("# noqa").skipFile)
    }

    @Test func combinesDirectivesOnOneRow() {
        let s = Suppressions(comments: [("# noqa: HL101", 2), ("# heaplint: ignore[HL202]", 2)])
        #expect(s.isSuppressed(code: "HL101", row: 2))
        #expect(s.isSuppressed(code: "HL202", row: 2))
        #expect(!s.isSuppressed(code: "HL301", row: 2))
    }

    @Test func endToEndOnlyRealCommentsCount() throws {
        let d = TempDir()
        d.write("a.py", """
        a = BAD  # noqa
        b = BAD  # noqa: HL201
        c = BAD  # noqa: HL101
        d = "# noqa"; e = BAD
        f = BAD  # heaplint: ignore[HL101]
        g = WORSE  # heaplint: ignore
        h = BAD  #NOQA:hl101

        """)
        #expect(summary(try lint(d)) == ["a.py:2:5 HL101", "a.py:4:19 HL101"])
        d.write("b.py", "x = BAD\n# heaplint: skip-file\n")
        d.write("c.py", "x = BAD\ns = '# heaplint: skip-file'\n")
        let r = try lint(d, ["b.py", "c.py"])
        #expect(summary(r) == ["c.py:1:5 HL101"])
    }
}
