import PythonModel

/// Whether a function only reads one of its parameters, checked against a list of the uses that
/// cannot store into the object, hand it on or keep it: every occurrence of the name must be one
/// of them, or the answer is no. Used for a default that holds only constants (so whatever is
/// read out of it is immutable): when its own function only reads it, no call can grow it.
///
/// Allowed uses of the parameter `p`:
/// - tested (`if p:`, `not p`, `while p and x:`), compared by identity (`p is None`), or with a
///   constant or a display (`p == {}`), or as the container of `in` (`k in p`);
/// - read from: `p[k]`, `p.get(k)`, `p.keys()` and the other read-only methods, iterated
///   (`for x in p`, comprehensions over it), unpacked into a new display or call (`[*p]`,
///   `{**p}`, `f(*p)`, `f(**p)`: those get its items, constants);
/// - handed to builtins that only read it (`len(p)`, `sorted(p)`, `dict(p)`, `print(p)`, …), formatted
///   (`f"{p}"`), or combined into a new object with its own type's operator (`p + [x]`, `[x] + p`);
/// - handed to a function of the project that only reads the parameter it lands in (a module-level
///   function, an imported one, or `self.m(p)` with `m` overridden by no subclass of the project).
/// Anything else (bound to another name, stored, returned, yielded, captured by a closure, passed
/// to other code, its methods taken as values, the name rebound) is a no.
struct ReadOnlyUse {
    /// The project function a plain name calls from a function of `module` (a module-level def, or
    /// one imported by name), when it can be followed: undecorated and not bound again.
    var callee: (_ module: Module, _ name: String) -> (module: Module, function: FunctionDef)?
    /// The method `self.name(…)` runs in a method of `cls`, when no subclass of the project
    /// overrides it and it is undecorated.
    var selfMethod: (_ module: Module, _ cls: ClassDef, _ name: String) -> (module: Module, function: FunctionDef)?
    private var visiting = Set<String>()
    static let maxDepth = 4
    /// The object is an empty container (`{}`, `[]`, `set()`): while every use only reads it, it
    /// stays empty, so `p or x` is `x` wherever `p` still holds it (a name not bound again).
    var empty = false

    init(callee: @escaping (Module, String) -> (module: Module, function: FunctionDef)?,
         selfMethod: @escaping (Module, ClassDef, String) -> (module: Module, function: FunctionDef)?) {
        self.callee = callee
        self.selfMethod = selfMethod
    }

    static let readMethods: Set<String> = [
        "get", "keys", "values", "items", "copy", "count", "index", "__contains__", "__len__", "__getitem__",
        "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
    ]
    /// Builtins that only read any positional argument (and keep nothing once they return; an
    /// iterator over it, while it lives, reads it too).
    static let readingBuiltins: Set<String> = [
        "len", "bool", "str", "repr", "ascii", "sorted", "list", "tuple", "set", "frozenset", "dict", "sum", "any",
        "all", "hash", "id", "iter", "enumerate", "reversed", "print", "zip", "format",
    ]

    /// Calls through which a function can reach its own frame, locals or defaults by other means
    /// than its parameters (anywhere in its body, nested functions included).
    static func reachesFrames(_ def: FunctionDef) -> Bool {
        let names: Set<String> = ["locals", "vars", "exec", "eval", "getattr", "setattr", "globals", "_getframe", "currentframe",
                                  "stack", "getouterframes", "getinnerframes", "f_locals", "f_back", "__defaults__", "__kwdefaults__"]
        var found = false
        IRWalk.expressions(in: def.body, intoFunctions: true) { e in
            switch e.kind {
            case .name(let n) where names.contains(n): found = true
            case .attribute(_, let n) where names.contains(n): found = true
            default: break
            }
        }
        return found
    }

    /// Whether `f` (of `module`) only reads its parameter `p`.
    /// With `asItems`, the name holds a tuple whose items are the object (a `*args` parameter it
    /// was handed to): the tuple may be tested, measured and iterated, and each name a loop over
    /// it binds must only read, as the object itself.
    mutating func onlyReads(_ f: FunctionDef, _ p: String, in module: Module, depth: Int = 0, asItems: Bool = false) -> Bool {
        guard depth <= Self.maxDepth,
              f.parameters.contains(where: { $0.name == p && $0.kind != .varKeyword && ($0.kind != .varPositional || asItems) })
        else { return false }
        let key = "\(module.name):\(f.id):\(p):\(asItems)"
        // (Already being checked higher up the chain: its answer is that one's.)
        guard visiting.insert(key).inserted else { return true }
        // (A function that can reach its own frame another way: `locals()`, `exec`, `eval`, `getattr`.)
        guard !Self.reachesFrames(f) else { return false }
        var walk = Walk(p: p, function: f, module: module, depth: depth, asItems: asItems, use: self)
        var ok = walk.block(f.body, top: true)
        self = walk.use
        // (Names bound by `for v in args:` hold the object itself.)
        for v in walk.aliases where ok {
            ok = onlyReadsLocal(f, v, in: module, depth: depth + 1)
        }
        return ok
    }

