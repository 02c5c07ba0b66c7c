import Foundation
import PythonModel

extension Interpreter {
    // MARK: - Names

    func load(_ name: String, _ frame: Frame, site: Int) throws -> ObjID {
        switch frame.scope.kind {
        case .module:
            return try loadGlobal(name, site: site, in: frame.moduleObject, frame: frame)
        case .classBody:
            if let v = frame.locals[name] { return v }
            if frame.scope.binding(of: name) == .free, let cell = lookupCell(name, frame) {
                return try cellContents(cell, name: name, site: site)
            }
            return try loadGlobal(name, site: site, in: frame.moduleObject, frame: frame)
        default:
            switch frame.scope.binding(of: name) {
            case .local:
                if let v = frame.locals[name] { return v }
                throw Signal.raise(try makeException("UnboundLocalError", site: site))
            case .cell, .free:
                guard let cell = lookupCell(name, frame) else {
                    throw try raiseUncertain("NameError", site: site)
                }
                return try cellContents(cell, name: name, site: site)
            case .globalExplicit, .globalImplicit:
                return try loadGlobal(name, site: site, in: frame.moduleObject, frame: frame)
            }
        }
    }

    func cellContents(_ cell: ObjID, name: String, site: Int) throws -> ObjID {
        guard case .cell(let v) = heap[cell].payload, let v else {
            throw Signal.raise(try makeException("NameError", site: site))
        }
        return v
    }

    func lookupCell(_ name: String, _ frame: Frame) -> ObjID? {
        var f: Frame? = frame
        while let cur = f {
            if let c = cur.cells[name] { return c }
            f = cur.parent
        }
        return nil
    }

    /// The cell for a cell variable of `frame`, made on first use.
    func ensureCell(_ name: String, _ frame: Frame) -> ObjID {
        if let c = frame.cells[name] { return c }
        let c = heap.allocate("cell", .cell(frame.locals[name]))
        frame.locals[name] = nil
        frame.cells[name] = c
        return c
    }

    func loadGlobal(_ name: String, site: Int, in module: ObjID? = nil, frame: Frame? = nil) throws -> ObjID {
        if let v = global(name, in: module) { noteStoppedGlobal(module ?? moduleObject, name); return v }
        if let b = builtins[name] { return b }
        if let e = exceptionClasses[name] { return e }
        // A public name of a module this one star-imported, left out by an `__all__` the model
        // computed on a choice it could not decide (`[n for n, o in globals().items() if …]`):
        // real code reading it expects it there, not a NameError.
        if !name.hasPrefix("_") {
            for source in starSources[module ?? moduleObject] ?? [] {
                if let v = global(name, in: source) {
                    trace("name `\(name)` read through a star import that left it out")
                    return v
                }
            }
        }
        // A name this module never binds: a star import or a builtin the model does not know.
        // Its value is opaque: a call that hands it the candidate is an escape, a test of it is
        // undecided. In the simulated module that is also an assumption to name; in another
        // module (a star import of an extension, a name its import left unbound) the escape and
        // branch rules already cover every way it can matter.
        // (A module that star-imports names the model does not all have may get it from there:
        // the name is that module's, unknown code like every name of a module heaplint does not follow.)
        // A type parameter (`class Box[T](Base[T])`) or a `type X = …` alias: a typing object
        // its annotation scope binds, which no code the model runs changes.
        let unit = heap.currentUnit
        if unit < units.count, units[unit].module.typeParameterNames.contains(name) {
            return external("typing.\(name)")
        }
        if probedNames.contains(name) { return external(name) }
        if let frame, frame.nameProbes > 0 {
            // Read inside a `try` whose handler takes NameError (`try: get_ipython` / `except
            // NameError: return False`): the code probes for a builtin its host may inject. Either
            // way is one the program handles, decided by where it runs: a choice, not a gap of the
            // model. (Found, it stays found for the rest of the run.)
            if feasibleChoice(site: site) { throw Signal.raise(try makeException("NameError", site: site)) }
            probedNames.insert(name)
            return external(name)
        }
        if module == nil || module == moduleObject, !unknownStarImports.contains(moduleObject) {
            note("name `\(name)` from outside the module")
        } else {
            trace("name `\(name)` from outside module object \(module ?? moduleObject)")
        }
        return external(name)
    }

    func store(_ name: String, _ value: ObjID, _ frame: Frame) {
        switch frame.scope.kind {
        case .module:
            setGlobal(name, value, in: frame.moduleObject)
        case .classBody:
            if frame.scope.binding(of: name) == .globalExplicit { setGlobal(name, value, in: frame.moduleObject) } else { frame.locals[name] = value }
        default:
            switch frame.scope.binding(of: name) {
            case .local: frame.locals[name] = value
            case .cell, .free:
                let cell = lookupCell(name, frame) ?? ensureCell(name, frame)
                heap.objects[cell].payload = .cell(value)
            case .globalExplicit, .globalImplicit: setGlobal(name, value, in: frame.moduleObject)
            }
        }
    }

    func delete(_ name: String, _ frame: Frame) {
        switch frame.scope.kind {
        case .module: deleteGlobal(name, in: frame.moduleObject)
        case .classBody: frame.locals[name] = nil
        default:
            switch frame.scope.binding(of: name) {
            case .local: frame.locals[name] = nil
            case .cell, .free:
                if let cell = lookupCell(name, frame) { heap.objects[cell].payload = .cell(nil) }
            case .globalExplicit, .globalImplicit: deleteGlobal(name, in: frame.moduleObject)
            }
        }
    }

    // MARK: - Statements

    func execBlock(_ stmts: [Stmt], _ frame: Frame) throws -> Completion {
        for s in stmts {
            let c = try exec(s, frame)
            if case .normal = c { continue }
            return c
        }
        return .normal
    }

    func exec(_ stmt: Stmt, _ frame: Frame) throws -> Completion {
        // Offsets and ids are the frame's module's: key them by its unit while the statement runs.
        let outerUnit = heap.currentUnit
        let outerStatement = currentStatement
        heap.currentUnit = frame.unit
        currentStatement = ModuleKey.make(frame.unit, stmt.range.lowerBound)
        defer { heap.currentUnit = outerUnit; currentStatement = outerStatement }
        do {
            let c = try execUnguarded(stmt, frame)
            completedStatements.insert(ModuleKey.make(frame.unit, stmt.range.lowerBound))
            return c
        } catch Signal.raise(let exc) {
            if !uncertainExceptions.contains(exc) { completedStatements.insert(ModuleKey.make(frame.unit, stmt.range.lowerBound)) }
            // The traceback gains an entry for the frame where the exception is raised or passes through.
            addTraceback(exc, frame)
            throw Signal.raise(exc)
        }
    }

