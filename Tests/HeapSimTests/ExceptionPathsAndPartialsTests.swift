@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h82–h83 and m61–m62 corpus rounds and on fontTools and nltk: a removal an
/// exception on bad data skips, a `functools.partial`'s keywords dict, `cls.mro()`, a dataclass
/// keeping the default under a field, test classes of another module run by the test runner,
/// registries of classes whose methods' defaults grow, and import-time values that stop early.
@Suite struct ExceptionPathsAndPartialsTests {
    func outcome(_ main: String, name: String = "app", _ modules: [ProvidedModule], function: String, parameter: String) throws -> SimulationOutcome {
        var options = SimulationOptions()
        let module = try TestSupport.lower(main, moduleName: name)
        let me = ProvidedModule(name: name, module: module, isPackage: false, path: name + ".py", origin: .project)
        options.modules = StaticModuleProvider([me] + modules, distributed: false)
        let sim = ModuleSimulation(module: module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// `lines.clear()` after `int(q)` of a row: a call given a bad row raises before the clear and
    /// keeps what it added (CPython: m61). Not refuted; in a `finally`, or after a `try` whose
    /// catch-all handler goes on, the clear always runs: refuted.
    @Test func aRemovalAfterCodeThatRaisesOnBadDataIsNotEarned() throws {
        let plain = """
        def export_rows(args, lines=[]):
            lines.append("sku,quantity")
            for raw in args:
                sku, q = raw.split(":")
                lines.append(f"{sku},{int(q)}")
            text = "\\n".join(lines)
            lines.clear()
            return text
        """
        let skipped = try outcome(plain, [], function: "export_rows", parameter: "lines")
        #expect(skipped.verdict == .unknown)
        #expect(skipped.evidence.assumptions.contains { if case .removalSkippedByException = $0 { return true } else { return false } })
        let guarded = """
        def export_rows(args, lines=[]):
            lines.append("sku,quantity")
            try:
                for raw in args:
                    sku, q = raw.split(":")
                    lines.append(f"{sku},{int(q)}")
                text = "\\n".join(lines)
            finally:
                lines.clear()
            return text
        """
        #expect(try TestSupport.defaultVerdict(guarded, function: "export_rows", parameter: "lines") == .refuted)
        let caught = """
        def export_rows(args, lines=[]):
            lines.append("sku,quantity")
            try:
                for raw in args:
                    sku, q = raw.split(":")
                    lines.append(f"{sku},{int(q)}")
            except Exception:
                pass
            text = "\\n".join(lines)
            lines.clear()
            return text
        """
        #expect(try TestSupport.defaultVerdict(caught, function: "export_rows", parameter: "lines") == .refuted)
    }

    /// `partial.keywords` is the partial's own dict: storing through it stores into the default it
    /// was given; a partial of a copy keeps the default out of reach (CPython: h83).
    @Test func aPartialsKeywordsAreItsOwnDict() throws {
        let source = """
        import functools

        def correct(text, *, table):
            return table.get(text, text)

        def make_corrector(table={"teh": "the"}):
            return functools.partial(correct, table=ARG)

        def learn(wrong, right):
            c = make_corrector()
            c.keywords["table"][wrong] = right
            return c(wrong)
        """
        #expect(try TestSupport.defaultVerdict(source.replacingOccurrences(of: "ARG", with: "table"),
                                               function: "make_corrector", parameter: "table") == .confirmed)
        #expect(try TestSupport.defaultVerdict(source.replacingOccurrences(of: "ARG", with: "dict(table)"),
                                               function: "make_corrector", parameter: "table") == .refuted)
    }

    /// `cls.mro()` is `type`'s method bound to the class (fontTools' `Visitor._visitorsFor`).
    @Test func aClassesMroMethodListsItsClasses() throws {
        let source = """
        class Visitor:
            _visitors = {}

            @classmethod
            def lookup(celf, thing, _default={}):
                typ = type(thing)
                for c in celf.mro():
                    vs = getattr(c, "_visitors", None)
                    if vs is None:
                        break
                    m = vs.get(typ, None)
                    if m is not None:
                        return m
                return _default

            def visit(self, obj):
                return self.lookup(obj).get("*")

        def walk(obj):
            return Visitor().visit(obj)
        """
        #expect(try TestSupport.defaultVerdict(source, function: "lookup", parameter: "_default") == .refuted)
    }

    /// A dataclass called with the default keeps it under the field's name: a function elsewhere
    /// in the module growing `user.tags` is a store site that must run before a refutation.
    @Test func aDataclassFieldKeepsTheDefault() throws {
        let source = """
        from dataclasses import dataclass

        @dataclass
        class User:
            name: str
            tags: list

        def make_user(name, tags=[]):
            return User(name=name, tags=tags)

        def record_login(user, source):
            USE

        class Login:
            def setUp(self):
                self.user = make_user("x")

            def test_login(self):
                record_login(self.user, "y")
        """
        let grows = try outcome(source.replacingOccurrences(of: "USE", with: "user.tags += [source]"), [],
                                function: "make_user", parameter: "tags")
        #expect(grows.verdict != .refuted)
        #expect(try TestSupport.defaultVerdict(source.replacingOccurrences(of: "USE", with: "return source in user.tags"),
                                               function: "make_user", parameter: "tags") == .refuted)
    }

    /// A test class of another module calling the factory in `setUp` is run as the test runner
    /// runs it: the test that grows what `setUp` kept on `self` runs too (CPython: m62).
    @Test func aTestClassOfAnotherModuleRunsItsTests() throws {
        let factory = """
        class User:
            def __init__(self, name, tags):
                self.name = name
                self.tags = tags

        def make_user(name, tags=[]):
            return User(name, tags)
        """
        let tests = """
        import unittest
        import app

        class LoginTests(unittest.TestCase):
            def setUp(self):
                self.user = app.make_user("alice")

            def test_login(self):
                USE
        """
        let grows = try outcome(factory, [try ImportTests.provided("test_login", tests.replacingOccurrences(of: "USE", with: "self.user.tags += [\"login\"]"))],
                                function: "make_user", parameter: "tags")
        #expect(grows.verdict == .confirmed)
        let reads = try outcome(factory, [try ImportTests.provided("test_login", tests.replacingOccurrences(of: "USE", with: "self.assertEqual(self.user.tags, [])"))],
                                function: "make_user", parameter: "tags")
        #expect(reads.verdict != .confirmed)
        // Tests that call a cache with their own fixed data do not show that callers passing new
        // values leave it bounded (pydoc's `synopsis(filename, cache={})`, called by its tests).
        let cache = """
        def synopsis(filename, cache={}):
            if filename not in cache:
                cache[filename] = filename.upper()
            return cache[filename]
        """
        let fixed = """
        import unittest
        import app

        class SynopsisTests(unittest.TestCase):
            def test_synopsis(self):
                self.assertEqual(app.synopsis("a.py"), "A.PY")
        """
        let tested = try outcome(cache, [try ImportTests.provided("test_app", fixed)], function: "synopsis", parameter: "cache")
        #expect(tested.verdict != .refuted)
    }

    /// A registry holding classes does not grow when a method of one of them grows its own
    /// default: that is the other default's growth (CPython: m61).
    @Test func aRegistryOfClassesDoesNotGrowWithTheirDefaults() throws {
        let source = """
        def register(name, fn, table={}):
            table[name] = fn
            return table

        class Command:
            def __init__(self, argv, targets=[]):
                self.targets = targets
                for arg in argv:
                    self.targets += [arg]

        REGISTRY = register("install", Command)

        def run(argv):
            name, *rest = argv
            return REGISTRY[name](rest).targets
        """
        #expect(try TestSupport.defaultVerdict(source, function: "register", parameter: "table") != .confirmed)
        #expect(try TestSupport.defaultVerdict(source, function: "__init__", parameter: "targets") != .refuted)
    }

    /// A top-level statement stopped by a bound (a loop over a big range) leaves the strings and
    /// frozensets it read as they were: nothing changes them in place (nltk's `termsec`).
    @Test func anImportTimeStopLeavesImmutableGlobalsKnown() throws {
        let source = """
        _A = frozenset("ab")
        _ALL = _A | {"x", "y"}

        def _dangerous():
            cps = {ord(c) for c in _ALL}
            cps.update(range(0xE0000, 0xE1000))
            return frozenset(chr(cp) for cp in cps)

        _DANGEROUS = _dangerous()

        def clean(text):
            return not any(c in _ALL for c in text)

        def run(args, seen=[]):
            if clean(str(args)):
                return [a for a in args if a not in seen]
            return []
        """
        #expect(try TestSupport.defaultVerdict(source, function: "run", parameter: "seen") == .refuted)
    }

    /// `contextlib.suppress(KeyError)` swallows a KeyError raised in its block: a pop after the
    /// block runs; one inside it is skipped (CPython: h84).
    @Test func suppressSwallowsWhatItNames() throws {
        let source = """
        import contextlib

        BUILTIN = {"theme": "light"}

        def resolve(key, _resolving=[]):
            _resolving.append(key)
            value = None
            with contextlib.suppress(KeyError):
                value = BUILTIN[key]
                INSIDE
            AFTER
            return value
        """
        let after = source.replacingOccurrences(of: "INSIDE", with: "pass").replacingOccurrences(of: "AFTER", with: "_resolving.pop()")
        #expect(try TestSupport.defaultVerdict(after, function: "resolve", parameter: "_resolving") == .refuted)
        let inside = source.replacingOccurrences(of: "INSIDE", with: "_resolving.pop()").replacingOccurrences(of: "AFTER", with: "pass")
        #expect(try TestSupport.defaultVerdict(inside, function: "resolve", parameter: "_resolving") == .confirmed)
    }
}
