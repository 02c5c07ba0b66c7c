@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// A closure handed out by `yield` (a pytest fixture, a setup generator) is kept by its users and
/// called again and again, as one handed out by `return` is.
@Suite struct YieldedClosureTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    @Test func aClosureAYieldFixtureHandsOutGrowsItsDefault() throws {
        // Found on sqlalchemy's test suite (shape): CPython +1 item per call of the kept closure.
        let o = try outcome("""
        import itertools

        _ids = itertools.count()


        def user_factory():
            def _make_user(name, _made=[]):
                user = {"id": next(_ids), "name": name}
                _made.append(user)
                return user

            yield _make_user
        """, function: "_make_user", parameter: "_made")
        #expect(o.verdict == .confirmed)
    }

    @Test func aClosureAYieldFixtureHandsOutThatOnlyReadsItsDefaultIsRefuted() throws {
        let o = try outcome("""
        def user_factory():
            def _make_user(name, _fields=["id", "name"]):
                return {f: name for f in _fields}

            yield _make_user
        """, function: "_make_user", parameter: "_fields")
        #expect(o.verdict == .refuted)
    }

    @Test func aYieldedClosureHandingItsDefaultToAnInjectedCallbackIsNotRefuted() throws {
        let o = try outcome("""
        class HistoryFixtures:
            def persistent_fixture(self, configure):
                def _persistent_fixture(options={}):
                    configure(options)
                    return len(options)

                yield _persistent_fixture
        """, function: "_persistent_fixture", parameter: "options")
        #expect(o.verdict != .refuted)
    }
}
