@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h115–h120 and m93–m96 corpus rounds: which item `max(key=...)` picks,
/// values from a few (day names, bytes, one-byte `struct` fields), a hash fed more data, a closure handed out by
/// `__enter__`, and a `_` re-exported through `__all__` and a star import. Each test is a pair
/// that must come out differently.
@Suite struct ValueChoiceTests {
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

    /// `max(graph, key=lambda n: (len(graph[n]), n))` compares the tuples as CPython does (h116:
    /// the first item was taken for the winner whatever the keys, a wrong refutation).
    @Test func maxWithATupleKeyPicksTheLargest() throws {
        let source = """
        import itertools
        _ids = itertools.count()

        def grow(x, acc=[]):
            acc.append(x)

        def scenario():
            graph = {"b": ["a"], "c": ["a"], "d": ["b", "c"]}
            leaf = max(graph, key=lambda name: (len(graph[name]), name))
            if leaf == "WANT":
                grow(next(_ids))
        """
        let largest = try outcome(source.replacingOccurrences(of: "WANT", with: "d"), function: "grow", parameter: "acc")
        #expect(largest.verdict == .confirmed)
        let first = try outcome(source.replacingOccurrences(of: "WANT", with: "b"), function: "grow", parameter: "acc")
        #expect(first.verdict != .confirmed)
    }

    /// `d.strftime("%a")` of a date the model does not know is one of seven names: a table keyed
    /// by it stays bounded (h114). A format with the seconds and the year is not few-valued.
    @Test func fewValuedStrftimeKeysRepeat() throws {
        let source = """
        import collections
        import itertools
        from datetime import date, timedelta
        _ids = itertools.count()

        def hours_by_day(days, totals=collections.Counter()):
            for d in days:
                totals[d.strftime("FORMAT")] += 1
            return dict(totals)

        def scenario():
            n = next(_ids)
            start = date(2024, 1, 1) + timedelta(days=n)
            return hours_by_day([start + timedelta(days=i) for i in range(3)])
        """
        let weekday = try outcome(source.replacingOccurrences(of: "FORMAT", with: "%a"), function: "hours_by_day", parameter: "totals")
        #expect(weekday.verdict == .refuted)
        let stamp = try outcome(source.replacingOccurrences(of: "FORMAT", with: "%Y-%m-%d %H:%M:%S"), function: "hours_by_day", parameter: "totals")
        #expect(stamp.verdict == .confirmed)
    }

    /// The bytes of data the model does not know are ints below 256 (h120): a byte-frequency
    /// table stays bounded, a word-frequency table of new words grows.
    @Test func bytesIterateAsSmallInts() throws {
        let source = """
        import itertools
        _ids = itertools.count()

        def tally(symbols, table={}):
            for s in symbols:
                table[s] = table.get(s, 0) + 1

        def scenario():
            n = next(_ids)
            body = b"device=%d seq=%d" % (n, n * 3)
            tally(DATA)
        """
        let bytes = try outcome(source.replacingOccurrences(of: "DATA", with: "list(body)"), function: "tally", parameter: "table")
        #expect(bytes.verdict == .refuted)
        let words = try outcome(source.replacingOccurrences(of: "DATA", with: "f\"device-{n} seq-{n}\".split()"), function: "tally", parameter: "table")
        #expect(words.verdict == .confirmed)
    }

    /// A hash fed data the model does not know (`hasher.update(source)`) gives a digest that is
    /// not the same each time (h119: every build's digest was one repeating key, a wrong
    /// refutation). Without the update the digest of known bytes repeats.
    @Test func aHashFedNewDataIsNotStable() throws {
        let source = """
        import hashlib
        import itertools
        _ids = itertools.count()

        def compile_unit(source, cache={}):
            hasher = hashlib.sha256(b"-O2")
            FEED
            digest = hasher.hexdigest()
            if digest not in cache:
                cache[digest] = len(source)
            return cache[digest]

        def scenario():
            return compile_unit(f"int v = {next(_ids)};")
        """
        let fed = try outcome(source.replacingOccurrences(of: "FEED", with: "hasher.update(source.encode())"), function: "compile_unit", parameter: "cache")
        #expect(fed.verdict != .refuted)
        let fixed = try outcome(source.replacingOccurrences(of: "FEED", with: "pass"), function: "compile_unit", parameter: "cache")
        #expect(fixed.verdict == .refuted)
    }

