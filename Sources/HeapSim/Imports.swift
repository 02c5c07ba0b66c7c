import PythonModel
import Project

/// Imports of modules the provider has, executed the way CPython's import system does: a module
/// object registered in `sys.modules` before its body runs (so a cycle sees it partially
/// initialised), its body run once per interpreter with its own globals, parents before children,
/// each child set as an attribute of its parent. Modules the provider lacks stay opaque, as for one file.
extension Interpreter {
    static let importBoundPrefix: Stop = .local("import step bound")

    /// Standard-library packages the library models describe (by qualified names such as
    /// `functools.lru_cache`, `collections.deque`, `logging.getLogger`): the models take precedence,
    /// so these stay opaque even when the provider has their source.
    static let modelledLibraryPackages: Set<String> = [
        "__future__", "abc", "array", "ast", "asyncio", "atexit", "bisect", "builtins", "collections", "concurrent",
        "contextlib", "copy", "csv", "dataclasses", "datetime", "enum", "functools", "gc", "gettext", "hashlib", "heapq", "html",
        "importlib", "inspect", "io", "itertools", "json", "logging", "math", "multiprocessing", "operator", "os", "pathlib", "pprint",
        "queue", "random", "re", "select", "selectors", "shlex", "signal", "socket", "sqlite3", "ssl", "string",
        "subprocess", "sys", "tempfile", "threading", "time", "traceback", "types", "typing", "urllib", "uuid",
        "warnings", "weakref",
    ]

    /// The function of a key made by `ModuleKey.make` (a `FunctionState.def`).
    func functionDef(_ key: Int) -> FunctionDef? {
        let u = ModuleKey.unit(key), raw = ModuleKey.raw(key)
        let m = u == 0 ? module : (u < units.count ? units[u].module : nil)
        guard let m, raw < m.functions.count else { return nil }
        return m.functions[raw]
    }

    func classDef(_ key: Int) -> ClassDef? {
        let u = ModuleKey.unit(key), raw = ModuleKey.raw(key)
        let m = u == 0 ? module : (u < units.count ? units[u].module : nil)
        guard let m, raw < m.classes.count else { return nil }
        return m.classes[raw]
    }

    /// The unit of a module name, when its code runs in this interpreter.
    func unitIndex(named name: String) -> Int? {
        units.firstIndex { $0.name == name }
    }

    /// The package relative imports of `unit` resolve against (CPython's `__package__`).
    func packageParts(ofUnit u: Int) -> [Substring] {
        guard u < units.count else { return [] }
        let parts = units[u].name.split(separator: ".")
        return units[u].isPackage ? parts : Array(parts.dropLast())
    }

    /// `import a.b.c` / `import a.b.c as d`: the object to bind (the top package, or the named
    /// submodule with `as`), or nil when the provider does not have the module (opaque as today).
    func importBinding(_ alias: ImportAlias, site: Int) throws -> ObjID? {
        guard let leaf = try importModule(alias.name, site: site) else {
            // `import a.b` with `a` followed but `a.b` not: bind the real `a` (a.b reads as opaque).
            guard alias.asName == nil, let dot = alias.name.firstIndex(of: ".") else { return nil }
            return sysModules[String(alias.name[..<dot])]
        }
        if alias.asName != nil { return leaf }
        let top = String(alias.name.split(separator: ".").first ?? Substring(alias.name))
        return sysModules[top] ?? leaf
    }

