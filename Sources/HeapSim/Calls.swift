import Project
import PythonModel

extension Interpreter {
    func native(_ fn: NativeFunction, _ receiver: ObjID?) -> ObjID {
        heap.allocate("builtin_function_or_method", .native(fn, receiver: receiver))
    }

    func evalCall(_ calleeExpr: Expr, _ arguments: [Argument], _ frame: Frame, site: Int) throws -> ObjID {
        // `super()` needs the frame it is called from.
        if case .name("super") = calleeExpr.kind, arguments.isEmpty, global("super", in: frame.moduleObject) == nil {
            // Zero-argument super() binds the method's first argument (which may live in a cell).
            var selfObj: ObjID?
            if let first = frame.function?.parameters.first {
                if let v = frame.locals[first.name] {
                    selfObj = v
                } else if let c = frame.cells[first.name], case .cell(let v) = heap[c].payload {
                    selfObj = v
                }
            }
            return heap.allocate("super", .native(.superProxy, receiver: selfObj), origin: site)
        }
        let callee = try eval(calleeExpr, frame)
        // `any(f(x) for x in xs)`, `all(…)`, `next(…, default)`: CPython stops at the first item that
        // decides it, so the rest of the generator expression's code never runs.
        if (1...2).contains(arguments.count), arguments.allSatisfy({ $0.kind == .positional }),
           case .comprehension(let comp) = arguments[0].value.kind, comp.kind == .generator,
           let mode = ["any", "all", "next"].first(where: { builtins[$0] == callee }),
           mode == "next" || arguments.count == 1 {
            return try consumeGeneratorExpression(mode, comp, default: arguments.count == 2 ? arguments[1].value : nil, frame, site: site)
        }
        var args: [ObjID] = []
        var kwargs: [(String, ObjID)] = []
        for a in arguments {
            switch a.kind {
            case .positional:
                args.append(try eval(a.value, frame))
            case .starred:
                args += try iterate(try eval(a.value, frame), site: a.value.range.lowerBound, frame: frame)
            case .keyword:
                kwargs.append((a.name ?? "_", try eval(a.value, frame)))
            case .doubleStarred:
                var d = try eval(a.value, frame)
                if let items = itemStorage(d) { d = items }
                if case .dict(let s, _) = heap[d].payload {
                    // (A key the model does not know goes on as itself, into the callee's `**`.)
                    for (k, v) in zip(s.keys, s.values) {
                        kwargs.append((heap[k].constant ?? Interpreter.unknownKeyword + String(k), v))
                    }
                }
            }
        }
        // `loop.call_soon(f, *args)`, `executor.submit(f, *args)`, … on a loop or executor the model
        // does not know: the callback is called with those arguments once the code that scheduled
        // it has returned to the loop (`runScheduled`), not now: `if not pending: call_soon(flush,
        // pending)` followed by `pending.append(x)` flushes what was appended after it.
        if let (index, keywords) = CallGraph.scheduledIndex(calleeExpr, arguments), args.count > index,
           isOpaqueCallable(callee) {
            switch heap[args[index]].payload {
            case .function, .boundMethod, .partial, .classObject:
                scheduled.append(ScheduledCall(callee: args[index], args: Array(args.dropFirst(index + 1)),
                                               kwargs: keywords ? kwargs : [], site: site))
                return opaque(site: site)
            default: break
            }
        }
        // `executor.map(f, xs, ys)`, `pool.imap(f, xs)` on an executor or pool the model does not
        // know: f is called with one item of each iterable, as many times as the shortest has items.
        if CallGraph.mapLike(calleeExpr), case .attribute = calleeExpr.kind, args.count >= 2, kwargs.isEmpty,
           arguments.allSatisfy({ $0.kind == .positional }),
           isOpaqueCallable(callee) {
            switch heap[args[0]].payload {
            case .function, .boundMethod, .partial, .classObject:
                var columns: [[ObjID]] = []
                for it in args.dropFirst() { columns.append(try iterate(it, site: site, frame: frame)) }
                let n = columns.map(\.count).min() ?? 0
                var results: [ObjID] = []
                for i in 0..<n {
                    do { results.append(try call(args[0], columns.map { $0[i] }, [], site: site, frame: frame)) } catch Signal.raise {}
                }
                return heap.allocate("list", .list(results), origin: site)
            default: break
            }
        }
        switch heap[callee].payload {
        case .opaque, .module:
            // A call the settings name (`registration-calls`, a method of a `long-lived-names`
            // object), on an object the model does not know, matched by how the callee is written.
            if library.hasConfiguredEntries, let spelling = module.calleeSpellings[calleeExpr.range],
               let model = library.configured(spelling) {
                return try callLibrary(model, spelling, args, kwargs, site: site, frame: frame)
            }
            // Name the callee as written, so the assumption says what code it is.
            mayRaiseCount += 1
            // A callback the call was handed or found in the data (`for receiver in receivers:
            // receiver(payload)`), not a named library function: raising is part of its normal
            // use (a validator rejecting a payload), as bad data is for a parser.
            if case .name = calleeExpr.kind, heap[callee].typeName == "argument" || callee >= entryStartObject, entryStartObject > 0 {
                dataMayRaiseCount += 1
            }
            // (A coroutine that raised, handed to code the model cannot see, `loop.run_until_complete(main())`:
            // that code awaits it, as a coroutine's consumer does.)
            if let exc = (args + kwargs.map(\.1)).lazy.compactMap({ self.failedCoroutines[$0] }).first {
                throw Signal.raise(exc)
            }
            if stableValues.contains(callee), let owner = stableOwners[callee], !(args.isEmpty && kwargs.isEmpty),
               case .attribute(_, let name) = calleeExpr.kind, Self.changingMethods.contains(name) {
                // A method that changes its object, called on a stable value (`hasher.update(data)`):
                // what is read off it from now on (`hasher.hexdigest()`) is no longer the same
                // each time it is computed.
                stableValues.remove(owner)
                stableValues.remove(callee)
            }
            if stableValues.contains(callee), case .attribute(_, let name) = calleeExpr.kind, kwargs.isEmpty,
               let choice = Self.fewValuedMethod(name, args.map { typeName($0) == "str" ? heap[$0].constant : nil }) {
                // (One of a few values whatever the object: `day.strftime("%a")` of a date computed
                // from known constants is one of seven names.)
                let result = opaque(choice.type, site: site)
                heap.choiceKeys[result] = choice.key
                return result
            }
            if stableValues.contains(callee), (args + kwargs.map(\.1)).allSatisfy({ stableKeyPart($0) != nil }) {
                // (A method of a value computed from known constants, given known constants: the
                // same result each time, `sha1(b"a").hexdigest()`.)
                let key = "call \(callee)(" + (args + kwargs.map(\.1)).map { stableKeyPart($0) ?? "" }.joined(separator: ",")
                    + ")" + kwargs.map(\.0).joined(separator: ",")
                return stableValue(key) { opaque("object", site: site) }
            }

            let spellings = heap.currentUnit < units.count ? units[heap.currentUnit].module.calleeSpellings : module.calleeSpellings
            // (A method of a base the model cannot see, called on its instance: the instance goes too.)
            let receiver = opaqueAttributeOwners[callee].map { [$0.owner] } ?? []
            if case .attribute(_, "get") = calleeExpr.kind, args.count == 2, kwargs.isEmpty,
               arguments.allSatisfy({ $0.kind == .positional }) {
                // `memo.get(key, _nil)` on a mapping the model does not know: the mapping protocol's
                // `get` hands back the fallback, it does not keep it (copy.deepcopy's `_nil=[]`
                // sentinel). The key may be kept; the result is the fallback or something else.
                escape("`\(spellings[calleeExpr.range] ?? "")()`", receiver + [args[0]], site: site)
                return policyDecision(site: site) ? args[1] : opaque(derivedType(callee), site: site)
            }
            let spelled = "`\(spellings[calleeExpr.range] ?? "")()`"
            if let m = cappedMade[opaqueAttributeSource[callee] ?? callee] { cappedEscapes[spelled] = m }
            escape(spelled, receiver + args + kwargs.map(\.1), site: site)
            if case .attribute(_, let name) = calleeExpr.kind, kwargs.isEmpty,
               let choice = Self.fewValuedMethod(name, args.map { typeName($0) == "str" ? heap[$0].constant : nil }) {
                let result = opaque(choice.type, site: site)
                heap.choiceKeys[result] = choice.key
                return result
            }
            // (What went in: the object a method was read off rather than the method, `netloc.lower`.
            // A method that makes a new object each time, `loop.create_task(coro)`, hands back no
            // repeating value.)
            let result = opaque(derivedType(callee), site: site)
            let makesNewObject: Bool = {
                if case .attribute(_, let name) = calleeExpr.kind { return Self.newObjectMethods.contains(name) }
                return false
            }()
            if !makesNewObject { unseenResult(result, from: [opaqueAttributeSource[callee] ?? callee] + args + kwargs.map(\.1)) }
            // (`match.group("host")` of a match cut out of text, `tag.rpartition("}")` of a tag
            // read off parsed XML: a piece of it too.)
            if textPieces.contains(callee), !makesNewObject { textPieces.insert(result) }
            return result
        default:
            return try call(callee, args, kwargs, site: site, frame: frame)
        }
    }

