@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Class decorators of libraries. attrs classes (`@attr.s`, `@define`, `@frozen`): their generated
/// `__init__` keeps each argument under its field (through the field's converter), and the
/// store-site scan knows it. Before, such a class was "a constructor of a base class defined
/// elsewhere": unknown. zope.interface's `@implementer(I)` hands the class back.
@Suite struct AttrsClassesTests {
    let imports = ImportTests()

    func verdict(_ source: String, function: String = "make", parameter: String = "tags") throws -> Verdict {
        try imports.outcome(source, [], function: function, parameter: parameter).verdict
    }

    /// `@define` stores the argument itself: a method appending to the field grows the default;
    /// `attr.ib(converter=list)` stores a copy, so the same method grows nothing.
    @Test func aFieldKeepsTheArgumentUnlessItsConverterCopiesIt() throws {
        let kept = """
        from attrs import define

        @define
        class Job:
            tags: list
            name: str = "job"

            def tag(self, t):
                self.tags.append(t)

        def make(t, tags=[]):
            j = Job(tags=tags)
            j.tag(t)
            return j
        """
        #expect(try verdict(kept) == .confirmed)
        // Positional, and a private field named by its alias (`_tags` by `tags`).
        let positional = kept.replacingOccurrences(of: "Job(tags=tags)", with: "Job(tags)")
        #expect(try verdict(positional) == .confirmed)
        let copied = """
        import attr

        @attr.s
        class Job:
            _tags = attr.ib(converter=list)
            name = attr.ib(default="job")

            def tag(self, t):
                self._tags.append(t)

        def make(t, tags=[]):
            j = Job(tags=tags)
            j.tag(t)
            return j
        """
        #expect(try verdict(copied) == .refuted)
        #expect(try verdict(copied.replacingOccurrences(of: "attr.ib(converter=list)", with: "attr.ib()")) == .confirmed)
    }

    /// Under `@attr.s` only `attr.ib()` are fields: an annotated class attribute is not, so the
    /// first argument goes to the first `attr.ib()`. With `auto_attribs=True` it is a field.
    @Test func underAttrSOnlyAttribMarkersAreFields() throws {
        let source = """
        import attr

        @attr.s
        class Job:
            limit: int = 10
            tags = attr.ib()
            seen = attr.ib(factory=list)

            def tag(self, t):
                self.seen.append(t)
                if len(self.tags) < 3:
                    self.tags.append(t)

        def make(t, tags=[]):
            j = Job(tags)
            j.tag(t)
            return len(j.seen)
        """
        // (`tags` is the first field: `len(self.tags) < 3` bounds it at three items.)
        #expect(try verdict(source) == .refuted)
        let auto = source.replacingOccurrences(of: "@attr.s\n", with: "@attr.s(auto_attribs=True)\n")
            .replacingOccurrences(of: "    tags = attr.ib()\n    seen = attr.ib(factory=list)\n",
                                  with: "    tags: list = attr.ib(factory=list)\n    seen: list = attr.ib(factory=list)\n")
        // (Now `limit` comes first: `Job(tags)` sets `limit` to the default, `tags` gets a new list.)
        #expect(try verdict(auto) == .refuted)
        let autoAppends = auto.replacingOccurrences(of: "        self.seen.append(t)\n", with: "        self.limit.append(t)\n")
        #expect(try verdict(autoAppends) == .confirmed)
    }

    /// Kept in an attrs instance that another method reaches and writes into, a default is not
    /// refuted by runs that never call that method (the store-site scan finds the field's
    /// attribute, as for a hand-written `__init__` or a dataclass).
    @Test func aStoreThroughTheFieldInAMethodNotRunKeepsItUndecided() throws {
        let source = """
        import attr

        @attr.s(frozen=True, auto_attribs=True)
        class Process:
            args: list
            env: dict = attr.ib(default=attr.Factory(dict))

        class Monitor:
            def __init__(self):
                self.processes = {}

            def add(self, name, args, env={}):
                self.processes[name] = Process(args, env)

            def stamp(self, name, key, value):
                self.processes[name].env[key] = value
        """
        #expect(try verdict(source, function: "Monitor.add", parameter: "env") == .unknown)
        for decorator in ["@attr.define\n", "@attr.frozen\n", "@attr.s(auto_attribs=True)\n"] {
            let other = source.replacingOccurrences(of: "@attr.s(frozen=True, auto_attribs=True)\n", with: decorator)
            #expect(try verdict(other, function: "Monitor.add", parameter: "env") == .unknown, "\(decorator)")
        }
    }

    /// `attr.Factory(f, takes_self=True)` is called with the instance, `__attrs_post_init__` runs
    /// after the fields are set.
    @Test func factoriesTakingTheInstanceAndPostInitRun() throws {
        let source = """
        import attr

        @attr.s
        class Batch:
            items = attr.ib()
            size = attr.ib(default=attr.Factory(lambda self: len(self.items), takes_self=True))

            def __attrs_post_init__(self):
                self.items.append(self.size)

        def make(t, tags=[]):
            return Batch(tags).size
        """
        #expect(try verdict(source) == .confirmed)
        let noPost = source.replacingOccurrences(of: "        self.items.append(self.size)\n", with: "        self.total = self.size\n")
        #expect(try verdict(noPost) == .refuted)
    }

    /// `@implementer(IThing)` (zope.interface, not installed here) records the interface and
    /// hands the class back: its `__init__` default is judged as an undecorated class's (a
    /// package's class, made by outside callers that leave it out and call `add`: it grows).
    /// Under a decorator of a library heaplint has no model of, the class itself went to unseen
    /// code: the default flows there.
    @Test func zopeInterfaceImplementerHandsTheClassBack() throws {
        let source = """
        from zope.interface import implementer, Interface

        class IThing(Interface):
            pass

        @implementer(IThing)
        class Thing:
            def __init__(self, items=[]):
                self.items = items

            def add(self, x):
                self.items.append(x)
        """
        let declared = try imports.outcome(source, [], function: "Thing.__init__", parameter: "items")
        #expect(declared.verdict == .confirmed)
        let plain = source.replacingOccurrences(of: "@implementer(IThing)\n", with: "")
        #expect(try imports.outcome(plain, [], function: "Thing.__init__", parameter: "items").verdict == .confirmed)
        let unknown = source.replacingOccurrences(of: "@implementer(IThing)", with: "@registry.entity(IThing)")
            .replacingOccurrences(of: "from zope.interface import", with: "import registry\nfrom zope.interface import")
        let opaque = try imports.outcome(unknown, [], function: "Thing.__init__", parameter: "items")
        #expect(opaque.verdict == .unknown)
        #expect(ModuleSimulation.isEscapeReason(opaque.reason), "\(String(describing: opaque.reason))")
    }
}
