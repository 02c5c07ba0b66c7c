import HeapSim
import PythonModel
import Testing
import TestSupport

/// Verdicts that a corpus round written without knowledge of the simulator found wrong (or that
/// the standard library showed undecided for no reason), each checked both ways.
@Suite struct ResumedGeneratorAndHandlerTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    /// `try: parse(x) except ValueError: cache.append(x)`: the model never raises from unknown
    /// code, so the handler is never entered; that is no proof real calls do not enter it.
    @Test func aHandlerOfATryThatRanUnknownCodeIsNotDead() throws {
        let source = """
        from _somewhere import parse

        def f(x, cache=[]):
            try:
                parse(x)
            except ValueError:
                cache.append(x)
        """
        let o = try outcome(source, function: "f", parameter: "cache")
        #expect(o.verdict == .unknown)
        guard case .skippedHandler? = o.unreached else {
            Issue.record("expected the skipped handler as the reason, got \(String(describing: o.unreached))")
            return
        }
        // A builtin given an unknown value may raise as well.
        let parsed = source.replacingOccurrences(of: "parse(x)", with: "int(x)")
        #expect(try outcome(parsed, function: "f", parameter: "cache").verdict == .unknown)
        // A handler the body's known exception never matches is dead.
        let dead = """
        def f(x, cache=[]):
            try:
                raise KeyError(x)
            except ValueError:
                cache.append(x)
            except KeyError:
                pass
        """
        #expect(try outcome(dead, function: "f", parameter: "cache").verdict == .refuted)
    }

    /// A generator resumed by each call grows its default per call (`next()` continues after the
    /// last `yield`); one taken once and dropped never runs past its first `yield`.
    @Test func generatorsResumeWhereTheyStopped() throws {
        let resumed = """
        def ticks(start, history=[]):
            price = start
            while True:
                history.append(price)
                price += 1
                yield price

        _feed = ticks(100)

        def quote(qty):
            return qty * next(_feed)
        """
        let grown = try outcome(resumed, function: "ticks", parameter: "history")
        #expect(grown.verdict == .confirmed, "\(String(describing: grown.reason))")
        let once = """
        def pages(url, fetched=[]):
            page = 1
            while True:
                yield url + str(page)
                fetched.append(page)
                page += 1

        def first(url):
            return next(pages(url))
        """
        let dropped = try outcome(once, function: "pages", parameter: "fetched")
        #expect(dropped.verdict == .refuted, "\(String(describing: dropped.reason))")
        // `send()` resumes with a value; the `finally` of a generator dropped while suspended runs.
        let sent = """
        def averager(samples=[]):
            avg = None
            while True:
                value = yield avg
                samples.append(value)
                avg = sum(samples) / len(samples)

        def feed(n):
            a = averager()
            next(a)
            a.send(n)
        """
        #expect(try outcome(sent, function: "averager", parameter: "samples").verdict == .confirmed)
        let finished = """
        def rows(data, done=[]):
            try:
                for row in data:
                    yield row
            finally:
                done.append(len(data))

        def head(n):
            r = rows([n, n + 1])
            return next(r)
        """
        #expect(try outcome(finished, function: "rows", parameter: "done").verdict == .confirmed)
    }

    /// A decorator that keeps the function's own default (`fn.__defaults__[-1]`) and fills it:
    /// callers call what the module holds under the name, the wrapper.
    @Test func aDecoratedFunctionIsCalledThroughItsWrapper() throws {
        let source = """
        import functools

        def memoized(fn):
            cache = fn.__defaults__[-1]
            @functools.wraps(fn)
            def wrapper(*args):
                if args not in cache:
                    cache[args] = fn(*args)
                return cache[args]
            return wrapper

        @memoized
        def resolve(host, port, _cache={}):
            return host
        """
        #expect(try outcome(source, function: "resolve", parameter: "_cache").verdict == .confirmed)
        let plain = source.replacingOccurrences(of: "cache[args] = fn(*args)", with: "return fn(*args)")
        #expect(try outcome(plain, function: "resolve", parameter: "_cache").verdict == .refuted)
    }

    /// An outside caller's `**kw` names keys the model does not know: `cnf.update(kw)` on the
    /// shared default may grow it (new names each call) or not (the same few): unknown.
    @Test func keywordsOfOutsideCallersAreUnknownNames() throws {
        let source = """
        class Widget:
            def __init__(self, master=None, cnf={}, **kw):
                cnf.update(kw)
                self.cnf = cnf
        """
        let o = try outcome(source, function: "__init__", parameter: "cnf")
        #expect(o.verdict == .unknown, "\(String(describing: o.reason))")
        let merged = source.replacingOccurrences(of: "cnf.update(kw)", with: "cnf = {**cnf, **kw}")
        #expect(try outcome(merged, function: "__init__", parameter: "cnf").verdict == .refuted)
    }

    /// `json.loads` of known text that is not JSON raises JSONDecodeError (a ValueError), so an
    /// `else:` store never runs; of unknown text, the `else:` is one way of two.
    @Test func knownBrokenJSONRaises() throws {
        let source = """
        import itertools
        import json

        _n = itertools.count()

        def receive(delivery_id, body, _parsed={}):
            try:
                payload = json.loads(body)
            except json.JSONDecodeError:
                return None
            else:
                _parsed[delivery_id] = payload

        def post():
            n = next(_n)
            return receive(f"d{n}", '{"ref": "x' + str(n))
        """
        #expect(try outcome(source, function: "receive", parameter: "_parsed").verdict == .refuted)
        let valid = source.replacingOccurrences(of: "'{\"ref\": \"x' + str(n)", with: "'{\"ref\": ' + str(n) + '}'")
        #expect(try outcome(valid, function: "receive", parameter: "_parsed").verdict == .confirmed)
        let unknown = source.replacingOccurrences(of: "def post():", with: "def post(body):")
            .replacingOccurrences(of: "'{\"ref\": \"x' + str(n)", with: "body")
        #expect(try outcome(unknown, function: "receive", parameter: "_parsed").verdict == .unknown)
    }
}