    /// What a value flows into when an instance is made as outside code would make it: a class
    /// with a base the model cannot see.
    static let outsideBaseConstructor = "the constructor of a base class defined elsewhere"
    /// The same for a test case made by the scenario, not by a runner: the runner that makes it
    /// may set its attributes first (`case.order_id = …`).
    static let outsideTestRunner = "the test runner that makes the test case"

    /// Method names whose result is a new object every call (a task, a future, a timer handle).
    static let newObjectMethods: Set<String> = ["create_task", "ensure_future", "create_future", "run_in_executor", "submit",
                                                "call_soon", "call_later", "call_at", "call_soon_threadsafe", "apply_async",
                                                "Future", "Task", "Event", "Lock", "Condition", "Semaphore", "Queue"]

    /// Method names that change the object they are called on (`update` of a hash, `feed` of a
    /// parser, `write` of a buffer): on a value computed from known constants, they end its being
    /// the same each time.
    static let changingMethods: Set<String> = ["update", "feed", "write", "writelines", "add", "append", "extend", "insert",
                                               "put", "send", "push", "setdefault", "pop", "remove", "discard", "clear",
                                               "sort", "reverse", "seek", "truncate", "set", "load", "read"]

    /// Runs the callbacks scheduled so far, and those they schedule, as the loop would once control
    /// returns to it (a bounded number per turn; what they raise stays in the loop or the future).
    func runScheduled() throws {
        var ran = 0
        while !scheduled.isEmpty, ran < 64 {
            let next = scheduled.removeFirst()
            ran += 1
            do {
                _ = try call(next.callee, next.args, next.kwargs, site: next.site, frame: moduleFrame())
            } catch Signal.raise {}
        }
    }