    /// A lambda `__enter__` returns is called in the `with` block, before `__exit__` runs: the
    /// code with the `with` is its caller (h118: run alone with new arguments, a false
    /// confirmation when `__exit__` purges what it stored).
    @Test func aClosureHandedOutByEnterRunsInsideTheWith() throws {
        let source = """
        import itertools
        _ids = itertools.count()

        def is_allowed(user, action, _decisions={}):
            key = (user, action)
            if key not in _decisions:
                _decisions[key] = action == "read"
            return _decisions[key]

        class RequestScope:
            def __init__(self, user):
                self.user = user

            def __enter__(self):
                return lambda action: is_allowed(self.user, action)

            def __exit__(self, *exc_info):
                decisions = is_allowed.__defaults__[0]
                for key in [key for key in decisions if key[0] == PURGED]:
                    del decisions[key]
                return False

        def scenario():
            with RequestScope("user-%d" % next(_ids)) as can:
                return [a for a in ("read", "edit") if can(a)]
        """
        let purged = try outcome(source.replacingOccurrences(of: "PURGED", with: "self.user"), function: "is_allowed", parameter: "_decisions")
        #expect(purged.verdict == .refuted)
        let kept = try outcome(source.replacingOccurrences(of: "PURGED", with: "\"nobody\""), function: "is_allowed", parameter: "_decisions")
        #expect(kept.verdict == .confirmed)
    }

    /// `from i18n import *` binds `_` when `i18n/__init__.py` lists it in `__all__` (m93: the
    /// calls of `_` were not seen, so the default looked uncalled). New message ids per call grow
    /// the cache; with `__all__` not naming `_`, the star import does not bind it.
    @Test func starImportBindsWhatAllLists() throws {
        let files = [
            "i18n/__init__.py": "from .catalog import gettext as _\n\n__all__ = [EXPORTED]\n",
            "i18n/catalog.py": """
            def gettext(msgid, _cache={}):
                if msgid not in _cache:
                    _cache[msgid] = msgid.upper()
                return _cache[msgid]
            """,
            "views.py": """
            from i18n import *

            def shipped(order_id):
                return _(f"Order {order_id} has shipped")
            """,
            "main.py": """
            import itertools
            from views import shipped
            _ids = itertools.count()

            def scenario():
                return shipped(next(_ids))
            """,
        ]
        func run(_ exported: String) throws -> SimulationOutcome {
            var f = files
            f["i18n/__init__.py"] = files["i18n/__init__.py"]!.replacingOccurrences(of: "EXPORTED", with: exported)
            return try outcome(f, module: "i18n.catalog", function: "gettext", parameter: "_cache")
        }
        let bound = try run("\"_\"")
        #expect(bound.verdict == .confirmed)
        guard case .callers(let names, _) = bound.evidence.scenario.drive else {
            Issue.record("not run through its callers: \(bound.evidence.scenario.drive)")
            return
        }
        #expect(names.contains("main.scenario"))
        let unbound = try run("")
        #expect(unbound.verdict == .unknown)
    }

    /// `struct` formats are read field by field: a one-byte field (`B`) is one of 256 ints, so a
    /// table keyed by it stays bounded (h124: every unpacked field was a new object, a false
    /// confirmation); a four-byte id is not few-valued.
    @Test func structFieldsOfOneByteAreFewValued() throws {
        let source = """
        import itertools
        import struct

        REC = struct.Struct("<IB")
        _ids = itertools.count()

        def load(blob, latest={}):
            rec_id, kind = REC.unpack(blob)
            latest[FIELD] = rec_id
            return len(latest)

        def scenario():
            n = next(_ids)
            return load(REC.pack(n, n % 4))
        """
        let kind = try outcome(source.replacingOccurrences(of: "FIELD", with: "kind"), function: "load", parameter: "latest")
        #expect(kind.verdict == .refuted)
        // (A four-byte field of data the model does not know: not bounded, but a part cut out of
        // the data, which may be the same from record to record, so not a new key for sure.)
        let id = try outcome(source.replacingOccurrences(of: "FIELD", with: "rec_id"), function: "load", parameter: "latest")
        #expect(id.verdict == .unknown)
        #expect(Interpreter.structLayout("<IBq")?.fields == ["I", "B", "q"])
        #expect(Interpreter.structLayout("<IBq")?.size == 13)
        #expect(Interpreter.structLayout("!4sH2x")?.fields == ["s", "H"])
        #expect(Interpreter.structLayout("!4sH2x")?.size == 8)
        #expect(Interpreter.structLayout("IB")?.size == nil)
        #expect(Interpreter.structLayout("<Z") == nil)
    }
}
