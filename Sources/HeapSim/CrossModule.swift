import Foundation
import PythonModel
import Project

/// Whole-project pieces of the default-argument driver, kept apart from it: callers of the function
/// in other modules, and the store statements of other modules' functions the default was handed to.
extension ModuleSimulation {
    /// A function or method of another module that calls the candidate's function (by name or `mod.name`).
    struct ForeignCaller {
        var module: ProvidedModule
        var function: FunctionDef
        /// Run as outside code would call it (fresh arguments) because its package offers it,
        /// although the project calls it too: growth through it alone is growth for callers the
        /// project does not have.
        var offered = false
        /// A function of an application's module that other modules import, which nothing in the
        /// project calls or uses as a value (dead code, or code a framework finds by name): run
        /// as outside code would, and growth through it alone is not growth the project shows.
        var uncalled = false
        /// The modules of the callers between it and the target (`app.report` → `service.current`
        /// → the target): the run goes through them, so they are imported past the cap too.
        var through: [String] = []
    }

    /// How the project's other modules use a module-level function of this module.
    struct ForeignUse {
        /// Functions and methods (of classes at module level) that call it: the scenario runs them.
        var callers: [ForeignCaller] = []
        /// Callers the driver cannot run itself (nested functions, lambdas, methods of nested
        /// classes): while they exist, no run can refute.
        var unrunnable: [String] = []
        /// Modules whose module-level (import-time) code calls it: it runs there a fixed number of times.
        var importTime: [ProvidedModule] = []
        /// Some call leaves the default in play (or may: `*args`).
        var defaultInPlay = false
        /// Used as a value (passed, stored, aliased), or importers past the cap: callers may be
        /// anywhere, so the function stays an entry point.
        var escapes = false
        /// It escapes only because a package offers it under a public name (no use as a value).
        var offeredOnly = true
        /// An importer uses it as a value (passes, stores or aliases it): the project's code holds it.
        var usedAsValue = false

        var hasRepeatedCallers: Bool { !callers.isEmpty || !unrunnable.isEmpty }
        /// Offered by a package (and used as nothing else) while the project calls it too, in
        /// functions or at import (a fixed number of times there).
        var offeredAndUsedByTheProject: Bool { escapes && offeredOnly && usedByTheProject }
        var usedByTheProject: Bool { !callers.isEmpty || !importTime.isEmpty }
        /// A package's `__init__` binds it under a public name (whether or not the package is
        /// distributed for outside code).
        var reexported = false
        /// The names it has in the modules that import it (`cached` for `memoize` re-exported
        /// `as cached`), its own included.
        var names = Set<String>()
    }

    /// Whether an importer of module `from` may bind or call `name`: its text names it, or it
    /// star-imports `from` (`from .rates import *` binds a public name it never spells).
    /// Whether `m` defines `name` itself at its top level, by a `def` or a `class`.
    static func defines(_ name: String, _ m: Module) -> Bool {
        m.functions.contains { $0.name == name && $0.enclosingFunction == nil && $0.enclosingClass == nil }
            || m.classes.contains { $0.name == name && $0.enclosingFunction == nil }
    }

    /// The modules that import module `from` (other than itself and `besides`), and those that
    /// import its package and spell both the submodule's name and `name`: `import geo` and then
    /// `geo.geocoder.locate(…)` reaches a submodule as an attribute of its package (imported by
    /// the package's `__init__`, by another module, or by its `__getattr__`).
    static func importers(of from: String, naming name: String, besides: String, _ provider: ModuleProvider) -> [String] {
        var importers = provider.importerNames(of: from).filter { $0 != besides && $0 != from }
        if let dot = from.lastIndex(of: ".") {
            let parent = String(from[..<dot]), leaf = String(from[from.index(after: dot)...])
            for other in provider.importerNames(of: parent)
            where other != besides && other != from && !importers.contains(other)
                && !other.hasPrefix(parent + ".") && provider.mayMention(leaf, inModule: other)
                && provider.mayMention(name, inModule: other) {
                importers.append(other)
            }
        }
        return importers
    }

    static func mayName(_ name: String, importer: String, of from: String, _ provider: ModuleProvider) -> Bool {
        if provider.mayMention(name, inModule: importer) { return true }
        // (`getattr(module, name)` may fetch a function the module defines by a name the text
        // does not spell.)
        if ["getattr", "vars", "__dict__"].contains(where: { provider.mayMention($0, inModule: importer) }),
           let defining = provider.module(named: from), defines(name, defining.module) { return true }
        return !name.hasPrefix("_") && provider.importerNames(of: from + ".*").contains(importer)
    }

    /// Callers of `def` in the project modules that import this one: the scenario runs the
    /// function and method callers as the driver runs visible callers. Empty for methods, nested
    /// functions, functions that escape in this module, and when no provider is set.
    func foreignUse(of def: FunctionDef, parameter p: Parameter) -> ForeignUse {
        // (A candidate's scenarios ask again: the answer depends only on the project's modules.)
        let key = "\(def.id)#\(p.name)"
        if let known = imported.foreignUses[key] { return known }
        let use = computeForeignUse(of: def, parameter: p)
        imported.foreignUses[key] = use
        return use
    }

