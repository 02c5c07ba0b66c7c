import PythonModel

/// Bits of how an `if`, `while` or `for` went in a scenario (`InterpreterState.branchOutcomes`).
enum BranchOutcome {
    /// The body was entered (an `if` test was true, a loop ran at least once).
    static let first: UInt8 = 1
    /// The other way (an `if` test was false, a loop ended without or after its body).
    static let second: UInt8 = 2
    /// Some evaluation came after a choice the model made without knowledge in the same scenario
    /// call (or was itself one): its value may depend on that choice.
    static let dirty: UInt8 = 4
}

/// How one test went over every policy: `BranchOutcome` bits, and the two-way choices (as
/// `module:offset:way`) that came, alone, before evaluations of it in their scenario calls.
struct BranchRecord {
    var bits: UInt8 = 0
    var after = Set<String>()

    mutating func merge(_ other: BranchRecord) {
        bits |= other.bits
        after.formUnion(other.after)
    }

    /// Never dirty, and every lone choice before it was also seen taken the other way, either
    /// before the test or as the only choice of a whole call (which then either reached the test
    /// or never could): the evaluations cover every way known values and that one choice take.
    func decided(lone: Set<String>) -> Bool {
        guard bits & BranchOutcome.dirty == 0 else { return false }
        return after.allSatisfy { c in
            guard let last = c.last else { return false }
            let other = String(c.dropLast()) + (last == "1" ? "0" : "1")
            return after.contains(other) || lone.contains(other)
        }
    }

    /// A choice key (`ModuleKey` × 2 + way) under its module's name.
    static func choiceName(_ c: Int, _ interp: Interpreter) -> String? {
        interp.moduleKeyName(c >> 1).map { "\($0):\(c & 1)" }
    }

    /// An interpreter's records under module names (unit numbers differ between interpreters).
    static func named(_ interp: Interpreter) -> [String: BranchRecord] {
        var out: [String: BranchRecord] = [:]
        for (key, r) in interp.branchOutcomes {
            guard let name = interp.moduleKeyName(key) else { continue }
            var record = BranchRecord(bits: r.bits)
            for c in r.after {
                if let n = choiceName(c, interp) { record.after.insert(n) } else { record.bits |= BranchOutcome.dirty }
            }
            out[name, default: BranchRecord()].merge(record)
        }
        return out
    }
}

/// Whether a statement no run reached is dead for the scenario's callers: the block holding it was
/// never entered because an `if` or loop test, evaluated only on known values (before any choice
/// the model made without knowledge in that scenario call), always went the other way.
///
/// Finer than "no condition anywhere was undecided": a store behind `isinstance(cnfs, dict)` is
/// dead when that test always saw a tuple, even if the caller later branched on an unknown reply.
/// A statement skipped for any other reason (an earlier `return`, an exception, a block entered
/// but left early, a test that was undecided even once) is not dead by this rule.
struct DecidedControl {
    let reached: (Int) -> Bool
    let outcome: (Int) -> BranchRecord?
    /// Two-way choices that were the only choice of a whole scenario call, by name.
    let lone: Set<String>

    /// `site` is a statement start offset inside `function` (its innermost function).
    func isDead(_ site: Int, in function: FunctionDef) -> Bool {
        guard let path = Self.path(to: site, in: function.body) else { return false }
        // Innermost first: the block holding the statement (or the compound statement holding it).
        for step in path.reversed() {
            if let first = step.block.first, reached(first.range.lowerBound) { return false }
            if let key = step.key, step.arm < 2, let record = outcome(key) {
                let taken = step.arm == 0 ? BranchOutcome.first : BranchOutcome.second
                let evaluated = record.bits & (BranchOutcome.first | BranchOutcome.second) != 0
                if evaluated && record.decided(lone: lone) && record.bits & taken == 0 {
                    // A loop's `else` runs after a `break`-free end: not decided by the test alone.
                    if step.isLoop && step.arm == 1 { return false }
                    return true
                }
            }
            // The compound statement itself ran, yet its block was not entered on known values.
            if reached(step.statement) { return false }
        }
        return false
    }

    struct Step {
        /// Start offset of the compound statement.
        var statement: Int
        /// The test's (or iterable's) offset for `if` / `while` / `for`: the key of its outcome.
        var key: Int?
        var isLoop: Bool
        /// Which block: 0 the body, 1 the `else` (other blocks: 2 and up).
        var arm: Int
        var block: [Stmt]
        /// The test of an `if`.
        var test: Expr? = nil
    }

