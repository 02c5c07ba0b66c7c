@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// A constant default kept on the instance (`self._opts = opts`) is refuted without a run only when
/// every use of that attribute name in the modules linked to its own by imports only reads it; and
/// code of another module that stores through the attribute keeps a scenario's refutation from
/// standing (issue 9, "refutation only when earned").
@Suite struct ReadOnlyAttributeTests {
    func simulation(_ main: String, name: String = "app", _ others: [(String, String)] = []) throws -> ModuleSimulation {
        var options = SimulationOptions()
        let mainModule = try ImportTests.provided(name, main)
        options.modules = StaticModuleProvider([mainModule] + (try others.map { try ImportTests.provided($0.0, $0.1) }))
        return ModuleSimulation(module: mainModule.module, options: options)
    }

    func outcome(_ main: String, _ others: [(String, String)] = [], function: String, parameter: String) throws -> SimulationOutcome {
        let sim = try simulation(main, others)
        let def = try #require(sim.module.functions.first { $0.qualifiedName == function })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    static let holder = """
    class Settings:
        def __init__(self, name, opts={}):
            self.name = name
            self._opts = opts

        def get(self, key, default=None):
            return self._opts.get(key, default)

        def keys(self):
            return sorted(self._opts)

        def has(self, key):
            return key in self._opts and len(self._opts) > 0
    """

    @Test func aDefaultKeptOnTheInstanceAndOnlyReadIsRefutedWithoutARun() throws {
        let read = try outcome(Self.holder, function: "Settings.__init__", parameter: "opts")
        #expect(read.verdict == .refuted)
        #expect(read.evidence.scenario.drive == .onlyRead)
        #expect(read.evidence.scenario.keptInAttributes == ["_opts"])
        // Each of these can reach the object some other way: not proved read-only.
        let variants = [
            ("        return key in self._opts", "        self._opts[key] = 1\n        return key in self._opts"),
            ("        return sorted(self._opts)", "        return self._opts"),
            ("        return sorted(self._opts)", "        return getattr(self, \"_opts\")"),
            ("        return sorted(self._opts)", "        return sorted(vars(self))"),
            ("class Settings:", "def poke(s):\n    s._opts.setdefault(\"k\", []).append(1)\n\nclass Settings:"),
            ("class Settings:", "class Settings(dict):"),
            ("class Settings:", "@_register\nclass Settings:"),
            ("    def keys(self):", "    def __setattr__(self, k, v):\n        object.__setattr__(self, k, v)\n\n    def keys(self):"),
            ("class Settings:", "class Other:\n    @property\n    def _opts(self):\n        return {}\n\nclass Settings:"),
        ]
        for (old, new) in variants {
            let changed = Self.holder.replacingOccurrences(of: old, with: new)
            #expect(changed != Self.holder)
            #expect(try outcome(changed, function: "Settings.__init__", parameter: "opts").evidence.scenario.drive != .onlyRead, "\(new)")
        }
    }

    /// Another class that appends to its own attribute of the same name does not matter; a mixin
    /// that a class of the project combines with the holder does (its method runs on the holder).
    @Test func anUnrelatedClassWithTheSameAttributeIsNotTheHoldersButAMixinIs() throws {
        let source = """
        class Menu:
            def __init__(self, items=[]):
                self._items = items

            def render(self):
                return ", ".join(self._items)

        class Basket:
            def __init__(self):
                self._items = []

            def add(self, item):
                self._items.append(item)
        """
        #expect(try outcome(source, function: "Menu.__init__", parameter: "items").evidence.scenario.drive == .onlyRead)
        // A public attribute: code outside the project may store through it (`menu.items.append`).
        let exposed = source.replacingOccurrences(of: "self._items = items", with: "self.items = items")
            .replacingOccurrences(of: "\", \".join(self._items)", with: "\", \".join(self.items)")
        #expect(exposed != source)
        #expect(try outcome(exposed, function: "Menu.__init__", parameter: "items").evidence.scenario.drive != .onlyRead)
        let combined = source + "\nclass Shop(Menu, Basket):\n    pass\n"
        let o = try outcome(combined, function: "Menu.__init__", parameter: "items")
        #expect(o.evidence.scenario.drive != .onlyRead)
        #expect(o.verdict != .refuted)
    }

    /// Kept by a base's `__init__` (through `super()` or an explicit `Base.__init__(self, …)`), or
    /// by the `__init__` of a class the function instantiates.
    @Test func storesThroughBaseConstructorsAndNewInstancesAreFollowed() throws {
        let source = """
        class Node:
            def __init__(self, name, tags):
                self.name = name
                self._tags = tags

            def matches(self, tag):
                return tag in self._tags

        class Panel(Node):
            def __init__(self, name, tags=[]):
                super().__init__(name, tags)

        class Folder(Node):
            def __init__(self, name, tags=[]):
                Node.__init__(self, name, tags)

        def build(name, tags=[]):
            return Node(name, tags)
        """
        for function in ["Panel.__init__", "Folder.__init__", "build"] {
            let o = try outcome(source, function: function, parameter: "tags")
            #expect(o.evidence.scenario.drive == .onlyRead, "\(function)")
            #expect(o.evidence.scenario.keptInAttributes == ["_tags"], "\(function)")
        }
        let grows = source.replacingOccurrences(of: "        return tag in self._tags", with: "        self._tags.append(tag)\n        return True")
        for function in ["Panel.__init__", "Folder.__init__", "build"] {
            #expect(try outcome(grows, function: function, parameter: "tags").evidence.scenario.drive != .onlyRead, "\(function)")
        }
    }

    @Test func unittestAssertionsOnlyCompareTheirArguments() throws {
        let source = """
        import unittest

        class OrderTests(unittest.TestCase):
            def check(self, value, expected={}):
                self.assertEqual(value, expected)
                self.assertIn("a", expected or {"a": 1})
        """
        #expect(try outcome(source, function: "OrderTests.check", parameter: "expected").evidence.scenario.drive == .onlyRead)
        let overridden = source + "\n    def assertEqual(self, a, b):\n        b[a] = 1\n"
        #expect(try outcome(overridden, function: "OrderTests.check", parameter: "expected").evidence.scenario.drive != .onlyRead)
        let mixin = source.replacingOccurrences(of: "(unittest.TestCase)", with: "")
        #expect(try outcome(mixin, function: "OrderTests.check", parameter: "expected").evidence.scenario.drive != .onlyRead)
    }

    /// `client._headers["X-Trace"] = span` in a module that was handed the instance: that module
    /// is linked to the holder's by imports (through `main`), and the scenario does not run it, so
    /// the verdict is not `refuted`. Not linked (nothing imports it), it is no code of this program.
    @Test func anotherModuleStoringThroughTheAttributeKeepsTheVerdictOpen() throws {
        let client = """
        class Client:
            def __init__(self, base, headers={}):
                self.base = base
                self._headers = headers

            def build(self, path):
                return {"url": self.base + path, "headers": dict(self._headers)}
        """
        let gateway = """
        def charge(client, span):
            client._headers["X-Span-" + span] = span
            return client.build("/charges")
        """
        // (`main` links the two; it makes clients, and code it hands them to may charge them.)
        let main = "import app\nimport gateway\n\ndef scenario(n):\n    return app.Client('h').build(str(n))\n"
        let linked = try outcome(client, [("gateway", gateway), ("main", main)], function: "Client.__init__", parameter: "headers")
        #expect(linked.verdict == .unknown, "\(String(describing: linked.reason)) \(linked.evidence.scenario) \(linked.evidence.assumptions)")
        #expect(linked.evidence.assumptions.contains { if case .foreignAttributeStoreNotReached(module: "gateway", _, attribute: "_headers") = $0 { return true } else { return false } })
        let alone = try outcome(client, [("gateway", gateway)], function: "Client.__init__", parameter: "headers")
        #expect(alone.verdict == .refuted)
        // When the program does charge its clients, the scenario runs it: growth.
        let charging = main.replacingOccurrences(of: "return app.Client('h').build(str(n))", with: "return gateway.charge(app.Client('h'), str(n))")
        #expect(try outcome(client, [("gateway", gateway), ("main", charging)], function: "Client.__init__", parameter: "headers").verdict == .confirmed)
        // A name computed from parts that can spell the attribute reaches it too.
        let tracked = client.replacingOccurrences(of: "self._headers = headers", with: "self.audit_log = headers")
            .replacingOccurrences(of: "dict(self._headers)", with: "list(self.audit_log)")
        let tracking = "def log(obj, channel, entry):\n    getattr(obj, f\"{channel}_log\").append(entry)\n"
        let main2 = "import app\nimport tracking\n"
        let computed = try outcome(tracked, [("tracking", tracking), ("main", main2)], function: "Client.__init__", parameter: "headers")
        #expect(computed.verdict != .refuted)
        #expect(computed.evidence.scenario.drive != .onlyRead)
    }

    /// `try: from PyQt5.QtCore import QAbstractItemModel` / `except ImportError: class
    /// QAbstractItemModel: …`: the name holds the library's class when the import works, so the
    /// stub is not the base.
    @Test func aClassTheModuleAlsoImportsIsNotTakenForTheBase() throws {
        let qt = """
        try:
            from PyQt5.QtCore import QAbstractItemModel
        except ImportError:
            class QAbstractItemModel:
                pass
        """
        let model = """
        import qt

        class Model(qt.QAbstractItemModel):
            def __init__(self, editable=[]):
                self._editable = editable

            def can_edit(self, column):
                return column in self._editable
        """
        #expect(try outcome(model, [("qt", qt)], function: "Model.__init__", parameter: "editable").evidence.scenario.drive != .onlyRead)
        let plain = qt.replacingOccurrences(of: "try:\n    from PyQt5.QtCore import QAbstractItemModel\nexcept ImportError:\n    class", with: "if True:\n    class")
        #expect(plain != qt)
        #expect(try outcome(model, [("qt", plain)], function: "Model.__init__", parameter: "editable").evidence.scenario.drive == .onlyRead)
    }
}