    private func computeForeignUse(of def: FunctionDef, parameter p: Parameter) -> ForeignUse {
        if let cls = def.enclosingClass, def.name != "__init__" { return computeForeignMethodUse(of: def, cls: cls, parameter: p) }
        var use = ForeignUse()
        // A module-level function, or the `__init__` of a module-level class (its callers call the class).
        let initOf = def.name == "__init__" ? def.enclosingClass.flatMap { $0.enclosingFunction == nil ? $0 : nil } : nil
        guard let provider = options.modules, def.enclosingClass == nil || initOf != nil, def.enclosingFunction == nil, !def.isLambda,
              !callGraph.escapes(def) else { return use }
        let positional = Array(def.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }.dropFirst(initOf == nil ? 0 : 1))
        // Does this call pass the parameter (so the candidate's default is not in play)?
        func passes(_ args: [Argument]) -> Bool { Self.passes(args, p, positional: positional) }
        // Modules that import it, and those that import it from a module that re-exports it
        // (`from .plugins import exporter` in a package's `__init__`): (module, name it has there).
        var chain = ImportChain(module.name, initOf?.name ?? def.name)
        // (Subclasses here that inherit the constructor, `class SlugField(ValidatedField)`, are
        // created under their own names: `SlugField()` elsewhere calls it too.)
        if let cls = initOf {
            for sub in callGraph.inheritingSubclasses(of: cls, method: "__init__") { chain.add(module.name, sub.name) }
        }
        var scanned = 0
        while let (from, name) = chain.next() {
            use.names.insert(name)
            // (By name, one module at a time: a module many files import need not be held at once.)
            let importers = Self.importers(of: from, naming: name, besides: module.name, provider)
            // Past the cap, callers may be where no scan looked: the function stays an entry point.
            if scanned + importers.count > 64 { use.escapes = true; use.offeredOnly = false }
            for importerName in importers where scanned < 64 {
                // An importer whose text never names it cannot call it by name (nor re-export it).
                guard Self.mayName(name, importer: importerName, of: from, provider) else { continue }
                // An importer the model cannot load (too big, or not parsing) may call it in ways
                // no scan saw: the function stays an entry point.
                guard let importer = provider.module(named: importerName) else { use.escapes = true; use.offeredOnly = false; continue }
                guard importer.origin == .project else { continue }
                scanned += 1
                let found = foreignSites(in: importer, module: from, name: name, classTarget: initOf != nil)
                if found.valueUse { use.escapes = true; use.offeredOnly = false; use.usedAsValue = true }
                // Called again and again at import, as often as data says: an entry point.
                if found.looped.contains(where: { !passes($0.arguments) }) { use.escapes = true; use.offeredOnly = false }
                for bound in found.bound { chain.add(importer.name, bound) }
                // A package's `__init__` that re-exports it under a public name offers it to code
                // outside the tree (the package's interface): callers may be anywhere.
                // (An application's own package offers nothing to outside code, but a class's
                // constructor is also reached through subclasses that inherit it, which the scan
                // does not follow: re-exported, the class stays an entry point either way.)
                if importer.isPackage, found.bound.contains(where: { !$0.hasPrefix("_") }) {
                    use.reexported = true
                    if provider.distributesPackage(of: importer.name) { use.escapes = true }
                }
                for site in found.sites {
                    if !passes(site.arguments) { use.defaultInPlay = true }
                    guard let caller = site.caller else {
                        if !use.importTime.contains(where: { $0.name == importer.name }) { use.importTime.append(importer) }
                        continue
                    }
                    guard !use.callers.contains(where: { $0.module.name == importer.name && $0.function.id == caller.id }) else { continue }
                    let cls = caller.enclosingClass
                    if caller.enclosingFunction != nil || caller.isLambda || (cls.map { $0.enclosingFunction != nil } ?? false) {
                        // A decorator's wrapper: called where the functions it decorates are.
                        if cls == nil, let through = wrapperCallers(caller, in: importer, provider: provider) {
                            for c in through where use.callers.count < 16
                            && !use.callers.contains(where: { $0.module.name == c.module.name && $0.function.id == c.function.id }) {
                                use.callers.append(c)
                            }
                            continue
                        }
                        let callerName = importer.name + "." + (caller.isLambda ? "<lambda>" : caller.qualifiedName)
                        if !use.unrunnable.contains(callerName) { use.unrunnable.append(callerName) }
                        // The function making the closure (a decorator factory's `decorate`, made
                        // by `on(key)` in `accept`) runs through its own callers: growth when they
                        // call the closure is growth. (The closure stays a caller not run: no
                        // growth there refutes nothing; its later calls are not all seen.)
                        let top = caller.outermostFunction
                        if top.id != caller.id, !top.isLambda, top.enclosingFunction == nil,
                           top.enclosingClass.map({ $0.enclosingFunction == nil }) ?? true, use.callers.count < 16,
                           !use.callers.contains(where: { $0.module.name == importer.name && $0.function.id == top.id }) {
                            use.callers.append(ForeignCaller(module: importer, function: top))
                        }
                        continue
                    }
                    if use.callers.count >= 16 {
                        // More callers than a scenario step runs: the rest count as not run.
                        let callerName = importer.name + "." + caller.qualifiedName
                        if !use.unrunnable.contains(callerName) { use.unrunnable.append(callerName) }
                        continue
                    }
                    use.callers.append(ForeignCaller(module: importer, function: caller))
                }
            }
        }
        // Import-time code that calls it runs again each time a function of the project reloads
        // its module (`importlib.reload(plugin)` before each request): those functions are callers
        // that repeat (which modules they reload is for the run to find out).
        if !use.importTime.isEmpty && use.defaultInPlay {
            for r in reloaders(provider) where !use.callers.contains(where: { $0.module.name == r.module.name && $0.function.id == r.function.id }) {
                let cls = r.function.enclosingClass
                if r.function.enclosingFunction != nil || r.function.isLambda || (cls.map { $0.enclosingFunction != nil } ?? false) {
                    let callerName = r.module.name + "." + (r.function.isLambda ? "<lambda>" : r.function.qualifiedName)
                    if !use.unrunnable.contains(callerName) { use.unrunnable.append(callerName) }
                } else {
                    use.callers.append(r)
                }
            }
        }
        // A caller that is itself called (in its module, or from modules importing it) is run
        // through its own callers, as the module's own callers are: driving it with fresh
        // arguments would stand for callers the project does not have.
        var expanded: [ForeignCaller] = []
        for c in use.callers {
            // (A method caller, `Factory.build` calling it: run on the instances or classes the
            // project's own callers of that method use, `UserFactory.build(...)` in main.)
            let (runs, importTime) = c.function.enclosingClass != nil && c.function.name != "__init__"
                ? (methodCallerChain(c, provider: provider), [])
                : upstream(of: c, provider: provider, depth: 0)
            for u in runs where !expanded.contains(where: { $0.module.name == u.module.name && $0.function.id == u.function.id }) {
                expanded.append(u)
            }
            for m in importTime where !use.importTime.contains(where: { $0.name == m.name }) { use.importTime.append(m) }
        }
        use.callers = Array(expanded.prefix(16))
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) foreign callers \(use.callers.map { $0.module.name + "." + $0.function.qualifiedName + ($0.offered ? "(offered)" : "") }), escapes \(use.escapes), in play \(use.defaultInPlay)\n".utf8))
        }
        return use
    }

    /// The modules importing module `name` and those importing a package among them (one level:
    /// a package's `__init__` re-exporting from it), star imports included (`from fixtures
    /// import *`): where what `name` binds is used.
    static func importersThroughPackages(of name: String, _ provider: ModuleProvider) -> [String] {
        func importing(_ m: String) -> [String] { provider.importerNames(of: m) + provider.importerNames(of: m + ".*") }
        var out: [String] = []
        for i in importing(name) where i != name && !out.contains(i) { out.append(i) }
        // (A package among them, or the package of an importer that its `__init__` imports in
        // turn, `reportkit` importing `reportkit.sales` that subclasses the base: what it
        // re-exports is used by its importers.)
        var packages: [String] = []
        for n in out {
            if provider.module(named: n)?.isPackage == true { packages.append(n); continue }
            for p in importing(n) where p != name && !packages.contains(p) && n.hasPrefix(p + ".")
                && provider.module(named: p)?.isPackage == true {
                packages.append(p)
            }
        }
        for p in packages {
            if !out.contains(p) { out.append(p) }
            for i in importing(p) where i != p && i != name && !out.contains(i) { out.append(i) }
        }
        return out
    }

    /// The project modules that import this one, directly or through others (a few levels, up to
    /// 24 modules: a small application of many short modules): where an application's work that
    /// reaches this module starts. nil past the cap (the entries would be too many to run in one
    /// step).
    func applicationImporters(_ provider: ModuleProvider) -> [ProvidedModule]? {
        Self.applicationImporters(named: module.name, provider)
    }

    static func applicationImporters(named name: String, _ provider: ModuleProvider) -> [ProvidedModule]? {
        var out: [ProvidedModule] = []
        var seen: Set<String> = [name]
        var frontier = [name]
        for _ in 0..<4 where !frontier.isEmpty {
            var next: [String] = []
            for name in frontier {
                for i in Self.importersThroughPackages(of: name, provider) where !seen.contains(i) {
                    seen.insert(i)
                    guard let m = provider.module(named: i), m.origin == .project else { continue }
                    out.append(m)
                    next.append(i)
                    if out.count > 24 { return nil }
                }
            }
            frontier = next
        }
        return out
    }

    /// Whether `m` is a module of an application (its package is not distributed) that other
    /// project modules import: a function of it that nothing calls is not a program's entry point
    /// (those are the scripts' functions: `main.py`, which nothing imports).
    func isUncalledModuleOfApplication(_ m: ProvidedModule, provider: ModuleProvider) -> Bool {
        guard m.origin == .project, !provider.distributesPackage(of: m.name) else { return false }
        return provider.importerNames(of: m.name).contains { $0 != m.name } || isLoadedByName(m, provider: provider)
    }

    /// Names a test runner collects: a module `test_*.py` / `*_test.py` / `conftest.py` or one in a
    /// `test` / `tests` package, a class `Test*` / `*Test` / `*Tests`.
    static func namedAsTest(module: String, cls: String) -> Bool {
        let parts = module.split(separator: ".")
        let last = parts.last.map(String.init) ?? module
        return last.hasPrefix("test") || last.hasSuffix("_test") || last == "conftest"
            || parts.dropLast().contains { $0 == "test" || $0 == "tests" }
            || cls.hasPrefix("Test") || cls.hasSuffix("Test") || cls.hasSuffix("Tests")
    }

    /// A script of an application: a project module of a tree that distributes no package, which
    /// no module imports or loads by name (`tools.py`, `manage.py`): it runs only as a program.
    func isScriptOfApplication(_ m: ProvidedModule, provider: ModuleProvider) -> Bool {
        m.origin == .project && !provider.distributesPackage(of: m.name)
            && !provider.importerNames(of: m.name).contains { $0 != m.name } && !isLoadedByName(m, provider: provider)
    }

    /// A module of an application that no module imports, linked to modules of which one calls
    /// `importlib.import_module` / `__import__`: a plugin the application loads by
    /// name (`import_module(name)` over a list of module names, then `getattr(module, "handle")`),
    /// whose functions its own work calls.
    func isLoadedByName(_ m: ProvidedModule, provider: ModuleProvider) -> Bool {
        !loadersByName(of: m, provider: provider, all: false).isEmpty
    }

    /// The modules that may load `m` by name (see `isLoadedByName`): the first found, or with
    /// `all` every one among the linked modules.
    func loadersByName(of m: ProvidedModule, provider: ModuleProvider, all: Bool = true) -> [ProvidedModule] {
        // (A module of a package: a top-level script nothing imports is where the work starts.
        // A top-level module is a plugin only where the loading call names it: its whole name, or
        // the start of it, `import_module(f"blog_plugin_{name}")`.)
        let topLevel = !m.name.contains(".")
        guard m.origin == .project, !provider.distributesPackage(of: m.name),
              !provider.importerNames(of: m.name).contains(where: { $0 != m.name }),
              let linked = provider.linkedModuleNames(of: m.name) else { return [] }
        var out: [ProvidedModule] = []
        // (The names may sit in a settings module, or be made from a setting:
        // `import_module(f"{__name__}.{fmt}_writer")`; the loading in another module.)
        for other in linked.prefix(64) where other != m.name
            && (provider.mayMention("import_module", inModule: other) || provider.mayMention("__import__", inModule: other)) {
            guard let o = provider.module(named: other) else { continue }
            var loads = false
            var spelled: [ByteRange] = []
            IRWalk.expressions(in: o.module.body, intoFunctions: true) { e in
                guard !loads || topLevel, case .call(let f, let args) = e.kind else { return }
                let loading: Bool
                switch f.kind {
                case .name(let n): loading = n == "import_module" || n == "__import__"
                case .attribute(_, let n): loading = n == "import_module"
                default: loading = false
                }
                if loading {
                    loads = true
                    if let name = args.first?.value.range { spelled.append(name) }
                }
            }
            if loads, topLevel {
                var named = false
                IRWalk.expressions(in: o.module.body, intoFunctions: true) { e in
                    guard !named, spelled.contains(where: { $0.contains(e.range.lowerBound) }) else { return }
                    let text: String?
                    switch e.kind {
                    case .constant(.string(let t)): text = t
                    case .fstring(let f): text = f.literalPrefix
                    default: text = nil
                    }
                    if let t = text, t.count >= 3 { named = m.name.hasPrefix(t) }
                }
                loads = named
            }
            if loads {
                out.append(o)
                if !all { return out }
            }
        }
        return out
    }

    /// Whether an unknown outcome grew only through a function nothing in the project calls, of
    /// a module the application loads by name (`exporters.csv_plugin.setup`).
    func growsOnlyThroughPlugin(_ outcome: SimulationOutcome, _ provider: ModuleProvider) -> Bool {
        guard case .growsOnlyThroughUncalled(let name)? = outcome.reason else { return false }
        // (The longest module name that prefixes the qualified name.)
        var parts = name.split(separator: ".").map(String.init)
        while parts.count > 1 {
            parts.removeLast()
            if let m = provider.module(named: parts.joined(separator: ".")) { return isLoadedByName(m, provider: provider) }
        }
        return false
    }

    /// Where an application that loads `m` by name starts its work: the scripts (modules nothing
    /// imports) among the loaders and the modules importing them. Empty when there is none, or
    /// past the caps.
    func entriesLoadingByName(_ m: ProvidedModule, provider: ModuleProvider) -> [ProvidedModule] {
        let isTop: (String) -> Bool = { name in Self.importersThroughPackages(of: name, provider).allSatisfy { $0 == name } }
        var out: [ProvidedModule] = []
        for loader in loadersByName(of: m, provider: provider).prefix(4) {
            guard let importers = Self.applicationImporters(named: loader.name, provider) else { return [] }
            // (Not the plugins themselves: importing the package they sit in makes them look like
            // importers of the loader.)
            for t in [loader] + importers where isTop(t.name) && t.name != m.name && !out.contains(where: { $0.name == t.name })
                && !isLoadedByName(t, provider: provider) {
                out.append(t)
            }
        }
        return Array(out.prefix(8))
    }

    /// Whether a call with `args` passes `p` (by keyword, or positionally among `positional`, the
    /// parameters a caller fills by position); `*args` / `**kwargs` may or may not: not known to.
    static func passes(_ args: [Argument], _ p: Parameter, positional: [Parameter]) -> Bool {
        guard !args.contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) else { return false }
        return args.contains { $0.kind == .keyword && $0.name == p.name }
            || (positional.firstIndex { $0.name == p.name }.map { args.filter { $0.kind == .positional }.count > $0 } ?? false)
    }

    /// Callers of a method of a module-level class in the project's other modules: `x.name(...)`
    /// in the modules that import the class, or a subclass of it that another module makes (two
    /// levels of importers). The scenario runs them as it runs visible callers; on which instance
    /// they call it (this class, a subclass that overrides it, something else) is for the run to
    /// find. A bound method used as a value there, or importers past the cap: callers may be anywhere.
    private func computeForeignMethodUse(of def: FunctionDef, cls: ClassDef, parameter p: Parameter) -> ForeignUse {
        var use = ForeignUse()
        // (`@classmethod` / `@staticmethod` keep it callable by name: `Connection.open(dsn)`.)
        let plainDecorators = def.decorators.allSatisfy { d in
            if case .name(let n) = d.kind { return n == "classmethod" || n == "staticmethod" } else { return false }
        }
        guard let provider = options.modules, cls.enclosingFunction == nil, def.enclosingFunction == nil, !def.isLambda,
              !(def.name.hasPrefix("__") && def.name.hasSuffix("__")), plainDecorators,
              !callGraph.escapes(def) else { return use }
        // (A staticmethod has no `self` to drop.)
        let positional = Array(def.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
            .dropFirst(callGraph.isStatic(def) ? 0 : 1))
        func passes(_ args: [Argument]) -> Bool { Self.passes(args, p, positional: positional) }
        func baseName(_ e: Expr) -> String? {
            switch e.kind {
            case .name(let n): return n
            case .attribute(_, let n): return n
            default: return nil
            }
        }
        // Modules to scan, with the class names through which instances of the class reach them.
        // (Module-level instances of it are names too: `container = Container()`, imported by the
        // modules that call `container.resolve(...)`.)
        var instanceNames: Set<String> = []
        for st in module.body {
            guard case .assign(let targets, let value) = st.kind, case .call(let callee, _) = value.kind,
                  case .name(cls.name) = callee.kind else { continue }
            for t in targets { if case .name(let n) = t.kind { instanceNames.insert(n) } }
        }
        var frontier: [(module: String, names: Set<String>)] = [(module.name, instanceNames.union([cls.name]))]
        var visited: Set<String> = [module.name]
        var scanned = 0
        var callingModules = 0
        // Every subclass found so far: a package's `__init__` re-exports a subclass that its
        // importers then name instead of the base (`from exporters import CsvExporter`).
        var allNames: Set<String> = [cls.name]
        for _ in 0..<6 where !frontier.isEmpty {
            var next: [(module: String, names: Set<String>)] = []
            for (from, pathNames) in frontier {
                for importerName in provider.importerNames(of: from) where !visited.contains(importerName) {
                    let names = pathNames.union(allNames)
                    guard names.contains(where: { provider.mayMention($0, inModule: importerName) }) else { continue }
                    visited.insert(importerName)
                    guard scanned < 64 else { return ForeignUse() }
                    guard let importer = provider.module(named: importerName) else { return ForeignUse() }
                    guard importer.origin == .project else { continue }
                    scanned += 1
                    let subclasses = importer.module.classes.filter { c in
                        c.enclosingFunction == nil && c.bases.contains { baseName($0).map(names.contains) ?? false }
                    }
                    allNames.formUnion(subclasses.map(\.name))
                    next.append((importerName, names.union(subclasses.map(\.name))))
                    // A subclass elsewhere overrides it: calls by name may reach the override, and
                    // the base method only through `super()` (the project's calls may never leave
                    // its default in play, which outside callers of the base would): as before.
                    if subclasses.contains(where: { $0.methods.contains { $0.name == def.name } }) {
                        return ForeignUse()
                    }
                    guard provider.mayMention(def.name, inModule: importerName) else { continue }
                    let graph = callGraph(of: importer)
                    if graph.usesAttributeAsValue(def.name) { return ForeignUse() }
                    let sites = graph.methodSites(named: def.name)
                    if !sites.isEmpty { callingModules += 1 }
                    // A method many modules call (a widget's `configure`) is the class's public
                    // interface: callers may be anywhere, as before the project was followed.
                    if callingModules > 4 { return ForeignUse() }
                    for site in sites {
                        if !passes(site.arguments) { use.defaultInPlay = true }
                        guard let caller = site.caller else {
                            if !use.importTime.contains(where: { $0.name == importer.name }) { use.importTime.append(importer) }
                            continue
                        }
                        guard !use.callers.contains(where: { $0.module.name == importer.name && $0.function.id == caller.id }) else { continue }
                        let callerName = importer.name + "." + (caller.isLambda ? "<lambda>" : caller.qualifiedName)
                        if use.callers.count >= 8 { return ForeignUse() }
                        if caller.enclosingFunction != nil || caller.isLambda || (caller.enclosingClass.map { $0.enclosingFunction != nil } ?? false) {
                            if !use.unrunnable.contains(callerName) { use.unrunnable.append(callerName) }
                            continue
                        }
                        let c = ForeignCaller(module: importer, function: caller)
                        if caller.enclosingClass == nil {
                            // A module-level function is run through its own callers, as callers of
                            // module-level functions are (`record()` called by `scenario()`).
                            let (runs, importTime) = upstream(of: c, provider: provider, depth: 0)
                            for u in runs where !use.callers.contains(where: { $0.module.name == u.module.name && $0.function.id == u.function.id }) {
                                use.callers.append(u)
                            }
                            for m in importTime where !use.importTime.contains(where: { $0.name == m.name }) { use.importTime.append(m) }
                        } else {
                            use.callers.append(contentsOf: methodCallerChain(c, provider: provider))
                        }
                    }
                }
            }
            frontier = next
        }
        return use
    }

    /// A method of another module that calls the candidate's method is run on a fresh instance
    /// of its class, as outside code would call it. When the project calls that method itself
    /// (from module-level functions of the modules importing it), those functions are callers too
    /// and the method is marked `offered`: growth only through it is growth for callers the
    /// project does not have (`Session.connection()` on a fresh `Session` leaves its pool None,
    /// while the project's one caller always passes a pool).
    func methodCallerChain(_ c: ForeignCaller, provider: ModuleProvider, depth: Int = 0) -> [ForeignCaller] {
        // A subclass's constructor in an application (`SelectField.__init__` calling a mixin's
        // `self.set_choices()`): run through the code creating the class, where the project's
        // other calls on the instance (`field.add_choice(...)`) run too. Not followed to its
        // creators, or created at import: run on a fresh instance, as before.
        if c.function.name == "__init__", let cls = c.function.enclosingClass, cls.enclosingFunction == nil, depth < 2,
           !provider.distributesPackage(of: c.module.name) {
            let (runs, importTime) = upstream(of: c, provider: provider, depth: 1)
            if importTime.isEmpty, !runs.isEmpty,
               !runs.contains(where: { $0.module.name == c.module.name && $0.function.id == c.function.id }) {
                return runs
            }
            return [c]
        }
        guard let cls = c.function.enclosingClass, cls.enclosingFunction == nil, !c.function.name.hasPrefix("__") else { return [c] }
        var upstreamCallers: [ForeignCaller] = []
        let importers = Self.importersThroughPackages(of: c.module.name, provider)
        guard importers.count <= 16 else { return [c] }
        // (Its own module too: `self._query(...)` in the class's other methods, run through theirs.)
        for name in [c.module.name] + importers {
            guard provider.mayMention(c.function.name, inModule: name),
                  let importer = provider.module(named: name), importer.origin == .project else { continue }
            let graph = callGraph(of: importer)
            if graph.usesAttributeAsValue(c.function.name) { return [c] }
            for site in graph.methodSites(named: c.function.name) {
                // (Module-level functions, and methods of module-level classes followed to their
                // own callers in turn; import-time code there keeps the caller as it was.)
                guard let f = site.caller, f.enclosingFunction == nil, !f.isLambda else { return [c] }
                if name == c.module.name, f.id == c.function.id { continue }
                if let k = f.enclosingClass {
                    guard depth < 2, k.enclosingFunction == nil, !f.name.hasPrefix("__") else { return [c] }
                    // (A sibling method of an application's class that nothing calls or uses, by
                    // any name the project spells, is dead code: no way to it.)
                    if name == c.module.name, !provider.distributesPackage(of: c.module.name),
                       neverUsedMethod(f.name, in: [name] + importers, provider) { continue }
                    let more = methodCallerChain(ForeignCaller(module: importer, function: f), provider: provider, depth: depth + 1)
                    if more.contains(where: { ($0.module.name == name && $0.function.id == f.id) || $0.offered }) { return [c] }
                    for m in more where !upstreamCallers.contains(where: { $0.module.name == m.module.name && $0.function.id == m.function.id }) {
                        upstreamCallers.append(m)
                    }
                    continue
                }
                // (A module-level function is run through its own callers in turn, `render_email`
                // through the `scenario` of its script; one called only at import stays as it is.)
                let fc = ForeignCaller(module: importer, function: f)
                let (runs, importTime) = depth < 2 ? upstream(of: fc, provider: provider, depth: 1) : ([fc], [])
                for m in (runs.isEmpty || !importTime.isEmpty ? [fc] : runs)
                where !upstreamCallers.contains(where: { $0.module.name == m.module.name && $0.function.id == m.function.id }) {
                    upstreamCallers.append(m)
                }
            }
        }
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: method callers of \(c.module.name).\(c.function.qualifiedName) (depth \(depth)): \(upstreamCallers.map { $0.module.name + "." + $0.function.qualifiedName })\n".utf8))
        }
        guard !upstreamCallers.isEmpty else {
            // A method of a plugin the application loads by name (`module.EXPORTER.export(rows)`
            // on what `__import__("exporter_" + kind)` returned), or of any module of the
            // application that nothing imports and whose own code does not call it: its callers
            // do not import it, so none was found. Run as outside code would; growth through it
            // alone is for the application's own work, from its entry points, to show.
            // (Not a test: a test runner finds test modules and classes by their names.)
            if c.module.origin == .project, !provider.distributesPackage(of: c.module.name),
               isLoadedByName(c.module, provider: provider)
                || (!provider.importerNames(of: c.module.name).contains(where: { $0 != c.module.name })
                    && !Self.namedAsTest(module: c.module.name, cls: cls.name)) {
                var plugin = c
                plugin.offered = true
                plugin.uncalled = true
                return [plugin]
            }
            return [c]
        }
        // An application's own class (its package is not distributed): the project's callers of
        // the method are all there are.
        guard provider.distributesPackage(of: c.module.name) else { return Array(upstreamCallers.prefix(8)) }
        var offered = c
        offered.offered = true
        return [offered] + upstreamCallers.prefix(8)
    }

    /// No module among `names` calls a method `name` or reads it as a value (nor mentions it in
    /// a way the scan cannot tell: a module it may not name is skipped).
    func neverUsedMethod(_ name: String, in names: [String], _ provider: ModuleProvider) -> Bool {
        for n in names where provider.mayMention(name, inModule: n) {
            guard let m = provider.module(named: n), m.origin == .project else { return false }
            let graph = callGraph(of: m)
            if !graph.methodSites(named: name).isEmpty || graph.usesAttributeAsValue(name) { return false }
            // (`getattr(obj, "name")` and other text naming it.)
            var named = false
            IRWalk.expressions(in: m.module.body) { e in
                if case .constant(.string(let t)) = e.kind, t == name { named = true }
            }
            if named { return false }
        }
        return true
    }

    /// Functions of the project that reload a module (`importlib.reload(m)`, `imp.reload(m)`, or
    /// `reload` imported from either): each reload runs a module's import-time code again.
    func reloaders(_ provider: ModuleProvider) -> [ForeignCaller] {
        if let known = imported.reloaders { return known }
        var out: [ForeignCaller] = []
        defer { imported.reloaders = out }
        for name in Set(provider.importerNames(of: "importlib") + provider.importerNames(of: "imp")).sorted() {
            guard provider.mayMention("reload", inModule: name), let m = provider.module(named: name), m.origin == .project else { continue }
            for f in m.module.functions {
                var reloads = false
                IRWalk.expressions(in: f.body, intoFunctions: false) { e in
                    guard case .call(let callee, _) = e.kind else { return }
                    switch callee.kind {
                    case .attribute(_, "reload"), .name("reload"): reloads = true
                    default: break
                    }
                }
                if reloads { out.append(ForeignCaller(module: m, function: f)) }
            }
        }
        return out
    }

    /// The callers to run for a foreign caller `c`: `c` itself when it is a root (nothing calls it,
    /// it escapes, or its callers cannot all be run), else the roots of its callers, followed up
    /// to three modules.
    /// `importTime`: modules whose import-time code is the only caller of a function on the way
    /// (`connect(Mailer(...))` at the top of `main.py`, where `connect` subscribes): what their
    /// import made is all the calls there are, as for import-time callers of the target itself.
    /// (A function called both at import and by functions stays a root, as before: only one whose
    /// every call is import-time code's becomes those imports.)
    /// `decoratedBy`: the names of a decorator whose wrapper is called as the function is (the target
    /// being simulated, applied at import: `@cached`); other decorators keep `c` a root.
    func upstream(of c: ForeignCaller, provider: ModuleProvider, depth: Int,
                  decoratedBy: Set<String> = [], decoratorFactory: Bool = false) -> (callers: [ForeignCaller], importTime: [ProvidedModule]) {
        // (The answer depends only on the project and on `c`: a module's candidates, and the runs
        // of one candidate, ask for the same callers again and again, each walk going up through
        // every caller's callers. Kept for the module's simulation by module name and function id,
        // not holding the modules: the store may let one go, and it is asked for again.)
        let key = UpstreamKey(run: RunIdentity(c), depth: depth, decoratedBy: decoratedBy.sorted(), decoratorFactory: decoratorFactory)
        if let known = imported.upstream[key], let answer = Self.resolve(known, provider) { return answer }
        let answer = computeUpstream(of: c, provider: provider, depth: depth, decoratedBy: decoratedBy, decoratorFactory: decoratorFactory)
        // (Small answers only, and a bounded number of them: a walk through a big module's
        // methods can give thousands of callers, computed again rather than kept.)
        if answer.callers.count <= 64, imported.upstreamKept + answer.callers.count <= 16_384 {
            imported.upstream[key] = (answer.callers.map(RunIdentity.init), answer.importTime.map(\.name))
            imported.upstreamKept += answer.callers.count + 1
        }
        return answer
    }

    /// A kept `upstream` answer with its modules and functions found again (nil when one is no
    /// longer there: computed anew).
    static func resolve(_ kept: (callers: [RunIdentity], importTime: [String]),
                        _ provider: ModuleProvider) -> (callers: [ForeignCaller], importTime: [ProvidedModule])? {
        var callers: [ForeignCaller] = []
        callers.reserveCapacity(kept.callers.count)
        for r in kept.callers {
            guard let m = provider.module(named: r.module), m.module.functions.indices.contains(r.function) else { return nil }
            let f = m.module.functions[r.function]
            guard f.id == r.function else { return nil }
            callers.append(ForeignCaller(module: m, function: f, offered: r.offered, uncalled: r.uncalled, through: r.through))
        }
        var imports: [ProvidedModule] = []
        for n in kept.importTime {
            guard let m = provider.module(named: n) else { return nil }
            imports.append(m)
        }
        return (callers, imports)
    }

    /// A run as `upstream` gives it: the same function with the same marks and way is the same run.
    struct RunIdentity: Hashable {
        var module: String
        var function: Int
        var offered: Bool
        var uncalled: Bool
        var through: [String]
        init(_ c: ForeignCaller) {
            module = c.module.name
            function = c.function.id
            offered = c.offered
            uncalled = c.uncalled
            through = c.through
        }
    }

    /// What `upstream` was asked.
    struct UpstreamKey: Hashable {
        var run: RunIdentity
        var depth: Int
        var decoratedBy: [String]
        var decoratorFactory: Bool
    }

    private func computeUpstream(of c: ForeignCaller, provider: ModuleProvider, depth: Int,
                                 decoratedBy: Set<String>, decoratorFactory: Bool) -> (callers: [ForeignCaller], importTime: [ProvidedModule]) {
        let f = c.function
        // A module-level function, or the `__init__` of a module-level class (its callers create
        // the class, or a subclass of it elsewhere).
        let initOf = f.name == "__init__" ? f.enclosingClass.flatMap { $0.enclosingFunction == nil ? $0 : nil } : nil
        // (`@limited("quote")` when `decoratedBy` names a decorator factory.)
        let wrapped = f.decorators.allSatisfy { d in
            var d = d
            if decoratorFactory, case .call(let callee, _) = d.kind { d = callee }
            switch d.kind {
            case .name(let n), .attribute(_, let n): return decoratedBy.contains(n)
            default: return false
            }
        }
        guard depth < 3, f.enclosingClass == nil || initOf != nil, f.enclosingFunction == nil, !f.isLambda,
              wrapped else { return ([c], []) }
        let graph = callGraph(of: c.module)
        // (A call of itself, or `super().__init__(…)` in it read as one, is no caller.)
        let localSites = graph.sites(of: f).filter { $0.caller?.id != f.id }
        // (Decorated by `decoratedBy` only: a value there, but its wrapper is called by its name.)
        let escapes = f.decorators.isEmpty ? graph.escapes(f) : graph.valueNames.contains(f.name)
        guard !escapes else { return ([c], []) }
        var importTime: [ProvidedModule] = []
        if localSites.contains(where: { $0.caller == nil }) {
            // Called by its own module's import-time code (`OPTIONS = build_options()`): in an
            // application, where no outside code calls it, that call, made once when the module
            // is imported, is one of its calls, not a root to run with new arguments. (Called in
            // a loop there, or offered by a distributed package: a root, as before.)
            // (A module other modules import: a script's own functions keep their single-module
            // reading.)
            guard f.enclosingClass == nil, !Self.calledInModuleLevelLoop(f.name, c.module.module) else { return ([c], []) }
            guard isUncalledModuleOfApplication(c.module, provider: provider) else {
                // A script's function that only its own top-level code calls (`replay(count)` under
                // `if __name__ == "__main__":` in a `tools.py` nothing imports): one call per run
                // of the script, not new arguments again and again. Run as before, but growth
                // through it alone stands for callers the project does not have.
                if !localSites.contains(where: { $0.caller != nil }), isScriptOfApplication(c.module, provider: provider) {
                    var once = c
                    once.offered = true
                    return ([once], [])
                }
                return ([c], [])
            }
            importTime.append(c.module)
        }
        var out: [ForeignCaller] = []
        if localSites.contains(where: { $0.caller != nil }) {
            guard let local = graph.entryPoints(for: f, evenIfEscaping: !f.decorators.isEmpty), !local.isEmpty else { return ([c], []) }
            out += local.map { ForeignCaller(module: c.module, function: $0) }
        }
        // Its callers in the modules that import its module, and in those importing it from a
        // package that re-exports it (one level).
        var root = false
        var chain = ImportChain(c.module.name, initOf?.name ?? f.name)
        var scanned = 0
        while let (from, name) = chain.next() {
            let importers = provider.importerNames(of: from).filter { $0 != c.module.name && $0 != from }
            scanned += importers.count
            guard scanned <= 64 else { return ([c], []) }
            for importerName in importers {
                guard Self.mayName(name, importer: importerName, of: from, provider) else { continue }
                guard let importer = provider.module(named: importerName), importer.origin == .project else { return ([c], []) }
                let found = foreignSites(in: importer, module: from, name: name, classTarget: initOf != nil)
                // Used as a value or called in a loop at import: callers may be anywhere. (In an
                // application, a function another module hands on as a value, `handle(request,
                // avatars.profile_header)`, is called by the project's own code: growth from a run
                // with fresh arguments alone is growth for callers the project may not have.)
                // Its runs are the application's, from its scripts' entry points (where the
                // interpreter follows the table or the handler to it), and the run with fresh
                // arguments, whose growth alone is unknown.
                if found.valueUse, importer.origin == .project, !provider.distributesPackage(of: c.module.name) {
                    return (valuedCallers(c, provider: provider), [])
                }
                if found.valueUse || !found.looped.isEmpty { return ([c], []) }
                // Offered by a package's interface: code outside the tree may call it too, so it
                // stays a root, and the package's importers are callers as well.
                if importer.isPackage, found.bound.contains(where: { !$0.hasPrefix("_") }),
                   provider.distributesPackage(of: importer.name) { root = true }
                for b in found.bound { chain.add(importer.name, b) }
                for site in found.sites {
                    guard let caller = site.caller else {
                        if !importTime.contains(where: { $0.name == importer.name }) { importTime.append(importer) }
                        continue
                    }
                    guard caller.enclosingFunction == nil, !caller.isLambda else { return ([c], []) }
                    if let cls = caller.enclosingClass {
                        // A method (`ChannelManager.open` making an `SmsChannel`): run on a fresh
                        // instance, and through the project's own callers of it when it has them.
                        guard cls.enclosingFunction == nil else { return ([c], []) }
                        for m in methodCallerChain(ForeignCaller(module: importer, function: caller), provider: provider)
                        where !out.contains(where: { $0.module.name == m.module.name && $0.function.id == m.function.id }) {
                            out.append(m)
                        }
                        continue
                    }
                    out.append(ForeignCaller(module: importer, function: caller))
                }
            }
        }
        // Nothing calls it: it is where a run starts. Offered by a package, or called both at
        // import and by functions: a root as well.
        if out.isEmpty && (importTime.isEmpty || root) {
            if out.isEmpty, importTime.isEmpty, !root, initOf == nil, f.enclosingClass == nil,
               isUncalledModuleOfApplication(c.module, provider: provider) {
                var uncalled = c
                uncalled.offered = true
                uncalled.uncalled = true
                return ([uncalled], [])
            }
            return ([c], [])
        }
        // (Called both at import and by functions: in a distributed package it stays a root, as
        // outside code may call it too; in an application the callers are all there are, and the
        // import-time calls run when their modules are imported.)
        if !out.isEmpty && !importTime.isEmpty && provider.distributesPackage(of: c.module.name) { return ([c], []) }
        if out.isEmpty { return ([], importTime) }
        var offered = c
        offered.offered = true
        var callers: [ForeignCaller] = root ? [offered] : []
        var imports: [ProvidedModule] = []
        // (Each run once: callers reached along two ways (two methods of a class both called by
        // `main`) are one run, not one per way; over three levels the copies multiplied, into the
        // thousands for tkinter's methods.)
        var expanded = Set<RunIdentity>()
        var seen = Set(callers.map(RunIdentity.init))
        for o in out where expanded.insert(RunIdentity(o)).inserted {
            let (more, alsoImported) = upstream(of: o, provider: provider, depth: depth + 1)
            for r in more {
                var r = r
                for m in [c.module.name, o.module.name] where m != r.module.name && !r.through.contains(m) { r.through.append(m) }
                if seen.insert(RunIdentity(r)).inserted { callers.append(r) }
            }
            for m in alsoImported where !imports.contains(where: { $0.name == m.name }) { imports.append(m) }
        }
        for m in importTime where !imports.contains(where: { $0.name == m.name }) { imports.append(m) }
        return (callers, imports)
    }

    /// The runs standing for the calls of an application's function that its code holds as a
    /// value (a dispatch table's handler, a subscribed callback): the function itself run as
    /// outside code would (marked offered: growth there alone is for callers the application
    /// does not have), and the entry points of the application's scripts, whose work reaches it
    /// through the table.
    func valuedCallers(_ c: ForeignCaller, provider: ModuleProvider) -> [ForeignCaller] {
        var valued = c
        valued.offered = true
        var callers = [valued]
        for m in applicationImporters(provider) ?? [] where Self.importersThroughPackages(of: m.name, provider).allSatisfy({ $0 == m.name }) {
            for f in callGraph(of: m).moduleEntries where callers.count <= 16 {
                callers.append(ForeignCaller(module: m, function: f))
            }
        }
        return callers
    }

    /// Whether module-level code of `module` calls `name` inside a loop or a comprehension (as
    /// often as data says, not once).
    static func calledInModuleLevelLoop(_ name: String, _ module: Module) -> Bool {
        let repeating = repeatingRanges(of: module)
        var found = false
        IRWalk.expressions(in: module.body, intoFunctions: false) { e in
            if !found, case .call(let callee, _) = e.kind, case .name(name) = callee.kind,
               repeating.contains(where: { $0.contains(e.range.lowerBound) }) { found = true }
        }
        return found
    }

    /// The parts of `module`'s top-level code that repeat as often as data says: loops and
    /// comprehensions over what is not a literal. (Names bound once at module level to a tuple
    /// display, `BUILTIN = ("a", "b")`, are as fixed as the display itself.)
    static func repeatingRanges(of module: Module) -> [ByteRange] {
        var bindings: [String: Int] = [:]
        var tupleNames = Set<String>()
        for st in module.body {
            switch st.kind {
            case .assign(let ts, let v):
                for t in ts {
                    guard case .name(let n) = t.kind else { continue }
                    bindings[n, default: 0] += 1
                    if case .tuple = v.kind { tupleNames.insert(n) }
                }
            case .augAssign(let t, _, _), .annAssign(let t, _, _):
                if case .name(let n) = t.kind { bindings[n, default: 0] += 2 }
            default: break
            }
        }
        func fixed(_ e: Expr) -> Bool {
            switch e.kind {
            case .list, .tuple, .set: return true
            case .name(let n): return tupleNames.contains(n) && bindings[n] == 1 && module.scope.symbols[n] != nil
            default: return false
            }
        }
        var repeating: [ByteRange] = []
        IRWalk.expressions(in: module.body, intoFunctions: false) { e in
            if case .comprehension(let c) = e.kind, !c.generators.allSatisfy({ fixed($0.iter) }) { repeating.append(e.range) }
        }
        func loops(_ stmts: [Stmt]) {
            for st in stmts {
                switch st.kind {
                case .whileLoop: repeating.append(st.range)
                case .forLoop(_, let iter, let b, let o, _):
                    if fixed(iter) { loops(b); loops(o) } else { repeating.append(st.range) }
                case .ifStmt(_, let b, let o): loops(b); loops(o)
                case .with(_, let b, _): loops(b)
                case .tryStmt(let b, let hs, let o, let f): loops(b); for h in hs { loops(h.body) }; loops(o); loops(f)
                case .classDef(let c): loops(c.body)
                default: break
                }
            }
        }
        loops(module.body)
        return repeating
    }

    /// Imports `modules` into `interp` (their module-level code runs once, as at import).
    func importForeign(_ interp: Interpreter, _ modules: [ProvidedModule]) throws {
        interp.essentialImports.formUnion(modules.map(\.name))
        for m in modules { _ = try interp.importModule(m.name, site: 0) }
        // What their import-time code made and dropped (a closure `subscribe(...)` returned and
        // `connect` called once) is freed by reference counting, as after the module's own import:
        // the scenario's users never see it.
        if !modules.isEmpty { try interp.collect(gc: false) }
    }

    /// Scenario calls of the foreign callers: their modules imported into `interp` (once), then each
    /// caller called with fresh arguments (a method on a fresh instance of its class, made with
    /// fresh arguments). Callers whose function or class object does not exist are returned apart.
    func foreignEntriesAndMissing(_ interp: Interpreter, _ callers: [ForeignCaller])
        throws -> (entries: [(Interpreter) throws -> ObjID], missing: [String], tests: [String]) {
        var out: [(Interpreter) throws -> ObjID] = []
        var missing: [String] = []
        var tests: [String] = []
        var testClassesRun = Set<Int>()
        // (Their modules are what the scenario runs: imported past the cap on imported modules.)
        interp.essentialImports.formUnion(callers.flatMap { [$0.module.name] + $0.through })
        for c in callers {
            let def = c.function
            guard try interp.importModule(c.module.name, site: 0) != nil, let u = interp.unitIndex(named: c.module.name),
                  let f = (interp.functionObjects[ModuleKey.make(u, def.id)] ?? []).first(where: { interp.isAlive($0) })
            else { missing.append(c.module.name + "." + def.qualifiedName); continue }
            if let cls = def.enclosingClass {
                // A method: called on a fresh instance of its class (made with fresh arguments), or
                // through the class for a classmethod, or as is for a staticmethod.
                guard let clsObj = interp.classObjects[ModuleKey.make(u, cls.id)] else {
                    missing.append(c.module.name + "." + def.qualifiedName)
                    continue
                }
                let isStatic = def.decorators.contains { if case .name("staticmethod") = $0.kind { return true } else { return false } }
                let isClass = def.decorators.contains { if case .name("classmethod") = $0.kind { return true } else { return false } }
                // (How the project uses the class, when it is a test class: see `TestClassUse`.)
                let use = testClassUse(cls, in: c.module.name, body: c.module.module.body)
                let namedByOthers = !use.runnerOnly
                let setToData = interp.isTestCaseClass(clsObj) ? use.setToData : []
                if interp.isTestCaseClass(clsObj), !namedByOthers {
                    // A method of a test class (`setUp`, a test, a helper) that only the test
                    // runner uses: it calls it as it runs every test of the class, each on a new
                    // instance between `setUp` and `tearDown` (what `setUp` keeps on `self` is used
                    // by the tests). (Not a class other code names but to load it or set its class
                    // attributes to constants: it may make and set up its instances itself,
                    // `case.order_id = …`, or give the tests other data each time.)
                    guard testClassesRun.insert(ModuleKey.make(u, cls.id)).inserted else { continue }
                    tests.append(c.module.name + "." + cls.name)
                    out.append { i in
                        try i.runTestCase(clsObj, site: cls.range.lowerBound, frame: i.moduleFrame())
                        return i.none
                    }
                    continue
                }
                let initDef = cls.methods.first { $0.name == "__init__" }
                // The instance's other methods, run after the call when the instance keeps the
                // default (`self.user = make_user(...)`): its users go on calling them.
                let others = isStatic || isClass ? [] : cls.methods.filter {
                    $0.id != def.id && !$0.name.hasPrefix("__") && !isStaticOrClassMethod($0) && $0.decorators.isEmpty
                }
                let removing = Set(others.filter { Self.removesItems($0) }.map(\.id))
                let filled = isStatic || isClass ? [] : Interpreter.attributesFilledByOtherMethods(of: cls, except: def)
                // A test class whose attributes other code sets to its own data before running the
                // tests: a test run here reads the class's values, not that data (growth shown stands;
                // no refutation rests on it).
                // (Unless a caller run here is that code, running the suite on its data as it does.)
                if !setToData.isEmpty, !callers.contains(where: { o in
                    o.function.enclosingClass == nil && !TestClassUse(ofTestClass: cls.name, in: o.function.body).setToData.isEmpty
                }) {
                    tests.append(c.module.name + "." + cls.name)
                }
                out.append { i in
                    let site = def.range.lowerBound
                    let frame = i.moduleFrame()
                    var callable = i.wrapperReaching(f) ?? f
                    // (A decorated method: the wrapper its decorator put on the class, when it is a function.)
                    if !def.decorators.isEmpty, let g = i.mroLookup(clsObj, def.name), g != f, case .function = i.heap[g].payload {
                        callable = g
                    }
                    var receiver = clsObj
                    if !isStatic && !isClass {
                        receiver = try i.instantiate(clsObj, cls, initializer: initDef, frame: frame)
                        i.openFilledAttributes(receiver, filled, site: site)
                    }
                    let bound = isStatic ? callable : try i.bindIfFunction(callable, to: receiver, site: site)
                    let (args, kwargs) = i.freshArguments(for: def, skippingFirst: !isStatic)
                    let result = try i.thenTestCleanups(of: receiver, site: site, frame: frame) {
                        try i.call(bound, args, kwargs, site: site, frame: frame)
                    }
                    try i.useResult(result, site: site)
                    if !others.isEmpty, i.holdsWatched(receiver) {
                        try i.exercise(others, of: u, removing: removing, on: receiver, site: site, frame: frame)
                    }
                    return result
                }
                continue
            }
            // (A decorated function is called by its name: through the wrapper its decorator
            // bound there, a function of the decorator's, when it is one.)
            let unitObject = interp.units[u].object
            out.append { i in
                var callable = i.wrapperReaching(f) ?? f
                if !def.decorators.isEmpty, def.enclosingFunction == nil, let g = i.global(def.name, in: unitObject), g != f,
                   case .function = i.heap[g].payload {
                    callable = g
                }
                let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                let result = try i.call(callable, args, kwargs, site: def.range.lowerBound, frame: i.moduleFrame())
                try i.useResult(result, site: def.range.lowerBound)
                return result
            }
        }
        return (out, missing, tests)
    }

    /// What one policy's run reached in other modules, by module name (unit indices differ between
    /// interpreters), and the handoffs of the candidate into their functions.
    struct ForeignReach {
        var statements = Set<String>()
        var completed = Set<String>()
        var functions = Set<String>()
        var handoffs = Set<String>()
        var handoffList: [(module: String, function: Int, parameter: String)] = []
        /// The types of what each handoff's parameter got: the candidate's, or a holder's (a tuple).
        var passedTypes: [String: Set<String>] = [:]

        /// The same spelling as `Interpreter.moduleKeyName`.
        static func key(_ module: String, _ offset: Int) -> String { module + ":" + String(offset) }

        mutating func add(_ interp: Interpreter) {
            for s in interp.reachedStatements where ModuleKey.unit(s) != 0 {
                if let k = interp.moduleKeyName(s) { statements.insert(k) }
            }
            for s in interp.completedStatements where ModuleKey.unit(s) != 0 {
                if let k = interp.moduleKeyName(s) { completed.insert(k) }
            }
            for f in interp.calledFunctions where ModuleKey.unit(f) != 0 {
                if let k = interp.moduleKeyName(f) { functions.insert(k) }
            }
            // (In a fixed order: which unreached site is named first must not depend on hashing.)
            let ordered = interp.handoffs.sorted { ($0.unit, $0.function, $0.parameter) < ($1.unit, $1.function, $1.parameter) }
            for h in ordered where h.unit < interp.units.count {
                let name = interp.units[h.unit].name
                // An object holding the candidate is followed like the candidate: anything done
                // through that parameter is a possible store.
                if handoffs.insert("\(name)#\(h.function)#\(h.parameter)").inserted {
                    handoffList.append((name, h.function, h.parameter))
                }
                passedTypes["\(name)#\(h.function)#\(h.parameter)", default: []].insert(h.typeName)
            }
        }
    }

    /// Statements of functions (of other modules, or of this one reached from them) the candidate
    /// was handed to that could store it and that no run reached: (module, offset) pairs. As for the
    /// module's own sites, one skipped inside a function that ran, on control flow decided from known
    /// values (`undecided` false), is dead for these callers; one in a function that never ran is not.
    func unreachedForeignSites(_ reach: ForeignReach, reachedHere: Set<Int>, completedHere: Set<Int>, calledHere: Set<Int>,
                               branches: [String: BranchRecord] = [:], loneChoices: Set<String> = [],
                               candidateType: String? = nil, undecided: Bool) -> [(module: String, offset: Int)] {
        var out: [(String, Int)] = []
        for h in reach.handoffList {
            let m: Module?
            let provided = h.module == module.name ? nil : options.modules?.module(named: h.module)
            if h.module == module.name { m = module } else { m = provided?.module }
            guard let m, h.function < m.functions.count else { continue }
            let isPackage = provided?.isPackage ?? options.isPackage
            let found = StoreSites(module: m, function: m.functions[h.function], parameter: h.parameter,
                                   inherited: options.modules == nil ? nil : { self.inheritedForeignMethod($0, $1, in: m, moduleName: h.module, isPackage: isPackage) })
            let sites = found.offsets
            // (A store in an `except` handler no call entered is not dead either; found once per module.)
            var handlerRanges: [ByteRange]?
            // Sites in functions of that module that never ran, reached only through their own
            // parameters (the default handed over by a call there): dead when every statement
            // naming the function was skipped in a function that ran (`HandOverExcuses`).
            var handedOver: [Int] = []
            let here = h.module == module.name
            let control = DecidedControl(
                reached: { here ? reachedHere.contains($0) : reach.statements.contains(ForeignReach.key(h.module, $0)) },
                outcome: { branches[ForeignReach.key(h.module, $0)] }, lone: loneChoices)
            for s in sites {
                let reached = h.module == module.name ? completedHere.contains(s) : reach.completed.contains(ForeignReach.key(h.module, s))
                guard !reached else { continue }
                let inner = m.functions.filter { $0.range.contains(s) }.min { $0.range.count < $1.range.count }
                // Reached with the candidate only through a parameter whose `isinstance` test rules
                // its type out (a dict handed to `_cnfmerge(cnfs)` never takes the `str` branch).
                // (Or through parameters it is handed on to in that module, each with such a test:
                // `_options(cnf)` → `_cnfmerge(cnf)`.)
                if let inner, let types = reach.passedTypes["\(h.module)#\(h.function)#\(h.parameter)"], !types.isEmpty {
                    let refs = inner.id == h.function ? [(function: h.function, parameter: h.parameter)] : found.parameters[s] ?? []
                    if !refs.isEmpty, refs.allSatisfy({ ref in
                        ref.function == inner.id && types.allSatisfy { DecidedControl.typeGuardExcludes(site: s, function: inner, parameter: ref.parameter, candidateType: $0) }
                    }) { continue }
                }
                let ran = inner.map { f in
                    h.module == module.name ? calledHere.contains(f.id) : reach.functions.contains(ForeignReach.key(h.module, f.id))
                } ?? false
                // Where some condition was undecided: dead only behind a test decided on known values.
                var deadOnKnownValues = false
                if ran, undecided, let inner { deadOnKnownValues = control.isDead(s, in: inner) }
                if handlerRanges == nil, ran, !undecided || deadOnKnownValues { handlerRanges = ModuleSimulation.handlerRanges(of: m) }
                if !ran, let inner, inner.id != h.function, !inner.isLambda {
                    handedOver.append(s)
                    continue
                }
                if !ran || (undecided && !deadOnKnownValues) || handlerRanges!.contains(where: { $0.contains(s) }) {
                    if Interpreter.tracing { FileHandle.standardError.write(Data("heapsim: foreign site \(h.module):\(s) unreached: ran \(ran) undecided \(undecided) dead \(deadOnKnownValues) inner \(inner?.qualifiedName ?? "-")\n".utf8)) }
                    out.append((h.module, s))
                }
            }
            if !handedOver.isEmpty {
                let ran: (FunctionDef) -> Bool = { f in here ? calledHere.contains(f.id) : reach.functions.contains(ForeignReach.key(h.module, f.id)) }
                let handlers = handlerRanges ?? ModuleSimulation.handlerRanges(of: m)
                let skipped: (Int, FunctionDef) -> Bool = { s, f in
                    let reached = here ? reachedHere.contains(s) : reach.statements.contains(ForeignReach.key(h.module, s))
                    return !reached && (!undecided || control.isDead(s, in: f)) && !handlers.contains { $0.contains(s) }
                }
                var excuses = DecidedControl.HandOverExcuses(module: m, ran: ran, dead: skipped)
                for s in handedOver {
                    guard let inner = m.functions.filter({ $0.range.contains(s) }).min(by: { $0.range.count < $1.range.count }),
                          excuses.excused(s, in: inner, parameters: found.parameters[s]) else {
                        out.append((h.module, s)); continue
                    }
                }
            }
        }
        return out
    }
}

