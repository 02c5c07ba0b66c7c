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
}
