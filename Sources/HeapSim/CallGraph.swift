import Foundation
import PythonModel

/// Who calls whom in one module, found by name: `f(...)` for a module-level function, `self.f(...)`
/// / `obj.f(...)` / `C.f(...)` for a method. Scenarios follow these visible callers.
public struct CallGraph {
    public struct Site {
        public var arguments: [Argument]
        /// The function whose body makes the call; nil for module level.
        public var caller: FunctionDef?
    }

    let module: Module
    /// Per owner (function id, or -1 for module level): calls by callee name, and names used as values.
    private var calls: [String: [Site]] = [:]
    /// Module functions called only as decorator factories of module-level statements
    /// (`@on("event")`): every closure they return is applied once, at import.
    private(set) var decoratorFactoriesOnly: Set<String> = []
    private var methodCalls: [String: [Site]] = [:]
    private(set) var valueNames: Set<String> = []
    /// `valueNames` but for the bases of the module's class statements (`class Strict(Pipeline)`):
    /// a class named only there is subclassed here, not handed to code elsewhere.
    private var valueNamesBesidesBases: Set<String> = []
    /// `super().name(...)` calls, by method name.
    private var superCalls: [String: [Site]] = [:]
    private var valueAttributes: Set<String> = []
    /// Reads `x.name` of a name that is a property of a class of the module: calls of its getter.
    private var propertyReads: [String: [Site]] = [:]
    /// `functools.partial(name, …)`: the arguments each partial binds, by function name (the name
    /// is also in `valueNames`: the partial's own callers are unknown).
    private var partials: [String: [[Argument]]] = [:]
    /// Lambdas written as the argument a builtin calls (`sorted(xs, key=lambda e: rank(e))`,
    /// `map(lambda r: r.id, rows)`), by id: called from the function that makes them, and
    /// handed nowhere else.
    private var handedLambdas: [Int: Site] = [:]
    /// The module's metaclasses (classes deriving from `type` or `abc.ABCMeta`), and for each the
    /// class statements it runs for (`metaclass=M`, or a base made by `M`): calls of its
    /// `__new__` and `__init__` with the name, the bases and the namespace.
    private var metaclassStatements: [String: [Site]] = [:]
    /// The names of the module's classes a metaclass of the module makes, by metaclass name:
    /// calling one of them calls the metaclass's `__call__`.
    private var metaclassInstances: [String: [String]] = [:]
    /// The module's metaclasses (`metaclassesOf`).
    private var metaclassNames = Set<String>()
    /// Answers of `sites(of:)`, `escapes`, `inheritingSubclasses` and `entryPoints`, which depend only on the
    /// graph: walking callers up (`entryPoints`) asks them again and again for the same functions.
    private let memo = Memo()

    /// (Keyed by object identity, holding the object: a function of another module asked about
    /// is not freed while its answer is kept, so no other object can take its identity.)
    private final class Memo: @unchecked Sendable {
        let lock = NSLock()
        var sites: [ObjectIdentifier: (FunctionDef, [Site])] = [:]
        var escapes: [ObjectIdentifier: (FunctionDef, Bool)] = [:]
        var subclasses: [String: [ObjectIdentifier: (ClassDef, [ClassDef])]] = [:]
        /// (Without and with `evenIfEscaping`.)
        var entryPoints: [[ObjectIdentifier: (FunctionDef, [FunctionDef]?)]] = [[:], [:]]
    }

