import PythonModel

/// Modules other than the one simulated: the rest of the project, the standard library and the
/// target environment, found and lowered by the caller (the engine). HeapSim only asks by name;
/// it never reads files. An implementation must be safe to call from several workers at once and
/// must return the same lowered module for a name every time within one run.
public protocol ModuleProvider: AnyObject, Sendable {
    /// The module of an absolute dotted name (`pkg.sub`), or nil when it is not found, cannot be
    /// read, or does not parse (the simulation then treats it as opaque, as today).
    func module(named name: String) -> ProvidedModule?
    /// Modules of the linted project that import `name` (any import form, relative ones resolved),
    /// so a scenario can run callers that live in other files. Empty when unknown.
    func importers(of name: String) -> [ProvidedModule]
    /// The names of `importers(of:)`, without lowering them: a module many files import (`os`,
    /// a project's `utils`) has hundreds of importers, which need not all be in memory at once;
    /// ask `module(named:)` for each in turn. `name + ".*"` names the modules that import
    /// `name` with `from name import *` (which bind names their text never spells).
    func importerNames(of name: String) -> [String]
    /// Whether the module's source may name `identifier` at all (false only when its text does
    /// not contain it): an importer that never writes a function's name cannot call it by name,
    /// so it need not be lowered to look for calls. True when unknown.
    func mayMention(_ identifier: String, inModule name: String) -> Bool
    /// The modules of the linted project (not the standard library or the environment) linked to
    /// `name` by imports, either way and through any number of modules (a package counts as
    /// imported by its submodules), `name` included; nil when unknown. Objects pass between
    /// modules only through such links, so a proof that no code of the project does something to
    /// an object of `name` must look at all of them (`mayMention` first, to lower only the ones
    /// that may); modules of the same folder that never import each other (a corpus of
    /// one-module cases) are not linked. Empty when `name` is not a module of the project.
    func linkedModuleNames(of name: String) -> [String]?
    /// Whether code outside the linted tree imports the package that module `name` belongs to,
    /// so that a package's public names are an interface callers anywhere use: the project
    /// distributes it (packaging metadata beside its top-level package: `setup.py`, `setup.cfg`,
    /// `PKG-INFO`, or a `pyproject.toml` with a `[project]`, `[build-system]` or `[tool.poetry]`
    /// table), or it sits in an interpreter's library. False for an application's own packages (a
    /// folder of modules that its scripts run), whose visible callers are all the callers there
    /// are. True when unknown.
    func distributesPackage(of name: String) -> Bool
    /// Whether the top-level module `name` is surely not importable: the target environment is
    /// known, `name` is not compiled in or frozen, and no entry of the import path (the project's
    /// roots included) has a file or directory of that name. False when unknown.
    func isAbsent(_ name: String) -> Bool
}

extension ModuleProvider {
    public func mayMention(_ identifier: String, inModule name: String) -> Bool { true }
    public func importers(of name: String) -> [ProvidedModule] { [] }
    public func importerNames(of name: String) -> [String] { importers(of: name).map(\.name) }
    public func linkedModuleNames(of name: String) -> [String]? { nil }
    public func distributesPackage(of name: String) -> Bool { true }
    public func isAbsent(_ name: String) -> Bool { false }
}

/// A fixed set of modules (tests, and callers that already hold every module).
public final class StaticModuleProvider: ModuleProvider, @unchecked Sendable {
    public let modules: [String: ProvidedModule]
    /// Whether the modules are a distributed package's (callers outside them are real) or an
    /// application's, as a tree without packaging metadata is on the command line.
    public let distributed: Bool
    /// The target environment's model, asked which top-level modules are absent (nil: none known).
    public let environment: ProjectModel?
    public init(_ modules: [ProvidedModule], distributed: Bool = true, environment: ProjectModel? = nil) {
        self.modules = Dictionary(modules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.distributed = distributed
        self.environment = environment
    }
    public func distributesPackage(of name: String) -> Bool { distributed }
    public func isAbsent(_ name: String) -> Bool { modules[name] == nil && environment?.isAbsent(name) == true }
    public func module(named name: String) -> ProvidedModule? { modules[name] }
    public func linkedModuleNames(of name: String) -> [String]? {
        let project = modules.values.filter { $0.origin == .project }
        var imports: [String: Set<String>] = [:]
        for m in project { imports[m.name] = m.module.importedModuleNames(packageName: m.isPackage ? m.name : nil) }
        return ImportLinks.component(of: name, members: project.map(\.name), imports: { imports[$0] ?? [] })
    }
    public func importers(of name: String) -> [ProvidedModule] {
        modules.values.filter { $0.module.importedModuleNames(packageName: $0.isPackage ? $0.name : nil).contains(name) }
            .sorted { $0.name < $1.name }
    }
}

/// One module handed to the simulation.
public struct ProvidedModule: @unchecked Sendable {
    /// Absolute dotted name (`pkg.sub`; a package's `__init__.py` is the package's name).
    public let name: String
    /// The lowered module (immutable once lowered).
    public let module: Module
    /// An `__init__.py`: relative imports inside it resolve against its own name, and its
    /// submodules resolve below it.
    public let isPackage: Bool
    /// Where it came from (for evidence and the dependency-aware cache); not read by HeapSim.
    public let path: String
    /// Where the module comes from: the linted project, the standard library, or an installed package.
    public let origin: Origin

    public enum Origin: String, Sendable { case project, standardLibrary, environment }

    public init(name: String, module: Module, isPackage: Bool, path: String, origin: Origin) {
        self.name = name
        self.module = module
        self.isPackage = isPackage
        self.path = path
        self.origin = origin
    }
}

/// Modules linked by imports (see `ModuleProvider.linkedModuleNames`).
public enum ImportLinks {
    /// The members reachable from `name` through imports either way and package parents, sorted
    /// (empty when `name` is not a member).
    public static func component(of name: String, members: [String], imports: (String) -> Set<String>) -> [String] {
        let memberSet = Set(members)
        var edges: [String: Set<String>] = [:]
        func link(_ a: String, _ b: String) {
            guard a != b else { return }
            edges[a, default: []].insert(b)
            edges[b, default: []].insert(a)
        }
        for m in members {
            for i in imports(m) where memberSet.contains(i) { link(m, i) }
            var parts = m.split(separator: ".")
            while parts.count > 1 {
                parts.removeLast()
                let parent = parts.joined(separator: ".")
                if memberSet.contains(parent) { link(m, parent); break }
            }
        }
        guard memberSet.contains(name) else { return [] }
        var seen: Set<String> = [name]
        var queue = [name]
        while let n = queue.popLast() {
            for next in edges[n] ?? [] where seen.insert(next).inserted { queue.append(next) }
        }
        return seen.sorted()
    }
}