    /// The compound statements (outermost first) whose blocks hold the statement at `site`, within
    /// one function body (nested functions and classes are not entered). nil when not found.
    static func path(to site: Int, in block: [Stmt]) -> [Step]? {
        for s in block {
            if s.range.lowerBound == site { return [] }
            guard s.range.contains(site) else { continue }
            let arms: [(key: Int?, isLoop: Bool, blocks: [[Stmt]])]
            switch s.kind {
            case .ifStmt(let test, let body, let orelse):
                for (i, b) in [body, orelse].enumerated() {
                    if let rest = path(to: site, in: b) {
                        return [Step(statement: s.range.lowerBound, key: test.range.lowerBound, isLoop: false, arm: i, block: b, test: test)] + rest
                    }
                }
                return nil
            case .whileLoop(let test, let body, let orelse): arms = [(test.range.lowerBound, true, [body, orelse])]
            case .forLoop(_, let iter, let body, let orelse, _): arms = [(iter.range.lowerBound, true, [body, orelse])]
            case .with(_, let body, _): arms = [(nil, false, [[], [], body])]
            case .tryStmt(let body, let handlers, let orelse, let finalbody):
                arms = [(nil, false, [[], [], body, orelse, finalbody] + handlers.map(\.body))]
            case .match(_, let cases): arms = [(nil, false, [[], []] + cases.map(\.body))]
            default: return nil
            }
            for a in arms {
                for (i, b) in a.blocks.enumerated() {
                    if let rest = path(to: site, in: b) {
                        return [Step(statement: s.range.lowerBound, key: a.key, isLoop: a.isLoop, arm: i, block: b)] + rest
                    }
                }
            }
            return nil
        }
        return nil
    }
}

extension DecidedControl {
    /// Whether a store in a function that never ran is out of the default's reach: either it is
    /// reached only through that function's own parameters and every statement of the module
    /// naming the function (its class, for an `__init__`) sits in a function that ran and was
    /// skipped there, so no call handed the default over; or it is in a method of a top-level
    /// class and every statement naming the class was skipped that way, so no instance was made.
    /// A nested function never qualifies (it can be handed around), nor does a name used outside
    /// any function (an alias, a base list, a decorator). Answered once per name: the sites of one
    /// module share the walk over it.
    struct HandOverExcuses {
        let module: Module
        let ran: (FunctionDef) -> Bool
        let dead: (Int, FunctionDef) -> Bool
        private var byName: [String: Bool] = [:]

        init(module: Module, ran: @escaping (FunctionDef) -> Bool, dead: @escaping (Int, FunctionDef) -> Bool) {
            self.module = module
            self.ran = ran
            self.dead = dead
        }

        /// `parameters`: how the site was found (`StoreSites.parameters`); the first excuse holds
        /// only for a site reached through `inner`'s own parameters alone.
        mutating func excused(_ site: Int, in inner: FunctionDef, parameters: [(function: Int, parameter: String)]?) -> Bool {
            guard inner.enclosingFunction == nil, !inner.isLambda else { return false }
            let cls = inner.enclosingClass.flatMap { c in c.enclosingFunction == nil ? c : nil }
            if let refs = parameters, !refs.isEmpty, refs.allSatisfy({ $0.function == inner.id }) {
                let callee = inner.name == "__init__" ? cls?.name : inner.name
                if let callee, skipped(callee) { return true }
            }
            // (A method of a class no statement that ran made an instance of: `_Recorder(opts).record(line)`
            // behind a test decided for the default.)
            guard let c = cls, !module.classes.contains(where: { $0.id != c.id && $0.range.contains(c.range.lowerBound) }) else { return false }
            return skipped(c.name)
        }

        private mutating func skipped(_ name: String) -> Bool {
            if let known = byName[name] { return known }
            let answer = DecidedControl.everyMentionSkipped(name, in: module, ran: ran, dead: dead)
            byName[name] = answer
            return answer
        }
    }
}

extension DecidedControl {
    /// Whether every statement of `m` naming `name` (as a name or an attribute) sits in a function
    /// that ran and was skipped there; false when there is no such statement or one sits outside
    /// any function.
    static func everyMentionSkipped(_ name: String, in m: Module, ran: (FunctionDef) -> Bool,
                                    dead: (Int, FunctionDef) -> Bool) -> Bool {
        var mentions: [Int] = []
        IRWalk.expressions(in: m.body, intoFunctions: true) { e in
            switch e.kind {
            case .name(name), .attribute(_, name): mentions.append(e.range.lowerBound)
            default: break
            }
        }
        guard !mentions.isEmpty else { return false }
        for at in mentions {
            guard let f = m.functions.filter({ $0.range.contains(at) && !$0.isLambda }).min(by: { $0.range.count < $1.range.count }),
                  ran(f) else { return false }
            var innermost: Stmt?
            IRWalk.statements(in: f.body) { s in
                guard s.range.contains(at) else { return }
                if case .functionDef = s.kind { return }
                if case .classDef = s.kind { return }
                if innermost == nil || s.range.count < innermost!.range.count { innermost = s }
            }
            guard let st = innermost, dead(st.range.lowerBound, f) else { return false }
        }
        return true
    }
}

