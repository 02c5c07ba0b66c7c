import PythonModel
import Rules
import Testing
import TestSupport

@Suite struct CandidateTests {
    /// Defaults that make one mutable object when the `def` runs are candidates: an ExitStack, a
    /// copy of a module-level dict, a named tuple holding a list. A named tuple of constants is
    /// not, nor a queue (a hand-over point between threads).
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
        // (1-based lines: the ExitStack, the copy, the named tuple holding a list.)
        #expect(findings.map { module.source.location(of: $0.range.lowerBound).row + 1 } == [13, 21, 24])
        #expect(findings.allSatisfy { $0.verdict == .confirmed }, "\(findings.map(\.message))")
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
}
