import Project
import PythonModel
import Rules
import Testing
import TestSupport

/// Candidates named through their module (m57): `pool=dbkit.pool.Pool(size=2)` after `import
/// dbkit.pool` is an instance of a project class, as `Pool(size=2)` after a from-import is.
@Suite struct ModuleNamedClassCandidateTests {
    static func provided(_ name: String, _ source: String, isPackage: Bool = false) throws -> ProvidedModule {
        ProvidedModule(name: name, module: try TestSupport.lower(source, moduleName: name), isPackage: isPackage,
                       path: name.replacingOccurrences(of: ".", with: "/") + (isPackage ? "/__init__.py" : ".py"), origin: .project)
    }

    /// `pool=dbkit.pool.Pool(size=2)` after `import dbkit.pool`: an instance of a project class
    /// named through its module is a candidate, as `Pool(size=2)` after a from-import is. (m57.)
    @Test func anInstanceOfAClassNamedByItsModuleIsACandidate() throws {
        let pool = """
        class Pool:
            def __init__(self, size=4):
                self.size = size
                self._idle = {}

            def checkin(self, dsn, conn):
                idle = self._idle.setdefault(dsn, [])
                if len(idle) < self.size:
                    idle.append(conn)
        """
        let main = """
        import dbkit.pool

        def count_orders(dsn, pool=dbkit.pool.Pool(size=2)):
            pool.checkin(dsn, object())
            return dsn
        """
        let module = try TestSupport.lower(main, moduleName: "tenant_stats")
        var settings = RuleSettings(enabled: ["HL101"])
        settings.modules = StaticModuleProvider([
            ProvidedModule(name: "tenant_stats", module: module, isPackage: false, path: "tenant_stats.py", origin: .project),
            try Self.provided("dbkit", "", isPackage: true), try Self.provided("dbkit.pool", pool),
        ], distributed: false)
        let findings = RuleRunner.run(module, settings: settings).filter { $0.code == "HL101" }
        #expect(findings.count == 1)
        #expect(findings.first?.verdict == .confirmed)
    }
}
