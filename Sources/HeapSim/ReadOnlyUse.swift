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
///   function, an imported one, or `self.m(p)` with `m` overridden by no subclass of the project);
/// - kept as a private attribute of the instance in a method (`self._opts = p`), when every use of that
///   attribute name anywhere in the project (`obj._opts`, on any object) is a use above, the
///   attribute is never named in a string (`getattr(o, "_opts")`), nor a method or a class-level
///   object (a property or descriptor may run on the store), and the class's own module reaches no
///   instance `__dict__` (see `onlyReadsAttribute`).
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
    /// The method a class's base defines, as `super().name(…)` in a method of the class finds it
    /// (`base` nil), or as `Base.name(self, …)` names it (`base` the expression naming the class).
    var baseMethod: (_ module: Module, _ cls: ClassDef, _ base: Expr?, _ name: String) -> (module: Module, function: FunctionDef)? = { _, _, _, _ in nil }
    /// The `__init__` a call of a project class runs (`K(…)` in module `module`), with the class:
    /// nil unless the class makes plain instances (no `__new__`, metaclass, or base outside the
    /// project; see `Simulation.projectConstructor`).
    /// Whether `self.name(…)` in a method of the class runs `unittest.TestCase`'s own assertion
    /// method of that name (no class on the way overrides it).
    var unittestAssertion: (_ module: Module, _ cls: ClassDef, _ name: String) -> Bool = { _, _, _ in false }
    /// `unittest.TestCase` assertions: they compare, test and format their arguments, keeping none.
    static let readingAssertions: Set<String> = [
        "assertEqual", "assertNotEqual", "assertTrue", "assertFalse", "assertIs", "assertIsNot", "assertIsNone",
        "assertIsNotNone", "assertIn", "assertNotIn", "assertIsInstance", "assertNotIsInstance", "assertAlmostEqual",
        "assertNotAlmostEqual", "assertGreater", "assertGreaterEqual", "assertLess", "assertLessEqual", "assertCountEqual",
        "assertDictEqual", "assertListEqual", "assertSetEqual", "assertTupleEqual", "assertSequenceEqual",
        "assertMultiLineEqual",
    ]
    var constructor: (_ module: Module, _ callee: Expr) -> (module: Module, function: FunctionDef, cls: ClassDef, clsModule: Module)? = { _, _ in nil }
    /// The project function an attribute callee names through an imported module
    /// (`np.iterable(p)`, `utils.helper(p)`; see `ModuleSimulation.followedModuleFunction`).
    var moduleFunction: (_ module: Module, _ callee: Expr) -> (module: Module, function: FunctionDef)? = { _, _ in nil }
    /// The project's modules that may name an attribute (nil: not known, or too many to read).
    var modulesNaming: (_ attribute: String) -> [() -> Module?]? = { _ in nil }
    /// Whether `self.<attribute> = value` in a method of the class (of the module) is a plain
    /// store into the instance's `__dict__` (no `__setattr__` of it, a base or a subclass, no
    /// base outside the module, no metaclass).
    var plainStores: (_ cls: ClassDef, _ module: Module) -> Bool = { _, _ in false }
    /// The classes a class inherits from, itself first (see `Simulation.projectAncestry`).
    var ancestry: (_ cls: ClassDef, _ module: Module) -> (classes: [(module: String, cls: ClassDef)], external: Bool)? = { _, _ in nil }
    /// Whether some class of the project inherits from both `cls` and one of `others` (a mixin
    /// combined with a class that stored the object: its methods run on that instance). True when
    /// it cannot be told.
    var combined: (_ cls: ClassDef, _ module: Module, _ others: [(module: Module, cls: ClassDef)]) -> Bool = { _, _, _ in true }
    /// Whether some code of the project gets an attribute by a computed name that can spell this
    /// one (`getattr(self, f"{channel}_log")`). True when it cannot be told.
    var computedAccess: (_ attribute: String) -> Bool = { _ in true }
    /// Attributes of instances the object was stored in (`self.X = p`).
    private(set) var storedAttributes: [String] = []
    /// The classes whose methods stored it (module name, class id).
    private var storingClasses: [(module: Module, cls: ClassDef)] = []
    private var checkedAttributes = Set<String>()
    /// Where the check first failed (module, function, byte offset): `HEAPLINT_DEBUG_READONLY=1`
    /// prints it.
    var failure: String?
    private var unrelatedAnswers: [String: Bool] = [:]

    /// Whether an instance of `cls` (of `m`) cannot be one of the classes that stored the object:
    /// neither it nor any of its bases is one of them, and it is none of their bases (their
    /// methods run on instances of their subclasses). False when its bases cannot all be followed.
    mutating func unrelated(_ cls: ClassDef, in m: Module) -> Bool {
        let key = m.name + ":" + String(cls.id)
        if let known = unrelatedAnswers[key] { return known }
        var answer = false
        if let mine = ancestry(cls, m) {
            answer = true
            for storing in storingClasses {
                if mine.classes.contains(where: { $0.module == storing.module.name && $0.cls.id == storing.cls.id }) { answer = false; break }
                guard let theirs = ancestry(storing.cls, storing.module) else { answer = false; break }
                if theirs.classes.contains(where: { $0.module == m.name && $0.cls.id == cls.id }) { answer = false; break }
            }
        }
        if answer, combined(cls, m, storingClasses) { answer = false }
        unrelatedAnswers[key] = answer
        return answer
    }
    /// The default is an instance of a project class whose methods never change it
    /// (`statelessInstance`): calling those methods on it only reads it. Nil: a container, whose
    /// read-only methods are `readMethods`.
    var subjectMethods: Set<String>?
    /// The builtin type of the default (`list`, `dict`, `set`) when it is a container of
    /// constants: an `isinstance` test of the name holding it is decided.
    var defaultType: String?
    /// The default's length when the check knows it (an empty container, a list display of
    /// constants): it keeps it while every use only reads it.
    var defaultLength: Int?
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
        "all", "hash", "id", "iter", "enumerate", "reversed", "print", "zip", "format", "hasattr", "callable",
    ]

    /// Whether module `m` binds `name` at its top level (an assignment, import, def or class, or a
    /// `global` declaration somewhere): a name it does not bind is a builtin there.
    static func boundAtModuleLevel(_ name: String, _ m: Module) -> Bool {
        guard let symbol = m.scope.symbols[name] else { return false }
        return !symbol.flags.isDisjoint(with: [.assigned, .imported, .definition, .declaredGlobal, .annotated, .parameter])
    }

    /// Calls through which a function can reach its own frame, locals or defaults by other means
    /// than its parameters (anywhere in its body, nested functions included).
    static func reachesFrames(_ def: FunctionDef) -> Bool {
        let names: Set<String> = ["locals", "vars", "exec", "eval", "getattr", "setattr", "globals", "_getframe", "currentframe",
                                  "stack", "getouterframes", "getinnerframes", "f_locals", "f_back", "__defaults__", "__kwdefaults__"]
        // (`inspect.signature(f)` and the like, as attributes: a variable named `signature` is not.)
        let inspectViews: Set<String> = ["signature", "getfullargspec", "getargspec", "getcallargs", "from_callable"]
        var found = false
        // (`getattr(x, "name")` and `setattr(x, "name", v)` with a constant name other than the
        // defaults' reach only that attribute.)
        var named = Set<Int>()
        IRWalk.expressions(in: def.body, intoFunctions: true) { e in
            if case .call(let f, let args) = e.kind, case .name(let n) = f.kind, n == "getattr" || n == "setattr", args.count >= 2,
               args[1].kind == .positional {
                switch args[1].value.kind {
                case .constant(.string(let attr)) where attr != "__defaults__" && attr != "__kwdefaults__":
                    named.insert(f.range.lowerBound)
                case .fstring(let s):
                    // (`getattr(self, f"map_{var}")`: a name with a constant start that is no dunder.)
                    if let start = s.literalPrefix, !start.isEmpty, !start.hasPrefix("_") {
                        named.insert(f.range.lowerBound)
                    }
                default: break
                }
            }
        }
        IRWalk.expressions(in: def.body, intoFunctions: true) { e in
            switch e.kind {
            case .name(let n) where n == "getattr" || n == "setattr": if !named.contains(e.range.lowerBound) { found = true }
            case .name(let n) where names.contains(n): found = true
            case .attribute(_, let n) where names.contains(n): found = true
            case .attribute(let b, let n) where inspectViews.contains(n):
                if case .name(let x) = b.kind, x == "inspect" || x == "Signature" { found = true }
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
        guard !Self.reachesFrames(f) else { if failure == nil { failure = "\(f.qualifiedName) reaches frames" }; return false }
        var walk = Walk(p: p, attribute: nil, function: f, module: module, depth: depth, asItems: asItems, use: self)
        var ok = walk.block(f.body, top: true)
        self = walk.use
        // (Names bound by `for v in args:` hold the object itself.)
        for v in walk.aliases where ok {
            ok = onlyReadsLocal(f, v, in: module, depth: depth + 1)
        }
        return ok
    }

    /// Every attribute the object was stored in is only read, anywhere in the project (each name
    /// checked once; following a read into a method may store it under another name).
    /// `instanceClass` is the class of the method the check started from (a store a base's method
    /// makes lands on an instance of it): its own bases count as related too, and its stores must
    /// be plain as well.
    mutating func storedAttributesOnlyRead(instanceClass: (module: Module, cls: ClassDef)?) -> Bool {
        if !storedAttributes.isEmpty, let instanceClass {
            guard plainStores(instanceClass.cls, instanceClass.module) else { failure = "stores into \(instanceClass.cls.name) are not plain"; return false }
            if !storingClasses.contains(where: { $0.module.name == instanceClass.module.name && $0.cls.id == instanceClass.cls.id }) { storingClasses.append(instanceClass) }
        }
        while let attr = storedAttributes.first(where: { !checkedAttributes.contains($0) }) {
            checkedAttributes.insert(attr)
            guard onlyReadsAttribute(attr) else { return false }
        }
        return true
    }

    /// Whether every use of attribute `attr` (on any object) in every module of the project that
    /// names it is one that only reads: module and class bodies and every function.
    mutating func onlyReadsAttribute(_ attr: String) -> Bool {
        guard let fetches = modulesNaming(attr) else { failure = "too many modules name \(attr)"; return false }
        guard !computedAccess(attr) else { failure = "a computed name may spell \(attr)"; return false }
        for fetch in fetches {
            guard let m = fetch() else { failure = "a module naming \(attr) cannot be read"; return false }
            guard !Self.namesAttributeOtherwise(attr, in: m) else { failure = "\(m.name) names \(attr) otherwise"; return false }
            var top = Walk(p: "", attribute: attr, function: nil, module: m, depth: 1, asItems: false, use: self)
            let topOK = top.block(m.body)
            self = top.use
            guard topOK else { return false }
            for f in m.functions {
                var walk = Walk(p: "", attribute: attr, function: f, module: m, depth: 1, asItems: false, use: self)
                if walk.selfName != nil, let cls = f.enclosingClass { walk.selfIsOtherClass = unrelated(cls, in: m); walk.use = self }
                let ok = walk.block(f.body)
                self = walk.use
                guard ok else { return false }
            }
        }
        return true
    }

    /// The attribute named other ways than `obj.attr`: in a string (`getattr(o, "attr")`,
    /// `__slots__` aside), as a function or method (a property, a method the store would hide), or
    /// bound at class level to anything but a constant or a display (a descriptor).
    static func namesAttributeOtherwise(_ attr: String, in m: Module) -> Bool {
        if m.functions.contains(where: { $0.name == attr }) { return true }
        var found = false
        func classLevel(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .assign(let ts, let v):
                    if ts.contains(where: { if case .name(attr) = $0.kind { return true } else { return false } }) {
                        switch v.kind {
                        case .constant, .list, .tuple, .set, .dict: break
                        default: found = true
                        }
                    }
                case .annAssign(let t, _, let v?):
                    if case .name(attr) = t.kind {
                        switch v.kind {
                        case .constant, .list, .tuple, .set, .dict: break
                        default: found = true
                        }
                    }
                case .ifStmt(_, let b, let o), .tryStmt(let b, _, let o, _): classLevel(b); classLevel(o)
                default: break
                }
            }
        }
        IRWalk.statements(in: m.body) { s in if case .classDef(let c) = s.kind { classLevel(c.body) } }
        if found { return true }
        // (Strings naming it in `__slots__` or `__all__`, or as a key of a dict display — keyword
        // arguments spelled out — are not a way to reach it.)
        var declared: [Stmt] = []
        IRWalk.statements(in: m.body) { s in
            if case .assign(let ts, _) = s.kind,
               ts.contains(where: { if case .name(let n) = $0.kind { return n == "__slots__" || n == "__all__" } else { return false } }) {
                declared.append(s)
            }
        }
        var harmless = 0
        IRWalk.expressions(in: declared) { e in if case .constant(.string(attr)) = e.kind { harmless += 1 } }
        var strings = 0
        IRWalk.expressions(in: m.body) { e in
            if case .constant(.string(attr)) = e.kind { strings += 1 }
            if case .dict(let items) = e.kind {
                for i in items { if let k = i.key, case .constant(.string(attr)) = k.kind { harmless += 1 } }
            }
        }
        return strings > harmless
    }

    /// The same for a local name of `f` (a loop variable bound to the object).
    mutating func onlyReadsLocal(_ f: FunctionDef, _ v: String, in module: Module, depth: Int) -> Bool {
        guard depth <= Self.maxDepth else { return false }
        let key = "\(module.name):\(f.id):\(v):local"
        guard visiting.insert(key).inserted else { return true }
        var walk = Walk(p: v, attribute: nil, function: f, module: module, depth: depth, asItems: false, use: self, boundByLoops: true)
        let ok = walk.block(f.body)
        self = walk.use
        return ok && walk.aliases.isEmpty
    }

    private struct Walk {
        let p: String
        /// Checking an attribute name instead (`obj.<attribute>` on any object is the subject):
        /// binding or deleting it is no use; `p` is empty.
        let attribute: String?
        /// Nil for a module or class body.
        let function: FunctionDef?
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

        /// Checking an attribute in a method of a class unrelated to the classes that stored the
        /// object (see `unrelated`): `self.<attribute>` there is another object's.
        var selfIsOtherClass = false

        func isP(_ e: Expr) -> Bool {
            if let attribute {
                guard case .attribute(let b, attribute) = e.kind else { return false }
                if selfIsOtherClass, case .name(let n) = b.kind, n == selfName { return false }
                return true
            }
            if case .name(p) = e.kind { return true } else { return false }
        }

        /// `self` in a plain method (its first parameter; not a static or class method).
        var selfName: String? {
            guard let f = function, f.enclosingClass != nil, !f.isLambda,
                  !f.decorators.contains(where: { d in
                      if case .name(let n) = d.kind { return n == "staticmethod" || n == "classmethod" }
                      return true
                  }),
                  let first = f.parameters.first, first.kind == .positional || first.kind == .positionalOnly else { return nil }
            return first.name
        }

        /// The statement being checked (its start offset).
        var current = 0

        /// The name still holds what the call passed at the statement being checked (bound nowhere
        /// before it in the function, and no loop around it).
        var notRebound: Bool {
            guard attribute == nil, let function else { return false }
            return !asItems && !boundByLoops && DecidedControl.holdsArgument(p, atStatement: current, in: function, whenItStarts: true)
        }

        /// A decided test is decided for every path on which the name holds the default, not only
        /// before any rebinding: once the name holds something else it cannot get the default back
        /// (no alias of it is allowed, a display or call holding it fails the check) — unless the
        /// function keeps it on the instance (`self._x = p`), whence `p = self._x` brings it back.
        var holdsDefaultOnlyThroughName: Bool {
            if notRebound { return true }
            guard attribute == nil, !asItems, !boundByLoops, use.storedAttributes.isEmpty, let function else { return false }
            var kept = false
            let me = selfName
            // (A name bound anew from a private attribute or a method of the instance may get back
            // a default some method kept there.)
            func mayYieldKept(_ v: Expr) -> Bool {
                var found = false
                IRWalk.expressions(in: [Stmt(.expr(v), v.range)]) { x in
                    if case .attribute(let b, let n) = x.kind {
                        if n.hasPrefix("_") { found = true }
                        if let me, case .name(me) = b.kind { found = true }
                    }
                }
                return found
            }
            IRWalk.statements(in: function.body) { st in
                switch st.kind {
                case .assign(let ts, let v):
                    if case .name(p) = v.kind, ts.contains(where: { if case .name = $0.kind { return false } else { return true } }) { kept = true }
                    if ts.contains(where: { if case .name(p) = $0.kind { return true } else { return false } }), mayYieldKept(v) { kept = true }
                case .annAssign(let t, _, let v?):
                    if case .name(p) = t.kind, mayYieldKept(v) { kept = true }
                default: break
                }
            }
            return !kept
        }

        func mentions(_ e: Expr) -> Bool {
            var found = false
            IRWalk.expressions(in: [Stmt(.expr(e), e.range)], intoFunctions: true) { x in
                if attribute != nil, isP(x) { found = true }
                if case .name(p) = x.kind { found = true }
                if case .namedExpr(p, _) = x.kind { found = true }
                if case .lambda(let l) = x.kind, l.parameters.contains(where: { $0.name == p }) { found = true }
            }
            return found
        }

        func mentions(_ stmts: [Stmt]) -> Bool {
            var found = false
            IRWalk.expressions(in: stmts, intoFunctions: true) { x in
                if attribute != nil, isP(x) { found = true }
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
                if top, !asItems, !boundByLoops, attribute == nil {
                    var value: Expr?
                    switch s.kind {
                    case .assign(let targets, let v) where targets.count == 1 && isP(targets[0]): value = v
                    case .annAssign(let t, _, let v?) where isP(t): value = v
                    default: break
                    }
                    if let value {
                        current = s.range.lowerBound
                        if expr(value, .value) { return true }
                        if use.failure == nil { use.failure = "\(module.name):\(function?.qualifiedName ?? "<module>") at byte \(s.range.lowerBound) (rebinding \(p))" }
                        return false
                    }
                }
                let ok = statement(s)
                current = s.range.lowerBound
                // (An `if` the default decides whose branch leaves the function: what follows
                // never runs with the name holding the default.)
                if ok, case .ifStmt(let test, let body, let orelse) = s.kind, holdsDefaultOnlyThroughName, let d = decided(test),
                   Self.leavesFunction(d ? body : orelse) {
                    return true
                }
                if !ok {
                    if use.failure == nil {
                        use.failure = "\(module.name):\(function?.qualifiedName ?? "<module>") at byte \(s.range.lowerBound)"
                            + (attribute.map { " (attribute \($0))" } ?? " (\(p))")
                    }
                    return false
                }
            }
            return true
        }

        mutating func statement(_ s: Stmt) -> Bool {
            current = s.range.lowerBound
            switch s.kind {
            case .expr(let e): return expr(e, .discard)
            case .assign(let targets, let value):
                // Kept on the instance (`self._opts = p`): the attribute must be only read, anywhere.
                // (A private name only: outside code may use a public attribute of an instance it
                // gets, `menu.cnf[k] = v`, which no scan of the project sees.)
                if attribute == nil, !asItems, targets.count == 1, isP(value), let me = selfName, me != p,
                   case .attribute(let b, let name) = targets[0].kind, case .name(me) = b.kind,
                   name.hasPrefix("_"), !name.hasSuffix("__"),
                   let cls = function?.enclosingClass, use.plainStores(cls, module) {
                    if !use.storedAttributes.contains(name) { use.storedAttributes.append(name) }
                    if !use.storingClasses.contains(where: { $0.module.name == module.name && $0.cls.id == cls.id }) { use.storingClasses.append((module, cls)) }
                    return true
                }
                // (Bound again in a branch: whatever the name holds after it, each use is checked.)
                if attribute == nil, !asItems, !boundByLoops, targets.count == 1, isP(targets[0]) { return expr(value, .value) }
                return targets.allSatisfy(boundOnly) && expr(value, .value)
            case .augAssign(let t, _, let v): return !mentions(t) && expr(v, .value)
            case .annAssign(let t, _, let v): return boundOnly(t) && (v.map { expr($0, .value) } ?? true)
            case .delete(let ts): return ts.allSatisfy(boundOnly)
            case .pass, .breakLoop, .continueLoop: return true
            case .returnValue(let e): return e.map { expr($0, .value) } ?? true
            case .raise(let e, let c): return (e.map { expr($0, .value) } ?? true) && (c.map { expr($0, .value) } ?? true)
            case .global(let ns), .nonlocal(let ns): return !ns.contains(p)
            case .ifStmt(let test, let body, let orelse) where holdsDefaultOnlyThroughName && decided(test) != nil:
                // The default decides the test (`if not isinstance(p, (list, tuple)): p = [p]`,
                // `if p is None or p == {}: return kw`): while the name holds the default, only that
                // branch runs; the other runs only for what callers pass instead, not the default.
                return expr(test, .test) && block(decided(test) == true ? body : orelse)
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
            case .functionDef(let f) where attribute != nil:
                // (Its body is checked as a function of the module.)
                return !f.decorators.contains(where: mentions)
                    && !f.parameters.contains { p in (p.defaultValue.map(mentions) ?? false) || (p.annotation.map(mentions) ?? false) }
            case .classDef(let c) where attribute != nil:
                return !(c.decorators + c.bases + c.keywords.map(\.value)).contains(where: mentions) && block(c.body)
            case .functionDef, .classDef:
                // A closure over it keeps it; a nested def or class binding the name rebinds it.
                return !mentions([s])
            case .importModules, .importFrom where attribute != nil:
                return true
            case .importModules(let names), .importFrom(_, _, let names):
                return !names.contains { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == p || $0.name == "*" }
            case .assert(let test, let message): return expr(test, .test) && (message.map { expr($0, .value) } ?? true)
            case .match, .unsupported:
                return !mentions([s])
            }
        }

        /// The outcome of a test when the name holds the default: `p is None` (false), and with a
        /// container of constants, `isinstance(p, T)` of builtin types (its type is known), and
        /// when its length is known (`defaultLength`: it keeps it while every use only reads it)
        /// its truth (`not p`, `len(p)`), `len(p) == n` and the like, and `p == {}`; combined by
        /// `not`, `and`, `or`. Nil when it cannot be told.
        func decided(_ test: Expr) -> Bool? {
            guard attribute == nil, !asItems, !boundByLoops else { return nil }
            switch test.kind {
            case .unary(.not, let x): return decided(x).map { !$0 }
            case .boolOp(let isAnd, let xs):
                let values = xs.map { decided($0) }
                if isAnd {
                    if values.contains(false) { return false }
                    return values.allSatisfy { $0 == true } ? true : nil
                }
                if values.contains(true) { return true }
                return values.allSatisfy { $0 == false } ? false : nil
            case .name:
                if !isP(test), let v = emptyGet(test) { return v.truth }
                guard isP(test), use.defaultType != nil, let n = use.defaultLength else { return nil }
                return n > 0
            case .compare(let l, let ops, let rs) where ops.count == 1 && rs.count == 1 && (ops[0] == .is || ops[0] == .isNot)
                && (emptyGet(l) != nil || emptyGet(rs[0]) != nil):
                // (`p.get(k) is None`, or `x is not None` after `x = p.get(k, c)`, on the empty default.)
                let (got, other) = emptyGet(l) != nil ? (emptyGet(l)!, rs[0]) : (emptyGet(rs[0])!, l)
                guard case .constant(.none) = other.kind else { return nil }
                return (ops[0] == .is) == got.isNone
            case .compare(let l, let ops, let rs) where ops.count == 1 && rs.count == 1:
                let r = rs[0]
                // (`len(p) == 0`, `len(p) > 1`: the default's length is known.)
                if let n = use.defaultLength, use.defaultType != nil {
                    func isLen(_ e: Expr) -> Bool {
                        if case .call(let f, let args) = e.kind, case .name("len") = f.kind, isGlobal("len"),
                           !ReadOnlyUse.boundAtModuleLevel("len", module), args.count == 1, args[0].kind == .positional,
                           isP(args[0].value) { return true }
                        return false
                    }
                    func int(_ e: Expr) -> Int? { if case .constant(.int(let t)) = e.kind { return Int(t) } else { return nil } }
                    if isLen(l) || isLen(r), let k = int(isLen(l) ? r : l) {
                        let (a, b) = isLen(l) ? (n, k) : (k, n)
                        switch ops[0] {
                        case .eq: return a == b
                        case .notEq: return a != b
                        case .lt: return a < b
                        case .ltE: return a <= b
                        case .gt: return a > b
                        case .gtE: return a >= b
                        default: return nil
                        }
                    }
                }
                guard isP(l) != isP(r) else { return nil }
                let other = isP(l) ? r : l
                switch ops[0] {
                case .is, .isNot:
                    if case .constant(.none) = other.kind { return ops[0] == .isNot }
                    return nil
                case .eq, .notEq:
                    guard let n = use.defaultLength, let own = use.defaultType else { return nil }
                    let same: Bool
                    switch other.kind {
                    case .dict(let items): same = own == "dict" && items.isEmpty && n == 0
                    case .list(let xs): same = own == "list" && xs.isEmpty && n == 0
                    default: return nil
                    }
                    // (An empty list is not equal to `{}`, nor an empty dict to `[]`.)
                    return ops[0] == .eq ? same : !same
                default: return nil
                }
            case .call(let f, let args) where args.count == 1:
                // `if len(p):`.
                guard case .name("len") = f.kind, isGlobal("len"), !ReadOnlyUse.boundAtModuleLevel("len", module),
                      args[0].kind == .positional, isP(args[0].value), use.defaultType != nil, let n = use.defaultLength else { return nil }
                return n > 0
            case .call(let f, let args):
                guard let own = use.defaultType, case .name("isinstance") = f.kind, isGlobal("isinstance"),
                      !ReadOnlyUse.boundAtModuleLevel("isinstance", module),
                      args.count == 2, args.allSatisfy({ $0.kind == .positional }), isP(args[0].value) else { return nil }
                var names: [String] = []
                switch args[1].value.kind {
                case .name(let n): names = [n]
                case .tuple(let xs):
                    for x in xs { guard case .name(let n) = x.kind else { return nil }; names.append(n) }
                default: return nil
                }
                let builtinTypes: Set<String> = ["str", "bytes", "bytearray", "int", "float", "complex", "bool", "tuple", "list", "dict",
                                                 "set", "frozenset", "type", "range", "memoryview", "slice", "object"]
                guard names.allSatisfy({ builtinTypes.contains($0) && isGlobal($0) && !ReadOnlyUse.boundAtModuleLevel($0, module) }) else { return nil }
                return names.contains(own) || names.contains("object")
            default: return nil
            }
        }

        /// What `p.get(k)` / `p.get(k, c)` gives on the default while it is the empty dict it
        /// stays (constant arguments only): the constant `c`, or None. Also for a local whose one
        /// binding in the function is such a call, made where the name still holds what the call
        /// passed (`x = variables.get("x", None)` … `if x is None and y is None:`): it holds that
        /// constant wherever it is read.
        func emptyGet(_ e: Expr) -> (isNone: Bool, truth: Bool?)? {
            guard attribute == nil, !asItems, !boundByLoops, use.defaultType == "dict", use.defaultLength == 0 else { return nil }
            func fromCall(_ e: Expr, at statement: Int?) -> (isNone: Bool, truth: Bool?)? {
                guard case .call(let callee, let args) = e.kind, case .attribute(let base, "get") = callee.kind, isP(base),
                      (1...2).contains(args.count), args.allSatisfy({ a in
                          guard a.kind == .positional, case .constant = a.value.kind else { return false }
                          return true
                      }) else { return nil }
                if let statement {
                    guard let function, DecidedControl.holdsArgument(p, atStatement: statement, in: function) else { return nil }
                } else {
                    guard holdsDefaultOnlyThroughName else { return nil }
                }
                guard args.count == 2, case .constant(let c) = args[1].value.kind else { return (true, false) }
                switch c {
                case .none: return (true, false)
                case .bool(let b): return (false, b)
                case .int(let t): return (false, Int(t).map { $0 != 0 })
                case .string(let t): return (false, !t.isEmpty)
                default: return (false, nil)
                }
            }
            if case .call = e.kind { return fromCall(e, at: nil) }
            guard case .name(let x) = e.kind, x != p, let function, function.scope.binding(of: x) == .local,
                  !function.parameters.contains(where: { $0.name == x }),
                  let bindings = DecidedControl.bindingOffsets(x, in: function), bindings.count == 1 else { return nil }
            var value: Expr?
            var otherBinding = false
            IRWalk.statements(in: function.body) { s in
                // (Bindings `bindingOffsets` does not list: a handler's name, an import, a def or
                // class, a `match` capture.)
                switch s.kind {
                case .tryStmt(_, let handlers, _, _): if handlers.contains(where: { $0.name == x }) { otherBinding = true }
                case .importModules(let names), .importFrom(_, _, let names):
                    if names.contains(where: { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == x || $0.name == "*" }) { otherBinding = true }
                case .functionDef(let d): if d.name == x { otherBinding = true }
                case .classDef(let c): if c.name == x { otherBinding = true }
                case .match: otherBinding = true
                default: break
                }
                guard s.range.lowerBound == bindings[0], case .assign(let ts, let v) = s.kind, ts.count == 1,
                      case .name(x) = ts[0].kind else { return }
                value = v
            }
            guard !otherBinding, let value else { return nil }
            return fromCall(value, at: bindings[0])
        }

        /// Whether a block always leaves the function (its last statement returns or raises, or
        /// is an `if` both of whose branches do).
        static func leavesFunction(_ stmts: [Stmt]) -> Bool {
            guard let last = stmts.last else { return false }
            switch last.kind {
            case .returnValue, .raise: return true
            case .ifStmt(_, let b, let o): return leavesFunction(b) && leavesFunction(o)
            default: return false
            }
        }

        /// An assignment or `del` target that only binds: not the subject, or (for an attribute)
        /// the attribute itself on an object that is only read (`obj._opts = {}` binds the name).
        func boundOnly(_ t: Expr) -> Bool {
            if attribute != nil, case .attribute(let b, _) = t.kind, isP(t) { return !mentions(b) }
            return !mentions(t)
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
            case .attribute(let b, _) where isP(e):
                // (The subject attribute itself: as for a name.)
                return ctx != .value && expr(b, .value)
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
            case .lambda: return attribute != nil || !mentions(e)
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
                return !asItems && (use.subjectMethods.map { $0.contains(m) } ?? ReadOnlyUse.readMethods.contains(m)) && rest { _, _ in false }
            }
            if case .attribute(let b, "join") = f.kind, case .constant(.string) = b.kind, args.count == 1, args[0].kind == .positional,
               isP(args[0].value), !asItems {
                // `", ".join(p)`: a str's join reads the items (constants).
                return true
            }
            let handed = args.enumerated().filter { ($0.element.kind == .positional || $0.element.kind == .keyword) && isP($0.element.value) }
            if case .attribute(let b, let m) = f.kind, case .name(let me) = b.kind, me == selfName, me != p,
               ReadOnlyUse.readingAssertions.contains(m), let cls = function?.enclosingClass, use.unittestAssertion(module, cls, m) {
                // `self.assertEqual(p, …)`: compared and formatted, not kept; so is a tuple or list
                // made for the comparison (`self.assertEqual(r, (cls, args, p))`).
                func compared(_ e: Expr) -> Bool {
                    if isP(e) { return !asItems }
                    switch e.kind {
                    case .tuple(let xs), .list(let xs): return xs.allSatisfy { x in compared(x) }
                    default: return expr(e, .value)
                    }
                }
                return handed.allSatisfy { $0.element.kind == .positional || $0.element.kind == .keyword }
                    && args.allSatisfy { a in (a.kind == .positional || a.kind == .keyword) ? compared(a.value) : (!mentions(a.value) && expr(a.value, .value)) }
            }
            if handed.isEmpty {
                return expr(f, .value) && rest { _, _ in false }
            }
            if case .name(let n) = f.kind, ReadOnlyUse.readingBuiltins.contains(n) || ["min", "max", "isinstance", "issubclass", "type", "map", "filter"].contains(n),
               !ReadOnlyUse.boundAtModuleLevel(n, module), isGlobal(n) {
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
            if case .name(let n) = f.kind, isGlobal(n), let t = use.callee(module, n) {
                target = (t.module, t.function, false)
            } else if case .attribute(let b, let m) = f.kind, case .name("self") = b.kind,
                      let cls = function?.enclosingClass, let t = use.selfMethod(module, cls, m) {
                target = (t.module, t.function, true)
            }
            if target == nil, case .attribute(let b, _) = f.kind, let root = Self.rootName(b), isGlobal(root), root != p,
               let t = use.moduleFunction(module, f) {
                // `mod.f(p)`: a function of a project module the module imports.
                target = (t.module, t.function, false)
            }
            if target == nil, { if case .name(let n) = f.kind { return isGlobal(n) } else { return false } }(),
               let k = use.constructor(module, f) {
                // `K(p)`: a new instance of a class of the project, its `__init__` bound to it.
                if !use.storingClasses.contains(where: { $0.module.name == k.clsModule.name && $0.cls.id == k.cls.id }) { use.storingClasses.append((k.clsModule, k.cls)) }
                target = (k.module, k.function, true)
            }
            if target == nil, case .attribute(let b, let m) = f.kind, let cls = function?.enclosingClass, let me = selfName, me != p {
                if case .call(let sf, let sargs) = b.kind, case .name("super") = sf.kind, isGlobal("super"),
                   sargs.isEmpty || (sargs.count == 2 && { if case .name(me) = sargs[1].value.kind { return true } else { return false } }()),
                   let t = use.baseMethod(module, cls, nil, m) {
                    // `super().m(…)`: the base's method, bound to the instance.
                    target = (t.module, t.function, true)
                } else if let first = args.first, first.kind == .positional, case .name(me) = first.value.kind,
                          !mentions(b), let t = use.baseMethod(module, cls, b, m) {
                    // `Base.m(self, …)`: the instance passed as the first argument.
                    target = (t.module, t.function, false)
                }
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

        /// The name an attribute chain starts from (`np` of `np.linalg.norm`).
        static func rootName(_ e: Expr) -> String? {
            switch e.kind {
            case .name(let n): return n
            case .attribute(let b, _): return rootName(b)
            default: return nil
            }
        }

        /// A name the code looks up among the module's globals (and builtins).
        func isGlobal(_ n: String) -> Bool {
            guard let function else { return true }
            return function.scope.binding(of: n) == .globalImplicit
        }
    }
}