    private func execUnguarded(_ stmt: Stmt, _ frame: Frame) throws -> Completion {
        try tick(stmt.range.lowerBound)
        let site = stmt.range.lowerBound
        switch stmt.kind {
        case .expr(let e):
            _ = try eval(e, frame)
        case .assign(let targets, let value):
            let v = try eval(value, frame)
            for t in targets { try assign(t, v, frame) }
            if targets.count == 1, case .name(let n) = targets[0].kind, frame.function != nil {
                noteGetOfEmptyDefault(n, value, statement: site, frame)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value, frame)
        case .annAssign(let target, _, let value):
            if let value { try assign(target, try eval(value, frame), frame) }
        case .delete(let targets):
            for t in targets { try deleteTarget(t, frame) }
        case .pass, .global, .nonlocal:
            break
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .returnValue(let e):
            return .returned(try e.map { try eval($0, frame) } ?? none)
        case .raise(let e, _):
            if let e {
                var exc = try eval(e, frame)
                if case .classObject = heap[exc].payload { exc = try call(exc, [], [], site: site, frame: frame) }
                // (`raise NotImplementedError` in a method: the base's placeholder, which the classes
                // real code uses override. Reached, the model ran the base where real calls run a
                // subclass: the statements it ends did not run as real ones do.)
                if frame.function?.enclosingClass != nil, case .exception(let c?, _, _, _) = heap[exc].payload,
                   let abstract = exceptionClasses["NotImplementedError"], mro(c).contains(abstract) {
                    uncertainExceptions.insert(exc)
                }
                throw Signal.raise(exc)
            }
            if let h = frame.handling { throw Signal.raise(h) }
            throw Signal.raise(try makeException("RuntimeError", site: site))
        case .ifStmt(let test, let body, let orelse):
            let assumedBefore = assumedTests
            let value = try truthOperand(try eval(test, frame), site: test.range.lowerBound, frame: frame)
            if importing, frame.scope.kind == .module, decidedTruth(value) == nil {
                // Both branches, each statement on its own (as top-level statements run): one the
                // model cannot run (or a raise CPython would not reach) does not hide the rest.
                for stmt in body + orelse {
                    do { _ = try exec(stmt, frame) } catch Signal.raise(let exc) {
                        note("exception at import time")
                        trace("statement at byte \(stmt.range.lowerBound) of \(frame.unit < units.count ? units[frame.unit].name : "?") (undecided import-time branch) raised \(heap[exc].typeName) at byte \(heap[exc].origin ?? -1)")
                    }
                }
                return .normal
            }
            let t = try truth(value, site: test.range.lowerBound)
            if !growthMayRaiseMark.isEmpty, decidedTruth(value) == nil, Self.exitsKeepingItems(t ? orelse : body) {
                noteExitSkipped(in: frame, grownBefore: [])
            }
            let onDefault = unchangedDefaultTest(test, statement: site, frame)
            let assumed = assumedTests > assumedBefore ? BranchOutcome.dirty : 0
            recordBranch(test.range.lowerBound, taken: (t ? BranchOutcome.first : BranchOutcome.second) | assumed,
                         clean: assumed == 0 && onDefault.decided && (decidedTruth(value) != nil || onDefault.forced == t))
            return try execBlock(t ? body : orelse, frame)
        case .whileLoop(let test, let body, let orelse):
            return try execWhile(test, body, orelse, frame)
        case .forLoop(let target, let iter, let body, let orelse, _):
            return try execFor(target, iter, body, orelse, frame, statement: site)
        case .with(let items, let body, let isAsync):
            return try execWith(items[...], body, frame, isAsync: isAsync)
        case .tryStmt(let body, let handlers, let orelse, let finalbody):
            return try execTry(body, handlers, orelse, finalbody, frame)
        case .functionDef(let def):
            let f = try makeFunction(def, frame)
            store(def.name, f, frame)
        case .classDef(let def):
            let c = try makeClass(def, frame)
            store(def.name, c, frame)
        case .importModules(let aliases):
            for a in aliases {
                if frame.importFallbacks > 0, missingProjectModule(a.name) || optionalModuleMissing(a.name, site: site, frame: frame) {
                    throw Signal.raise(try makeException("ModuleNotFoundError", site: site))
                }
                if provider != nil, let bound = try importBinding(a, site: site) {
                    store(a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name)), bound, frame)
                    continue
                }
                if let asName = a.asName {
                    store(asName, external(a.name), frame)
                } else {
                    let top = String(a.name.split(separator: ".").first ?? Substring(a.name))
                    store(top, external(top), frame)
                }
            }
        case .importFrom(let mod, let level, let names):
            if provider != nil, try importFrom(mod, level: level, names: names, frame: frame, site: site) { break }
            let prefix = String(repeating: ".", count: level) + mod
            if names.contains(where: { $0.name == "*" }) { unknownStarImports.insert(frame.moduleObject) }
            for a in names where a.name != "*" {
                if level == 0, lacksExtensionAttribute(mod, a.name) {
                    // The names before it are bound, as CPython binds them one by one.
                    throw Signal.raise(try makeException("ImportError", site: site))
                }
                let qualified = prefix.isEmpty || prefix.hasSuffix(".") ? prefix + a.name : prefix + "." + a.name
                store(a.asName ?? a.name, external(qualified), frame)
            }
        case .assert(let test, _):
            _ = try eval(test, frame)
        case .match(let subject, let cases):
            return try execMatch(subject, cases, site: site, frame)
        case .unsupported(let what):
            note(what)
        }
        return .normal
    }

    /// The items of a list or tuple, for sequence patterns.
    func sequenceItems(_ id: ObjID) -> [ObjID]? {
        switch heap[id].payload {
        case .list(let items), .tuple(let items): return items
        default: return nil
        }
    }

    func policyDecision(site: Int, onData: Bool = true) -> Bool {
        undecidedBranches += 1
        if onData { liveFrames.last?.choseOnData = true }
        noteUndecidedSite(site)
        if Self.tracingChoices { FileHandle.standardError.write(Data("heapsim: undecided test at byte \(site) of unit \(heap.currentUnit), in \(liveFrames.map { $0.function?.name ?? "<module>" }.joined(separator: " > "))\n".utf8)) }
        let decision = policy.decide(site: site, call: callCounter, choice: choicesInEntry)
        if choicesInEntry == 0 { firstChoiceInEntry = ModuleKey.make(heap.currentUnit, site) * 2 + (decision ? 1 : 0) }
        choicesInEntry += 1
        return decision
    }

    /// Records which way an `if` or loop went, and whether the test was decided from known values
    /// only (evaluated before any choice the model made without knowledge in this scenario call).
    /// After exactly one two-way choice, the evaluation is kept with that choice: it counts as
    /// decided when the other way of the same choice was seen to reach the test too.
    /// `clean`: the test's value is decided by known values whatever choices came before it
    /// (`testOnUnchangedDefault`).
    func recordBranch(_ offset: Int, taken: UInt8, clean: Bool = false) {
        let key = ModuleKey.make(heap.currentUnit, offset)
        var record = branchOutcomes[key] ?? (0, [])
        record.bits |= taken
        if clean {
            branchOutcomes[key] = record
            return
        }
        // (An evaluation in a frame that holds no watched object is left out: how its test went
        // there says nothing of the calls that had the candidate, whose stores are what counts —
        // `assign_variables(data, variables)` run first on a fresh instance's own arguments.)
        guard !watched.isEmpty, frameMayHoldWatched(liveFrames.last) else { return }
        if choicesInEntry == 1, firstChoiceInEntry >= 0 {
            record.after.insert(firstChoiceInEntry)
        } else if choicesInEntry > 0 {
            record.bits |= BranchOutcome.dirty
        }
        branchOutcomes[key] = record
        if choicesInEntry <= 1, record.bits & BranchOutcome.dirty == 0, entryEvaluations.count < 4096 {
            entryEvaluations.append((key, choicesInEntry))
        }
    }

    /// Whether a frame's locals and cells reach a watched object, in one bounded walk through
    /// containers, instances (and the data attributes of their classes), bound methods' `self`,
    /// cells, generators' frames and what opaque objects were handed; not through modules or
    /// functions (a method's class holds its `__init__`, whose defaults are the candidate, but no
    /// statement stores through that). True when the walk is cut short, or there is no frame.
    func frameMayHoldWatched(_ frame: Frame?) -> Bool {
        guard let frame, frame.function != nil else { return true }
        var stack = Array(frame.locals.values) + Array(frame.cells.values)
        var seen = Set(stack)
        var visited = 0
        func push(_ t: ObjID) { if seen.insert(t).inserted { stack.append(t) } }
        while let id = stack.popLast() {
            if watched.contains(id) { return true }
            visited += 1
            if visited > 512 { return true }
            switch heap.objects[id].payload {
            case .module, .function, .atom, .external, .descriptor: continue
            case .classObject(let c):
                for (_, t) in c.attrs {
                    switch heap.objects[t].payload {
                    case .function, .descriptor, .classObject, .module: continue
                    default: push(t)
                    }
                }
                for b in c.bases { push(b) }
                continue
            case .frame(let fr):
                for t in fr.locals.values { push(t) }
                for t in fr.cells.values { push(t) }
                continue
            default: break
            }
            heap.forEachEdge(id, ordered: false) { label, t in
                if case .name("__func__") = label { return }
                if case .name("func") = label { return }
                push(t)
            }
        }
        return false
    }

    /// An `if` test (evaluated to a known truth), or a `for` loop's iterable, that only the length or the type of a watched
    /// default decides (`if not acc`, `len(nsmap) > 0`, `acc is None`,
    /// `isinstance(types, str_types)`, and `and` / `or` / `not` of such), read through a parameter
    /// that still holds what the call passed, while the default is as long as its `def` made it.
    /// Every evaluation before the first change of its length goes this way, whatever choices
    /// came before it in the call: a store behind the other way cannot be that first change, so
    /// (with the other stores) the default never changes and the store is dead. (The classes of an
    /// `isinstance` are names no function of the module binds with `global`.)
    func testOnUnchangedDefault(_ test: Expr, statement: Int, _ frame: Frame) -> Bool {
        unchangedDefaultTest(test, statement: statement, frame).decided
    }

    /// After `x = opts.get("k")` (or `.get("k", C)`, constants only): whether `x` now holds the
    /// constant an unchanged, empty default dict gives, in the function's one binding of `x`
    /// (`Frame.readFromEmptyDefault`). Such a value is the same whatever choices came before, as
    /// a test of the default itself is.
    func noteGetOfEmptyDefault(_ n: String, _ value: Expr, statement: Int, _ frame: Frame) {
        guard !watched.isEmpty, !defaultLengths.isEmpty, let f = frame.function else { return }
        var clean: ObjID?
        if case .call(let callee, let args) = value.kind, case .attribute(let base, "get") = callee.kind,
           case .name(let p) = base.kind, (1...2).contains(args.count),
           args.allSatisfy({ a in
               guard a.kind == .positional else { return false }
               if case .constant = a.value.kind { return true } else { return false }
           }),
           frame.scope.binding(of: p) == .local, let v = frame.locals[p], watched.contains(v),
           case .dict(let store, nil) = heap[v].payload, store.count == 0, defaultLengths[v] == 0 {
            let key = "\(frame.unit):\(statement):\(n)"
            let sole: Bool
            if let known = soleBindingAt[key] { sole = known } else {
                sole = Self.soleBinding(n, at: statement, in: f) && DecidedControl.holdsArgument(p, atStatement: statement, in: f)
                soleBindingAt[key] = sole
            }
            if sole { clean = v }
        }
        if let clean { frame.readFromEmptyDefault[n] = clean } else if !frame.readFromEmptyDefault.isEmpty { frame.readFromEmptyDefault[n] = nil }
    }

    /// Whether the assignment at `statement` is the only statement of `f` that binds `name` (no
    /// loop target, `with` / `except` / import / `def` / `class` / `match` binding, walrus,
    /// `global` or `nonlocal`).
    static func soleBinding(_ name: String, at statement: Int, in f: FunctionDef) -> Bool {
        guard f.parameters.allSatisfy({ $0.name != name }),
              let offsets = DecidedControl.bindingOffsets(name, in: f), offsets == [statement] else { return false }
        var other = false
        IRWalk.statements(in: f.body) { s in
            switch s.kind {
            case .tryStmt(_, let handlers, _, _): if handlers.contains(where: { $0.name == name }) { other = true }
            case .importModules(let aliases), .importFrom(_, _, let aliases):
                if aliases.contains(where: { ($0.asName ?? String($0.name.split(separator: ".").first ?? "")) == name }) { other = true }
            case .functionDef(let d): if d.name == name { other = true }
            case .classDef(let c): if c.name == name { other = true }
            case .match: other = true
            default: break
            }
        }
        return !other
    }

    /// `testOnUnchangedDefault`, and the truth an `and` / `or` must come out with whatever its
    /// other operands are (`kw and cnf` on an empty default: false), when one operand forces it.
    func unchangedDefaultTest(_ test: Expr, statement: Int, _ frame: Frame) -> (decided: Bool, forced: Bool?) {
        guard !watched.isEmpty, !defaultLengths.isEmpty, let f = frame.function else { return (false, nil) }
        func fixedName(_ n: String) -> Bool {
            guard frame.scope.binding(of: n) == .globalImplicit, frame.unit < units.count else { return false }
            let key = "\(frame.unit):\(n)"
            if let known = fixedGlobals[key] { return known }
            var declared = false
            IRWalk.statements(in: units[frame.unit].module.body) { s in
                if case .global(let names) = s.kind, names.contains(n) { declared = true }
            }
            fixedGlobals[key] = !declared
            return !declared
        }
        func classes(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return fixedName(n)
            case .tuple(let items): return !items.isEmpty && items.allSatisfy(classes)
            default: return false
            }
        }
        func candidate(_ e: Expr, lengthMatters: Bool = true) -> Bool {
            guard case .name(let n) = e.kind else { return false }
            let value: ObjID?
            switch frame.scope.binding(of: n) {
            case .local: value = frame.locals[n]
            case .cell: value = frame.cells[n].flatMap { if case .cell(let v) = heap[$0].payload { return v } else { return nil } }
            default: value = nil
            }
            guard let v = value, watched.contains(v), let made = defaultLengths[v],
                  !lengthMatters || containerLength(v) == made else { return false }
            // (A fact of the code: found once per test and name, not at every evaluation.)
            let key = "\(frame.unit):\(statement):\(n)"
            if let known = holdsArgumentAt[key] { return known }
            let holds = DecidedControl.holdsArgument(n, atStatement: statement, in: f)
            holdsArgumentAt[key] = holds
            return holds
        }
        func lengthOf(_ e: Expr) -> Bool {
            guard case .call(let callee, let args) = e.kind, case .name("len") = callee.kind, args.count == 1,
                  args[0].kind == .positional, frame.scope.binding(of: "len") == .globalImplicit,
                  global("len", in: frame.moduleObject) == nil else { return false }
            return candidate(args[0].value)
        }
        func constant(_ e: Expr, none: Bool) -> Bool {
            switch e.kind {
            case .constant(.none): return none
            case .constant(.int): return !none
            default: return false
            }
        }
        /// A test of the default's truth alone (`cnf`, `not cnf`) that comes out `truthy` while the
        /// default is as its `def` made it.
        func comesOut(_ e: Expr, truthy: Bool) -> Bool {
            switch e.kind {
            case .name(let n):
                guard candidate(e), let v = frame.scope.binding(of: n) == .local ? frame.locals[n] : nil,
                      let length = containerLength(v) else { return false }
                return (length > 0) == truthy
            case .unary(.not, let x): return comesOut(x, truthy: !truthy)
            default: return false
            }
        }
        /// A local holding what `.get` gave on the unchanged, empty default (`noteGetOfEmptyDefault`).
        func readFromDefault(_ e: Expr) -> Bool {
            guard case .name(let n) = e.kind, let d = frame.readFromEmptyDefault[n],
                  frame.scope.binding(of: n) == .local else { return false }
            // (The default is still as made: nothing put the key there since.)
            return watched.contains(d) && containerLength(d) == 0
        }
        func decided(_ e: Expr) -> Bool {
            switch e.kind {
            case .name: return candidate(e) || readFromDefault(e)
            case .call(let callee, let args):
                if case .name("isinstance") = callee.kind, args.count == 2, args.allSatisfy({ $0.kind == .positional }),
                   fixedName("isinstance"), global("isinstance", in: frame.moduleObject) == nil {
                    return candidate(args[0].value, lengthMatters: false) && classes(args[1].value)
                }
                // A function of a name the module never rebinds (`np.iterable(k)`, `is_seq(k)`)
                // given only the unchanged default and constants: its result, when it ran without
                // a choice the model made, is what it is for the default.
                let fixedCallee: Bool
                var function: ObjID?
                switch callee.kind {
                case .name(let n):
                    fixedCallee = fixedName(n)
                    function = global(n, in: frame.moduleObject)
                case .attribute(let b, let attr):
                    if case .name(let m) = b.kind, fixedName(m) {
                        fixedCallee = true
                        if let mod = global(m, in: frame.moduleObject), case .module(_, let g) = heap[mod].payload { function = g[attr] }
                    } else { fixedCallee = false }
                default: fixedCallee = false
                }
                // (Only a Python function whose module rebinds no global from inside a function:
                // one reading a flag other code toggles, `global STRICT`, may answer otherwise later.)
                guard fixedCallee, let function, case .function(let st) = heap[function].payload,
                      !unitRebindsGlobals(ModuleKey.unit(st.def)), args.contains(where: { candidate($0.value) }) else { return false }
                return args.allSatisfy { a in
                    guard a.kind == .positional else { return false }
                    if case .constant = a.value.kind { return true }
                    return candidate(a.value)
                }
            case .unary(.not, let x): return decided(x)
            // (`kw and cnf` on an empty default is false whatever `kw` is; `kw or cnf` on a
            // non-empty one is true.)
            case .boolOp(let isAnd, let xs): return xs.allSatisfy(decided) || xs.contains { comesOut($0, truthy: !isAnd) }
            case .compare(let l, let ops, let rs) where ops.count == 1:
                switch ops[0] {
                case .is, .isNot: return (candidate(l) || readFromDefault(l)) && constant(rs[0], none: true)
                case .eq, .notEq, .lt, .ltE, .gt, .gtE:
                    return (lengthOf(l) && constant(rs[0], none: false)) || (constant(l, none: false) && lengthOf(rs[0]))
                default: return false
                }
            default: return false
            }
        }
        if case .boolOp(let isAnd, let xs) = test.kind, xs.contains(where: { comesOut($0, truthy: !isAnd) }) {
            return (true, !isAnd)
        }
        return (decided(test), nil)
    }

    /// Whether a function of the unit's module declares `global` (it rebinds module state that
    /// the module's other functions read).
    func unitRebindsGlobals(_ u: Int) -> Bool {
        let key = "\(u):global"
        if let known = fixedGlobals[key] { return known }
        let m = u == 0 ? module : (u < units.count ? units[u].module : nil)
        var declares = m == nil
        if let m {
            IRWalk.statements(in: m.body) { s in if case .global = s.kind { declares = true } }
        }
        fixedGlobals[key] = declares
        return declares
    }

    /// The number of items of a list, dict or set (nil for other objects).
    func containerLength(_ id: ObjID) -> Int? {
        switch heap[id].payload {
        case .list(let items): return items.count
        case .dict(let store, _): return store.count
        case .set(let store): return store.count
        default: return nil
        }
    }

    /// Before a call of an entry: what `endEntryCall` compares with.
    func beginEntryCall() {
        entryStartObject = heap.objects.count
        entryStartUndecided = dataUndecided
        loopCutInEntry = false
        leftGrownByChoice.removeAll(keepingCapacity: true)
        growersInEntry.removeAll(keepingCapacity: true)
        entryStartLengths.removeAll(keepingCapacity: true)
        for id in watched { if let n = containerLength(id) { entryStartLengths[id] = n } }
    }

    /// At the end of a scenario call (`completed` false: it stopped on a bound): a two-way choice
    /// that was its only one is kept, and tests evaluated before choices whose other ways no
    /// policy ran together become undecided; a watched container it left longer than it found it,
    /// after tests on data, is noted (`leftGrownUndecided`).
    func endEntryCall(completed: Bool = true) {
        // (What a call added and took out again is judged call by call.)
        growthMayRaiseMark.removeAll(keepingCapacity: true)
        exitSkippedAfterGrowth.removeAll(keepingCapacity: true)
        if dataUndecided > entryStartUndecided, !loopCutInEntry {
            for (id, before) in entryStartLengths where (containerLength(id) ?? 0) > before {
                if leftGrownUndecided[id] == nil {
                    trace("call of an entry left object \(id) grown (\(before) → \(containerLength(id) ?? 0)) after undecided tests")
                }
                leftGrownUndecided[id, default: []].formUnion(growersInEntry[id] ?? [])
            }
        }
        if completed, choicesInEntry == 1, firstChoiceInEntry >= 0 { loneChoiceCalls.insert(firstChoiceInEntry) }
        for (key, at) in entryEvaluations {
            let trailing = choicesInEntry - at
            if !completed || (at == 0 && trailing > 1) || (at == 1 && trailing > 0) {
                branchOutcomes[key]?.bits |= BranchOutcome.dirty
            }
        }
        entryEvaluations.removeAll(keepingCapacity: true)
    }

    /// A choice the model makes without knowledge, other than a two-way policy decision.
    func noteChoice() {
        if choicesInEntry == 0 { firstChoiceInEntry = -1 }
        choicesInEntry += 1
    }

    func execWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt], _ frame: Frame) throws -> Completion {
        var iterations = 0
        let undecidedAtStart = undecidedBranches
        let assumedAtStart = assumedTests
        // (A decided test that reads a variable holding an object the model does not know:
        // `ttype = ttype.parent` walking up a chain of unknown objects toward one its table knows,
        // never reached when the table lost its keys to code the model could not run. The names
        // are found once, when a loop has run past the rounds of an undecided one.)
        var testNames: [String]?
        func readsUnknownObject() -> Bool {
            if testNames == nil {
                var names: [String] = []
                IRWalk.expressions(in: [Stmt(.expr(test), test.range)]) { e in if case .name(let n) = e.kind { names.append(n) } }
                testNames = names
            }
            return testNames!.contains { n in
                guard let v = frame.locals[n] else { return false }
                switch heap[v].payload { case .opaque, .external: return true; default: return false }
            }
        }
        while true {
            // A loop whose exit depends on conditions the model cannot decide runs a few times, then is
            // assumed to end, as each branch policy explores one way through it. (So does one whose
            // test only an assumption about fresh values decided: `ttype not in styles` of a token
            // type an outside caller passes, walked up by `ttype = ttype.parent`.)
            if iterations > bounds.unknownLoopIterations + 2,
               undecidedBranches > undecidedAtStart || assumedTests > assumedAtStart || readsUnknownObject() {
                // (A way out CPython may never take: what the call leaves is not a real end.)
                loopCutInEntry = true
                liveFrames.last?.loopCut = true
                break
            }
            let assumedBefore = assumedTests
            let v = try eval(test, frame)
            let decided = decidedTruth(v)
            let assumed = assumedTests > assumedBefore ? BranchOutcome.dirty : 0
            var go: Bool
            if let d = decided {
                go = d
            } else {
                undecidedBranches += 1
                liveFrames.last?.choseOnData = true
                noteUndecidedSite(test.range.lowerBound)
                noteChoice()
                // (Unlike a `for` over unknown data, a `while` whose test is undecided may not run
                // at all: the policy that takes tests false does not enter it.)
                go = iterations < (policy == .takeFalse ? 0 : unknownIterations())
            }
            recordBranch(test.range.lowerBound, taken: (go ? BranchOutcome.first : BranchOutcome.second) | assumed)
            if !go { break }
            iterations += 1
            if iterations > bounds.maxLoopIterations {
                throw Signal.abort("loop at byte \(test.range.lowerBound) did not end within \(bounds.maxLoopIterations) iterations")
            }
            switch try execBlock(body, frame) {
            case .breakLoop: return .normal
            case .returned(let r): return .returned(r)
            case .normal, .continueLoop: continue
            }
        }
        return try execBlock(orelse, frame)
    }

    /// Items an unknown iterable yields. Policies vary how many, but never zero: loops over data
    /// the model cannot see are assumed to see some.
    func unknownIterations() -> Int {
        switch policy {
        case .takeTrue: return bounds.unknownLoopIterations
        case .takeFalse: return 1
        case .alternate: return callCounter % 2 == 0 ? bounds.unknownLoopIterations : 1
        }
    }

    /// A loop over items the model cannot count runs its body a few times only: a list this call
    /// made that the body appends to (`accepted.append(addr)`) then holds as many items as real
    /// calls have, a number the model does not know, so `len(accepted) == 3` is undecided rather
    /// than false after two rounds.
    func listsGrownPerItem(_ body: [Stmt], _ frame: Frame) {
        guard entryStartObject > 0 else { return }
        func mark(_ e: Expr) {
            guard case .name(let n) = e.kind, let l = frame.locals[n], l >= entryStartObject, case .list = heap[l].payload,
                  typeName(l) == "list" else { return }
            unknownLengthLists.insert(l)
        }
        IRWalk.expressions(in: body, intoFunctions: false) { e in
            if case .call(let f, _) = e.kind, case .attribute(let o, let m) = f.kind, ["append", "extend", "insert"].contains(m) { mark(o) }
        }
        IRWalk.statements(in: body) { st in
            if case .augAssign(let target, .add, _) = st.kind { mark(target) }
        }
    }

    /// The watched objects that grew in this call, in `frame` or a call it made, and not before
    /// (`grownBefore`): a way out of `frame` the model did not take may keep what they gained.
    func noteExitSkipped(in frame: Frame, grownBefore: Set<ObjID>) {
        for (id, mark) in growthMayRaiseMark where !grownBefore.contains(id) && !exitSkippedAfterGrowth.contains(id) {
            var f = mark.frame
            while let g = f, g !== frame { f = g.back }
            if f != nil { exitSkippedAfterGrowth.insert(id) }
        }
    }

    /// Whether the statements yield (not in a nested `def`).
    static func yields(_ stmts: [Stmt]) -> Bool {
        var found = false
        IRWalk.expressions(in: stmts, intoFunctions: false) { e in
            switch e.kind {
            case .yield, .yieldFrom: found = true
            default: break
            }
        }
        return found
    }

    /// Statements that may leave the function (a `return` or `raise`, not in a nested `def`) and
    /// take nothing out of anything on the way (no `del`, no `.clear()`, `.pop()`, `.remove()` …).
    static func exitsKeepingItems(_ stmts: [Stmt]) -> Bool {
        var exits = false
        var removes = false
        func walk(_ ss: [Stmt]) {
            for s in ss {
                switch s.kind {
                case .returnValue, .raise: exits = true
                case .delete: removes = true
                case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): walk(b); walk(o)
                case .with(_, let b, _): walk(b)
                case .tryStmt(let b, let hs, let o, let f): walk(b); for h in hs { walk(h.body) }; walk(o); walk(f)
                case .match(_, let cases): for c in cases { walk(c.body) }
                default: break
                }
            }
        }
        walk(stmts)
        guard exits, !removes else { return false }
        IRWalk.expressions(in: stmts, intoFunctions: false) { e in
            if case .call(let f, _) = e.kind, case .attribute(_, let m) = f.kind,
               ["clear", "pop", "popleft", "popitem", "remove", "discard"].contains(m) { removes = true }
        }
        return !removes
    }

    /// A loop body holding an `if` one of whose ways leaves the function keeping what it added
    /// (`exitsKeepingItems`), not counting nested `def`s.
    static func hasExitKeepingItems(_ stmts: [Stmt]) -> Bool {
        for s in stmts {
            switch s.kind {
            case .ifStmt(_, let b, let o):
                if exitsKeepingItems(b) || exitsKeepingItems(o) || hasExitKeepingItems(b) || hasExitKeepingItems(o) { return true }
            case .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                if hasExitKeepingItems(b) || hasExitKeepingItems(o) { return true }
            case .with(_, let b, _): if hasExitKeepingItems(b) { return true }
            case .tryStmt(let b, let hs, let o, _):
                if hasExitKeepingItems(b) || hs.contains(where: { hasExitKeepingItems($0.body) }) || hasExitKeepingItems(o) { return true }
            case .match(_, let cases): if cases.contains(where: { exitsKeepingItems($0.body) || hasExitKeepingItems($0.body) }) { return true }
            default: break
            }
        }
        return false
    }

    /// One pass of a `for` body with `item` bound to its target: nil to go on, else how the loop ends.
    private func forIteration(_ target: Expr, _ item: ObjID, _ body: [Stmt], _ frame: Frame) throws -> Completion? {
        try assign(target, item, frame)
        switch try execBlock(body, frame) {
        case .breakLoop: return .normal
        case .returned(let r): return .returned(r)
        case .normal, .continueLoop: return nil
        }
    }

    /// Whether a loop body has a `break` or `return` of its own (not one of a nested loop's
    /// `break`, nor of a nested `def`).
    static func mayLeaveLoop(_ body: [Stmt], nested: Bool = false) -> Bool {
        body.contains { st in
            switch st.kind {
            case .breakLoop: return !nested
            case .returnValue: return true
            case .ifStmt(_, let b, let o): return mayLeaveLoop(b, nested: nested) || mayLeaveLoop(o, nested: nested)
            case .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): return mayLeaveLoop(b, nested: true) || mayLeaveLoop(o, nested: nested)
            case .with(_, let b, _): return mayLeaveLoop(b, nested: nested)
            case .tryStmt(let b, let hs, let o, let f):
                return mayLeaveLoop(b, nested: nested) || hs.contains { mayLeaveLoop($0.body, nested: nested) }
                    || mayLeaveLoop(o, nested: nested) || mayLeaveLoop(f, nested: nested)
            case .match(_, let cases): return cases.contains { mayLeaveLoop($0.body, nested: nested) }
            default: return false
            }
        }
    }

    func execFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], _ frame: Frame, statement: Int) throws -> Completion {
        // (Choices noted from here on: the items, or their count, are the model's guess.)
        let choicesBefore = choicesInEntry
        var iterable = try eval(iter, frame)
        if let m = userMethod(iterable, "__iter__") {
            // `for x in obj` calls `type(obj).__iter__(obj)` once and iterates what it returns: a
            // generator (an `__iter__` that yields) item by item, like any other.
            let it = try call(try bindIfFunction(m, to: iterable, site: iter.range.lowerBound), [], [], site: iter.range.lowerBound, frame: frame)
            if it != iterable { iterable = it }
        }
        if typeName(iterable) == "itertools.count", let c = heap[iterable].constant, let start = Int(c) {
            // An endless count: as many items as the loop takes (a generator's loop runs on as
            // often as it is resumed), up to the loop bound; it never ends by itself.
            var i = start
            while true {
                guard i - start < bounds.maxLoopIterations else {
                    throw Signal.abort("loop over itertools.count() did not end within \(bounds.maxLoopIterations) iterations")
                }
                let item = makeInt(i, site: iter.range.lowerBound)
                i += 1
                heap.objects[iterable].constant = String(i)
                if let end = try forIteration(target, item, body, frame) { return end }
            }
        }
        if case .generator = heap[iterable].payload, canResume(iterable) {
            recordBranch(iter.range.lowerBound, taken: BranchOutcome.first | BranchOutcome.second | BranchOutcome.dirty)
            // A generator is resumed item by item: a loop that stops early (`break`, `return`, an
            // exception) leaves it suspended, and what follows its `yield` does not run.
            // (A loop body with neither `break` nor `return` takes every item: see
            // `removalSkip`.)
            if !Self.mayLeaveLoop(body), let f = pendingGenerators[iterable] ?? coroutines[iterable]?.frames.first { f.consumerDrains = true }
            var taken = 0
            while let item = try resume(iterable, sending: none) {
                taken += 1
                if taken > bounds.maxLoopIterations {
                    throw Signal.abort("iterator did not stop within \(bounds.maxLoopIterations) items")
                }
                if let end = try forIteration(target, item, body, frame) { return end }
            }
            return try execBlock(orelse, frame)
        }
        if isLazyOverGenerator(iterable) {
            recordBranch(iter.range.lowerBound, taken: BranchOutcome.first | BranchOutcome.second | BranchOutcome.dirty)
            var taken = 0
            while let item = try nextLazyItem(iterable, index: taken, site: iter.range.lowerBound) {
                taken += 1
                if taken > bounds.maxLoopIterations {
                    throw Signal.abort("iterator did not stop within \(bounds.maxLoopIterations) items")
                }
                if let end = try forIteration(target, item, body, frame) { return end }
            }
            return try execBlock(orelse, frame)
        }
        if typeName(iterable) == Self.listIterator, case .list(let first) = heap[iterable].payload {
            // An iterator the body may advance too (`next(it)`): one item at a time.
            recordBranch(iter.range.lowerBound, taken: first.isEmpty ? BranchOutcome.second : BranchOutcome.first)
            var taken = 0
            while case .list(var rest) = heap[iterable].payload, !rest.isEmpty {
                let item = rest.removeFirst()
                heap.objects[iterable].payload = .list(rest)
                taken += 1
                if taken > bounds.maxLoopIterations { throw Signal.abort("iteration over more than \(bounds.maxLoopIterations) items") }
                if let end = try forIteration(target, item, body, frame) { return end }
            }
            return try execBlock(orelse, frame)
        }
        let countUnknown: Bool
        switch heap[iterable].payload {
        case .opaque: countUnknown = true
        case .list: countUnknown = unknownLengthLists.contains(iterable)
        case .atom: countUnknown = heap[iterable].constant == nil && ["str", "bytes"].contains(typeName(iterable))
        default: countUnknown = false
        }
        let items = try iterate(iterable, site: iter.range.lowerBound, frame: frame)
        if countUnknown { listsGrownPerItem(body, frame) }
        // (Items the model cannot count: real calls take more rounds than the model runs, and a
        // round after one that grew a watched object may leave the function at a `return` inside
        // the loop whose test the model could not decide, before a removal after the loop.)
        // (Likewise a generator resumed item by item whose loop over a count the model guessed
        // — `enumerate(range(0, len(payload), size))` of unknown data — yields in its body: a
        // consumer that stops after a round that grew something never resumes it past the loop,
        // to a removal after it.)
        let yieldsToStoppableConsumer = choicesInEntry > choicesBefore && frame.coroutine != nil && !frame.consumerDrains
            && Self.yields(body)
        let grownBefore = countUnknown || yieldsToStoppableConsumer ? Set(growthMayRaiseMark.keys) : []
        defer {
            if countUnknown || yieldsToStoppableConsumer, growthMayRaiseMark.count > grownBefore.count,
               yieldsToStoppableConsumer || Self.hasExitKeepingItems(body) {
                noteExitSkipped(in: frame, grownBefore: grownBefore)
            }
        }
        // (A loop over the watched default itself, as long as its `def` made it, goes the same way
        // whatever choices came before it: `for parent in parents` on an empty default never runs
        // its body until something else grows the default — `testOnUnchangedDefault`.)
        recordBranch(iter.range.lowerBound, taken: items.isEmpty ? BranchOutcome.second : BranchOutcome.first,
                     clean: testOnUnchangedDefault(iter, statement: statement, frame))
        for item in items {
            if let end = try forIteration(target, item, body, frame) { return end }
        }
        return try execBlock(orelse, frame)
    }

    /// `with` as CPython runs it: `__enter__` (or `__aenter__`), the body, then `__exit__` with
    /// `(None, None, None)` when the body completes (also by `return` / `break`), or with the
    /// exception's class, the exception and its traceback when it raises; a true result of
    /// `__exit__` swallows the exception (`contextlib.suppress`, a transaction that rolls back).
    /// A `@contextmanager` generator is resumed to its `yield` and gets the exception thrown in
    /// there, as `_GeneratorContextManager` does; an ExitStack exits what it entered.
    func execWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ frame: Frame, isAsync: Bool = false) throws -> Completion {
        guard let item = items.first else { return try execBlock(body, frame) }
        let ctx = try eval(item.context, frame)
        let site = item.context.range.lowerBound
        // How this context is entered and exited, and whether its exit can tell errors apart (a
        // Python `__exit__`, a `@contextmanager` generator, an ExitStack holding contexts).
        let entered: ObjID
        let exit: (ObjID?) throws -> Bool
        let exitSeesErrors: () -> Bool
        if contextManagerGenerators.contains(ctx) {
            guard let v = try enterGeneratorContext(ctx, site: site) else {
                return try execWith(items.dropFirst(), body, frame, isAsync: isAsync)
            }
            entered = v
            exit = { try self.exitGeneratorContext(ctx, raised: $0, site: site) }
            exitSeesErrors = { true }
        } else if typeName(ctx) == "ExitStack", case .list = heap[ctx].payload {
            entered = ctx
            exit = { try self.unwindExitStack(ctx, raised: $0, site: site, frame: frame) }
            exitSeesErrors = { if case .list(let held) = self.heap[ctx].payload { return !held.isEmpty }; return false }
        } else {
            var v = ctx
            if let enter = try lookupMethod(ctx, isAsync ? "__aenter__" : "__enter__", site: site) {
                v = try call(enter, [], [], site: site, frame: frame)
            }
            entered = v
            exit = { try self.exitContext(ctx, raised: $0, isAsync: isAsync, site: site, frame: frame) }
            exitSeesErrors = { if case .instance = self.heap[ctx].payload { return true }; return false }
        }
        if let t = item.target { try assign(t, entered, frame) }
        let result: Completion
        let mayRaiseBefore = mayRaiseCount
        do {
            result = try execWith(items.dropFirst(), body, frame, isAsync: isAsync)
            if exitSeesErrors(), let exc = try mayHaveRaised(since: mayRaiseBefore, site: site) { throw Signal.raise(exc) }
        } catch Signal.generatorStop {
            // Closing a generator raises GeneratorExit at its yield: the context still exits.
            _ = try? exit(nil)
            throw Signal.generatorStop
        } catch Signal.raise(let exc) {
            if try exit(exc) { return .normal }
            throw Signal.raise(exc)
        }
        _ = try exit(nil)
        return result
    }

    /// A block that ran code which may raise for real callers (an unknown call, a parse of unknown
    /// text) but did not raise in the model: whether it raises is an undecided choice, taken both
    /// ways by the branch policies, so an exit that differs on errors is seen both ways. Returns
    /// the exception to exit with, or nil to complete normally.
    func mayHaveRaised(since before: Int, site: Int) throws -> ObjID? {
        guard mayRaiseCount > before else { return nil }
        let completes = try truth(heap.allocate("bool", .atom, origin: site), site: site)
        return completes ? nil : try makeException("Exception", site: site)
    }

    /// Resumes a `@contextmanager` generator to its `yield`: the value the `with` binds; nil when the
    /// model cannot resume it (too many coroutines), after noting that.
    func enterGeneratorContext(_ gen: ObjID, site: Int) throws -> ObjID? {
        guard canResume(gen) else {
            note("a @contextmanager generator past the model's coroutine limit")
            return nil
        }
        guard let v = try resume(gen, sending: none) else {
            throw Signal.raise(try makeException("RuntimeError", site: site))
        }
        return v
    }

    /// Ends a `@contextmanager` block: resumes the generator to its end, or throws the block's
    /// exception in at its `yield`; returns whether the exception is swallowed.
    func exitGeneratorContext(_ gen: ObjID, raised: ObjID?, site: Int) throws -> Bool {
        guard coroutines[gen] != nil else { return false }
        do {
            if try resume(gen, sending: none, throwing: raised) != nil {
                // It yielded again: CPython raises RuntimeError("generator didn't stop").
                try closeCoroutine(gen)
                throw Signal.raise(try makeException("RuntimeError", site: site))
            }
        } catch Signal.raise(let e) where e == raised {
            return false
        }
        return raised != nil
    }

    /// `contextlib.ExitStack`: `enter_context` enters a context and keeps it; `callback` keeps a
    /// call for later; `push` keeps an exit callback; `close` / `__exit__` unwind them in reverse.
    func exitStackMethod(_ method: String, _ stack: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                         site: Int, frame: Frame) throws -> ObjID {
        switch method {
        case "enter_context", "enter_async_context":
            guard let cm = args.first else { return opaque(site: site) }
            var entered = cm
            if contextManagerGenerators.contains(cm) {
                guard let v = try enterGeneratorContext(cm, site: site) else { return opaque(site: site) }
                entered = v
            } else if let enter = try lookupMethod(cm, method == "enter_context" ? "__enter__" : "__aenter__", site: site) {
                entered = try call(enter, [], [], site: site, frame: frame)
            } else if case .instance = heap[cm].payload {
                throw Signal.raise(try makeException("TypeError", site: site))
            }
            withList(stack) { $0.append(cm) }
            return entered
        case "callback", "push_async_callback":
            guard let fn = args.first else { return none }
            let entry = heap.allocate("ExitStack.callback", .tuple(args), origin: site)
            heap.objects[entry].constant = nil
            _ = kwargs
            withList(stack) { $0.append(entry) }
            return fn
        case "push", "push_async_exit":
            if let a0 = args.first { withList(stack) { $0.append(a0) } }
            return args.first ?? none
        case "close", "aclose":
            _ = try unwindExitStack(stack, raised: nil, site: site, frame: frame)
            return none
        case "pop_all":
            var moved: [ObjID] = []
            withList(stack) { moved = $0; $0 = [] }
            return heap.allocate("ExitStack", .list(moved), origin: site)
        case "__enter__", "__aenter__":
            return stack
        default:
            return opaque(site: site)
        }
    }

    /// A `threading.Thread(target=…)`: `start()` runs the target with its arguments, to its end
    /// (what it raises is printed by the thread and lost); `join()` then has nothing to wait for.
    func threadMethod(_ method: String, _ t: ObjID, _ parts: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        switch method {
        case "start", "run":
            let target = parts[0]
            guard target != none else { return none }
            let args = try parts[1] == none ? [] : iterate(parts[1], site: site, frame: frame)
            var kwargs: [(String, ObjID)] = []
            if case .dict(let store, _) = heap[parts[2]].payload {
                for (k, v) in zip(store.keys, store.values) {
                    guard let name = heap[k].constant else { return opaque(site: site) }
                    kwargs.append((name, v))
                }
            }
            do { _ = try call(target, args, kwargs, site: site, frame: frame) } catch Signal.raise {}
            return none
        case "join", "setDaemon", "setName":
            return none
        case "is_alive":
            return falseObject
        default:
            return opaque(site: site)
        }
    }

    /// `queue.Queue`: `put` appends, `get` takes the oldest item (the newest for a LifoQueue). A `get`
    /// from an empty queue would wait for another thread: the model cannot run that, so it stops.
    func queueMethod(_ method: String, _ q: ObjID, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        let lifo = typeName(q) == "queue.LifoQueue"
        switch method {
        case "put", "put_nowait":
            if let item = args.first { withList(q) { $0.append(item) } }
            return none
        case "get", "get_nowait":
            var out: ObjID?
            withList(q) { l in if !l.isEmpty { out = lifo ? l.removeLast() : l.removeFirst() } }
            if let out { return out }
            throw Signal.abort("get() from an empty queue, which waits for another thread")
        case "qsize":
            if case .deque(let items, _) = heap[q].payload { return makeInt(items.count, site: site) }
            return opaque("int", site: site)
        case "empty":
            if case .deque(let items, _) = heap[q].payload { return bool(items.isEmpty) }
            return heap.allocate("bool", .atom, origin: site)
        case "task_done", "join":
            return none
        default:
            return opaque(site: site)
        }
    }

    /// Exits what an ExitStack holds, last first, as `ExitStack.__exit__` does: each exit sees the
    /// exception still pending (one that swallows it clears it, one that raises replaces it).
    /// Returns whether `raised` was swallowed; throws a new exception an exit raised.
    func unwindExitStack(_ stack: ObjID, raised: ObjID?, site: Int, frame: Frame) throws -> Bool {
        var entries: [ObjID] = []
        withList(stack) { entries = $0; $0 = [] }
        var pending = raised
        for cm in entries.reversed() {
            do {
                var swallowed = false
                if typeName(cm) == "ExitStack.callback", case .tuple(let parts) = heap[cm].payload, let fn = parts.first {
                    _ = try call(fn, Array(parts.dropFirst()), [], site: site, frame: frame)
                } else if contextManagerGenerators.contains(cm) {
                    swallowed = try exitGeneratorContext(cm, raised: pending, site: site)
                } else if case .instance = heap[cm].payload {
                    swallowed = try exitContext(cm, raised: pending, site: site, frame: frame)
                } else if isCallableDefinition(cm) {
                    var excArgs = [none, none, none]
                    if let p = pending, case .exception(let c, _, let t, _) = heap[p].payload { excArgs = [c ?? none, p, t ?? none] }
                    swallowed = try truth(try call(cm, excArgs, [], site: site, frame: frame), site: site)
                }
                if swallowed { pending = nil }
            } catch Signal.raise(let e) {
                pending = e
            }
        }
        if let p = pending {
            if p == raised { return false }
            throw Signal.raise(p)
        }
        return raised != nil
    }

    /// Calls the context's `__exit__` for a body that completed (`raised == nil`) or raised
    /// `raised`; returns whether it swallows the exception.
    func exitContext(_ ctx: ObjID, raised: ObjID? = nil, isAsync: Bool = false, site: Int, frame: Frame) throws -> Bool {
        if let swallows = testContextSwallows(ctx, raised: raised) { return swallows }
        if typeName(ctx) == "contextlib.suppress", case .tuple(let classes) = heap[ctx].payload {
            // `suppress(KeyError)`: swallows what matches, as an `except` clause would.
            guard let exc = raised else { return false }
            return exceptionMatches(exc, classes)
        }
        guard let exit = try lookupMethod(ctx, isAsync ? "__aexit__" : "__exit__", site: site) else {
            if case .opaque = heap[ctx].payload { heap.objects[ctx].constant = "closed" }
            return false
        }
        // (A class's own `__exit__` runs whether or not the block raised; the code after a
        // `@contextmanager` generator's `yield` does not, unless a `finally` holds it.)
        let runsAlways: Bool = { if case .instance = heap[ctx].payload { return true } else { return false } }()
        if runsAlways { exceptionSafeDepth += 1 }
        defer { if runsAlways { exceptionSafeDepth -= 1 } }
        guard let exc = raised else {
            _ = try call(exit, [none, none, none], [], site: site, frame: frame)
            return false
        }
        var cls: ObjID = none, tb: ObjID = none
        if case .exception(let c, _, let t, _) = heap[exc].payload { cls = c ?? none; tb = t ?? none }
        else if case .instance(let c, _) = heap[exc].payload { cls = c }
        // While `__exit__` runs, the exception is the one being handled (`sys.exc_info()`).
        let previous = frame.handling
        frame.handling = exc
        defer { frame.handling = previous }
        let swallowed = try call(exit, [cls, exc, tb], [], site: site, frame: frame)
        return try truth(swallowed, site: site)
    }

    /// `except:` / `except Exception` / `except BaseException` whose body has no `return`,
    /// `raise`, `break` or `continue`: control goes on after the `try`.
    static func catchesAllAndFallsThrough(_ h: ExceptHandler) -> Bool {
        if let t = h.type {
            guard case .name(let n) = t.kind, n == "Exception" || n == "BaseException" else { return false }
        }
        var exits = false
        IRWalk.statements(in: h.body) { s in
            switch s.kind {
            case .returnValue, .raise, .breakLoop, .continueLoop: exits = true
            default: break
            }
        }
        return !exits
    }

    /// `except ImportError` / `except (ImportError, AttributeError)` / `except ModuleNotFoundError`.
    static func takesImportError(_ type: Expr?) -> Bool {
        guard let type else { return false }
        switch type.kind {
        case .name(let n): return n == "ImportError" || n == "ModuleNotFoundError"
        case .tuple(let xs): return xs.contains { takesImportError($0) }
        default: return false
        }
    }

    /// Whether an `except` clause names NameError (alone or in a tuple).
    static func takesNameError(_ type: Expr?) -> Bool {
        guard let type else { return false }
        switch type.kind {
        case .name(let n): return n == "NameError"
        case .tuple(let xs): return xs.contains { takesNameError($0) }
        default: return false
        }
    }

    func execTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt],
                 _ frame: Frame) throws -> Completion {
        var outcome: Result<Completion, Error>
        let mayRaiseBefore = mayRaiseCount
        let dataBefore = dataMayRaiseCount
        if !finalbody.isEmpty { frame.pendingFinally += 1 }
        var finallyPending = !finalbody.isEmpty
        defer { if finallyPending { frame.pendingFinally -= 1 } }
        do {
            let guardsImports = handlers.contains { Self.takesImportError($0.type) }
            let probesNames = handlers.contains { Self.takesNameError($0.type) }
            if guardsImports { frame.importFallbacks += 1 }
            if probesNames { frame.nameProbes += 1 }
            var c: Completion
            do { c = try execBlock(body, frame) } catch {
                if guardsImports { frame.importFallbacks -= 1 }
                if probesNames { frame.nameProbes -= 1 }
                throw error
            }
            if guardsImports { frame.importFallbacks -= 1 }
            if probesNames { frame.nameProbes -= 1 }
            // The body ran code that may raise for real callers: its handlers are not dead.
            let mayHaveRaised = mayRaiseCount > mayRaiseBefore
            if mayHaveRaised {
                for h in handlers { doubtfulHandlers.insert(ModuleKey.make(heap.currentUnit, h.range.lowerBound)) }
            }
            if case .normal = c, let first = orelse.first {
                // `else:` runs only when the body did not raise: after code that may raise for real
                // callers, whether it runs is an undecided choice (a handler took the exception).
                let site = first.range.lowerBound
                let runs = !mayHaveRaised || handlers.isEmpty ? true : try truth(heap.allocate("bool", .atom, origin: site), site: site)
                if runs { c = try execBlock(orelse, frame) }
            }
            if mayHaveRaised, handlers.contains(where: Self.catchesAllAndFallsThrough) {
                // Whatever the body raised, a handler took it and went on after the `try`: code
                // after it runs either way (what may raise inside is no one else's concern).
                mayRaiseCount = mayRaiseBefore
                dataMayRaiseCount = dataBefore
                for (k, mark) in growthMayRaiseMark where mark.count > dataBefore { growthMayRaiseMark[k]?.count = dataBefore }
            }
            outcome = .success(c)
        } catch Signal.generatorStop {
            // Closing a generator raises GeneratorExit at its yield: finally blocks still run.
            if !finalbody.isEmpty { _ = try? execBlock(finalbody, frame) }
            throw Signal.generatorStop
        } catch Signal.raise(let exc) where handlers.contains(where: \.isGroup) {
            outcome = try execGroupHandlers(handlers, exc, frame)
        } catch Signal.raise(let exc) {
            outcome = .failure(Signal.raise(exc))
            for h in handlers {
                guard try handlerMatches(h, exc, frame) else { continue }
                let previous = frame.handling
                frame.handling = exc
                if let name = h.name { store(name, exc, frame) }
                exceptionSafeDepth += 1
                defer { exceptionSafeDepth -= 1 }
                do {
                    let c = try execBlock(h.body, frame)
                    outcome = .success(c)
                } catch Signal.raise(let raised) {
                    // Raised while handling an exception the data may not raise (`KeyError` of a
                    // fresh key turned into `ValueError`): that one may not be raised either.
                    if uncertainExceptions.contains(exc) { uncertainExceptions.insert(raised) }
                    outcome = .failure(Signal.raise(raised))
                } catch {
                    outcome = .failure(error)
                }
                frame.handling = previous
                // `except E as e:` deletes `e` at the end of the handler.
                if let name = h.name { delete(name, frame) }
                break
            }
        }
        if !finalbody.isEmpty {
            frame.pendingFinally -= 1
            finallyPending = false
            exceptionSafeDepth += 1
            defer { exceptionSafeDepth -= 1 }
            let f = try execBlock(finalbody, frame)
            if case .normal = f {} else { return f }
        }
        return try outcome.get()
    }

    /// `except*` handlers (PEP 654): each takes the leaf exceptions of the group that match it
    /// (a bare exception is a group of one), bound as a new group whose `exceptions` are them; what
    /// no handler takes is raised again.
    func execGroupHandlers(_ handlers: [ExceptHandler], _ exc: ObjID, _ frame: Frame) throws -> Result<Completion, Error> {
        var pending: [ObjID]
        var grouped = false
        if case .exception(let cls?, let args, _, _) = heap[exc].payload, let group = exceptionClasses["BaseExceptionGroup"],
           mro(cls).contains(group), args.count > 1, let leaves = sequenceItems(args[1]) {
            pending = leaves
            grouped = true
        } else {
            pending = [exc]
        }
        var outcome: Result<Completion, Error> = .success(.normal)
        for h in handlers {
            var matched: [ObjID] = []
            var rest: [ObjID] = []
            for leaf in pending { if try handlerMatches(h, leaf, frame) { matched.append(leaf) } else { rest.append(leaf) } }
            guard !matched.isEmpty else { continue }
            pending = rest
            let site = h.range.lowerBound
            let group = try makeException("ExceptionGroup", site: site)
            let items = heap.allocate("tuple", .tuple(matched), origin: site)
            if case .exception(let cls, _, let tb, var attrs) = heap[group].payload {
                attrs["exceptions"] = items
                heap.objects[group].payload = .exception(cls: cls, args: [makeStr(nil, site: site), newList(matched, site: site)], traceback: tb, attrs: attrs)
            }
            let previous = frame.handling
            frame.handling = group
            if let name = h.name { store(name, group, frame) }
            do {
                let c = try execBlock(h.body, frame)
                if case .normal = c {} else { outcome = .success(c) }
            } catch {
                frame.handling = previous
                if let name = h.name { delete(name, frame) }
                return .failure(error)
            }
            frame.handling = previous
            if let name = h.name { delete(name, frame) }
        }
        if pending.isEmpty { return outcome }
        if !grouped { return .failure(Signal.raise(exc)) }
        let site = handlers.first?.range.lowerBound ?? 0
        let rest = try makeException("ExceptionGroup", site: site)
        if case .exception(let cls, _, let tb, var attrs) = heap[rest].payload {
            attrs["exceptions"] = heap.allocate("tuple", .tuple(pending), origin: site)
            heap.objects[rest].payload = .exception(cls: cls, args: [makeStr(nil, site: site), newList(pending, site: site)], traceback: tb, attrs: attrs)
        }
        return .failure(Signal.raise(rest))
    }

    func handlerMatches(_ h: ExceptHandler, _ exc: ObjID, _ frame: Frame) throws -> Bool {
        guard let typeExpr = h.type else { return true }
        let t = try eval(typeExpr, frame)
        let classes: [ObjID]
        if case .tuple(let items) = heap[t].payload { classes = items } else { classes = [t] }
        return exceptionMatches(exc, classes)
    }

    /// Whether an exception is an instance of one of `classes` (as `except (A, B):` tests).
    func exceptionMatches(_ exc: ObjID, _ classes: [ObjID]) -> Bool {
        let excClass: ObjID?
        switch heap[exc].payload {
        case .exception(let cls, _, _, _): excClass = cls
        case .instance(let cls, _): excClass = cls
        default: excClass = nil
        }
        for c in classes {
            switch heap[c].payload {
            case .classObject:
                if let ec = excClass, mro(ec).contains(c) { return true }
            default:
                // A class the simulation cannot see: it matches only exceptions it cannot see either.
                if excClass == nil { return true }
                if let ec = excClass, case .classObject(let s) = heap[ec].payload, s.opaqueBase { return true }
            }
        }
        return false
    }

    // MARK: - Targets

    func assign(_ target: Expr, _ value: ObjID, _ frame: Frame) throws {
        let site = target.range.lowerBound
        switch target.kind {
        case .name(let n):
            store(n, value, frame)
        case .attribute(let objExpr, let attr):
            let obj = try eval(objExpr, frame)
            try setAttribute(obj, attr, value, site: site, frame: frame)
        case .subscript(let objExpr, let keyExpr):
            let obj = try eval(objExpr, frame)
            let key = try eval(keyExpr, frame)
            try setItem(obj, key, value, site: site, frame: frame)
        case .tuple(let elts), .list(let elts):
            if unknownLengthLists.contains(value) {
                // A list of unknown length (`raw.split("\r\n")`): each target one of its items, a
                // starred one a list of unknown length again (`first, *rest = parts`). Too few
                // items raise ValueError for real: bad data a caller may pass.
                mayRaiseCount += 1
                dataMayRaiseCount += 1
                for e in elts {
                    if case .starred(let inner) = e.kind {
                        try assign(inner, newUnknownLengthList([unknownLengthItem(value, site: site)], site: site), frame)
                    } else {
                        try assign(e, unknownLengthItem(value, site: site), frame)
                    }
                }
                return
            }
            let choicesBefore = choicesInEntry
            let items = try iterate(value, site: site, frame: frame)
            let star = elts.firstIndex(where: { if case .starred = $0.kind { return true } else { return false } })
            // Items the model knows (none of them a guess at an unknown length, each a known
            // constant, not the result of a library model whose shape may be rough): a count that
            // does not fit the targets raises ValueError, as CPython does (`name, value =
            // line.split(":", 1)` on a line without a colon), and an `except ValueError` around
            // it runs.
            if choicesInEntry == choicesBefore, star == nil ? items.count != elts.count : items.count < elts.count - 1,
               items.allSatisfy({ item in
                   guard heap[item].constant != nil, case .atom = heap[item].payload else { return false }
                   return true
               }) {
                throw Signal.raise(try makeException("ValueError", site: site))
            }
            if let star {
                let before = elts[..<star], after = elts[(star + 1)...]
                for (i, e) in before.enumerated() {
                    try assign(e, i < items.count ? items[i] : opaque(site: site), frame)
                }
                let restEnd = max(before.count, items.count - after.count)
                let rest = before.count < restEnd ? Array(items[before.count..<restEnd]) : []
                if case .starred(let inner) = elts[star].kind {
                    try assign(inner, heap.allocate("list", .list(rest), origin: site), frame)
                }
                for (i, e) in after.enumerated() {
                    let j = restEnd + i
                    try assign(e, j < items.count ? items[j] : opaque(site: site), frame)
                }
            } else {
                for (i, e) in elts.enumerated() {
                    try assign(e, i < items.count ? items[i] : opaque(site: site), frame)
                }
            }
        case .starred(let inner):
            try assign(inner, value, frame)
        default:
            note("assignment to an expression")
        }
    }

    /// One item of a list of unknown length: a new unknown value of its representative's type for
    /// text and numbers (two items need not be equal), the representative itself otherwise.
    func unknownLengthItem(_ list: ObjID, site: Int) -> ObjID {
        guard case .list(let items) = heap[list].payload, let rep = items.first else { return opaque(site: site) }
        let t = typeName(rep)
        guard heap[rep].constant == nil, ["str", "bytes", "int", "float"].contains(t), case .atom = heap[rep].payload else { return rep }
        return noteChoices(unknownAtom(t, site: site), from: [rep])
    }

    func deleteTarget(_ target: Expr, _ frame: Frame) throws {
        let site = target.range.lowerBound
        switch target.kind {
        case .name(let n): delete(n, frame)
        case .attribute(let objExpr, let attr):
            let obj = try eval(objExpr, frame)
            if case .instance(let cls, _) = heap[obj].payload {
                // `del obj.x` calls the class's own `__delattr__`, or a data descriptor's
                // `__delete__` (a descriptor keeping values per instance drops this one's).
                if let delattr = mroLookup(cls, "__delattr__"), case .function = heap[delattr].payload {
                    _ = try call(try bindIfFunction(delattr, to: obj, site: site), [makeStr(attr, site: site)], [], site: site, frame: frame)
                    return
                }
                if let d = mroLookup(cls, attr), case .instance(let dcls, _) = heap[d].payload, let del = mroLookup(dcls, "__delete__") {
                    _ = try call(try bindIfFunction(del, to: d, site: site), [obj], [], site: site, frame: frame)
                    return
                }
            }
            setInstanceAttr(obj, attr, nil)
        case .subscript(let objExpr, let keyExpr):
            let obj = try eval(objExpr, frame)
            let key = try eval(keyExpr, frame)
            try deleteItem(obj, key, site: site)
        case .tuple(let elts), .list(let elts):
            for e in elts { try deleteTarget(e, frame) }
        default: break
        }
    }

    func augAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ frame: Frame) throws {
        let site = target.range.lowerBound
        switch target.kind {
        case .name(let n):
            let current = try load(n, frame, site: site)
            let v = try eval(valueExpr, frame)
            store(n, try inplace(op, current, v, site: site, frame: frame), frame)
        case .attribute(let objExpr, let attr):
            let obj = try eval(objExpr, frame)
            let current = try getAttribute(obj, attr, site: site, frame: frame)
            let v = try eval(valueExpr, frame)
            try setAttribute(obj, attr, try inplace(op, current, v, site: site, frame: frame), site: site, frame: frame)
        case .subscript(let objExpr, let keyExpr):
            let obj = try eval(objExpr, frame)
            let key = try eval(keyExpr, frame)
            let current = try getItem(obj, key, site: site, frame: frame)
            let v = try eval(valueExpr, frame)
            try setItem(obj, key, try inplace(op, current, v, site: site, frame: frame), site: site, frame: frame)
        default:
            note("augmented assignment to an expression")
        }
    }
}

extension Interpreter {
    /// A choice an outside caller can make either way (which subclass an instance has): decided
    /// by the policy as an undecided test is, and counted apart, so that growth on a way through
    /// such choices only is growth (`feasibleChoices`).
    func feasibleChoice(site: Int) -> Bool {
        feasibleChoices += 1
        return policyDecision(site: site)
    }

    /// Keeps where one of the first undecided tests of the run is.
    func noteUndecidedSite(_ site: Int) {
        guard undecidedSites.count < 3 else { return }
        let key = ModuleKey.make(heap.currentUnit, site)
        if !undecidedSites.contains(key) { undecidedSites.append(key) }
    }

    /// The undecided tests noted, by module (nil: the simulated one) and offset.
    var undecidedTests: [UndecidedTest] {
        undecidedSites.map { key in
            let unit = ModuleKey.unit(key)
            return UndecidedTest(module: unit == 0 || unit >= units.count ? nil : units[unit].name, offset: ModuleKey.raw(key))
        }
    }
}
