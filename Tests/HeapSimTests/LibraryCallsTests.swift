@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h101–h104 and m79–m82 corpus rounds: a generator consumed through
/// `enumerate` and left early, JSON hooks, `dataclasses.fields`, printf-style and `str.format`
/// specs, and the namespaces `exec` writes into. Each test is a pair that must come out
/// differently (or a model-made KeyError that must not end the path).
@Suite struct LibraryCallsTests {
    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source, moduleName: "app")
        var options = SimulationOptions()
        let me = ProvidedModule(name: "app", module: module, isPackage: false, path: "app.py", origin: .project)
        options.modules = StaticModuleProvider([me], distributed: false)
        let sim = ModuleSimulation(module: module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function && $0.parameters.contains { $0.name == parameter } })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// `for i, x in enumerate(gen())` with a `break`: the generator stays suspended, and the pops
    /// after its `yield` never run for the buckets it did not hand out (h101: was refuted, because
    /// `enumerate` drained the generator). Read to the end, every bucket is popped.
    @Test func enumerateOverAGeneratorIsLazy() throws {
        let source = """
        import itertools

        def sections(rows, buckets={}):
            for row in rows:
                buckets.setdefault(row, []).append(row)
            for name in sorted(buckets):
                yield name, buckets.pop(name)

        def render(rows):
            out = []
            for i, (name, items) in enumerate(sections(rows)):
                LEAVE
                out.append(name)
            return out

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            return render([f"c-{n}-{i}" for i in range(4)])
        """
        let early = try outcome(source.replacingOccurrences(of: "LEAVE", with: "if i >= 2: break"), function: "sections", parameter: "buckets")
        #expect(early.verdict == .confirmed)
        let all = try outcome(source.replacingOccurrences(of: "LEAVE", with: "pass"), function: "sections", parameter: "buckets")
        #expect(all.verdict == .refuted)
    }

    /// `json.loads(text, parse_float=hook)` of known text calls the hook with each float's own
    /// text (h26: a memo of decimals keyed by the literal). New prices per call grow it; with the
    /// same price every call the application's own work does not, and only calls with new
    /// arguments, as outside code would make them, do: unknown (a hook is used as a value).
    @Test func jsonParseFloatSeesEachLiteral() throws {
        let source = """
        import decimal
        import itertools
        import json

        def to_decimal(text, _parsed={}):
            if text not in _parsed:
                _parsed[text] = decimal.Decimal(text)
            return _parsed[text]

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            quote = json.loads('{"sku": "S-%d", "price": %d.%02d}' % (n, PRICE, 5), parse_float=to_decimal)
            return quote["price"]
        """
        let moving = try outcome(source.replacingOccurrences(of: "PRICE", with: "10 + n"), function: "to_decimal", parameter: "_parsed")
        #expect(moving.verdict == .confirmed)
        let fixed = try outcome(source.replacingOccurrences(of: "PRICE", with: "10"), function: "to_decimal", parameter: "_parsed")
        #expect(fixed.verdict == .unknown)
    }

    /// `dataclasses.fields(record)` gives the fields with their names and `repr` flags (h104: the
    /// `if f.repr` test was undecided). Extended with every record's names, the default grows;
    /// appended only when new, it is bounded by the class's fields.
    @Test func dataclassFieldsAreKnown() throws {
        let source = """
        import dataclasses
        import itertools

        @dataclasses.dataclass
        class Invoice:
            number: str
            total: float
            note: str = dataclasses.field(default="", repr=False)

        def column_order(records, order=[]):
            for record in records:
                for f in dataclasses.fields(record):
                    if f.repr:
                        STORE
            return list(order)

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            return column_order([Invoice("INV-%d" % n, n * 1.5)])
        """
        let extended = try outcome(source.replacingOccurrences(of: "STORE", with: "order.append(f.name)"), function: "column_order", parameter: "order")
        #expect(extended.verdict == .confirmed)
        let deduped = try outcome(source.replacingOccurrences(of: "STORE", with: "order.append(f.name) if f.name not in order else None"),
                                  function: "column_order", parameter: "order")
        #expect(deduped.verdict == .refuted)
    }

    /// `"%02d"` and `"{s:02d}"` of known numbers are known text (h103, m81): a coupon code whose
    /// last two characters are digits passes `isdigit()`, decided; one that ends in letters does not.
    @Test func formatSpecsOfKnownNumbersAreKnown() throws {
        let source = """
        import itertools

        def add_codes(codes, rules=[]):
            rules += [code for code in codes if code[-2:].isdigit()]
            return len(rules)

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            return add_codes([CODE])
        """
        let printf = try outcome(source.replacingOccurrences(of: "CODE", with: "\"W%d-%02d\" % (n, 5)"), function: "add_codes", parameter: "rules")
        #expect(printf.verdict == .confirmed)
        let format = try outcome(source.replacingOccurrences(of: "CODE", with: "\"W{n}-{d:02d}\".format(n=n, d=5)"), function: "add_codes", parameter: "rules")
        #expect(format.verdict == .confirmed)
        let letters = try outcome(source.replacingOccurrences(of: "CODE", with: "\"W%d-%-4s\" % (n, 'ab')"), function: "add_codes", parameter: "rules")
        #expect(letters.verdict == .refuted)
    }

    /// After `exec(code, namespace)` the namespace holds names the model does not know: a lookup
    /// there is not a certain KeyError that ends every path before the store (astropy's
    /// `make_function_with_signature`). Unknown, never refuted.
    @Test func execNamespaceLookupIsNotACertainKeyError() throws {
        let source = """
        import itertools

        def make(name, made={}):
            namespace = {}
            exec("def %s(): pass" % name, {}, namespace)
            made[name] = namespace[name]
            return made[name]

        _ids = itertools.count()

        def scenario():
            return make("f%d" % next(_ids))
        """
        let result = try outcome(source, function: "make", parameter: "made")
        #expect(result.verdict != .refuted)
    }

    /// `pattern.findall(text)` with several groups gives a tuple of the groups per match, "" for
    /// one that did not take part (h107: only the first group was returned, so `elif name:`
    /// was never true and the intern pool never grew). Every identifier kept grows the pool;
    /// a pool capped by evicting the oldest does not.
    @Test func findallWithGroupsGivesTuples() throws {
        let source = """
        import itertools
        import re

        TOKEN = re.compile(r"\\s*(?:(\\d+)|([A-Za-z_]\\w*)|(\\S))")

        def intern_name(name, _pool={}):
            CAP
            return _pool.setdefault(name, name)

        def names(text):
            out = []
            for number, name, op in TOKEN.findall(text):
                if name:
                    out.append(intern_name(name))
            return out

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            return names("total_%d = price * 2 + tax_%d" % (n, n))
        """
        let kept = try outcome(source.replacingOccurrences(of: "CAP", with: "pass"), function: "intern_name", parameter: "_pool")
        #expect(kept.verdict == .confirmed)
        let capped = try outcome(source.replacingOccurrences(of: "CAP", with: "if len(_pool) >= 8: _pool.pop(next(iter(_pool)))"),
                                 function: "intern_name", parameter: "_pool")
        #expect(capped.verdict == .refuted)
    }

    /// A bool the model did not decide (`crc32(...) % 100 < rollout`) is True or False all the
    /// same: counts keyed by `(flag, enabled)` hold two entries per flag (h110: was confirmed, each
    /// undecided bool a new key); keyed by `(flag, user)` they grow with every user.
    @Test func undecidedBoolKeysRepeat() throws {
        let source = """
        import itertools
        import zlib

        FLAGS = {"a": 40, "b": 100}

        def is_enabled(flag, user, counts={}):
            enabled = zlib.crc32(("%s/%s" % (flag, user)).encode()) % 100 < FLAGS[flag]
            counts[KEY] = counts.get(KEY, 0) + 1
            return enabled

        _ids = itertools.count()

        def scenario():
            n = next(_ids)
            return [is_enabled(f, "u%d" % n) for f in FLAGS]
        """
        let byOutcome = try outcome(source.replacingOccurrences(of: "KEY", with: "flag, enabled"), function: "is_enabled", parameter: "counts")
        #expect(byOutcome.verdict == .refuted)
        let byUser = try outcome(source.replacingOccurrences(of: "KEY", with: "flag, user"), function: "is_enabled", parameter: "counts")
        #expect(byUser.verdict == .confirmed)
    }

    /// `fn.__name__ = ...` set by the code is what `fn.__name__` reads back (h114: the model read
    /// the def's qualified name whatever was set, so macros renamed per tenant looked like one
    /// key). Renamed per call, the registry grows; left with the def's name, it holds one entry.
    @Test func assignedFunctionNameIsReadBack() throws {
        let source = """
        import itertools

        def register(func, table={}):
            table[func.__name__] = func
            return len(table)

        def make(tenant):
            def signature(ctx):
                return tenant
            RENAME
            return signature

        _ids = itertools.count()

        def scenario():
            return register(make("t%d" % next(_ids)))
        """
        let renamed = try outcome(source.replacingOccurrences(of: "RENAME", with: "signature.__name__ = \"signature_%s\" % tenant"),
                                  function: "register", parameter: "table")
        #expect(renamed.verdict == .confirmed)
        let kept = try outcome(source.replacingOccurrences(of: "RENAME", with: "pass"), function: "register", parameter: "table")
        #expect(kept.verdict == .refuted)
    }
}
