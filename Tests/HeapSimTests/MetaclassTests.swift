@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// Program metaclasses (`class M(type)`): a class statement with `metaclass=M`, or a base made by
/// `M`, calls `M(name, bases, namespace)`; `type.__new__` reached through `super()` makes the
/// class; a metaclass `__call__` decides what calling its classes gives. Python `__new__` on
/// ordinary classes runs before `__init__`. Tasks of `asyncio.ensure_future` run their done
/// callbacks. Each case was measured in CPython by a corpus round (h62, h65, h66).
@Suite struct MetaclassTests {
    func verdict(_ source: String, function name: String, parameter: String, inClass: String? = nil) throws -> Verdict {
        try TestSupport.defaultVerdict(source, function: name, parameter: parameter, inClass: inClass)
    }

    /// The metaclass's `__init__` runs for a class statement inside a function (one class per
    /// call: the registry grows), and only at import for module-level class statements.
    @Test func aMetaclassInitRunsForEachClassStatement() throws {
        let perCall = """
        class CommandMeta(type):
            def __init__(cls, name, bases, namespace, registry={}):
                super().__init__(name, bases, namespace)
                if bases:
                    registry[cls.name] = cls
                cls.registry = registry

        class Command(metaclass=CommandMeta):
            name = "base"

        def make_alias(alias_name):
            class Alias(Command):
                name = alias_name
            return Alias

        def dispatch(line):
            alias = make_alias(line)
            return Command.registry[alias.name]
        """
        #expect(try verdict(perCall, function: "__init__", parameter: "registry") == .confirmed)
        let atImport = """
        class Tracked(type):
            def __new__(mcs, name, bases, ns, registry=[]):
                cls = super().__new__(mcs, name, bases, ns)
                registry.append(name)
                return cls

        class Base(metaclass=Tracked):
            pass

        class Fixed(Base):
            pass

        def describe(n):
            return Fixed.__name__ + str(n)
        """
        #expect(try verdict(atImport, function: "__new__", parameter: "registry") == .refuted)
    }

    /// `ModelMeta(name, (Model,), ns)`: the metaclass's `__new__` makes the class through
    /// `super().__new__`, which is `type.__new__`; the class it returns has the namespace's items.
    @Test func callingAMetaclassMakesAClass() throws {
        let source = """
        class ModelMeta(type):
            def __new__(mcs, name, bases, namespace, registry={}):
                cls = super().__new__(mcs, name, bases, namespace)
                if bases:
                    registry[name] = cls
                cls._registry = registry
                return cls

        class Model(metaclass=ModelMeta):
            __tablename__ = None

            @classmethod
            def table(cls):
                return cls.__tablename__ or cls.__name__.lower()

        def snapshot(n):
            made = ModelMeta("Snapshot%d" % n, (Model,), {"__tablename__": "s%d" % n})
            assert type(made) is ModelMeta and isinstance(made, ModelMeta)
            return made.table()
        """
        #expect(try verdict(source, function: "__new__", parameter: "registry") == .confirmed)
    }

    /// A singleton metaclass's `__call__` returns the one instance: `__init__` runs once, so a
    /// default it appends to at construction does not grow; one a method appends to does.
    @Test func aMetaclassCallDecidesWhatCallingTheClassGives() throws {
        let source = """
        class Singleton(type):
            _instances = {}
            def __call__(cls, *args, **kwargs):
                if cls not in cls._instances:
                    cls._instances[cls] = super().__call__(*args, **kwargs)
                return cls._instances[cls]

        class Config(metaclass=Singleton):
            def __init__(self, seen=[]):
                seen.append(len(seen))
                self.seen = seen

        def handle(request):
            return Config().seen[0]
        """
        #expect(try verdict(source, function: "__init__", parameter: "seen") == .refuted)
        let plain = source.replacingOccurrences(of: "class Config(metaclass=Singleton):", with: "class Config:")
        #expect(try verdict(plain, function: "__init__", parameter: "seen") == .confirmed)
    }

    /// A class's own `__new__` runs before `__init__` when the class is called; `object.__new__`
    /// through `super()` makes the bare instance.
    @Test func aClassNewRunsWhenTheClassIsCalled() throws {
        let source = """
        _pool = {}

        class Interned:
            def __new__(cls, name):
                obj = _pool.get(name)
                if obj is None:
                    obj = super().__new__(cls)
                    _pool[name] = obj
                return obj

            def __init__(self, name, aliases=[]):
                aliases.append(name)
                self.name = name

        def intern(names):
            return [Interned(n).name for n in names]
        """
        #expect(try verdict(source, function: "__init__", parameter: "aliases") == .confirmed)
    }

