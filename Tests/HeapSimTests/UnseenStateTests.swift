@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h126–h129 and m99 corpus rounds and by the param sdist: keys handed back by
/// code the model cannot see, a `defaultdict` filled by reading it, a list of unknown length
/// unpacked with a star, flag enumerations, `TYPE_CHECKING`, generator functions
/// tested with `inspect`, and a method run on an instance whose other methods fill its state.
/// Each test is a pair that must come out differently.
@Suite struct UnseenStateTests {
    func outcome(_ files: [String: String], module name: String = "app", function: String, parameter: String) throws -> SimulationOutcome {
        var provided: [ProvidedModule] = []
        for (path, source) in files.sorted(by: { $0.key < $1.key }) {
            let isPackage = path.hasSuffix("/__init__.py")
            let moduleName = path.replacingOccurrences(of: "/__init__.py", with: "").replacingOccurrences(of: ".py", with: "")
                .replacingOccurrences(of: "/", with: ".")
            provided.append(ProvidedModule(name: moduleName, module: try TestSupport.lower(source, moduleName: moduleName),
                                           isPackage: isPackage, path: path, origin: .project))
        }
        let me = try #require(provided.first { $0.name == name })
        var options = SimulationOptions()
        options.modules = StaticModuleProvider(provided, distributed: false)
        let sim = ModuleSimulation(module: me.module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function && $0.parameters.contains { $0.name == parameter } })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try outcome(["app.py": source], function: function, parameter: parameter)
    }

    /// `memo[lib.name(record)]` of a constant record: a new object in the model, but the library
    /// may hand back an equal name every call (h129: a false confirmation). Given the call's
    /// fresh data, the name may be new each call and the growth stands.
    @Test func keysFromUnseenCodeOfConstantsMayRepeat() throws {
        let source = """
        import itertools
        import mylib
        _ids = itertools.count()

        def remember(record, memo={}):
            memo[mylib.name(record)] = record

        def scenario():
            n = next(_ids)
            remember(ARG)
        """
        let constant = try outcome(source.replacingOccurrences(of: "ARG", with: "\"order\""), function: "remember", parameter: "memo")
        #expect(constant.verdict == .unknown)
        let fresh = try outcome(source.replacingOccurrences(of: "ARG", with: "f\"order-{n}\""), function: "remember", parameter: "memo")
        #expect(fresh.verdict == .confirmed)
    }

    /// `fields[name].append(value)` on a `defaultdict` stores a key into the default itself: not
    /// a statement that can only reach what an empty default holds (h128: a wrong refutation).
    /// `raw.split("\r\n")` star-unpacked keeps a list of unknown length for the loop.
    @Test func defaultdictFilledByReadingIsNotDeadWhileEmpty() throws {
        let source = """
        import collections
        import itertools
        _ids = itertools.count()

        def parse_head(raw, fields=FACTORY):
            request_line, *lines = raw.split("\\r\\n")
            for line in lines:
                if not line:
                    break
                name, _, value = line.partition(":")
                fields[name.strip().lower()].append(value.strip())
            return {k: ", ".join(v) for k, v in fields.items()}

        def scenario():
            n = next(_ids)
            return parse_head(f"GET /o/{n} HTTP/1.1\\r\\nX-Id: {n}\\r\\n\\r\\n")
        """
        let filled = try outcome(source.replacingOccurrences(of: "FACTORY", with: "collections.defaultdict(list)"), function: "parse_head", parameter: "fields")
        #expect(filled.verdict != .refuted)
        let plain = try outcome(source.replacingOccurrences(of: "FACTORY", with: "{}").replacingOccurrences(of: "fields[name.strip().lower()].append(value.strip())", with: "pass"),
                                function: "parse_head", parameter: "fields")
        #expect(plain.verdict == .refuted)
    }

    /// A `Flag` has a member for every combination of its members' values (`Scope(0)` is one):
    /// a value with other bits is a ValueError (h129: every call raised before its store, a
    /// wrong refutation).
    @Test func flagEnumerationsAcceptCombinations() throws {
        let source = """
        import enum
        import itertools
        _ids = itertools.count()

        class Scope(enum.Flag):
            READ = 1
            WRITE = 2

        def parse(raw, cache={}):
            try:
                Scope(VALUE)
            except ValueError:
                return None
            cache[raw] = raw

        def scenario():
            parse(f"repo:{next(_ids)}")
        """
        let combined = try outcome(source.replacingOccurrences(of: "VALUE", with: "3"), function: "parse", parameter: "cache")
        #expect(combined.verdict == .confirmed)
        let outside = try outcome(source.replacingOccurrences(of: "VALUE", with: "4"), function: "parse", parameter: "cache")
        #expect(outside.verdict == .refuted)
    }

    /// `if TYPE_CHECKING:` is False at run time (param: a block importing a module that imports
    /// this one back was run, and the import cycle stopped the module before its later names).
    @Test func typeCheckingIsFalseAtRunTime() throws {
        let source = """
        import itertools
        import typing as t
        _ids = itertools.count()

        def grow(x, acc=[]):
            if CONDITION:
                return None
            acc.append(x)

        def scenario():
            grow(next(_ids))
        """
        #expect(try outcome(source.replacingOccurrences(of: "CONDITION", with: "t.TYPE_CHECKING"), function: "grow", parameter: "acc").verdict == .confirmed)
        #expect(try outcome(source.replacingOccurrences(of: "CONDITION", with: "not t.TYPE_CHECKING"), function: "grow", parameter: "acc").verdict == .refuted)
    }

    /// `inspect.isgeneratorfunction(f)` of a `def` the model made is decided by its body.
    @Test func generatorFunctionTestsAreDecided() throws {
        let source = """
        import inspect
        import itertools
        _ids = itertools.count()

        def producer():
            YIELD

        def record(x, seen=[]):
            if inspect.isgeneratorfunction(producer):
                seen.append(x)

        def scenario():
            record(next(_ids))
        """
        #expect(try outcome(source.replacingOccurrences(of: "YIELD", with: "yield 1"), function: "record", parameter: "seen").verdict == .confirmed)
        #expect(try outcome(source.replacingOccurrences(of: "YIELD", with: "return 1"), function: "record", parameter: "seen").verdict == .refuted)
    }

    /// A method run as outside code would, on an instance whose other methods fill what it reads
    /// (`Bus.publish` reads the receivers `subscribe` adds): those receivers may raise, so a
    /// removal after calling them outside a `finally` does not earn a refutation (m99: a wrong
    /// refutation, the fresh bus had no receivers). In a `finally`, it does.
    @Test func stateFilledByOtherMethodsIsNotEmptyForOutsideCallers() throws {
        let files = [
            "bus.py": """
            from delivery import deliver

            class Bus:
                def __init__(self):
                    self._topics = {}

                def subscribe(self, topic, receiver):
                    self._topics.setdefault(topic, []).append(receiver)

                def publish(self, topic, payload):
                    return deliver(topic, self._topics.get(topic, ()), payload)
            """,
            "delivery.py": """
            def deliver(topic, receivers, payload, _inflight={}):
                key = (topic, id(payload))
                _inflight[key] = payload
                BODY
            """,
        ]
        let plain = """
        results = [receiver(payload) for receiver in receivers]
            del _inflight[key]
            return results
        """
        let guarded = """
        try:
                return [receiver(payload) for receiver in receivers]
            finally:
                del _inflight[key]
        """
        var leaky = files
        leaky["delivery.py"] = files["delivery.py"]!.replacingOccurrences(of: "BODY", with: plain)
        #expect(try outcome(leaky, module: "delivery", function: "deliver", parameter: "_inflight").verdict == .unknown)
        var safe = files
        safe["delivery.py"] = files["delivery.py"]!.replacingOccurrences(of: "BODY", with: guarded)
        #expect(try outcome(safe, module: "delivery", function: "deliver", parameter: "_inflight").verdict == .refuted)
    }

    /// A `timezone` is equal to another of the same offset whatever its name, and a `timedelta`
    /// of known values is the same value each call (h132: a cache keyed by per-tenant timezones
    /// of five offsets was confirmed). Keyed by `tz.tzname()`, the names do make new keys.
    @Test func timezonesAreKeyedByTheirOffset() throws {
        let source = """
        import itertools
        from datetime import timedelta, timezone
        _ids = itertools.count()
        OFFSETS = (-5, 0, 1, 2, 9)

        def remember(tz, memo={}):
            memo.setdefault(KEY, 1)

        def scenario():
            n = next(_ids)
            remember(timezone(timedelta(hours=OFFSETS[n % len(OFFSETS)]), "tenant-%d" % n))
        """
        #expect(try outcome(source.replacingOccurrences(of: "KEY", with: "tz"), function: "remember", parameter: "memo").verdict == .refuted)
        #expect(try outcome(source.replacingOccurrences(of: "KEY", with: "tz.tzname(None)"), function: "remember", parameter: "memo").verdict == .confirmed)
    }

    /// A library constant (`ssl.HAS_SNI`) may be false: `if CONSTANT: return` does not decide
    /// that the store is never reached. A library function is true.
    @Test func libraryConstantsAreOfUnknownTruth() throws {
        let source = """
        import itertools
        import ssl
        _ids = itertools.count()

        def grow(x, acc=[]):
            if ssl.NAME:
                return None
            acc.append(x)

        def scenario():
            grow(next(_ids))
        """
        #expect(try outcome(source.replacingOccurrences(of: "NAME", with: "HAS_SNI"), function: "grow", parameter: "acc").verdict == .unknown)
        #expect(try outcome(source.replacingOccurrences(of: "NAME", with: "wrap_socket"), function: "grow", parameter: "acc").verdict == .refuted)
    }

    /// A project module of literal constants (a settings module) is followed past the cap of
    /// imported modules: its `AUDIT_ENABLED = True` decides the test (m13 lost its confirmation
    /// when unfollowed names stopped being taken for true).
    @Test func settingsModulesAreFollowedPastTheImportCap() throws {
        #expect(Interpreter.holdsLiteralsOnly(try TestSupport.lower("\"\"\"Settings.\"\"\"\nA = True\nB: int = 3\nC = {\"x\": (1, -2.5, None)}\n", moduleName: "s").body))
        #expect(!Interpreter.holdsLiteralsOnly(try TestSupport.lower("import os\nA = True\n", moduleName: "s").body))
        #expect(!Interpreter.holdsLiteralsOnly(try TestSupport.lower("A = compute()\n", moduleName: "s").body))
    }
}
