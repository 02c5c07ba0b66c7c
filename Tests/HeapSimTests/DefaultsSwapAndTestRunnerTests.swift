@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h25 and m64 corpus rounds: a default swapped for a fresh object through
/// `fn.__kwdefaults__` / `fn.__defaults__` (later calls take the new one, as in CPython), and a
/// test class that the scenario hands to the loader after setting its class attributes.
@Suite struct DefaultsSwapAndTestRunnerTests {
    /// `application`: the module is an application's, as a tree without packaging metadata is
    /// on the command line (its functions have no outside callers).
    func outcome(_ source: String, function: String, parameter: String, application: Bool = false) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source, moduleName: "app")
        var options = SimulationOptions()
        if application {
            let me = ProvidedModule(name: "app", module: module, isPackage: false, path: "app.py", origin: .project)
            options.modules = StaticModuleProvider([me], distributed: false)
        }
        let sim = ModuleSimulation(module: module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function && $0.parameters.contains { $0.name == parameter } })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// A webhook receiver resets its seen-set per batch by giving `accept` a new keyword default
    /// (h25): the old set goes, so nothing accumulates. Putting the same set back keeps it.
    @Test func aKeywordDefaultSwappedForAFreshSetIsNotKept() throws {
        let source = """
        import itertools

        def accept(delivery_id, *, _seen=set()):
            if delivery_id in _seen:
                return False
            _seen.add(delivery_id)
            return True

        def receive_batch(ids):
            accepted = [i for i in ids if accept(i)]
            accept.__kwdefaults__ = RESET
            return accepted

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            return receive_batch([f"dlv-{n}", f"dlv-{n}", f"dlv-{n}-retry"])
        """
        let fresh = try outcome(source.replacingOccurrences(of: "RESET", with: "{\"_seen\": set()}"), function: "accept", parameter: "_seen")
        #expect(fresh.verdict == .refuted)
        let same = try outcome(source.replacingOccurrences(of: "RESET", with: "{\"_seen\": accept.__kwdefaults__[\"_seen\"]}"),
                               function: "accept", parameter: "_seen")
        #expect(same.verdict == .confirmed)
    }

    /// The positional form: `remember.__defaults__ = ([],)` after each batch drops the grown list;
    /// `(remember.__defaults__[0],)` keeps it.
    @Test func aPositionalDefaultSwappedForAFreshListIsNotKept() throws {
        let source = """
        import itertools

        def remember(x, acc=[]):
            acc.append(x)
            return len(acc)

        def batch(xs):
            for x in xs:
                remember(x)
            remember.__defaults__ = RESET

        _seq = itertools.count()

        def scenario():
            batch([next(_seq)])
        """
        #expect(try outcome(source.replacingOccurrences(of: "RESET", with: "([],)"), function: "remember", parameter: "acc").verdict == .refuted)
        #expect(try outcome(source.replacingOccurrences(of: "RESET", with: "(remember.__defaults__[0],)"),
                            function: "remember", parameter: "acc").verdict == .confirmed)
    }

    static let testModule = """
    import io
    import itertools
    import unittest

    REGIONS = ("eu", "us", "ap")

    def quota_for(region, table={}):
        table[region] = table.get(region, 0) + 1
        return table[region]

    class QuotaTests(unittest.TestCase):
        region = "eu"

        def test_counts(self):
            self.assertGreater(quota_for(self.region), 0)

    _ids = itertools.count()

    def scenario():
        n = next(_ids)
        SETTING
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(QuotaTests)
        return unittest.TextTestRunner(stream=io.StringIO()).run(suite).wasSuccessful()
    """

    /// The scenario sets a class attribute the tests read, then runs the suite (an application: no
    /// outside code calls `quota_for` with new regions). To a constant: the
    /// class is still only the runner's, and its tests run as the runner runs them (one region,
    /// bounded: refuted). To values it computes (`REGIONS[n % 3]`, three keys): bounded too, and
    /// never confirmed by standing in new values for the ones that code computes. To a new string
    /// each time: the tests would store a new key each call, so it is never refuted.
    @Test func classAttributesSetBeforeTheSuiteRuns() throws {
        let constant = try outcome(Self.testModule.replacingOccurrences(of: "SETTING", with: "QuotaTests.region = \"us\""),
                                   function: "quota_for", parameter: "table", application: true)
        #expect(constant.verdict == .refuted)
        let bounded = try outcome(Self.testModule.replacingOccurrences(of: "SETTING", with: "QuotaTests.region = REGIONS[n % 3]"),
                                  function: "quota_for", parameter: "table", application: true)
        #expect(bounded.verdict != .confirmed)
        let fresh = try outcome(Self.testModule.replacingOccurrences(of: "SETTING", with: "QuotaTests.region = f\"r{n}\""),
                                function: "quota_for", parameter: "table", application: true)
        #expect(fresh.verdict != .refuted)
    }

    /// Which uses of a test class leave it to the runner: loading it, reading or setting its class
    /// attributes to constants. Making instances, calling its methods, or setting attributes to
    /// computed values do not.
    @Test func runnerOnlyUsesOfATestClass() throws {
        func body(_ text: String) throws -> [Stmt] { try TestSupport.lower(text, moduleName: "m").body }
        let loads = "import unittest\nfrom t import C\ndef run():\n    C.verbose = True\n    print(C.name)\n    return unittest.defaultTestLoader.loadTestsFromTestCase(C)\n"
        #expect(TestClassUse(ofTestClass: "C", in: try body(loads)).runnerOnly)
        let viaModule = "import unittest\nimport t\ndef run(n):\n    t.C.level = 3\n    return unittest.makeSuite(t.C)\n"
        #expect(TestClassUse(ofTestClass: "C", in: try body(viaModule)).runnerOnly)
        #expect(!TestClassUse(ofTestClass: "C", in: try body("from t import C\ndef run():\n    return C('test_x')\n")).runnerOnly)
        #expect(!TestClassUse(ofTestClass: "C", in: try body("from t import C\ndef run():\n    C.setUpClass()\n")).runnerOnly)
        // Under an alias, as main.py imports it (m56).
        #expect(!TestClassUse(ofTestClass: "C", in: try body("from t import C as Events\ndef run(n):\n    Events.order_id = f'o{n}'\n")).runnerOnly)
        // A public module re-exporting it: its importers may use it any way.
        #expect(!TestClassUse(ofTestClass: "C", in: try body("from ._impl import C\n__all__ = ['C']\n")).runnerOnly)
        let computed = TestClassUse(ofTestClass: "C", in: try body("from t import C\ndef run(n):\n    C.order_id = f'o{n}'\n    C.level = 2\n"))
        #expect(!computed.runnerOnly)
        #expect(computed.setToData == ["order_id"])
    }

    /// The outcome for a default of module `name` of an application (no packaging metadata) made
    /// of it and `others`.
    func applicationOutcome(_ name: String, _ source: String, others: [(String, String)], function: String, parameter: String) throws -> SimulationOutcome {
        let me = try TestSupport.lower(source, moduleName: name)
        var options = SimulationOptions()
        options.modules = StaticModuleProvider([ProvidedModule(name: name, module: me, isPackage: false, path: name + ".py", origin: .project)]
                                                + (try others.map { try ImportTests.provided($0.0, $0.1) }), distributed: false)
        let sim = ModuleSimulation(module: me, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function })
        return sim.defaultArgument(function: def, parameter: try #require(def.parameters.firstIndex { $0.name == parameter }))
    }

    /// m65 shape: a memo keyed by the values its callers compute. Run with made-up arguments, the
    /// lookup is undecided and it grows only on some ways; the application's script, run from its
    /// entry point with its own values, decides it: new keys every run grow it.
    @Test func growthOnSomePathsIsDecidedByTheApplicationsEntries() throws {
        let ticks = """
        def format_tick(value, _labels={}):
            label = _labels.get(value)
            if label is None:
                label = str(value)
                _labels[value] = label
            return label

        class Axis:
            def __init__(self, lo):
                self.lo = lo

            def labels(self):
                return [format_tick(self.lo + i) for i in range(3)]
        """
        let main = """
        import itertools

        import ticks

        _runs = itertools.count()

        def scenario():
            n = next(_runs)
            return ticks.Axis(LOW).labels()
        """
        let fresh = try applicationOutcome("ticks", ticks, others: [("main", main.replacingOccurrences(of: "LOW", with: "n * 10"))],
                                           function: "format_tick", parameter: "_labels")
        #expect(fresh.verdict == .confirmed, "\(String(describing: fresh.reason)) \(fresh.evidence.assumptions)")
        // Two ranges only: the script's values repeat, and growth from its entries is all that counts.
        let bounded = try applicationOutcome("ticks", ticks, others: [("main", main.replacingOccurrences(of: "LOW", with: "n % 2"))],
                                             function: "format_tick", parameter: "_labels")
        #expect(bounded.verdict != .confirmed, "\(String(describing: bounded.reason))")
    }

    /// `unittest.getTestCaseNames(C, "test")` (and the default loader's): the sorted names of the
    /// class's test methods, which a suite is then made of (m64).
    @Test func testCaseNamesAreTheTestMethods() throws {
        let i = try ImportTests().load("""
        import unittest

        class T(unittest.TestCase):
            def test_b(self):
                pass

            def test_a(self):
                pass

            def helper(self):
                pass

        names = unittest.getTestCaseNames(T, "test")
        loaded = unittest.defaultTestLoader.getTestCaseNames(T)
        """, [])
        for global in ["names", "loaded"] {
            let list = try #require(i.global(global))
            guard case .list(let items) = i.heap[list].payload else { Issue.record("expected a list"); continue }
            #expect(items.map { i.heap[$0].constant } == ["test_a", "test_b"])
        }
    }

    /// m87 and m56 shapes: an application's script loads a test class, runs the suite on a
    /// `TestResult` and checks it. The suite runs the tests (setUp, test, tearDown per method); a
    /// run of it that reached every store and kept nothing refutes, and growth there confirms.
    /// Test cases compare equal by their type and test method's name, as `TestCase.__eq__` does.
    @Test func aSuiteTheApplicationRunsRunsItsTests() throws {
        let index = """
        class Index:
            def __init__(self, postings={}):
                self.postings = postings

            def add(self, doc, terms):
                for term in terms:
                    self.postings.setdefault(term, set()).add(doc)

            def remove(self, doc, terms):
                for term in terms:
                    docs = self.postings.get(term)
                    if docs is not None:
                        docs.discard(doc)
                        if not docs:
                            del self.postings[term]

        def register(test, started=set()):
            started.add(test)
            return len(started)
        """
        let tests = """
        import unittest

        import index

        class IndexTests(unittest.TestCase):
            doc = "doc-0"

            def setUp(self):
                self.index = index.Index()
                index.register(self)

            def test_add_then_remove(self):
                self.index.add(self.doc, ["a", self.doc])
                CLEANUP

            def test_empty(self):
                self.assertEqual(len(self.index.postings), 0)
        """
        let main = """
        import itertools
        import unittest

        import tests

        _runs = itertools.count()

        def scenario():
            n = next(_runs)
            tests.IndexTests.doc = f"doc-{n}"
            result = unittest.TestResult()
            unittest.defaultTestLoader.loadTestsFromTestCase(tests.IndexTests).run(result)
            return result.testsRun
        """
        func outcome(_ cleanup: String, _ function: String, _ parameter: String) throws -> SimulationOutcome {
            try applicationOutcome("index", index, others: [("tests", tests.replacingOccurrences(of: "CLEANUP", with: cleanup)), ("main", main)],
                                   function: function, parameter: parameter)
        }
        let removed = try outcome("self.index.remove(self.doc, [\"a\", self.doc])", "__init__", "postings")
        #expect(removed.verdict == .refuted, "\(String(describing: removed.reason)) \(removed.evidence.assumptions)")
        let kept = try outcome("pass", "__init__", "postings")
        #expect(kept.verdict == .confirmed, "\(String(describing: kept.reason)) \(kept.evidence.assumptions)")
        // Each run makes new test cases, equal to the last run's: the set of started tests holds
        // two. (With the postings kept, it holds what grows through them: `test.index.postings`.)
        let started = try outcome("self.index.remove(self.doc, [\"a\", self.doc])", "register", "started")
        #expect(started.verdict == .refuted, "\(String(describing: started.reason)) \(started.evidence.assumptions)")
    }

    /// m69 shape: only tests call the reader, with their own fixed data; the application's script
    /// loads the test module (`loadTestsFromModule`) and runs it. That run decides: nothing
    /// else in an application can call it.
    @Test func aFunctionOnlyTestsCallIsDecidedByTheScriptRunningThem() throws {
        let reader = """
        class Reader:
            def __init__(self, text, pending=[]):
                self.lines = text.splitlines()
                self.pending = pending

            def feed(self):
                for line in self.lines:
                    self.pending.append(line)
                RESET
                return len(self.lines)
        """
        let tests = """
        import unittest

        import reader

        class ReaderTests(unittest.TestCase):
            def test_two_lines(self):
                self.assertEqual(reader.Reader("a\\nb").feed(), 2)
        """
        let main = """
        import unittest

        import tests

        def scenario():
            suite = unittest.defaultTestLoader.loadTestsFromModule(tests)
            result = unittest.TestResult()
            suite.run(result)
            return result.testsRun
        """
        let cleared = try applicationOutcome("reader", reader.replacingOccurrences(of: "RESET", with: "self.pending.clear()"),
                                             others: [("tests", tests), ("main", main)], function: "__init__", parameter: "pending")
        #expect(cleared.verdict == .refuted, "\(String(describing: cleared.reason)) \(cleared.evidence.assumptions)")
        let kept = try applicationOutcome("reader", reader.replacingOccurrences(of: "RESET", with: "pass"),
                                          others: [("tests", tests), ("main", main)], function: "__init__", parameter: "pending")
        #expect(kept.verdict == .confirmed, "\(String(describing: kept.reason)) \(kept.evidence.assumptions)")
    }
}