extension ModuleSimulation {
    /// Other modules whose module-level state (globals, their classes, containers and instances
    /// they hold; not through functions) keeps a candidate: any code of theirs may store into it.
    /// (A module with no function or class of its own, a package `__init__` re-exporting names,
    /// has no code left to run once imported: its importers' code is what may use the name.)
    func foreignHolders(_ interp: Interpreter, _ candidates: [ObjID]) -> [String] {
        guard interp.units.count > 1, !candidates.isEmpty else { return [] }
        let wanted = Set(candidates)
        var out: [String] = []
        for (u, unit) in interp.units.enumerated().dropFirst() where !(unit.module.functions.isEmpty && unit.module.classes.isEmpty) {
            var stack = [unit.object]
            var seen = Set<ObjID>()
            var found = false
            // Held only under module globals bound to a candidate itself (`from .registry import
            // REGISTRY`): only code naming them can reach it, and when every function of the
            // module that names one ran in the scenario, that code has had its chance.
            if case .module(_, let globals) = interp.heap.objects[unit.object].payload {
                let direct = Set(globals.filter { wanted.contains($0.value) }.map(\.key))
                if !direct.isEmpty {
                    seen.insert(unit.object)
                    for (name, v) in globals where !direct.contains(name) { stack.append(v) }
                    stack.removeAll { wanted.contains($0) }
                    // (A function that only reads them, `",".join(DEFAULT_TAGS)` in `describe()`,
                    // cannot store into the candidate: it need not have run.)
                    var naming = Set<Int>()
                    var facts: StoreSites.ModuleFacts?
                    for f in unit.module.functions {
                        var named = Set<String>()
                        IRWalk.expressions(in: f.body, intoFunctions: false) { e in
                            if case .name(let n) = e.kind, direct.contains(n) { named.insert(n) }
                        }
                        guard !named.isEmpty else { continue }
                        if facts == nil { facts = StoreSites.ModuleFacts(unit.module) }
                        if !StoreSites.onlyReads(named, in: f, facts: facts!) { naming.insert(f.id) }
                    }
                    if !naming.allSatisfy({ interp.calledFunctions.contains(ModuleKey.make(u, $0)) }) { out.append(unit.name); continue }
                }
            }
            while let id = stack.popLast(), !found, seen.count < 4_096 {
                guard seen.insert(id).inserted else { continue }
                if wanted.contains(id) { found = true; break }
                switch interp.heap.objects[id].payload {
                case .function, .boundMethod, .cacheWrapper, .descriptor, .partial: continue
                case .module where id != unit.object: continue
                default: break
                }
                interp.heap.forEachEdge(id) { _, target in if !seen.contains(target) { stack.append(target) } }
            }
            if found { out.append(unit.name) }
        }
        return out
    }
}