    /// A task's done callback runs once the loop gets control again: it takes the in-flight entry
    /// out under the key it was stored under (a different key leaves it in).
    @Test func anAsyncioTaskRunsItsDoneCallbacks() throws {
        let source = """
        import asyncio

        async def _get(url):
            return {"url": url}

        def fetch(url, _inflight={}):
            key = url.lower()
            task = _inflight.get(key)
            if task is None:
                task = asyncio.ensure_future(_get(url))
                _inflight[key] = task
                task.add_done_callback(lambda _t: _inflight.pop(key, None))
            return task

        async def load(n):
            url = "https://api.example.com/Orders/%d" % n
            order = await fetch(url)
            return order["url"]

        def request(n):
            return asyncio.run(load(n))
        """
        #expect(try verdict(source, function: "fetch", parameter: "_inflight") == .refuted)
        let wrongKey = source.replacingOccurrences(of: "_inflight.pop(key, None)", with: "_inflight.pop(url, None)")
        #expect(try verdict(wrongKey, function: "fetch", parameter: "_inflight") == .confirmed)
    }

    /// A base class that wraps the default in `ChainMap(defaults)` writes through it in another
    /// method: that method is a store site, so a run that never calls it does not refute.
    @Test func aChainMapWrappingTheDefaultMakesItsWritesStoreSites() throws {
        let source = """
        from collections import ChainMap

        class Layered:
            def __init__(self, owner, defaults):
                self.owner = owner
                self._values = ChainMap(defaults)

            def set(self, key, value):
                self._values[key] = value
                return self

        class EditorPrefs(Layered):
            def __init__(self, user, defaults={"theme": "light"}):
                super().__init__(user, defaults)
        """
        #expect(try verdict(source, function: "__init__", parameter: "defaults", inClass: "EditorPrefs") != .refuted)
        let copied = source.replacingOccurrences(of: "ChainMap(defaults)", with: "ChainMap({}, defaults)")
        #expect(try verdict(copied, function: "__init__", parameter: "defaults", inClass: "EditorPrefs") == .refuted)
    }

    /// `self.__dict__ = state` makes `state` the instance's namespace (a Borg): attributes set
    /// and read later are its items, so a list kept there grows with every instance.
    @Test func anAssignedDunderDictIsTheInstanceNamespace() throws {
        let source = """
        class RequestState:
            def __init__(self, state={}, **values):
                self.__dict__ = state
                self.__dict__.setdefault("messages", [])

            def flash(self, text):
                self.messages.append(text)

        def save(n):
            s = RequestState(user="u%d" % n)
            s.flash("saved %d" % n)
            return len(s.messages)
        """
        #expect(try verdict(source, function: "__init__", parameter: "state") == .confirmed)
    }

    /// `del obj.token` runs a data descriptor's `__delete__` (which drops the instance's entry
    /// from the dict the descriptor keeps); setting it to None keeps the entry.
    @Test func deletingAnAttributeRunsTheDescriptorsDelete() throws {
        let source = """
        class Secret:
            def __init__(self, values={}):
                self.values = values
            def __get__(self, obj, owner=None):
                return self if obj is None else self.values.get(obj)
            def __set__(self, obj, value):
                self.values[obj] = value
            def __delete__(self, obj):
                self.values.pop(obj, None)

        class Session:
            token = Secret()
            def __init__(self, token):
                self.token = token
            def close(self):
                del self.token

        def handle(n):
            s = Session("t%d" % n)
            s.close()
        """
        #expect(try verdict(source, function: "__init__", parameter: "values", inClass: "Secret") == .refuted)
        let kept = source.replacingOccurrences(of: "del self.token", with: "self.token = None")
        #expect(try verdict(kept, function: "__init__", parameter: "values", inClass: "Secret") == .confirmed)
    }

    /// A metaclass's `__call__` runs whenever a class it makes is called, also one held in a table
    /// and made by `type(name, bases, ns)`, which no call by name shows: the module's entry
    /// points are run (it was run as outside code would, with a new class each call: unknown).
    @Test func aMetaclassCallRunsWhereItsClassesAreCalledFromATable() throws {
        let source = """
        import itertools
        _requests = itertools.count()

        class SettingsMeta(type):
            def __call__(cls, *args, _instances={}, **kwargs):
                if cls not in _instances:
                    _instances[cls] = super().__call__(*args, **kwargs)
                return _instances[cls]

        class Settings(metaclass=SettingsMeta):
            PAGE_SIZE = 50

        PLANS = {plan: type(plan.title() + "Settings", (Settings,), {"PAGE_SIZE": size})
                 for plan, size in (("free", 20), ("team", 50), ("enterprise", 200))}

        def handle():
            n = next(_requests)
            plan = PLANS[("free", "team", "enterprise")[n % 3]]
            return plan().PAGE_SIZE
        """
        #expect(try verdict(source, function: "__call__", parameter: "_instances", inClass: "SettingsMeta") == .refuted)
        // A class made per call: one instance kept per call.
        let perCall = source.replacingOccurrences(of: "    plan = PLANS[(\"free\", \"team\", \"enterprise\")[n % 3]]",
                                                  with: "    plan = type(\"Tenant\" + str(n), (Settings,), {})")
        #expect(try verdict(perCall, function: "__call__", parameter: "_instances", inClass: "SettingsMeta") == .confirmed)
    }
}
