@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// Instances of `dict`, `list` and `set` subclasses keep their items in the model (`class
/// Memo(dict)`): the base's methods, subscripts, iteration, `len`, `in` and truth work on them,
/// `super().__setitem__` and `dict.__setitem__(self, …)` reach them, and `dict.__getitem__` calls
/// the class's `__missing__`. Growth is measured only through what the candidate holds or what
/// holds it, never through a module its class's methods reach. Each shape was measured in
/// CPython by a corpus round (h12, h31, h54, h62, h64, m49, h71).
@Suite struct ContainerSubclassTests {
    func verdict(_ source: String, function name: String, parameter: String) throws -> Verdict {
        try TestSupport.defaultVerdict(source, function: name, parameter: parameter)
    }

    /// `setdefault` of the dict base bypasses an evicting `__setitem__` of a mixin: it grows;
    /// subscript assignment goes through the mixin's bound and does not.
    @Test func anEvictingMixinBoundsSubscriptsButNotSetdefault() throws {
        let source = """
        class Evicting:
            capacity = 256
            def __setitem__(self, key, value):
                if key not in self and len(self) >= self.capacity:
                    del self[next(iter(self))]
                super().__setitem__(key, value)

        class Memo(Evicting, dict):
            capacity = 32

        def bypass(ip, _memo=Memo()):
            if ip in _memo:
                return _memo[ip]
            return _memo.setdefault(ip, ip.upper())

        def bounded(ip, _memo=Memo()):
            _memo[ip] = ip.upper()
            return _memo[ip]
        """
        #expect(try verdict(source, function: "bypass", parameter: "_memo") == .confirmed)
        #expect(try verdict(source, function: "bounded", parameter: "_memo") == .refuted)
    }

    /// `dict.__getitem__` calls `__missing__` for a key the items lack: one that stores the key
    /// grows; one that only returns a fallback does not.
    @Test func missingRunsForAbsentKeys() throws {
        let stores = """
        class Tally(dict):
            def __missing__(self, key):
                self[key] = 0
                return 0

        def count(word, _tally=Tally()):
            return _tally[word] + 1
        """
        #expect(try verdict(stores, function: "count", parameter: "_tally") == .confirmed)
        let returns = """
        class Labels(dict):
            def __missing__(self, key):
                return "unknown"

        def label(code, _labels=Labels(ok="fine")):
            return _labels[code]
        """
        #expect(try verdict(returns, function: "label", parameter: "_labels") == .refuted)
    }

    /// A list subclass: `append` grows the items; a copy made with `list(self)` leaves them alone;
    /// `len`, truth and iteration see the items.
    @Test func aListSubclassKeepsItsItems() throws {
        let grows = """
        class History(list):
            def last(self):
                return self[-1] if self else None

        def record(event, _history=History()):
            _history.append(event)
            return len(_history), _history.last()
        """
        #expect(try verdict(grows, function: "record", parameter: "_history") == .confirmed)
        let copies = """
        class History(list):
            pass

        def record(event, _history=History(["start"])):
            seen = list(_history)
            seen.append(event)
            return [e for e in seen if e]
        """
        #expect(try verdict(copies, function: "record", parameter: "_history") == .refuted)
    }

    /// `dict.__setitem__` as a class attribute (`__setattr__ = dict.__setitem__`) and attribute
    /// reads through `__getattr__` reach the items: the shared list under a shallow copy grows.
    @Test func anAttrDictReachesItsItems() throws {
        let source = """
        import copy

        class Settings(dict):
            def __getattr__(self, key):
                try:
                    return self[key]
                except KeyError:
                    raise AttributeError(key) from None

            __setattr__ = dict.__setitem__

        def load(extra, base={"middleware": ["session"]}):
            cfg = Settings(copy.copy(base))
            cfg.middleware.append(extra)
            cfg.loaded = True
            return cfg
        """
        #expect(try verdict(source, function: "load", parameter: "base") == .confirmed)
    }

