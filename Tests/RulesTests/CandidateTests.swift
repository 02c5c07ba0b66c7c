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
}