extension DecidedControl {
    /// Builtin classes whose instances the model knows by type name, and the classes each is an
    /// instance of.
    static let knownClasses: Set<String> = [
        "str", "bytes", "bytearray", "int", "float", "complex", "bool", "tuple", "list", "dict", "set",
        "frozenset", "NoneType", "object",
    ]
    static let instanceOf: [String: Set<String>] = [
        "dict": ["dict", "object"], "defaultdict": ["dict", "object"], "OrderedDict": ["dict", "object"],
        "Counter": ["dict", "object"], "list": ["list", "object"], "set": ["set", "object"],
        "bytearray": ["bytearray", "object"], "tuple": ["tuple", "object"],
    ]

    /// Whether the statement at `site` of `function` can only run when `isinstance(parameter, T)`
    /// says what it cannot say of the candidate (a `dict` handed in as `cnfs` never passes
    /// `isinstance(cnfs, (type(None), str))`): then no flow of the candidate through that
    /// parameter reaches it. Only for a parameter the function does not bind again before the test.
    ///
    /// Identity tests count too: the candidate is not None (`if opts is None:`), and, for the
    /// target's own parameter, it is the object its default names (`if mapping is _sentinel_dict:`
    /// with `mapping=_sentinel_dict`), given as `defaultName`.
    static func typeGuardExcludes(site: Int, function f: FunctionDef, parameter v: String, candidateType: String?,
                                  defaultName: String? = nil) -> Bool {
        let family = candidateType.flatMap { instanceOf[$0] }
        guard let steps = path(to: site, in: f.body) else { return false }
        // The parameter still holds what the call passed where the test runs: bound nowhere, or
        // only by statements after the test, which no loop around the test runs first
        // (`if isinstance(opts, str): opts = [opts] else: opts = list(opts)`).
        guard let bindings = bindingOffsets(v, in: f) else { return false }
        var inLoop = false
        for step in steps {
            defer { if step.isLoop { inLoop = true } }
            guard step.arm < 2, let test = step.test, let holds = guardHolds(test, v, family, defaultName) else { continue }
            guard bindings.allSatisfy({ $0 >= test.range.upperBound }), bindings.isEmpty || !inLoop else { continue }
            if holds != (step.arm == 0) { return true }
        }
        return false
    }

    /// Whether parameter `v` of `f` still holds what the call passed when the statement starting at
    /// `statement` runs: `f` binds it nowhere before that statement, and no loop holds the
    /// statement (an earlier iteration could have bound it).
    /// (`whenItStarts`: a binding by that statement itself comes after what it reads, as in
    /// `frames = frames or []`.)
    static func holdsArgument(_ v: String, atStatement statement: Int, in f: FunctionDef, whenItStarts: Bool = false) -> Bool {
        guard f.parameters.contains(where: { $0.name == v && $0.kind != .varPositional && $0.kind != .varKeyword }),
              let bindings = bindingOffsets(v, in: f), let steps = path(to: statement, in: f.body),
              !steps.contains(where: \.isLoop) else { return false }
        return bindings.allSatisfy { whenItStarts ? $0 >= statement : $0 > statement }
    }

    /// Where the function binds `name` (statement offsets), or nil when a walrus, `global` or
    /// `nonlocal` binds it (then where is not followed).
    static func bindingOffsets(_ name: String, in f: FunctionDef) -> [Int]? {
        func binds(_ t: Expr) -> Bool {
            switch t.kind {
            case .name(let n): return n == name
            case .tuple(let xs), .list(let xs): return xs.contains(where: binds)
            case .starred(let x): return binds(x)
            default: return false
            }
        }
        var out: [Int] = []
        var opaque = false
        IRWalk.statements(in: f.body) { s in
            switch s.kind {
            case .assign(let targets, _): if targets.contains(where: binds) { out.append(s.range.lowerBound) }
            case .augAssign(let t, _, _), .annAssign(let t, _, _): if binds(t) { out.append(s.range.lowerBound) }
            case .forLoop(let t, _, _, _, _): if binds(t) { out.append(s.range.lowerBound) }
            case .with(let items, _, _): if items.contains(where: { $0.target.map(binds) ?? false }) { out.append(s.range.lowerBound) }
            case .delete(let ts): if ts.contains(where: binds) { out.append(s.range.lowerBound) }
            case .nonlocal(let ns), .global(let ns): if ns.contains(name) { opaque = true }
            default: break
            }
        }
        IRWalk.expressions(in: f.body, intoFunctions: true) { e in
            if case .namedExpr(let t, _) = e.kind, t == name { opaque = true }
        }
        return opaque ? nil : out
    }

