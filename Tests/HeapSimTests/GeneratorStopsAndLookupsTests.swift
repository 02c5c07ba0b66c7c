@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h85 and h86 corpus rounds: a generator emptied again only at its end,
/// after tests the model could not decide, by a consumer that may stop early; a lookup of fresh
/// data in a fixed table whose miss the code tests; a property read at the start of a method
/// call (`widget.style.get(k)`) counted as a caller of the getter.
@Suite struct GeneratorStopsAndLookupsTests {
    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source, moduleName: "app")
        let sim = ModuleSimulation(module: module, options: SimulationOptions())
        let def = try #require(sim.module.functions.first { $0.name == function })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// `_stores.clear()` after a loop that yields only where a test the model cannot decide lets
    /// it, consumed by `for … : return` (CPython grows it: the consumer stops at the first item
    /// and the clear never runs). Not refuted; drained by `list()`, the clear always runs: refuted.
    @Test func aGeneratorsFinalRemovalIsNotEarnedWhenItsConsumerMayStop() throws {
        let source = """
        import ast
        import collections

        def iter_unused(tree, _stores=collections.defaultdict(list)):
            loads = set()
            for node in ast.walk(tree):
                if not isinstance(node, ast.Name):
                    continue
                if isinstance(node.ctx, ast.Store):
                    _stores[node.id].append(node.lineno)
                else:
                    loads.add(node.id)
            for name, lines in sorted(_stores.items(), key=lambda item: item[1][0]):
                if name not in loads and not name.startswith("_"):
                    yield name, lines[0]
            _stores.clear()

        def scenario(source):
            CONSUMER
        """
        let first = """
        for name, line in iter_unused(ast.parse(source)):
                return name
            return None
        """
        let stopped = try outcome(source.replacingOccurrences(of: "CONSUMER", with: first), function: "iter_unused", parameter: "_stores")
        #expect(stopped.verdict == .unknown)
        #expect(stopped.evidence.assumptions.contains { if case .removalSkippedByStoppedGenerator = $0 { return true } else { return false } })
        let drained = try outcome(source.replacingOccurrences(of: "CONSUMER", with: "return list(iter_unused(ast.parse(source)))"), function: "iter_unused", parameter: "_stores")
        #expect(drained.verdict == .refuted)
    }

    /// `kind = TYPES.get(name)` then `if kind is None: raise`: fresh data is taken to be no key of
    /// the table, but a real caller passes one (CPython: h85, the store behind it grows). Not
    /// refuted. A lookup whose fallback is the data itself (`ENTITIES.get(ch, ch)`) goes on the
    /// same way either way and decides nothing.
    @Test func aMissedLookupOfFreshDataInAFixedTableIsAnAssumption() throws {
        let table = """
        TYPES = {"disable": "csv", "jobs": "int"}

        def build(name, value, table={"disable": []}):
            kind = TYPES.get(name)
            if kind is None:
                raise SystemExit(name)
            if kind == "csv":
                table[name].append(value)
            return table
        """
        #expect(try outcome(table, function: "build", parameter: "table").verdict != .refuted)
        let escaping = """
        ENTITIES = {"&": "&amp;", "<": "&lt;"}

        def esc(text, out=[]):
            out.append("".join(ENTITIES.get(ch, ch) for ch in text))
            result = out[0]
            out.clear()
            return result
        """
        #expect(try outcome(escaping, function: "esc", parameter: "out").verdict == .refuted)
    }

    /// `widget.style.get("fg")` reads the property `style`: the module's own code is its caller,
    /// and it passes a widget class from a fixed set (CPython: h86, the cache stays bounded).
    /// Taken for no caller, the getter ran as outside code would, with a fresh class each time:
    /// a false confirmation.
    @Test func aPropertyReadAtTheStartOfAMethodCallIsACallOfTheGetter() throws {
        let source = """
        THEME = {"TButton": {"fg": "#222"}, "TEntry": {"fg": "#111"}}

        def resolve_style(widget_class, state, _cache={}):
            key = (widget_class, state)
            if key not in _cache:
                _cache[key] = dict(THEME.get(widget_class, {}))
            return _cache[key]

        class ThemedWidget:
            def __init__(self, widget_class):
                self.widget_class, self.state = widget_class, "normal"

            @property
            def style(self):
                return resolve_style(self.widget_class, self.state)

        def scenario(n):
            widget = ThemedWidget("TButton" if n % 2 else "TEntry")
            return widget.style.get("fg")
        """
        #expect(try outcome(source, function: "resolve_style", parameter: "_cache").verdict != .confirmed)
        let module = try TestSupport.lower(source, moduleName: "app")
        let style = try #require(module.functions.first { $0.name == "style" })
        #expect(CallGraph(module: module).sites(of: style).contains { $0.caller?.name == "scenario" })
    }

    /// `(x, y) == (a, b)` of instances whose class defines `__eq__` compares them with it: the
    /// shortcut list of a converter is found again and stops growing (CPython: m66). Compared as
    /// distinct objects, every call appended: a false confirmation.
    @Test func tupleEqualityCallsTheItemsEq() throws {
        let source = """
        class Unit:
            def __init__(self, symbol):
                self.symbol = symbol

            def __eq__(self, other):
                return isinstance(other, Unit) and self.symbol == other.symbol

            def __hash__(self):
                return hash(self.symbol)

        def convert(src, dst, equivalencies=[]):
            a, b = Unit(src), Unit(dst)
            for x, y in equivalencies:
                if (x, y) == (a, b):
                    return "hit"
            equivalencies.append((a, b))
            return "miss"

        def scenario(n):
            return convert("km", "m")
        """
        #expect(try outcome(source, function: "convert", parameter: "equivalencies").verdict == .refuted)
    }

    /// A loop over a generator whose body never leaves early takes every item: the removal at the
    /// generator's end always runs (CPython: h87, refuted), unlike a consumer that may `break`.
    @Test func aLoopThatTakesEveryItemDrainsTheGenerator() throws {
        let source = """
        import ast

        def names(tree, _seen=[]):
            for node in ast.walk(tree):
                if isinstance(node, ast.Name):
                    _seen.append(node.id)
            for name in sorted(_seen):
                if not name.startswith("_"):
                    yield name
            _seen.clear()

        def scenario(text):
            out = []
            for name in names(ast.parse(text)):
                LEAVE
                out.append(name)
            return out
        """
        let drains = try outcome(source.replacingOccurrences(of: "LEAVE", with: "pass"), function: "names", parameter: "_seen")
        #expect(drains.verdict == .refuted)
        let stops = try outcome(source.replacingOccurrences(of: "LEAVE", with: "break"), function: "names", parameter: "_seen")
        #expect(stops.verdict != .refuted)
    }

    /// A parameter rebound in the function's own statements, outside any branch or loop, to a
    /// value that is not the default (`text = str(text)`, `args = list(args)`) no longer holds it
    /// after: a hand-off of the name there is no store site (nltk's `safe_print` through
    /// `sanitize_terminal`, whose `str.__str__(text)` kept prover9's `args=[]` unknown). Before
    /// the rebinding, in a branch, or rebound to the default itself, it still is.
    @Test func aParameterReboundAtTheTopNoLongerHoldsTheDefault() throws {
        func sites(_ body: String) throws -> Int {
            let module = try TestSupport.lower("def f(text, sink, acc=[]):\n" + body)
            return StoreSites(module: module, function: module.functions[0], parameter: "acc").offsets.count
        }
        #expect(try sites("    acc = str(acc)\n    sink.write(acc)\n") == 0)
        #expect(try sites("    sink.write(acc)\n    acc = str(acc)\n") == 1)
        #expect(try sites("    if text:\n        acc = str(acc)\n    sink.write(acc)\n") == 1)
        #expect(try sites("    acc = acc or []\n    sink.write(acc)\n") > 0)
        // A shallow copy still shares what the default holds.
        #expect(try sites("    acc = list(acc)\n    acc[0].append(text)\n") == 1)
    }
}