    /// A growing default of one function is no growth of another function's instance default,
    /// though the instance's class has methods whose globals reach the first.
    @Test func growthIsNotAttributedThroughTheModule() throws {
        let source = """
        class Box:
            def __init__(self):
                self.n = 0
            def bump(self):
                self.n += 1

        def lookup(ip, _memo={}):
            _memo.setdefault(ip, 1)

        def plain(ip, _box=Box()):
            lookup(ip)
            _box.bump()
        """
        #expect(try verdict(source, function: "lookup", parameter: "_memo") == .confirmed)
        #expect(try verdict(source, function: "plain", parameter: "_box") == .refuted)
    }

    /// A module list of `(span, self)` pairs holds the default: its growth is the default's.
    @Test func growthOfWhatHoldsTheDefaultCounts() throws {
        let source = """
        _LOG = []

        class Clock:
            def __init__(self):
                self.ticks = 0
            def now(self, span):
                self.ticks += 1
                _LOG.append((span, self))
                return self.ticks

        def start(name, clock=Clock()):
            return {"name": name, "started": clock.now(name)}
        """
        #expect(try verdict(source, function: "start", parameter: "clock") == .confirmed)
    }

    /// Characters of text the model does not know repeat: a memo keyed by them is not confirmed
    /// (labels made of digits, h71); one keyed by the whole text is.
    @Test func charactersOfUnknownTextAreNoNewKeys() throws {
        let perChar = """
        def width(text, _memo={}):
            total = 0
            for ch in str(text):
                if ch not in _memo:
                    _memo[ch] = 0.5
                total += _memo[ch]
            return total
        """
        #expect(try verdict(perChar, function: "width", parameter: "_memo") == .unknown)
        let perText = """
        def width(text, _memo={}):
            if text not in _memo:
                _memo[text] = len(text) * 0.5
            return _memo[text]
        """
        #expect(try verdict(perText, function: "width", parameter: "_memo") == .confirmed)
    }
    /// `OrderedDict.update` goes through a subclass's evicting `__setitem__` (it is
    /// `MutableMapping.update`); `dict.update` does not (h74).
    @Test func orderedDictUpdateRunsTheSubclassSetitem() throws {
        let source = """
        import collections

        class Bounded(collections.OrderedDict):
            def __setitem__(self, key, value):
                super().__setitem__(key, value)
                while len(self) > 8:
                    self.popitem(last=False)

        def remember(token, user, _tokens=Bounded()):
            _tokens.update({token: user})
            return _tokens[token]
        """
        #expect(try verdict(source, function: "remember", parameter: "_tokens") == .refuted)
        let plain = source.replacingOccurrences(of: "(collections.OrderedDict)", with: "(dict)")
            .replacingOccurrences(of: "self.popitem(last=False)", with: "del self[next(iter(self))]")
        #expect(try verdict(plain, function: "remember", parameter: "_tokens") == .confirmed)
    }

    /// `Settings(base)` of a dict subclass default copies its items: the nested dicts stay shared,
    /// and updating one grows the default (h74, a wrong refutation before).
    @Test func aSubclassCopyOfTheDefaultSharesNestedDicts() throws {
        let source = """
        class Settings(dict):
            def merge(self, other):
                for key, value in other.items():
                    current = self.get(key)
                    if isinstance(current, dict) and isinstance(value, dict):
                        current.update(value)
                    else:
                        self[key] = value
                return self

        def load(name, base=Settings(workers={}, debug=False)):
            settings = Settings(base)
            return settings.merge({"workers": {name: 1}})
        """
        #expect(try verdict(source, function: "load", parameter: "base") == .confirmed)
    }
    /// `+=` on a list subclass is `list.__iadd__` on its items, past the class's capping `append`;
    /// `copy.copy` of a dict subclass shares the nested lists with the default (h75, wrong
    /// refutations before).
    @Test func inPlaceOperatorsAndShallowCopiesReachTheItems() throws {
        let iadd = """
        class Recent(list):
            def append(self, item):
                super().append(item)
                del self[:-25]

        def remember(line, recent=Recent()):
            recent += [line]
            return len(recent)
        """
        #expect(try verdict(iadd, function: "remember", parameter: "recent") == .confirmed)
        let copied = """
        import copy

        class Theme(dict):
            pass

        def render(page, theme=Theme(styles=["base.css"])):
            mine = copy.copy(theme)
            mine["styles"].append(page + ".css")
            return mine
        """
        #expect(try verdict(copied, function: "render", parameter: "theme") == .confirmed)
    }
}
