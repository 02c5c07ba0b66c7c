@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Stop 51: a module's own `__getattr__` (PEP 562) and `__package__`, which plugin loaders use
/// (`import_module(".pytimer", __package__)` behind a lazy `perfkit.Timer`), and size bounds so
/// large that growth up to them is growth.
@Suite struct LazyModulesAndLargeBoundsTests {
    func load(_ main: String, _ modules: [ProvidedModule]) throws -> Interpreter {
        var options = SimulationOptions()
        options.modules = StaticModuleProvider(modules)
        let sim = ModuleSimulation(module: try TestSupport.lower(main, moduleName: "app"), options: options)
        let i = sim.makeInterpreter(.takeTrue)
        try i.loadModule()
        return i
    }

    static let lazy = """
    def __getattr__(name):
        if name == "LIMIT":
            return "forty-two"
        raise AttributeError(name)
    """

    /// `lazy.LIMIT` is what the module's `__getattr__` returns, not an unknown object.
    @Test func aModulesOwnGetattrAnswersForNamesItLacks() throws {
        let i = try load("import lazy\nVALUE = lazy.LIMIT\n", [try ImportTests.provided("lazy", Self.lazy)])
        let v = try #require(i.global("VALUE"))
        #expect(i.heap[v].constant == "forty-two")
    }

    /// The twin: without the hook the name is unknown (an opaque object, no constant).
    @Test func withoutAGetattrAMissingNameIsUnknown() throws {
        let i = try load("import lazy\nVALUE = lazy.LIMIT\n", [try ImportTests.provided("lazy", "OTHER = 1\n")])
        let v = try #require(i.global("VALUE"))
        #expect(i.heap[v].constant == nil)
    }

    /// `__package__` is the package a module's relative imports resolve against: the module's
    /// parent for a plain module, the package itself for an `__init__`.
    @Test func modulesKnowTheirPackage() throws {
        let i = try load("import kit.tools\nimport kit\nA = kit.tools.P\nB = kit.P\n", [
            try ImportTests.provided("kit", "P = __package__\n", isPackage: true),
            try ImportTests.provided("kit.tools", "P = __package__\n"),
        ])
        #expect(try i.heap[#require(i.global("A"))].constant == "kit")
        #expect(try i.heap[#require(i.global("B"))].constant == "kit")
    }

    /// A relative `import_module` with `__package__` loads the project's sibling module.
    @Test func importModuleRelativeToPackageLoadsTheSibling() throws {
        let i = try load("import kit.loader\nNAME = kit.loader.load().NAME\n", [
            try ImportTests.provided("kit", "", isPackage: true),
            try ImportTests.provided("kit.loader", "import importlib\ndef load():\n    return importlib.import_module('.csv_out', __package__)\n"),
            try ImportTests.provided("kit.csv_out", "NAME = 'csv'\n"),
        ])
        #expect(try i.heap[#require(i.global("NAME"))].constant == "csv")
    }

    func outcome(_ source: String) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source)
        let def = try #require(module.functions.first { $0.name == "keep" })
        return ModuleSimulation(module: module).defaultArgument(function: def, parameter: 1)
    }

    static func capped(_ cap: String) -> String {
        """
        import itertools
        _n = itertools.count()

        def keep(item, seen=[]):
            if len(seen) < \(cap):
                seen.append(item)

        def scenario():
            keep("job-%d" % next(_n))
        """
    }

    /// A cap of ten million items bounds nothing a program notices: confirmed, and the evidence
    /// says where the cap is.
    @Test func growthUpToAHugeCapIsGrowth() throws {
        let o = try outcome(Self.capped("10_000_000"))
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason))")
        #expect(o.evidence.scenario.window == .belowLargeBound(10_000_000))
    }

    /// A cap the run can pass (a hundred items): run past it, no growth there.
    @Test func aSmallCapIsRunPast() throws {
        let o = try outcome(Self.capped("100"))
        #expect(o.verdict == .refuted, "\(String(describing: o.reason))")
    }

    /// In between (five thousand items): too many to run past, too few to call a leak: unknown.
    @Test func aMiddleCapStaysUndecided() throws {
        let o = try outcome(Self.capped("5_000"))
        #expect(o.verdict == .unknown)
    }

    /// One caller that takes more than a quarter of the step bound in a call (a parser recursing on
    /// made-up input, a long computation) is stopped as incomplete, and the other callers run:
    /// growth through them is growth (the whole run stopped at the step bound before, unknown).
    /// Without growth, the function is run as an outside caller would, as when the step bound
    /// stops a caller before it gets to the function.
    @Test func aCallerOverItsStepShareLeavesTheOthersToDecide() throws {
        let source = """
        def crunch(n):
            total = 0
            for i in range(250):
                for j in range(250):
                    total += i * j + n
            return total

        def keep(item, log=[]):
            log.append(item)
            return len(log)

        def heavy(item):
            return crunch(item) + keep(item, [])

        def light(item):
            return keep(item)
        """
        let grows = try outcome(source)
        #expect(grows.verdict == .confirmed, "\(String(describing: grows.reason)) \(grows.evidence.assumptions)")
        let kept = try outcome(source.replacingOccurrences(of: "    log.append(item)\n", with: "    log.append(item)\n    log.remove(item)\n"))
        #expect(kept.verdict == .refuted, "\(String(describing: kept.reason)) \(kept.evidence.assumptions)")
    }
}
