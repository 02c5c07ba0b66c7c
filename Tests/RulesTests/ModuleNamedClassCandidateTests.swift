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

    /// `pending=buffers.pending_lines()` where `def pending_lines(): return []` (m394/m395): the
    /// default is the list the factory returns, a candidate the simulation decides; a factory
    /// returning a bounded deque is refuted, and one that may return None is not a candidate.
    @Test func aDefaultMadeByAProjectFactoryFunctionIsACandidate() throws {
        let buffers = """
        import collections

        def pending_lines():
            \"\"\"A queue of lines.\"\"\"
            return []

        def ring():
            return collections.deque(maxlen=8)

        def maybe(flag):
            if flag:
                return []
            return None
        """
        let main = """
        import exporters.buffers as buffers
        from exporters.buffers import ring

        def emit(line, pending=buffers.pending_lines()):
            pending.append(line)
            return len(pending)

        def keep(line, buf=ring()):
            buf.append(line)
            return len(buf)

        def other(line, buf=buffers.maybe(True)):
            return buf
        """
        let module = try TestSupport.lower(main, moduleName: "exporters.statsd")
        var settings = RuleSettings(enabled: ["HL101"])
        settings.modules = StaticModuleProvider([
            ProvidedModule(name: "exporters.statsd", module: module, isPackage: false, path: "exporters/statsd.py", origin: .project),
            try Self.provided("exporters", "", isPackage: true), try Self.provided("exporters.buffers", buffers),
        ], distributed: false)
        let findings = RuleRunner.run(module, settings: settings).filter { $0.code == "HL101" }
        #expect(findings.map(\.verdict) == [.confirmed, .refuted])
        #expect(findings.first?.message.contains("Default list") == true)
    }

    /// `registry=default_registry` after `from .. import default_registry`, where the package
    /// `__init__` binds `default_registry = Registry()` with `Registry` imported from a sibling
    /// module (m408): an instance of a project class with changing state, a candidate.
    @Test func anInstanceMadeFromAClassTheOtherModuleImportsIsACandidate() throws {
        let routing = """
        class Registry:
            def __init__(self):
                self._routes = {}

            def add(self, path, view):
                self._routes[path] = view
        """
        let initSource = """
        from .routing import Registry

        default_registry = Registry()
        """
        let main = """
        from .. import default_registry

        def route(path, view, registry=default_registry):
            registry.add(path, view)
            return view
        """
        let module = try TestSupport.lower(main, moduleName: "webapp.views.items")
        var settings = RuleSettings(enabled: ["HL101"])
        settings.modules = StaticModuleProvider([
            ProvidedModule(name: "webapp.views.items", module: module, isPackage: false, path: "webapp/views/items.py", origin: .project),
            try Self.provided("webapp", initSource, isPackage: true), try Self.provided("webapp.routing", routing),
            try Self.provided("webapp.views", "", isPackage: true),
        ], distributed: false)
        let findings = RuleRunner.run(module, settings: settings).filter { $0.code == "HL101" }
        #expect(findings.count == 1)
        #expect(findings.first?.verdict == .confirmed)
    }

    /// `hooks=Plugin.hooks` where the class body binds `hooks = []` (m437): the class's list is
    /// the default, a candidate whether the class is this module's or imported; no fix is
    /// offered, since looking `Plugin.hooks` up per call gives the same list.
    @Test func aClassAttributeContainerIsACandidateWithoutAFix() throws {
        let base = """
        class Plugin:
            hooks = []
            names = ("a", "b")
        """
        let main = """
        from .base import Plugin

        class Local:
            seen = set()

        def register(fn, hooks=Plugin.hooks):
            hooks.append(fn)
            return fn

        def check(fn, names=Plugin.names, seen=Local.seen):
            return fn in names or fn in seen
        """
        let module = try TestSupport.lower(main, moduleName: "plugins.registry")
        var settings = RuleSettings(enabled: ["HL101"])
        settings.modules = StaticModuleProvider([
            ProvidedModule(name: "plugins.registry", module: module, isPackage: false, path: "plugins/registry.py", origin: .project),
            try Self.provided("plugins", "", isPackage: true), try Self.provided("plugins.base", base),
        ], distributed: false)
        let findings = RuleRunner.run(module, settings: settings).filter { $0.code == "HL101" }
        #expect(findings.map(\.verdict) == [.confirmed, .refuted])
        #expect(findings.map { $0.message.contains("Default set") } == [false, true])
        #expect(findings.allSatisfy { $0.fix == nil })
    }

    /// `capture=MemoryHandler(capacity=10)` after `from logging.handlers import MemoryHandler`
    /// (h624): an instance of a standard-library class whose code (its base's constructor binding
    /// `self.buffer = []`) shows state that can change is a candidate when the environment's
    /// standard library is there; a class binding no container is not.
    @Test func anInstanceOfAStandardLibraryClassWithChangingStateIsACandidate() throws {
        let handlers = """
        class BufferingHandler:
            def __init__(self, capacity):
                self.capacity = capacity
                self.buffer = []

            def emit(self, record):
                self.buffer.append(record)

        class MemoryHandler(BufferingHandler):
            def __init__(self, capacity, target=None):
                BufferingHandler.__init__(self, capacity)
                self.target = target

        class Plain:
            def __init__(self, level=0):
                self.level = level
        """
        let main = """
        from logging.handlers import MemoryHandler, Plain

        def capture(record, sink=MemoryHandler(capacity=10)):
            sink.emit(record)
            return len(sink.buffer)

        def level(record, p=Plain()):
            return p.level
        """
        let module = try TestSupport.lower(main, moduleName: "importer")
        var settings = RuleSettings(enabled: ["HL101"])
        settings.modules = StaticModuleProvider([
            ProvidedModule(name: "importer", module: module, isPackage: false, path: "importer.py", origin: .project),
            ProvidedModule(name: "logging", module: try TestSupport.lower("", moduleName: "logging"), isPackage: true,
                           path: "logging/__init__.py", origin: .standardLibrary),
            ProvidedModule(name: "logging.handlers", module: try TestSupport.lower(handlers, moduleName: "logging.handlers"), isPackage: false,
                           path: "logging/handlers.py", origin: .standardLibrary),
        ], distributed: false)
        let findings = RuleRunner.run(module, settings: settings).filter { $0.code == "HL101" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("MemoryHandler") == true)
    }
}
