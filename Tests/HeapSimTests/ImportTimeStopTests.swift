@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// A top-level statement stopped by a local bound (a loop over a big range at import): CPython
/// finishes it, the model does not. Only scenarios that read what it bound or may have changed
/// depend on it; the others are decided as if it were not there.
@Suite struct ImportTimeStopTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    static let table = """
    def _build():
        table = set()
        table.update(range(0xE0000, 0xE1000))
        return frozenset(chr(cp) for cp in table if chr(cp).isprintable())


    _TABLE = _build()

    """

    @Test func growthThatDoesNotTouchTheTableIsConfirmed() throws {
        // nltk/termsec.py's shape (imported by nearly every nltk module).
        let o = try outcome(Self.table + """
        def remember(item, _seen=[]):
            _seen.append(item)
            return len(_seen)
        """, function: "remember", parameter: "_seen")
        #expect(o.verdict == .confirmed)
    }

    @Test func aReadOnlyDefaultThatDoesNotTouchTheTableIsRefuted() throws {
        let o = try outcome(Self.table + """
        def keep(item, _fields=["a", "b"]):
            return [f for f in _fields if f != item]
        """, function: "keep", parameter: "_fields")
        #expect(o.verdict == .refuted)
    }

    @Test func aScenarioReadingAHalfBuiltGlobalIsNotRefuted() throws {
        // The loop stops at the model's bound: HANDLERS never reaches 4999 in the model.
        let o = try outcome("""
        HANDLERS = []
        for i in range(5000):
            HANDLERS.append(i)


        def process(x, _seen=[]):
            for h in HANDLERS[-2:]:
                if h == 4999:
                    _seen.append(x)
        """, function: "process", parameter: "_seen")
        #expect(o.verdict != .refuted)
    }

    @Test func aGlobalComputedFromAHalfBuiltOneIsNotTrustedEither() throws {
        let o = try outcome("""
        HANDLERS = []
        for i in range(5000):
            HANDLERS.append(i)
        LAST = HANDLERS[-1]


        def process(x, _seen=[]):
            if LAST == 4999:
                _seen.append(x)
        """, function: "process", parameter: "_seen")
        #expect(o.verdict != .refuted)
    }
}
