import HeapSim
import PythonModel
import Testing
import TestSupport

/// `weakref.finalize(obj, func, *args)` calls `func(*args)` once when obj dies (and keeps it
/// until then); a finalizer of an object that never dies never runs.
@Suite struct FinalizeTests {
    static let source = """
    import itertools
    import weakref

    class Connection:
        def __init__(self, dsn):
            self.dsn = dsn

    def track(conn, name, _open={}):
        _open[name] = conn.dsn
        weakref.finalize(conn, _open.pop, name, None)
        return len(_open)

    _n = itertools.count()

    def checkout():
        n = next(_n)
        conn = Connection(f"db-{n}")
        return track(conn, f"conn-{n}")
    """

    @Test func aFinalizerRunsWhenItsObjectDies() throws {
        let o = try EarnedRefutationTests().outcome(Self.source, function: "track", parameter: "_open")
        #expect(o.verdict == .refuted)
        // The connections are kept: they never die, so the entries stay.
        let kept = Self.source.replacingOccurrences(of: "_n = itertools.count()", with: "_n = itertools.count()\n_pool = []")
            .replacingOccurrences(of: "    conn = Connection(f\"db-{n}\")\n", with: "    conn = Connection(f\"db-{n}\")\n    _pool.append(conn)\n")
        #expect(try EarnedRefutationTests().outcome(kept, function: "track", parameter: "_open").verdict == .confirmed)
    }
}
