import HeapSim
import PythonModel
import Testing
import TestSupport

/// The scenario kinds other than repeated call, driven on small modules with no rule involved.
/// Where `../shared/cpython_facts.py` states the CPython behaviour, the test names the fact.
@Suite struct ScenarioKindTests {
    func simulation(_ source: String, target: (Int, Int) = (3, 11)) throws -> ModuleSimulation {
        var options = SimulationOptions()
        options.targetVersion = target
        return ModuleSimulation(module: try TestSupport.lower(source, moduleName: "app"), options: options)
    }

    func links(_ steps: [RetentionStep]) -> [RetentionLink] { steps.map(\.link) }

    // MARK: - Repeated call

    @Test func repeatedCallIntoAModuleDictGrowsPerCall() throws {
        let o = try simulation("""
        seen = {}
        def remember(key):
            seen[key] = [key]
        """).repeatedCall(function: "remember")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.per == .call)
        #expect(o.evidence.growth?.items == 1)
        #expect(Array(links(o.evidence.retentionPath).prefix(2)) == [.root("module app"), .member("seen")])
    }

    @Test func repeatedCallThatKeepsNothingIsRefuted() throws {
        let o = try simulation("""
        def total(xs):
            acc = []
            acc.append(xs)
            return len(acc)
        """).repeatedCall(function: "total")
        #expect(o.verdict == .refuted)
    }

    /// HL101's scenario follows the visible callers; the description says so as values.
    @Test func defaultArgumentScenarioIsDescribedStructurally() throws {
        let module = try TestSupport.lower("""
        def add(x, acc=[]):
            acc.append(x)
        def main(y):
            add(y)
        """, moduleName: "app")
        let o = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(o.verdict == .confirmed)
        let d = o.evidence.scenario
        #expect(d.kind == .repeatedCall)
        #expect(d.target == "add")
        #expect(d.parameter == "acc")
        #expect(d.drive == .callers(["main"], targetRunsAtImport: false))
        #expect(d.collector == false)
    }

    /// The budget of a file spent before a candidate starts: not simulated, a file-wide limit.
    @Test func spentBudgetIsAStructuredLimit() throws {
        var options = SimulationOptions()
        options.bounds.maxWorkPerModule = 0
        let module = try TestSupport.lower("def f(x, acc=[]):\n    acc.append(x)\n")
        let o = ModuleSimulation(module: module, options: options).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(o.verdict == .unknown)
        #expect(o.evidence.scenario.drive == .notSimulated)
        #expect(o.limits == [.budgetSpent(beforeStart: true)])
        #expect(o.reason == .assumption(.stopped(.limit(.budgetSpent(beforeStart: true)))))
    }

    // MARK: - Instance lifecycle

    @Test func plainInstanceIsFreedByReferenceCounting() throws {
        let sim = try simulation("class C:\n    def __init__(self, x):\n        self.x = x\n")
        let o = sim.instanceLifecycle(className: "C")
        #expect(o.verdict == .refuted)
        #expect(o.survivorsWithoutCollector == 0)
        #expect(o.survivorsWithCollector == 0)
        #expect(o.evidence.scenario.kind == .instanceLifecycle)
    }

    /// Fact: "A bound method stored on self makes a cycle: the instance survives refcounting".
    @Test func boundMethodOnSelfSurvivesRefcountingOnly() throws {
        let sim = try simulation("""
        class C:
            def __init__(self):
                self.cb = self.handle
            def handle(self):
                pass
        """)
        let o = sim.instanceLifecycle(className: "C")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .freedOnlyByCollector)
        #expect(o.evidence.growth?.per == .instance)
        #expect((o.survivorsWithoutCollector ?? 0) >= 1)
        #expect(o.survivorsWithCollector == 0)
        // The cycle: the instance → its bound method → `__self__` → the instance.
        #expect(o.cycle.first?.object.typeName == "C")
        #expect(o.cycle.last?.object.typeName == "C")
        #expect(o.cycle.contains { $0.object.typeName == "method" })
        #expect(o.evidence.retentionPath.isEmpty, "nothing reachable holds it: only the cycle")
    }

    /// Fact: "Since 3.4 (PEP 442) a cycle whose objects define __del__ is collected; gc.garbage stays empty".
    @Test func finalizerInACycleIsCollectedSincePEP442() throws {
        let source = """
        class D:
            def __init__(self):
                self.me = self
            def __del__(self):
                pass
        """
        let o = try simulation(source).instanceLifecycle(className: "D")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .freedOnlyByCollector)
        #expect(o.survivorsWithCollector == 0)
        #expect(o.cycle.contains { $0.link == .edge("me") })

        // Before 3.4 the collector refuses it: it goes to gc.garbage, never freed.
        let old = try simulation(source, target: (3, 3)).instanceLifecycle(className: "D")
        #expect(old.verdict == .confirmed)
        #expect(old.evidence.growth?.retention == .neverFreed)
        #expect(old.evidence.retentionPath.first?.link == .root("gc.garbage"))
        #expect((old.survivorsWithCollector ?? 0) >= 1)
    }

    /// A cycle without a finalizer: only the collector frees it, on every version.
    @Test func plainCycleNeedsTheCollector() throws {
        let sim = try simulation("""
        class Node:
            def __init__(self):
                self.child = Child(self)
        class Child:
            def __init__(self, parent):
                self.parent = parent
        """)
        let o = sim.instanceLifecycle(className: "Node")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .freedOnlyByCollector)
        #expect(o.cycle.map(\.object.typeName).contains("Child"))
        let refcountOnly = sim.instanceLifecycle(className: "Node", collector: .refcountingOnly)
        #expect(refcountOnly.verdict == .confirmed)
        let collected = sim.instanceLifecycle(className: "Node", collector: .withCollector)
        #expect(collected.verdict == .refuted)
    }

    /// An instance that stores itself in a module-level list grows it: reachable, never freed.
    @Test func instanceKeptByAModuleListGrows() throws {
        let sim = try simulation("""
        instances = []
        class C:
            def __init__(self):
                instances.append(self)
        """)
        let o = sim.instanceLifecycle(className: "C")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .grows)
        #expect(o.evidence.growth?.objects == 1)
        #expect(links(o.evidence.retentionPath) == [.root("module app"), .member("instances"), .item])
        #expect(o.evidence.retentionPath.last?.object.typeName == "C")
        #expect(o.evidence.retentionPath.last?.object.kind == .instance)
    }

    /// Fact: "__del__ that stores self somewhere long-lived resurrects it; __del__ is not called again".
    @Test func finalizerThatResurrectsKeepsEveryInstance() throws {
        let sim = try simulation("""
        graveyard = []
        class R:
            def __del__(self):
                graveyard.append(self)
        """)
        let o = sim.instanceLifecycle(className: "R")
        #expect(o.verdict == .confirmed)
        #expect(links(o.evidence.retentionPath) == [.root("module app"), .member("graveyard"), .item])
    }

    @Test func missingClassIsUnknown() throws {
        let o = try simulation("x = 1\n").instanceLifecycle(className: "Nope")
        #expect(o.verdict == .unknown)
        #expect(o.evidence.assumptions == [.noEntry("Nope")])
    }

    /// Handing the instance to code heaplint cannot see: it may be kept there, so never refuted.
    @Test func instanceHandedToUnseenCodeIsUnknown() throws {
        let o = try simulation("""
        import vendor
        class C:
            def __init__(self):
                vendor.track(self)
        """).instanceLifecycle(className: "C")
        #expect(o.verdict == .unknown)
        #expect(o.evidence.assumptions.contains { if case .escaped = $0 { return true } else { return false } })
    }

    // MARK: - Registration

    @Test func listenerInAModuleRegistryKeepsItsOwner() throws {
        let sim = try simulation("""
        listeners = []
        class Owner:
            def __init__(self):
                self.payload = [1, 2, 3]
                listeners.append(self.on_event)
            def on_event(self, event):
                pass
        """)
        let o = sim.registration(ownerClass: "Owner")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.per == .registration)
        #expect(o.evidence.growth?.retention == .grows)
        // module → listeners → the bound method → `__self__` → the dropped owner.
        let path = o.evidence.retentionPath
        #expect(Array(links(path).prefix(3)) == [.root("module app"), .member("listeners"), .item])
        #expect(path.map(\.object.typeName).suffix(2) == ["method", "Owner"])
    }

    @Test func registrationByAMethodCall() throws {
        let sim = try simulation("""
        handlers = {}
        class Owner:
            def start(self, name):
                handlers[name] = self.handle
            def handle(self):
                pass
        """)
        let o = sim.registration(ownerClass: "Owner", register: "start")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.retentionPath.last?.object.typeName == "Owner")
        #expect(sim.registration(ownerClass: "Owner", register: "stop").verdict == .unknown)
    }

    /// Fact: "A WeakSet / WeakValueDictionary entry disappears as soon as its referent dies".
    @Test func weakRegistryDoesNotKeepTheOwner() throws {
        let sim = try simulation("""
        import weakref
        observers = weakref.WeakSet()
        class Owner:
            def __init__(self):
                observers.add(self)
        """)
        let o = sim.registration(ownerClass: "Owner")
        #expect(o.verdict == .refuted)
    }

    @Test func ownerThatNeverRegistersIsRefuted() throws {
        let o = try simulation("""
        class Owner:
            def __init__(self):
                self.cb = None
        """).registration(ownerClass: "Owner")
        #expect(o.verdict == .refuted)
    }

    // MARK: - Raise and catch

    /// Fact: "`except E as e:` unbinds e at the end of the handler" — so the frame ⇄ traceback
    /// cycle through `e` never forms, and nothing survives even reference counting.
    @Test func exceptAsUnbindsTheException() throws {
        let o = try simulation("""
        class Obj:
            pass
        def work():
            payload = Obj()
            try:
                raise ValueError("x")
            except ValueError as e:
                pass
        """).raiseAndCatch(function: "work")
        #expect(o.verdict == .refuted)
        #expect(o.survivorsWithoutCollector == 0)
    }

    /// The statements that can store a caught exception are the kind's store sites: one under a
    /// condition the model cannot decide makes the growth path-dependent (unknown, never refuted);
    /// one in a handler whose type never matches is dead on decided control flow (refuted, with
    /// the site listed as unreached).
    @Test func storesOfTheCaughtExceptionAreStoreSites() throws {
        let undecided = try simulation("""
        kept = []
        def work(flag):
            try:
                raise ValueError("x")
            except ValueError as e:
                if flag:
                    kept.append(e)
        """).raiseAndCatch(function: "work")
        #expect(undecided.verdict == .unknown)
        #expect(undecided.evidence.assumptions.contains(.growsOnlyOnSomePaths))

        let source = """
        kept = []
        def work():
            try:
                raise ValueError("x")
            except KeyError as e:
                kept.append(e)
            except ValueError:
                pass
        """
        let dead = try simulation(source).raiseAndCatch(function: "work")
        let site = try #require(source.utf8.firstRange(of: "kept.append(e)".utf8)).lowerBound
        let offset = source.utf8.distance(from: source.utf8.startIndex, to: site)
        #expect(dead.verdict == .refuted)
        #expect(dead.storeSites == [offset])
        #expect(dead.unreachedSites == [offset])
    }

    /// The contrast: binding the exception to another local keeps the frame ⇄ traceback cycle
    /// that the unbinding of `e` avoids, so the frame (and `payload`) wait for the collector.
    @Test func exceptionCopiedToALocalMakesAFrameCycle() throws {
        let o = try simulation("""
        class Obj:
            pass
        def work():
            payload = Obj()
            try:
                raise ValueError("x")
            except ValueError as e:
                err = e
        """).raiseAndCatch(function: "work")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .freedOnlyByCollector)
        #expect(o.survivorsWithCollector == 0)
    }

    /// Fact: "A stored exception keeps its traceback, its frames, and their locals alive".
    @Test func storedExceptionKeepsFramesAndLocals() throws {
        let sim = try simulation("""
        kept = []
        class Obj:
            pass
        def work():
            payload = Obj()
            try:
                raise RuntimeError("x")
            except RuntimeError as exc:
                kept.append(exc)
        """)
        let o = sim.raiseAndCatch(function: "work")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.per == .raise)
        #expect(o.evidence.growth?.retention == .grows)
        let kinds = o.evidence.growth?.kinds ?? [:]
        #expect(kinds["RuntimeError"] == 1)
        #expect(kinds["traceback"] != nil)
        #expect(kinds["frame"] != nil)
        #expect(kinds["Obj"] == 1, "the frame's local `payload` stays alive")
    }

    /// The same, with the exception escaping the function and the scenario keeping it.
    @Test func exceptionKeptByTheCallerKeepsTheRaisingFrame() throws {
        let source = """
        class Obj:
            pass
        def work():
            payload = Obj()
            raise RuntimeError("x")
        """
        let kept = try simulation(source).raiseAndCatch(function: "work", keepException: true)
        #expect(kept.verdict == .confirmed)
        #expect(kept.evidence.retentionPath.first?.link == .root("scenario's kept exceptions"))
        #expect(kept.evidence.growth?.kinds["Obj"] == 1)
        let dropped = try simulation(source).raiseAndCatch(function: "work", keepException: false)
        #expect(dropped.verdict == .refuted)
    }

    /// Fact: "exc_info kept in a local of the catching frame forms a cycle (frame -> tuple ->
    /// traceback -> frame): freed only by the collector".
    @Test func excInfoInALocalIsFreedOnlyByTheCollector() throws {
        let o = try simulation("""
        import sys
        class Obj:
            pass
        def work():
            payload = Obj()
            try:
                raise RuntimeError
            except RuntimeError:
                info = sys.exc_info()
        """).raiseAndCatch(function: "work")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.retention == .freedOnlyByCollector)
        #expect(o.survivorsWithCollector == 0)
        #expect(o.cycle.contains { $0.object.kind == .frame })
        #expect(o.cycle.contains { $0.object.kind == .traceback })
    }

    // MARK: - Resource scope

    @Test func withClosesTheResource() throws {
        let o = try simulation("""
        def read(path):
            with open(path) as f:
                return f.read()
        """).resourceScope(function: "read")
        #expect(o.verdict == .refuted)
        #expect(o.evidence.scenario.kind == .resourceScope)
    }

    /// Fact: "On CPython a file object dropped without close() is closed at once by refcounting".
    @Test func droppedFileIsClosedByReferenceCounting() throws {
        let o = try simulation("""
        def read(path):
            return open(path).read()
        """).resourceScope(function: "read")
        #expect(o.verdict == .refuted)
    }

    @Test func fileKeptOpenInAModuleListGrowsPerScope() throws {
        let o = try simulation("""
        handles = []
        def read(path):
            f = open(path)
            handles.append(f)
            return f.read()
        """).resourceScope(function: "read")
        #expect(o.verdict == .confirmed)
        #expect(o.evidence.growth?.per == .scope)
        #expect(o.evidence.growth?.objects == 1)
        #expect(links(o.evidence.retentionPath) == [.root("module app"), .member("handles"), .item])
        #expect(o.evidence.retentionPath.last?.object.typeName == "TextIOWrapper")
    }

    @Test func fileClosedByWithButKeptIsNotAnOpenResource() throws {
        let o = try simulation("""
        handles = []
        def read(path):
            with open(path) as f:
                handles.append(f)
        """).resourceScope(function: "read")
        #expect(o.verdict == .refuted)
    }

    // MARK: - Evidence

    @Test func growthIsCountedInObjectsSlotsAndBytes() throws {
        let o = try simulation("""
        instances = []
        class C:
            def __init__(self):
                instances.append(self)
        """).instanceLifecycle(className: "C")
        let g = try #require(o.evidence.growth)
        #expect(g.amount(.objects) >= 1)
        #expect(g.amount(.slots) == 1)
        #expect(g.amount(.bytes) > 0)
    }
}
