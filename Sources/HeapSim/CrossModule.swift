import PythonModel
import Project

/// Whole-project pieces of the default-argument driver, kept apart from it: callers of the function
/// in other modules, and the store statements of other modules' functions the default was handed to.
extension ModuleSimulation {
    /// A function of another module that calls the candidate's function (by name or `mod.name`).
    struct ForeignCaller {
        var module: ProvidedModule
        var function: FunctionDef
    }

    /// Callers of `def` in project modules that import this one, when the module itself has none:
    /// the scenario then runs them as the driver runs visible callers. Empty for methods, nested
    /// functions, functions the module calls, and when no provider is set.
    func foreignCallers(of def: FunctionDef, parameter p: Parameter) -> [ForeignCaller] {
        guard let provider = options.modules, def.enclosingClass == nil, def.enclosingFunction == nil, !def.isLambda,
              callGraph.sites(of: def).isEmpty, !callGraph.escapes(def) else { return [] }
        var out: [ForeignCaller] = []
        var defaultInPlay = false
        let positional = def.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
        // Names first (no lowering); a module imported by more than a few others is left to the
        // outside-caller scenario (as for one file alone): scanning only some importers could miss
        // the caller that grows it, and lowering hundreds of them is what made one file of the
        // standard library (test.support) cost 15 s and 280 MB.
        let names = provider.importerNames(of: module.name).filter { $0 != module.name }
        guard names.count <= 8 else { return [] }
        for name in names {
            guard let importer = provider.module(named: name), importer.origin == .project else { continue }
            for site in foreignSites(in: importer, of: def) {
                let args = site.arguments
                if !args.contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) {
                    // Does this call leave the candidate's default in play?
                    let passed = args.contains { $0.kind == .keyword && $0.name == p.name }
                        || (positional.firstIndex { $0.name == p.name }.map { args.filter { $0.kind == .positional }.count > $0 } ?? false)
                    if !passed { defaultInPlay = true }
                } else { defaultInPlay = true }
                guard let caller = site.caller, caller.enclosingFunction == nil, caller.enclosingClass == nil, !caller.isLambda,
                      !out.contains(where: { $0.module.name == importer.name && $0.function.id == caller.id }) else { continue }
                out.append(ForeignCaller(module: importer, function: caller))
            }
        }
        // Every call passes every default: the hazard is latent, run as an outside caller would.
        return defaultInPlay ? out : []
    }

    /// Scenario calls of the foreign callers: their modules imported into `interp` (once), then each
    /// caller called with fresh arguments. Callers whose function object does not exist are skipped.
    func foreignEntries(_ interp: Interpreter, _ callers: [ForeignCaller]) throws -> [(Interpreter) throws -> ObjID] {
        var out: [(Interpreter) throws -> ObjID] = []
        for c in callers {
            guard try interp.importModule(c.module.name, site: 0) != nil, let u = interp.unitIndex(named: c.module.name),
                  let f = (interp.functionObjects[ModuleKey.make(u, c.function.id)] ?? []).first(where: { interp.isAlive($0) })
            else { continue }
            let def = c.function
            out.append { i in
                let callable = i.wrapperReaching(f) ?? f
                let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                let result = try i.call(callable, args, kwargs, site: def.range.lowerBound, frame: i.moduleFrame())
                try i.useResult(result, site: def.range.lowerBound)
                return result
            }
        }
        return out
    }

    /// What one policy's run reached in other modules, by module name (unit indices differ between
    /// interpreters), and the handoffs of the candidate into their functions.
    struct ForeignReach {
        var statements = Set<String>()
        var functions = Set<String>()
        var handoffs = Set<String>()
        var handoffList: [(module: String, function: Int, parameter: String)] = []

        static func key(_ module: String, _ offset: Int) -> String { module + ":" + String(offset) }

        mutating func add(_ interp: Interpreter) {
            for s in interp.reachedStatements where ModuleKey.unit(s) != 0 {
                let u = ModuleKey.unit(s)
                guard u < interp.units.count else { continue }
                statements.insert(ForeignReach.key(interp.units[u].name, ModuleKey.raw(s)))
            }
            for f in interp.calledFunctions where ModuleKey.unit(f) != 0 {
                let u = ModuleKey.unit(f)
                guard u < interp.units.count else { continue }
                functions.insert(ForeignReach.key(interp.units[u].name, ModuleKey.raw(f)))
            }
            for h in interp.handoffs where h.unit < interp.units.count {
                let name = interp.units[h.unit].name
                // An object holding the candidate is followed like the candidate: anything done
                // through that parameter is a possible store.
                if handoffs.insert("\(name)#\(h.function)#\(h.parameter)").inserted {
                    handoffList.append((name, h.function, h.parameter))
                }
            }
        }
    }

    /// Statements of functions (of other modules, or of this one reached from them) the candidate
    /// was handed to that could store it and that no run reached: (module, offset) pairs. As for the
    /// module's own sites, one skipped inside a function that ran, on control flow decided from known
    /// values (`undecided` false), is dead for these callers; one in a function that never ran is not.
    func unreachedForeignSites(_ reach: ForeignReach, reachedHere: Set<Int>, calledHere: Set<Int>,
                               undecided: Bool) -> [(module: String, offset: Int)] {
        var out: [(String, Int)] = []
        for h in reach.handoffList {
            let m: Module?
            if h.module == module.name { m = module } else { m = options.modules?.module(named: h.module)?.module }
            guard let m, h.function < m.functions.count else { continue }
            let sites = StoreSites(module: m, function: m.functions[h.function], parameter: h.parameter).offsets
            for s in sites {
                let reached = h.module == module.name ? reachedHere.contains(s) : reach.statements.contains(ForeignReach.key(h.module, s))
                guard !reached else { continue }
                let inner = m.functions.filter { $0.range.contains(s) }.min { $0.range.count < $1.range.count }
                let ran = inner.map { f in
                    h.module == module.name ? calledHere.contains(f.id) : reach.functions.contains(ForeignReach.key(h.module, f.id))
                } ?? false
                if !ran || undecided { out.append((h.module, s)) }
            }
        }
        return out
    }
}

