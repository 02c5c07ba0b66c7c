@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by reading heaplint's verdicts on hold-out projects (astropy, numpy, kombu, pylint,
/// scapy), each reduced to a few lines; CPython's answer is in the comment.
@Suite struct HoldoutShapesTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    @Test func aDefaultHandedOutInsideAReturnedDictIsNotRefuted() throws {
        // kombu t/mocks.py: callers get the default back inside the message and may fill it.
        let o = try outcome("""
        class Channel:
            def prepare_message(self, body, headers=None, properties={}):
                return {"body": body, "headers": headers, "properties": properties}
        """, function: "prepare_message", parameter: "properties")
        #expect(o.verdict != .refuted)
        let pair = try outcome("""
        def pair(a, b=[]):
            return a, b
        """, function: "pair", parameter: "b")
        #expect(pair.verdict != .refuted)
    }

    @Test func extraPositionalArgumentsDoNotFillAParameterLeftToItsDefault() throws {
        // numpy f2py crackfortran.traverse: `*args` after `parents=[]`; a call that leaves
        // `parents` to its default passes no extra positional argument, and `visit` gets the default.
        let o = try outcome("""
        def traverse(obj, visit, parents=[], result=None, *args, **kwargs):
            new = visit(obj, parents, result, *args, **kwargs)
            return new
        """, function: "traverse", parameter: "parents")
        #expect(o.verdict != .refuted)
    }

    @Test func setattrWithANameTheModelDoesNotKnowIsNotRefuted() throws {
        // CPython: a new attribute on the shared instance for every new name.
        let o = try outcome("""
        class _Registry:
            pass


        def mark_seen(name, _seen=_Registry()):
            setattr(_seen, name, True)
            return getattr(_seen, name)
        """, function: "mark_seen", parameter: "_seen")
        #expect(o.verdict != .refuted)
    }

    @Test func aListSubclassCallingListInitDoesNotRecurse() throws {
        // scapy/config.py: `list.__init__(self)` is the base's initialiser; it made every finding of
        // a module importing it `unknown` (call depth bound) before.
        let o = try outcome("""
        class LayersList(list):
            def __init__(self):
                list.__init__(self)
                self.ldict = {}


        class Conf:
            layers = LayersList()


        def remember(pkt, _seen=[]):
            layers = LayersList()
            _seen.append(pkt)
            return len(_seen) + len(layers.ldict)
        """, function: "remember", parameter: "_seen")
        #expect(o.verdict == .confirmed)
    }

    @Test func aNestedFunctionAnUnknownDecoratorMayKeepIsNoGrowthOfItsDefault() throws {
        // astropy nddata/tests: each call of the test makes a new decorated function with a new
        // default, which is only returned. CPython: nothing grows.
        let o = try outcome("""
        from somewhere import support_nddata


        def check_default_identity(n):
            @support_nddata
            def func(data, meta={"a": 1}):
                return meta

            return n
        """, function: "func", parameter: "meta")
        #expect(o.verdict != .confirmed)
    }
}
