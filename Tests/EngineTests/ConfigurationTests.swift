import Foundation
import Rules
import Testing
@testable import Engine

@Suite struct ConfigurationTests {
    func load(_ text: String, name: String = "heaplint.toml") throws -> ConfigValues? {
        let d = TempDir()
        let path = d.write(name, text)
        return try ConfigLoader.load(path: path, displayPath: name, knownCodes: testCodes)?.values
    }

    func error(_ text: String, name: String = "heaplint.toml") -> String? {
        do { _ = try load(text, name: name); return nil } catch let e as ConfigurationError { return e.message } catch { return "\(error)" }
    }

    @Test func readsEveryKey() throws {
        let v = try #require(try load("""
        select = ["HL1", "HL201"]
        ignore = ["HL102"]
        extend-select = ["HL301"]
        exclude = ["gen"]
        extend-exclude = ["vendor/*"]
        target-version = "py38"
        confirm = false
        show-refuted = true
        registration-calls = ["bus.on"]
        unregistration-calls = ["bus.off"]
        long-lived-names = ["app.registry"]

        [per-file-ignores]
        "tests/*.py" = ["HL101"]
        "__init__.py" = ["HL2", "HL301"]
        """))
        #expect(v.select == ["HL1", "HL201"])
        #expect(v.ignore == ["HL102"])
        #expect(v.extendSelect == ["HL301"])
        #expect(v.exclude == ["gen"])
        #expect(v.extendExclude == ["vendor/*"])
        #expect(v.targetVersion == PythonVersion(3, 8))
        #expect(v.confirm == false)
        #expect(v.showRefuted == true)
        #expect(v.registrationCalls == ["bus.on"])
        #expect(v.unregistrationCalls == ["bus.off"])
        #expect(v.longLivedNames == ["app.registry"])
        #expect(v.perFileIgnores == [PerFileIgnore(pattern: "tests/*.py", codes: ["HL101"]),
                                     PerFileIgnore(pattern: "__init__.py", codes: ["HL2", "HL301"])])
    }

    @Test func pyprojectNeedsToolHeaplint() throws {
        #expect(try load("[project]\nname = \"x\"\n", name: "pyproject.toml") == nil)
        let v = try load("[project]\nname = \"x\"\n\n[tool.heaplint]\nselect = [\"HL101\"]\n[tool.heaplint.per-file-ignores]\n\"t/*\" = [\"HL1\"]\n",
                         name: "pyproject.toml")
        #expect(v?.select == ["HL101"])
        #expect(v?.perFileIgnores == [PerFileIgnore(pattern: "t/*", codes: ["HL1"])])
    }

    @Test func errorsNameFileLineAndKey() {
        #expect(error("select = [\"HL101\"]\n\nselct = [\"HL1\"]\n") ==
                "heaplint.toml:3: unknown key `selct` in heaplint.toml (did you mean `select`?)")
        #expect(error("[project]\nname = \"x\"\n[tool.heaplint]\nconfirm = true\nshow_refuted = true\n", name: "pyproject.toml") ==
                "pyproject.toml:5: unknown key `show_refuted` in [tool.heaplint] (did you mean `show-refuted`?)")
        #expect(error("[tool.heaplint]\nconfirm = true\n\n[tool.heaplint.lint]\nselect = []\n", name: "pyproject.toml") ==
                "pyproject.toml:4: unknown key `lint` in [tool.heaplint]")
        #expect(error("confirm = \"yes\"\n") == "heaplint.toml:1: `confirm` must be true or false")
        #expect(error("\nselect = \"HL101\"\n") == "heaplint.toml:2: `select` must be an array of strings")
        #expect(error("ignore = [\"HL101\", \"HL999\"]\n") == "heaplint.toml:1: unknown rule code or prefix `HL999` in `ignore`")
        #expect(error("extend-select = [\"XYZ\"]\n") == "heaplint.toml:1: unknown rule code or prefix `XYZ` in `extend-select`")
        #expect(error("target-version = \"py27\"\n")?.hasPrefix("heaplint.toml:1: unsupported `target-version` \"py27\"") == true)
        #expect(error("target-version = 311\n") == "heaplint.toml:1: `target-version` must be a string like \"py311\"")
        #expect(error("long-lived-names = [1]\n") == "heaplint.toml:1: `long-lived-names` must be an array of strings")
        #expect(error("[per-file-ignores]\n\"a.py\" = [\"HL999\"]\n") == "heaplint.toml:2: unknown rule code or prefix `HL999` in `per-file-ignores`")
        #expect(error("[per-file-ignores]\n\"a.py\" = \"HL101\"\n")?.hasPrefix("heaplint.toml:2: `per-file-ignores` entry \"a.py\"") == true)
        #expect(error("confirm = true\n\nx = = 1\n")?.hasPrefix("heaplint.toml:3: TOML syntax error") == true)
        #expect(error("[tool.heaplint]\nconfirm = true\n[tool.heaplint.per-file-ignores]\n\"a.py\" = [\"HL1\"]\n\"b.py\" = [\"XX1\"]\n",
                      name: "pyproject.toml") == "pyproject.toml:5: unknown rule code or prefix `XX1` in `per-file-ignores`")
        let syntax = error("select = [\"HL101\"\nconfirm = true\n")
        #expect(syntax?.hasPrefix("heaplint.toml:") == true)
        #expect(syntax?.contains("TOML syntax error") == true)
    }

    @Test func precedenceInOneDirectory() throws {
        let d = TempDir()
        d.write("pyproject.toml", "[tool.heaplint]\nselect = [\"HL201\"]\n")
        d.write("a.py", "x = BAD\ny = WORSE\n")
        #expect(summary(try lint(d)) == ["a.py:2:5 HL201"])
        d.write("heaplint.toml", "select = [\"HL101\"]\n")
        #expect(summary(try lint(d)) == ["a.py:1:5 HL101"])
        d.write(".heaplint.toml", "select = [\"HL201\"]\nignore = [\"HL201\"]\n")
        #expect(summary(try lint(d)).isEmpty)
        // A pyproject.toml without [tool.heaplint] does not count: the parent's config applies.
        let p = TempDir()
        p.write("heaplint.toml", "select = [\"HL201\"]\n")
        p.write("sub/pyproject.toml", "[project]\nname = \"x\"\n")
        p.write("sub/a.py", "x = BAD\ny = WORSE\n")
        #expect(summary(try lint(p)) == ["sub/a.py:2:5 HL201"])
    }

    @Test func closestConfigWalkingUpWithoutMerging() throws {
        let d = TempDir()
        d.write("heaplint.toml", "ignore = [\"HL101\"]\n")
        d.write("top.py", "x = BAD\ny = WORSE\n")
        d.write("pkg/heaplint.toml", "target-version = \"py312\"\n") // no ignore: the parent's is not merged
        d.write("pkg/deep/inner.py", "x = BAD\n")
        #expect(summary(try lint(d)) == ["pkg/deep/inner.py:1:5 HL101", "top.py:2:5 HL201"])
    }

    @Test func configFileFlagAndIsolated() throws {
        let d = TempDir()
        d.write("heaplint.toml", "ignore = [\"HL101\"]\n")
        d.write("sub/heaplint.toml", "ignore = [\"HL201\"]\n")
        d.write("sub/a.py", "x = BAD\ny = WORSE\n")
        d.write("other.toml", "select = [\"HL201\"]\n")
        #expect(summary(try lint(d)) == ["sub/a.py:1:5 HL101"])
        #expect(summary(try lint(d) { $0.configFile = "other.toml" }) == ["sub/a.py:2:5 HL201"])
        #expect(summary(try lint(d) { $0.isolated = true }) == ["sub/a.py:1:5 HL101", "sub/a.py:2:5 HL201"])
        #expect(throws: ConfigurationError.self) { try lint(d) { $0.configFile = "missing.toml" } }
        // A bad config anywhere on the way is an error naming it.
        d.write("sub/heaplint.toml", "ignore = [\"HL101\"]\nbogus = 1\n")
        do { _ = try lint(d); Issue.record("expected an error") } catch let e as ConfigurationError {
            #expect(e.message == "sub/heaplint.toml:2: unknown key `bogus` in heaplint.toml")
        }
    }

    @Test func perFileIgnoresTargetVersionAndFlagsReachTheRules() throws {
        let d = TempDir()
        d.write("heaplint.toml", """
        target-version = "py39"
        confirm = false
        registration-calls = ["bus.on"]
        [per-file-ignores]
        "tests/*" = ["HL1"]
        "b.py" = ["HL201"]
        """)
        d.write("tests/t.py", "x = BAD\ny = WORSE\n")
        d.write("b.py", "x = BAD\ny = WORSE\n")
        #expect(summary(try lint(d)) == ["b.py:1:5 HL101", "tests/t.py:2:5 HL201"])

        let seen = SettingsBox()
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { m, s in seen.add(s); return [] }, toolVersion: "t")
        _ = try Linter.run(LintOptions(paths: ["b.py"], useCache: false, workingDirectory: d.path), environment: env)
        let s = try #require(seen.all.first)
        #expect(s.targetVersion == PythonVersion(3, 9))
        #expect(s.confirm == false)
        #expect(s.registrationCalls == ["bus.on"])
        #expect(s.enabled == Set(testCodes).subtracting(["HL201"]))
        var o = CommandLineOverrides(); o.targetVersion = PythonVersion(3, 13); o.confirm = true
        _ = try Linter.run(LintOptions(paths: ["b.py"], overrides: o, useCache: false, workingDirectory: d.path), environment: env)
        #expect(seen.all.last?.targetVersion == PythonVersion(3, 13))
        #expect(seen.all.last?.confirm == true)
    }

    @Test func showRefuted() throws {
        let d = TempDir()
        d.write("a.py", "x = MAYBE\n")
        #expect(try lint(d).diagnostics.isEmpty)
        #expect(summary(try lint(d) { $0.overrides.showRefuted = true }) == ["a.py:1:5 HL301"])
        d.write("heaplint.toml", "show-refuted = true\n")
        #expect(summary(try lint(d)) == ["a.py:1:5 HL301"])
    }

    @Test func unknownCommandLineSelectorIsAnError() {
        let d = TempDir()
        #expect(throws: ConfigurationError.self) { try lint(d) { $0.overrides.select = ["HL777"] } }
    }
}

final class SettingsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [RuleSettings] = []
    func add(_ s: RuleSettings) { lock.lock(); items.append(s); lock.unlock() }
    var all: [RuleSettings] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite struct SelectionTests {
    let codes = ["HL101", "HL102", "HL201", "HL202", "HL301", "HL900", "HL901"]

    func resolve(_ layers: Selection.Layer...) -> [String] {
        Selection.resolve(layers, knownCodes: codes).sorted()
    }

    @Test func defaultIsEverything() {
        #expect(resolve() == codes)
        #expect(resolve(Selection.Layer()) == codes)
    }

    @Test func prefixesAndAll() {
        #expect(resolve(Selection.Layer(select: ["HL1"])) == ["HL101", "HL102"])
        #expect(resolve(Selection.Layer(select: ["ALL"], ignore: ["HL2", "HL9"])) == ["HL101", "HL102", "HL301"])
        #expect(resolve(Selection.Layer(select: ["hl30"])) == ["HL301"])
    }

    @Test func moreSpecificWins() {
        #expect(resolve(Selection.Layer(select: ["HL101"], ignore: ["HL1"])) == ["HL101"])
        #expect(resolve(Selection.Layer(select: ["HL1"], ignore: ["HL101"])) == ["HL102"])
        #expect(resolve(Selection.Layer(select: ["HL101"], ignore: ["HL101"])) == []) // a tie: ignore wins
    }

    @Test func commandLineLayers() {
        let config = Selection.Layer(select: ["HL1", "HL2"], extendSelect: [], ignore: ["HL102"])
        // --select replaces the config's selection (and its ignore).
        #expect(resolve(config, Selection.Layer(select: ["HL102", "HL301"])) == ["HL102", "HL301"])
        // --extend-select adds; --ignore removes from what the config selected.
        #expect(resolve(config, Selection.Layer(extendSelect: ["HL301"], ignore: ["HL201"])) == ["HL101", "HL202", "HL301"])
        // An ignored code selected more specifically on the command line comes back.
        #expect(resolve(config, Selection.Layer(extendSelect: ["HL102"])) == ["HL101", "HL102", "HL201", "HL202"])
    }

    @Test func validation() {
        #expect(Selection.isValidSelector("ALL", knownCodes: codes))
        #expect(Selection.isValidSelector("HL", knownCodes: codes))
        #expect(Selection.isValidSelector("HL10", knownCodes: codes))
        #expect(!Selection.isValidSelector("HL7", knownCodes: codes))
        #expect(!Selection.isValidSelector("", knownCodes: codes))
        #expect(!Selection.isValidSelector("B006", knownCodes: codes))
    }
}