    func call(_ callee: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        try tick()
        switch heap[callee].payload {
        case .function:
            return try invoke(callee, args, kwargs, site: site, caller: frame)
        case .boundMethod(let s, let fn):
            return try call(fn, [s] + args, kwargs, site: site, frame: frame)
        case .classObject:
            return try instantiate(callee, args, kwargs, site: site, frame: frame)
        case .native(.dataclassDecorator, nil) where attrsDecorators[callee] != nil:
            if let a0 = args.first, case .classObject = heap[a0].payload, let mode = attrsDecorators[callee] {
                registerAttrsClass(a0, mode)
            }
            return args.first ?? none
        case .native(.dataclassDecorator, nil) where identityEqualityDecorators.contains(callee):
            if let a0 = args.first, case .classObject = heap[a0].payload {
                dataclasses.insert(a0)
                identityEqualityClasses.insert(a0)
            }
            return args.first ?? none
        case .native(.namedtupleInstance, nil) where namedtupleFields[callee] != nil:
            // A class `namedtuple()` made with known fields: a tuple whose fields are its items.
            let fields = namedtupleFields[callee]!
            var items = args
            for f in fields.dropFirst(min(args.count, fields.count)) {
                guard let v = kwargs.first(where: { $0.0 == f })?.1 else { break }
                items.append(v)
            }
            let t = heap.allocate("tuple", .tuple(items), origin: site)
            namedtupleFields[t] = fields
            namedtupleClassOf[t] = callee
            return t
        case .native(let fn, let receiver):
            return try callNative(fn, receiver, args, kwargs, site: site, frame: frame)
        case .external(let q):
            if let followed = try followedLibraryValue(q, site: site, frame: frame) {
                // (A name bound before its standard-library module was followed, as the module of
                // a program class's base.)
                return try call(followed, args, kwargs, site: site, frame: frame)
            }
            // (A function of a module the cap left out: a run in doubt may import it and go again.)
            if let m = cappedModule(naming: absoluteExternalName(q, unit: frame.unit)) {
                cappedCalled.insert(m)
                // (What it makes is that module's code too: a later call of it or of its methods
                // is a call into the module.)
                let made = try callExternal(q, args, kwargs, site: site, frame: frame)
                if case .opaque = heap[made].payload { cappedMade[made] = m }
                return made
            }
            return try callExternal(q, args, kwargs, site: site, frame: frame)
        case .cacheWrapper(let fn, let maxsize, let entries, _):
            // The cache key holds every argument, `self` included.
            let keyParts = args + kwargs.map(\.1)
            let key = heap.allocate("tuple", .tuple(keyParts), origin: site)
            let kv = heap.valueKey(key)
            if let i = entries.position(of: kv) { return entries.values[i] }
            let result = try call(fn, args, kwargs, site: site, frame: frame)
            withStore(callee) { s in
                s.set(key, kv, result)
                if let m = maxsize, s.count > m { _ = s.removeFirst() }
            }
            return result
        case .descriptor(_, let fn):
            return try call(fn, args, kwargs, site: site, frame: frame)
        case .partial(let fn, let bound) where ["methodcaller", "itemgetter", "attrgetter"].contains(typeName(callee)):
            guard let target = args.first else { return opaque(site: site) }
            switch typeName(callee) {
            case "itemgetter": return try getItem(target, fn, site: site, frame: frame)
            case "attrgetter":
                guard let name = heap[fn].constant else { return opaque(site: site) }
                // `attrgetter("outcome.value")` follows the dotted path.
                var value = target
                for part in name.split(separator: ".") { value = try getAttribute(value, String(part), site: site, frame: frame) }
                return value
            default:
                guard let name = heap[fn].constant else { return opaque(site: site) }
                return try call(try getAttribute(target, name, site: site, frame: frame), bound, kwargs, site: site, frame: frame)
            }
        case .partial(let fn, let bound):
            // (Its keywords first, then the call's, which win: `{**self.keywords, **kwargs}`.)
            let names = partialKeywords[callee] ?? []
            guard !names.isEmpty, names.count <= bound.count else { return try call(fn, bound + args, kwargs, site: site, frame: frame) }
            var merged = Array(zip(names, bound.suffix(names.count)))
            if names == [Interpreter.partialKeywordsDict], let d = bound.last {
                // Its keywords dict, as code may have changed it (`p.keywords["table"] = …`).
                merged = []
                if case .dict(let st, _) = heap[d].payload {
                    for (k, v) in zip(st.keys, st.values) { merged.append((heap[k].constant ?? Interpreter.unknownKeyword + String(k), v)) }
                }
            }
            for (k, v) in kwargs {
                if let i = merged.firstIndex(where: { $0.0 == k }) { merged[i].1 = v } else { merged.append((k, v)) }
            }
            return try call(fn, Array(bound.dropLast(names.count)) + args, merged, site: site, frame: frame)
        case .instance(let cls, _):
            if let m = mroLookup(cls, "__call__") {
                return try call(try bindIfFunction(m, to: callee, site: site), args, kwargs, site: site, frame: frame)
            }
            mayRaiseCount += 1
            escape("call of an object without a visible __call__", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        default:
            mayRaiseCount += 1
            if let (owner, name) = opaqueAttributeOwners[callee] {
                // A method of a base the model cannot see, called on its instance.
                escape("`\(name)()`", [owner] + args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            escape("call of an unknown object", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
    }

    // MARK: - Functions

    func makeFunction(_ def: FunctionDef, _ frame: Frame) throws -> ObjID {
        let site = def.range.lowerBound
        // Defaults are evaluated once, when the def runs, in the enclosing scope.
        var defaults: [ObjID?] = []
        var kwdefaults: [(String, ObjID)] = []
        for p in def.parameters {
            switch p.kind {
            case .positionalOnly, .positional:
                defaults.append(try p.defaultValue.map { try eval($0, frame) })
            case .keywordOnly:
                if let d = p.defaultValue { kwdefaults.append((p.name, try eval(d, frame))) }
            default: break
            }
        }
        // (How long each default container is as made, for `testOnUnchangedDefault`.)
        for d in defaults.compactMap({ $0 }) + kwdefaults.map(\.1) {
            if let n = containerLength(d), defaultLengths.count < 4096 { defaultLengths[d] = n }
        }
        var closure: [(String, ObjID)] = []
        for name in def.scope.freeVariables {
            let cell = lookupCell(name, frame) ?? ensureCell(name, frame)
            closure.append((name, cell))
        }
        let decorators = try def.decorators.map { try eval($0, frame) }
        let key = ModuleKey.make(heap.currentUnit, def.id)
        let state = FunctionState(def: key, qualifiedName: def.qualifiedName, defaults: defaults,
                                  kwdefaults: kwdefaults, closure: closure, globals: frame.moduleObject, attrs: [:])
        var f = heap.allocate(def.isLambda ? "function" : "function", .function(state), origin: site)
        functionObjects[key, default: []].append(f)
        // Decorators apply innermost first.
        for d in decorators.reversed() {
            let given = f
            f = try call(d, [f], [], site: site, frame: frame)
            // A decorator the model cannot see (`@dispatcher.register`, `@app.command()`) keeps
            // what it was given, as registering decorators do: its code may call it at any time.
            // (Not a function made anew at each call of the one it is nested in: that the decorator
            // may keep each of them is no growth of a default, which is shared by no two calls.)
            if isOpaqueCallable(d), case .opaque = heap[f].payload, case .function = heap[given].payload,
               def.enclosingFunction == nil {
                heap.roots.append(("kept by a decorator the model cannot see", given))
            }
        }
        return f
    }

    /// Calls a Python function of this module.
    func invoke(_ fnObj: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, caller: Frame?) throws -> ObjID {
        guard case .function(let state) = heap[fnObj].payload, let def = functionDef(state.def) else {
            return opaque(site: site)
        }
        calledFunctions.insert(state.def)
        // (A generator function's body runs when its generator is first resumed, not when called.)
        if !def.isGenerator { pythonRuns += 1 }
        // Recursion on values the model does not know (`tuple(map(purestr, x.args))` on a fresh
        // `x`, or `markup` → `escape` → `markup` …) has no base case the model can decide: the
        // levels above ran the bodies of the cycle, so a call past the call depth bound is code
        // heaplint does not follow, as an unknown callee is. So is the fifth level of one function
        // given an unknown object (a walk over `x.args` branches at every level: 2^40 calls would
        // spend the step bound first). What it is given (its arguments, its own defaults and
        // closure, the module values it reads by name) may be kept there, and it may raise; its
        // store statements, unless reached above, are not reached.
        let unit = ModuleKey.unit(state.def)
        if depth >= Self.unknownRecursionLevels, args.contains(where: holdsUnknown),
           liveFrames.lazy.filter({ $0.function?.id == def.id && $0.unit == unit }).count >= Self.unknownRecursionLevels - 1 {
            return try cutRecursion(fnObj, def, state, args, kwargs, site: site)
        }
        if depth >= bounds.maxCallDepth {
            var seen: Set<Int> = [ModuleKey.make(unit, def.id)]
            var recursive = false
            for f in liveFrames.reversed() {
                guard let fd = f.function else { continue }
                if !seen.insert(ModuleKey.make(f.unit, fd.id)).inserted { recursive = true; break }
            }
            if recursive { return try cutRecursion(fnObj, def, state, args, kwargs, site: site) }
            throw Signal.abort("call depth bound (\(bounds.maxCallDepth)) reached in `\(def.qualifiedName)`")
        }
        let frame = Frame(scope: def.scope, function: def, moduleObject: state.globals, back: caller)
        frame.unit = ModuleKey.unit(state.def)
        frame.definingClass = definingClassObject(def, unit: frame.unit)
        try bindArguments(def, state, args, kwargs, frame, site: site)
        if !watched.isEmpty, frame.unit != 0 || (caller?.unit ?? 0) != 0 { noteHandoffs(def, frame) }
        for (name, cell) in state.closure { frame.cells[name] = cell }
        for name in def.scope.cellVariables where frame.cells[name] == nil {
            let c = heap.allocate("cell", .cell(frame.locals[name]))
            frame.locals[name] = nil
            frame.cells[name] = c
        }
        if def.isGenerator {
            // A generator's frame has no `f_back` while it is not running (CPython sets it only
            // for the time it runs): it does not keep its creator's frame, or a cycle through it.
            let fo = heap.allocate("frame", .frame(FrameState(function: def.qualifiedName, locals: frame.locals,
                                                              cells: frame.cells, back: nil)))
            frame.frameObject = fo
            let gen = heap.allocate("generator", .generator(frame: fo), origin: site)
            pendingGenerators[gen] = frame
            if contextManagerFunctions.contains(fnObj) { contextManagerGenerators.insert(gen) }
            return gen
        }
        depth += 1
        liveFrames.append(frame)
        defer {
            depth -= 1
            liveFrames.removeLast()
            syncFrameObject(frame)
        }
        let lengthsAtStart = watched.isEmpty ? [] : watched.compactMap { id in containerLength(id).map { (id, $0) } }
        let completion: Completion
        if def.isAsync {
            // A coroutine's exception comes out where it is awaited (or gathered), not where it
            // is called: the model runs the body at the call, and keeps what it raised.
            do { completion = try execBlock(def.body, frame) } catch Signal.raise(let exc) {
                let failed = heap.allocate("coroutine", .opaque(held: [exc]), origin: site)
                failedCoroutines[failed] = exc
                return failed
            }
        } else {
            completion = try execBlock(def.body, frame)
        }
        // (Returned with a watched container longer than it found it, on the way the policy chose
        // through tests on data: another way may return earlier or later with its items, and
        // what takes them out again afterwards ran only because of the way these tests went.)
        if !lengthsAtStart.isEmpty, frame.choseOnData, !frame.loopCut, liveFrames.count >= 2 {
            for (id, n) in lengthsAtStart where (containerLength(id) ?? 0) > n && leftGrownByChoice[id] == nil {
                leftGrownByChoice[id] = ObjectIdentifier(liveFrames[liveFrames.count - 2])
                trace("\(def.qualifiedName) returned object \(id) grown (\(n) → \(containerLength(id) ?? 0)) after tests on data")
            }
        }
        switch completion {
        case .returned(let v): return v
        default: return none
        }
    }

    /// Levels of one function given an unknown object after which a further call is cut.
    static let unknownRecursionLevels = 4

    /// An argument the model does not know, or a list, tuple, set or dict holding one directly
    /// (argparse's `_read_args_from_files(new_arg_strings)` recurses on a list of lines read from
    /// a file: its base case depends on those lines as much as on an unknown argument).
    func holdsUnknown(_ id: ObjID) -> Bool {
        func opaque(_ x: ObjID) -> Bool { if case .opaque = heap[x].payload { return true } else { return false } }
        switch heap[id].payload {
        case .opaque: return true
        case .list(let items), .tuple(let items): return items.contains(where: opaque)
        case .dict(let store, _): return store.keys.contains(where: opaque) || store.values.contains(where: opaque)
        case .set(let store): return store.keys.contains(where: opaque)
        default: return false
        }
    }

    /// A recursive call the model does not follow (see `invoke`): an escape of what it is given,
    /// an unknown result, and it may raise. A function re-entered (running above on the stack)
    /// uses its closure and the module's values as the levels above did, whose every statement
    /// that can store into the candidate must be reached anyway: only its arguments (which it may
    /// hand back) escape. Another function's body never ran: all it can reach escapes.
    func cutRecursion(_ fnObj: ObjID, _ def: FunctionDef, _ state: FunctionState, _ args: [ObjID],
                      _ kwargs: [(String, ObjID)], site: Int) throws -> ObjID {
        mayRaiseCount += 1
        let unit = ModuleKey.unit(state.def)
        if liveFrames.contains(where: { $0.function?.id == def.id && $0.unit == unit }) {
            escape("`\(def.qualifiedName)()` past \(depth) \(Self.pastRecursionBound)", args + kwargs.map(\.1), site: site)
            trace("recursion: the call of \(def.qualifiedName) at depth \(depth) is cut")
            return opaque(site: site)
        }
        var read: [ObjID] = []
        var scopes = [def.scope]
        while let scope = scopes.popLast() {
            scopes += scope.children
            for (name, symbol) in scope.symbols where symbol.binding == .globalImplicit || symbol.binding == .globalExplicit {
                if let v = global(name, in: state.globals) { read.append(v) }
            }
        }
        escape("`\(def.qualifiedName)()` past \(depth) \(Self.pastRecursionBound)", [fnObj] + args + kwargs.map(\.1) + read, site: site)
        trace("recursion: the call of \(def.qualifiedName) at depth \(depth) is cut")
        return opaque(site: site)
    }

    func definingClassObject(_ def: FunctionDef, unit: Int = 0) -> ObjID? {
        guard let cls = def.enclosingClass else { return nil }
        return classObjects[ModuleKey.make(unit, cls.id)]
    }

    func bindArguments(_ def: FunctionDef, _ state: FunctionState, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                       _ frame: Frame, site: Int) throws {
        var remaining = args[...]
        var kw = kwargs
        var positionalIndex = 0
        for p in def.parameters {
            switch p.kind {
            case .positionalOnly, .positional:
                defer { positionalIndex += 1 }
                if let v = remaining.first {
                    remaining = remaining.dropFirst()
                    frame.locals[p.name] = v
                } else if p.kind == .positional, let i = kw.firstIndex(where: { $0.0 == p.name }) {
                    frame.locals[p.name] = kw.remove(at: i).1
                } else if positionalIndex < state.defaults.count, let d = state.defaults[positionalIndex] {
                    frame.locals[p.name] = d
                } else {
                    frame.locals[p.name] = opaque("argument", site: nil)
                }
            case .varPositional:
                frame.locals[p.name] = heap.allocate("tuple", .tuple(Array(remaining)), origin: site)
                remaining = []
            case .keywordOnly:
                if let i = kw.firstIndex(where: { $0.0 == p.name }) {
                    frame.locals[p.name] = kw.remove(at: i).1
                } else if let d = state.kwdefaults.first(where: { $0.0 == p.name }) {
                    frame.locals[p.name] = d.1
                } else {
                    frame.locals[p.name] = opaque("argument", site: nil)
                }
            case .varKeyword:
                var s = OrderedStore()
                for (k, v) in kw {
                    // An outside caller's keywords: names the model does not know.
                    let chosen = k == Interpreter.callerKeyword
                    if k.hasPrefix(Interpreter.unknownKeyword), let key = Int(k.dropFirst(Interpreter.unknownKeyword.count)) {
                        s.set(key, heap.valueKey(key), v)
                        continue
                    }
                    let key = makeStr(chosen ? nil : k, site: site)
                    if chosen { callerKeywordNames.insert(key) }
                    s.set(key, heap.valueKey(key), v)
                }
                kw = []
                frame.locals[p.name] = heap.allocate("dict", .dict(s, factory: nil), origin: site)
            }
        }
        // A caller handing on what it does not know (its own fresh argument, an attribute of one)
        // to `text: str`: a value of that type, as the signature says (the same for the same
        // object). Outside callers' values are made so in `outsideArgument`.
        for p in def.parameters {
            guard p.annotation != nil, let v = frame.locals[p.name], case .opaque = heap[v].payload,
                  let type = Self.annotatedImmutableType(p.annotation), global(type, in: state.globals) == nil else { continue }
            if let seen = annotatedViews[v] { frame.locals[p.name] = seen; continue }
            let view = isFreshValue(v) ? heap.allocate(type, .atom, origin: nil) : unknownAtom(type, site: nil)
            annotatedViews[v] = view
            frame.locals[p.name] = view
        }
    }

    func frameObject(for frame: Frame) -> ObjID {
        if let f = frame.frameObject { return f }
        let back = frame.back.map { frameObject(for: $0) }
        let f = heap.allocate("frame", .frame(FrameState(function: frame.function?.qualifiedName ?? "<module>",
                                                         locals: frame.locals, cells: frame.cells, back: back)))
        frame.frameObject = f
        return f
    }

    /// Copies a frame's final locals into its heap frame object, if one was made (tracebacks, generators).
    func syncFrameObject(_ frame: Frame) {
        guard let f = frame.frameObject, case .frame(var st) = heap[f].payload else { return }
        heap.objects[f].payload = .atom
        st.locals = frame.locals
        st.cells = frame.cells
        heap.objects[f].payload = .frame(st)
    }

    func addTraceback(_ exc: ObjID, _ frame: Frame) {
        guard case .exception(let cls, let args, let tb, let attrs) = heap[exc].payload else { return }
        let fo = frameObject(for: frame)
        if let tb, case .traceback(let existing, _) = heap[tb].payload, existing == fo { return }
        syncFrameObject(frame)
        let entry = heap.allocate("traceback", .traceback(frame: fo, next: tb))
        heap.objects[exc].payload = .exception(cls: cls, args: args, traceback: entry, attrs: attrs)
    }

    func runGenerator(_ gen: ObjID, frame fo: ObjID, site: Int, limit: Int? = nil) throws -> [ObjID] {
        guard let frame = pendingGenerators.removeValue(forKey: gen), let def = frame.function else { return [] }
        pythonRuns += 1
        frame.yieldSink = []
        frame.yieldLimit = limit ?? bounds.maxLoopIterations
        depth += 1
        liveFrames.append(frame)
        defer {
            depth -= 1
            liveFrames.removeLast()
            // A finished generator drops its frame.
            heap.objects[gen].payload = .generator(frame: none)
        }
        do {
            _ = try execBlock(def.body, frame)
        } catch Signal.generatorStop {
            // The consumer took what it wanted; the model closes the generator, but a real one
            // kept alive could be resumed.
            suspendedGenerators[gen] = ModuleKey.make(frame.unit, def.id)
        }
        return frame.yieldSink ?? []
    }

    /// Code resumes a generator the model stopped at a `yield`: what runs after it is not simulated.
    func noteResumed(_ gen: ObjID) {
        if suspendedGenerators[gen] != nil { note("resuming a generator past the `yield` where the model stopped it") }
    }

    /// What an outside caller does with a result: iterates a generator (a few items), and calls a
    /// closure the function built. Results of those are used once more, no deeper.
    func useResult(_ r: ObjID, site: Int, depth: Int = 0) throws {
        guard depth < 2 else { return }
        switch heap[r].payload {
        case .generator where contextManagerGenerators.contains(r) && canResume(r):
            // A `@contextmanager` function's users run it in `with` blocks that may complete or
            // raise (an undecided choice).
            guard let entered = try enterGeneratorContext(r, site: site) else { return }
            try useResult(entered, site: site, depth: depth + 1)
            let raises = try truth(heap.allocate("bool", .atom, origin: site), site: site)
            let exc = raises ? try makeException("Exception", site: site) : nil
            do { _ = try exitGeneratorContext(r, raised: exc, site: site) } catch Signal.raise {}
        case .generator(let fo) where pendingGenerators[r] != nil:
            let items = try runGenerator(r, frame: fo, site: site, limit: depth == 0 && generatorsTakenInPart ? 1 : bounds.generatorItems)
            if depth == 0 { itemsOfUsedGenerator = items }
            for item in items {
                try useResult(item, site: site, depth: depth + 1)
            }
        case .function(let st) where functionDef(st.def)?.enclosingFunction != nil:
            let inner = functionDef(st.def)!
            let (args, kwargs) = freshArguments(for: inner, skippingFirst: false)
            let frame = moduleFrame()
            let result = try call(r, args, kwargs, site: site, frame: frame)
            try useResult(result, site: site, depth: depth + 1)
        default:
            break
        }
    }

    // MARK: - Classes

    func makeClass(_ def: ClassDef, _ frame: Frame) throws -> ObjID {
        let site = def.range.lowerBound
        let bases = try def.bases.map { b -> ObjID in
            // `class List(Seq[T])`: a generic alias's `__mro_entries__` gives its origin class
            // (an external one keeps its name). The subscript runs for what it does, but the
            // model's `__class_getitem__` is not what decides the base.
            if case .subscript(let origin, let index) = b.kind {
                let o = try eval(origin, frame)
                switch heap[o].payload {
                case .classObject, .external:
                    _ = try? eval(index, frame)
                    return o
                case .native(.builtin(let t), nil) where Interpreter.builtinKinds[t] != nil:
                    // (`class Options(dict[str, Any])`: the builtin type itself.)
                    _ = try? eval(index, frame)
                    return o
                default: break
                }
            }
            let v = try eval(b, frame)
            // A standard-library base the table does not model (`HTMLParser`): its class, run
            // from the interpreter's source.
            if case .external(let q) = heap[v].payload, let cls = try libraryBaseClass(absoluteExternalName(q, unit: frame.unit), site: site) {
                return cls
            }
            return v
        }
        var classKeywords: [(String, ObjID)] = []
        var metaKeyword: ObjID?
        var otherKeywords = false
        for k in def.keywords {
            let v = try eval(k.value, frame)
            if k.kind == .keyword, let n = k.name {
                if n == "metaclass" { metaKeyword = v } else { classKeywords.append((n, v)) }
            } else {
                otherKeywords = true
            }
        }
        let decorators = try def.decorators.map { try eval($0, frame) }
        // The metaclass: `type` (the class is made here), a program metaclass (called with the
        // namespace once the body ran), or one the model cannot see (`**kw` too): the class gets an
        // opaque base and its bases' `__init_subclass__` is not run.
        let choice = otherKeywords ? .unknown : metaclassChoice(explicit: metaKeyword, bases: bases)
        let classKey = ModuleKey.make(heap.currentUnit, def.id)
        let state = ClassState(name: def.name, def: classKey, bases: bases.filter {
            if case .classObject = heap[$0].payload { return true } else { return false }
        }, attrs: [], opaqueBase: false)
        let cls = heap.allocate("type", .classObject(state), origin: site)
        classObjects[classKey] = cls
        let body = Frame(scope: def.scope, function: nil, moduleObject: frame.moduleObject, parent: frame, back: frame)
        body.unit = frame.unit
        // The class body's own closure cells for free names resolve through the enclosing frame.
        liveFrames.append(body)
        defer { liveFrames.removeLast() }
        _ = try execBlock(def.body, body)
        let attrs = body.locals.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }
        var made = cls
        if case .program(let meta) = choice {
            // `metaclass=M` (or a base made by `M`): `M(name, bases, namespace, **kw)`, whose
            // `type.__new__` fills in the class object made above.
            let ns = newDict(site: site)
            for (n, v) in attrs {
                let key = makeStr(n, site: site)
                withStore(ns) { $0.set(key, heap.valueKey(key), v) }
            }
            pendingClassBodies[ns] = cls
            defer { pendingClassBodies[ns] = nil }
            made = try callMetaclass(meta, [makeStr(def.name, site: site), heap.allocate("tuple", .tuple(bases), origin: site), ns],
                                     classKeywords, site: site, frame: frame)
        } else {
            try finishClass(cls, bases: bases, attrs: attrs, keywords: classKeywords, opaque: choice == .unknown,
                            runsSubclassHook: choice != .unknown, metaclass: nil, site: site, frame: frame)
        }
        var result = made
        for d in decorators.reversed() {
            let made = try call(d, [result], [], site: site, frame: frame)
            // A class decorator the model cannot see (`@implementer(I)`, `@attr.s`): it returns
            // the class it was given, as nearly all do, so the name stays bound to that class; what
            // it may have added (`@attr.s` writes `__init__`) is unknown, as from a base the model
            // cannot see.
            if isOpaqueCallable(d), case .opaque = heap[made].payload, case .classObject(var st) = heap[result].payload {
                st.opaqueBase = true
                heap[result].payload = .classObject(st)
                continue
            }
            result = made
        }
        return result
    }

    /// Code looked into a base of `cls` that is only a name: when the cap on imported modules is
    /// why, its module is noted (a scenario may run again with it imported).
    func noteCappedBases(_ cls: ObjID) {
        for c in mro(cls) {
            for q in externalBases[c] ?? [] {
                // (A relative spelling, `.case.TestCase` from `unittest`, names a module of the
                // package of the class's unit.)
                if let m = cappedModule(naming: absoluteExternalName(q, ofClass: c)) { cappedTouched.insert(m) }
            }
        }
    }

    /// A name bound by a relative import the model did not follow (`.keys.nav_key`), made
    /// absolute against the package of the unit that runs it.
    func absoluteExternalName(_ q: String, unit: Int) -> String {
        guard q.hasPrefix(".") else { return q }
        let level = q.prefix { $0 == "." }.count
        return ModuleNameResolution.absolute(module: String(q.dropFirst(level)), level: level, package: packageParts(ofUnit: unit)) ?? q
    }

    /// The module of a dotted name (`pkg.geo.city_from_name`) when the cap on imported modules
    /// left it out: the nearest enclosing module the run made opaque, if the cap is why.
    func cappedModule(naming qualified: String) -> String? {
        var parts = qualified.split(separator: ".").map(String.init)
        while parts.count > 1 {
            parts.removeLast()
            let name = parts.joined(separator: ".")
            if opaqueImports[name] != nil { return leftOutByCap(name) ? name : nil }
        }
        return nil
    }

    /// An external base's name as written in its class's module, made absolute (`.case.TestCase`
    /// in `unittest/__init__.py` is `unittest.case.TestCase`).
    func absoluteExternalName(_ q: String, ofClass c: ObjID) -> String {
        guard q.hasPrefix("."), case .classObject(let st) = heap[c].payload, let key = st.def else { return q }
        let level = q.prefix(while: { $0 == "." }).count
        let rest = String(q.dropFirst(level))
        guard let package = ModuleNameResolution.absolute(module: rest, level: level, package: packageParts(ofUnit: ModuleKey.unit(key))) else { return q }
        return package
    }

    /// Whether the project module `name` was left unfollowed only by the cap on imported modules.
    func leftOutByCap(_ name: String) -> Bool {
        guard let why = opaqueImports[name] else { return false }
        return why.contains("(the cap of") && why.contains("imported modules")
    }

    /// A callable whose code the model does not have (opaque, or of a module it does not follow).
    func isOpaqueCallable(_ f: ObjID) -> Bool {
        switch heap[f].payload {
        case .opaque, .external: return true
        default: return false
        }
    }

    func classHasFinalizer(_ cls: ObjID) -> Bool {
        finalizerClasses.contains(cls) || mroLookup(cls, "__del__") != nil
    }

    func instantiate(_ cls: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        // Calling a metaclass makes a class; calling a class whose metaclass defines `__call__`
        // runs that (a singleton metaclass keeps the one instance), which reaches the usual
        // construction through `super().__call__(...)`.
        if isMetaclass(cls) {
            if args.count == 3 { return try callMetaclass(cls, args, kwargs, site: site, frame: frame) }
            escape("`\(className(cls))()`", args + kwargs.map(\.1), site: site)
            return opaque("type", site: site)
        }
        if let m = classMetaclass[cls], let c = mroLookup(m, "__call__"), case .function = heap[c].payload {
            return try call(c, [cls] + args, kwargs, site: site, frame: frame)
        }
        return try instantiatePlain(cls, args, kwargs, site: site, frame: frame)
    }

    /// A bare instance of `cls` (`object.__new__(cls)`): no initialiser run.
    func allocateInstance(_ cls: ObjID, _ args: [ObjID], site: Int) -> ObjID {
        let obj: ObjID
        if mro(cls).contains(where: { exceptionClassSet.contains($0) }) {
            obj = heap.allocate(className(cls), .exception(cls: cls, args: args, traceback: nil, attrs: [:]), origin: site)
        } else {
            obj = heap.allocate(className(cls), .instance(cls: cls, attrs: [:]), origin: site)
            if let type = storageType(cls) { heap.itemStorage[obj] = newItemStorage(type, site: site) }
        }
        if classHasFinalizer(cls) { heap.objects[obj].hasFinalizer = true }
        if outsideConstructionDepth > 0 { outsideMadeInstances.insert(obj) }
        return obj
    }

    /// `type.__call__(cls, ...)`: the class's `__new__` (a Python one, or a bare instance), then,
    /// when that made an instance of the class, its `__init__`.
    func instantiatePlain(_ cls: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        if let members = enumMembers[cls], !members.isEmpty, args.count == 1, kwargs.isEmpty {
            // `Role("replica")`: the member with that value (or the member itself), never a new
            // object; a value the model does not know is one of them, or a ValueError.
            let a = args[0]
            if members.contains(a) { return a }
            let wanted = heap.valueKey(a)
            for m in members {
                guard case .instance(_, let attrs) = heap[m].payload, let v = attrs["_value_"] else { continue }
                if heap.valueKey(v) == wanted { return m }
            }
            if let missing = mroLookup(cls, "_missing_"), case .descriptor(.classmethod, let fn) = heap[missing].payload {
                // No member has that value: CPython asks the class's `_missing_` hook, whose
                // member (or None: ValueError) is the result.
                let found = try call(fn, [cls, a], [], site: site, frame: frame)
                if members.contains(found) { return found }
                if found == none { throw Signal.raise(try makeException("ValueError", site: site)) }
                return found
            }
            if isEnumClass(cls, among: ["Flag", "IntFlag"]), ["int", "bool"].contains(typeName(a)) || heap[a].constant == nil {
                // A flag enumeration also has a member for each combination of its members'
                // values (`Scope(0)`, `Scope(3)`), made on demand: one the model does not keep.
                // A known value with bits no member has is a ValueError for a `Flag` (its
                // boundary is STRICT); an `IntFlag` keeps them.
                if let v = intValue(a), !isEnumClass(cls, among: ["IntFlag"]) {
                    var mask = 0
                    for m in members {
                        guard case .instance(_, let attrs) = heap[m].payload, let mv = attrs["_value_"].flatMap(intValue) else { mask = -1; break }
                        mask |= mv
                    }
                    if mask != -1, v < 0 || v & ~mask != 0 { throw Signal.raise(try makeException("ValueError", site: site)) }
                }
                return heap.allocate(className(cls), .instance(cls: cls, attrs: ["_value_": a]), origin: site)
            }
            if heap[a].constant != nil || isKnownIdentity(a) {
                throw Signal.raise(try makeException("ValueError", site: site))
            }
            for m in members.dropLast() where policyDecision(site: site) { return m }
            return members[members.count - 1]
        }
        let obj: ObjID
        if let new = mroLookup(cls, "__new__").flatMap(plainFunction) {
            obj = try call(new, [cls] + args, kwargs, site: site, frame: frame)
            switch heap[obj].payload {
            case .instance(let c, _) where mro(c).contains(cls): break
            case .exception(let c?, _, _, _) where mro(c).contains(cls): break
            default: return obj
            }
        } else {
            obj = allocateInstance(cls, args, site: site)
        }
        if let initializer = mroLookup(cls, "__init__") {
            _ = try call(try bindIfFunction(initializer, to: obj, site: site), args, kwargs, site: site, frame: frame)
            return obj
        }
        if let fields = attrsFields(cls) {
            // attrs' generated `__init__`: arguments in field order (keyword-only ones by name,
            // each under its alias: the name without leading underscores), then each field's
            // default or factory, through its converter; then `__attrs_post_init__`.
            var remaining = args[...]
            for field in fields {
                var value: ObjID?
                if field.inInit {
                    if !field.keywordOnly, let v = remaining.first { value = v; remaining = remaining.dropFirst() }
                    else if let kw = kwargs.first(where: { $0.0 == field.parameter }) { value = kw.1 }
                }
                if value == nil, let d = field.marker ?? field.classValue {
                    value = try attrsDefault(d, instance: obj, site: site, frame: frame)
                }
                if let v = value, let converter = field.marker.flatMap({ attrsFieldSpecs[$0]?.converter }) {
                    value = try call(converter, [v], [], site: site, frame: frame)
                }
                setInstanceAttr(obj, field.name, value ?? opaque("argument", site: nil))
            }
            if let post = mroLookup(cls, "__attrs_post_init__") {
                _ = try call(try bindIfFunction(post, to: obj, site: site), [], [], site: site, frame: frame)
            }
            return obj
        }
        if let fields = dataclassFields(cls) {
            // The generated __init__: arguments in field order, then each field's default or factory.
            var remaining = args[...]
            for name in fields {
                var value: ObjID?
                if let v = remaining.first { value = v; remaining = remaining.dropFirst() }
                else if let kw = kwargs.first(where: { $0.0 == name }) { value = kw.1 }
                else if let d = mroLookup(cls, name) {
                    if fieldMarkers.contains(d), case .partial(let factory, let dflt) = heap[d].payload {
                        value = factory != none ? try call(factory, [], [], site: site, frame: frame) : dflt.first
                    } else {
                        value = d
                    }
                }
                setInstanceAttr(obj, name, value ?? opaque("argument", site: nil))
            }
            if let post = mroLookup(cls, "__post_init__") {
                _ = try call(try bindIfFunction(post, to: obj, site: site), [], [], site: site, frame: frame)
            }
            return obj
        }
        if let m = loggingMethod(cls, "__init__") {
            _ = try call(external(m), [obj] + args, kwargs, site: site, frame: frame)
            return obj
        }
        if isTestCaseClass(cls) {
            _ = try testCaseMethod("__init__", obj, args, kwargs, site: site, frame: frame)
            // (Made by the scenario as an outside caller would, not by the runner or the program's
            // own code: its real makers may set its attributes first, `case.order_id = …`, so the
            // instance stays handed to code heaplint cannot see, and nothing is refuted through it.)
            if testRunnerDepth == 0, outsideConstructionDepth > 0 { escape(Self.outsideTestRunner, [obj] + args + kwargs.map(\.1), site: site) }
            return obj
        }
        if let items = itemStorage(obj) {
            // `dict.__init__` / `list.__init__` / `set.__init__`, the only constructor along the MRO.
            _ = try itemStorageMethod(obj, items, "__init__", args, kwargs, site: site, frame: frame)
            return obj
        }
        if classHasOpaqueBase(cls) {
            noteCappedBases(cls)
            trace("opaque-base constructor: \(className(cls)) (bases \(mro(cls).flatMap { externalBases[$0] ?? [] }))")
            escape(Self.outsideBaseConstructor, [obj] + args + kwargs.map(\.1), site: site)
        }
        return obj
    }

    /// The annotated field names of a dataclass, bases first, in definition order.
    func dataclassFields(_ cls: ObjID) -> [String]? {
        guard mro(cls).contains(where: { dataclasses.contains($0) }) else { return nil }
        var names: [String] = []
        for c in mro(cls).reversed() {
            guard dataclasses.contains(c), case .classObject(let st) = heap[c].payload, let id = st.def,
                  let classDef = classDef(id) else { continue }
            for stmt in classDef.body {
                if case .annAssign(let target, let annotation, _) = stmt.kind, case .name(let n) = target.kind,
                   !(annotation.leadingName?.hasPrefix("ClassVar") ?? false), !names.contains(n) {
                    names.append(n)
                }
            }
        }
        return names
    }

    /// A class `@attr.s` / `@define` decorated: value equality as a dataclass's (unless `eq=False`).
    func registerAttrsClass(_ cls: ObjID, _ mode: AttrsFieldMode) {
        attrsClasses[cls] = mode
        dataclasses.insert(cls)
        if mode.identityEquality { identityEqualityClasses.insert(cls) }
    }

    /// The fields of an attrs class (bases first, in definition order; one a subclass defines
    /// again moves to its place there), or nil when no class of its MRO is one.
    func attrsFields(_ cls: ObjID) -> [AttrsField]? {
        let chain = mro(cls).reversed().filter { attrsClasses[$0] != nil }
        guard !chain.isEmpty else { return nil }
        var fields: [AttrsField] = []
        for c in chain {
            guard let mode = attrsClasses[c], case .classObject(let st) = heap[c].payload, let id = st.def,
                  let classDef = classDef(id) else { return nil }
            var order: [(name: String, annotated: Bool)] = []
            for stmt in classDef.body {
                switch stmt.kind {
                case .annAssign(let target, let annotation, _):
                    guard case .name(let n) = target.kind, !(annotation.leadingName?.hasSuffix("ClassVar") ?? false),
                          !order.contains(where: { $0.name == n }) else { continue }
                    order.append((n, true))
                case .assign(let targets, _):
                    for t in targets {
                        if case .name(let n) = t.kind, let v = st.attr(n), attrsFieldSpecs[v] != nil,
                           !order.contains(where: { $0.name == n }) { order.append((n, false)) }
                    }
                default: continue
                }
            }
            let markersOnly = mode.fields == .markersOnly
                || (mode.fields == .guess && order.contains { !$0.annotated })
            for (n, _) in order {
                let value = st.attr(n)
                let marker = value.flatMap { attrsFieldSpecs[$0] != nil ? $0 : nil }
                if markersOnly && marker == nil { continue }
                let spec = marker.flatMap { attrsFieldSpecs[$0] }
                fields.removeAll { $0.name == n }
                var parameter = Substring(n)
                while parameter.first == "_" { parameter = parameter.dropFirst() }
                fields.append(AttrsField(name: n, parameter: spec?.alias ?? String(parameter), marker: marker,
                                         classValue: marker == nil ? value : nil, inInit: spec?.inInit ?? true,
                                         keywordOnly: mode.keywordOnly || (spec?.keywordOnly ?? false)))
            }
        }
        return fields
    }

    /// A field's default when its argument is left out: its factory's result (given the
    /// instance when it takes it), else its default value; nil when it has none.
    func attrsDefault(_ d: ObjID, instance: ObjID, site: Int, frame: Frame) throws -> ObjID? {
        if let spec = attrsFieldSpecs[d], case .partial(let factory, let value) = heap[d].payload {
            if factory != none { return try call(factory, spec.factoryTakesSelf ? [instance] : [], [], site: site, frame: frame) }
            return value.first
        }
        if let takesSelf = attrsFactories[d], case .partial(let factory, _) = heap[d].payload {
            return try call(factory, takesSelf ? [instance] : [], [], site: site, frame: frame)
        }
        return d
    }

    func className(_ cls: ObjID) -> String {
        if case .classObject(let s) = heap[cls].payload { return s.name }
        return "object"
    }

    func makeException(_ name: String, site: Int) throws -> ObjID {
        let cls = exceptionClasses[name] ?? exceptionClasses["Exception"]!
        return heap.allocate(name, .exception(cls: cls, args: [], traceback: nil, attrs: [:]), origin: site)
    }
}

/// How an attrs class's fields are found, and what its decorator asked for.
struct AttrsFieldMode: Equatable {
    enum Fields { case markersOnly, annotated, guess }
    var fields: Fields
    var keywordOnly = false
    var identityEquality = false
}

/// What `attr.ib(...)` says besides its default and factory.
struct AttrsFieldSpec {
    var converter: ObjID?
    var inInit: Bool
    var keywordOnly: Bool
    var alias: String?
    var factoryTakesSelf: Bool
}

/// One field of an attrs class's generated `__init__`.
struct AttrsField {
    let name: String
    let parameter: String
    let marker: ObjID?
    /// The class attribute of an annotated field without `attr.ib()` (`x: int = 0`), if any.
    let classValue: ObjID?
    let inInit: Bool
    let keywordOnly: Bool
}
