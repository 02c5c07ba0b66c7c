import HeapSim
import Rules
import Testing
@testable import Engine

@Suite struct ConventionsEngineTests {
    @Test func requiresPythonMinimum() {
        func v(_ s: String) -> String? { RequiresPython.minimumVersion(s).map { "\($0.major).\($0.minor)" } }
        #expect(v(">=3.9") == "3.9")
        #expect(v(">= 3.10, <4") == "3.10")
        #expect(v(">=3.8.16") == "3.8")
        #expect(v("~=3.11.2") == "3.11")
        #expect(v("==3.12.*") == "3.12")
        #expect(v(">3.9") == "3.9")
        #expect(v(">=3.8,>=3.10") == "3.10")
        #expect(v("<4") == "3.8")        // no lower bound: the oldest modelled
        #expect(v("!=3.9.*, >=3.7") == "3.7")
        #expect(v("") == nil)
        #expect(v("3.9") == nil)
        #expect(v(">=three") == nil)
        func target(_ s: String) -> String? { RequiresPython(specifier: s, displayPath: "p").version?.flag }
        #expect(target(">=2.7") == "py38")
        #expect(target(">=3.7") == "py38")
        #expect(target(">=3.13") == "py313")
        #expect(target(">=3.20") == "py314")
        #expect(target("junk") == nil)
    }

    @Test func fileExemptionNeedsItsOwnLine() {
        func s(_ text: String, ownLine: Bool = true) -> Suppressions {
            Suppressions(comments: [Suppressions.Comment(text: text, row: 3, ownLine: ownLine)])
        }
        #expect(s("# heaplint: noqa").isSuppressed(code: "HL101", row: 99))
        #expect(s("#heaplint:NOQA").isSuppressed(code: "HL101", row: 99))
        #expect(s("# heaplint: noqa # because").isSuppressed(code: "HL101", row: 99))
        #expect(s("# heaplint: noqa because").isSuppressed(code: "HL101", row: 99))
        #expect(s("# heaplint: noqa: HL101, HL202").isSuppressed(code: "HL202", row: 99))
        #expect(!s("# heaplint: noqa: HL101").isSuppressed(code: "HL301", row: 99))
        #expect(s("# heaplint: noqa : HL101").isExempt(code: "HL101"))
        #expect(!s("# heaplint: noqa: HL101").isExempt(code: "HL301"))
        #expect(!s("# heaplint: noqa:").isExempt(code: "HL101"))
        #expect(!s("# heaplint: noqaxyz").isExempt(code: "HL101"))
        #expect(!s("# heaplint: noqa", ownLine: false).isExempt(code: "HL101"))
        // `# heaplint: noqa` is not a line-level directive either.
        #expect(!s("# heaplint: noqa", ownLine: false).isSuppressed(code: "HL101", row: 3))
    }

    @Test func directiveSpans() {
        let spans = Suppressions.spans(in: "# keep # noqa: HL101,E501 why # heaplint: ignore[HL202]")
        #expect(spans.map(\.codes) == [["HL101", "E501"], ["HL202"]])
        #expect(spans.map(\.range) == [7..<25, 30..<55])
        #expect(Suppressions.spans(in: "# noqa").first?.isBlanket == true)
        #expect(Suppressions.render(.noqa, codes: ["E501", "HL101"]) == "# noqa: E501, HL101")
    }

    @Test func hl902IsNotSelectedByDefault() {
        let codes = ["HL101", "HL900", "HL901", "HL902"]
        #expect(Selection.resolve([], knownCodes: codes) == ["HL101", "HL900", "HL901"])
        #expect(Selection.resolve([.init(extendSelect: ["HL902"])], knownCodes: codes).contains("HL902"))
        #expect(Selection.resolve([.init(select: ["HL9"])], knownCodes: codes) == ["HL900", "HL901", "HL902"])
        #expect(Selection.resolve([.init(select: ["ALL"])], knownCodes: codes).count == 4)
        #expect(!Selection.resolve([.init(ignore: ["HL101"])], knownCodes: codes).contains("HL902"))
    }

    @Test func failOnGate() {
        func d(_ code: String, _ verdict: Verdict) -> Diagnostic {
            Diagnostic(code: code, name: "n", message: "m", severity: .warning, filename: "f.py",
                       location: .init(row: 1, column: 1), endLocation: .init(row: 1, column: 1), noqaRow: 1, verdict: verdict)
        }
        #expect(FailOn.unknown.fails(d("HL101", .unknown)))
        #expect(!FailOn.confirmed.fails(d("HL101", .unknown)))
        #expect(!FailOn.confirmed.fails(d("HL101", .refuted)))
        #expect(FailOn.confirmed.fails(d("HL101", .confirmed)))
        #expect(FailOn.confirmed.fails(d("HL901", .confirmed)))
        #expect(FailOn.confirmed.fails(d("HL902", .unknown)))
    }
}