    public init(module: Module) {
        self.module = module
        let propertyNames = Set(module.functions.filter { CallGraph.isPropertyGetter($0) }.map(\.name))
        // Names module-level `import` statements bind to modules: `itertools.count(1)` is a call of
        // the module's function, no method call of a class named like it.
        var moduleAliases = Set<String>()
        for st in module.body {
            guard case .importModules(let aliases) = st.kind else { continue }
            for a in aliases { moduleAliases.insert(a.asName ?? String(a.name.split(separator: ".").first ?? "")) }
        }
        let classGetitemClasses = Set(module.classes.filter { c in
            c.enclosingFunction == nil && c.methods.contains { $0.name == "__class_getitem__" }
        }.map(\.name))
        let metaclasses = CallGraph.metaclassesOf(module)
        metaclassNames = metaclasses.names
        var metaclassKeywords = Set<Int>()
        for c in module.classes {
            for k in c.keywords where k.name == "metaclass" {
                if case .name(let n) = k.value.kind, metaclasses.names.contains(n) { metaclassKeywords.insert(k.value.range.lowerBound) }
            }
            guard let m = metaclasses.of[c.name] else { continue }
            // (What the statement passes: the name, the bases and the namespace, then its keywords.)
            let made = (0..<3).map { _ in Argument(kind: .positional, value: Expr(.name(c.name), c.range)) }
            metaclassStatements[m, default: []].append(Site(arguments: made + c.keywords.filter { $0.name != "metaclass" }, caller: c.enclosingFunction))
            metaclassInstances[m, default: []].append(c.name)
        }
        func scan(_ body: [Stmt], _ owner: FunctionDef?) {
            var callees = Set<Int>()
            var refs: [(Int, String, Bool)] = []
            let partialAliases = owner == nil ? [:] : CallGraph.localPartials(in: body)
            for p in partialAliases.values { callees.insert(p.function.range.lowerBound) }
            // The whole callee expressions of calls: `widget.style.get(…)` calls `get` but reads the
            // property `style` (both start at the same byte, so `callees` alone would hide the read).
            var calledSpans = Set<ByteRange>()
            var attributeSpans: [Int: [(ByteRange, String)]] = [:]
            IRWalk.expressions(in: body, intoFunctions: false) { e in
                switch e.kind {
                case .call(let f, let args):
                    calledSpans.insert(f.range)
                    // `type(name, (Base,), ns)` makes a class: it calls the bases'
                    // `__init_subclass__` from here, as a class statement does.
                    if case .name("type") = f.kind, args.count == 3, args.allSatisfy({ $0.kind == .positional }),
                       case .tuple(let bases) = args[1].value.kind, !bases.isEmpty {
                        methodCalls["__init_subclass__", default: []].append(Site(arguments: [], caller: owner))
                    }
                    // A function handed to a builtin that calls it (`filter(obj.accept, xs)`,
                    // `map(f, xs)`, `sorted(xs, key=f)`) is called from here, not escaped.
                    if let takesKey = CallGraph.callsItsArguments(f) {
                        let handed = takesKey ? args.filter { $0.name == "key" } : Array(args.filter { $0.kind == .positional }.prefix(1))
                        for a in handed { if case .lambda(let l) = a.value.kind { handedLambdas[l.id] = Site(arguments: [], caller: owner) } }
                        // (`map(f, xs, ys)` passes one item of each iterable; the others, their own.)
                        let passed = CallGraph.mapLike(f) ? CallGraph.itemsPassed(by: args) : []
                        for a in handed {
                            switch a.value.kind {
                            case .name(let n):
                                calls[n, default: []].append(Site(arguments: passed, caller: owner))
                                callees.insert(a.value.range.lowerBound)
                            case .attribute(_, let n):
                                methodCalls[n, default: []].append(Site(arguments: passed, caller: owner))
                                callees.insert(a.value.range.lowerBound)
                            default: break
                            }
                        }
                    }
                    // `loop.call_soon(f, *args)`: a call of f with those arguments from here.
                    if let (callable, passed) = CallGraph.scheduledCall(f, args) {
                        switch callable.kind {
                        case .name(let n):
                            calls[n, default: []].append(Site(arguments: passed, caller: owner))
                            callees.insert(callable.range.lowerBound)
                        case .attribute(_, let n):
                            methodCalls[n, default: []].append(Site(arguments: passed, caller: owner))
                            callees.insert(callable.range.lowerBound)
                        default: break
                        }
                    }
                    if CallGraph.isPartial(f), let first = args.first, first.kind == .positional, case .name(let n) = first.value.kind {
                        partials[n, default: []].append(Array(args.dropFirst()))
                    }
                    // `threading.Thread(target=f, args=…)`: started, it calls f with those arguments.
                    if CallGraph.isThreadConstructor(f), let t = args.first(where: { $0.kind == .keyword && $0.name == "target" }),
                       case .name(let n) = t.value.kind {
                        var passed: [Argument] = []
                        if let a = args.first(where: { $0.kind == .keyword && $0.name == "args" }) {
                            if case .tuple(let items) = a.value.kind, !items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                                passed = items.map { Argument(kind: .positional, value: $0) }
                            } else {
                                passed = [Argument(kind: .starred, value: a.value)]
                            }
                        }
                        if let k = args.first(where: { $0.kind == .keyword && $0.name == "kwargs" }) {
                            passed.append(Argument(kind: .doubleStarred, value: k.value))
                        }
                        calls[n, default: []].append(Site(arguments: passed, caller: owner))
                        callees.insert(t.value.range.lowerBound)
                    }
                    // `getattr(self, "do_" + cmd)`, `getattr(sys.modules[__name__], f"export_{fmt}")`,
                    // `operator.methodcaller("on_" + name)`: a call, from here, of whichever function
                    // or method of the module has a name with that prefix (with arguments unseen).
                    if args.count >= 2 || CallGraph.isMethodCaller(f), let nameArg = CallGraph.isMethodCaller(f) ? args.first : args[1],
                       CallGraph.isMethodCaller(f) || { if case .name("getattr") = f.kind { return true } else { return false } }(),
                       let prefix = CallGraph.constantPrefix(nameArg.value), prefix.count >= 2 {
                        dynamicPrefixes.append((prefix, owner))
                    }
                    // `isinstance(x, Handler)` tests the class; it neither calls nor keeps it.
                    if case .name(let fn) = f.kind, fn == "isinstance" || fn == "issubclass", args.count == 2,
                       args[1].kind == .positional {
                        if case .tuple(let items) = args[1].value.kind {
                            for t in items { if case .name = t.kind { callees.insert(t.range.lowerBound) } }
                        } else if case .name = args[1].value.kind {
                            callees.insert(args[1].value.range.lowerBound)
                        }
                    }
                    switch f.kind {
                    case .name(let n):
                        calls[n, default: []].append(Site(arguments: args, caller: owner))
                        callees.insert(f.range.lowerBound)
                        if let p = partialAliases[n], case .name(let target) = p.function.kind {
                            // `check(row)` of `check = partial(validate_row, rules=…)`: a call of
                            // validate_row with the bound arguments first.
                            calls[target, default: []].append(Site(arguments: CallGraph.merged(p.bound, args), caller: owner))
                        }
                    case .attribute(let base, let n):
                        if case .name(let b) = base.kind, moduleAliases.contains(b) {
                            callees.insert(f.range.lowerBound)
                            break
                        }
                        methodCalls[n, default: []].append(Site(arguments: args, caller: owner))
                        callees.insert(f.range.lowerBound)
                        if case .call(let s, let sargs) = base.kind, case .name("super") = s.kind, sargs.isEmpty {
                            superCalls[n, default: []].append(Site(arguments: args, caller: owner))
                        } else if case .name(let baseClass) = base.kind, let o = owner, o.name == n,
                                  let own = o.enclosingClass, own.name != baseClass,
                                  let first = args.first, first.kind == .positional, case .name(let s) = first.value.kind,
                                  s == o.parameters.first?.name {
                            // `Base.name(self, …)` in an override of `name`: the base method called
                            // as `super().name(…)` would be (without the explicit `self`).
                            superCalls[n, default: []].append(Site(arguments: Array(args.dropFirst()), caller: owner))
                        }
                    default: break
                    }
                case .subscript(let base, let index):
                    // `Batch[Row]` of a module class that defines `__class_getitem__`: a call of it
                    // with the index, from here (the class itself is not handed out).
                    if case .name(let n) = base.kind, classGetitemClasses.contains(n) {
                        methodCalls["__class_getitem__", default: []].append(Site(arguments: [Argument(kind: .positional, value: index)], caller: owner))
                        callees.insert(base.range.lowerBound)
                    }
                case .name(let n): refs.append((e.range.lowerBound, n, false))
                case .attribute(let base, let n):
                    refs.append((e.range.lowerBound, n, true))
                    if propertyNames.contains(n) { attributeSpans[e.range.lowerBound, default: []].append((e.range, n)) }
                    // Reading a function's own metadata (`command.__defaults__[0]`, `f.__name__`)
                    // hands out no callable: not a use as a value. (What is read is simulated
                    // where the reading code runs.)
                    if CallGraph.functionMetadata.contains(n), case .name = base.kind { callees.insert(base.range.lowerBound) }
                default: break
                }
            }
            for pos in attributeSpans.keys.sorted() where callees.contains(pos) {
                let spans = attributeSpans[pos] ?? []
                // A property read at the start of a callee it is not itself (`w.style.get(k)`).
                for (span, name) in spans where !calledSpans.contains(span) {
                    propertyReads[name, default: []].append(Site(arguments: [], caller: owner))
                }
            }
            for (pos, name, isAttribute) in refs where !callees.contains(pos) {
                if isAttribute && propertyNames.contains(name) {
                    // Reading a property runs its getter here.
                    propertyReads[name, default: []].append(Site(arguments: [], caller: owner))
                } else if isAttribute { valueAttributes.insert(name) } else if !decoratorUses.contains(pos) && !metaclassKeywords.contains(pos) {
                    valueNames.insert(name)
                    if !baseUses.contains(pos) { valueNamesBesidesBases.insert(name) }
                }
            }
        }
        // Names made from a constant prefix and looked up (`getattr(self, "do_" + cmd)`), by owner.
        var dynamicPrefixes: [(String, FunctionDef?)] = []
        // `@name` on a def or class calls name(the function) where the def runs: a call site, not an escape.
        var decoratorUses = Set<Int>()
        var baseUses = Set<Int>()
        for c in module.classes {
            for b in c.bases { if case .name = b.kind { baseUses.insert(b.range.lowerBound) } }
        }
        func noteDecorators(_ decorators: [Expr], owner: FunctionDef?) {
            for d in decorators {
                guard case .name(let n) = d.kind else { continue }
                decoratorUses.insert(d.range.lowerBound)
                calls[n, default: []].append(Site(arguments: [Argument(kind: .positional, value: d)], caller: owner))
            }
        }
        for f in module.functions { noteDecorators(f.decorators, owner: f.enclosingFunction) }
        for c in module.classes { noteDecorators(c.decorators, owner: c.enclosingFunction) }
        // `@on("order.created")` on module-level defs and classes: calls of a decorator factory
        // whose result is applied once, where the statement runs.
        var factoryCalls: [String: Int] = [:]
        for d in module.functions.filter({ $0.enclosingFunction == nil && $0.enclosingClass == nil }).flatMap(\.decorators)
            + module.classes.filter({ $0.enclosingFunction == nil }).flatMap(\.decorators) {
            if case .call(let callee, _) = d.kind, case .name(let n) = callee.kind { factoryCalls[n, default: 0] += 1 }
        }