extension ModuleSimulation {
    /// Calls of `def` (a module-level function of the simulated module) in `importer`: through a
    /// name it imported (`from app.store import add as put` → `put(...)`, or a star import) or
    /// through the module bound by an import (`import app.store as s` → `s.add(...)`,
    /// `import app.store` → `app.store.add(...)`, `from app import store` → `store.add(...)`).
    /// `@name` / `@mod.name` on a def or class calls it where the def runs (a site, not a use as a
    /// value). `valueUse`: the name is used otherwise than called (passed, stored, aliased).
    /// `bound`: the names the importer binds the function to (a re-export others may import).
    /// `looped`: module-level sites inside a loop or comprehension over data that is not a literal
    /// (`for line in sys.stdin:`): import calls the function as many times as the data says.
    /// `classTarget`: `name` is a class whose `__init__` is the target: `Name.create(...)`, a
    /// classmethod of it (whose `cls(...)` may construct one), is a call site with arguments
    /// not known, not a use of the class as a value.
    func foreignSites(in importer: ProvidedModule, module me: String, name: String, classTarget: Bool = false)
        -> (sites: [CallGraph.Site], valueUse: Bool, bound: Set<String>, looped: [CallGraph.Site]) {
        let package: [Substring] = importer.isPackage ? importer.name.split(separator: ".") : Array(importer.name.split(separator: ".").dropLast())
        var functionNames = Set<String>()
        var modulePaths = Set<String>()
        // (A star import binds the public names, or those the module's `__all__` lists, `_`
        // included when it does: `from .catalog import gettext as _` with `__all__ = ["_"]`.)
        let exportedAll = options.modules?.module(named: me).flatMap { Self.literalAll(of: $0.module) }
        let starBinds = exportedAll.map { $0.contains(name) } ?? !name.hasPrefix("_")
        let parentAndLeaf: (String, String)? = me.lastIndex(of: ".").map {
            (String(me[..<$0]), String(me[me.index(after: $0)...]))
        }
        IRWalk.statements(in: importer.module.body) { s in
            switch s.kind {
            case .importModules(let aliases):
                for a in aliases where a.name == me {
                    modulePaths.insert(a.asName ?? a.name)
                }
                // (`import geo` / `import geo as g`: `geo.geocoder` is the submodule.)
                if let (parent, leaf) = parentAndLeaf {
                    for a in aliases where a.name == parent { modulePaths.insert((a.asName ?? a.name) + "." + leaf) }
                }
            case .importFrom(let mod, let level, let names):
                guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { break }
                for a in names {
                    let full = base.isEmpty ? a.name : base + "." + a.name
                    if base == me && (a.name == name || (a.name == "*" && starBinds)) {
                        functionNames.insert(a.name == "*" ? name : a.asName ?? a.name)
                    } else if full == me {
                        modulePaths.insert(a.asName ?? a.name)
                    } else if let (parent, leaf) = parentAndLeaf, full == parent {
                        modulePaths.insert((a.asName ?? a.name) + "." + leaf)
                    }
                }
            default: break
            }
        }
        // (A name a later top-level statement binds again is not this function there: `from
        // .client import send` after `from .retrying import send`.)
        var lastBinder: [String: Int] = [:]
        for (i, st) in importer.module.body.enumerated() {
            switch st.kind {
            case .importFrom(_, _, let names):
                for a in names where a.name != "*" { lastBinder[a.asName ?? a.name] = i }
            case .importModules(let aliases):
                for a in aliases { lastBinder[a.asName ?? String(a.name.split(separator: ".").first ?? "")] = i }
            case .functionDef(let d): lastBinder[d.name] = i
            case .classDef(let c): lastBinder[c.name] = i
            case .assign(let ts, _):
                for t in ts { if case .name(let n) = t.kind { lastBinder[n] = i } }
            default: break
            }
        }
        for (i, st) in importer.module.body.enumerated() {
            guard case .importFrom(let mod, let level, let names) = st.kind,
                  ModuleNameResolution.absolute(module: mod, level: level, package: package) == me else { continue }
            for a in names where a.name == name {
                let bound = a.asName ?? a.name
                if let last = lastBinder[bound], last > i { functionNames.remove(bound) }
            }
        }
        // (A star import binds only what the module's `__all__` lists, when it has one.)
        if functionNames.contains(name), let provider = options.modules, let exporter = provider.module(named: me),
           let all = Self.literalAll(of: exporter.module), !all.contains(name) {
            var starOnly = true
            IRWalk.statements(in: importer.module.body) { s in
                guard case .importFrom(let mod, let level, let names) = s.kind,
                      ModuleNameResolution.absolute(module: mod, level: level, package: package) == me else { return }
                if names.contains(where: { $0.name == name }) { starOnly = false }
            }
            if starOnly { functionNames.remove(name) }
        }
        guard !functionNames.isEmpty || !modulePaths.isEmpty else { return ([], false, [], []) }
        func dotted(_ e: Expr) -> String? {
            switch e.kind {
            case .name(let n): return n
            case .attribute(let b, let n): return dotted(b).map { $0 + "." + n }
            default: return nil
            }
        }
        // Whether a lookup by this name may fetch the function: one the module defines itself (not
        // one it imports), under a name the key may spell (`"cmd_" + verb` only names `cmd_…`).
        let definedHere = options.modules?.module(named: me).map { Self.defines(name, $0.module) } ?? false
        func mayFetch(_ key: Expr) -> Bool {
            guard definedHere else { return false }
            switch key.kind {
            case .constant(.string(let s)): return s == name
            case .binary(.add, let l, _):
                if case .constant(.string(let prefix)) = l.kind { return name.hasPrefix(prefix) }
                return true
            default: return true
            }
        }
        // `vars(m)` / `m.__dict__` of a path naming the module: its namespace, looked up by name.
        func namespaceOfModule(_ e: Expr) -> Bool {
            if case .call(let f, let args) = e.kind, case .name("vars") = f.kind, args.count == 1,
               let base = dotted(args[0].value) { return modulePaths.contains(base) }
            if case .attribute(let b, "__dict__") = e.kind, let base = dotted(b) { return modulePaths.contains(base) }
            return false
        }
        func names(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return functionNames.contains(n)
            case .attribute(let b, let n): return n == name && dotted(b).map { modulePaths.contains($0) } ?? false
            default: return false
            }
        }
        // Subclasses here of the class it names (`class User(Model):`): creating one runs the
        // class's `__init__` when the subclass has none of its own, so `User(...)` is a call site,
        // and `cls(...)` in its classmethods too. (A subclass with its own `__init__`, one nested
        // in a function, or one other modules may import and create, is not followed: a use as a
        // value.)
        var subclassNames = Set<String>()
        var basePositions = Set<Int>()
        var valueUse = false
        // `super().__init__(...)` in a subclass's own `__init__`: a call site in that `__init__`
        // (whose own callers, the creators of the subclass, are followed from there).
        var superInitSites: [CallGraph.Site] = []
        for k in importer.module.classes {
            let named = k.bases.filter { names($0) }
            guard !named.isEmpty else { continue }
            for b in named { basePositions.insert(b.range.lowerBound) }
            if let own = k.methods.first(where: { $0.name == "__init__" }), k.enclosingFunction == nil {
                var explicit = false
                let sitesBefore = superInitSites.count
                IRWalk.expressions(in: own.body, intoFunctions: false) { e in
                    guard case .call(let f, let args) = e.kind, case .attribute(let b, "__init__") = f.kind else { return }
                    if case .call(let sf, let sargs) = b.kind, case .name("super") = sf.kind, sargs.isEmpty {
                        superInitSites.append(CallGraph.Site(arguments: args, caller: own))
                    } else {
                        explicit = true
                    }
                }
                // (`Base.__init__(self, ...)` and other spellings are not followed.)
                if explicit { valueUse = true }
                if k.bases.count > 1 {
                    // With other bases, `super().__init__` goes along the instance's MRO (a mixin
                    // first, which may pass other arguments on): the creators of the subclass run
                    // it as CPython does, with arguments this site does not show.
                    for i in sitesBefore..<superInitSites.count {
                        superInitSites[i] = CallGraph.Site(arguments: [Argument(kind: .starred, value: superInitSites[i].arguments.first?.value ?? k.bases[0])],
                                                           caller: superInitSites[i].caller)
                    }
                }
                continue
            }
            let importedElsewhere = options.modules.map { p in
                p.importerNames(of: importer.name).contains { $0 != importer.name && p.mayMention(k.name, inModule: $0) }
            } ?? true
            if k.enclosingFunction == nil {
                subclassNames.insert(k.name)
                // Other modules may import the subclass and create it: followed as a re-export.
                if importedElsewhere { functionNames.insert(k.name) }
            } else {
                valueUse = true
            }
        }
        func isSubclassCall(_ f: Expr) -> Bool {
            if case .name(let n) = f.kind { return subclassNames.contains(n) }
            return false
        }
        // Decorators: where the decorated def runs (the enclosing function, or import time).
        var decorators: [Int: FunctionDef?] = [:]
        for f in importer.module.functions { for d in f.decorators { decorators[d.range.lowerBound] = .some(f.enclosingFunction) } }
        for c in importer.module.classes { for d in c.decorators { decorators[d.range.lowerBound] = .some(c.enclosingFunction) } }
        var out: [CallGraph.Site] = []
        // Where each site of `out` is (the call, or the decorator).
        var positions: [Int] = []
        func scan(_ body: [Stmt], _ owner: FunctionDef?) {
            var callees = Set<Int>()
            var refs: [Expr] = []
            IRWalk.expressions(in: body, intoFunctions: false) { e in
                switch e.kind {
                case .call(let f, let args):
                    // `getattr(commands, name)` with a name not written out: any function of the
                    // module, this one too, may be what it fetches (a command table by name).
                    if case .name("getattr") = f.kind, args.count >= 2, args[0].kind == .positional,
                       let base = dotted(args[0].value), modulePaths.contains(base), mayFetch(args[1].value) { valueUse = true }
                    // `vars(handlers).get(name)`, `handlers.__dict__.get(name)`: the same.
                    if case .attribute(let b, "get") = f.kind, namespaceOfModule(b), let key = args.first, mayFetch(key.value) { valueUse = true }
                    // `isinstance(x, Handler)` tests the class; it neither calls nor keeps it.
                    if case .name(let fn) = f.kind, fn == "isinstance" || fn == "issubclass", args.count == 2,
                       args[1].kind == .positional {
                        let tested: [Expr]
                        if case .tuple(let items) = args[1].value.kind { tested = items } else { tested = [args[1].value] }
                        for t in tested where names(t) { callees.insert(t.range.lowerBound) }
                    }
                    // `loop.call_soon(mod.f, *args)`: a call of it with those arguments.
                    if let (callable, passed) = CallGraph.scheduledCall(f, args), names(callable) {
                        out.append(CallGraph.Site(arguments: passed, caller: owner))
                        positions.append(e.range.lowerBound)
                        callees.insert(callable.range.lowerBound)
                    }
                    if names(f) || isSubclassCall(f) {
                        out.append(CallGraph.Site(arguments: args, caller: owner))
                        positions.append(e.range.lowerBound)
                        callees.insert(f.range.lowerBound)
                    } else if classTarget, case .attribute(let b, let m) = f.kind, names(b), !m.hasPrefix("__") {
                        // `Route.api(...)`: the classmethod's `cls(...)` calls it with arguments
                        // of its own (any of them, as far as this site shows).
                        out.append(CallGraph.Site(arguments: [Argument(kind: .starred, value: b)], caller: owner))
                        positions.append(e.range.lowerBound)
                        callees.insert(b.range.lowerBound)
                    } else if case .attribute(let b, _) = f.kind, isSubclassCall(b) {
                        // `User.create(...)`: a classmethod, whose `cls(...)` calls are sites.
                        callees.insert(b.range.lowerBound)
                    } else if case .name("cls") = f.kind, let m = owner, let k = m.enclosingClass, subclassNames.contains(k.name),
                              m.decorators.contains(where: { if case .name("classmethod") = $0.kind { return true } else { return false } }) {
                        out.append(CallGraph.Site(arguments: args, caller: owner))
                        positions.append(e.range.lowerBound)
                    }
                case .subscript(let b, let key):
                    // `vars(commands)["cmd_" + name]`, `commands.__dict__[name]`: the same.
                    if namespaceOfModule(b), mayFetch(key) { valueUse = true }
                case .name, .attribute:
                    if names(e) { refs.append(e) }
                    if case .name(let n) = e.kind, subclassNames.contains(n) { refs.append(e) }
                default: break
                }
            }
            for e in refs where !callees.contains(e.range.lowerBound) && !basePositions.contains(e.range.lowerBound) {
                if let owner = decorators[e.range.lowerBound] {
                    out.append(CallGraph.Site(arguments: [Argument(kind: .positional, value: e)], caller: owner))
                    positions.append(e.range.lowerBound)
                } else {
                    valueUse = true
                }
            }
        }
        scan(importer.module.body, nil)
        let atImport = out
        out = []
        for f in importer.module.functions { scan(f.body, f) }
        let repeating = Self.repeatingRanges(of: importer.module)
        var looped: [CallGraph.Site] = []
        var once: [CallGraph.Site] = []
        for (site, at) in zip(atImport, positions) {
            if repeating.contains(where: { $0.contains(at) }) { looped.append(site) } else { once.append(site) }
        }
        return (once + out + superInitSites, valueUse, functionNames, looped)
    }

    /// A module-level function, or a method (not `__init__`) of a module-level class, that the
    /// project calls, here and in the project modules importing this one (a function by its name,
    /// an alias or through its module; a method as `x.name(...)` / `super().name(...)`), every call
    /// passing `parameter`, never used as a value: its default is only in play for callers the
    /// project does not have (a latent hazard).
    public func projectCallsAllPass(_ def: FunctionDef, parameter: Int) -> Bool {
        guard let provider = options.modules, def.enclosingFunction == nil, !def.isLambda,
              parameter < def.parameters.count, !callGraph.escapes(def) else { return false }
        // (A constructor: its callers call the class, or a subclass that inherits it, or reach it
        // through `super().__init__(...)`; a subclass here is not followed.)
        let initOf = def.name == "__init__" ? def.enclosingClass : nil
        let isMethod = def.enclosingClass != nil && initOf == nil
        if let cls = def.enclosingClass, cls.enclosingFunction != nil { return false }
        if let cls = initOf, module.classes.contains(where: { k in
            k.id != cls.id && k.bases.contains { if case .name(cls.name) = $0.kind { return true } else { return false } }
        }) { return false }
        let p = def.parameters[parameter]
        var calls = 0
        let local = callGraph.sites(of: def).filter { $0.caller?.id != def.id }
        if !local.isEmpty {
            guard callGraph.allCalls(pass: p, of: def, starredPasses: initOf == nil) else { return false }
            calls += local.count
        }
        if isMethod {
            let importers = provider.importerNames(of: module.name).filter { $0 != module.name }
            guard importers.count <= 64 else { return false }
            for name in importers {
                guard provider.mayMention(def.name, inModule: name) else { continue }
                guard let importer = provider.module(named: name) else { return false }
                guard importer.origin == .project else { continue }
                let found = callGraph(of: importer).methodCalls(like: def, passing: p)
                if found.usedAsValue || !found.allPass { return false }
                calls += found.count
            }
            return calls > 0
        }
        // The modules that import it, and those importing it from them under the name they bound
        // (`from .tokens import index_doc` in `indexer`, then `from .indexer import index_doc`).
        var chain = ImportChain(module.name, initOf?.name ?? def.name)
        var scanned = 0
        while let (from, name) = chain.next() {
            let importers = Self.importers(of: from, naming: name, besides: module.name, provider)
            scanned += importers.count
            guard scanned <= 64 else { return false }
            for importerName in importers {
                guard Self.mayName(name, importer: importerName, of: from, provider) else { continue }
                guard let importer = provider.module(named: importerName) else { return false }
                guard importer.origin == .project else { continue }
                let found = foreignSites(in: importer, module: from, name: name, classTarget: initOf != nil)
                if found.valueUse { return false }
                // (A package's `__init__` that binds it under a public name offers it to code
                // outside the tree.)
                if importer.isPackage, found.bound.contains(where: { !$0.hasPrefix("_") }),
                   provider.distributesPackage(of: importer.name) { return false }
                for b in found.bound { chain.add(importer.name, b) }
                let sites = found.sites + found.looped
                // (A mixin's `super().__init__(*args, **kwargs)` hands on what its callers pass.)
                guard callGraph.sitesPass(sites, p, of: def, starredPasses: initOf == nil) else { return false }
                calls += sites.count
            }
        }
        return calls > 0
    }
}

