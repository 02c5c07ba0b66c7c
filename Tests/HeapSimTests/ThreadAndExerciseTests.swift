import HeapSim
import PythonModel
import Rules
import Testing
import TestSupport

/// Threads run their target when started; a queue hands items over in order; an instance's
/// methods that take items out may never be called by its users; `getattr` with a name the model
/// does not know may return the default or not.
@Suite struct ThreadAndExerciseTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    static let worker = """
    import itertools
    import queue
    import threading

    def worker(jobs, done, failures=[]):
        while True:
            item = jobs.get()
            if item is None:
                break
            if item % 2 == 0:
                failures.append(item)
            done.append(item)

    _n = itertools.count()

    def run_batch():
        n = next(_n)
        jobs, done = queue.Queue(), []
        for item in (2 * n + 1, 2 * n + 3):
            jobs.put(item)
        jobs.put(None)
        t = threading.Thread(target=worker, args=(jobs, done))
        t.start()
        t.join()
        return done
    """

    @Test func aStartedThreadRunsItsTargetOverTheQueue() throws {
        // Odd items only: nothing is stored.
        #expect(try outcome(Self.worker, function: "worker", parameter: "failures").verdict == .refuted)
        let even = Self.worker.replacingOccurrences(of: "(2 * n + 1, 2 * n + 3)", with: "(2 * n, 2 * n + 1)")
        #expect(try outcome(even, function: "worker", parameter: "failures").verdict == .confirmed)
    }

    /// A subclass that hands `target=` and `args=` to `Thread.__init__`: the base's `start()`
    /// calls the target with those arguments (h190 thread poller: refuted before, though every
    /// check grew the dict it passed in `args`). Passed as `kwargs=`, the target gets a copy.
    @Test func aThreadSubclassStartsTheTargetItsBaseWasGiven() throws {
        let source = """
        import itertools
        import threading

        _n = itertools.count()

        def poll(url, results, opts):
            opts.setdefault("attempts", []).append(url)
            results.append(url)

        class Poller(threading.Thread):
            def __init__(self, url, options={}):
                self.results = []
                super().__init__(target=poll, args=(url, self.results, options))

        def check():
            p = Poller(f"https://svc{next(_n)}.example")
            p.start()
            p.join()
            return p.results[0]
        """
        #expect(try outcome(source, function: "__init__", parameter: "options").verdict == .confirmed)
        let copied = source.replacingOccurrences(of: "def poll(url, results, opts):", with: "def poll(url, results, **opts):")
            .replacingOccurrences(of: "args=(url, self.results, options)", with: "args=(url, self.results), kwargs=options")
        #expect(try outcome(copied, function: "__init__", parameter: "options").verdict == .refuted)
    }

    /// `json.dumps(value, default=fn)` calls `fn` with each value it cannot encode itself; an
    /// encoder subclass given `default=` calls it from `encode()`.
    @Test func jsonEncodingCallsItsDefaultHook() throws {
        let dumps = """
        import itertools
        import json

        _n = itertools.count()

        class Money:
            def __init__(self, cents):
                self.cents = cents

        def export(n, seen=[]):
            def fallback(obj):
                seen.append(obj.cents)
                return obj.cents
            return json.dumps({"id": n, "total": Money(n)}, default=fallback)

        def scenario():
            return export(next(_n))
        """
        #expect(try outcome(dumps, function: "export", parameter: "seen").verdict == .confirmed)
        // (Nothing it cannot encode: `fallback` is never called, and no growth is shown. It was
        // handed to the library, which may call it: not refuted either.)
        let plain = dumps.replacingOccurrences(of: "\"total\": Money(n)", with: "\"total\": n")
        #expect(try outcome(plain, function: "export", parameter: "seen").verdict == .unknown)
        let encoder = """
        import functools
        import itertools
        import json

        _n = itertools.count()

        def fallback(obj, seen):
            seen.append(obj.cents)
            return obj.cents

        class Encoder(json.JSONEncoder):
            def __init__(self, seen=[], **kw):
                super().__init__(default=functools.partial(fallback, seen=seen), **kw)

        class Money:
            def __init__(self, cents):
                self.cents = cents

        def export():
            n = next(_n)
            return Encoder(sort_keys=True).encode({"id": n, "total": Money(n)})
        """
        // (The encoder's `__init__` comes first: the helper takes the first function of that name.)
        let o = try outcome(encoder, function: "__init__", parameter: "seen")
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason)) \(o.evidence.assumptions)")
    }

    /// `close()` clears what `add()` stored; users of the class may never call it.
    @Test func aMethodThatTakesItemsOutIsNotAlwaysCalled() throws {
        let source = """
        class Session:
            def __init__(self, identity_map={}):
                self.identity_map = identity_map

            def add(self, key, obj):
                self.identity_map[key] = obj

            def close(self):
                self.identity_map.clear()
        """
        #expect(try outcome(source, function: "__init__", parameter: "identity_map").verdict != .refuted)
    }

    /// `getattr(ns, name, default)` with a name the model does not know: either way.
    @Test func getattrOfAnUnknownNameIsEitherWay() throws {
        let source = """
        from somewhere import Namespace, pick_name

        def extend(ns, values, default=[]):
            items = getattr(ns, pick_name(), default)
            items.extend(values)
            return items
        """
        #expect(try outcome(source, function: "extend", parameter: "default").verdict == .unknown)
    }

    /// A function used only through `functools.partial` objects that bind the parameter is a
    /// latent hazard (unknown), not a confirmed one; partials that leave it free confirm.
    @Test func partialsBindingTheArgumentMakeItLatent() throws {
        let source = """
        import functools

        RING = []

        def emit(level, message, buffer=[]):
            buffer.append((level, message))

        warn = functools.partial(emit, "WARN", buffer=RING)
        """
        let module = try TestSupport.lower(source)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.first?.verdict == .unknown, "\(findings.map(\.message))")
        let free = source.replacingOccurrences(of: "functools.partial(emit, \"WARN\", buffer=RING)", with: "functools.partial(emit, \"WARN\")")
        #expect(RuleRunner.run(try TestSupport.lower(free), settings: RuleSettings(enabled: ["HL101"])).first?.verdict == .confirmed)
    }
}
