import Engine
import Foundation
import Reporters
import Syntax
import Testing

/// Streaming sessions, the grouped and gitlab formats, GitHub's multi-line ranges, and what
/// SARIF carries (code flows, fingerprints, fixes, help URIs, refuted at `note`).
@Suite struct StreamingFormatsTests {
    let context = ReportContext(filesChecked: 3, version: "9.9.9")

    /// Feeding a session one file at a time gives the same bytes as a whole report, and the
    /// JSON formats stay what one JSON value pretty-printed would be.
    @Test func sessionsMatchWholeReports() throws {
        for format in OutputFormat.allCases {
            let reporter = Reporters.reporter(for: format)
            var streamed = ""
            let session = reporter.session(context: context) { streamed += $0 }
            for d in Samples.all { session.add([d]) }
            session.finish(context: context)
            #expect(streamed == reporter.report(Samples.all, context: context), "\(format)")
        }
        let json = JSONReporter().report(Samples.all, context: context)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == Samples.all.count)
        #expect(JSONReporter().report([], context: context) == "[]\n")
        #expect(GitLabReporter().report([], context: context) == "[]\n")
        let emptySarif = try JSONSerialization.jsonObject(with: Data(SARIFReporter(rules: Samples.rules).report([], context: context).utf8)) as? [String: Any]
        #expect(((emptySarif?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.isEmpty == true)
    }

    @Test func groupedListsFindingsUnderTheirFile() {
        let text = GroupedReporter().report(Samples.all, context: ReportContext(unsafeFixes: true))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "app/cache.py:")
        #expect(lines[1] == "  4:39 HL101 [*] [confirmed] Default list of `remember` grows by one item per call")
        #expect(lines[2] == "")
        #expect(lines[3] == "app/handlers.py:")
        #expect(lines.contains("secret/locked.py:"))
        // HL900 is not a verdict: counted apart from the findings (DESIGN.md).
        #expect(text.hasSuffix("Found 3 findings (2 confirmed, 1 unknown).\n1 file could not be analysed (1 read or decoding error).\n[*] 2 fixable with the --fix option.\n"))
        #expect(!GroupedReporter().report(Samples.all, context: ReportContext(quiet: true)).contains("Found"))
    }

    @Test func gitlabIsRuffsCodeQualityShape() throws {
        let text = GitLabReporter().report(Samples.all, context: context)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == Samples.all.count)
        for (issue, d) in zip(issues, Samples.all) {
            #expect(Set(issue.keys) == ["check_name", "description", "fingerprint", "location", "severity"])
            #expect(issue["check_name"] as? String == d.code)
            #expect(issue["description"] as? String == "\(d.code): \(d.message)")
            #expect(issue["severity"] as? String == (d.severity == .error ? "major" : "minor"))
            let location = issue["location"] as? [String: Any]
            #expect(location?["path"] as? String == d.filename)
            let begin = (location?["positions"] as? [String: Any])?["begin"] as? [String: Any]
            #expect(begin?["line"] as? Int == d.location.row)
            #expect(begin?["column"] as? Int == d.location.column)
        }
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count)
    }

    @Test func githubDropsColumnsOnRangesThatSpanLines() {
        let lines = GitHubReporter().report(Samples.all, context: context).split(separator: "\n").map(String.init)
        // The HL301 call spans lines 6–8; the HL101 default is on one line.
        let multi = lines.first { $0.contains("HL301") }!
        #expect(multi.hasPrefix("::warning title=heaplint (HL301),file=app/handlers.py,line=6,endLine=8::"))
        #expect(!multi.contains("col="))
        #expect(!multi.contains("endColumn="))
        let single = lines.first { $0.contains("(HL101)") }!
        #expect(single.contains(",line=4,col=39,endLine=4,endColumn=41::"))
    }

    func sarif(_ diagnostics: [Diagnostic]) throws -> [[String: Any]] {
        let text = SARIFReporter().report(diagnostics, context: context)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        return try #require(run["results"] as? [[String: Any]])
    }

    @Test func sarifCarriesTheRetentionPathAsACodeFlow() throws {
        let results = try sarif(Samples.all)
        let flows = try #require(results[0]["codeFlows"] as? [[String: Any]])
        #expect(flows.count == 1)
        let threads = try #require(flows[0]["threadFlows"] as? [[String: Any]])
        #expect(threads.count == 1)
        let steps = try #require(threads[0]["locations"] as? [[String: Any]])
        let d = Samples.all[0]
        #expect(steps.count == d.retentionSteps.count)
        for (step, expected) in zip(steps, d.retentionSteps) {
            let location = step["location"] as? [String: Any]
            #expect((location?["message"] as? [String: Any])?["text"] as? String == expected.label)
            let region = (location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == expected.location?.row)
            let uri = ((location?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri == (expected.location == nil ? nil : "app/cache.py"))
        }
        // The HL900 has no path, so no flow.
        #expect(results[3]["codeFlows"] == nil)
    }

    @Test func sarifFixesHelpUrisAndRefutedNotes() throws {
        var refuted = Samples.all[0]
        refuted.verdict = .refuted
        let results = try sarif([Samples.all[0], refuted])
        #expect(results[0]["level"] as? String == "error")
        #expect(results[1]["level"] as? String == "note")
        let fix = try #require((results[0]["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "Use None and create the list inside")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "None")
        #expect((replacement["deletedRegion"] as? [String: Any])?["startColumn"] as? Int == 39)

        let log = try JSONSerialization.jsonObject(with: Data(SARIFReporter().report([], context: context).utf8)) as? [String: Any]
        let driver = ((log?["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        let hl101 = rules.first { $0["id"] as? String == "HL101" }
        #expect(hl101?["helpUri"] as? String == RuleDocs.url(code: "HL101"))
        #expect(RuleDocs.url(code: "HL101") == "https://github.com/heaplint/heaplint/blob/main/rules/HL101-mutable-default-argument/README.md")
        #expect(driver?["informationUri"] as? String == RuleDocs.repository)
        // The JSON `url` uses the same scheme.
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report([Samples.all[0]], context: context).utf8)) as? [[String: Any]]
        #expect(json?.first?["url"] as? String == RuleDocs.url(code: "HL101"))
        #expect(rules.first { $0["id"] as? String == "HL900" }?["helpUri"] == nil)
    }

    /// Lines inserted above a finding move it but keep its fingerprint; a second identical line
    /// gets its own.
    @Test func fingerprintsSurviveLinesInsertedAbove() throws {
        func finding(_ text: String, row: Int) -> Diagnostic {
            let source = SourceText(text)
            return Diagnostic(code: "HL101", name: "mutable-default-argument", message: "m", severity: .error, filename: "a.py",
                              location: SourceLocation(row: row, column: 20), endLocation: SourceLocation(row: row, column: 22),
                              noqaRow: row, verdict: .confirmed, source: source)
        }
        let body = "def f(x, acc=[]):\n    acc.append(x)\n"
        let before = try sarif([finding(body, row: 1)])
        let after = try sarif([finding("import os\n\n# moved\n" + body, row: 4)])
        let print1 = before[0]["partialFingerprints"] as? [String: String]
        #expect(print1?["primaryLocationLineHash"]?.hasSuffix(":1") == true)
        #expect(print1 == after[0]["partialFingerprints"] as? [String: String])
        let twice = try sarif([finding(body + body, row: 1), finding(body + body, row: 3)])
        let a = (twice[0]["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"]
        let b = (twice[1]["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"]
        #expect(a != b)
        #expect(a?.dropLast(2) == b?.dropLast(2))
        #expect(b?.hasSuffix(":2") == true)
    }
}
