@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h95–h97 and m74 corpus rounds: values the model can know (float
/// arithmetic, `round`, a string's positions, a dict's key views), lookups the runtime makes on
/// the code's behalf (`str.translate`), `id()` keys, and a partial called where it is made.
@Suite struct KnownValuesTests {
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

    /// Histogram bins keyed by `round(min(ms, CEILING) / 0.5) * 0.5` of timestamps the scenario
    /// computes from its counter: clamped, a fixed set of float keys; unclamped, a new bin per call.
    @Test func floatKeysFromKnownArithmeticRepeat() throws {
        let source = """
        import itertools
        from collections import Counter

        def observe(ms, bins=Counter()):
            bins[round(CLAMP / 0.5) * 0.5] += 1
            return len(bins)

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            observe(2.0 + (n % 7) * 0.3)
            observe(40.0 + n * 1.5)
        """
        let clamped = try outcome(source.replacingOccurrences(of: "CLAMP", with: "min(ms, 60.0)"), function: "observe", parameter: "bins")
        #expect(clamped.verdict == .refuted)
        let open = try outcome(source.replacingOccurrences(of: "CLAMP", with: "ms"), function: "observe", parameter: "bins")
        #expect(open.verdict == .confirmed)
    }

    /// A recursive diff over `expected.keys() | actual.keys()` (h96: refuted, because the union of
    /// two key views was an unknown object whose `.get` gave None). Different payloads grow the
    /// default list; equal ones do not.
    @Test func keyViewsUnionIsASetOfTheKeys() throws {
        let source = """
        import itertools

        def diff(expected, actual, path="$", diffs=[]):
            if isinstance(expected, dict) and isinstance(actual, dict):
                for key in sorted(expected.keys() | actual.keys()):
                    diff(expected.get(key), actual.get(key), f"{path}.{key}", diffs)
            elif expected != actual:
                diffs.append(f"{path}: {expected!r} != {actual!r}")
            return len(diffs)

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            diff({"id": n, "meta": "<any>"}, {"id": n, "meta": OTHER})
        """
        let differ = try outcome(source.replacingOccurrences(of: "OTHER", with: "f\"req-{n}\""), function: "diff", parameter: "diffs")
        #expect(differ.verdict == .confirmed)
        let same = try outcome(source.replacingOccurrences(of: "OTHER", with: "\"<any>\""), function: "diff", parameter: "diffs")
        #expect(same.verdict == .refuted)
    }

    /// `text.translate(table)` looks each code point up in the table: a dict subclass's
    /// `__missing__` that stores every one grows it (h95: refuted before); one that stores only
    /// ASCII codes fills up and stops.
    @Test func translateLooksEveryCodePointUp() throws {
        let source = """
        import itertools

        class Table(dict):
            def __missing__(self, code):
                value = chr(code) if code < 128 else f"&#x{code:x};"
                if KEEP:
                    self[code] = value
                return value

        def escape(text, table=Table()):
            return text.translate(table)

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            return escape(f"user{n} {chr(0x4E00 + n % 20000)}")
        """
        let all = try outcome(source.replacingOccurrences(of: "KEEP", with: "True"), function: "escape", parameter: "table")
        #expect(all.verdict == .confirmed)
        let ascii = try outcome(source.replacingOccurrences(of: "KEEP", with: "code < 128"), function: "escape", parameter: "table")
        #expect(ascii.verdict == .refuted)
    }

    /// Keys made of `id()` may repeat once objects are freed: that doubts growth, never its
    /// absence. A memo whose entry keeps the object keeps its id unique (confirmed); a set of ids
    /// added and discarded in `finally` does not grow (refuted); ids kept without their objects
    /// may be reused (unknown).
    @Test func idKeysDoubtGrowthOnlyWhenTheObjectIsNotKept() throws {
        let source = """
        import itertools

        def walk(obj, ids=set(), memo={}):
            BODY
            return [walk(x) for x in obj] if isinstance(obj, list) else obj

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            return walk([[n], [n + 1]])
        """
        let kept = try outcome(source.replacingOccurrences(of: "BODY", with: "memo[id(obj)] = (obj, len(memo))"), function: "walk", parameter: "memo")
        #expect(kept.verdict == .confirmed)
        let discarded = try outcome(source.replacingOccurrences(of: "BODY", with: "ids.add(id(obj))\n    try:\n        pass\n    finally:\n        ids.discard(id(obj))"),
                                    function: "walk", parameter: "ids")
        #expect(discarded.verdict == .refuted)
        let idsOnly = try outcome(source.replacingOccurrences(of: "BODY", with: "ids.add(id(obj))"), function: "walk", parameter: "ids")
        #expect(idsOnly.verdict == .unknown)
    }

    /// `check = functools.partial(validate, rules=…)` called in the same function is a call of
    /// `validate` from there, not a use as a value: the scenario runs it with its own rules.
    @Test func aPartialCalledWhereItIsMadeIsACall() throws {
        let source = """
        import functools
        import itertools

        def compiled(spec, _cache={}):
            if spec not in _cache:
                _cache[spec] = spec.split(":")
            return _cache[spec]

        def validate(row, rules):
            return [s for s in rules if compiled(s)]

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            check = functools.partial(validate, rules=RULES)
            return check({"amount": n})
        """
        let perCall = try outcome(source.replacingOccurrences(of: "RULES", with: "(\"min:1\", f\"max:{1000 + n}\")"), function: "compiled", parameter: "_cache")
        #expect(perCall.verdict == .confirmed)
        let fixed = try outcome(source.replacingOccurrences(of: "RULES", with: "(\"min:1\", \"max:1000\")"), function: "compiled", parameter: "_cache")
        #expect(fixed.verdict == .refuted)

        let escaping = try TestSupport.lower("""
        import functools
        def f(a, b): return a
        def g():
            p = functools.partial(f, 1)
            p(2)
            return p
        def h():
            q = functools.partial(f, b=2)
            q(1)
            q(3, b=4)
        """, moduleName: "m")
        let g = try #require(escaping.functions.first { $0.name == "g" })
        #expect(CallGraph.localPartials(in: g.body).isEmpty)
        let h = try #require(escaping.functions.first { $0.name == "h" })
        #expect(Set(CallGraph.localPartials(in: h.body).keys) == ["q"])
    }

    /// `src.startswith("*", 1)` on text the scenario makes is decided (it was an unknown bool, so
    /// both ways were taken): true, every call adds a new text; false, the store never runs.
    @Test func startswithAtAPositionIsDecided() throws {
        let source = """
        import itertools

        def mark(src, seen=set()):
            if src.startswith("*", 1):
                seen.add(src)
            return len(seen)

        _seq = itertools.count()

        def scenario():
            n = next(_seq)
            return mark(PREFIX + f"{n}")
        """
        let starred = try outcome(source.replacingOccurrences(of: "PREFIX", with: "\"a*\""), function: "mark", parameter: "seen")
        #expect(starred.verdict == .confirmed)
        let plain = try outcome(source.replacingOccurrences(of: "PREFIX", with: "\"ab\""), function: "mark", parameter: "seen")
        #expect(plain.verdict == .refuted)
    }
}
