import Foundation
import Testing

/// The built binary on real HL101 findings: exit codes, suppressions, configuration errors, the
/// JSON contract of DESIGN.md, fixes and graphs.
@Suite struct FindingsEndToEndTests {
    static let leaking = "def remember(item, seen=[]):\n    seen.append(item)\n    return len(seen)\n"
    static let readOnly = "def allowed(method, methods=[\"GET\", \"HEAD\"]):\n    return method in methods\n"

    func run(_ arguments: [String], files: [String: String]) throws -> Heaplint.Output {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for (name, text) in files { try dir.write(name, text) }
        return try Heaplint.run(arguments, in: dir.url, stdin: nil)
    }

    @Test func confirmedFindingExitsOneAndExitZeroOverrides() throws {
        let out = try run(["check", "app.py"], files: ["app.py": Self.leaking])
        #expect(out.status == 1)
        #expect(out.stdout.contains("app.py:1:25: HL101"))
        #expect(out.stdout.contains("verdict: confirmed"))
        #expect(out.stdout.contains("__defaults__[0] (list)"))
        #expect(try run(["check", "--exit-zero", "app.py"], files: ["app.py": Self.leaking]).status == 0)
    }

    @Test func refutedFindingIsHiddenUnlessAskedFor() throws {
        let hidden = try run(["check", "app.py"], files: ["app.py": Self.readOnly])
        #expect(hidden.status == 0)
        let shown = try run(["check", "--show-refuted", "--output-format", "concise", "app.py"], files: ["app.py": Self.readOnly])
        #expect(shown.status == 1)
        #expect(shown.stdout.contains("HL101 [refuted]"))
        let unconfirmed = try run(["check", "--no-confirm", "--output-format", "concise", "app.py"], files: ["app.py": Self.readOnly])
        #expect(unconfirmed.stdout.contains("HL101 [unknown]"))
    }

    @Test func noqaAndIgnoreCommentsSuppress() throws {
        for comment in ["# noqa", "# noqa: HL101", "# NOQA:HL101", "# heaplint: ignore[HL101]", "# heaplint: ignore"] {
            let source = Self.leaking.replacingOccurrences(of: "seen=[]):", with: "seen=[]):  \(comment)")
            let out = try run(["check", "app.py"], files: ["app.py": source])
            #expect(out.status == 0, "\(comment) should suppress: \(out.stdout)")
        }
        let other = Self.leaking.replacingOccurrences(of: "seen=[]):", with: "seen=[]):  # noqa: HL201")
        #expect(try run(["check", "app.py"], files: ["app.py": other]).status == 1)
        let skipped = "# heaplint: skip-file\n" + Self.leaking
        #expect(try run(["check", "app.py"], files: ["app.py": skipped]).status == 0)
        let inString = "NOTE = '# noqa'\n" + Self.leaking
        #expect(try run(["check", "app.py"], files: ["app.py": inString]).status == 1)
    }

    /// `long-lived-names` / `registration-calls` in a configuration reach the simulation: a default
    /// handed on every call to an object the simulation cannot see is `unknown` without them, and
    /// `confirmed` once the configuration says that object lives forever; `--show-settings` prints them.
    @Test func librarySettingsReachTheSimulation() throws {
        let source = "from app import registry\n\ndef track(item, pending=[]):\n    pending.append(item)\n    registry.watch(pending)\n"
        let plain = try run(["check", "--output-format", "concise", "app.py"], files: ["app.py": source])
        #expect(plain.stdout.contains("HL101 [unknown]"))
        let config = "long-lived-names = [\"app.registry\"]\nregistration-calls = [\"bus.on\"]\n"
        let configured = try run(["check", "--output-format", "concise", "app.py"], files: ["app.py": source, "heaplint.toml": config])
        #expect(configured.stdout.contains("HL101 [confirmed]"), "\(configured.stdout)")
        let shown = try run(["check", "--show-settings", "app.py"], files: ["app.py": source, "heaplint.toml": config])
        #expect(shown.stdout.contains("long-lived-names = [\"app.registry\"]"), "\(shown.stdout)")
        #expect(shown.stdout.contains("registration-calls = [\"bus.on\"]"))
    }

