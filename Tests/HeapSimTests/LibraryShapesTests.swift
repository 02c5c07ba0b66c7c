@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// Standard-library shapes a corpus round found computed unlike CPython: ChainMap lookups into a
/// defaultdict, `functools.wraps` and the signature it exposes, NamedTuple `_replace`, `heapq`'s
/// selections.
@Suite struct LibraryShapesTests {
    func verdict(_ source: String, function name: String, parameter: String) throws -> Verdict {
        let module = try TestSupport.lower(source)
        let def = try #require(module.functions.first { $0.name == name })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return ModuleSimulation(module: module).defaultArgument(function: def, parameter: index).verdict
    }

    /// `ChainMap.__getitem__` tries `mapping[key]` on each map: a defaultdict among them stores
    /// every key it is asked for. `get` tests membership first and stores nothing.
    @Test func aChainMapLookupStoresIntoADefaultdictItReaches() throws {
        let source = """
        import collections

        def lookup(key, blanks=collections.defaultdict(str)):
            return collections.ChainMap({"name": "x"}, blanks)[key]
        """
        #expect(try verdict(source, function: "lookup", parameter: "blanks") == .confirmed)
        let viaGet = source.replacingOccurrences(of: "blanks)[key]", with: "blanks).get(key)")
        #expect(try verdict(viaGet, function: "lookup", parameter: "blanks") == .refuted)
    }

    static let inject = """
    import functools
    import inspect

    PROVIDERS = {"audit": list}

    def inject(fn):
        wanted = tuple(inspect.signature(fn).parameters)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for name in wanted:
                if name in PROVIDERS and name not in kwargs:
                    kwargs[name] = PROVIDERS[name]()
            return fn(*args, **kwargs)
        return wrapper

    def timed(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        return wrapper

    @inject
    @timed
    def transfer(src, amount, audit=[]):
        audit.append((src, amount))
        return len(audit)

    def pay(n):
        return transfer("acct-%d" % n, n)
    """

    /// `functools.wraps` gives the wrapper `__wrapped__`, and `inspect.signature` follows it: the
    /// injector sees `audit` and passes a new list each call. Without `wraps`, the signature is
    /// the wrapper's `(*args, **kwargs)` and the default is used.
    @Test func wrapsExposesTheWrappedSignature() throws {
        #expect(try verdict(Self.inject, function: "transfer", parameter: "audit") == .refuted)
        let unwrapped = Self.inject.replacingOccurrences(of: """
        def timed(fn):
            @functools.wraps(fn)
        """, with: """
        def timed(fn):
        """)
        #expect(try verdict(unwrapped, function: "transfer", parameter: "audit") == .confirmed)
    }

    /// `_replace` makes a new tuple holding the same objects: a list of the default extended in
    /// place grows; one copied first does not.
    @Test func aNamedTupleReplaceSharesWhatItHolds() throws {
        let source = """
        from typing import NamedTuple

        class Rule(NamedTuple):
            pattern: str
            middlewares: list

        def add_rule(pattern, extra, base=Rule("", ["session"])):
            middlewares = base.middlewares
            middlewares.extend(extra)
            return base._replace(pattern=pattern, middlewares=middlewares)._asdict()
        """
        #expect(try verdict(source, function: "add_rule", parameter: "base") == .confirmed)
        let copied = source.replacingOccurrences(of: "middlewares = base.middlewares", with: "middlewares = list(base.middlewares)")
        #expect(try verdict(copied, function: "add_rule", parameter: "base") == .refuted)
    }

    /// `heapq.nlargest` only reads the heap; the bound is `heappop` after the size check.
    @Test func heapSelectionsReadTheHeap() throws {
        let source = """
        import heapq

        def record(ms, sql, _heap=[]):
            heapq.heappush(_heap, (ms, sql))
            if len(_heap) > 5:
                heapq.heappop(_heap)
            return heapq.nlargest(3, _heap, key=lambda e: e[0])
        """
        #expect(try verdict(source, function: "record", parameter: "_heap") == .refuted)
        let unbounded = source.replacingOccurrences(of: "if len(_heap) > 5:", with: "if len(_heap) < 0:")
        #expect(try verdict(unbounded, function: "record", parameter: "_heap") == .confirmed)
    }
}