    /// `from m import x, y` / `from m import *` / relative forms, when the provider has the module.
    /// Returns false (nothing bound) when it does not, so the caller binds opaque names as today.
    func importFrom(_ mod: String, level: Int, names: [ImportAlias], frame: Frame, site: Int) throws -> Bool {
        guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: packageParts(ofUnit: frame.unit)),
              !base.isEmpty else { return false }
        if frame.importFallbacks > 0, missingProjectModule(base) || optionalModuleMissing(base, site: site, frame: frame) {
            throw Signal.raise(try makeException("ModuleNotFoundError", site: site))
        }
        guard let m = try importModule(base, site: site) else { return false }
        for a in names {
            if frame.importFallbacks > 0, a.name != "*", global(a.name, in: m) == nil,
               missingProjectModule(base + "." + a.name), let u = units.first(where: { $0.object == m }),
               u.module.scope.symbols[a.name] == nil {
                // `from . import _speedups`: no such submodule, and the package binds no such name.
                throw Signal.raise(try makeException("ModuleNotFoundError", site: site))
            }
            if a.name == "*" {
                for (name, value) in try starNames(m, base: base, site: site) { store(name, value, frame) }
                if units.first(where: { $0.object == m })?.incomplete ?? true { unknownStarImports.insert(frame.moduleObject) }
                // (Only where `__all__` is computed: a literal list is what CPython binds, and
                // a name it leaves out is a NameError real code would get too.)
                if let unit = units.first(where: { $0.object == m }), !Self.allIsLiteral(unit.module) {
                    starSources[frame.moduleObject, default: []].append(m)
                }
                continue
            }
            store(a.asName ?? a.name, try fromImportValue(m, base: base, name: a.name, site: site), frame)
        }
        return true
    }

    /// `from base import name`: the attribute, else the submodule `base.name`, else (the body
    /// stopped early, or an ImportError real code would raise) an opaque name, noted.
    func fromImportValue(_ m: ObjID, base: String, name: String, site: Int) throws -> ObjID {
        if let v = global(name, in: m) { noteStoppedGlobal(m, name); return v }
        if let sub = try importModule(base + "." + name, site: site) { return sub }
        // (CPython's from-import imports the submodule `base.name` when the package has no such
        // attribute yet, also in a cycle: `from nltk import grammar` inside a module nltk's
        // `__init__` is importing. Only without such a submodule is it "cannot import name". A
        // submodule the cap or a model left opaque is such an import, opaque.)
        let submodule = base + "." + name
        if opaqueImports[submodule] != nil || provider?.module(named: submodule) != nil {
            trace("`\(name)` of \(base): the submodule, left opaque")
            return external(submodule)
        }
        if bindsLater(m, name) {
            // An import cycle: the module is partially initialised, and the statement binding the
            // name has not run yet. CPython raises ImportError ("cannot import name … from
            // partially initialized module").
            trace("`\(name)` not yet bound by partially initialised module \(base): ImportError")
            throw Signal.raise(try makeException("ImportError", site: site))
        }
        // Like a name of a module heaplint does not follow: opaque, and only what flows into it
        // matters (an escape), as for every import of one file alone.
        trace("`\(name)` not bound by module \(base)")
        if opaqueImports[base + "." + name] == nil { opaqueImports[base + "." + name] = "`\(name)` is not bound by \(base) in the model" }
        return external(base + "." + name)
    }

    /// Whether module `m`'s body is running (an import cycle reached it again) and `name` is bound
    /// only by top-level statements after the one it is running: not bound yet in CPython either.
    /// (False when a statement before it binds the name too: the model may have failed to run it.)
    func bindsLater(_ m: ObjID, _ name: String) -> Bool {
        guard let u = units.firstIndex(where: { $0.object == m }) ?? (m == moduleObject ? 0 : nil),
              let current = runningTopStatement[u], !units[u].incomplete else { return false }
        let body = u == 0 ? module.body : units[u].module.body
        var later = false
        for stmt in body {
            let binds: Bool
            switch stmt.kind {
            case .functionDef(let d): binds = d.name == name
            case .classDef(let c): binds = c.name == name
            case .assign(let targets, _): binds = targets.contains { if case .name(name) = $0.kind { return true } else { return false } }
            case .annAssign(let t, _, let v): binds = v != nil && { if case .name(name) = t.kind { return true } else { return false } }()
            case .importFrom(_, _, let names): binds = names.contains { ($0.asName ?? $0.name) == name }
            case .importModules(let aliases): binds = aliases.contains { ($0.asName ?? String($0.name.split(separator: ".").first ?? "")) == name }
            default: binds = false
            }
            guard binds else { continue }
            if stmt.range.lowerBound <= current { return false }
            later = true
        }
        return later
    }

    /// Whether every top-level binding of `__all__` in the module is a list or tuple display of
    /// string constants (`__all__ = [...]`, `__all__ += (...)`); true when it binds none.
    static func allIsLiteral(_ m: Module) -> Bool {
        func literal(_ e: Expr) -> Bool {
            switch e.kind {
            case .list(let xs), .tuple(let xs):
                return xs.allSatisfy { if case .constant(.string) = $0.kind { return true } else { return false } }
            default: return false
            }
        }
        func isAll(_ t: Expr) -> Bool { if case .name("__all__") = t.kind { return true } else { return false } }
        var ok = true
        func scan(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .assign(let targets, let value) where targets.contains(where: isAll): if !literal(value) { ok = false }
                case .augAssign(let t, _, let value) where isAll(t): if !literal(value) { ok = false }
                case .annAssign(let t, _, let value?) where isAll(t): if !literal(value) { ok = false }
                case .ifStmt(_, let b, let o): scan(b); scan(o)
                case .tryStmt(let b, let h, let o, let f): scan(b); for x in h { scan(x.body) }; scan(o); scan(f)
                default: break
                }
            }
        }
        scan(m.body)
        return ok
    }

    /// The names `from m import *` binds: `__all__` when it is a known list or tuple of strings
    /// (each looked up like a from-import), else every global not starting with `_`.
    func starNames(_ m: ObjID, base: String, site: Int) throws -> [(String, ObjID)] {
        guard case .module(_, let g) = heap[m].payload else { return [] }
        if let all = g["__all__"] {
            let items: [ObjID]?
            switch heap[all].payload {
            case .list(let xs), .tuple(let xs): items = xs
            default: items = nil
            }
            if let items, items.allSatisfy({ heap[$0].typeName == "str" && heap[$0].constant != nil }) {
                trace("star import of \(base): `__all__` of \(items.count) names")
                return try items.map { i in
                    let n = heap[i].constant!
                    return (n, try fromImportValue(m, base: base, name: n, site: site))
                }
            }
            // A computed `__all__` (tkinter's comprehension over `globals()`, token's
            // `__all__.extend(tok_name.values())`) names globals the module has: every public
            // global is bound, a superset of what CPython binds. A name bound here that CPython
            // leaves out is one real code cannot use without a NameError, so no verdict rests on it.
            trace("`__all__` of \(base) not known: every public global is bound")
        }
        trace("star import of \(base): no `__all__`, \(g.count) globals")
        return g.filter { !$0.key.hasPrefix("_") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// A name a project module binds with `from sub import name` in a statement the model did not
    /// run (its import stopped at a bound or the cap, the statement sat in a branch that raised):
    /// CPython bound it, so the import is made now, for that name (its module past the cap, as a
    /// scenario needing it would). Nil when the module binds it otherwise or is still running.
    func lazyModuleGlobal(_ m: ObjID, _ name: String, site: Int) throws -> ObjID? {
        guard provider != nil, let u = units.indices.dropFirst().first(where: { units[$0].object == m }),
              runningTopStatement[u] == nil, lazyGlobalsTried.insert("\(m).\(name)").inserted else { return nil }
        var found: (module: String, level: Int, original: String)?
        var otherBinding = false
        ModuleSimulation.moduleLevelStatements(units[u].module.body) { st in
            switch st.kind {
            case .importFrom(let mod, let level, let names):
                if let a = names.first(where: { $0.name != "*" && ($0.asName ?? $0.name) == name }) {
                    if found == nil { found = (mod, level, a.name) } else { otherBinding = true }
                }
            case .functionDef(let d) where d.name == name: otherBinding = true
            case .classDef(let c) where c.name == name: otherBinding = true
            case .importModules(let aliases):
                if aliases.contains(where: { ($0.asName ?? String($0.name.split(separator: ".").first ?? "")) == name }) { otherBinding = true }
            case .assign, .augAssign, .annAssign, .forLoop, .delete:
                if ModuleSimulation.otherBinding(st, of: name, in: units[u].module) { otherBinding = true }
                if case .assign(let ts, _) = st.kind, ts.contains(where: { ModuleSimulation.mentionsName($0, name) }) { otherBinding = true }
            default: break
            }
        }
        guard let found, !otherBinding,
              let base = ModuleNameResolution.absolute(module: found.module, level: found.level, package: packageParts(ofUnit: u)),
              !base.isEmpty, provider?.module(named: base)?.origin == .project else { return nil }
        trace("lazily importing `\(found.original)` from \(base) for \(units[u].name).\(name)")
        essentialImports.insert(base)
        guard let sub = try importModule(base, site: site) else { return nil }
        let v = try fromImportValue(sub, base: base, name: found.original, site: site)
        setGlobal(name, v, in: m)
        return v
    }

    /// An optional module the target environment lacks altogether, imported inside a function
    /// where a handler takes ImportError (`try: from fastjson import encode_key` / `except
    /// ImportError:`): whether it is there is a choice, not a fact, for code that runs where it is
    /// installed too. The fallback runs on one way (it is what runs here), the accelerated path on
    /// the other; growth on one way only is not decided, and a refutation needs both ways. (Before
    /// the target environment was asked, the module was always taken as there: the fallback never
    /// ran.) At module level the module stays taken as there, as before: such an import gates a
    /// whole feature (`get_client = None`, then `raise ImportError` in the constructor), and the
    /// way where it is missing leaves nothing of the feature to run.
    func optionalModuleMissing(_ name: String, site: Int, frame: Frame) -> Bool {
        guard frame.function != nil, let provider, let top = name.split(separator: ".").first,
              provider.isAbsent(String(top)) else { return false }
        optionalModuleChoices += 1
        return policyDecision(site: site)
    }

    /// A module of one of the project's own packages that its sources lack (a compiled
    /// extension, a file generated at build time): its package is the project's, it is not.
    func missingProjectModule(_ name: String) -> Bool {
        guard let provider, name.contains("."), provider.module(named: name) == nil else { return false }
        var prefix = Substring(name)
        while let dot = prefix.lastIndex(of: ".") {
            prefix = prefix[..<dot]
            if let p = provider.module(named: String(prefix)) { return p.origin == .project && p.isPackage }
        }
        return false
    }

    /// Imports the module of an absolute dotted name (parents first) and returns its object, or nil
    /// when the provider does not have it or a cap stops it (the import is then opaque).
    func importModule(_ name: String, site: Int) throws -> ObjID? {
        if name == module.name, loadingMain, !mainBodyStarted {
            // A parent package's `__init__` imports the simulated module: its body runs now.
            try runMainBody()
            return moduleObject
        }
        if let m = sysModules[name] { return m }
        guard let provider, !name.isEmpty else { return nil }
        var parent: ObjID?
        if let dot = name.lastIndex(of: ".") {
            let parentName = String(name[..<dot])
            parent = try importModule(parentName, site: site)
            if parent == nil, followingLibraryBase, Self.followableModulesOfModelledPackages.contains(name) {
                // (`html.parser` of the modelled `html`: the package stays its model, the module
                // runs from source without binding into it.)
                if let m = sysModules[name] { return m }
                guard let provided = provider.module(named: name), provided.origin == .standardLibrary else { return nil }
                return try runProvidedModule(name, provided, parent: nil, site: site)
            }
            if parent == nil, leftOutByCap(parentName), provider.module(named: name) != nil {
                // Left out with its package by the cap: named as capped itself, so that a scenario
                // needing it follows this module (and its package first), not the whole package.
                if opaqueImports[name] == nil { opaqueImports[name] = opaqueImports[parentName] }
                return nil
            }
            if parent == nil {
                // A namespace package (no `__init__`) the provider does not list: an empty package
                // module, when the child itself is provided. (Not a package the provider has that a
                // cap or a model left opaque: its child is then opaque too, and its name stays the
                // opaque package, not an empty module without its attributes.)
                guard provider.module(named: parentName) == nil, opaqueImports[parentName] == nil,
                      provider.module(named: name) != nil else { return nil }
                let ns = heap.allocate("module", .module(name: parentName, globals: [:]))
                heap.roots.append(("sys.modules", ns))
                sysModules[parentName] = ns
                parent = ns
            }
        }
        if let m = sysModules[name] { return m }   // importing the parent imported it
        guard let provided = provider.module(named: name) else { return nil }
        return try runProvidedModule(name, provided, parent: parent, site: site)
    }

    /// The import of a module the provider has, once its package is imported: a new module object
    /// in `sys.modules`, bound in its package, whose body runs now (nil: it stays opaque).
    func runProvidedModule(_ name: String, _ provided: ProvidedModule, parent: ObjID?, site: Int) throws -> ObjID? {
        let isLibrary = provided.origin != .project
        // Modules of the library table stay its models, also when the linted tree is the standard
        // library itself (its own `re`, `typing`, … are then project modules).
        if Interpreter.modelledLibraryPackages.contains(String(name.split(separator: ".").first ?? Substring(name))),
           !(followingLibraryBase && Self.followableModulesOfModelledPackages.contains(name)) {
            return nil
        }
        // The standard library and installed packages are not followed yet: doing so made the
        // standard library's run two to three times slower and bigger, and stopped scenarios on
        // bounds inside them (typing helpers, deep class machinery). Their names stay opaque, as
        // for one file alone; `SimulationBounds.followLibraryModules` turns it on.
        if isLibrary, !bounds.followLibraryModules, !followingLibraryBase { return nil }
        let executed = units.count - 1
        let libraries = units.filter(\.isLibrary).count
        // (A project module of literal constants alone, a settings module, imports nothing and
        // runs in a few steps: past the cap, its values are still known.)
        if !essentialImports.contains(name), !importedByEssentialPackage(name),
           isLibrary || !Self.holdsLiteralsOnly(provided.module.body),
           executed >= bounds.maxImportedModules || (isLibrary && libraries >= bounds.maxLibraryModules) {
            let why = "module \(name) was not followed (the cap of \(isLibrary ? bounds.maxLibraryModules : bounds.maxImportedModules) "
                + (isLibrary ? "library" : "imported") + " modules per scenario)"
            trace(why)
            opaqueImports[name] = why
            return nil
        }
        let object = heap.allocate("module", .module(name: name, globals: [:]))
        heap.roots.append(("module \(name)", object))
        sysModules[name] = object
        let u = units.count
        units.append(ModuleUnit(name: name, module: provided.module, isPackage: provided.isPackage, object: object, isLibrary: isLibrary))
        // Attributes its code sets count as set by some code (read before that code ran: unknown).
        if let mine = assignedAttributes {
            let names = providedFacts.map { $0.assignedAttributeNames(of: provided) } ?? provided.module.assignedAttributeNames()
            if let theirs = names { assignedAttributes = mine.union(theirs) } else { assignedAttributes = nil }
        }
        let nameObject = makeStr(name, site: nil)
        heap.roots.append(("module name", nameObject))
        setGlobal("__name__", nameObject, in: object)
        // (`__package__`: what `import_module(".plugin", __package__)` resolves against.)
        let packageObject = makeStr(packageParts(ofUnit: u).joined(separator: "."), site: nil)
        heap.roots.append(("module package", packageObject))
        setGlobal("__package__", packageObject, in: object)
        if let parent, let dot = name.lastIndex(of: ".") {
            setGlobal(String(name[name.index(after: dot)...]), object, in: parent)
        }
        try runModuleBody(u, site: site)
        return object
    }

    /// Standard-library packages whose classes are not followed as bases even when the table has
    /// no model of the module: their own models key on the base's name (`unittest.TestCase`).
    static let unfollowedLibraryBasePackages: Set<String> = ["unittest", "typing_extensions", "_collections_abc", "_abc"]
    /// Modules of packages the table models (`html.escape`) that it does not model themselves.
    static let followableModulesOfModelledPackages: Set<String> = ["html.parser"]

    /// The class a program class names as a base from the standard library (`html.parser.HTMLParser`),
    /// run from the interpreter's own source: its module is imported (with the modules it imports,
    /// within the caps on library modules and their steps), once per run. nil when the module is
    /// not the standard library's, the table models it, or its body did not bind a class by that
    /// name: the base then stays opaque, as before.
    func libraryBaseClass(_ qualified: String, site: Int) throws -> ObjID? {
        guard bounds.followLibraryBases, let provider, let dot = qualified.lastIndex(of: ".") else { return nil }
        if let known = libraryBaseClasses[qualified] { return known }
        libraryBaseClasses[qualified] = .some(nil)
        let moduleName = String(qualified[..<dot]), className = String(qualified[qualified.index(after: dot)...])
        let top = String(moduleName.split(separator: ".").first ?? Substring(moduleName))
        guard !Self.unfollowedLibraryBasePackages.contains(top),
              !Self.modelledLibraryPackages.contains(top) || Self.followableModulesOfModelledPackages.contains(moduleName),
              let provided = provider.module(named: moduleName), provided.origin != .project else { return nil }
        let was = followingLibraryBase
        followingLibraryBase = true
        defer { followingLibraryBase = was }
        let object: ObjID?
        do { object = try importModule(moduleName, site: site) } catch Signal.raise { return nil }
        guard let object, case .module(_, let globals) = heap[object].payload, let cls = globals[className],
              case .classObject = heap[cls].payload else { return nil }
        trace("library base \(qualified) followed from its source")
        libraryBaseClasses[qualified] = cls
        return cls
    }

    /// What a dotted name the model held as opaque (`configparser.ConfigParser`, bound by an
    /// import before the module was followed) is, now that a standard-library module it names was
    /// imported from source in this run (as the module of a program class's base): the module's
    /// own value. nil when no followed library module is its prefix.
    func followedLibraryValue(_ qualified: String, site: Int, frame: Frame) throws -> ObjID? {
        guard !libraryBaseClasses.isEmpty else { return nil }
        var parts = qualified.split(separator: ".").map(String.init)
        var rest: [String] = []
        while !parts.isEmpty {
            let name = parts.joined(separator: ".")
            if let m = sysModules[name], let u = units.firstIndex(where: { $0.object == m }), units[u].isLibrary {
                var v = m
                for attr in rest.reversed() {
                    // (A name the followed module holds as opaque itself, a module past the cap:
                    // it stays that name.)
                    if case .external = heap[v].payload { return nil }
                    v = try getAttribute(v, attr, site: site, frame: frame)
                }
                if case .external = heap[v].payload { return nil }
                return v
            }
            rest.append(parts.removeLast())
        }
        return nil
    }

    /// A module body of docstrings and plain assignments of literals (numbers, text, None, bools,
    /// and lists, tuples, sets and dicts of them) to names: at most 64 statements.
    static func holdsLiteralsOnly(_ body: [Stmt]) -> Bool {
        func literal(_ e: Expr, depth: Int) -> Bool {
            guard depth < 4 else { return false }
            switch e.kind {
            case .constant: return true
            case .unary(_, let x): return literal(x, depth: depth + 1)
            case .list(let xs), .tuple(let xs), .set(let xs): return xs.count <= 256 && xs.allSatisfy { literal($0, depth: depth + 1) }
            case .dict(let items):
                return items.count <= 256 && items.allSatisfy { i in i.key.map { literal($0, depth: depth + 1) } ?? false && literal(i.value, depth: depth + 1) }
            default: return false
            }
        }
        guard !body.isEmpty, body.count <= 64 else { return false }
        return body.allSatisfy { s in
            switch s.kind {
            case .expr(let e): if case .constant = e.kind { return true } else { return false }
            case .assign(let targets, let value):
                return targets.allSatisfy { if case .name = $0.kind { return true } else { return false } } && literal(value, depth: 0)
            case .annAssign(let t, _, let v?):
                if case .name = t.kind { return literal(v, depth: 0) } else { return false }
            default: return false
            }
        }
    }

    /// A submodule of an essential package imported by that package's own code (`unittest`'s
    /// `__init__` importing `.case`): following the package means following what it is made of,
    /// else its names are opaque again one level down. (Not other code's `import pkg.sub`.)
    /// The parent package of an essential module is essential too (CPython imports it first).
    func importedByEssentialPackage(_ name: String) -> Bool {
        if essentialImports.contains(where: { $0.hasPrefix(name + ".") }) { return true }
        guard name.contains("."), let importer = liveFrames.last(where: { $0.function == nil })?.unit,
              importer > 0, importer < units.count else { return false }
        let by = units[importer].name
        return essentialImports.contains { p in
            name.hasPrefix(p + ".") && (by == p || by.hasPrefix(p + "."))
        }
    }

    /// `importlib.reload(m)`: the body of a module whose code runs here executes again in the same
    /// module object (its globals rebound: new functions with new defaults, new classes). False
    /// when the object is not such a module.
    func reloadModule(_ m: ObjID, site: Int) throws -> Bool {
        guard case .module = heap[m].payload else { return false }
        if m == moduleObject {
            let frame = moduleFrame()
            liveFrames.append(frame)
            defer { liveFrames.removeLast() }
            for stmt in module.body {
                do { _ = try exec(stmt, frame) } catch Signal.raise {}
            }
            return true
        }
        guard let u = units.indices.dropFirst().first(where: { units[$0].object == m }) else { return false }
        try runModuleBody(u, site: site)
        return true
    }

    /// Runs a provided module's body in its own frame, bounded in steps; each top-level statement
    /// on its own (as `loadModule` does), so one the model cannot run does not hide the rest.
    func runModuleBody(_ u: Int, site: Int) throws {
        let unit = units[u]
        let frame = Frame(scope: unit.module.scope, function: nil, moduleObject: unit.object, back: nil)
        frame.unit = u
        let outerLimit = importStepLimit
        let limit = steps + (unit.isLibrary ? bounds.maxLibraryImportSteps : bounds.maxImportSteps)
        importStepLimit = min(outerLimit ?? Int.max, limit)
        let wasImporting = importing
        importing = true
        liveFrames.append(frame)
        defer {
            liveFrames.removeLast()
            importing = wasImporting
            importStepLimit = outerLimit
        }
        defer { runningTopStatement[u] = nil }
        for stmt in unit.module.body {
            readStoppedGlobal = false
            runningTopStatement[u] = stmt.range.lowerBound
            defer { if readStoppedGlobal { taintWrites(of: stmt, frame, why: "it reads a value import-time code did not finish computing") } }
            do {
                _ = try exec(stmt, frame)
            } catch Signal.raise(let exc) {
                trace("import of \(unit.name) raised \(heap[exc].typeName) at byte \(heap[exc].origin ?? -1)")
            } catch Signal.abort(let why) where why != Interpreter.importBoundPrefix && !Signal.isGlobalAbort(why) {
                stoppedAtImport(stmt, why, frame)
            } catch Signal.abort(let why) where why == Interpreter.importBoundPrefix && steps <= (outerLimit ?? Int.max) {
                // This module's own bound: the rest of its body is not run; names it did not
                // bind are opaque to importers (values of code heaplint does not follow).
                units[u].incomplete = true
                let text = "module \(unit.name) was not followed in full (its import ran past \(unit.isLibrary ? bounds.maxLibraryImportSteps : bounds.maxImportSteps) steps)"
                trace(text)
                opaqueImports[unit.name] = text
                break
            }
        }
    }

    /// Records the parameters of a function of another module that received a watched object (or
    /// an object holding one), so the driver can require that function's store statements.
    func noteHandoffs(_ def: FunctionDef, _ frame: Frame) {
        for p in def.parameters {
            guard let v = frame.locals[p.name] else { continue }
            if watched.contains(v) {
                handoffs.insert(Handoff(unit: frame.unit, function: def.id, parameter: p.name, direct: true, typeName: typeName(v)))
                continue
            }
            // (A value that holds nothing needs no search, and a handoff already recorded needs none
            // either: it would only be inserted again.)
            switch heap.objects[v].payload {
            case .atom, .external, .native(_, nil): continue
            default: break
            }
            let h = Handoff(unit: frame.unit, function: def.id, parameter: p.name, direct: false, typeName: typeName(v))
            if !handoffs.contains(h), holdsWatched(v) { handoffs.insert(h) }
        }
    }

    /// A bounded search from `start` (not through modules or classes) for a watched object.
    func holdsWatched(_ start: ObjID) -> Bool {
        if watched.isEmpty { return false }
        // The objects seen so far carry this walk's mark (a scratch array, not a hashed set).
        let mark = nextWalkMark()
        var stack = [start]
        var count = 0
        while let id = stack.popLast(), count < 256 {
            guard walkMarks[id] != mark else { continue }
            walkMarks[id] = mark
            count += 1
            if watched.contains(id) { return true }
            switch heap.objects[id].payload {
            case .module, .classObject, .function: continue
            default: break
            }
            heap.forEachEdge(id) { _, target in if self.walkMarks[target] != mark { stack.append(target) } }
        }
        return false
    }
}

extension Interpreter {
    /// A fresh mark for `walkMarks`, the array grown to the heap's size.
    func nextWalkMark() -> UInt32 {
        if walkMarks.count < heap.objects.count {
            walkMarks.append(contentsOf: repeatElement(0, count: heap.objects.count - walkMarks.count))
        }
        if walkMark == UInt32.max {
            walkMark = 0
            for i in walkMarks.indices { walkMarks[i] = 0 }
        }
        walkMark += 1
        return walkMark
    }
}

extension Interpreter {
    /// A global read: when a statement stopped at import bound or changed it, the scenario depends
    /// on a value the model did not finish computing (noted, so no refutation rests on it).
    func noteStoppedGlobal(_ module: ObjID, _ name: String) {
        guard !stoppedGlobals.isEmpty, let why = stoppedGlobals[module]?[name] else { return }
        readStoppedGlobal = true
        note("a value import-time code did not finish computing (`\(name)`: \(why))")
    }

    /// A top-level statement stopped by a local bound (a loop over a big range, a deep recursion):
    /// CPython finishes it. The names it binds get values the model does not know, and every
    /// global it or the module's functions it calls name may hold a half-built value: reading one
    /// later is noted. The statements after it still run.
    func stoppedAtImport(_ stmt: Stmt, _ why: Stop, _ frame: Frame) {
        let text: String
        if case .local(let t) = why { text = t } else { text = "\(why)" }
        trace("top-level statement at byte \(stmt.range.lowerBound) stopped: \(text)")
        let unknownNow = taintWrites(of: stmt, frame, why: text)
        // What it may have changed through the functions it calls.
        var names = Set<String>()
        var seen = Set<Int>()
        var bodies: [[Stmt]] = [[stmt]]
        while let body = bodies.popLast(), seen.count < 64 {
            IRWalk.expressions(in: body) { e in
                guard case .name(let n) = e.kind else { return }
                names.insert(n)
                if let f = global(n, in: frame.moduleObject), case .function(let st) = heap[f].payload,
                   let def = functionDef(st.def), !seen.contains(st.def) {
                    seen.insert(st.def)
                    bodies.append(def.body)
                }
            }
        }
        guard case .module(_, let g) = heap[frame.moduleObject].payload else { return }
        // The names the code it ran may rebind (`global n` in one of its functions).
        var declaredGlobal = Set<String>()
        for body in [[stmt]] + seen.compactMap({ functionDef($0)?.body }) {
            IRWalk.statements(in: body) { s in
                if case .global(let ns) = s.kind { declaredGlobal.formUnion(ns) }
            }
        }
        // (Not a name the statement bound to a value the model does not know, which is read as
        // such, nor a function: neither is half built. Nor a value nothing can change in place,
        // a string or a frozenset of strings, that no code it ran rebinds.)
        for n in names where !unknownNow.contains(n) {
            guard let v = g[n] else { continue }
            if case .function = heap[v].payload { continue }
            if !declaredGlobal.contains(n), !taintedTargets(stmt).contains(n), isDeeplyImmutable(v) { continue }
            stoppedGlobals[frame.moduleObject, default: [:]][n] = text
        }
    }

    /// The names a top-level statement assigns.
    private func taintedTargets(_ stmt: Stmt) -> Set<String> {
        var out = Set<String>()
        IRWalk.statements(in: [stmt]) { s in
            switch s.kind {
            case .assign(let ts, _): for t in ts { out.formUnion(Self.boundNames(t)) }
            case .augAssign(let t, _, _), .annAssign(let t, _, _), .forLoop(let t, _, _, _, _): out.formUnion(Self.boundNames(t))
            case .with(let items, _, _): for t in items.compactMap(\.target) { out.formUnion(Self.boundNames(t)) }
            default: break
            }
        }
        return out
    }

    /// The names an assignment target binds (`a`, `a, (b, *c)`).
    static func boundNames(_ e: Expr) -> [String] {
        switch e.kind {
        case .name(let n): return [n]
        case .tuple(let xs), .list(let xs): return xs.flatMap(boundNames)
        case .starred(let x): return boundNames(x)
        default: return []
        }
    }

    /// A value no code can change in place: an atom, or a tuple or frozenset of such values.
    func isDeeplyImmutable(_ id: ObjID, depth: Int = 0) -> Bool {
        guard depth < 4 else { return false }
        switch heap[id].payload {
        case .atom: return true
        case .tuple(let xs): return xs.count <= 256 && xs.allSatisfy { isDeeplyImmutable($0, depth: depth + 1) }
        case .set(let s) where heap[id].typeName == "frozenset":
            return s.count <= 256 && s.keys.allSatisfy { isDeeplyImmutable($0, depth: depth + 1) }
        default: return false
        }
    }

    /// The names a top-level statement binds: given values the model does not know when unbound,
    /// and marked as stopped with `why`.
    /// Returns the names it bound anew to unknown values: an assignment that did not finish leaves
    /// them unknown, not half built, so reading them is reading an unknown value and nothing more.
    @discardableResult
    func taintWrites(of stmt: Stmt, _ frame: Frame, why: String) -> Set<String> {
        var unknownNow = Set<String>()
        var targets: [Expr] = []
        switch stmt.kind {
        case .assign(let ts, _): targets = ts
        case .augAssign(let t, _, _), .annAssign(let t, _, _): targets = [t]
        case .forLoop(let t, _, _, _, _): targets = [t]
        case .with(let items, _, _): targets = items.compactMap(\.target)
        default: break
        }
        for n in targets.flatMap(Self.boundNames) {
            if global(n, in: frame.moduleObject) == nil {
                setGlobal(n, opaque(site: stmt.range.lowerBound), in: frame.moduleObject)
                if case .assign = stmt.kind { unknownNow.insert(n); continue }
                if case .annAssign = stmt.kind { unknownNow.insert(n); continue }
            }
            stoppedGlobals[frame.moduleObject, default: [:]][n] = why
        }
        return unknownNow
    }
}

/// Which module of an import cycle a program imports first. CPython runs a cycle's bodies in the
/// order its imports reach them: entered through another member, the analysed module runs while
/// that member is still partially initialised (`from stock import StockItem` then fails, and a
/// fallback such as `StockItem = None` is what the module keeps). Importing the analysed module
/// first would run the cycle the other way round.
enum ImportCycleOrder {
    /// The cycle member through which every script of the application (the project modules that
    /// import `name`, directly or through others, and that nothing imports) enters the import
    /// cycle holding `name`, when they all enter it through the same member and that member is not
    /// `name`; nil otherwise (no cycle, scripts that disagree, a distributed package, whose users
    /// may import it in any order, or more modules than a quick look covers).
    static func entry(of name: String, provider: ModuleProvider) -> String? {
        guard !provider.distributesPackage(of: name), provider.module(named: name)?.origin == .project,
              !provider.importerNames(of: name).isEmpty else { return nil }
        let cap = 48
        var importsMemo: [String: [String]] = [:]
        func imports(_ m: String) -> [String] {
            if let known = importsMemo[m] { return known }
            guard let p = provider.module(named: m), p.origin == .project else { importsMemo[m] = []; return [] }
            let out = p.module.importTimeModuleNames(packageName: p.isPackage ? p.name : nil)
                .filter { !$0.hasSuffix(".*") && $0 != m && provider.module(named: $0)?.origin == .project }
            importsMemo[m] = out
            return out
        }
        /// Project modules reachable from `m` by import-time imports (nil past the cap).
        func reach(_ m: String) -> Set<String>? {
            var seen: Set<String> = [m]
            var queue = [m]
            while let n = queue.popLast() {
                for i in imports(n) where seen.insert(i).inserted {
                    if seen.count > cap { return nil }
                    queue.append(i)
                }
            }
            return seen
        }
        guard let forward = reach(name) else { return nil }
        var cycle: Set<String> = [name]
        for m in forward where m != name {
            guard let back = reach(m) else { return nil }
            if back.contains(name) { cycle.insert(m) }
        }
        guard cycle.count > 1 else { return nil }
        // The scripts: importers of the cycle's modules, a few levels up, that nothing imports.
        var scripts: [String] = []
        var seen = cycle
        var frontier = Array(cycle)
        for _ in 0..<4 where !frontier.isEmpty {
            var next: [String] = []
            for m in frontier {
                for i in provider.importerNames(of: m) + provider.importerNames(of: m + ".*") where seen.insert(i).inserted {
                    guard provider.module(named: i)?.origin == .project else { continue }
                    if seen.count > cap { return nil }
                    next.append(i)
                    if provider.importerNames(of: i).allSatisfy({ $0 == i }) { scripts.append(i) }
                }
            }
            frontier = next
        }
        guard !scripts.isEmpty else { return nil }
        // Each script's imports, depth first in statement order as CPython runs them (a module
        // already imported is not run again): the first cycle member they reach.
        var entries = Set<String>()
        for s in scripts {
            var visited = Set<String>()
            func first(_ m: String) -> String? {
                if cycle.contains(m) { return m }
                guard visited.insert(m).inserted, visited.count <= cap * 2 else { return nil }
                for i in imports(m) where !visited.contains(i) {
                    if let e = first(i) { return e }
                }
                return nil
            }
            if let e = first(s) { entries.insert(e) }
        }
        guard entries.count == 1, let e = entries.first, e != name else { return nil }
        return e
    }
}
