import HeapSim
import PythonModel
import Testing
import TestSupport

/// Facts of `shared/cpython_facts.py` the corpus cannot show on this interpreter, or that are
/// easier to pin on a few lines.
@Suite struct ModelTests {
    func simulation(_ source: String, version: (Int, Int) = (3, 11)) throws -> ModuleSimulation {
        var options = SimulationOptions()
        options.targetVersion = version
        return ModuleSimulation(module: try TestSupport.lower(source), options: options)
    }

    static let finalizerCycle = """
    class Connection:
        def __init__(self):
            self.me = self
        def __del__(self):
            pass

    def probe():
        return Connection()
    """

    @Test func finalizerCycleIsCollectedSincePEP442() throws {
        let probe = try #require(try simulation(Self.finalizerCycle).probe())
        #expect(probe.survivesRefcount)
        #expect(!probe.survivesGC)
    }

    @Test func finalizerCycleIsUncollectableBefore34() throws {
        let probe = try #require(try simulation(Self.finalizerCycle, version: (3, 3)).probe())
        #expect(probe.survivesRefcount)
        #expect(probe.survivesGC, "before 3.4 a cycle with __del__ goes to gc.garbage")
    }

    @Test func cycleWithoutFinalizerIsCollectedOnEveryVersion() throws {
        let source = """
        class Node:
            def __init__(self):
                self.me = self

        def probe():
            return Node()
        """
        let probe = try #require(try simulation(source, version: (3, 3)).probe())
        #expect(probe.survivesRefcount)
        #expect(!probe.survivesGC)
    }

    @Test func plainObjectIsFreedByRefcounting() throws {
        let probe = try #require(try simulation("class A:\n    pass\n\ndef probe():\n    return A()\n").probe())
        #expect(!probe.survivesRefcount)
    }

    @Test func rebindingWithPlusDoesNotGrowTheDefault() throws {
        let source = "def add(x, acc=[]):\n    acc = acc + [x]\n    return acc\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .refuted)
    }

    @Test func appendGrowsTheDefaultWithARetentionPath() throws {
        let source = "def remember(item, seen=[]):\n    seen.append(item)\n"
        let module = try TestSupport.lower(source, moduleName: "app.cache")
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .confirmed)
        #expect(outcome.evidence.growth?.objects == 1)
        #expect(outcome.evidence.growth?.containers == ["list"])
        #expect(outcome.evidence.retentionPath.map(\.label) == ["module app.cache", "function remember", "__defaults__[0] (list)", "item (argument)"])
        #expect(outcome.evidence.graph?.hasPrefix("digraph") == true)
    }

    @Test func defaultPassedToUnknownCodeIsUnknownNeverRefuted() throws {
        let source = "import vendor\n\ndef send(msg, outbox=[]):\n    vendor.deliver(msg, outbox)\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .unknown)
        #expect(outcome.evidence.assumptions.contains { $0.contains("vendor.deliver") })
    }

    @Test func evictionOnSizeIsRunPastItsBound() throws {
        let source = """
        def lookup(key, cache={}):
            if key not in cache:
                if len(cache) >= 50:
                    cache.pop(next(iter(cache)))
                cache[key] = [key]
            return cache[key]
        """
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .refuted, "growth below the bound of 50 is not a leak")
    }

    @Test func sliceAssignmentReplacesTheItems() throws {
        let source = """
        def prune(now, window=[]):
            window.append(now)
            window[:] = window[-3:]
        """
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .refuted, "the window keeps its last 3 items")
    }

    @Test func unboundedLoopHitsABoundAndIsUnknown() throws {
        let source = "def spin(x, acc=[]):\n    while True:\n        acc.append(x)\n        acc.pop()\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .unknown)
    }

    @Test func sameInputSameVerdict() throws {
        let source = "import random\n\ndef f(x, acc=[]):\n    if random.random() > 0.5:\n        acc.append(x)\n"
        let module = try TestSupport.lower(source)
        let verdicts = (0..<5).map { _ in ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1).verdict }
        #expect(Set(verdicts).count == 1)
        #expect(verdicts[0] == .unknown, "growth on only one side of a condition the model cannot decide may or may not happen")
    }
}
