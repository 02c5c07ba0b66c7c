import HeapSim
import PythonModel
import Testing
import TestSupport

/// `match` statements matched as PEP 634 does; `str.format_map` calling back into its mapping; and
/// stores skipped behind tests decided on known values, while other conditions stay undecided.
@Suite struct MatchAndDecidedControlTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    static let broker = """
    import itertools
    _ids = itertools.count()

    def handle(message, session, _durable=[]):
        match message:
            case {"op": "ping"}:
                return "pong"
            case {"op": "subscribe", "topic": str(topic), "ttl": int(ttl)}:
                session[topic] = ttl
            case {"op": "subscribe", "topic": str(topic)}:
                _durable.append((session["client"], topic))
            case _:
                return "error"
        return "ok"

    def serve():
        n = next(_ids)
        session = {"client": f"c{n}"}
        handle({"op": "ping"}, session)
        return handle(MESSAGE, session)
    """

    /// A literal-only mapping pattern is not a wildcard, and a key the dict lacks fails the case.
    @Test func mappingPatternsMatchOnKeysAndValues() throws {
        let durable = Self.broker.replacingOccurrences(of: "MESSAGE", with: #"{"op": "subscribe", "topic": "prices"}"#)
        #expect(try outcome(durable, function: "handle", parameter: "_durable").verdict == .confirmed)
        let expiring = Self.broker.replacingOccurrences(of: "MESSAGE", with: #"{"op": "subscribe", "topic": "prices", "ttl": 30}"#)
        #expect(try outcome(expiring, function: "handle", parameter: "_durable").verdict == .refuted)
        // A value pattern that differs (`int(ttl)` against a str) fails too.
        let stringTTL = Self.broker.replacingOccurrences(of: "MESSAGE", with: #"{"op": "subscribe", "topic": "prices", "ttl": "30"}"#)
        #expect(try outcome(stringTTL, function: "handle", parameter: "_durable").verdict == .confirmed)
    }

    /// Sequence patterns: length, literals, a star, and a group in parentheses.
    @Test func sequencePatterns() throws {
        let source = """
        import itertools
        _ids = itertools.count()

        def run(command, undo=[]):
            match command:
                case ["set", key, value]:
                    undo.append((key, value))
                case ["get", _] | ("peek", _):
                    return None
                case [("first"), *rest]:
                    return rest
            return None

        def main():
            n = next(_ids)
            return run(COMMAND)
        """
        let cases: [(String, Verdict)] = [
            (#"["set", f"k{n}", n]"#, .confirmed),
            (#"["set", f"k{n}"]"#, .refuted),
            (#"["get", n]"#, .refuted),
            (#"("first", n, n)"#, .refuted),
            (#""set k v""#, .refuted),
        ]
        for (command, verdict) in cases {
            let s = source.replacingOccurrences(of: "COMMAND", with: command)
            #expect(try outcome(s, function: "run", parameter: "undo").verdict == verdict, "\(command)")
        }
    }

    /// A subject the model does not know leaves the match undecided: never refuted.
    @Test func unknownSubjectIsUndecided() throws {
        let source = """
        import json
        def route(raw, dead=[]):
            match json.loads(raw):
                case {"op": "ok"}:
                    return 1
                case other:
                    dead.append(other)
        """
        #expect(try outcome(source, function: "route", parameter: "dead").verdict != .refuted)
    }

    /// `format_map` looks up every field of the template: a dict subclass's `__missing__` may run.
    @Test func formatMapCallsBackIntoTheMapping() throws {
        let source = """
        import itertools
        _ids = itertools.count()

        def render(template, context, options={}):
            missing = options.setdefault("missing", [])
            class Lenient(dict):
                def __missing__(self, key):
                    missing.append(key)
                    return "{" + key + "}"
            return template.format_map(Lenient(context))

        def main():
            n = next(_ids)
            return render("Hello {name}, {eta}", {"name": f"u{n}"})
        """
        #expect(try outcome(source, function: "render", parameter: "options").verdict != .refuted)
        // A class with its own `__getitem__` runs it for each field, every call.
        let own = source.replacingOccurrences(of: "class Lenient(dict):\n        def __missing__(self, key):",
                                              with: "class Lenient:\n        def __init__(self, c): self.c = c\n        def __getitem__(self, key):")
        #expect(own.contains("__getitem__"))
        #expect(try outcome(own, function: "render", parameter: "options").verdict == .confirmed)
    }

    static let merge = """
    import itertools
    _ids = itertools.count()

    def _merge(cnfs):
        if isinstance(cnfs, dict):
            return cnfs
        elif isinstance(cnfs, (type(None), str)):
            return cnfs
        out = {}
        for c in cnfs:
            out.update(c)
        return out

    def configure(widget, cnf={}, **kw):
        opts = _merge((cnf, kw))
        KEEP
        return widget.apply(opts)
    """

    /// A store skipped behind `isinstance` on known values is dead, even when the caller later
    /// branches on a reply the model cannot know.
    @Test func storeBehindAKnownTestIsDeadDespiteLaterUndecidedTests() throws {
        let source = Self.merge.replacingOccurrences(of: "KEEP", with: "if widget.ready(): opts['ready'] = True")
        let o = try outcome(source, function: "configure", parameter: "cnf")
        #expect(o.verdict == .refuted)
    }

    /// One undecided choice before the test, seen both ways (the other way ended its call with
    /// no further choice): the test's evaluations cover every way, so what it skipped is dead.
    @Test func aLoneChoiceSeenBothWaysStillDecides() throws {
        let source = Self.merge.replacingOccurrences(of: "    opts = _merge((cnf, kw))\n    KEEP\n    return widget.apply(opts)",
                                                     with: "    if kw:\n        opts = _merge((cnf, kw))\n    else:\n        opts = _merge(cnf)\n    return sorted(opts)")
        #expect(source.contains("if kw:"))
        #expect(try outcome(source, function: "configure", parameter: "cnf").verdict == .refuted)
    }

    /// A test evaluated after two undecided choices may depend on a combination no policy ran:
    /// the store it skipped is not dead.
    @Test func storeBehindATestAfterTwoChoicesIsNotDead() throws {
        let source = """
        import os
        def load(path, seen=[]):
            if os.environ.get("A"):
                x = 1
            else:
                x = 0
            if os.environ.get("B"):
                y = 1
            else:
                y = 0
            if x == 1 and y == 0:
                seen.append(path)
            return x + y
        """
        #expect(try outcome(source, function: "load", parameter: "seen").verdict != .refuted)
    }

    static let substitute = """
    from collections import ChainMap
    _sentinel = {}

    class Template:
        def __init__(self, text):
            self.text = text

        def substitute(self, mapping=_sentinel, /, **kws):
            if mapping is _sentinel:
                mapping = kws
            elif kws:
                mapping = ChainMap(kws, mapping)
            STORE
            return self.text.format_map(mapping)
    """

    /// `if mapping is _sentinel:` on the parameter whose default is `_sentinel`: while it holds the
    /// default the test holds, so a store in its `elif`/`else` (or under `is not`) is dead for the
    /// default, whatever the scenario's keywords were; `is None` never holds for it.
    @Test func identityTestsOnTheDefaultDecideItsBranches() throws {
        let plain = Self.substitute.replacingOccurrences(of: "STORE", with: "pass")
        #expect(try outcome(plain, function: "substitute", parameter: "mapping").verdict == .refuted)
        // Mutated: the store sits where the default does go (the test's body): it grows.
        let grows = Self.substitute.replacingOccurrences(of: "mapping = kws\n", with: "_sentinel.setdefault(\"log\", []).append(self.text); mapping = kws\n")
            .replacingOccurrences(of: "STORE", with: "pass")
        #expect(try outcome(grows, function: "substitute", parameter: "mapping").verdict == .confirmed)
        // `is None` rules the default out; `is not None` lets it in.
        let none = """
        def collect(item, seen=[]):
            if seen is None:
                seen = []
                seen.append(item)
            return len(seen)
        """
        #expect(try outcome(none, function: "collect", parameter: "seen").verdict == .refuted)
        let notNone = none.replacingOccurrences(of: "if seen is None:\n        seen = []\n", with: "if seen is not None:\n")
        #expect(try outcome(notNone, function: "collect", parameter: "seen").verdict == .confirmed)
    }

    /// `collections.ChainMap`: lookups search the maps in order, writes go to the first one.
    @Test func chainMapsWriteIntoTheirFirstMapOnly() throws {
        let source = """
        import collections
        BASE = {"page_size": 20}

        def settings(path, overrides, local={}):
            chain = collections.ChainMap(FIRST, local, BASE)
            chain[path] = True
            chain.setdefault("page_size", 10)
            return chain.get("page_size"), len(list(chain)), dict(chain)
        """
        let fresh = source.replacingOccurrences(of: "FIRST", with: "{}")
        #expect(try outcome(fresh, function: "settings", parameter: "local").verdict == .refuted)
        let first = source.replacingOccurrences(of: "FIRST, local", with: "local, {}")
        #expect(try outcome(first, function: "settings", parameter: "local").verdict == .confirmed)
        // `new_child()` puts a new map first; `parents` drops the first.
        let child = source.replacingOccurrences(of: "collections.ChainMap(FIRST, local, BASE)", with: "collections.ChainMap(local, BASE).new_child()")
        #expect(try outcome(child, function: "settings", parameter: "local").verdict == .refuted)
        let parents = source.replacingOccurrences(of: "collections.ChainMap(FIRST, local, BASE)", with: "collections.ChainMap({}, local, BASE).parents")
        #expect(try outcome(parents, function: "settings", parameter: "local").verdict == .confirmed)
    }


    /// A store behind a test that calls a function of a name the module never rebinds with only
    /// the unchanged default (`if not np.iterable(k): k = [k]`, numpy's polynomial integrals): the
    /// function ran without a choice the model made, so the test goes the same way for the
    /// default every time and the store is dead for it. A store the same test lets through runs.
    @Test func aStoreBehindACallOnTheUnchangedDefaultIsDead() throws {
        let source = """
        def iterable(y):
            try:
                iter(y)
            except TypeError:
                return False
            return True

        def integ(c, m=1, k=[]):
            if not iterable(k):
                k = [k]
            if len(k) > m:
                raise ValueError("Too many integration constants")
            k = list(k) + [0] * (m - len(k))
            return [c + x for x in k]
        """
        #expect(try outcome(source, function: "integ", parameter: "k").verdict == .refuted)
        let through = source.replacingOccurrences(of: "    if not iterable(k):\n        k = [k]", with: "    if iterable(k):\n        k.append(c)")
            .replacingOccurrences(of: "    if len(k) > m:\n        raise ValueError(\"Too many integration constants\")\n", with: "")
        #expect(try outcome(through, function: "integ", parameter: "k").verdict == .confirmed)
    }


    /// The same test through a predicate that reads a flag another function rebinds (`global
    /// STRICT`): the flag may change, so the skipped store earns no refutation.
    @Test func aPredicateReadingAToggledFlagDecidesNothing() throws {
        let source = """
        STRICT = False

        def set_strict(flag):
            global STRICT
            STRICT = flag

        def is_seq(y):
            if STRICT:
                return isinstance(y, list)
            return hasattr(y, "__iter__")

        def integ(c, k=[]):
            if not is_seq(k):
                k.append(c)
            return list(k)
        """
        #expect(try outcome(source, function: "integ", parameter: "k").verdict != .refuted)
    }

    /// `operator.index(ax) % ndim` and `operator.add(a, b)` are the operators themselves: a memo
    /// keyed by them of known values repeats its keys (h81), one keyed by new values grows.
    @Test func operatorModuleFunctionsAreTheirOperators() throws {
        let source = """
        import operator

        def normalized(axes, ndim, _memo={}):
            key = tuple(operator.index(ax) % ndim for ax in axes) + (operator.add(ndim, 0),)
            if key not in _memo:
                _memo[key] = tuple(sorted(key))
            return _memo[key]

        def front(n):
            return normalized((-1, 0), 3)
        """
        #expect(try outcome(source, function: "normalized", parameter: "_memo").verdict == .refuted)
    }

    /// A memo that hands the same mutable list back on every call gives its callers one list they
    /// may all grow (`front()` returns it to code heaplint cannot see): not refuted. A memo whose
    /// values are new each call (a new key each time) carries only what each caller adds once.
    @Test func aMemoHandingTheSameListBackToOutsideCallersIsNotRefuted() throws {
        let shared = """
        def columns(table, _memo={}):
            if table not in _memo:
                _memo[table] = [table + ".id"]
            return _memo[table]

        def front(n):
            return columns("orders")
        """
        #expect(try outcome(shared, function: "columns", parameter: "_memo").verdict == .unknown)
        let fresh = """
        import itertools
        _n = itertools.count()

        def columns(table, _memo={}):
            _memo.clear()
            _memo[table] = [table + ".id"]
            return _memo[table]

        def front(n):
            return columns(f"t{next(_n)}")
        """
        #expect(try outcome(fresh, function: "columns", parameter: "_memo").verdict == .refuted)
    }

    /// A mutable object the default holds, handed out by a statement the run never reached
    /// (`setattr(self, name, value)`, `return value` of `_fallbacks[name]`), leaves the verdict
    /// undecided: callers may grow it.
    @Test func handingOutWhatTheDefaultHoldsIsAStoreSite() throws {
        let source = """
        def pick(name, _fallbacks={"MIDDLEWARE": [], "APPS": []}):
            if name not in _fallbacks:
                raise KeyError(name)
            value = _fallbacks[name]
            return value
        """
        #expect(try outcome(source, function: "pick", parameter: "_fallbacks").verdict == .unknown)
    }

    /// An instance the running code made and handed to nobody lacks what it was not given, however
    /// many places set that attribute: `getattr(app, "routes", routes)` returns the default.
    @Test func anInstanceOnlyTheRunningCodeReachesLacksUnsetAttributes() throws {
        let source = """
        import itertools
        _n = itertools.count()

        class App:
            def __init__(self, name):
                self.name = name

        def route_table(app, routes=[]):
            return getattr(app, "routes", routes)

        def register(app, path):
            table = route_table(app)
            table.append(path)
            app.routes = table

        def serve(n):
            app = App(f"app{next(_n)}")
            register(app, "/health")
            return app.name
        """
        #expect(try outcome(source, function: "route_table", parameter: "routes").verdict == .confirmed)
    }

    static let optionsRead = """
    import os

    def render(widget, options={}):
        if os.environ.get("A"):
            widget.a = 1
        if os.environ.get("B"):
            widget.b = 1
        READ
        if x is not None:
            options[widget] = x
        return widget
    """

    /// `x = options.get("x")` on the empty default, in the function's one binding of `x`: `x` is
    /// None whatever the two undecided choices before it did, so the store behind `x is not None`
    /// is dead (before, the test counted as undecided after two choices).
    @Test func aValueGetGaveOnTheEmptyDefaultDecidesItsTest() throws {
        let read = Self.optionsRead.replacingOccurrences(of: "READ", with: "x = options.get(\"x\")")
        #expect(try outcome(read, function: "render", parameter: "options").verdict == .refuted)
        // (`.get` with a non-None fallback: the store runs, one new key per call.)
        let fallback = Self.optionsRead.replacingOccurrences(of: "READ", with: "x = options.get(\"x\", 1)")
        #expect(try outcome(fallback, function: "render", parameter: "options").verdict == .confirmed)
        // (`x` bound a second way, from data the model does not know: the test is undecided again.)
        let rebound = Self.optionsRead.replacingOccurrences(of: "READ", with: "x = options.get(\"x\")\n    if widget.z:\n        x = widget.z")
        #expect(try outcome(rebound, function: "render", parameter: "options").verdict != .refuted)
        // (`.get` on a parameter other than the default: nothing is known of what it gives.)
        let other = Self.optionsRead.replacingOccurrences(of: "READ", with: "x = widget.get(\"x\")")
        #expect(try outcome(other, function: "render", parameter: "options").verdict != .refuted)
    }

    static let wideOrLong = """
    class PlotData:
        def __init__(self, data, variables):
            self.frame = dict(data or {})
            self.source_vars = variables


    class Plotter:
        def __init__(self, data=None, variables=None):
            self.plot_data = None
            self.assign_variables(data, {} if variables is None else variables)

        def assign_variables(self, data=None, variables={}):
            READ
            if TEST:
                self.input_format = "wide"
                self.plot_data = dict(data or {})
            else:
                self.input_format = "long"
                self.plot_data = PlotData(data, variables)
            return self
    """

    /// seaborn's `assign_variables`: with the empty default, `x = variables.get("x", None)` is None,
    /// so the long-form branch handing `variables` to `PlotData(...)` never runs for it, and the
    /// store in `PlotData.__init__` (a function that never ran, reached only through its own
    /// parameter) is dead with it, as it is when `PlotData` is another module's. Refuted; and not
    /// when the branch does run for the default, or when `x` may be something else.
    @Test func aStoreOnlyADeadCallHandsTheDefaultToIsDead() throws {
        func source(_ read: String, _ test: String) -> String {
            Self.wideOrLong.replacingOccurrences(of: "READ", with: read).replacingOccurrences(of: "TEST", with: test)
        }
        let read = "x = variables.get(\"x\", None)\n        y = variables.get(\"y\", None)"
        let dead = source(read, "x is None and y is None")
        #expect(dead.contains("x = variables.get(\"x\", None)"))
        #expect(try outcome(dead, function: "assign_variables", parameter: "variables").verdict == .refuted)
        // (The test read directly off the default: the same.)
        let direct = source("pass", "variables.get(\"x\") is None")
        #expect(try outcome(direct, function: "assign_variables", parameter: "variables").verdict == .refuted)
        // (A fallback that is not None: the long-form branch runs for the default, which `PlotData`
        // keeps on an instance kept on `self`: not refuted.)
        let runs = source("x = variables.get(\"x\", 1)\n        y = variables.get(\"y\", 1)", "x is None and y is None")
        #expect(try outcome(runs, function: "assign_variables", parameter: "variables").verdict != .refuted)
        // (`x` bound a second way from data heaplint does not know: the branch may run.)
        let rebound = source(read + "\n        if data:\n            x = data[0]", "x is None and y is None")
        #expect(try outcome(rebound, function: "assign_variables", parameter: "variables").verdict != .refuted)
    }

    /// The same shape where `PlotData` grows what it is handed and the default takes the branch
    /// that hands it over (a caller omits `variables`): confirmed.
    @Test func aHandedOverStoreOnTheDefaultsWayStillCounts() throws {
        let grows = Self.wideOrLong
            .replacingOccurrences(of: "self.source_vars = variables", with: "variables.setdefault(\"seen\", []).append(data)")
            .replacingOccurrences(of: "READ", with: "pass")
            .replacingOccurrences(of: "TEST", with: "variables.get(\"x\") is not None")
            + "\n\ndef render(data):\n    return Plotter().assign_variables(data).input_format\n"
        #expect(try outcome(grows, function: "assign_variables", parameter: "variables").verdict == .confirmed)
    }

    static let recorder = """
    import itertools
    _ticks = itertools.count(1)

    class _Recorder:
        def __init__(self, options):
            self.options = options

        def record(self, line):
            self.options.setdefault("samples", []).append(line)
            return line

    def emit(name, value, options={}):
        mode = options.get("mode", FALLBACK)
        line = f"{name}:{value}"
        if mode == "track":
            return _Recorder(options).record(line)
        return line

    def scenario():
        n = next(_ticks)
        return emit(f"q{n}", n)
    """

    /// A method that grows what its instance keeps (`self.options`) never ran because the one
    /// statement making an instance was skipped for the default (CPython: h1001 refuted, h1000
    /// confirmed).
    @Test func aMethodOfAClassNoCallInstantiatedIsDead() throws {
        let plain = Self.recorder.replacingOccurrences(of: "FALLBACK", with: "\"plain\"")
        #expect(try outcome(plain, function: "emit", parameter: "options").verdict == .refuted)
        let track = Self.recorder.replacingOccurrences(of: "FALLBACK", with: "\"track\"")
        #expect(try outcome(track, function: "emit", parameter: "options").verdict == .confirmed)
    }

    static let otherArguments = """
    import json

    from data import PlotData


    class VectorPlotter:
        def __init__(self, data=None, variables={}):
            self.plot_data = None
            self.assign_variables(data, variables)

        def assign_variables(self, data=None, variables={}):
            if data is not None and data.get("index"):
                self.index = data["index"]
            if data is not None and data.get("columns"):
                self.columns = data["columns"]
            if TEST:
                self.input_format = "long"
                self.plot_data = PlotData(data, variables)
            else:
                self.input_format = "wide"
                self.plot_data = dict(data or {})
            return self


    def scatterplot(spec, data=None):
        p = VectorPlotter(data=data)
        q = VectorPlotter(data=data, variables=json.loads(spec))
        return p.input_format, q.input_format


    def _defaults_of(f):
        return len(f.__defaults__ or ())
    """

    /// How a test went counts only in calls that had the default: `if variables:` is decided
    /// (false) in every frame holding the empty default, after two undecided tests on `data`;
    /// the same function run on `json.loads(spec)` (another object) evaluates it undecided, and
    /// that must not make the store it guards look reachable for the default. (`__defaults__`
    /// named in the module keeps the read-only proof out: the simulation decides.)
    @Test func aTestCountsOnlyInFramesThatHoldTheDefault() throws {
        let dead = Self.otherArguments.replacingOccurrences(of: "TEST", with: "variables")
        #expect(try outcome(dead, function: "assign_variables", parameter: "variables").verdict == .refuted)
        // (The branch taken for the default: it flows into `PlotData`, which heaplint cannot see.)
        let taken = Self.otherArguments.replacingOccurrences(of: "TEST", with: "not variables")
        #expect(try outcome(taken, function: "assign_variables", parameter: "variables").verdict != .refuted)
    }
}