    /// The same for a local name of `f` (a loop variable bound to the object).
    mutating func onlyReadsLocal(_ f: FunctionDef, _ v: String, in module: Module, depth: Int) -> Bool {
        guard depth <= Self.maxDepth else { return false }
        let key = "\(module.name):\(f.id):\(v):local"
        guard visiting.insert(key).inserted else { return true }
        var walk = Walk(p: v, function: f, module: module, depth: depth, asItems: false, use: self, boundByLoops: true)
        let ok = walk.block(f.body)
        self = walk.use
        return ok && walk.aliases.isEmpty
    }

    private struct Walk {
        let p: String
        let function: FunctionDef
        let module: Module
        let depth: Int
        /// The name holds a tuple of the object (see `onlyReads(asItems:)`).
        var asItems = false
        var use: ReadOnlyUse
        /// The name is a loop variable: the loops binding it are its bindings, not uses.
        var boundByLoops = false
        /// Names bound to the object by `for v in p` when `asItems`.
        var aliases: [String] = []

        enum Context { case value, test, discard }

        func isP(_ e: Expr) -> Bool { if case .name(p) = e.kind { return true } else { return false } }

        /// The statement being checked (its start offset).
        var current = 0

        /// The name still holds what the call passed at the statement being checked (bound nowhere
        /// before it in the function, and no loop around it).
        var notRebound: Bool { !asItems && !boundByLoops && DecidedControl.holdsArgument(p, atStatement: current, in: function, whenItStarts: true) }

        func mentions(_ e: Expr) -> Bool {
            var found = false
            IRWalk.expressions(in: [Stmt(.expr(e), e.range)], intoFunctions: true) { x in
                if case .name(p) = x.kind { found = true }
                if case .namedExpr(p, _) = x.kind { found = true }
                if case .lambda(let l) = x.kind, l.parameters.contains(where: { $0.name == p }) { found = true }
            }
            return found
        }

        func mentions(_ stmts: [Stmt]) -> Bool {
            var found = false
            IRWalk.expressions(in: stmts, intoFunctions: true) { x in
                if case .name(p) = x.kind { found = true }
                if case .namedExpr(p, _) = x.kind { found = true }
            }
            IRWalk.statements(in: stmts) { s in
                switch s.kind {
                case .global(let ns), .nonlocal(let ns): if ns.contains(p) { found = true }
                case .functionDef(let f): if f.name == p || f.parameters.contains(where: { $0.name == p }) { found = true }
                case .classDef(let c): if c.name == p { found = true }
                default: break
                }
            }
            return found
        }

        /// With `top`, the function's own body: a statement there binding the name again
        /// (`frames = frames or []`), once its value passes, ends the checks, as the name no longer
        /// reaches the object after it (no alias of it was allowed before).
        mutating func block(_ stmts: [Stmt], top: Bool = false) -> Bool {
            for s in stmts {
                if top, !asItems, !boundByLoops {
                    var value: Expr?
                    switch s.kind {
                    case .assign(let targets, let v) where targets.count == 1 && isP(targets[0]): value = v
                    case .annAssign(let t, _, let v?) where isP(t): value = v
                    default: break
                    }
                    if let value {
                        current = s.range.lowerBound
                        return expr(value, .value)
                    }
                }
                if !statement(s) { return false }
            }
            return true
        }