extension ModuleSimulation {
    /// Names that subclasses of `cls` (in this module, or in project modules importing it, followed
    /// three levels down) bind in their class bodies: class attributes and methods that an instance
    /// of a subclass reads instead of `cls`'s own. A method run as an outside caller would, on an
    /// instance of `cls` itself, must not take `cls`'s values of them for every instance's.
    func overriddenInSubclasses(of cls: ClassDef) -> Set<String> { overridingSubclasses(of: cls).names }

    /// The same names, with the subclasses that bind any of them (module-level classes, in the
    /// order found, nearest first): an outside caller's instance may be of one of them.
    func overridingSubclasses(of cls: ClassDef) -> (names: Set<String>, subclasses: [(module: String, name: String)]) {
        var modules: [Module] = [module]
        var scanned: Set<String> = [module.name]
        // (The project modules importing one where a class of the chain is defined and naming
        // it: a subclass of a subclass may live in a module that imports only its parent's.)
        func addImporters(of moduleName: String, naming className: String) {
            guard let provider = options.modules else { return }
            for name in provider.importerNames(of: moduleName) where !scanned.contains(name) && modules.count < 64
                && provider.mayMention(className, inModule: name) {
                scanned.insert(name)
                if let m = provider.module(named: name), m.origin == .project { modules.append(m.module) }
            }
        }
        addImporters(of: module.name, naming: cls.name)
        var out = Set<String>()
        var subclasses: [(module: String, name: String)] = []
        var seen = Set<String>()
        var bases: Set<String> = [cls.name]
        let own = Self.classBodyBindings(cls)
        for _ in 0..<3 {
            var next = Set<String>()
            var found: [(module: String, name: String)] = []
            for m in modules {
                for k in m.classes where k.id != cls.id || m.name != module.name {
                    let named = k.bases.contains { b in
                        switch b.kind {
                        case .name(let n): return bases.contains(n)
                        case .attribute(_, let n): return bases.contains(n)
                        default: return false
                        }
                    }
                    guard named else { continue }
                    next.insert(k.name)
                    found.append((m.name, k.name))
                    var binds = Self.classBodyBindings(k)
                    // (`class MemoryHandler(BufferingMixin, Handler)`: the names the other bases
                    // bind come before, or beside, the base's in the subclass's MRO.)
                    // (One listed after the base cannot come before what the class's own body binds.)
                    let siblings = siblingBases(of: k, in: m, chain: bases)
                    for sibling in siblings.classes {
                        binds.formUnion(Self.classBodyBindings(sibling.cls).subtracting(sibling.before ? [] : own))
                    }
                    if siblings.unresolved { binds.insert(Self.anyName) }
                    out.formUnion(binds)
                    if !binds.isEmpty, k.enclosingFunction == nil, seen.insert(m.name + ":" + k.name).inserted {
                        subclasses.append((m.name, k.name))
                    }
                }
            }
            let grown = next.subtracting(bases)
            if grown.isEmpty { break }
            bases.formUnion(grown)
            for f in found where grown.contains(f.name) { addImporters(of: f.module, naming: f.name) }
        }
        return (out, subclasses)
    }

