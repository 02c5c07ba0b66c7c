@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// Standard-library shapes a corpus round found computed unlike CPython: ChainMap lookups into a
/// defaultdict, `functools.wraps` and the signature it exposes, NamedTuple `_replace`, `heapq`'s
/// selections.
@Suite struct LibraryShapesTests {
    func verdict(_ source: String, function name: String, parameter: String) throws -> Verdict {
        try TestSupport.defaultVerdict(source, function: name, parameter: parameter)
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

    /// `heapq.heappushpop` / `heapreplace` swap one item for another: a top-N heap that pushes
    /// until full and then only swaps stays bounded (h503); `heapify` only reorders.
    @Test func heapReplacementsKeepTheHeapsLength() throws {
        let source = """
        import heapq

        def record(ms, sql, _heap=[]):
            entry = (ms, sql)
            if len(_heap) < 5:
                heapq.heappush(_heap, entry)
            else:
                heapq.heappushpop(_heap, entry)
            heapq.heapify(_heap)
            return _heap[0]
        """
        #expect(try verdict(source, function: "record", parameter: "_heap") == .refuted)
        let replaced = source.replacingOccurrences(of: "heapq.heappushpop(_heap, entry)", with: "heapq.heapreplace(_heap, entry)")
        #expect(try verdict(replaced, function: "record", parameter: "_heap") == .refuted)
        let unbounded = source.replacingOccurrences(of: "if len(_heap) < 5:", with: "if len(_heap) >= 0:")
        #expect(try verdict(unbounded, function: "record", parameter: "_heap") == .confirmed)
    }

    /// `functools.singledispatch`: the implementation registered for the argument's type runs
    /// (by `register(cls)`, `register(cls, func)`, or an annotated first parameter; the most
    /// specific along the type's MRO: a bool is an int), the decorated function for the others.
    @Test func singledispatchCallsTheImplementationRegisteredForTheType() throws {
        let source = """
        import functools

        @functools.singledispatch
        def label(value):
            return "fallback"

        @label.register
        def _(value: str):
            return "str"

        @label.register(int)
        def _(value):
            return "int"

        label.register(list, lambda value: "list")

        A, B, C, D, E = label("x"), label(3), label(2.5), label(True), label([1])
        """
        let i = ModuleSimulation(module: try TestSupport.lower(source)).makeInterpreter(.takeTrue)
        try i.loadModule()
        let got = try ["A", "B", "C", "D", "E"].map { try #require(i.global($0)).self }.map { i.heap[$0].constant }
        #expect(got == ["str", "int", "fallback", "int", "list"])
    }

    /// The numeric tower: an int is a `numbers.Integral`, a str is no `numbers.Number`.
    @Test func numbersAbstractClassesOfBuiltinValues() throws {
        let source = """
        import numbers

        def tally(value, seen=[]):
            if isinstance(len(value), numbers.Integral) and not isinstance("x", numbers.Number):
                return len(seen)
            seen.append(value)
            return len(seen)
        """
        #expect(try verdict(source, function: "tally", parameter: "seen") == .refuted)
    }
    /// `Severity(label)` with no member of that value asks the enum's `_missing_` hook (a
    /// ValueError only when it returns None): the store after it is reached.
    @Test func anEnumLookupAsksMissingBeforeValueError() throws {
        let source = """
        import enum

        class Level(enum.Enum):
            LOW = "low"
            HIGH = "high"

            @classmethod
            def _missing_(cls, value):
                return cls.LOW

        def triage(ticket, queues={Level.LOW: [], Level.HIGH: []}):
            queues[Level(ticket)].append(ticket)
            return len(queues)
        """
        #expect(try verdict(source, function: "triage", parameter: "queues") == .confirmed)
    }

    /// `operator.ior` is `a |= b` in place (a set default merged into grows); `operator.or_`
    /// builds a new set.
    @Test func operatorInPlaceFunctionsStoreIntoTheirFirstArgument() throws {
        let source = """
        import functools
        import operator

        def effective(grants, base=set()):
            return functools.reduce(operator.ior, grants, base)
        """
        #expect(try verdict(source, function: "effective", parameter: "base") == .confirmed)
        let pure = source.replacingOccurrences(of: "operator.ior", with: "operator.or_")
        #expect(try verdict(pure, function: "effective", parameter: "base") == .refuted)
    }

    /// A method a subclass inherits from a base the model cannot see (`UserDict.copy`, which runs
    /// `copy.copy(self)` and the subclass's `__setitem__`) is given the instance: never refuted.
    /// A builtin container base's method reaches the instance's items only, not what its
    /// attributes hold: a list subclass's `self.append` leaves the default kept in `self._added`
    /// to the growth the run sees.
    @Test func inheritedMethodsOfUnseenBasesGetTheirInstance() throws {
        let userDict = """
        from collections import UserDict

        class Config(UserDict):
            def __setitem__(self, key, value):
                self.changes.append(key)
                super().__setitem__(key, value)

        def compose(recipient, config=Config(sender="x")):
            opts = config.copy()
            return opts
        """
        #expect(try verdict(userDict, function: "compose", parameter: "config") == .unknown)
        let listSubclass = """
        class Items(list):
            def __init__(self, added=[]):
                self._added = added

            def add(self, x):
                self.append(x)
                self._added.append(x)

        def order(x):
            items = Items()
            items.add(x)
            return len(items)
        """
        #expect(try verdict(listSubclass, function: "__init__", parameter: "added") == .confirmed)
    }

    /// `io.StringIO(text)` of text the model does not know is not empty: a `csv.DictReader` over it
    /// has rows, and `functools.reduce` folds them into the default (h70; it was refuted).
    @Test func aStringIOOfUnknownTextHasRows() throws {
        let source = """
        import csv
        import functools
        import io

        def _add(totals, row):
            totals[row["store"]] = totals.get(row["store"], 0) + 1
            return totals

        def store_totals(csv_text, initial={}):
            return functools.reduce(_add, csv.DictReader(io.StringIO(csv_text)), initial)
        """
        #expect(try verdict(source, function: "store_totals", parameter: "initial") != .refuted)
    }
}

