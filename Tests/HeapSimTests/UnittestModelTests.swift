@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// A `unittest.TestCase` subclass only the test runner uses is run as the runner runs it: each
/// test method on a new instance, between `setUp` and `tearDown`, then the cleanups. Shapes from
/// the h72 corpus round (measured in CPython).
@Suite struct UnittestModelTests {
    func verdict(_ source: String, function name: String, parameter: String) throws -> Verdict {
        try TestSupport.defaultVerdict(source, function: name, parameter: parameter)
    }

    /// `setUp` takes the default options; a test adds to what the default holds: it grows. When
    /// `setUp` passes its own dict, the default is never in play.
    @Test func aFixtureDefaultGrowsThroughTheTests() throws {
        let source = """
        import unittest

        class Renderer:
            def __init__(self, options):
                self.globals = options.setdefault("globals", {})

            def add_global(self, name, value):
                self.globals[name] = value

        class RendererTests(unittest.TestCase):
            def make_renderer(self, options={}):
                return Renderer(options)

            def setUp(self):
                self.renderer = self.make_renderer()

            def test_global(self):
                self.renderer.add_global(str(id(self)), "example.org")
                self.assertEqual(len(self.renderer.globals) > 0, True)
        """
        #expect(try verdict(source, function: "make_renderer", parameter: "options") == .confirmed)
        let passed = source.replacingOccurrences(of: "self.make_renderer()", with: "self.make_renderer({})")
        #expect(try verdict(passed, function: "make_renderer", parameter: "options") != .confirmed)
    }

    /// A registry filled per test and emptied by a cleanup registered with `addCleanup` stays
    /// bounded; without the cleanup it grows.
    @Test func cleanupsRunAfterEachTest() throws {
        let popped = """
        import unittest

        class Service:
            def close(self):
                pass

        class LocatorTests(unittest.TestCase):
            def register(self, name, service, registry={}):
                registry[name] = service
                self.addCleanup(service.close)
                self.addCleanup(registry.pop, name)
                return registry

            def test_lookup(self):
                name = "svc-%d" % id(self)
                registry = self.register(name, Service())
                self.assertIn(name, registry)
        """
        #expect(try verdict(popped, function: "register", parameter: "registry") == .refuted)
        let kept = popped.replacingOccurrences(of: "        self.addCleanup(registry.pop, name)\n", with: "")
        #expect(try verdict(kept, function: "register", parameter: "registry") == .confirmed)
    }

    /// Code that makes the test instance itself may set its attributes before `run()` (a fresh
    /// order id per run): the tests are not run as the runner would, and nothing is refuted.
    @Test func aTestClassMadeByOtherCodeIsNotRefuted() throws {
        let source = """
        import unittest

        class OrderTests(unittest.TestCase):
            order_id = "ord-0"

            def remember(self, resp, expected={}):
                return expected.setdefault(resp, len(expected))

            def test_order(self):
                self.remember(self.order_id)

        def smoke(n):
            case = OrderTests("test_order")
            case.order_id = "ord-%d" % n
            return case.run()
        """
        #expect(try verdict(source, function: "remember", parameter: "expected") != .refuted)
    }
}