    /// A project class's MRO by C3 linearization, over the project's classes (bases such as
    /// `object`, exceptions, `Generic[T]` or `abc.ABC` dropped: they bind no name a project method
    /// calls on `self`). Nil when a base cannot be followed, or the bases admit no order.
    func staticMRO(_ k: ClassDef, in m: Module, depth: Int = 0) -> [(module: Module, cls: ClassDef)]? {
        guard depth < 8 else { return nil }
        var lists: [[(module: Module, cls: ClassDef)]] = []
        var direct: [(module: Module, cls: ClassDef)] = []
        for b in k.bases {
            var target = b
            if case .subscript(let v, _) = b.kind { target = v }
            switch resolveBase(target, in: m) {
            case .project(let bm, let bk):
                guard let l = staticMRO(bk, in: bm, depth: depth + 1) else { return nil }
                lists.append(l)
                direct.append((bm, bk))
            case .builtin(let n), .outside(_, let n):
                guard Self.neutralBases.contains(n) || n.hasSuffix("Error") || n.hasSuffix("Exception") else { return nil }
            case .missing, .unknown:
                let n: String? = { if case .name(let x) = target.kind { return x }; if case .attribute(_, let x) = target.kind { return x }; return nil }()
                guard let n, Self.neutralBases.contains(n) else { return nil }
            }
        }
        lists.append(direct)
        func same(_ a: (module: Module, cls: ClassDef), _ b: (module: Module, cls: ClassDef)) -> Bool { a.module.name == b.module.name && a.cls.id == b.cls.id }
        var out: [(module: Module, cls: ClassDef)] = [(m, k)]
        while lists.contains(where: { !$0.isEmpty }) {
            guard let head = lists.lazy.compactMap({ $0.first }).first(where: { h in
                !lists.contains { l in l.dropFirst().contains { same($0, h) } }
            }) else { return nil }
            out.append(head)
            lists = lists.map { l in l.first.map { same($0, head) } == true ? Array(l.dropFirst()) : l }
        }
        return out
    }

    static let neutralBases: Set<String> = ["object", "Generic", "Protocol", "ABC", "NamedTuple", "TypedDict"]

    /// Stands in `overridingSubclasses(of:).names` for any name: a subclass combines the class
    /// with a base listed before it that cannot be followed (a library's mixin), whose methods
    /// may come first in the subclass's MRO.
    static let anyName = "<any name a base heaplint cannot follow binds>"

    /// Names a class body binds: class attributes and methods.
    static func classBodyBindings(_ k: ClassDef) -> Set<String> {
        var binds = Set<String>()
        for s in k.body {
            switch s.kind {
            case .assign(let targets, _):
                for t in targets { if case .name(let n) = t.kind { binds.insert(n) } }
            case .annAssign(let t, _, let v?):
                _ = v
                if case .name(let n) = t.kind { binds.insert(n) }
            case .functionDef(let f): binds.insert(f.name)
            default: break
            }
        }
        return binds
    }

    /// The other bases a subclass `k` (of `m`) combines with the classes named `chain` it was found
    /// through, with their project ancestors: `class MemoryHandler(BufferingMixin, Handler)` runs
    /// `BufferingMixin.prepare` where `Handler.emit` calls `self.prepare(…)`. A base listed before
    /// the chain's comes first in the MRO; one listed after can still come before what the
    /// chain's class inherits, never before what its own body binds (`before` false). `unresolved`: a base listed before the chain's that the project
    /// does not define (a library's mixin, a call), so any name may be bound again.
    /// (`object`, exceptions, `Generic[T]`, `Protocol`, `abc.ABC` and the like bind no method a
    /// class of the project defines; those listed after the chain's are not a concern.)
    func siblingBases(of k: ClassDef, in m: Module, chain: Set<String>) -> (classes: [(module: Module, cls: ClassDef, before: Bool)], unresolved: Bool) {
        func named(_ b: Expr) -> String? {
            switch b.kind {
            case .name(let n): return n
            case .attribute(_, let n): return n
            case .subscript(let v, _): return named(v)
            default: return nil
            }
        }
        let neutral = Self.neutralBases
        guard let first = k.bases.firstIndex(where: { named($0).map(chain.contains) ?? false }) else { return ([], false) }
        var classes: [(module: Module, cls: ClassDef, before: Bool)] = []
        var unresolved = false
        for (i, b) in k.bases.enumerated() where !(named(b).map(chain.contains) ?? false) {
            if let n = named(b), neutral.contains(n) || n.hasSuffix("Error") || n.hasSuffix("Exception") || n.hasSuffix("Warning") { continue }
            var target = b
            if case .subscript(let v, _) = b.kind { target = v }
            if case .project(let bm, let bk) = resolveBase(target, in: m), let ancestry = projectAncestry(bk, in: bm) {
                for (cm, ck) in ancestry.classes {
                    guard !chain.contains(ck.name),
                          let found = cm == bm.name ? bm : options.modules?.module(named: cm)?.module else { continue }
                    classes.append((found, ck, i < first))
                    // (Their own bases from outside the project: neutral ones only, or unknown.)
                    for kb in ck.bases where i < first {
                        switch resolveBase(kb, in: found) {
                        case .project: break
                        case .builtin(let n), .outside(_, let n):
                            if !(neutral.contains(n) || n.hasSuffix("Error") || n.hasSuffix("Exception")) { unresolved = true }
                        case .missing, .unknown:
                            if !(named(kb).map(neutral.contains) ?? false) { unresolved = true }
                        }
                    }
                }
            } else if i < first {
                unresolved = true
            }
        }
        return (classes, unresolved)
    }
}

/// The (module, name) pairs a function is imported under across the project, breadth first:
/// its own module and name, then each importer that binds it under a name of its own (a
/// re-export), each pair once.
struct ImportChain {
    private var queue: [(module: String, name: String)]
    private var seen = Set<String>()

    init(_ module: String, _ name: String) { queue = [(module, name)] }

    mutating func next() -> (module: String, name: String)? {
        while !queue.isEmpty {
            let pair = queue.removeFirst()
            if seen.insert(pair.module + ":" + pair.name).inserted { return pair }
        }
        return nil
    }

    mutating func add(_ module: String, _ name: String) { queue.append((module, name)) }
}

extension ModuleSimulation {
    /// A method a class of this module inherits from a base class in another project module
    /// (`class S(pydoc.HTMLDoc)`, `from .base import Base`), found from the imports alone: the
    /// module and the def of the first class in a breadth-first walk of the bases (at most 16
    /// classes) that defines `name`. Nil when a base cannot be resolved before one defines it, or
    /// when the class itself or a base in this module defines it (StoreSites finds those).
    func inheritedForeignMethod(_ cls: ClassDef, _ name: String) -> (module: Module, function: FunctionDef)? {
        inheritedForeignMethod(cls, name, in: module, moduleName: module.name, isPackage: options.isPackage)
    }

    /// The module-level function of another project module that the name `name` is bound to by
    /// one of this module's top-level imports (`from .util import helper [as name]`), when that
    /// module defines it itself (a re-export is not followed).
    func importedForeignFunction(_ name: String) -> (module: Module, function: FunctionDef)? {
        guard let provider = options.modules,
              let (target, fnName) = Self.staticImportTarget(of: Expr(.name(name), 0..<0), in: module, moduleName: module.name,
                                                             isPackage: options.isPackage, provider: provider),
              target != module.name, let provided = provider.module(named: target), provided.origin == .project else { return nil }
        let defs = provided.module.functions.filter { $0.name == fnName && $0.enclosingFunction == nil && $0.enclosingClass == nil && !$0.isLambda }
        // (Defined once, and not rebound by an assignment at module level.)
        guard defs.count == 1, !provided.module.body.contains(where: { s in
            if case .assign(let ts, _) = s.kind { return ts.contains { if case .name(fnName) = $0.kind { return true } else { return false } } }
            return false
        }) else { return nil }
        return (provided.module, defs[0])
    }

    /// What a name of this module holds when it comes from another project module (`from .hooks
    /// import ON_SAVE`, followed through re-exports up to four modules) whose top level binds it
    /// once, by a plain assignment (`ON_SAVE = []`), which no function rebinds (`global`): that
    /// module and the assigned expression. Nil for a name this module binds itself or any other way.
    public func importedModuleLevelValue(_ name: String) -> (module: Module, value: Expr)? {
        guard let (m, wanted) = importedOrigin(name) else { return nil }
        return moduleLevelValue(wanted, in: m)
    }

    /// The same for a dotted name of another project module (`hooks.default_registry` after
    /// `import hooks`, `options.DEFAULTS` after `from . import options`), through re-exports.
    public func projectModuleLevelValue(_ e: Expr) -> (module: Module, value: Expr)? {
        guard case .attribute = e.kind, let provider = options.modules,
              let (target, name) = Self.staticImportTarget(of: e, in: module, moduleName: module.name, isPackage: options.isPackage,
                                                           provider: provider),
              let (m, wanted) = exportOrigin(target, name) else { return nil }
        return moduleLevelValue(wanted, in: m)
    }

    /// The expression `m`'s top level binds `wanted` to, when a plain assignment binds it once.
    func moduleLevelValue(_ wanted: String, in m: Module) -> (module: Module, value: Expr)? {
        // One binding at the top level: `NAME = value` (no other assignment, import, def, class,
        // loop target, `del`, augmented assignment, star import anywhere at module level).
        var value: Expr?
        var others = 0
        Self.moduleLevelStatements(m.body) { st in
            switch st.kind {
            case .assign(let ts, let v):
                if ts.count == 1, case .name(wanted) = ts[0].kind { if value == nil { value = v } else { others += 1 } }
                else if ts.contains(where: { Self.mentionsName($0, wanted) }) { others += 1 }
            default: others += Self.otherBinding(st, of: wanted, in: m) ? 1 : 0
            }
        }
        guard others == 0, let value, Self.literalStarFree(m) else { return nil }
        return (m, value)
    }

    /// The class a module-level name imported from another project module is (`from .store
    /// import Registry`), when that module binds the name once, by its top-level `class`.
    public func importedClass(_ name: String) -> (module: Module, cls: ClassDef)? {
        guard let (m, wanted) = importedOrigin(name) else { return nil }
        return classStatement(wanted, in: m)
    }

    /// The class a name of another project module `m` is bound to by one of `m`'s imports
    /// (`from .routing import Registry` in the package `__init__` that also makes
    /// `default_registry = Registry()`), through re-exports: nil when `m` binds it otherwise.
    public func importedClass(_ name: String, inModule m: Module) -> (module: Module, cls: ClassDef)? {
        guard let provider = options.modules, let provided = provider.module(named: m.name), provided.origin == .project,
              case .imported(let target, let original)? = Self.singleBinding(name, in: m, isPackage: provided.isPackage),
              let (origin, wanted) = exportOrigin(target, original) else { return nil }
        return classStatement(wanted, in: origin)
    }

    /// A class of the standard library named by its dotted path (`logging.handlers.MemoryHandler`,
    /// `sched.scheduler`), when the provider has that module's source and the module binds the
    /// name once, by its top-level `class`.
    public func standardLibraryClass(qualified: String) -> (module: Module, cls: ClassDef)? {
        guard let dot = qualified.lastIndex(of: "."), let provider = options.modules,
              let provided = provider.module(named: String(qualified[..<dot])), provided.origin == .standardLibrary else { return nil }
        return classStatement(String(qualified[qualified.index(after: dot)...]), in: provided.module)
    }

    /// The module-level function a call's callee names (`make_pending()` defined in this module,
    /// `pending_lines()` after `from .buffers import pending_lines`, `buffers.pending_lines()`
    /// after `import exporters.buffers as buffers`), when its module binds the name once, by a
    /// `def` its decorators leave as is; followed through re-exports.
    public func projectFunction(called callee: Expr) -> (module: Module, function: FunctionDef)? {
        switch callee.kind {
        case .name(let n):
            switch Self.singleBinding(n, in: module, isPackage: options.isPackage) {
            case .def(let f)?: return f.decorators.isEmpty ? (module, f) : nil
            case .imported(let target, let original)?:
                guard let provider = options.modules, let provided = provider.module(named: target) else { return nil }
                return projectFunctionExported(original, by: provided)
            default: return nil
            }
        case .attribute:
            guard let provider = options.modules,
                  let (target, name) = Self.staticImportTarget(of: callee, in: module, moduleName: module.name,
                                                               isPackage: options.isPackage, provider: provider),
                  let provided = provider.module(named: target) else { return nil }
            return projectFunctionExported(name, by: provided)
        default:
            return nil
        }
    }

    /// A class of another project module named by its dotted path (`dbkit.pool.Pool` after
    /// `import dbkit.pool`, `pool.Pool` after `from dbkit import pool`), through re-exports.
    public func projectClass(qualified: String) -> (module: Module, cls: ClassDef)? {
        guard let dot = qualified.lastIndex(of: "."), options.modules != nil else { return nil }
        guard let (m, wanted) = exportOrigin(String(qualified[..<dot]), String(qualified[qualified.index(after: dot)...]))
        else { return nil }
        return classStatement(wanted, in: m)
    }

    /// The one class statement binding `wanted` at the top level of `m` (nothing else binds it).
    func classStatement(_ wanted: String, in m: Module) -> (module: Module, cls: ClassDef)? {
        var found: ClassDef?
        var others = 0
        Self.moduleLevelStatements(m.body) { st in
            switch st.kind {
            case .classDef(let c) where c.name == wanted:
                if found == nil && m.body.contains(where: { $0.range == st.range }) { found = c } else { others += 1 }
            case .assign(let ts, _): if ts.contains(where: { Self.mentionsName($0, wanted) }) { others += 1 }
            default: others += Self.otherBinding(st, of: wanted, in: m) ? 1 : 0
            }
        }
        guard others == 0, let found, Self.literalStarFree(m) else { return nil }
        return (m, found)
    }

    /// A module-level statement other than a plain assignment and the class itself that binds
    /// `wanted`.
    static func otherBinding(_ st: Stmt, of wanted: String, in m: Module) -> Bool {
        switch st.kind {
        case .augAssign(let t, _, _), .annAssign(let t, _, _): return Self.mentionsName(t, wanted)
        case .delete(let ts): return ts.contains(where: { Self.mentionsName($0, wanted) })
        case .forLoop(let t, _, _, _, _): return Self.mentionsName(t, wanted)
        case .functionDef(let f): return f.name == wanted
        case .classDef(let c): return c.name == wanted
        case .importModules, .importFrom:
            return ReadOnlyUse.boundAtModuleLevel(wanted, m) && m.scope.symbols[wanted]?.flags.contains(.imported) == true
        default: return false
        }
    }

