import PythonModel
import Rules
import Testing
import TestSupport

@Suite struct CandidateTests {
    /// Defaults that make one mutable object when the `def` runs are candidates: an ExitStack, a
    /// copy of a module-level dict, a named tuple holding a list, a queue (what is put and not
    /// taken stays: one that gets what it puts is refuted, m465). A named tuple of constants is not.
    @Test func libraryContainersCopiesAndNamedTuplesHoldingListsAreCandidates() throws {
        let module = try TestSupport.lower("""
        import contextlib
        import copy
        import queue
        from typing import NamedTuple

        BASE = {"headers": {}}

        class Rule(NamedTuple):
            pattern: str
            middlewares: list

        def stage(names, rollback=contextlib.ExitStack()):
            for n in names:
                rollback.callback(print, n)

        def enqueue(item, q=queue.Queue()):
            q.put(item)
            return q.get()

        def settings(h, base=copy.deepcopy(BASE)):
            base["headers"].update(h)

        def route(p, base=Rule("", ["session"])):
            base.middlewares.append(p)

        def plain(p, base=Rule("", "")):
            return base._replace(pattern=p)
        """)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        // (1-based lines: the ExitStack, the queue, the copy, the named tuple holding a list.)
        #expect(findings.map { module.source.location(of: $0.range.lowerBound).row + 1 } == [13, 17, 21, 24])
        #expect(findings.map(\.verdict) == [.confirmed, .refuted, .confirmed, .confirmed], "\(findings.map(\.message))")
    }

    /// A marker-like instance handed to a helper that keeps it on an attribute
    /// (`self.bucket = bucket`) and writes below that attribute (`self.bucket.__dict__[k] = v`)
    /// is a candidate (h167, where it was dropped as a sentinel); a true marker, only compared,
    /// stays out.
    @Test func anInstanceHandedToAHelperThatStoresIntoItIsACandidate() throws {
        let source = """
        import itertools

        _n = itertools.count()

        class Bucket:
            def __init__(self, unit="ms"):
                self.unit = unit

        class Sink:
            def __init__(self, bucket):
                self.bucket = bucket

            def record(self, key, value):
                self.bucket.__dict__[key] = value

        def record(endpoint, ms, bucket=Bucket()):
            return Sink(bucket).record(endpoint, ms)

        def scenario():
            return record("/api/%d" % next(_n), 3.5)
        """
        let module = try TestSupport.lower(source)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.map(\.verdict) == [.confirmed], "\(findings.map(\.message))")
        let marker = try TestSupport.lower(source.replacingOccurrences(of: "return Sink(bucket).record(endpoint, ms)",
                                                                       with: "return bucket is None"))
        #expect(RuleRunner.run(marker, settings: RuleSettings(enabled: ["HL101"])).isEmpty)
    }

    /// Immutable holders of a mutable object are candidates through what they hold (h173): an
    /// instance of a class `namedtuple(...)` made, a frozen dataclass's instance, a read-only
    /// `MappingProxyType` over a dict whose value is a list. Each grows when the function grows
    /// what it holds, and is refuted when it only reads it. The same holders of constants only
    /// are not candidates.
    @Test func immutableHoldersOfMutableObjectsAreCandidates() throws {
        let source = """
        import itertools
        import types
        from collections import namedtuple
        from dataclasses import dataclass

        _n = itertools.count()
        Paging = namedtuple("Paging", "size cursors")

        @dataclass(frozen=True)
        class Envelope:
            sender: str
            cc: list

        BASE = {"Via": ["1.1 lb"], "Accept": "json"}
        HEADERS = types.MappingProxyType(BASE)
        PLAIN = types.MappingProxyType({"Accept": "json"})

        def page(endpoint, paging=Paging(3, {})):
            paging.cursors[endpoint] = 1

        def mail(to, envelope=Envelope("noreply", ["audit"])):
            envelope.cc.append(to)

        def forward(hop, defaults=HEADERS):
            defaults["Via"].append(hop)

        def plain(key, defaults=PLAIN, envelope=Envelope("noreply", "audit"), paging=Paging(3, 4)):
            return defaults.get(key), envelope.cc, paging.size

        def scenario():
            n = next(_n)
            page("/p/%d" % n)
            mail("c%d@example.com" % n)
            forward("edge-%d" % n)
            plain("k%d" % n)
        """
        let module = try TestSupport.lower(source)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.map(\.verdict) == [.confirmed, .confirmed, .confirmed], "\(findings.map(\.message))")
        let reading = try TestSupport.lower(source
            .replacingOccurrences(of: "paging.cursors[endpoint] = 1", with: "return paging.cursors.get(endpoint)")
            .replacingOccurrences(of: "envelope.cc.append(to)", with: "return envelope.cc + [to]")
            .replacingOccurrences(of: "defaults[\"Via\"].append(hop)", with: "return defaults[\"Via\"] + [hop]"))
        let read = RuleRunner.run(reading, settings: RuleSettings(enabled: ["HL101"]))
        #expect(read.map(\.verdict) == [.refuted, .refuted, .refuted], "\(read.map(\.message))")
    }

    /// A method's default that names a class attribute (`attrib=cell_attrib`, h105) is that
    /// attribute's object: a candidate, confirmed when the method grows it and refuted when it
    /// only rebinds a copy. No fix is offered (the body cannot name the class attribute bare).
    @Test func classAttributeNamedByAMethodDefaultIsACandidate() throws {
        let module = try TestSupport.lower("""
        import itertools

        _ids = itertools.count()

        class Table:
            cell_attrib = {"class": "num"}
            row_attrib = {"class": "row"}

            def grow(self, value, attrib=cell_attrib):
                attrib["v%d" % value] = value
                return len(attrib)

            def rebind(self, value, attrib=row_attrib):
                attrib = {**attrib, "v": value}
                return len(attrib)

        def scenario():
            n = next(_ids)
            t = Table()
            return t.grow(n) + t.rebind(n)
        """)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.map { module.source.location(of: $0.range.lowerBound).row + 1 } == [10, 14])
        #expect(findings.map(\.verdict) == [.confirmed, .refuted], "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.fix == nil })
    }

    /// Defaults written as a copy by the object's method (`DEFAULTS.copy()`), an entry of a
    /// module-level dict (`DEFAULTS["headers"]`), an enum member's value, a class's factory
    /// method, or a `threading.local()` are candidates (h590, h592, m462, m460, h608); the
    /// simulation decides each.
    @Test func copiesEntriesEnumValuesFactoriesAndThreadLocalsAreCandidates() throws {
        let module = try TestSupport.lower("""
        import enum
        import threading

        DEFAULTS = {"headers": ["Accept: */*"], "timeout": 5}

        class Preset(enum.Enum):
            BASIC = ["strip", "lower"]

        class Config:
            @classmethod
            def default_registry(cls):
                return {"audit": 1}

        def attrs(extra, a=DEFAULTS.copy()):
            a.update(extra)

        def sign(token, headers=DEFAULTS["headers"]):
            headers.append(token)

        def steps(step, s=Preset.BASIC.value):
            return [step] + s

        def resolve(name, registry=Config.default_registry()):
            return registry.get(name)

        def parse(line, _local=threading.local()):
            _local.last = line

        def timeout(t=DEFAULTS["timeout"]):
            return t
        """)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.map { module.source.location(of: $0.range.lowerBound).row + 1 } == [15, 18, 21, 24, 27])
        #expect(findings.map(\.verdict) == [.confirmed, .confirmed, .refuted, .refuted, .refuted], "\(findings.map(\.message))")
    }
}
