import Foundation
import HeapSim
import PythonModel
import Rules
import Syntax
import Testing
import TestSupport

@Suite struct RegistryTests {
    static let ruleDirectories: [String] = {
        let dir = TestSupport.packageRoot.appendingPathComponent("rules")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func foldersRuleTomlAndSwiftRulesMatchOneToOne() throws {
        #expect(!Self.ruleDirectories.isEmpty)
        #expect(RuleRegistry.directories == Self.ruleDirectories, "the binary embeds every rules/ folder")
        let codes = RuleRegistry.all.map(\.code)
        #expect(codes == codes.sorted())
        #expect(RuleRegistry.rules.map(\.code) == codes, "one Swift rule per rules/ folder, in code order")
        for dir in Self.ruleDirectories {
            let meta = try #require(RuleRegistry.all.first { dir == "\($0.code)-\($0.name)" },
                                    Comment(rawValue: "rules/\(dir): folder name must be <code>-<name> of its rule.toml"))
            #expect(meta.code.range(of: #"^HL\d{3}$"#, options: .regularExpression) != nil)
        }
    }

    @Test(arguments: ruleDirectories)
    func ruleDataIsWellFormed(_ dir: String) throws {
        let base = TestSupport.packageRoot.appendingPathComponent("rules/\(dir)")
        let toml = try String(contentsOf: base.appendingPathComponent("rule.toml"), encoding: .utf8)
        let readme = try String(contentsOf: base.appendingPathComponent("README.md"), encoding: .utf8)
        let meta = try RuleRegistry.parse(toml: toml, readme: readme, query: nil)
        #expect(!meta.summary.isEmpty && !meta.message.isEmpty)
        var last = readme.startIndex
        for heading in ["## What it does", "## Why it retains memory", "## Example", "## Use instead",
                        "## How heaplint confirms it", "## Peer rules"] {
            let r = try #require(readme.range(of: heading, range: last..<readme.endIndex),
                                 Comment(rawValue: "rules/\(dir)/README.md lacks `\(heading)` (in this order)"))
            last = r.upperBound
        }
        let queryURL = base.appendingPathComponent("query.scm")
        if FileManager.default.fileExists(atPath: queryURL.path) {
            _ = try Query(try String(contentsOf: queryURL, encoding: .utf8))
        }
    }

    /// The README's fenced examples are tests: `python leaks` must be confirmed, `python ok` must
    /// give no finding of the rule or a refuted one.
    @Test(arguments: ruleDirectories)
    func readmeExamplesBehaveAsLabelled(_ dir: String) throws {
        let meta = try #require(RuleRegistry.all.first { dir == "\($0.code)-\($0.name)" })
        let blocks = fencedBlocks(meta.readme)
        #expect(blocks.contains { $0.tag == "python leaks" })
        #expect(blocks.contains { $0.tag == "python ok" })
        for block in blocks where block.tag.hasPrefix("python ") {
            let module = try TestSupport.lower(block.code, moduleName: "example")
            let findings = RuleRunner.run(module, settings: RuleSettings(enabled: [meta.code])).filter { $0.code == meta.code }
            if block.tag == "python leaks" {
                #expect(findings.contains { $0.verdict == .confirmed },
                        Comment(rawValue: "\(dir) README example labelled leaks is not confirmed:\n\(block.code)\n\(findings.map(\.message))"))
                // The same code after a multi-byte line still fires; inside a string or a comment it must not.
                let shifted = try TestSupport.lower("# é ✓ — ünïcode\n" + block.code)
                #expect(RuleRunner.run(shifted, settings: RuleSettings(enabled: [meta.code])).contains { $0.verdict == .confirmed })
                let inString = try TestSupport.lower("TEXT = '''\n" + block.code + "'''\n")
                #expect(RuleRunner.run(inString, settings: RuleSettings(enabled: [meta.code])).isEmpty)
                let commented = block.code.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n"
                #expect(RuleRunner.run(try TestSupport.lower(commented), settings: RuleSettings(enabled: [meta.code])).isEmpty)
            } else if block.tag == "python ok" {
                #expect(findings.allSatisfy { $0.verdict == .refuted },
                        Comment(rawValue: "\(dir) README example labelled ok is reported:\n\(block.code)\n\(findings.map(\.message))"))
            }
        }
    }

    func fencedBlocks(_ text: String) -> [(tag: String, code: String)] {
        var out: [(String, String)] = []
        var tag: String?
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let t = tag { out.append((t, lines.joined(separator: "\n") + "\n")); tag = nil; lines = [] }
                else { tag = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
            } else if tag != nil {
                lines.append(line)
            }
        }
        return out
    }
}