        mutating func statement(_ s: Stmt) -> Bool {
            current = s.range.lowerBound
            switch s.kind {
            case .expr(let e): return expr(e, .discard)
            case .assign(let targets, let value):
                return !targets.contains(where: mentions) && expr(value, .value)
            case .augAssign(let t, _, let v): return !mentions(t) && expr(v, .value)
            case .annAssign(let t, _, let v): return !mentions(t) && (v.map { expr($0, .value) } ?? true)
            case .delete(let ts): return !ts.contains(where: mentions)
            case .pass, .breakLoop, .continueLoop: return true
            case .returnValue(let e): return e.map { expr($0, .value) } ?? true
            case .raise(let e, let c): return (e.map { expr($0, .value) } ?? true) && (c.map { expr($0, .value) } ?? true)
            case .global(let ns), .nonlocal(let ns): return !ns.contains(p)
            case .ifStmt(let test, let body, let orelse), .whileLoop(let test, let body, let orelse):
                return expr(test, .test) && block(body) && block(orelse)
            case .forLoop(let target, let iter, let body, let orelse, _):
                if asItems, isP(iter) {
                    guard case .name(let v) = target.kind, v != p else { return false }
                    aliases.append(v)
                    return block(body) && block(orelse)
                }
                if boundByLoops, isP(target) {
                    // Another loop binding the same name: what it holds then is that loop's item.
                    return expr(iter, .value) && block(body) && block(orelse)
                }
                return !mentions(target) && (isP(iter) || expr(iter, .value)) && block(body) && block(orelse)
            case .with(let items, let body, _):
                for i in items {
                    if let t = i.target, mentions(t) { return false }
                    if !expr(i.context, .value) { return false }
                }
                return block(body)
            case .tryStmt(let body, let handlers, let orelse, let finalbody):
                for h in handlers {
                    if h.name == p { return false }
                    if let t = h.type, !expr(t, .value) { return false }
                    if !block(h.body) { return false }
                }
                return block(body) && block(orelse) && block(finalbody)
            case .functionDef, .classDef:
                // A closure over it keeps it; a nested def or class binding the name rebinds it.
                return !mentions([s])
            case .importModules(let names), .importFrom(_, _, let names):
                return !names.contains { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == p || $0.name == "*" }
            case .assert(let test, let message): return expr(test, .test) && (message.map { expr($0, .value) } ?? true)
            case .match, .unsupported:
                return !mentions([s])
            }
        }

        /// Whether the other operand of a comparison or operator with the parameter is one whose
        /// own method cannot keep it: a constant or a display.
        func inert(_ e: Expr) -> Bool {
            switch e.kind {
            case .constant: return true
            case .list, .tuple, .set, .dict: return !mentions(e)
            default: return false
            }
        }

        mutating func expr(_ e: Expr, _ ctx: Context) -> Bool {
            switch e.kind {
            case .name(let n):
                return n != p || ctx != .value
            case .constant: return true
            case .fstring(let s):
                return s.parts.allSatisfy { isP($0) || expr($0, .value) }
            case .list(let xs), .tuple(let xs), .set(let xs):
                for x in xs {
                    if case .starred(let inner) = x.kind, isP(inner), !asItems { continue }
                    if !expr(x, .value) { return false }
                }
                return true
            case .dict(let items):
                for i in items {
                    if i.key == nil, isP(i.value), !asItems { continue }
                    if let k = i.key, !expr(k, .value) { return false }
                    if !expr(i.value, .value) { return false }
                }
                return true
            case .comprehension(let c):
                for (n, g) in c.generators.enumerated() {
                    if mentions(g.target) { return false }
                    if isP(g.iter) ? asItems : !expr(g.iter, .value) { return false }
                    for cond in g.conditions where !expr(cond, .test) { return false }
                }
                return expr(c.element, .value) && (c.value.map { expr($0, .value) } ?? true)
            case .attribute(let b, _):
                // A method of it taken as a value (`add = p.append`) is a way to change it.
                return !isP(b) && expr(b, .value)
            case .subscript(let b, let i):
                // (An item of the tuple of the object is the object: not followed.)
                return ((isP(b) && !asItems) || expr(b, .value)) && expr(i, .value)
            case .slice(let a, let b, let c):
                return [a, b, c].allSatisfy { $0.map { expr($0, .value) } ?? true }
            case .call(let f, let args):
                return call(f, args)
            case .lambda: return !mentions(e)
            case .binary(let op, let a, let b):
                if isP(a) || isP(b) {
                    guard !asItems else { return false }
                    let other = isP(a) ? b : a
                    // Its own type's operator makes a new object (`p + [x]`, `opts | {k: v}`).
                    let ops: Set<BinaryOp> = [.add, .mult, .bitOr, .bitAnd, .sub, .bitXor]
                    guard ops.contains(op) else { return false }
                    if isP(other) { return true }
                    switch other.kind {
                    case .name, .constant, .list, .tuple, .set, .dict, .call, .subscript, .attribute, .binary:
                        return expr(other, .value)
                    default: return false
                    }
                }
                return expr(a, .value) && expr(b, .value)
            case .unary(let op, let x):
                return expr(x, op == .not ? .test : .value)
            case .boolOp(let isAnd, let xs):
                // Tested, each operand is only tested; as a value, any operand may be the result,
                // except the empty object itself first in an `or` (tkinter's `cnf or kw`): never.
                if ctx == .value, !isAnd, xs.count >= 2, isP(xs[0]), use.empty, notRebound {
                    return xs.dropFirst().allSatisfy { x in expr(x, .value) }
                }
                if ctx == .value { return xs.allSatisfy { x in expr(x, .value) } }
                for (i, x) in xs.enumerated() where !expr(x, i == xs.count - 1 ? ctx : .test) { return false }
                return true
            case .compare(let l, let ops, let rs):
                let operands = [l] + rs
                for (i, op) in ops.enumerated() {
                    let a = operands[i], b = operands[i + 1]
                    if !(isP(a) || isP(b)) { continue }
                    switch op {
                    case .is, .isNot: continue
                    case .in, .notIn: if isP(b), !isP(a) { continue } else { return false }
                    default: if inert(isP(a) ? b : a) { continue } else { return false }
                    }
                }
                return operands.allSatisfy { isP($0) || expr($0, .value) }
            case .conditional(let test, let body, let orelse):
                return expr(test, .test) && expr(body, ctx) && expr(orelse, ctx)
            case .await(let x): return expr(x, .value)
            case .yield(let x): return x.map { expr($0, .value) } ?? true
            case .yieldFrom(let x): return expr(x, .value)
            case .starred(let x): return expr(x, .value)
            case .namedExpr(let t, let v): return t != p && expr(v, .value)
            case .template, .unsupported: return !mentions(e)
            }
        }

