@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// The read-only proof follows a constant default into functions of other project modules named
/// through an imported module (`np.iterable(p)`, re-exported by a package), through decorators
/// that give the function back as it is, and skips the branch an `isinstance` test of the
/// default's own type rules out.
@Suite struct ReadOnlyFollowingTests {
    func outcome(_ main: String, _ others: [ProvidedModule], function: String, parameter: String) throws -> SimulationOutcome {
        var options = SimulationOptions()
        let mainModule = try ImportTests.provided("app", main)
        options.modules = StaticModuleProvider([mainModule] + others)
        let sim = ModuleSimulation(module: mainModule.module, options: options)
        let def = try #require(sim.module.functions.first { $0.qualifiedName == function })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    static let util = """
    def set_module(module):
        \"\"\"Overrides __module__.\"\"\"
        def decorator(func):
            if module is not None:
                func.__module__ = module
            return func
        return decorator
    """
    static let impl = """
    from lib.util import set_module

    @set_module("lib")
    def iterable(y):
        try:
            iter(y)
        except TypeError:
            return False
        return True
    """
    static let package = """
    if False:
        pass
    else:
        from lib.impl import iterable
    """
    static let main = """
    import lib as np

    def integrate(c, k=[]):
        if not np.iterable(k):
            return 0
        return len(k) + c
    """

    func modules(util: String = util, impl: String = impl, package: String = package) throws -> [ProvidedModule] {
        [try ImportTests.provided("lib", package, isPackage: true), try ImportTests.provided("lib.impl", impl),
         try ImportTests.provided("lib.util", util)]
    }

    @Test func aFunctionReExportedByAPackageAndDecoratedAsItIsIsFollowed() throws {
        let read = try outcome(Self.main, try modules(), function: "integrate", parameter: "k")
        #expect(read.verdict == .refuted)
        #expect(read.evidence.scenario.drive == .onlyRead)
        // The callee keeps it, the decorator wraps it, or the package binds the name twice: no proof.
        let keeps = Self.impl.replacingOccurrences(of: "        iter(y)", with: "        _seen.append(y)")
        #expect(keeps != Self.impl)
        #expect(try outcome(Self.main, try modules(impl: keeps), function: "integrate", parameter: "k").evidence.scenario.drive != .onlyRead)
        let wraps = Self.util.replacingOccurrences(of: "        return func\n", with: "        return lambda *a: func(*a)\n")
        #expect(wraps != Self.util)
        #expect(try outcome(Self.main, try modules(util: wraps), function: "integrate", parameter: "k").evidence.scenario.drive != .onlyRead)
        let registers = Self.util.replacingOccurrences(of: "            func.__module__ = module", with: "            func = _registry.wrap(func)")
        #expect(registers != Self.util)
        #expect(try outcome(Self.main, try modules(util: registers), function: "integrate", parameter: "k").evidence.scenario.drive != .onlyRead)
        let twice = Self.package.replacingOccurrences(of: "    pass", with: "    from lib.other import iterable")
        #expect(twice != Self.package)
        #expect(try outcome(Self.main, try modules(package: twice), function: "integrate", parameter: "k").evidence.scenario.drive != .onlyRead)
    }

    @Test func anIsinstanceTestOfTheDefaultsOwnTypeRulesOutItsBranch() throws {
        let source = """
        def names(values=[]):
            if not isinstance(values, (list, tuple)):
                values = [values]
            return ", ".join(values)

        def tags(values=[]):
            if isinstance(values, str):
                values = values.split()
                _seen.append(values)
            return sorted(values)
        """
        for f in ["names", "tags"] {
            let read = try outcome(source, [], function: f, parameter: "values")
            #expect(read.verdict == .refuted, "\(f)")
            #expect(read.evidence.scenario.drive == .onlyRead, "\(f)")
        }
        // The branch the default's type takes is checked like any other code.
        let grows = source.replacingOccurrences(of: "    if isinstance(values, str):", with: "    if isinstance(values, list):")
        #expect(try outcome(grows, [], function: "tags", parameter: "values").evidence.scenario.drive != .onlyRead)
        // A type name the module binds is not the builtin.
        let shadowed = "str = list\n" + source
        #expect(try outcome(shadowed, [], function: "tags", parameter: "values").evidence.scenario.drive != .onlyRead)
    }

    /// `p is None` is false for the default, and an empty default stays empty while every use only
    /// reads it: `not p`, `p == {}` and `kw and p` are decided, and a decided branch that returns
    /// ends what the default can reach (tkinter's `if kw and cnf: cnf = _cnfmerge((cnf, kw))`).
    @Test func testsTheEmptyDefaultDecidesRuleOutTheirBranch() throws {
        let source = """
        def either(pos, kw):
            if pos is None or pos == {}:
                return kw
            return pos

        def chunk(chunks={}, **kw):
            chunks = either(chunks, kw)
            return len(chunks)

        def configure(cnf={}, **kw):
            if kw and cnf:
                cnf = merge((cnf, kw))
            elif kw:
                cnf = kw
            return [k for k in cnf]

        def first(items=[]):
            if not items:
                return None
            _seen.append(items)
            return items[0]
        """
        for f in ["chunk", "configure", "first"] {
            let read = try outcome(source, [], function: f, parameter: f == "chunk" ? "chunks" : (f == "configure" ? "cnf" : "items"))
            #expect(read.verdict == .refuted, "\(f)")
            #expect(read.evidence.scenario.drive == .onlyRead, "\(f)")
        }
        // Not empty, or not decided, or the branch does not leave: the code after it is checked.
        let full = source.replacingOccurrences(of: "def first(items=[]):", with: "def first(items=[0]):")
        #expect(full != source)
        #expect(try outcome(full, [], function: "first", parameter: "items").evidence.scenario.drive != .onlyRead)
        let stays = source.replacingOccurrences(of: "        return None\n", with: "        pass\n")
        #expect(stays != source)
        #expect(try outcome(stays, [], function: "first", parameter: "items").evidence.scenario.drive != .onlyRead)
        let either = source.replacingOccurrences(of: "    if pos is None or pos == {}:", with: "    if pos is None or pos == []:")
        #expect(try outcome(either, [], function: "chunk", parameter: "chunks").evidence.scenario.drive != .onlyRead)
        // The length of a list display of constants is known too: `len(p) > 1` is false for `["a"]`.
        let sized = """
        def pick(items=["a"]):
            if len(items) > 1:
                _seen.append(items)
            if items and len(items) == 1:
                return items[0]
            return None
        """
        #expect(try outcome(sized, [], function: "pick", parameter: "items").evidence.scenario.drive == .onlyRead)
        let two = sized.replacingOccurrences(of: "def pick(items=[\"a\"]):", with: "def pick(items=[\"a\", \"b\"]):")
        #expect(two != sized)
        #expect(try outcome(two, [], function: "pick", parameter: "items").evidence.scenario.drive != .onlyRead)
    }

    /// A base class named in a module with `from X import *` is that module's class when X cannot
    /// bind the name (its literal `__all__` lacks it, or without one, X binds no such public name).
    @Test func aStarImportThatCannotBindTheBaseLeavesItTheModulesClass() throws {
        let source = """
        from lib.constants import *

        class Image:
            def __init__(self, kind, cnf={}, **kw):
                if kw and cnf:
                    cnf = merge((cnf, kw))
                self.options = [k for k in cnf]

        class Photo(Image):
            def __init__(self, cnf={}, **kw):
                Image.__init__(self, "photo", cnf, **kw)
        """
        func constants(_ text: String) throws -> [ProvidedModule] {
            [try ImportTests.provided("lib", "", isPackage: true), try ImportTests.provided("lib.constants", text)]
        }
        let plain = try outcome(source, try constants("NO = 0\nYES = 1\n"), function: "Photo.__init__", parameter: "cnf")
        #expect(plain.evidence.scenario.drive == .onlyRead)
        let listed = try outcome(source, try constants("__all__ = ['NO']\nNO = 0\nImage = object\n"), function: "Photo.__init__", parameter: "cnf")
        #expect(listed.evidence.scenario.drive == .onlyRead)
        // The star import may bind `Image`, or cannot be read: not that class.
        let binds = try outcome(source, try constants("NO = 0\nImage = object\n"), function: "Photo.__init__", parameter: "cnf")
        #expect(binds.evidence.scenario.drive != .onlyRead)
        let unread = try outcome(source, [], function: "Photo.__init__", parameter: "cnf")
        #expect(unread.evidence.scenario.drive != .onlyRead)
    }

    /// In a loop that binds the name anew (`slp = new + slp`), a decided test still decides every
    /// pass where the name holds the default: once it holds something else it cannot get the
    /// default back, unless the function keeps the default on the instance.
    @Test func aDecidedTestInALoopThatRebindsTheNameStillDecides() throws {
        let source = """
        def strip(h, base, slp=[]):
            for i in range(len(base)):
                if base[i] == h:
                    if not slp:
                        return h, i
                    return h, i, slp
                if slp:
                    slp = [i] + slp
            return h, len(base)
        """
        let read = try outcome(source, [], function: "strip", parameter: "slp")
        #expect(read.verdict == .refuted)
        #expect(read.evidence.scenario.drive == .onlyRead)
        // A method that binds the name anew from a private attribute may get a kept default back.
        let method = """
        class Stripper:
            def __init__(self):
                self._slp = None

            def strip(self, h, base, slp=[]):
                for i in range(len(base)):
                    if base[i] == h:
                        if not slp:
                            return h, i
                        return h, i, slp
                    slp = self._slp
                return h, len(base)
        """
        #expect(try outcome(method, [], function: "Stripper.strip", parameter: "slp").evidence.scenario.drive != .onlyRead)
        // Without the guard the default itself is returned.
        let returned = source.replacingOccurrences(of: "            if not slp:\n                return h, i\n", with: "")
        #expect(returned != source)
        #expect(try outcome(returned, [], function: "strip", parameter: "slp").evidence.scenario.drive != .onlyRead)
    }
}