    /// The project module a name imported at module level finally comes from, and its name
    /// there, through re-exports (at most four hops).
    func importedOrigin(_ name: String) -> (module: Module, name: String)? {
        guard options.modules != nil, !ReadOnlyUse.boundAtModuleLevel(name, module) || isImportedOnly(name, module) else { return nil }
        if case .imported(let target, let original)? = Self.singleBinding(name, in: module, isPackage: options.isPackage) {
            return exportOrigin(target, original)
        }
        // (Bound only by a star import, `from audit import *`: the one module it can come from.)
        guard let source = starSource(of: name, in: module, moduleName: module.name, isPackage: options.isPackage) else { return nil }
        return exportOrigin(source, name)
    }

    /// Whether `m`'s own code binds `name` at module level (assigns, defines, imports it by name).
    static func bindsItself(_ name: String, _ m: Module) -> Bool {
        guard let symbol = m.scope.symbols[name] else { return false }
        return !symbol.flags.isDisjoint(with: [.assigned, .imported, .definition, .declaredGlobal])
    }

    /// The module a name of `m` comes from when only `m`'s top-level star imports can bind it:
    /// the one project module among their sources that exports it (its literal `__all__` lists
    /// it; without one, a public name it binds, itself or through star imports of its own, up to
    /// four modules); of several, the last, whose import binds it in CPython. Nil when `m` binds
    /// the name itself, when a source is not a project module, or when none may export it.
    func starSource(of wanted: String, in m: Module, moduleName: String, isPackage: Bool, depth: Int = 0) -> String? {
        guard depth < 4, let provider = options.modules, !Self.bindsItself(wanted, m) else { return nil }
        let package = isPackage ? moduleName.split(separator: ".") : Array(moduleName.split(separator: ".").dropLast())
        var sources: [String] = []
        for st in m.body {
            guard case .importFrom(let mod, let level, let names) = st.kind, names.contains(where: { $0.name == "*" }) else { continue }
            guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { return nil }
            sources.append(base)
        }
        var found: [String] = []
        for source in sources {
            guard let provided = provider.module(named: source), provided.origin == .project else { return nil }
            if let all = Self.literalAll(of: provided.module) {
                if all.contains(wanted) { found.append(source) }
            } else if !wanted.hasPrefix("_"),
                      Self.bindsItself(wanted, provided.module)
                        || starSource(of: wanted, in: provided.module, moduleName: source, isPackage: provided.isPackage, depth: depth + 1) != nil {
                found.append(source)
            }
        }
        // (Two star imports exporting the name, `api` re-exporting `util`'s: CPython binds it
        // from the later statement, as the later import rebinds it.)
        return found.last
    }

    /// The project module (and the name in it) that `module`'s name `original` comes from,
    /// following re-exports (`from .pool import Pool` in a package `__init__`).
    func exportOrigin(_ target: String, _ original: String) -> (module: Module, name: String)? {
        guard let provider = options.modules else { return nil }
        var current = target
        var wanted = original
        for _ in 0..<4 {
            guard current != module.name, let provided = provider.module(named: current), provided.origin == .project else { return nil }
            let m = provided.module
            if let symbol = m.scope.symbols[wanted], symbol.flags.contains(.declaredGlobal) { return nil }
            if case .imported(let next, let nextName)? = Self.singleBinding(wanted, in: m, isPackage: provided.isPackage) {
                current = next
                wanted = nextName
                continue
            }
            if !Self.bindsItself(wanted, m), let source = starSource(of: wanted, in: m, moduleName: current, isPackage: provided.isPackage) {
                current = source
                continue
            }
            return (m, wanted)
        }
        return nil
    }

    /// Every statement that runs in the module's own namespace: the top level and the blocks of
    /// its `if`, loops, `with`, `try` and `match`, not the bodies of functions and classes.
    static func moduleLevelStatements(_ stmts: [Stmt], _ visit: (Stmt) -> Void) {
        for st in stmts {
            visit(st)
            switch st.kind {
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                moduleLevelStatements(b, visit); moduleLevelStatements(o, visit)
            case .with(_, let b, _): moduleLevelStatements(b, visit)
            case .tryStmt(let b, let hs, let o, let f):
                moduleLevelStatements(b, visit); for h in hs { moduleLevelStatements(h.body, visit) }
                moduleLevelStatements(o, visit); moduleLevelStatements(f, visit)
            case .match(_, let cases): for c in cases { moduleLevelStatements(c.body, visit) }
            default: break
            }
        }
    }

    /// Whether `e` binds or names `name` anywhere inside (a target).
    static func mentionsName(_ e: Expr, _ name: String) -> Bool {
        var hit = false
        IRWalk.expressions(in: [Stmt(.expr(e), e.range)]) { x in if case .name(name) = x.kind { hit = true } }
        return hit
    }

    /// No `from m import *` at the module's top level.
    static func literalStarFree(_ m: Module) -> Bool {
        !m.body.contains { st in
            if case .importFrom(_, _, let names) = st.kind { return names.contains { $0.name == "*" } }
            return false
        }
    }

    /// A name whose only module-level bindings are imports.
    func isImportedOnly(_ name: String, _ m: Module) -> Bool {
        guard let symbol = m.scope.symbols[name] else { return false }
        return symbol.flags.contains(.imported) && symbol.flags.isDisjoint(with: [.assigned, .definition, .declaredGlobal, .annotated])
    }

    /// How a module binds a name at module level, when it binds it once (in a branch there too):
    /// by a `def`, or by an import from another module (absolute name, original name). Nil for a
    /// name bound twice or any other way, a module with `from m import *`, or a name some function
    /// declares `global`.
    enum SingleBinding { case def(FunctionDef), imported(module: String, name: String) }

    static func singleBinding(_ wanted: String, in m: Module, isPackage: Bool) -> SingleBinding? {
        if let symbol = m.scope.symbols[wanted], symbol.flags.contains(.declaredGlobal) { return nil }
        var bindings = 0
        var def: FunctionDef?
        var imported: (module: String, name: String)?
        var star = false
        let package = isPackage ? m.name.split(separator: ".") : Array(m.name.split(separator: ".").dropLast())
        func binds(_ t: Expr) -> Bool { mentionsName(t, wanted) }
        func scan(_ stmts: [Stmt]) {
            for st in stmts {
                switch st.kind {
                case .functionDef(let f): if f.name == wanted { bindings += 1; def = f }
                case .classDef(let c): if c.name == wanted { bindings += 2 }
                case .assign(let ts, _): if ts.contains(where: binds) { bindings += 2 }
                case .augAssign(let t, _, _), .annAssign(let t, _, _): if binds(t) { bindings += 2 }
                case .delete(let ts): if ts.contains(where: binds) { bindings += 2 }
                case .importModules(let names):
                    if names.contains(where: { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == wanted }) { bindings += 2 }
                case .importFrom(let mod, let level, let names):
                    for a in names {
                        if a.name == "*" { star = true }
                        if (a.asName ?? a.name) == wanted {
                            bindings += 1
                            if let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) { imported = (base, a.name) }
                        }
                    }
                case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o): scan(b); scan(o)
                case .forLoop(let t, _, let b, let o, _): if binds(t) { bindings += 2 }; scan(b); scan(o)
                case .with(let items, let b, _): if items.contains(where: { $0.target.map(binds) ?? false }) { bindings += 2 }; scan(b)
                case .tryStmt(let b, let hs, let o, let f):
                    scan(b); for h in hs { if h.name == wanted { bindings += 2 }; scan(h.body) }; scan(o); scan(f)
                case .match: bindings += 2
                default: break
                }
            }
        }
        scan(m.body)
        guard bindings == 1, !star else { return nil }
        if let def { return def.enclosingFunction == nil && def.enclosingClass == nil ? .def(def) : nil }
        return imported.map { .imported(module: $0.module, name: $0.name) }
    }

    /// The function `name` of a project module when the module binds that name once
    /// (`singleBinding`): by a `def` whose decorators leave it as is, or by an import from another
    /// project module, followed up to four modules (`numpy.iterable` → the def in
    /// `numpy.lib._function_base_impl`).
    func projectFunctionExported(_ name: String, by provided: ProvidedModule, depth: Int = 0) -> (module: Module, function: FunctionDef)? {
        guard let provider = options.modules else { return nil }
        var current = provided
        var wanted = name
        for _ in 0..<4 {
            guard current.origin == .project else { return nil }
            switch Self.singleBinding(wanted, in: current.module, isPackage: current.isPackage) {
            case .def(let f)?:
                guard f.decorators.isEmpty || (depth < 2 && f.decorators.allSatisfy({ leavesFunctionAsIs($0, in: current.module, depth: depth + 1) }))
                else { return nil }
                return (current.module, f)
            case .imported(let target, let original)?:
                guard let next = provider.module(named: target) else { return nil }
                current = next
                wanted = original
            case nil:
                return nil
            }
        }
        return nil
    }

    /// Whether a `from X import *` of module `m` may bind `name`: X cannot be read, or its
    /// `__all__` (a display of strings it never changes) names it, or without one, the name is
    /// public and X binds it at module level (or a star import of X may, three modules deep).
    func starImportsMayBind(_ name: String, in m: Module, depth: Int = 0) -> Bool {
        guard depth < 3, let provider = options.modules else { return true }
        let package = isPackageModule(m) ? m.name.split(separator: ".") : Array(m.name.split(separator: ".").dropLast())
        var may = false
        IRWalk.statements(in: m.body) { st in
            guard !may, case .importFrom(let mod, let level, let names) = st.kind, names.contains(where: { $0.name == "*" }) else { return }
            guard let target = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { may = true; return }
            // (A module that names neither the name nor `import` cannot bind it: not lowered.)
            if !provider.mayMention(name, inModule: target), !provider.mayMention("import", inModule: target) { return }
            guard let provided = provider.module(named: target) else { may = true; return }
            let x = provided.module
            if let all = Self.literalAll(of: x) {
                if all.contains(name) { may = true }
                return
            }
            if name.hasPrefix("_") { return }
            if ReadOnlyUse.boundAtModuleLevel(name, x) || starImportsMayBind(name, in: x, depth: depth + 1) { may = true }
        }
        return may
    }

    /// A module's `__all__` when it is one display of string constants bound once at module level
    /// and never changed (`__all__ += […]`, `__all__.extend(…)`); nil otherwise.
    static func literalAll(of m: Module) -> Set<String>? {
        var found: Set<String>?
        var bindings = 0
        var changed = false
        IRWalk.statements(in: m.body) { st in
            switch st.kind {
            case .assign(let ts, let v) where ts.contains(where: { if case .name("__all__") = $0.kind { return true } else { return false } }):
                bindings += 1
                switch v.kind {
                case .list(let xs), .tuple(let xs):
                    var names = Set<String>()
                    for x in xs { if case .constant(.string(let n)) = x.kind { names.insert(n) } else { changed = true } }
                    found = names
                default: changed = true
                }
            case .augAssign(let t, _, _), .annAssign(let t, _, _):
                if case .name("__all__") = t.kind { changed = true }
            default: break
            }
        }
        IRWalk.expressions(in: m.body) { e in
            if case .attribute(let b, _) = e.kind, case .name("__all__") = b.kind { changed = true }
        }
        return bindings == 1 && !changed ? found : nil
    }

    /// Whether module `m` (this one, or one the provider holds) is a package's `__init__`.
    func isPackageModule(_ m: Module) -> Bool {
        m.name == module.name ? options.isPackage : (options.modules?.module(named: m.name)?.isPackage ?? false)
    }

    /// The project function an attribute callee names (`np.iterable`, `utils.helper`): the root
    /// name imports a project module (`import numpy as np`, `from . import utils`), and that
    /// module binds the function once (`projectFunctionExported`).
    func followedModuleFunction(_ callee: Expr, in m: Module, depth: Int = 0) -> (module: Module, function: FunctionDef)? {
        guard case .attribute = callee.kind, let provider = options.modules,
              let (target, fnName) = Self.staticImportTarget(of: callee, in: m, moduleName: m.name, isPackage: isPackageModule(m), provider: provider),
              let provided = provider.module(named: target) else { return nil }
        return projectFunctionExported(fnName, by: provided, depth: depth)
    }

    /// The project function a plain name of module `m` holds: its own module-level `def` (bound
    /// once), or a function it imports from a project module.
    func followedNamedFunction(_ name: String, in m: Module, depth: Int = 0) -> (module: Module, function: FunctionDef)? {
        switch Self.singleBinding(name, in: m, isPackage: isPackageModule(m)) {
        case .def(let f)?:
            guard f.decorators.isEmpty || (depth < 2 && f.decorators.allSatisfy({ leavesFunctionAsIs($0, in: m, depth: depth + 1) }))
            else { return nil }
            return (m, f)
        case .imported(let target, let original)?:
            guard target != m.name, let provided = options.modules?.module(named: target) else { return nil }
            return projectFunctionExported(original, by: provided, depth: depth)
        case nil:
            return nil
        }
    }

    /// Whether a decorator gives back the very function it is handed (it may set attributes of
    /// it first): a project function of that shape (`def keep(f): f.tag = 1; return f`), or a call
    /// of one returning a nested function of that shape (`@set_module("numpy")`). Then the name
    /// the `def` binds calls the function's own body.
    func leavesFunctionAsIs(_ d: Expr, in m: Module, depth: Int = 0) -> Bool {
        var callee = d
        var called = false
        if case .call(let f, _) = d.kind { callee = f; called = true }
        let resolved: (module: Module, function: FunctionDef)?
        switch callee.kind {
        case .name(let n): resolved = followedNamedFunction(n, in: m, depth: depth + 1)
        case .attribute: resolved = followedModuleFunction(callee, in: m, depth: depth + 1)
        default: resolved = nil
        }
        guard let (_, f) = resolved, f.decorators.isEmpty else { return false }
        if !called { return Self.returnsItsArgument(f) }
        // (The decorator factory: its docstring, a nested def, and `return` of that def.)
        var inner: FunctionDef?
        for st in f.body {
            switch st.kind {
            case .expr(let e): if case .constant = e.kind { continue } else { return false }
            case .functionDef(let g): guard inner == nil, g.decorators.isEmpty else { return false }; inner = g
            case .returnValue(let e?): guard let g = inner, case .name(g.name) = e.kind else { return false }
            default: return false
            }
        }
        guard let g = inner, case .returnValue? = f.body.last?.kind else { return false }
        return Self.returnsItsArgument(g)
    }

    /// A function of one parameter (others defaulted) whose body only tests the parameter, reads
    /// and binds its attributes, and returns it: `if m is not None: func.__module__ = m; return func`.
    static func returnsItsArgument(_ f: FunctionDef) -> Bool {
        guard let first = f.parameters.first, first.kind == .positional || first.kind == .positionalOnly,
              f.parameters.dropFirst().allSatisfy({ $0.defaultValue != nil || $0.kind == .varPositional || $0.kind == .varKeyword }),
              case .returnValue(let last?)? = f.body.last?.kind, case .name(first.name) = last.kind else { return false }
        let p = first.name
        // (Its bare name: only returned, or tested by `isinstance` / `callable` / `hasattr`.)
        var allowed = Set<Int>()
        var ok = true
        IRWalk.expressions(in: f.body, intoFunctions: true) { e in
            switch e.kind {
            case .attribute(let b, _): if case .name(p) = b.kind { allowed.insert(b.range.lowerBound) }
            case .call(let c, let args):
                if case .name(let n) = c.kind, ["isinstance", "callable", "hasattr"].contains(n), let a = args.first, case .name(p) = a.value.kind {
                    allowed.insert(a.value.range.lowerBound)
                }
                if case .name(let n) = c.kind, ["setattr", "getattr", "delattr", "vars", "exec", "eval", "globals", "locals"].contains(n) { ok = false }
            default: break
            }
        }
        allowed.insert(last.range.lowerBound)
        IRWalk.expressions(in: f.body, intoFunctions: true) { e in
            if case .name(p) = e.kind, !allowed.contains(e.range.lowerBound) { ok = false }
        }
        func plain(_ stmts: [Stmt]) -> Bool {
            stmts.allSatisfy { st in
                switch st.kind {
                case .expr(let e): if case .constant = e.kind { return true } else { return false }
                case .pass: return true
                case .assign(let ts, _):
                    return ts.allSatisfy { t in if case .attribute(let b, _) = t.kind, case .name(p) = b.kind { return true } else { return false } }
                case .ifStmt(_, let b, let o): return plain(b) && plain(o)
                case .tryStmt(let b, let hs, let o, let fin): return plain(b) && hs.allSatisfy { plain($0.body) } && plain(o) && plain(fin)
                case .returnValue(let e?): if case .name(p) = e.kind { return true } else { return false }
                default: return false
                }
            }
        }
        return ok && plain(f.body)
    }

    /// The class `name` of a project module, defined there (its only binding) or re-exported by
    /// it (`from .case import TestCase` in a package's `__init__`), followed up to four modules.
    func projectClassExported(_ name: String, by provided: ProvidedModule) -> (module: Module, cls: ClassDef)? {
        guard let provider = options.modules else { return nil }
        var current = provided
        var wanted = name
        for _ in 0..<4 {
            guard current.origin == .project else { return nil }
            if let k = Self.onlyClass(wanted, in: current.module, starMayBind: { [current] in self.starImportsMayBind($0, in: current.module) }) {
                return (current.module, k)
            }
            let package = current.isPackage ? current.name.split(separator: ".") : Array(current.name.split(separator: ".").dropLast())
            var next: (String, String)?
            for s in current.module.body {
                guard case .importFrom(let mod, let level, let names) = s.kind,
                      let alias = names.first(where: { ($0.asName ?? $0.name) == wanted && $0.name != "*" }),
                      let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { continue }
                next = (base, alias.name)
            }
            guard let (target, original) = next, let nextModule = provider.module(named: target) else { return nil }
            current = nextModule
            wanted = original
        }
        return nil
    }

    /// The same, for a class of project module `start` (named `moduleName`).
    func inheritedForeignMethod(_ cls: ClassDef, _ name: String, in start: Module, moduleName: String,
                                isPackage: Bool) -> (module: Module, function: FunctionDef)? {
        guard let provider = options.modules else { return nil }
        var queue: [(module: Module, moduleName: String, isPackage: Bool, cls: ClassDef)] = [(start, moduleName, isPackage, cls)]
        var seen = Set<String>()
        while !queue.isEmpty, seen.count < 16 {
            let (m, mName, isPkg, c) = queue.removeFirst()
            guard seen.insert(mName + ":" + c.name + ":" + String(c.id)).inserted else { continue }
            if let f = c.methods.first(where: { $0.name == name }) {
                return mName == moduleName ? nil : (m, f)
            }
            // Class-body assignments of the name (`name = other`) are not followed.
            if c.body.contains(where: { if case .assign(let ts, _) = $0.kind { return ts.contains { if case .name(name) = $0.kind { return true } else { return false } } } else { return false } }) {
                return nil
            }
            for b in c.bases {
                if case .name(let n) = b.kind, let local = m.classes.first(where: { $0.name == n && $0.enclosingFunction == nil }) {
                    queue.append((m, mName, isPkg, local))
                    continue
                }
                guard let (target, clsName) = Self.staticImportTarget(of: b, in: m, moduleName: mName, isPackage: isPkg, provider: provider),
                      let provided = provider.module(named: target), provided.origin == .project,
                      let k = provided.module.classes.first(where: { $0.name == clsName && $0.enclosingFunction == nil }) else {
                    // A base that cannot be followed may define it.
                    return nil
                }
                queue.append((provided.module, provided.name, provided.isPackage, k))
            }
        }
        return nil
    }

    /// The (module, class name) a base-class expression names through the module's top-level
    /// imports: `Name` bound by `from X import Name [as Alias]`, `alias.Name` / `a.b.Name` bound by
    /// `import X [as alias]`, `mod.Name` with `from pkg import mod`.
    static func staticImportTarget(of e: Expr, in m: Module, moduleName: String, isPackage: Bool,
                                   provider: ModuleProvider) -> (String, String)? {
        var parts: [String] = []
        var cur = e
        while true {
            switch cur.kind {
            case .name(let n): parts.insert(n, at: 0)
            case .attribute(let b, let n): parts.insert(n, at: 0); cur = b; continue
            default: return nil
            }
            break
        }
        let clsName = parts.removeLast()
        let package = isPackage ? moduleName.split(separator: ".") : Array(moduleName.split(separator: ".").dropLast())
        var found: (String, String)?
        func scan(_ stmts: [Stmt]) {
            for s in stmts where found == nil {
                switch s.kind {
                case .importModules(let aliases):
                    guard !parts.isEmpty else { continue }
                    let prefix = parts.joined(separator: ".")
                    for a in aliases {
                        if let asName = a.asName {
                            if parts[0] == asName { found = (([a.name] + parts.dropFirst()).joined(separator: "."), clsName) }
                        } else if a.name == prefix || a.name.hasPrefix(prefix + ".") || prefix.hasPrefix(a.name + ".") || a.name.split(separator: ".").first.map(String.init) == parts[0] {
                            found = (prefix, clsName)
                        }
                        if found != nil { break }
                    }
                case .importFrom(let mod, let level, let names):
                    guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { continue }
                    for a in names {
                        let bound = a.asName ?? a.name
                        if parts.isEmpty, bound == clsName { found = (base, a.name); break }
                        if parts.count == 1, bound == parts[0] { found = (base + "." + a.name, clsName); break }
                    }
                case .ifStmt(_, let b, let o): scan(b); scan(o)
                case .tryStmt(let b, let h, let o, let f): scan(b); for x in h { scan(x.body) }; scan(o); scan(f)
                default: break
                }
            }
        }
        scan(m.body)
        return found
    }
}