        mutating func call(_ f: Expr, _ args: [Argument]) -> Bool {
            // Its items (constants) unpacked into any call: `f(*p)`, `f(**p)`.
            func unpacked(_ a: Argument) -> Bool { !asItems && (a.kind == .starred || a.kind == .doubleStarred) && isP(a.value) }
            func rest(_ skip: (Int, Argument) -> Bool) -> Bool {
                for (i, a) in args.enumerated() where !skip(i, a) && !unpacked(a) {
                    if !expr(a.value, .value) { return false }
                }
                return true
            }
            if case .attribute(let b, let m) = f.kind, isP(b) {
                return !asItems && Self_readMethods.contains(m) && rest { _, _ in false }
            }
            if case .attribute(let b, "join") = f.kind, case .constant(.string) = b.kind, args.count == 1, args[0].kind == .positional,
               isP(args[0].value), !asItems {
                // `", ".join(p)`: a str's join reads the items (constants).
                return true
            }
            let handed = args.enumerated().filter { ($0.element.kind == .positional || $0.element.kind == .keyword) && isP($0.element.value) }
            if handed.isEmpty {
                return expr(f, .value) && rest { _, _ in false }
            }
            if case .name(let n) = f.kind, ReadOnlyUse.readingBuiltins.contains(n) || ["min", "max", "isinstance", "issubclass", "type", "map", "filter"].contains(n),
               module.scope.symbols[n] == nil, function.scope.binding(of: n) == .globalImplicit {
                let positional = args.filter { $0.kind == .positional }
                var ok: Bool
                // (A tuple of the object: only builtins whose result holds none of its items.)
                if asItems, !["len", "bool", "str", "repr", "ascii", "print", "hash", "id", "format", "any", "all"].contains(n) { return false }
                switch n {
                case "min", "max": ok = positional.count == 1 && handed.allSatisfy { $0.element.kind == .positional }
                case "isinstance", "issubclass", "type": ok = handed.allSatisfy { $0.offset == 0 }
                case "map", "filter": ok = handed.allSatisfy { $0.offset > 0 && $0.element.kind == .positional }
                default: ok = handed.allSatisfy { $0.element.kind == .positional }
                }
                return ok && rest { _, a in a.kind == .positional && isP(a.value) }
            }
            // Handed to a function of the project: it must only read the parameter it lands in.
            var target: (module: Module, function: FunctionDef, bound: Bool)?
            if case .name(let n) = f.kind, function.scope.binding(of: n) == .globalImplicit, let t = use.callee(module, n) {
                target = (t.module, t.function, false)
            } else if case .attribute(let b, let m) = f.kind, case .name("self") = b.kind,
                      let cls = function.enclosingClass, let t = use.selfMethod(module, cls, m) {
                target = (t.module, t.function, true)
            }
            guard let target else { return false }
            for h in handed {
                let index = args[..<h.offset].filter { $0.kind == .positional }.count + (target.bound ? 1 : 0)
                guard let param = StoreSites.parameter(of: target.function, receiving: index,
                                                       keyword: h.element.kind == .keyword ? h.element.name : nil),
                      let declared = target.function.parameters.first(where: { $0.name == param }), declared.kind != .varKeyword,
                      !asItems, h.element.kind == .positional || declared.kind != .varPositional,
                      use.onlyReads(target.function, param, in: target.module, depth: depth + 1,
                                    asItems: declared.kind == .varPositional) else { return false }
            }
            return expr(f, .value) && rest { _, a in (a.kind == .positional || a.kind == .keyword) && isP(a.value) }
        }

        var Self_readMethods: Set<String> { ReadOnlyUse.readMethods }
    }
}
