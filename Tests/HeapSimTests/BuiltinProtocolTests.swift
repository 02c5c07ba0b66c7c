import HeapSim
import PythonModel
import Testing
import TestSupport

/// Library behaviour that decides whether a store runs: json.dumps rejecting what it cannot
/// encode, `str()` of an exception, `del` of a slice, and class attributes subclasses set again.
@Suite struct BuiltinProtocolTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    static let sync = """
    import itertools
    import json
    _ids = itertools.count()

    class SyncError(Exception):
        pass

    def push(payload):
        try:
            return len(json.dumps(payload))
        except TypeError as err:
            raise SyncError(f"not JSON: {type(err).__name__}") from err

    def report_once(exc, _reported=set()):
        key = KEY
        if key in _reported:
            return False
        _reported.add(key)
        return True

    def sync():
        n = next(_ids)
        try:
            return push({"tags": {f"t{n}"}})
        except SyncError as exc:
            return report_once(exc)
    """

    /// A set inside the payload: json.dumps raises TypeError, so the handler runs every call;
    /// `str(exc)` is the one message, so the set of keys stays bounded.
    @Test func jsonDumpsRejectsSetsAndStrOfAnExceptionIsItsMessage() throws {
        let byMessage = Self.sync.replacingOccurrences(of: "KEY", with: "(type(exc).__name__, str(exc))")
        #expect(try outcome(byMessage, function: "report_once", parameter: "_reported").verdict == .refuted)
        let byException = Self.sync.replacingOccurrences(of: "KEY", with: "exc")
        #expect(try outcome(byException, function: "report_once", parameter: "_reported").verdict == .confirmed)
    }

    /// `del l[:1]` removes one item, not all of them: two appended per call grow the list.
    @Test func deletingASliceRemovesOnlyThatSlice() throws {
        let source = """
        def log(a, b, recent=[]):
            recent.append(a)
            recent.append(b)
            del recent[:1]
            return len(recent)
        """
        #expect(try outcome(source, function: "log", parameter: "recent").verdict == .confirmed)
        let bounded = source.replacingOccurrences(of: "del recent[:1]", with: "del recent[:-4]")
        #expect(try outcome(bounded, function: "log", parameter: "recent").verdict == .refuted)
        // Bounds the model does not know: from nothing to everything, never refuted.
        let unknown = source.replacingOccurrences(of: "def log(a, b, recent=[]):", with: "def log(a, b, keep, recent=[]):")
            .replacingOccurrences(of: "del recent[:1]", with: "del recent[:-keep]")
        #expect(try outcome(unknown, function: "log", parameter: "recent").verdict != .refuted)
    }

    /// A method run as an outside caller would reads `self.keep`; a subclass sets `keep` again,
    /// so the base class's value is not every instance's: not refuted.
    @Test func classAttributesSubclassesSetAgainAreUnknown() throws {
        let source = """
        class History:
            keep = 50
            def record(self, event, _history=[]):
                _history.append(event)
                del _history[:-self.keep]
                return len(_history)

        class Quiet(History):
            keep = 0
        """
        #expect(try outcome(source, function: "record", parameter: "_history").verdict != .refuted)
        let noOverride = source.replacingOccurrences(of: "    keep = 0", with: "    pass")
        #expect(try outcome(noOverride, function: "record", parameter: "_history").verdict == .refuted)
    }
}
