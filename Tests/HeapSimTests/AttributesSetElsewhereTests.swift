@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// An attribute some code sets somewhere, read from an instance that does not have it now: a
/// plain read gives a value the model does not know, but `getattr(obj, name, default)` may just as
/// well give the default back, and must not be decided as if it never could.
@Suite struct AttributesSetElsewhereTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    @Test func getattrWithADefaultOnANamespaceFilledBySetattrIsNotRefuted() throws {
        // argparse's shape: a Namespace set by setattr from keywords; the "extend" action reads the
        // list already there or the default, extends it and stores it back. CPython: the default
        // grows on every call (the namespace never had `include`).
        let o = try outcome("""
        class Namespace:
            def __init__(self, **kwargs):
                for name in kwargs:
                    setattr(self, name, kwargs[name])


        def extend_dest(namespace, dest, values, default=[]):
            items = getattr(namespace, dest, default)
            items.extend(values)
            setattr(namespace, dest, items)
            return items


        def main(n):
            ns = Namespace(verbose=False)
            extend_dest(ns, "include", [n])
            return ns
        """, function: "extend_dest", parameter: "default")
        #expect(o.verdict != .refuted)
    }

    @Test func getattrWithADefaultOnAnAttributeAnotherMethodSetsIsNotRefuted() throws {
        let o = try outcome("""
        class Options:
            def configure(self, **kw):
                self.include = kw.get("include")


        def extend_dest(namespace, values, default=[]):
            items = getattr(namespace, "include", default)
            items.extend(values)
            return items


        def main(n):
            extend_dest(Options(), [n])
        """, function: "extend_dest", parameter: "default")
        #expect(o.verdict != .refuted)
    }

    @Test func getattrOfAnAttributeTheInstanceHasIsStillDecided() throws {
        // Set in __init__: every instance has it, the default never comes back.
        let o = try outcome("""
        class Options:
            def __init__(self):
                self.include = []


        def extend_dest(namespace, values, default=[]):
            items = getattr(namespace, "include", default)
            items.extend(values)
            return items


        def main(n):
            extend_dest(Options(), [n])
        """, function: "extend_dest", parameter: "default")
        #expect(o.verdict == .refuted)
    }
}

extension AttributesSetElsewhereTests {
    @Test func anAttributeErrorHandlerAroundSuchAReadIsNotDead() throws {
        // The handler takes the default when the attribute is missing, as it is on a fresh Options.
        let o = try outcome("""
        class Options:
            def configure(self, **kw):
                self.include = kw.get("include")


        def extend_dest(namespace, values, default=[]):
            try:
                items = namespace.include
            except AttributeError:
                items = default
            items.extend(values)
            return items


        def main(n):
            extend_dest(Options(), [n])
        """, function: "extend_dest", parameter: "default")
        #expect(o.verdict != .refuted)
    }
}

extension AttributesSetElsewhereTests {
    @Test func getattrWithADefaultOnAnUnknownObjectIsNotRefuted() throws {
        // The namespace comes from code the model cannot see: it may lack `include`.
        let o = try outcome("""
        def extend_dest(namespace, dest, values, default=[]):
            items = getattr(namespace, dest, default)
            items.extend(values)
            setattr(namespace, dest, items)
            return items


        def scenario(make, n):
            namespace = make(verbose=False)
            extend_dest(namespace, "include", [n])
            return namespace
        """, function: "extend_dest", parameter: "default")
        #expect(o.verdict != .refuted)
    }
}