    @Test func configurationSelectsAndErrorsNameFileLineAndKey() throws {
        let ignored = try run(["check", "app.py"], files: ["app.py": Self.leaking, "heaplint.toml": "ignore = [\"HL101\"]\n"])
        #expect(ignored.status == 0)
        let pyproject = try run(["check", "app.py"], files: ["app.py": Self.leaking,
                                                           "pyproject.toml": "[tool.heaplint]\nextend-select = []\nselct = [\"HL1\"]\n"])
        #expect(pyproject.status == 2)
        #expect(pyproject.stderr.contains("pyproject.toml:3"))
        #expect(pyproject.stderr.contains("selct"))
        let badValue = try run(["check", "app.py"], files: ["app.py": Self.leaking, "heaplint.toml": "target-version = \"py27\"\n"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("heaplint.toml:1"))
        #expect(badValue.stderr.contains("target-version"))
    }

    @Test func jsonFollowsTheContract() throws {
        let out = try run(["check", "--output-format", "json", "app.py"], files: ["app.py": Self.leaking])
        #expect(out.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        let f = array[0]
        #expect(f["code"] as? String == "HL101")
        #expect(f["name"] as? String == "mutable-default-argument")
        #expect(f["severity"] as? String == "error")
        #expect(f["filename"] as? String == "app.py")
        #expect((f["location"] as? [String: Int]) == ["row": 1, "column": 25])
        #expect((f["end_location"] as? [String: Int]) == ["row": 1, "column": 27])
        #expect(f["noqa_row"] as? Int == 1)
        #expect(f["url"] as? String == "https://github.com/heaplint/heaplint/blob/main/rules/HL101-mutable-default-argument/README.md")
        #expect(f["verdict"] as? String == "confirmed")
        let fix = try #require(f["fix"] as? [String: Any])
        #expect(fix["applicability"] as? String == "unsafe")
        let evidence = try #require(f["evidence"] as? [String: Any])
        #expect((evidence["scenario"] as? String)?.contains("remember()") == true)
        let growth = try #require(evidence["growth_per_call"] as? [String: Any])
        #expect(growth["objects"] as? Int == 1)
        #expect(growth["containers"] as? [String] == ["list"])
        #expect(evidence["retention_path"] as? [String] == ["module app", "function remember", "__defaults__[0] (list)", "item (argument)"])
        #expect(evidence["assumptions"] as? [String] == [])
        // Key order as DESIGN.md lists it, like ruff's.
        let keys = ["\"code\"", "\"name\"", "\"message\"", "\"severity\"", "\"filename\"", "\"location\"", "\"end_location\"",
                    "\"noqa_row\"", "\"url\"", "\"fix\"", "\"verdict\"", "\"evidence\""]
        let positions = keys.map { out.stdout.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func unsafeFixIsValidPythonAndIdempotent() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("app.py", Self.leaking)
        let first = try Heaplint.run(["check", "--fix", "--unsafe-fixes", "app.py"], in: dir.url, stdin: nil)
        #expect(first.status == 0, "nothing remains after the fix: \(first.stdout)")
        let fixed = try String(contentsOf: dir.url.appendingPathComponent("app.py"), encoding: .utf8)
        #expect(fixed == "def remember(item, seen=None):\n    if seen is None:\n        seen = []\n    seen.append(item)\n    return len(seen)\n")
        _ = try Heaplint.run(["check", "--fix", "--unsafe-fixes", "app.py"], in: dir.url, stdin: nil)
        #expect(try String(contentsOf: dir.url.appendingPathComponent("app.py"), encoding: .utf8) == fixed)
    }

    @Test func graphWritesTheRetainedSubgraph() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("app.py", Self.leaking)
        let out = try Heaplint.run(["check", "--graph", "graphs", "app.py"], in: dir.url, stdin: nil)
        #expect(out.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("graphs").path)
        let dot = try #require(names.first { $0.hasSuffix(".dot") })
        let text = try String(contentsOf: dir.url.appendingPathComponent("graphs/\(dot)"), encoding: .utf8)
        #expect(text.hasPrefix("digraph"))
        #expect(text.contains("list"))
    }

    /// Graphs are rendered only for `--graph` runs and never cached: a `--graph` run after a cached
    /// run without graphs writes the same graphs as one without the cache, the unknown finding
    /// whose default grew (every call in the file passes it) included; a run without `--graph`
    /// writes none.
    @Test func graphAfterACachedRunWritesWhatAnUncachedRunWrites() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("app.py", Self.leaking)
        try dir.write("latent.py", Self.leaking + "\n\ndef main():\n    remember(1, [])\n")
        let plain = try Heaplint.run(["check", "--isolated", "--output-format", "json", "."], in: dir.url, stdin: nil)
        #expect(plain.status == 1)
        let graphsDir = dir.url.appendingPathComponent("graphs")
        #expect(!FileManager.default.fileExists(atPath: graphsDir.path))
        func graphs(_ name: String, _ extra: [String]) throws -> [String: String] {
            let out = try Heaplint.run(["check", "--isolated", "--output-format", "json", "--graph", name] + extra + ["app.py", "latent.py"],
                                       in: dir.url, stdin: nil)
            #expect(out.stdout == plain.stdout)
            let path = dir.url.appendingPathComponent(name)
            var texts: [String: String] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: path.path) where file.hasSuffix(".dot") {
                texts[file] = try String(contentsOf: path.appendingPathComponent(file), encoding: .utf8)
            }
            return texts
        }
        let cached = try graphs("cached", [])
        let uncached = try graphs("uncached", ["--no-cache"])
        #expect(cached.keys.sorted() == ["app-1-HL101.dot", "latent-1-HL101.dot"])
        #expect(cached == uncached)
    }
}
