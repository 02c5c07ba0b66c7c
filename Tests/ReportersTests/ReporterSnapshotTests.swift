import Engine
import Foundation
import Reporters
import Testing

@Suite struct ReporterSnapshotTests {
    let context = ReportContext(filesChecked: 4, color: false, version: "0.1.0")

    func render(_ format: OutputFormat, _ diagnostics: [Diagnostic] = Samples.all,
                context: ReportContext? = nil) -> String {
        Reporters.reporter(for: format).report(diagnostics, context: context ?? self.context)
    }

    @Test func full() { assertSnapshot(render(.full), named: "full.txt") }
    @Test func fullWithColor() {
        var ctx = context; ctx.color = true
        assertSnapshot(render(.full, context: ctx), named: "full-color.txt")
    }
    @Test func fullWithUnsafeFixesAfterFixing() {
        var ctx = context; ctx.unsafeFixes = true; ctx.fixedCount = 2
        assertSnapshot(render(.full, context: ctx), named: "full-unsafe-fixed.txt")
    }
    @Test func fullEmpty() { #expect(render(.full, []) == "All checks passed!\n") }
    @Test func fullQuiet() {
        var ctx = context; ctx.quiet = true
        #expect(render(.full, [], context: ctx) == "")
        #expect(!render(.full, context: ctx).contains("Found"))
    }
    @Test func concise() { assertSnapshot(render(.concise), named: "concise.txt") }
    @Test func json() { assertSnapshot(render(.json), named: "json.json") }
    @Test func jsonEmpty() { #expect(render(.json, []) == "[]\n") }
    @Test func jsonLines() { assertSnapshot(render(.jsonLines), named: "json-lines.jsonl") }
    @Test func jsonLinesEmpty() { #expect(render(.jsonLines, []) == "") }
    @Test func sarif() {
        assertSnapshot(SARIFReporter(rules: Samples.rules).report(Samples.all, context: context), named: "sarif.json")
    }
    @Test func github() { assertSnapshot(render(.github), named: "github.txt") }
    @Test func junit() { assertSnapshot(render(.junit), named: "junit.xml") }
    @Test func junitEmpty() { assertSnapshot(render(.junit, []), named: "junit-empty.xml") }
    @Test func statistics() { assertSnapshot(Statistics.report(Samples.all, context: context), named: "statistics.txt") }

    @Test func everyFormatHasOneReporter() {
        #expect(Reporters.all.map(\.format) == OutputFormat.allCases)
    }

    @Test func noColorMeansNoEscapes() {
        for format in OutputFormat.allCases {
            #expect(!render(format).contains("\u{1B}["), "\(format) has ANSI escapes without color")
        }
        var ctx = context; ctx.color = true
        for format in OutputFormat.allCases where ![.full, .concise, .grouped].contains(format) {
            #expect(!render(format, context: ctx).contains("\u{1B}["), "\(format) must never be colored")
        }
    }
}