    /// `isinstance(v, T)` (or `not` it) for a candidate of the given family: nil when undecided.
    static func guardHolds(_ e: Expr, _ v: String, _ family: Set<String>?, _ defaultName: String? = nil) -> Bool? {
        switch e.kind {
        case .unary(.not, let inner):
            return guardHolds(inner, v, family, defaultName).map { !$0 }
        case .compare(let l, let ops, let rs) where ops.count == 1 && (ops[0] == .is || ops[0] == .isNot):
            // `v is None` / `v is not None`; `v is D` with D the name of the default itself.
            func isV(_ x: Expr) -> Bool { if case .name(v) = x.kind { return true } else { return false } }
            let other: Expr
            if isV(l) { other = rs[0] } else if isV(rs[0]) { other = l } else { return nil }
            let same: Bool
            switch other.kind {
            case .constant(.none): same = false
            case .name(let n) where n == defaultName: same = true
            default: return nil
            }
            return ops[0] == .is ? same : !same
        case .boolOp(let isAnd, let operands):
            // `isinstance(cnf, str) and not kw`: one operand that rules it out decides an `and`,
            // one that holds decides an `or`; the others may be anything.
            let known = operands.map { guardHolds($0, v, family, defaultName) }
            if isAnd { return known.contains(false) ? false : (known.allSatisfy { $0 == true } ? true : nil) }
            return known.contains(true) ? true : (known.allSatisfy { $0 == false } ? false : nil)
        case .call(let f, let args):
            guard let family, case .name("isinstance") = f.kind, args.count == 2, args.allSatisfy({ $0.kind == .positional }),
                  case .name(let n) = args[0].value.kind, n == v else { return nil }
            var names: [String] = []
            func collect(_ t: Expr) -> Bool {
                switch t.kind {
                case .name(let c): names.append(c); return true
                case .tuple(let items): return items.allSatisfy(collect)
                case .call(let g, let a) where a.count == 1:
                    // `type(None)`
                    if case .name("type") = g.kind, case .constant(.none) = a[0].value.kind { names.append("NoneType"); return true }
                    return false
                default: return false
                }
            }
            guard collect(args[1].value) else { return nil }
            if names.contains(where: { family.contains($0) }) { return true }
            return names.allSatisfy { knownClasses.contains($0) } ? false : nil
        default:
            return nil
        }
    }
}

extension Module {
    /// The module-level name a parameter's default is written as (`mapping=_sentinel_dict`), when
    /// the module binds that name once, at top level, and no function declares it `global`: then
    /// the name and the default are the same object whenever the function runs.
    func defaultGlobalName(function id: Int, parameter: String) -> String? {
        guard id < functions.count, let d = functions[id].parameters.first(where: { $0.name == parameter })?.defaultValue,
              case .name(let n) = d.kind else { return nil }
        var bindings = 0
        for s in body {
            switch s.kind {
            case .assign(let ts, _):
                bindings += ts.filter { if case .name(n) = $0.kind { return true } else { return false } }.count
            case .annAssign(let t, _, _), .augAssign(let t, _, _):
                if case .name(n) = t.kind { bindings += 2 }
            case .functionDef(let f) where f.name == n: return nil
            case .classDef(let c) where c.name == n: return nil
            case .importModules(let names), .importFrom(_, _, let names):
                if names.contains(where: { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == n || $0.name == "*" }) { return nil }
            case .forLoop, .with, .delete, .ifStmt, .tryStmt, .whileLoop:
                // (Bound some other way, or conditionally: not followed.)
                var other = false
                IRWalk.statements(in: [s]) { x in
                    switch x.kind {
                    case .assign(let ts, _) where ts.contains(where: { if case .name(n) = $0.kind { return true } else { return false } }): other = true
                    default: break
                    }
                }
                if other { return nil }
            default: break
            }
        }
        guard bindings == 1 else { return nil }
        for f in functions {
            var global = false
            IRWalk.statements(in: f.body) { x in if case .global(let ns) = x.kind, ns.contains(n) { global = true } }
            if global { return nil }
        }
        return n
    }
}