extension ModuleSimulation {
    /// The callers that reach a decorator's wrapper (`caller`, a closure of module `owner`): when
    /// the closure is what its enclosing functions hand back (`return wrapper`, `return decorate`)
    /// up to a module-level decorator or decorator factory, and every use of that function in the
    /// project is a decorator of a module-level function (`@limited("quote")` on `get_quote`),
    /// the wrapper is called exactly where those functions are called by name: the chains of the
    /// project's callers of each decorated function (`main.scenario` calling `views.get_quote`).
    /// Nil when any of that does not hold (a use as a value, a decorated function that escapes or
    /// has no callers of its own): the closure stays a caller the scenario cannot run.
    func wrapperCallers(_ caller: FunctionDef, in owner: ProvidedModule, provider: ModuleProvider) -> [ForeignCaller]? {
        func fail(_ why: String) -> [ForeignCaller]? {
            if Interpreter.tracing { FileHandle.standardError.write(Data("heapsim: wrapper \(caller.qualifiedName) not followed: \(why)\n".utf8)) }
            return nil
        }
        // The closure levels between the wrapper and the module-level function, each handed back.
        var child = caller
        var levels = 0
        while let parent = child.enclosingFunction {
            guard !child.isLambda, !parent.isLambda, parent.enclosingClass == nil, child.enclosingClass == nil else { return nil }
            // (`return wrapper` is its one use: any other hands it elsewhere. Nor is
            // `wrapper.route = route`: an attribute set on it keeps nothing of it elsewhere.)
            var returns = 0
            IRWalk.statements(in: parent.body) { s in
                switch s.kind {
                case .returnValue(let e?): if case .name(child.name) = e.kind { returns += 1 }
                case .assign(let ts, _):
                    for t in ts { if case .attribute(let b, _) = t.kind, case .name(child.name) = b.kind { returns += 1 } }
                default: break
                }
            }
            var uses = 0
            IRWalk.expressions(in: parent.body, intoFunctions: false) { e in
                if case .name(child.name) = e.kind { uses += 1 }
            }
            guard returns > 0, uses == returns else { return fail("\(child.name) not only returned (\(returns) of \(uses))") }
            levels += 1
            child = parent
        }
        let top = child
        guard levels >= 1, levels <= 2, top.enclosingClass == nil, !top.isLambda, top.decorators.isEmpty else { return fail("levels \(levels)") }
        // Every use of it, in its module and those importing it (under the names they bind), is a
        // decorator of a module-level function: `@top` (one level) or `@top(...)` (two).
        var decorated: [ForeignCaller] = []
        var names = Set<String>()
        var chain = ImportChain(owner.name, top.name)
        var modules: [(ProvidedModule, String)] = [(owner, top.name)]
        var scanned = 0
        while let (from, name) = chain.next() {
            names.insert(name)
            let importers = provider.importerNames(of: from).filter { $0 != from }
            scanned += importers.count
            guard scanned <= 64 else { return nil }
            for importerName in importers {
                guard Self.mayName(name, importer: importerName, of: from, provider) else { continue }
                guard let importer = provider.module(named: importerName), importer.origin == .project else { return nil }
                let found = foreignSites(in: importer, module: from, name: name)
                if found.valueUse { return fail("a value in \(importer.name)") }
                for b in found.bound { chain.add(importer.name, b) }
                if !modules.contains(where: { $0.0.name == importer.name && $0.1 == name }) { modules.append((importer, name)) }
            }
        }
        for (m, name) in modules {
            var uses = 0
            IRWalk.expressions(in: m.module.body) { e in
                switch e.kind {
                case .name(name), .attribute(_, name): uses += 1
                default: break
                }
            }
            var applied = 0
            for f in m.module.functions where f.enclosingFunction == nil && !f.isLambda
            && (f.enclosingClass.map { $0.enclosingFunction == nil && !f.name.hasPrefix("__") } ?? true) {
                let n = f.decorators.filter { d in
                    var e = d
                    if levels == 2 { guard case .call(let c, _) = d.kind else { return false }; e = c }
                    switch e.kind {
                    case .name(name), .attribute(_, name): return true
                    default: return false
                    }
                }.count
                guard n > 0 else { continue }
                applied += n
                if !decorated.contains(where: { $0.module.name == m.name && $0.function.id == f.id }) {
                    decorated.append(ForeignCaller(module: m, function: f))
                }
            }
            guard applied == uses else { return fail("\(name) in \(m.name): \(applied) decorators of \(uses) uses") }
        }
        guard !decorated.isEmpty, decorated.count <= 16 else { return fail("\(decorated.count) decorated") }
        var callers: [ForeignCaller] = []
        for d in decorated {
            var (more, imports) = d.function.enclosingClass == nil
                ? upstream(of: d, provider: provider, depth: 1, decoratedBy: names, decoratorFactory: levels == 2)
                : (methodCallerChain(d, provider: provider), [])
            if d.function.enclosingClass != nil, more.count == 1, more[0].module.name == d.module.name, more[0].function.id == d.function.id,
               !provider.distributesPackage(of: d.module.name),
               neverUsedMethod(d.function.name, in: [d.module.name] + Self.importersThroughPackages(of: d.module.name, provider), provider) {
                // (A decorated method nothing calls or uses: dead, or found by a framework.)
                more[0].offered = true
                more[0].uncalled = true
            }
            if more.count == 1, more[0].module.name == d.module.name, more[0].function.id == d.function.id, !more[0].offered,
               !provider.distributesPackage(of: d.module.name) {
                // (Held as a value by the application, a handler in its route table: its
                // scripts' work calls it through the table.)
                more = valuedCallers(d, provider: provider)
            }
            // (Called at import by a module that a caller's run imports anyway, `settings.py`
            // calling `setting("currency")` next to the `greeting()` run: those calls happen.)
            imports.removeAll { m in more.contains { $0.module.name == m.name || $0.through.contains(m.name) } }
            // (Called at import: those calls are not runs of a caller. Itself a root because it
            // is used as a value, a table's handler: the wrapper's calls are the table's. Nothing
            // in the project calling it, or a package offering it: run as outside code would,
            // through its wrapper, and judged as such callers are.)
            guard imports.isEmpty, !more.isEmpty,
                  !more.contains(where: { $0.module.name == d.module.name && $0.function.id == d.function.id && !$0.offered }) else {
                return fail("\(d.function.name): callers \(more.map { $0.module.name + "." + $0.function.qualifiedName }), imports \(imports.map(\.name))")
            }
            for c in more where !callers.contains(where: { $0.module.name == c.module.name && $0.function.id == c.function.id }) {
                callers.append(c)
            }
        }
        return callers.count <= 16 ? callers : nil
    }
}

extension FunctionDef {
    /// The function whose body holds this one, outermost first (itself when not nested).
    var outermostFunction: FunctionDef {
        var top = self
        while let o = top.enclosingFunction { top = o }
        return top
    }
}

extension Interpreter {
    /// Calls each of `methods` (of module unit `unit`) on `instance` with fresh arguments, as its
    /// users would, after the call that made or filled it. A method that takes things out
    /// (`close()` clearing a map, `pop()`, one of `removing`) is one its users may never call:
    /// whether it runs is an undecided choice. What a method raises ends only that method.
    /// The class statement a class object was made by, with the unit of its module.
    func classDefinition(of cls: ObjID) -> (unit: Int, cls: ClassDef)? {
        for (key, obj) in classObjects where obj == cls {
            let u = ModuleKey.unit(key)
            guard u < units.count, let k = units[u].module.classes.first(where: { $0.id == ModuleKey.raw(key) }) else { continue }
            return (u, k)
        }
        return nil
    }

    func exercise(_ methods: [FunctionDef], of unit: Int, removing: Set<Int>, on instance: ObjID, site: Int, frame: Frame) throws {
        for m in methods {
            guard let mf = (functionObjects[ModuleKey.make(unit, m.id)] ?? []).first(where: { isAlive($0) }) else { continue }
            if removing.contains(m.id), !(try truth(heap.allocate("bool", .atom, origin: m.range.lowerBound), site: m.range.lowerBound)) { continue }
            let (args, kwargs) = freshArguments(for: m, skippingFirst: true)
            do {
                _ = try call(try bindIfFunction(mf, to: instance, site: site), args, kwargs, site: site, frame: frame)
            } catch Signal.raise {}
        }
    }
}

extension Interpreter {
    /// Attributes of the instance that methods other than `method` (and `__init__`) fill:
    /// `self.X[k] = v`, `self.X.append(v)`, `self.X.setdefault(k, []).append(v)`, `self.X += …`.
    static func attributesFilledByOtherMethods(of cls: ClassDef, except method: FunctionDef) -> Set<String> {
        var names = Set<String>()
        for m in cls.methods where m.id != method.id && m.name != "__init__" && !m.decorators.contains(where: {
            if case .name(let n) = $0.kind { return n == "staticmethod" || n == "classmethod" } else { return false }
        }) {
            guard let me = m.parameters.first?.name else { continue }
            func selfAttribute(_ e: Expr) -> String? {
                if case .attribute(let o, let a) = e.kind, case .name(me) = o.kind { return a }
                return nil
            }
            IRWalk.expressions(in: m.body, intoFunctions: false) { e in
                guard case .call(let callee, _) = e.kind, case .attribute(let obj, let name) = callee.kind,
                      changingMethods.contains(name) else { return }
                if let a = selfAttribute(obj) { names.insert(a) }
                // (`self.X.setdefault(k, []).append(v)`: into what X holds.)
                if case .call(let inner, _) = obj.kind, case .attribute(let o2, _) = inner.kind, let a = selfAttribute(o2) { names.insert(a) }
            }
            IRWalk.statements(in: m.body) { s in
                switch s.kind {
                case .assign(let targets, _):
                    for t in targets { if case .subscript(let o, _) = t.kind, let a = selfAttribute(o) { names.insert(a) } }
                case .augAssign(let t, _, _):
                    if let a = selfAttribute(t) { names.insert(a) }
                    if case .subscript(let o, _) = t.kind, let a = selfAttribute(o) { names.insert(a) }
                default: break
                }
            }
        }
        return names
    }

    /// An instance made as an outside caller would, about to have one method called: the
    /// containers it made empty in `__init__` that its other methods fill (`self._topics` of a
    /// bus that `subscribe` fills) hold, for a real caller, what those calls put there: their
    /// contents become unknown (not the candidates', nor what holds them).
    func openFilledAttributes(_ instance: ObjID, _ names: Set<String>, site: Int) {
        guard !names.isEmpty, case .instance(_, let attrs) = heap[instance].payload else { return }
        for name in names.sorted() {
            guard let v = attrs[name], containerLength(v) == 0, !watched.contains(v), !holdsWatched(v) else { continue }
            setInstanceAttr(instance, name, opaque(site: site))
        }
    }
}
