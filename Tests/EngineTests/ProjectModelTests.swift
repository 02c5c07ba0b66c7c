import Foundation
import Project
import PythonModel
import Rules
import Testing
@testable import Engine

/// The project model (roots, `src`, packages, namespace packages, relative imports, importers),
/// the target interpreter's discovery, and the engine's wiring of both.
@Suite struct ProjectModelTests {
    // MARK: roots

    @Test func projectRootIsTheNearestPyprojectElseThePackageRoot() {
        let d = TempDir()
        d.write("proj/pyproject.toml", "[project]\nname = 'x'\n")
        let inPackage = d.write("proj/lib/app/core/cache.py", "")
        d.write("proj/lib/app/__init__.py", "")
        d.write("proj/lib/app/core/__init__.py", "")
        #expect(ProjectLayout.packageRoot(ofFile: inPackage) == d.path + "/proj/lib")
        #expect(ProjectLayout.projectRoot(ofFile: inPackage) == d.path + "/proj")
        let loose = d.write("other/pkg/mod.py", "")
        d.write("other/pkg/__init__.py", "")
        #expect(ProjectLayout.projectRoot(ofFile: loose) == d.path + "/other")
        // The names the engine gives files agree with the roots the index searches.
        #expect(Paths.moduleName(forFile: inPackage) == "app.core.cache")
        let model = ProjectModel(roots: ProjectLayout.roots(forFile: inPackage, projectRoot: d.path + "/proj", configuredSrc: nil))
        #expect(model.resolve("app.core.cache")?.path == inPackage)
        #expect(model.roots == [d.path + "/proj/lib", d.path + "/proj"])
        // A `src/` layout without a pyproject.toml: the project is the folder holding `src/`,
        // where its scripts sit (m116 ledger), and both resolve imports.
        let inSrc = d.write("layout/src/ledger/journal.py", "")
        d.write("layout/src/ledger/__init__.py", "")
        d.write("layout/main.py", "import ledger\n")
        #expect(ProjectLayout.projectRoot(ofFile: inSrc) == d.path + "/layout")
        #expect(ProjectLayout.roots(forFile: inSrc, projectRoot: d.path + "/layout", configuredSrc: nil)
                == [d.path + "/layout/src", d.path + "/layout"])
    }

    /// Packaging metadata beside a package (or above its `src/` / `lib/` folder), or an
    /// interpreter's library, distributes it; an application's folder of modules does not.
    @Test func aPackageIsDistributedByItsMetadataOrItsPlace() {
        let d = TempDir()
        d.write("lib1/pyproject.toml", "[project]\nname = 'x'\n")
        d.write("lib1/src/pkg/__init__.py", "")
        d.write("lib1/src/pkg/core.py", "")
        d.write("lib2/setup.py", "")
        d.write("lib2/pkg/__init__.py", "")
        d.write("app/pyproject.toml", "[tool.ruff]\nline-length = 100\n")
        d.write("app/pkg/__init__.py", "")
        d.write("app/main.py", "")
        d.write("case/pkg/__init__.py", "")
        d.write("env/lib/python3.11/pkg/__init__.py", "")
        #expect(ProjectLayout.isDistributed(packageRoot: d.path + "/lib1/src"))
        #expect(ProjectLayout.isDistributed(packageRoot: d.path + "/lib2"))
        #expect(!ProjectLayout.isDistributed(packageRoot: d.path + "/app"))
        #expect(!ProjectLayout.isDistributed(packageRoot: d.path + "/case"))
        #expect(ProjectLayout.isDistributed(packageRoot: d.path + "/env/lib/python3.11"))
        let model = ProjectModel(roots: [d.path + "/lib1/src"])
        #expect(model.distributesPackage(of: "pkg.core"))
        #expect(!ProjectModel(roots: [d.path + "/case"]).distributesPackage(of: "pkg"))
    }

    @Test func defaultRootsIncludeSrcAndConfiguredSrcReplacesThem() throws {
        let d = TempDir()
        d.write("pyproject.toml", "[tool.heaplint]\n")
        d.write("src/pkg/__init__.py", "")
        d.write("src/pkg/util.py", "def f(): pass\n")
        let test = d.write("tests/test_util.py", "from pkg.util import f\n")
        let roots = ProjectLayout.roots(forFile: test, projectRoot: d.path, configuredSrc: nil)
        #expect(roots == [d.path + "/tests", d.path, d.path + "/src"])
        #expect(ProjectModel(roots: roots).resolve("pkg.util")?.path == d.path + "/src/pkg/util.py")

        // `src = ["lib"]` in the configuration: resolved against its directory, shown by --show-settings.
        d.write("heaplint.toml", "src = [\"lib\"]\n")
        d.write("lib/shared.py", "X = 1\n")
        let main = d.write("app/main.py", "import shared\n")
        let settings = try SettingsResolver(options: LintOptions(paths: [], workingDirectory: d.path), knownCodes: testCodes)
            .settings(forDirectory: d.path + "/app")
        #expect(settings.src == [d.path + "/lib"])
        let model = ProjectContext().model(forFile: main, settings: settings)
        #expect(model.roots == [d.path + "/app", d.path + "/lib"])
        #expect(model.module(named: "shared")?.path == d.path + "/lib/shared.py")
        #expect(model.resolve("pkg") == nil) // src/ is no longer a root
        let report = try Linter.settingsReport(LintOptions(paths: ["app/main.py"], workingDirectory: d.path), environment: testEnvironment)
        #expect(report.contains("src = [\"app\", \"lib\"]"))
    }

    @Test func aBadSrcOrPythonSettingNamesTheKey() throws {
        let d = TempDir()
        d.write("heaplint.toml", "src = \"lib\"\n")
        #expect(throws: ConfigurationError.self) { try ConfigLoader.load(path: d.path + "/heaplint.toml", knownCodes: testCodes) }
        d.write("heaplint.toml", "python = 3\n")
        do {
            _ = try ConfigLoader.load(path: d.path + "/heaplint.toml", knownCodes: testCodes)
            Issue.record("no error")
        } catch let e as ConfigurationError {
            #expect(e.message.contains("heaplint.toml:1") && e.message.contains("`python`"))
        }
    }

    // MARK: resolution

    @Test func packagesModulesAndNamespacePackagesResolveAsCPythonFindsThem() {
        let d = TempDir()
        d.write("a/ns/sub/mod.py", "X = 1\n")            // ns: a namespace package split over two roots
        d.write("b/ns/other.py", "Y = 2\n")
        d.write("a/pkg/__init__.py", "")
        d.write("a/pkg.py", "")                           // the package directory wins over the module file
        d.write("a/both/x.py", "")                        // a namespace directory loses to a module file in a later root
        d.write("b/both.py", "Z = 3\n")
        d.write("a/native.cpython-311-x86_64-linux-gnu.so", "") // an extension module is opaque
        d.write("b/native.py", "")
        let model = ProjectModel(roots: [d.path + "/a", d.path + "/b"])
        let ns = model.resolve("ns")
        #expect(ns?.kind == .namespace)
        #expect(ns?.submoduleSearch == [d.path + "/a/ns", d.path + "/b/ns"])
        #expect(model.resolve("ns.sub.mod")?.path == d.path + "/a/ns/sub/mod.py")
        #expect(model.resolve("ns.other")?.path == d.path + "/b/ns/other.py")
        #expect(model.module(named: "ns")?.isPackage == true)
        #expect(model.module(named: "ns.sub.mod")?.module.name == "ns.sub.mod")
        #expect(model.resolve("pkg")?.path == d.path + "/a/pkg/__init__.py")
        #expect(model.resolve("pkg")?.isPackage == true)
        #expect(model.resolve("both")?.path == d.path + "/b/both.py")
        #expect(model.resolve("native") == nil)
        #expect(model.resolve("missing") == nil)
        #expect(model.resolve("both.x") == nil) // a plain module has no submodules
        #expect(model.resolve("not-a-name") == nil)
    }

    @Test func relativeImportsResolveAgainstTheIndex() throws {
        let d = TempDir()
        d.write("app/__init__.py", "from .core import engine\n")
        d.write("app/core/__init__.py", "")
        d.write("app/core/engine.py", "from . import store\nfrom .store import put\nfrom ..util import helper as h\n")
        d.write("app/core/store.py", "def put(x, into=[]):\n    into.append(x)\n")
        d.write("app/util.py", "def helper(): pass\n")
        let model = ProjectModel(roots: [d.path])
        let engine = try #require(model.module(named: "app.core.engine"))
        let imported = engine.module.importedModuleNames(packageName: engine.isPackage ? engine.name : nil)
        // Each name that is a module resolves to its file; `put` and `helper` are attributes, not modules.
        let resolved = imported.sorted().compactMap { name in model.resolve(name).map { "\(name) -> \($0.path.dropFirst(d.path.count + 1))" } }
        #expect(resolved == ["app -> app/__init__.py", "app.core -> app/core/__init__.py", "app.core.store -> app/core/store.py",
                             "app.util -> app/util.py"])
        // A package's `__init__` resolves relative imports against itself.
        let package = try #require(model.module(named: "app"))
        #expect(package.isPackage)
        #expect(package.module.importedModuleNames(packageName: package.name).contains("app.core.engine"))
        #expect(model.importers(of: "app.core.store").map(\.name) == ["app.core.engine"])
        #expect(model.importers(of: "app.util").map(\.name) == ["app.core.engine"])
        #expect(model.importers(of: "app.core.engine").map(\.name) == ["app"])
    }

    @Test func importersComeFromTheProjectsFilesOnly() {
        let d = TempDir()
        d.write("case/main.py", "import helpers\nhelpers.f()\n")
        d.write("case/helpers.py", "def f(x=[]):\n    x.append(1)\n")
        d.write("case/tools/__init__.py", "")
        d.write("case/tools/use.py", "from helpers import f\n")
        d.write("case/unrelated.py", "import os\n")
        d.write("case/node_modules/x.py", "import helpers\n")   // skipped directory
        d.write("case/not-a-package/y.py", "import helpers\n")  // not importable by name
        d.write("other/main.py", "import helpers\n")            // another project
        let model = ProjectModel(roots: [d.path + "/case"])
        #expect(model.importers(of: "helpers").map(\.name) == ["main", "tools.use"])
        #expect(model.importers(of: "helpers").allSatisfy { $0.origin == .project })
        #expect(model.importers(of: "nothing").isEmpty)
        // Names only, nothing lowered: a module with hundreds of importers need not hold them all.
        let fresh = ProjectModel(roots: [d.path + "/case"])
        #expect(fresh.importerNames(of: "helpers") == ["main", "tools.use"])
        #expect(fresh.module(named: "tools.use")?.path == d.path + "/case/tools/use.py")
        #expect(model.projectModules().map(\.name) == ["helpers", "main", "tools", "tools.use", "unrelated"])
    }

    /// Modules linked by imports either way (packages by their submodules) are the ones objects
    /// pass between; the store answers "does it name x" from each file's words.
    @Test func linkedModulesFollowImportsEitherWayAndMentionsAreWords() {
        let d = TempDir()
        d.write("case/main.py", "import client\nimport gateway\n")
        d.write("case/client.py", "class Client:\n    def __init__(self, headers={}):\n        self._headers = headers\n")
        d.write("case/gateway.py", "def charge(c):\n    c._headers['k'] = f\"{c.name}_log\"\n")
        d.write("case/tools/__init__.py", "")
        d.write("case/tools/use.py", "import os\n")
        d.write("case/alone.py", "X = {}\n")
        let model = ProjectModel(roots: [d.path + "/case"])
        #expect(model.linkedModuleNames(of: "client") == ["client", "gateway", "main"])
        #expect(model.linkedModuleNames(of: "gateway") == ["client", "gateway", "main"])
        #expect(model.linkedModuleNames(of: "tools.use") == ["tools", "tools.use"])
        #expect(model.linkedModuleNames(of: "alone") == ["alone"])
        // Words, not substrings: `_headers` and `_log` are named, `head` and `log` are not.
        #expect(model.mayMention("_headers", inModule: "gateway"))
        #expect(model.mayMention("_log", inModule: "gateway"))
        #expect(!model.mayMention("head", inModule: "gateway"))
        #expect(!model.mayMention("Client", inModule: "gateway"))
        #expect(model.mayMention("Client", inModule: "client"))
        // The import graph's fingerprint changes with an import, not with other edits.
        let before = model.importGraphFingerprint()
        #expect(ProjectModel(roots: [d.path + "/case"]).importGraphFingerprint() == before)
        d.write("case/alone.py", "X = {'a': 1}\n")
        #expect(ProjectModel(roots: [d.path + "/case"]).importGraphFingerprint() == before)
        d.write("case/alone.py", "import client\nX = {}\n")
        let linked = ProjectModel(roots: [d.path + "/case"])
        #expect(linked.importGraphFingerprint() != before)
        #expect(linked.linkedModuleNames(of: "alone") == ["alone", "client", "gateway", "main"])
    }

    @Test func eachFileIsLoweredOnceUnderConcurrentRequests() {
        let d = TempDir()
        for i in 0..<20 { d.write("m\(i).py", "import m\((i + 1) % 20)\ndef f(x=[]):\n    x.append(\(i))\n") }
        let model = ProjectModel(roots: [d.path])
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            for i in 0..<20 { _ = model.module(named: "m\((i + k) % 20)") }
        }
        #expect(model.store.loadCount == 20)
        // Indexing the imports reads tokens and lowers nothing; the importers asked for are the
        // modules kept.
        #expect(model.importers(of: "m3").map(\.name) == ["m2"])
        #expect(model.store.loadCount == 20)
        let other = ProjectModel(roots: [d.path])
        #expect(other.importerNames(of: "m0") == ["m19"])
        #expect(other.store.loadCount == 0)
        #expect(other.module(named: "m19")?.name == "m19")
        #expect(other.store.loadCount == 1)
    }

    // MARK: the environment

    /// A fake interpreter: a shell script answering the probe with fixed directories.
    static func fakeInterpreter(_ d: TempDir, at relative: String, stdlib: String, site: String) -> String {
        let json = "{\"version\": \"3.12\", \"stdlib\": [\"\(stdlib)\", \"\(stdlib)\"], \"path\": [\"\(stdlib)\", \"\(site)\"], "
            + "\"builtin\": [\"sys\", \"_io\"], \"frozen\": [\"os\"]}"
        let path = d.write(relative, "#!/bin/sh\necho '\(json)'\n")
        chmod(path, 0o755)
        return path
    }

    /// A run lets go of its project models and their modules when it ends (each model holds the
    /// store that caches it): the fuzzer's process grew by ~10 KB a run, an editor's would too.
    @Test func aRunLetsGoOfItsProjectModels() throws {
        let d = TempDir()
        let main = d.write("app/main.py", "import shared\n")
        d.write("app/shared.py", "X = 1\n")
        let settings = try SettingsResolver(options: LintOptions(paths: [], workingDirectory: d.path), knownCodes: testCodes)
            .settings(forDirectory: d.path + "/app")
        weak var model: ProjectModel?
        weak var store: ModuleStore?
        do {
            let context = ProjectContext()
            let m = context.model(forFile: main, settings: settings)
            #expect(m.module(named: "shared") != nil)
            model = m
            store = context.store
        }
        #expect(model == nil)
        #expect(store == nil)
    }

    /// A script interpreter (a pyenv shim) is asked again by every new process, but once per
    /// process: the fuzzer and an editor's server lint many times (each probe through pyenv started
    /// hundreds of processes: the fuzz smoke fell from ~170 to 6 inputs a second).
    @Test func aScriptInterpreterIsAskedOncePerProcess() throws {
        let d = TempDir()
        let json = "{\"version\": \"3.12\", \"stdlib\": [\"/x\"], \"path\": [\"/x\"], \"builtin\": [\"sys\"], \"frozen\": []}"
        let python = d.write("shim/python3", "#!/bin/sh\necho asked >> \(d.path)/asked.txt\necho '\(json)'\n")
        chmod(python, 0o755)
        for _ in 0..<3 { #expect(PythonEnvironment.probe(interpreter: python, source: "PATH")?.version == "3.12") }
        let asked = try String(contentsOfFile: d.path + "/asked.txt", encoding: .utf8)
        #expect(asked.split(separator: "\n").count == 1, "\(asked)")
    }

    @Test func theInterpreterIsFoundInOrder() {
        let d = TempDir()
        let explicit = Self.fakeInterpreter(d, at: "explicit/python", stdlib: "/x", site: "/y")
        let venv = Self.fakeInterpreter(d, at: "venv/bin/python", stdlib: "/x", site: "/y")
        let dotVenv = Self.fakeInterpreter(d, at: "proj/.venv/bin/python", stdlib: "/x", site: "/y")
        let onPath = Self.fakeInterpreter(d, at: "bin/python3", stdlib: "/x", site: "/y")
        let env = ["VIRTUAL_ENV": d.path + "/venv", "PATH": "/nonexistent:" + d.path + "/bin"]
        let proj = d.path + "/proj"
        #expect(PythonEnvironment.locate(explicit: (explicit, "--python"), projectRoot: proj, environment: env)?.path == explicit)
        // A virtual environment's directory stands for its interpreter.
        #expect(PythonEnvironment.locate(explicit: (d.path + "/venv", "--python"), projectRoot: proj, environment: env)?.path == venv)
        // An explicit interpreter that does not exist is not replaced by another one.
        #expect(PythonEnvironment.locate(explicit: (d.path + "/nope", "--python"), projectRoot: proj, environment: env) == nil)
        // A bare name is looked up on PATH.
        #expect(PythonEnvironment.locate(explicit: ("python3", "`python` in heaplint.toml"), projectRoot: proj, environment: env)?.path == onPath)
        #expect(PythonEnvironment.locate(explicit: nil, projectRoot: proj, environment: env)?.source == "$VIRTUAL_ENV")
        #expect(PythonEnvironment.locate(explicit: nil, projectRoot: proj, environment: ["PATH": env["PATH"]!])?.path == dotVenv)
        let last = PythonEnvironment.locate(explicit: nil, projectRoot: d.path + "/elsewhere", environment: ["PATH": env["PATH"]!])
        #expect(last?.path == onPath && last?.source == "python3 on PATH")
        #expect(PythonEnvironment.locate(explicit: nil, projectRoot: d.path + "/elsewhere", environment: ["PATH": "/nonexistent"]) == nil)
    }

    @Test func theStandardLibraryAndSitePackagesResolveAfterTheProject() throws {
        let d = TempDir()
        let python = Self.fakeInterpreter(d, at: "py/bin/python", stdlib: d.path + "/lib/python3.12",
                                          site: d.path + "/lib/python3.12/site-packages")
        d.write("lib/python3.12/json/__init__.py", "from .decoder import JSONDecoder\n")
        d.write("lib/python3.12/json/decoder.py", "class JSONDecoder: pass\n")
        d.write("lib/python3.12/os.py", "sep = '/'\n")
        d.write("lib/python3.12/string.py", "ascii_letters = ''\n")
        d.write("lib/python3.12/site-packages/requests/__init__.py", "def get(url, params={}): pass\n")
        d.write("proj/string.py", "SHADOW = 1\n") // the project comes first, as in sys.path
        d.write("proj/os.py", "SHADOW = 1\n")     // but a frozen module is found before any path entry
        d.write("proj/sys.py", "SHADOW = 1\n")    // and a builtin one is compiled in
        let env = try #require(PythonEnvironment.probe(interpreter: python, source: "--python"))
        #expect(env.version == "3.12")
        #expect(env.standardLibrary == [d.path + "/lib/python3.12"])
        #expect(env.sitePackages == [d.path + "/lib/python3.12/site-packages"])
        let model = ProjectModel(roots: [d.path + "/proj"], environment: env)
        #expect(model.module(named: "json.decoder")?.origin == .standardLibrary)
        #expect(model.module(named: "json")?.isPackage == true)
        #expect(model.module(named: "requests")?.origin == .environment)
        #expect(model.module(named: "string")?.path == d.path + "/proj/string.py")
        #expect(model.module(named: "os")?.path == d.path + "/lib/python3.12/os.py")
        #expect(model.module(named: "sys") == nil)
        // Nothing outside the project is read until asked for; the project's importers stay in the project.
        #expect(model.importers(of: "json").isEmpty)
        // A missing interpreter: imports of the library stay opaque, nothing fails.
        #expect(PythonEnvironment.probe(interpreter: d.path + "/nope", source: "--python") == nil)
        #expect(ProjectModel(roots: [d.path + "/proj"]).module(named: "json") == nil)
    }

    @Test func showSettingsNamesTheInterpreterAndItsDirectories() throws {
        let d = TempDir()
        let python = Self.fakeInterpreter(d, at: "py/bin/python", stdlib: "/opt/py/lib/python3.12", site: "/opt/py/lib/python3.12/site-packages")
        d.write("app/main.py", "x = 1\n")
        var options = LintOptions(paths: ["app/main.py"], workingDirectory: d.path)
        options.overrides.python = python
        let report = try Linter.settingsReport(options, environment: testEnvironment)
        #expect(report.contains("python = \"\(python)\"  # --python, Python 3.12"))
        #expect(report.contains("standard-library = [\"/opt/py/lib/python3.12\"]"))
        #expect(report.contains("site-packages = [\"/opt/py/lib/python3.12/site-packages\"]"))
        #expect(report.contains("src = [\"app\"]"))
        options.overrides.python = d.path + "/missing"
        let none = try Linter.settingsReport(options, environment: testEnvironment)
        #expect(none.contains("python = none  # --python names"))
        // The `python` setting, relative to its file.
        d.write("heaplint.toml", "python = \"py/bin/python\"\n")
        let configured = try Linter.settingsReport(LintOptions(paths: ["app/main.py"], workingDirectory: d.path), environment: testEnvironment)
        #expect(configured.contains("python = \"\(python)\"  # `python` in heaplint.toml, Python 3.12"))
    }

    // MARK: wiring and the dependency-aware cache

    /// A rule runner that reads `helper` through the file's provider (as a simulation importing it
    /// would), and reports a finding on each `BAD`, its message saying whether helper grows.
    final class Counting: @unchecked Sendable {
        let lock = NSLock()
        var runs: [String] = []
        var packages: [String: Bool] = [:]
        func record(_ name: String, isPackage: Bool) { lock.lock(); runs.append(name); packages[name] = isPackage; lock.unlock() }
    }

    static func readingEnvironment(_ counting: Counting, asks: @escaping (Module, ModuleProvider) -> String) -> LintEnvironment {
        LintEnvironment(knownCodes: testCodes, ruleRunner: { module, settings in
            counting.record(module.name, isPackage: settings.isPackage)
            guard let provider = settings.modules else { return [] }
            let answer = asks(module, provider)
            return fakeRules(module, settings).map { var f = $0; f.message = answer; return f }
        }, toolVersion: "deps")
    }

    @Test func editingAnImportedModuleRechecksItsImporterOnly() throws {
        let d = TempDir()
        d.write("main.py", "import helper\nx = BAD\n")
        d.write("helper.py", "def f(x=[]): return x\n")
        d.write("alone.py", "y = BAD\n")
        let counting = Counting()
        let env = Self.readingEnvironment(counting) { module, provider in
            guard module.name == "main" else { return "alone" }
            let helper = provider.module(named: "helper")
            return helper.map { String(decoding: $0.module.source.bytes, as: UTF8.self).contains("append") ? "helper grows" : "helper reads" } ?? "no helper"
        }
        func run() throws -> [String] {
            var options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 2)
            options.overrides.select = ["HL101"]
            return try Linter.run(options, environment: env).diagnostics.map { "\($0.filename) \($0.message)" }
        }
        #expect(try run() == ["alone.py alone", "main.py helper reads"])
        #expect(counting.runs.sorted() == ["alone", "helper", "main"])
        counting.runs = []
        #expect(try run() == ["alone.py alone", "main.py helper reads"]) // warm: nothing re-checked
        #expect(counting.runs.isEmpty)
        d.write("helper.py", "def f(x=[]):\n    x.append(1)\n")
        #expect(try run() == ["alone.py alone", "main.py helper grows"])
        #expect(counting.runs.sorted() == ["helper", "main"]) // the edited file and the file that read it
        counting.runs = []
        // A module that was missing and appears re-checks the file that asked for it.
        d.write("alone2.py", "import ghost\nz = BAD\n")
        let ghostEnv = Self.readingEnvironment(counting) { _, provider in provider.module(named: "ghost") == nil ? "no ghost" : "ghost" }
        func runGhost() throws -> [String] {
            var options = LintOptions(paths: ["alone2.py"], useCache: true, workingDirectory: d.path, jobs: 1)
            options.overrides.select = ["HL101"]
            return try Linter.run(options, environment: ghostEnv).diagnostics.map(\.message)
        }
        #expect(try runGhost() == ["no ghost"])
        #expect(try runGhost() == ["no ghost"])
        #expect(counting.runs == ["alone2"])
        d.write("ghost.py", "")
        #expect(try runGhost() == ["ghost"])
        #expect(counting.runs == ["alone2", "alone2"])
    }

    @Test func editingACallerRechecksTheCalleeThatAskedForItsImporters() throws {
        let d = TempDir()
        d.write("pkg/__init__.py", "")
        d.write("pkg/store.py", "def put(x, into=BAD): into.append(x)\n")
        d.write("pkg/api.py", "from .store import put\nput(1)\n")
        let counting = Counting()
        let env = Self.readingEnvironment(counting) { module, provider in
            guard String(decoding: module.source.bytes, as: UTF8.self).contains("BAD") else { return "" }
            return provider.importers(of: module.name).map { "\($0.name):\(String(decoding: $0.module.source.bytes, as: UTF8.self).contains("put(1, []") ? "passes" : "default")" }
                .joined(separator: ",")
        }
        func run() throws -> [String] {
            var options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 2)
            options.overrides.select = ["HL101"]
            return try Linter.run(options, environment: env).diagnostics.map { "\($0.filename) \($0.message)" }
        }
        #expect(try run() == ["pkg/store.py pkg.api:default"])
        #expect(counting.packages["pkg"] == true && counting.packages["pkg.store"] == false)
        counting.runs = []
        _ = try run()
        #expect(counting.runs.isEmpty)
        d.write("pkg/api.py", "from .store import put\nput(1, [])\n")
        #expect(try run() == ["pkg/store.py pkg.api:passes"])
        #expect(counting.runs.sorted() == ["pkg.api", "pkg.store"])
        // A new file changes who may import the module: the file that asked is re-checked.
        counting.runs = []
        d.write("pkg/cli.py", "from . import store\n")
        #expect(try run() == ["pkg/store.py pkg.api:passes,pkg.cli:default"])
        #expect(counting.runs.sorted() == ["pkg.cli", "pkg.store"])
    }
}
