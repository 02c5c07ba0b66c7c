import HeapSim
import PythonModel
import Testing
import TestSupport

/// A class statement calls its bases' `__init_subclass__` with its keywords (`class X(Base, fmt=…)`).
@Suite struct ClassKeywordTests {
    static let source = """
    import itertools

    class Exporter:
        def __init_subclass__(cls, fmt=None, registry={}, **kwargs):
            super().__init_subclass__(**kwargs)
            if fmt is not None:
                registry[fmt] = cls

    _n = itertools.count()

    def make_exporter():
        class Delimited(Exporter, fmt=f"tenant-{next(_n)}"):
            pass
        return Delimited
    """

    @Test func classKeywordsReachInitSubclass() throws {
        let o = try EarnedRefutationTests().outcome(Self.source, function: "__init_subclass__", parameter: "registry")
        #expect(o.verdict == .confirmed)
        // A fixed format: the registry holds one class per format, bounded.
        let fixed = Self.source.replacingOccurrences(of: "fmt=f\"tenant-{next(_n)}\"", with: "fmt=\"csv\"")
        let f = try EarnedRefutationTests().outcome(fixed, function: "__init_subclass__", parameter: "registry")
        #expect(f.verdict == .refuted)
    }

    /// `Batch[Row]` calls the class's `__class_getitem__` with the index (an implicit classmethod):
    /// a call site of it, from the function with the subscript, and a call the run makes. The
    /// hook was "never run in the scenario" before, so its memo stayed unknown.
    @Test func subscriptingAClassCallsItsClassGetitem() throws {
        let source = """
        class Batch(list):
            item_type = dict

            def __class_getitem__(cls, item, _specialised={}):
                if item not in _specialised:
                    _specialised[item] = type("Batch", (cls,), {"item_type": item})
                return _specialised[item]

        class Row:
            pass

        def load(kind):
            return Batch[kind]()

        KINDS = (Row, dict, str)

        def load_kind(n):
            return Batch[KINDS[n % 3]]()
        """
        // Any class an outside caller passes: a new key each time.
        let grows = try EarnedRefutationTests().outcome(source.replacingOccurrences(of: "def load_kind", with: "def _unused"),
                                                        function: "__class_getitem__", parameter: "_specialised")
        #expect(grows.verdict == .confirmed, "\(String(describing: grows.reason)) \(grows.evidence.assumptions)")
        // Three classes made at import: three keys at most.
        let bounded = try EarnedRefutationTests().outcome(source.replacingOccurrences(of: "    return Batch[kind]()", with: "    return kind()"),
                                                          function: "__class_getitem__", parameter: "_specialised")
        #expect(bounded.verdict == .refuted, "\(String(describing: bounded.reason)) \(bounded.evidence.assumptions)")
    }
}
