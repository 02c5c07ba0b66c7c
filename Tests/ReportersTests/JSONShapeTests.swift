import Engine
import Foundation
import Reporters
import Rules
import Syntax
import Testing


/// Parses the JSON outputs back and checks them field by field against DESIGN.md's "JSON output".
@Suite struct JSONShapeTests {
    let context = ReportContext(filesChecked: 4)

    func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    func checkLocation(_ value: Any?, _ expected: Loc) {
        let object = value as? [String: Any]
        #expect(object?.keys.sorted() == ["column", "row"])
        #expect(object?["row"] as? Int == expected.row)
        #expect(object?["column"] as? Int == expected.column)
    }

    func check(_ object: [String: Any], against d: Diagnostic) {
        #expect(Set(object.keys) == ["code", "name", "message", "severity", "filename", "location", "end_location",
                                     "noqa_row", "url", "fix", "verdict", "evidence"])
        #expect(object["code"] as? String == d.code)
        #expect(object["name"] as? String == d.name)
        #expect(object["message"] as? String == d.message)
        #expect(object["severity"] as? String == d.severity.rawValue)
        #expect(object["filename"] as? String == d.filename)
        checkLocation(object["location"], d.location)
        checkLocation(object["end_location"], d.endLocation)
        #expect(object["noqa_row"] as? Int == d.noqaRow)
        if let url = d.url { #expect(object["url"] as? String == url) } else { #expect(object["url"] is NSNull) }
        // Engine findings (HL900 / HL901) are not verdicts: `null`.
        if let verdict = d.verdict { #expect(object["verdict"] as? String == verdict.rawValue) } else { #expect(object["verdict"] is NSNull) }

        if let fix = d.fix {
            let f = object["fix"] as? [String: Any]
            #expect(f.map { Set($0.keys) } == ["applicability", "message", "edits"])
            #expect(f?["applicability"] as? String == fix.applicability)
            #expect(f?["message"] as? String == fix.message)
            let edits = f?["edits"] as? [[String: Any]] ?? []
            #expect(edits.count == fix.edits.count)
            for (e, expected) in zip(edits, fix.edits) {
                #expect(Set(e.keys) == ["content", "location", "end_location"])
                #expect(e["content"] as? String == expected.content)
                checkLocation(e["location"], expected.location)
                checkLocation(e["end_location"], expected.endLocation)
            }
        } else {
            #expect(object["fix"] is NSNull)
        }

        guard let evidence = d.evidence else { #expect(object["evidence"] is NSNull); return }
        let ev = object["evidence"] as? [String: Any]
        #expect(ev.map { Set($0.keys) } == ["scenario", "growth_per_call", "retention_path", "assumptions", "retention_locations"])
        #expect(ev?["scenario"] as? String == evidence.scenario)
        if let growth = evidence.growth {
            let g = ev?["growth_per_call"] as? [String: Any]
            #expect(g.map { Set($0.keys) } == ["objects", "containers"])
            #expect(g?["objects"] as? Int == growth.objects)
            #expect(g?["containers"] as? [String] == growth.containers)
        } else {
            #expect(ev?["growth_per_call"] is NSNull)
        }
        let path = ev?["retention_path"] as? [String]
        #expect(path == d.retentionSteps.map(\.label))
        #expect(ev?["assumptions"] as? [String] == evidence.assumptions)
        let locations = ev?["retention_locations"] as? [Any] ?? []
        #expect(locations.count == path?.count)
        for (value, step) in zip(locations, d.retentionSteps) {
            if let location = step.location { checkLocation(value, location) } else { #expect(value is NSNull) }
        }
    }

    @Test func jsonArrayMatchesTheContract() throws {
        let text = JSONReporter().report(Samples.all, context: context)
        let array = try #require(try parse(text) as? [[String: Any]])
        #expect(array.count == Samples.all.count)
        for (object, d) in zip(array, Samples.all) { check(object, against: d) }
    }

    @Test func jsonLinesHasOneObjectPerLine() throws {
        let text = JSONLinesReporter().report(Samples.all, context: context)
        let lines = text.split(separator: "\n")
        #expect(lines.count == Samples.all.count)
        for (line, d) in zip(lines, Samples.all) {
            let object = try #require(try parse(String(line)) as? [String: Any])
            check(object, against: d)
        }
    }

    @Test func keysComeInTheContractOrder() {
        let text = JSONLinesReporter().report(Array(Samples.all.prefix(1)), context: context)
        let keys = ["\"code\"", "\"name\"", "\"message\"", "\"severity\"", "\"filename\"", "\"location\"",
                    "\"end_location\"", "\"noqa_row\"", "\"url\"", "\"fix\"", "\"verdict\"", "\"evidence\""]
        let positions = keys.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func escaping() {
        #expect(JSONValue.string("a\"b\\c\n\r\t\u{8}\u{C}\u{1}\u{1F}/é😀").compact
                == "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f/é😀\"")
        #expect(JSONValue.object([]).pretty() == "{}")
        #expect(JSONValue.array([]).pretty() == "[]")
        #expect(JSONValue.object([("b", .int(1)), ("a", .array([.null, .bool(true)]))]).compact == "{\"b\":1,\"a\":[null,true]}")
        #expect(JSONValue.object([("k", .array([.int(-2)]))]).pretty() == "{\n  \"k\": [\n    -2\n  ]\n}")
    }

    @Test func sarifStructure() throws {
        let text = SARIFReporter(rules: Samples.rules).report(Samples.all, context: ReportContext(version: "9.9.9"))
        let log = try #require(try parse(text) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "heaplint")
        #expect(driver["version"] as? String == "9.9.9")
        #expect(driver["informationUri"] is String)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["HL101", "HL900"])
        let rule = rules[0]
        #expect(rule["name"] as? String == "mutable-default-argument")
        #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == "A mutable default that calls can grow")
        #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == "Finds mutable defaults.")
        #expect(((rule["help"] as? [String: Any])?["markdown"] as? String)?.contains("## Example") == true)
        #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Samples.all.count)
        for (result, d) in zip(results, Samples.all) {
            #expect(result["ruleId"] as? String == d.code)
            #expect(result["level"] as? String == (d.verdict == .refuted ? "note" : d.severity.rawValue))
            #expect((result["message"] as? [String: Any])?["text"] as? String == d.message)
            let physical = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
            let region = physical?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == d.location.row)
            #expect(region?["startColumn"] as? Int == d.location.column)
            #expect(region?["endLine"] as? Int == d.endLocation.row)
            #expect(region?["endColumn"] as? Int == d.endLocation.column)
            let properties = result["properties"] as? [String: Any]
            if let verdict = d.verdict { #expect(properties?["verdict"] as? String == verdict.rawValue) }
            else { #expect(properties?["verdict"] is NSNull) }
            #expect(properties?["retentionPath"] as? [String] == d.retentionSteps.map(\.label))
        }
        let uri = ((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uri == "app/my%20file%2Cv2.py")
    }
}
