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

    /// `sum` of known numbers is their total, so a test on it is decided: the counter's values
    /// make some calls post and some not, as in CPython (`sum([n, -n + n % 3]) != 0` for
    /// n = 0, 1, 2, …); a total of 0 every call never posts.
    @Test func aSumOfKnownNumbersDecidesATest() throws {
        let source = """
        import itertools

        _batches = itertools.count()

        def post(name, stack=[]):
            stack.append(name)
            return stack

        def scenario():
            n = next(_batches)
            postings = [("cash", n), ("revenue", -n + n % 3)]
            if sum(amount for _, amount in postings) != 0:
                post(n)
            return n
        """
        func verdict(_ text: String) throws -> Verdict {
            let module = try TestSupport.lower(text)
            let def = try #require(module.functions.first { $0.name == "post" })
            return ModuleSimulation(module: module).defaultArgument(function: def, parameter: 1).verdict
        }
        #expect(try verdict(source) == .confirmed)
        let balanced = source.replacingOccurrences(of: "-n + n % 3", with: "-n")
        #expect(balanced != source)
        // (The test is decided, false every call: `post` never runs there, which leaves it to
        // how outside callers call it, not to a way through an undecided test.)
        let module = try TestSupport.lower(balanced)
        let sim = ModuleSimulation(module: module)
        let def = try #require(module.functions.first { $0.name == "post" })
        let o = sim.defaultArgument(function: def, parameter: 1)
        #expect(o.reason != .growsOnlyOnSomePaths, "\(String(describing: o.reason))")
        let floats = source.replacingOccurrences(of: "(\"cash\", n)", with: "(\"cash\", n * 0.5)")
        #expect(floats != source)
        #expect(try verdict(floats) == .confirmed)
    }

    @Test func appendGrowsTheDefaultWithARetentionPath() throws {
        let source = "def remember(item, seen=[]):\n    seen.append(item)\n"
        let module = try TestSupport.lower(source, moduleName: "app.cache")
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .confirmed)
        #expect(outcome.evidence.growth?.objects == 1)
        #expect(outcome.evidence.growth?.containers == ["list"])
        let path = outcome.evidence.retentionPath
        #expect(path.map(\.link) == [.root("module app.cache"), .member("remember"), .edge("__defaults__[0]"), .item])
        #expect(path.map(\.object.typeName) == ["module", "function", "list", "argument"])
        #expect(path.map(\.object.kind) == [.module, .function, .container, .other])
        // The default was made by the `[]` of the def: its site names the module and the offset.
        #expect(path[2].object.site == SourceRef(module: "app.cache", offset: 24))
        #expect(outcome.evidence.growth?.per == .call)
        #expect(outcome.evidence.growth?.retention == .grows)
        #expect(outcome.evidence.graph == nil) // rendered only when asked (below)
    }

    @Test func retentionGraphIsRenderedOnlyWhenAsked() throws {
        let source = "def remember(item, seen=[]):\n    seen.append(item)\n"
        let module = try TestSupport.lower(source, moduleName: "app.cache")
        var options = SimulationOptions()
        options.renderGraphs = true
        let rendered = ModuleSimulation(module: module, options: options).defaultArgument(function: module.functions[0], parameter: 1)
        let plain = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        let graph = try #require(rendered.evidence.graph)
        #expect(graph.hasPrefix("digraph retained {") && graph.hasSuffix("}\n"))
        #expect(graph.contains("list"))
        #expect(plain.evidence.graph == nil)
        // Nothing else differs.
        var withoutGraph = rendered
        withoutGraph.evidence.graph = nil
        #expect(withoutGraph.verdict == plain.verdict)
        #expect(withoutGraph.evidence == plain.evidence)
    }

    @Test func defaultPassedToUnknownCodeIsUnknownNeverRefuted() throws {
        let source = "import vendor\n\ndef send(msg, outbox=[]):\n    vendor.deliver(msg, outbox)\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .unknown)
        #expect(outcome.evidence.assumptions.contains {
            if case .escaped(let into) = $0 { return into.contains("vendor.deliver") }
            return false
        })
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

    func verdict(_ source: String, function: Int = 0, parameter: Int = 1, options: SimulationOptions = .init()) throws -> Verdict {
        let module = try TestSupport.lower(source)
        return ModuleSimulation(module: module, options: options).defaultArgument(function: module.functions[function], parameter: parameter).verdict
    }

    @Test func generatorDefaultGrowsWhenItsCallerIterates() throws {
        #expect(try verdict("def gen(x, acc=[]):\n    while True:\n        acc.append(x)\n        yield acc\n") == .confirmed)
    }

    @Test func closureHandedOutGrowsTheDefault() throws {
        #expect(try verdict("def outer(y, acc=[]):\n    def inner(z):\n        acc.append(z)\n    return inner\n") == .confirmed)
    }

    @Test func selfRecursionIsNotAVisibleCaller() throws {
        #expect(try verdict("def rec(x, acc=[]):\n    if x:\n        rec(x - 1, acc)\n    acc.append(x)\n") == .confirmed)
    }

    @Test func decoratorFactoryWrapperGrowsTheSharedDefault() throws {
        let source = """
        def audited(action, trail=[]):
            def deco(fn):
                def wrapper(*args):
                    trail.append((action, args))
                    return fn(*args)
                return wrapper
            return deco

        @audited("refund")
        def refund(order):
            return order
        """
        #expect(try verdict(source) == .confirmed)
    }

    @Test func visibleCallersDecideTheArguments() throws {
        let source = """
        def tally(level, counts={"debug": 0, "info": 0}):
            counts[level] += 1

        def ingest(n):
            tally("debug" if n % 2 else "info")
        """
        #expect(try verdict(source) == .refuted, "only two fixed keys ever reach the dict")
    }

    @Test func aFilesSimulationBudgetBoundsItsCost() throws {
        let source = (0..<30).map { "def f\($0)(x, acc=[]):\n    acc.append(x)\n" }.joined(separator: "\n")
        let module = try TestSupport.lower(source)
        var options = SimulationOptions()
        options.bounds.maxWorkPerModule = 20_000
        let sim = ModuleSimulation(module: module, options: options)
        let verdicts = module.functions.map { sim.defaultArgument(function: $0, parameter: 1).verdict }
        #expect(verdicts.first == .confirmed)
        #expect(verdicts.last == .unknown, "past the budget, candidates are unknown, not dropped")
        #expect(verdicts.count == 30)
    }

    @Test func keysTakenModuloAreABoundedSet() throws {
        #expect(try verdict("def route(n, shards={}):\n    shards[n % 10] = n\n") == .refuted)
        #expect(try verdict("def mark(key, seen=set()):\n    seen.add(hash(key) % 97)\n") == .refuted)
    }

    @Test func periodicResetIsNotGrowth() throws {
        let source = """
        _calls = 0

        def queue(msg, batch=[]):
            global _calls
            _calls += 1
            batch.append(msg)
            if _calls % 20 == 0:
                batch.clear()
        """
        #expect(try verdict(source) == .refuted)
    }

    @Test func isinstanceOfKnownTypesIsDecided() throws {
        let source = """
        def collect(payload, found=[]):
            if isinstance(payload, dict):
                found.append(payload)

        def scenario():
            collect({"id": 1})
        """
        #expect(try verdict(source) == .confirmed)
    }

    @Test func isinstanceOfTypeOfNoneIsDecided() throws {
        func source(_ argument: String) -> String {
            """
            def collect(payload, found=[]):
                if isinstance(payload, (type(None), str)):
                    return
                found.append(payload)

            def scenario():
                collect(\(argument))
            """
        }
        #expect(try verdict(source("None")) == .refuted)
        #expect(try verdict(source("(1, 2)")) == .confirmed)
    }

    @Test func propertySetterRunsAndItsDefaultGrows() throws {
        let source = """
        class Product:
            def __init__(self):
                self._price = 0

            @property
            def price(self):
                return self._price

            @price.setter
            def price(self, value, _audit=[]):
                _audit.append(value)
                self._price = value

        def scenario():
            Product().price = 10
        """
        let module = try TestSupport.lower(source)
        let setter = try #require(module.functions.first { $0.name == "price" && $0.parameters.count == 3 })
        #expect(ModuleSimulation(module: module).defaultArgument(function: setter, parameter: 2).verdict == .confirmed)
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