        // A class statement with bases calls the bases' `__init_subclass__` with its keywords.
        for c in module.classes where !c.bases.isEmpty {
            methodCalls["__init_subclass__", default: []].append(
                Site(arguments: c.keywords.filter { $0.name != "metaclass" }, caller: c.enclosingFunction))
        }
        // A class statement calls `__set_name__(owner, name)` on each value its body binds to an
        // instance (a descriptor made in the body: `email = Field()`).
        for c in module.classes {
            for st in c.body {
                guard case .assign(let targets, let value) = st.kind, case .call = value.kind,
                      targets.contains(where: { if case .name = $0.kind { return true } else { return false } }) else { continue }
                methodCalls["__set_name__", default: []].append(Site(arguments: [], caller: c.enclosingFunction))
            }
        }
        scan(module.body, nil)
        for f in module.functions {
            scan(f.body, f)
        }
        for (n, count) in factoryCalls where (calls[n] ?? []).count == count { decoratorFactoriesOnly.insert(n) }
        for (prefix, owner) in dynamicPrefixes {
            for f in module.functions where f.enclosingFunction == nil && !f.isLambda && f.name.count > prefix.count && f.name.hasPrefix(prefix) {
                if f.enclosingClass != nil {
                    methodCalls[f.name, default: []].append(Site(arguments: [], caller: owner))
                } else {
                    calls[f.name, default: []].append(Site(arguments: [], caller: owner))
                }
            }
        }

    }

    /// `operator.methodcaller(name, …)`.
    static func isMethodCaller(_ f: Expr) -> Bool {
        if case .attribute(let b, "methodcaller") = f.kind, case .name("operator") = b.kind { return true }
        if case .name("methodcaller") = f.kind { return true }
        return false
    }

    /// The constant text a computed name starts with: `"do_" + cmd`, `f"export_{fmt}"`,
    /// `"on_%s" % name`, `"visit_" + type(node).__name__`.
    static func constantPrefix(_ e: Expr) -> String? {
        switch e.kind {
        case .binary(.add, let l, _), .binary(.mod, let l, _):
            if case .constant(.string(let t)) = l.kind {
                if case .binary(.mod, _, _) = e.kind { return t.prefix { $0 != "%" }.isEmpty ? nil : String(t.prefix { $0 != "%" }) }
                return t
            }
            return constantPrefix(l)
        case .fstring(let f):
            return f.literalPrefix.flatMap { $0.isEmpty ? nil : $0 }
        default: return nil
        }
    }

    /// Methods of event loops and executors that call a callback later with the arguments that
    /// follow it: the callback's position (and whether keywords are passed on to it).
    static let scheduling: [String: (index: Int, keywords: Bool)] = [
        "call_soon": (0, false), "call_soon_threadsafe": (0, false), "call_later": (1, false), "call_at": (1, false),
        "run_in_executor": (1, false), "submit": (0, true),
    ]

    /// `loop.call_soon(f, *args)` and the like: the callback's index among the arguments, when
    /// the arguments up to it are positional.
    static func scheduledIndex(_ f: Expr, _ args: [Argument]) -> (index: Int, keywords: Bool)? {
        guard case .attribute(_, let m) = f.kind, let s = scheduling[m], args.count > s.index,
              args.prefix(s.index + 1).allSatisfy({ $0.kind == .positional }) else { return nil }
        return s
    }

    /// The callback a scheduling call names and the arguments it is called with.
    static func scheduledCall(_ f: Expr, _ args: [Argument]) -> (callable: Expr, arguments: [Argument])? {
        guard let s = scheduledIndex(f, args) else { return nil }
        let rest = args.dropFirst(s.index + 1).filter { s.keywords || $0.kind != .keyword }
        let callable = args[s.index].value
        // `submit(functools.partial(f, *bound, **kw), *args)`: f gets the bound arguments first.
        if case .call(let p, let bound) = callable.kind, isPartial(p), let first = bound.first, first.kind == .positional {
            let positional = bound.dropFirst().filter { $0.kind == .positional || $0.kind == .starred }
            let keywords = bound.dropFirst().filter { $0.kind == .keyword || $0.kind == .doubleStarred }
            return (first.value, Array(positional) + rest.filter { $0.kind != .keyword } + keywords + rest.filter { $0.kind == .keyword })
        }
        return (callable, Array(rest))
    }

    /// Attributes of a function object that are data about it, not it.
    static let functionMetadata: Set<String> = [
        "__defaults__", "__kwdefaults__", "__name__", "__qualname__", "__doc__", "__module__", "__annotations__",
    ]

    static func isPartial(_ callee: Expr) -> Bool {
        if case .name("partial") = callee.kind { return true }
        if case .attribute(let b, "partial") = callee.kind, case .name("functools") = b.kind { return true }
        return false
    }

    /// `check = functools.partial(f, *bound, **kw)` in a function body, assigned once, whose every
    /// other use in the function (nested functions included) calls it: by local name, f and what
    /// the partial binds. Such a partial never leaves the function: its calls are f's calls.
    static func localPartials(in body: [Stmt]) -> [String: (function: Expr, bound: [Argument])] {
        var found: [String: (function: Expr, bound: [Argument])] = [:]
        var assignments: [String: Int] = [:]
        IRWalk.statements(in: body) { s in
            switch s.kind {
            case .assign(let targets, let value):
                for t in targets { if case .name(let x) = t.kind { assignments[x, default: 0] += 1 } }
                guard targets.count == 1, case .name(let x) = targets[0].kind, case .call(let f, let args) = value.kind,
                      isPartial(f), let first = args.first, first.kind == .positional, case .name = first.value.kind,
                      !args.dropFirst().contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) else { return }
                found[x] = (first.value, Array(args.dropFirst()))
            case .augAssign(let t, _, _), .annAssign(let t, _, _):
                if case .name(let x) = t.kind { assignments[x, default: 0] += 1 }
            case .forLoop(let t, _, _, _, _):
                IRWalk.expressions(in: [Stmt(.expr(t), t.range)], intoFunctions: false) { e in
                    if case .name(let x) = e.kind { assignments[x, default: 0] += 1 }
                }
            default: break
            }
        }
        found = found.filter { assignments[$0.key] == 1 }
        guard !found.isEmpty else { return [:] }
        // Every mention of the name: the assignment's target, then callees only.
        var mentions: [String: Int] = [:]
        var called: [String: Int] = [:]
        IRWalk.expressions(in: body, intoFunctions: true) { e in
            switch e.kind {
            case .name(let x) where found[x] != nil: mentions[x, default: 0] += 1
            case .call(let f, _): if case .name(let x) = f.kind, found[x] != nil { called[x, default: 0] += 1 }
            default: break
            }
        }
        return found.filter { mentions[$0.key] == 1 + (called[$0.key] ?? 0) }
    }

    /// The arguments a call of a partial passes to its function: the bound positionals, then the
    /// call's; the bound keywords the call does not name again, then the call's.
    static func merged(_ bound: [Argument], _ call: [Argument]) -> [Argument] {
        let named = Set(call.compactMap { $0.kind == .keyword ? $0.name : nil })
        let positional = bound.filter { $0.kind == .positional } + call.filter { $0.kind == .positional || $0.kind == .starred }
        let keywords = bound.filter { $0.kind == .keyword && !named.contains($0.name ?? "") }
            + call.filter { $0.kind == .keyword || $0.kind == .doubleStarred }
        return positional + keywords
    }

    /// A module-level function used as a value only by `functools.partial` objects that all bind
    /// `parameter` (`partial(emit, buffer=_RING)`), and called directly only with it: whoever calls
    /// those partials, the default is never in play here (a latent hazard).
    public func onlyPartialsBinding(_ parameter: Parameter, of def: FunctionDef) -> Bool {
        guard def.enclosingClass == nil, !def.isLambda, def.decorators.isEmpty,
              let bound = partials[def.name], !bound.isEmpty else { return false }
        // Every use as a value is one of those partials.
        var uses = 0
        IRWalk.expressions(in: module.body) { e in
            if case .name(let n) = e.kind, n == def.name { uses += 1 }
        }
        let direct = sites(of: def).filter { $0.caller?.id != def.id }
        // (Each partial names it once; direct calls name it once each.)
        guard uses == bound.count + direct.count else { return false }
        return sitesPass(bound.map { Site(arguments: $0, caller: nil) } + direct, parameter, of: def)
    }

    static func isThreadConstructor(_ callee: Expr) -> Bool {
        if case .name("Thread") = callee.kind { return true }
        if case .attribute(let b, "Thread") = callee.kind, case .name("threading") = b.kind { return true }
        return false
    }

    /// `map(f, *iterables)`, and `executor.map` / `pool.imap` / … of the same shape: f gets one
    /// item of each iterable per call.
    static func mapLike(_ callee: Expr) -> Bool {
        switch callee.kind {
        case .name("map"): return true
        case .attribute(_, let n): return ["map", "imap", "imap_unordered", "map_async"].contains(n)
        default: return false
        }
    }

    /// The arguments a map-like call passes to its function: one positional per iterable (a
    /// starred one for `*iterables`).
    static func itemsPassed(by args: [Argument]) -> [Argument] {
        args.dropFirst().compactMap { a in
            switch a.kind {
            case .positional: return Argument(kind: .positional, value: a.value)
            case .starred: return Argument(kind: .starred, value: a.value)
            default: return nil
            }
        }
    }

    /// Builtins the simulation models that call the functions they are given.
    /// nil: not such a builtin; true: it calls its `key=` argument; false: its first argument.
    static func callsItsArguments(_ callee: Expr) -> Bool? {
        switch callee.kind {
        case .name(let n):
            if ["sorted", "min", "max"].contains(n) { return true }
            return ["filter", "map", "reduce"].contains(n) ? false : nil
        case .attribute(let b, let n):
            if n == "sort" { return true }
            // `executor.map(f, xs)`, `pool.imap(f, xs)`: f is called with the items.
            if ["map", "imap", "imap_unordered", "map_async"].contains(n) { return false }
            if case .name(let m) = b.kind, (m == "functools" && n == "reduce")
                || (m == "itertools" && ["starmap", "filterfalse", "takewhile", "dropwhile"].contains(n)) { return false }
            return nil
        default: return nil
        }
    }

    public func sites(of def: FunctionDef) -> [Site] {
        let key = ObjectIdentifier(def)
        memo.lock.lock()
        let known = memo.sites[key]
        memo.lock.unlock()
        if let known { return known.1 }
        let found = computeSites(of: def)
        memo.lock.lock()
        memo.sites[key] = (def, found)
        memo.lock.unlock()
        return found
    }

    private func computeSites(of def: FunctionDef) -> [Site] {
        guard !def.isLambda else { return handedLambdas[def.id].map { [$0] } ?? [] }
        guard let cls = def.enclosingClass else { return calls[def.name] ?? [] }
        var found = methodCalls[def.name] ?? []
        // Creating an instance calls `__init__`: `Article(...)` is a call site of `Article.__init__`.
        if def.name == "__init__" {
            // (And creating an instance of a subclass of the module that inherits this `__init__`:
            // `StrictPipeline()` runs `Pipeline.__init__`.)
            let made = [cls] + inheritingSubclasses(of: cls, method: "__init__")
            let ids = Set(made.map(\.id))
            for c in made { found += calls[c.name] ?? [] }
            // `cls(...)` in a classmethod of the class (an alternative constructor).
            found += (calls["cls"] ?? []).filter { site in
                guard let caller = site.caller, let owner = caller.enclosingClass, ids.contains(owner.id) else { return false }
                return caller.decorators.contains { if case .name("classmethod") = $0.kind { return true } else { return false } }
            }
        }
        if CallGraph.isPropertyGetter(def) { found += propertyReads[def.name] ?? [] }
        if def.name == "__new__" || def.name == "__init__", let statements = metaclassStatements[cls.name] {
            // A metaclass's constructor runs for each class statement it makes (and for calls of
            // the metaclass, found above by its name).
            found += statements
        }
        if def.name == "__call__", let made = metaclassInstances[cls.name] {
            for c in made { found += calls[c] ?? [] }
        }
        return found
    }

    /// The module's metaclasses by name, and the metaclass of each class of the module that one
    /// of them makes (named by `metaclass=`, or inherited from a base of the module), found by name.
    static func metaclassesOf(_ module: Module) -> (names: Set<String>, of: [String: String]) {
        func baseName(_ e: Expr) -> String? {
            switch e.kind {
            case .name(let n): return n
            case .attribute(_, let n): return n
            default: return nil
            }
        }
        var names = Set<String>()
        var of: [String: String] = [:]
        var changed = true
        var rounds = 0
        while changed, rounds < 8 {
            changed = false
            rounds += 1
            for c in module.classes {
                if !names.contains(c.name), c.bases.contains(where: { b in baseName(b).map { $0 == "type" || $0 == "ABCMeta" || names.contains($0) } ?? false }) {
                    names.insert(c.name)
                    changed = true
                }
                guard of[c.name] == nil else { continue }
                var m: String?
                if let k = c.keywords.first(where: { $0.name == "metaclass" }), case .name(let n) = k.value.kind, names.contains(n) { m = n }
                if m == nil { m = c.bases.lazy.compactMap { b in baseName(b).flatMap { of[$0] } }.first }
                if let m { of[c.name] = m; changed = true }
            }
        }
        return (names, of)
    }

    /// The function is used as a value somewhere (passed, stored, returned, decorated away):
    /// callers may be anywhere, so it is an entry point.
    public func escapes(_ def: FunctionDef) -> Bool {
        let key = ObjectIdentifier(def)
        memo.lock.lock()
        let known = memo.escapes[key]
        memo.lock.unlock()
        if let known { return known.1 }
        let answer = computeEscapes(def)
        memo.lock.lock()
        memo.escapes[key] = (def, answer)
        memo.lock.unlock()
        return answer
    }

    private func computeEscapes(_ def: FunctionDef) -> Bool {
        if def.isLambda { return handedLambdas[def.id] == nil }
        if def.name == "__init__", let cls = def.enclosingClass {
            // The class, or a subclass of the module inheriting this `__init__`, used as a value
            // (not only as the base of a class statement here, whose instances are followed).
            if ([cls] + inheritingSubclasses(of: cls, method: "__init__")).contains(where: { valueNamesBesidesBases.contains($0.name) }) { return true }
            // (A subclass defined in a function: made anew each call, followed nowhere.)
            if module.classes.contains(where: { c in c.enclosingFunction != nil && c.bases.contains { if case .name(cls.name) = $0.kind { return true } else { return false } } }) { return true }
        }
        if !def.decorators.isEmpty && !isPlainMethodDecorator(def) { return true }
        return def.enclosingClass != nil ? valueAttributes.contains(def.name) : valueNames.contains(def.name)
    }

    /// A method decorated `@property` (or `@functools.cached_property`): reading the attribute calls it.
    static func isPropertyGetter(_ def: FunctionDef) -> Bool {
        guard def.enclosingClass != nil, def.decorators.count == 1, let d = def.decorators.first else { return false }
        if case .name(let n) = d.kind { return n == "property" || n == "cached_property" }
        if case .attribute(let b, "cached_property") = d.kind, case .name("functools") = b.kind { return true }
        return false
    }

    func isPlainMethodDecorator(_ def: FunctionDef) -> Bool {
        if CallGraph.isPropertyGetter(def) { return true }
        return def.decorators.allSatisfy { d in
            // (`@contextmanager` keeps the function callable by its name, with its arguments: its
            // callers are the callers of the name.)
            if case .name(let n) = d.kind {
                if ["staticmethod", "classmethod", "contextmanager", "asynccontextmanager"].contains(n) { return true }
                // (`@final`, `@override`, `@no_type_check` of `typing`: they hand back the function.)
                return Self.typingIdentityDecorators.contains(n) && importsFromTyping(n)
            }
            if case .attribute(let b, let n) = d.kind, case .name("contextlib") = b.kind {
                return n == "contextmanager" || n == "asynccontextmanager"
            }
            if case .attribute(let b, let n) = d.kind, case .name(let m) = b.kind, m == "typing" || m == "typing_extensions" {
                return Self.typingIdentityDecorators.contains(n)
            }
            return false
        }
    }

    /// Decorators of `typing` that return the function they decorate, unchanged.
    static let typingIdentityDecorators: Set<String> = ["final", "override", "no_type_check"]

    /// Whether the module binds `name` by `from typing import name` (or `typing_extensions`).
    func importsFromTyping(_ name: String) -> Bool {
        module.body.contains { st in
            guard case .importFrom(let m, 0, let names) = st.kind, m == "typing" || m == "typing_extensions" else { return false }
            return names.contains { $0.name == name && ($0.asName ?? $0.name) == name }
        }
    }

    /// The module's classes deriving from `cls` (by name, transitively) that inherit its `method`:
    /// neither they nor a class between them and `cls` define it.
    func inheritingSubclasses(of cls: ClassDef, method: String) -> [ClassDef] {
        let key = ObjectIdentifier(cls)
        memo.lock.lock()
        let known = memo.subclasses[method]?[key]
        memo.lock.unlock()
        if let known { return known.1 }
        let found = computeInheritingSubclasses(of: cls, method: method)
        memo.lock.lock()
        memo.subclasses[method, default: [:]][key] = (cls, found)
        memo.lock.unlock()
        return found
    }

    private func computeInheritingSubclasses(of cls: ClassDef, method: String) -> [ClassDef] {
        var out: [ClassDef] = []
        var frontier = [cls.name]
        var seen = Set([cls.id])
        while let base = frontier.popLast(), out.count < 32 {
            for sub in module.classes where !seen.contains(sub.id) && sub.enclosingFunction == nil
                && sub.bases.contains(where: { if case .name(base) = $0.kind { return true } else { return false } }) {
                seen.insert(sub.id)
                guard !sub.methods.contains(where: { $0.name == method }) else { continue }
                out.append(sub)
                frontier.append(sub.name)
            }
        }
        return out
    }

    /// True when there is at least one visible call, the function never escapes, and every call
    /// passes `parameter` (positionally, by keyword, or possibly through `*args` / `**kwargs`).
    /// A subclass in the module defines the same method: calls by name may reach the override,
    /// and the base method is reached through `super().name(...)`.
    func isOverridden(_ def: FunctionDef) -> Bool {
        guard let cls = def.enclosingClass else { return false }
        return module.classes.contains { sub in
            sub.id != cls.id && sub.bases.contains { if case .name(cls.name) = $0.kind { return true } else { return false } }
                && sub.methods.contains { $0.name == def.name }
        }
    }

    /// A call through `*args` / `**kwargs` (`log_event(name, **fields)`) may pass it; with
    /// `starredPasses: false` it is not known to (running that caller decides what it holds).
    public func allCalls(pass parameter: Parameter, of def: FunctionDef, starredPasses: Bool = true) -> Bool {
        // A function's calls to itself pass the default along; they are not callers. (One that
        // leaves the parameter out, `flatten(item, prefix)` in a walk that passes `out` at its
        // other calls, puts the default in play at that level, whatever the top call passed.)
        var sites = sites(of: def).filter {
            $0.caller?.id != def.id || !sitesPass([$0], parameter, of: def, starredPasses: starredPasses)
        }
        if isOverridden(def), let cls = def.enclosingClass {
            sites = superCalls[def.name] ?? []
            // (Creating an instance of the class, or of a subclass inheriting its `__init__`,
            // still calls it.)
            if def.name == "__init__" {
                for c in [cls] + inheritingSubclasses(of: cls, method: "__init__") { sites += calls[c.name] ?? [] }
            }
        }
        guard !sites.isEmpty, !escapes(def) else { return false }
        return sitesPass(sites, parameter, of: def, starredPasses: starredPasses)
    }

    /// Whether every one of `sites` passes `parameter` of `def` (positionally, by keyword, or,
    /// with `starredPasses`, possibly through `*args` / `**kwargs`).
    func sitesPass(_ sites: [Site], _ parameter: Parameter, of def: FunctionDef, starredPasses: Bool = true) -> Bool {
        var positionalIndex: Int?
        if parameter.kind == .positional || parameter.kind == .positionalOnly {
            let positional = def.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
            positionalIndex = positional.firstIndex { $0.name == parameter.name }
            if def.enclosingClass != nil, let i = positionalIndex, !isStatic(def) { positionalIndex = i - 1 }
        }
        for site in sites {
            let args = site.arguments
            if args.contains(where: { $0.kind == .keyword && $0.name == parameter.name }) { continue }
            if args.contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) {
                // A call forwarding the caller's own `*args` / `**kwargs` (`super().__init__(*args,
                // **kwargs)`) passes it only where the caller's own visible callers do.
                if let forwarded = forwardingPasses(site, parameter, of: def, positionalIndex: positionalIndex) {
                    if forwarded { continue }
                    return false
                }
                if starredPasses { continue }
                return false
            }
            if let i = positionalIndex, i >= 0, args.filter({ $0.kind == .positional }).count > i { continue }
            return false
        }
        return true
    }

    /// Whether a call site forwarding its caller's `*args` / `**kwargs` passes `parameter`, decided
    /// by the caller's own visible callers: nil when that cannot be told (the forwarded names are
    /// not the caller's variadic parameters, the caller escapes or has no visible caller).
    func forwardingPasses(_ site: Site, _ parameter: Parameter, of def: FunctionDef, positionalIndex: Int?) -> Bool? {
        guard let caller = site.caller, caller.id != def.id, !escapes(caller) else { return nil }
        let varPos = caller.parameters.first { $0.kind == .varPositional }?.name
        let varKw = caller.parameters.first { $0.kind == .varKeyword }?.name
        for a in site.arguments where a.kind == .starred || a.kind == .doubleStarred {
            guard case .name(let n) = a.value.kind, n == (a.kind == .starred ? varPos : varKw) else { return nil }
        }
        let outer = sites(of: caller).filter { $0.caller?.id != caller.id }
        guard !outer.isEmpty else { return nil }
        // Positions: the site's own positional arguments come first, then what the caller's
        // callers pass beyond the caller's named positional parameters.
        let explicit = site.arguments.filter { $0.kind == .positional }.count
        var named = caller.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }.count
        if caller.enclosingClass != nil, !isStatic(caller) { named -= 1 }
        for o in outer {
            let args = o.arguments
            if args.contains(where: { $0.kind == .keyword && $0.name == parameter.name }) {
                if site.arguments.contains(where: { $0.kind == .doubleStarred }) { continue }
                return false
            }
            // (Forwarded again from further out: not told here.)
            if args.contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) { return nil }
            guard let i = positionalIndex, i >= 0, site.arguments.contains(where: { $0.kind == .starred }) else { return false }
            let passedOn = max(0, args.filter { $0.kind == .positional }.count - named)
            if explicit + passedOn > i { continue }
            return false
        }
        return true
    }

    /// Calls in this module of a method named like `def` (of a class of another module):
    /// `x.name(...)` and `super().name(...)`: how many, whether all pass `parameter`, and whether
    /// the name is also used as a value here (a bound method handed on).
    public func methodCalls(like def: FunctionDef, passing parameter: Parameter) -> (count: Int, allPass: Bool, usedAsValue: Bool) {
        let found = methodCalls[def.name] ?? []
        return (found.count, sitesPass(found, parameter, of: def), valueAttributes.contains(def.name))
    }

    /// `x.name(...)` calls in this module (any receiver), with their callers.
    public func methodSites(named name: String) -> [Site] { methodCalls[name] ?? [] }

    /// `x.name` read as a value here (a bound method handed on, stored, passed).
    public func usesAttributeAsValue(_ name: String) -> Bool { valueAttributes.contains(name) }

    func isStatic(_ def: FunctionDef) -> Bool {
        def.decorators.contains { if case .name("staticmethod") = $0.kind { return true } else { return false } }
    }

    /// The functions a scenario should run to exercise `def` the way this module does: the roots of
    /// its visible callers (callers nobody visible calls). nil when `def` is itself an entry point
    /// (no visible caller, or it escapes). An empty list: only module-level code calls it.
    /// Special methods the interpreter calls without a visible call (`__repr__`, `__eq__`, …).
    func isImplicitlyCalled(_ f: FunctionDef) -> Bool {
        f.enclosingClass != nil && f.name.hasPrefix("__") && f.name.hasSuffix("__") && f.name != "__init__"
    }

    /// A lambda or nested function that `__enter__` (or `__aenter__`) of a class with `__exit__`
    /// returns as it is made (`return lambda action: …`, `return check`).
    func handedOutByEnter(_ f: FunctionDef) -> Bool {
        guard let outer = f.enclosingFunction, ["__enter__", "__aenter__"].contains(outer.name),
              let cls = outer.enclosingClass,
              module.functions.contains(where: { $0.enclosingClass?.id == cls.id && ["__exit__", "__aexit__"].contains($0.name) })
        else { return false }
        return outer.body.contains { st in
            guard case .returnValue(let v?) = st.kind else { return false }
            switch v.kind {
            case .lambda(let l): return f.isLambda && l.id == f.id
            case .name(let n): return !f.isLambda && n == f.name
            default: return false
            }
        }
    }

    /// Module-level functions nothing in the file calls: where the module's work starts.
    var moduleEntries: [FunctionDef] {
        module.functions.filter { f in
            f.enclosingFunction == nil && f.enclosingClass == nil && !f.isLambda && !CallGraph.isOverloadStub(f)
                && sites(of: f).allSatisfy { $0.caller?.id == f.id }
        }
    }

    /// `@overload` stubs: the implementation defined after them replaces each at run time, so no
    /// code ever calls one (nor runs one as an entry point).
    static func isOverloadStub(_ f: FunctionDef) -> Bool {
        f.decorators.contains { d in
            switch d.kind {
            case .name("overload"), .attribute(_, "overload"): return true
            default: return false
            }
        }
    }

    /// The functions to run so that the visible callers of `def` call it: nil when it escapes
    /// (anyone may call it; with `evenIfEscaping`, its visible callers all the same) or has none.
    /// A closure made only by a decorator factory's calls in module-level decorators (`decorator`
    /// inside `on(event)`, used as `@on("order.created")`): each is applied once, at import, and
    /// none is kept for later calls; its calls are import-time code, not an entry point.
    func appliedOnlyAtImport(_ f: FunctionDef) -> Bool {
        guard let outer = f.enclosingFunction, outer.enclosingFunction == nil, outer.enclosingClass == nil,
              f.enclosingClass == nil, !f.isLambda else { return false }
        return decoratorFactoriesOnly.contains(outer.name) && !valueNames.contains(outer.name)
            && outer.body.contains(where: { st in
                if case .returnValue(let v?) = st.kind, case .name(let n) = v.kind { return n == f.name } else { return false }
            })
    }

    public func entryPoints(for def: FunctionDef, evenIfEscaping: Bool = false) -> [FunctionDef]? {
        let key = ObjectIdentifier(def)
        memo.lock.lock()
        let known = memo.entryPoints[evenIfEscaping ? 1 : 0][key]
        memo.lock.unlock()
        if let known { return known.1 }
        let found = computeEntryPoints(for: def, evenIfEscaping: evenIfEscaping)
        memo.lock.lock()
        memo.entryPoints[evenIfEscaping ? 1 : 0][key] = (def, found)
        memo.lock.unlock()
        return found
    }

    private func computeEntryPoints(for def: FunctionDef, evenIfEscaping: Bool) -> [FunctionDef]? {
        // A metaclass's `__call__` runs whenever a class it makes is called, also one held in a
        // table or made by `type(name, bases, ns)` (`plan()` of `PLANS[name]`), which no call by
        // name shows: the module's entry points are where that happens.
        if def.name == "__call__", let cls = def.enclosingClass, cls.enclosingFunction == nil, metaclassNames.contains(cls.name),
           !sites(of: def).contains(where: { $0.caller?.id != def.id }), evenIfEscaping || !escapes(def) {
            let entries = moduleEntries
            return entries.isEmpty ? nil : entries
        }
        guard evenIfEscaping || !escapes(def), sites(of: def).contains(where: { $0.caller?.id != def.id }) else { return nil }
        func isRoot(_ f: FunctionDef) -> Bool {
            escapes(f) || sites(of: f).allSatisfy { $0.caller?.id == f.id }
        }
        var roots: [FunctionDef] = []
        var seen = Set<Int>([def.id])
        var frontier = [def]
        var depth = 0
        while !frontier.isEmpty, depth < 6 {
            depth += 1
            var next: [FunctionDef] = []
            for f in frontier {
                var reachedNew = false
                let calledAtImport = sites(of: f).contains { $0.caller == nil }
                for site in sites(of: f) {
                    guard let caller = site.caller, caller.id != f.id else { continue }
                    guard !seen.contains(caller.id) else { continue }
                    seen.insert(caller.id)
                    reachedNew = true
                    if appliedOnlyAtImport(caller) { continue }
                    if handedOutByEnter(caller), !moduleEntries.isEmpty {
                        // What `with scope as can:` binds is used in the block, before `__exit__`
                        // runs: the code that calls it is the code with the `with`, where the
                        // module's work starts, not outside code holding it with no end.
                        for e in moduleEntries where !roots.contains(where: { $0.id == e.id }) { roots.append(e) }
                    } else if isImplicitlyCalled(caller) && sites(of: caller).isEmpty, !moduleEntries.isEmpty {
                        // `__repr__`, `__eq__`, … run wherever instances are used: run the module's entry points.
                        for e in moduleEntries where !roots.contains(where: { $0.id == e.id }) { roots.append(e) }
                    } else if isRoot(caller) {
                        if !roots.contains(where: { $0.id == caller.id }) { roots.append(caller) }
                    } else { next.append(caller) }
                }
                // A function only called from a cycle of callers already seen runs as its own entry.
                // (Not a lambda a builtin calls: its one caller, the function making it, runs.)
                if f.id != def.id, !reachedNew, !calledAtImport, !(f.isLambda && handedLambdas[f.id] != nil),
                   !roots.contains(where: { $0.id == f.id }) {
                    roots.append(f)
                }
            }
            frontier = next
        }
        // Callers still unresolved at the depth bound are run as they are.
        roots += frontier.filter { f in !roots.contains { $0.id == f.id } }
        return roots.sorted { $0.id < $1.id }
    }
}