extension ModuleSimulation {
    /// Other modules whose module-level state (globals, their classes, containers and instances
    /// they hold; not through functions) keeps a candidate: any code of theirs may store into it.
    func foreignHolders(_ interp: Interpreter, _ candidates: [ObjID]) -> [String] {
        guard interp.units.count > 1, !candidates.isEmpty else { return [] }
        let wanted = Set(candidates)
        var out: [String] = []
        for unit in interp.units.dropFirst() {
            var stack = [unit.object]
            var seen = Set<ObjID>()
            var found = false
            while let id = stack.popLast(), !found, seen.count < 4_096 {
                guard seen.insert(id).inserted else { continue }
                if wanted.contains(id) { found = true; break }
                switch interp.heap.objects[id].payload {
                case .function, .boundMethod, .cacheWrapper, .descriptor, .partial: continue
                case .module where id != unit.object: continue
                default: break
                }
                for e in interp.heap.edges(id) where !seen.contains(e.target) { stack.append(e.target) }
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
    func foreignSites(in importer: ProvidedModule, of def: FunctionDef) -> [CallGraph.Site] {
        let me = module.name
        let package: [Substring] = importer.isPackage ? importer.name.split(separator: ".") : Array(importer.name.split(separator: ".").dropLast())
        var functionNames = Set<String>()
        var modulePaths = Set<String>()
        func visit(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .importModules(let aliases):
                    for a in aliases where a.name == me {
                        modulePaths.insert(a.asName ?? a.name)
                    }
                case .importFrom(let mod, let level, let names):
                    guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { break }
                    for a in names {
                        if base == me && (a.name == def.name || (a.name == "*" && !def.name.hasPrefix("_"))) {
                            functionNames.insert(a.name == "*" ? def.name : a.asName ?? a.name)
                        } else if (base.isEmpty ? a.name : base + "." + a.name) == me {
                            modulePaths.insert(a.asName ?? a.name)
                        }
                    }
                case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                    visit(b); visit(o)
                case .with(_, let b, _): visit(b)
                case .tryStmt(let b, let hs, let o, let f):
                    visit(b); for h in hs { visit(h.body) }; visit(o); visit(f)
                case .functionDef(let d): visit(d.body)
                case .classDef(let c): visit(c.body)
                default: break
                }
            }
        }
        visit(importer.module.body)
        guard !functionNames.isEmpty || !modulePaths.isEmpty else { return [] }
        func dotted(_ e: Expr) -> String? {
            switch e.kind {
            case .name(let n): return n
            case .attribute(let b, let n): return dotted(b).map { $0 + "." + n }
            default: return nil
            }
        }
        var out: [CallGraph.Site] = []
        func scan(_ body: [Stmt], _ owner: FunctionDef?) {
            IRWalk.expressions(in: body, intoFunctions: false) { e in
                guard case .call(let f, let args) = e.kind else { return }
                switch f.kind {
                case .name(let n) where functionNames.contains(n):
                    out.append(CallGraph.Site(arguments: args, caller: owner))
                case .attribute(let b, let n) where n == def.name:
                    if let path = dotted(b), modulePaths.contains(path) { out.append(CallGraph.Site(arguments: args, caller: owner)) }
                default: break
                }
            }
        }
        scan(importer.module.body, nil)
        for f in importer.module.functions { scan(f.body, f) }
        return out
    }
}
