import Foundation
import PythonModel
import Project

/// A running (or finished) Python frame of the simulation.
final class Frame {
    let scope: Scope
    let function: FunctionDef?
    let moduleObject: ObjID
    var locals: [String: ObjID] = [:]
    var cells: [String: ObjID] = [:]
    /// For comprehension frames: the frame they run in (free names resolve there).
    let parent: Frame?
    let back: Frame?
    /// The heap frame object, made when a traceback or generator needs one.
    var frameObject: ObjID?
    /// The exception being handled (for `sys.exc_info()` and bare `raise`).
    var handling: ObjID?
    /// For methods: the class whose body defined the function (for `super()`).
    var definingClass: ObjID?
    /// For a running generator: the values it yielded.
    var yieldSink: [ObjID]?
    /// Items the generator's consumer takes before it stops (closes) the generator.
    var yieldLimit = Int.max
    /// The module unit whose code this frame runs (`InterpreterState.units`).
    var unit = 0
    /// Locals whose one binding in the function, `x = opts.get("k", None)`, last ran while `opts`
    /// held an unchanged, empty default dict: their value is the constant whatever came before
    /// (`Interpreter.noteGetOfEmptyDefault`, `testOnUnchangedDefault`).
    var readFromEmptyDefault: [String: ObjID] = [:]
    /// For a generator resumed step by step: its coroutine (its `yield`s hand control back).
    var coroutine: Coroutine?
    /// Resumed by a `for` loop whose body never leaves it early: it runs to its end (unless the
    /// body raises).
    var consumerDrains = false
    /// Enclosing `try` blocks of this frame whose handlers take `ImportError`: an import of a
    /// project module the sources lack (a compiled accelerator, a generated file) raises there,
    /// so the pure-Python fallback runs (`try: from ._speedups import f` / `except ImportError:`).
    var importFallbacks = 0
    /// Enclosing `try` blocks of this frame whose handlers take NameError: a name no code binds,
    /// read there, is a probe for a builtin the host may inject (`get_ipython`).
    var nameProbes = 0
    /// A test on data the model could not decide went the policy's way in this frame's own code
    /// (not a watched container's size against a bound).
    var choseOnData = false
    /// A loop of this frame was left after a few turns, its way out undecided.
    var loopCut = false
    /// `try` blocks of this frame with a `finally` whose body or handlers are running: on every
    /// way out of them the `finally` runs.
    var pendingFinally = 0

    init(scope: Scope, function: FunctionDef?, moduleObject: ObjID, parent: Frame? = nil, back: Frame?) {
        self.scope = scope
        self.function = function
        self.moduleObject = moduleObject
        self.parent = parent
        self.back = back
    }
}

/// A class attribute looked up along the MRO (`after`: -1 for the whole MRO).
struct MROLookupKey: Hashable {
    var cls: ObjID
    var name: String
    var after: ObjID
}

/// Interprets the module model over the simulated heap. Never runs user code: every effect is
/// the model's. Unknown code returns opaque objects and records what flowed into it.
final class Interpreter {
    let module: Module
    var bounds: SimulationBounds
    /// Python version the memory-management rules follow (PEP 442 from 3.4).
    let pep442: Bool
    var depth = 0
    /// What the interpreter has accumulated, as values (cloning copies it).
    var state = InterpreterState()
    /// Running the module body: an undecidable `if` at top level runs both branches (definitions
    /// on either side may be what a scenario needs).
    var importing = false
    var liveFrames: [Frame] = []
    /// The last statement `tick` saw.
    var lastStatement = -1
    /// Other modules imports can execute (nil: every import is opaque, as for one file).
    var provider: ModuleProvider?
    /// While a provided module's body runs: the step count past which its import stops.
    var importStepLimit: Int?
    /// The step count past which the scenario caller running now is stopped as incomplete, so
    /// that one caller the model cannot finish (a parser recursing on made-up input) does not
    /// use up the bound the others need (set only while there are other callers).
    var entryStepLimit: Int?
    /// Scratch marks of bounded heap walks (`nextWalkMark`), by object id; not state (a clone starts empty).
    var walkMarks: [UInt32] = []
    var walkMark: UInt32 = 0
    /// What the last generator `useResult` consumed (at depth 0) yielded, so a scenario can keep
    /// an item its users would keep (a closure a `yield` fixture hands out); not state.
    var itemsOfUsedGenerator: [ObjID] = []
    /// `mroLookup`'s answers while no class's attributes change (`classAttributesChanged`); not state.
    var mroLookups: [MROLookupKey: ObjID?] = [:]
    /// By `unit:name`: no function of that module declares the name `global` (`testOnUnchangedDefault`); not state.
    var fixedGlobals: [String: Bool] = [:]
    /// By `unit:statement:name`: `DecidedControl.holdsArgument` there (`testOnUnchangedDefault`); not state.
    var holdsArgumentAt: [String: Bool] = [:]
    /// By `unit:statement:name`: the statement is the name's one binding in its function (`noteGetOfEmptyDefault`); not state.
    var soleBindingAt: [String: Bool] = [:]

    func unknownAtom(_ type: String, site: Int?) -> ObjID {
        let id = heap.allocate(type, .atom, origin: site)
        unknownValues.insert(id)
        return id
    }

    /// `memo[id(obj)] = (obj, out)`: the entry keeps the object whose `id()` is its key, so while
    /// the entry lives that id is not reused.
    func keepsIdentified(by key: ObjID, _ value: ObjID) -> Bool {
        guard let v = intValue(key) else { return false }
        let target = (v - Self.idBase) / 16
        if value == target { return true }
        switch heap[value].payload {
        case .tuple(let items), .list(let items): return items.contains(target)
        default: return false
        }
    }

    /// A key going into a dict or set: keys taken modulo m bound the container at m entries.
    /// The keyword name `freshArguments` passes for a `**kwargs` parameter: not a Python
    /// identifier, so it only ever lands in a `**` dict, as a key of unknown value.
    static let callerKeyword = "\u{0}keyword"
    /// The keyword name `f(**d)` passes for a key of `d` the model does not know: followed by the
    /// key's object id, which the callee's `**` dict gets as its key.
    static let unknownKeyword = "\u{0}key:"
    /// Where the model's `id()` values start: `id(x)` is this plus 16 times the object's index.
    static let idBase = 0x7f00_0000_0000
    /// `partialKeywords` of a partial whose keywords code has read as a dict: the dict is its
    /// last bound argument.
    static let partialKeywordsDict = "\u{0}keywords"

    func noteKey(_ container: ObjID, _ key: ObjID, value: ObjID? = nil) {
        // (Keys put in while a module is imported go in once: whether they repeat does not
        // matter to what calls keep.)
        if !importing { noteRepeatableKey(container, key, value: value) }
        if callerKeywordNames.contains(key) {
            escape("keys named by its callers' keyword arguments", [container], site: heap[key].origin)
        }
        noteKeyBound(container, key)
    }

    /// An instance this entry call made, compared by identity (its class defines no `__eq__` in
    /// Python): a key part that is new every call (`(self, type(node))` of a checker made per file).
    func isNewIdentity(_ id: ObjID) -> Bool {
        guard entryStartObject > 0, id >= entryStartObject, case .instance(let cls, _) = heap[id].payload, !classHasOpaqueBase(cls) else { return false }
        if let eq = mroLookup(cls, "__eq__"), case .function = heap[eq].payload { return false }
        return !mro(cls).contains(where: { dataclasses.contains($0) && !identityEqualityClasses.contains($0) })
    }

    /// Keys the model took for new that may equal earlier ones: an escape naming why.
    func noteRepeatableKey(_ container: ObjID, _ key: ObjID, value: ObjID?) {
        if reusableValues.contains(key), !(value.map { keepsIdentified(by: key, $0) } ?? false) {
            escape(Self.reusedIdKeys, [container], site: heap[key].origin)
        }
        func hasTextPiece(_ k: ObjID, depth: Int) -> Bool {
            if textPieces.contains(k) { return true }
            if depth < 3, case .tuple(let items) = heap[k].payload { return items.contains { hasTextPiece($0, depth: depth + 1) } }
            return false
        }
        if !textPieces.isEmpty, hasTextPiece(key, depth: 0) {
            escape(Self.textPieceKeys, [container], site: heap[key].origin)
        }
        // A key whose value the model does not know and did not compute from fresh data (a part
        // cut out of unknown text, `path.split("/")[2]`, `os.path.splitext(p)[1]`, a length): a
        // new object here, but two of them may be equal, as the extensions of many paths are.
        func unknownOnly(_ k: ObjID, depth: Int) -> Bool {
            switch heap[k].payload {
            case .atom:
                return heap[k].constant == nil && unknownValues.contains(k) && !stableValues.contains(k)
                    && ["str", "bytes", "int", "float"].contains(heap[k].typeName)
            case .tuple(let items) where depth < 3:
                return !items.isEmpty && !items.contains { isFreshValue($0) || isNewIdentity($0) } && items.contains { unknownOnly($0, depth: depth + 1) }
            default: return false
            }
        }
        if unknownOnly(key, depth: 0) {
            escape(Self.unknownValueKeys, [container], site: heap[key].origin)
        }
        // A key the model knows only as an object code it cannot see handed back, with nothing
        // of a scenario's fresh data in it (`memo[lib.name(record)]`, `(f.name, f.type)` of such
        // objects): a new object here, but real code may hand back an equal one each time.
        func unseenOnly(_ k: ObjID, depth: Int) -> Bool {
            switch heap[k].payload {
            case .opaque: return unseenResults.contains(k) && !stableValues.contains(k)
            case .tuple(let items) where depth < 3:
                return !items.isEmpty && !items.contains { isFreshValue($0) || isNewIdentity($0) } && items.contains { unseenOnly($0, depth: depth + 1) }
            default: return false
            }
        }
        if unseenOnly(key, depth: 0) {
            escape(Self.unseenKeys, [container], site: heap[key].origin)
        }
    }

    func noteKeyBound(_ container: ObjID, _ key: ObjID) {
        // (Also inside a tuple key: `(coord, zoom)`.)
        func comparedByValue(_ k: ObjID, depth: Int) -> Bool {
            switch heap[k].payload {
            case .instance(let cls, _):
                // (Fields the model calls fresh are no proof of a new key: `int(lon / 360 * scale)`
                // of fresh floats repeats.)
                guard !classHasOpaqueBase(cls) else { return false }
                return mroLookup(cls, "__eq__").map({ if case .function = heap[$0].payload { return true } else { return false } }) ?? false
                    || mro(cls).contains(where: { dataclasses.contains($0) && !identityEqualityClasses.contains($0) })
            case .tuple(let items) where depth < 3: return items.contains { comparedByValue($0, depth: depth + 1) }
            default: return false
            }
        }
        if comparedByValue(key, depth: 0) {
            // Equal by value as its class's `__eq__` (or a dataclass's) decides (a `TileKey` of the
            // same tile made again): whether a new one is a new key is not known.
            escape("keys compared by their class's `__eq__`", [container], site: heap[key].origin)
        }
        var m = moduloOf[key]
        if m == nil, case .tuple(let parts) = heap[key].payload {
            // A tuple of bounded parts is bounded by their product (when small).
            var product = 1
            for p in parts {
                guard let pm = moduloOf[p] else { product = 0; break }
                product = product.multipliedReportingOverflow(by: pm).overflow ? 0 : product * pm
            }
            if product > 0 { m = product }
        }
        if let m { sizeBounds[container] = max(sizeBounds[container] ?? 0, m) }
    }

    /// The simulated module's body has started (importing its name returns the module as it is),
    /// and `loadModule` is importing its parent packages (importing its name runs its body).
    var mainBodyStarted = false
    var loadingMain = false
    /// The top-level statement each module body is running (unit → byte offset), while it runs:
    /// a module partially initialised by an import cycle binds only the names of the statements
    /// before it.
    var runningTopStatement: [Int: Int] = [:]

    /// Generators resumed step by step (not copied by `clone`: a copy sees them as stopped).
    var coroutines: [ObjID: Coroutine] = [:]

    deinit { shutDownCoroutines() }

    /// Generators created but not yet run, with their frames.
    var pendingGenerators: [ObjID: Frame] = [:]
    /// Exceptions the model raised for want of knowledge (a missing attribute or name that other
    /// code may set, a fresh argument missing from a mapping): type and where. A store skipped
    /// after one of these is not proof that real calls skip it.
    /// (`unit`: the module whose code raised, see `InterpreterState.units`; origins are in its source.)
    var uncertainRaises: [(type: String, origin: Int, unit: Int)] = []

    func raiseUncertain(_ type: String, site: Int) throws -> Signal {
        if uncertainRaises.count < 16 { uncertainRaises.append((type, site, heap.currentUnit)) }
        noteChoice()
        let exc = try makeException(type, site: site)
        uncertainExceptions.insert(exc)
        return Signal.raise(exc)
    }

    /// The exception (type name, origin offset) that last ended a scenario call.
    var lastEscapedException: (type: String, origin: Int?)?

    /// The oldest Python 3 minor version the code runs on (`target-version`): `sys.version_info`
    /// is at least `(3, minimumMinor)` (`versionComparison`).
    var minimumMinor = 8

    init(module: Module, bounds: SimulationBounds, pep442: Bool, installing: Bool = true) {
        self.module = module
        self.bounds = bounds
        self.pep442 = pep442
        guard installing else { return }
        none = heap.allocate("NoneType", .atom, constant: "None")
        trueObject = heap.allocate("bool", .atom, constant: "True")
        falseObject = heap.allocate("bool", .atom, constant: "False")
        moduleObject = heap.allocate("module", .module(name: module.name, globals: [:]))
        heap.roots.append(("module \(module.name)", moduleObject))
        units = [ModuleUnit(name: module.name, module: module, isPackage: false, object: moduleObject, isLibrary: false)]
        sysModules[module.name] = moduleObject
        for name in ["None", "True", "False"] {
            heap.roots.append((name, name == "None" ? none : name == "True" ? trueObject : falseObject))
        }
        installBuiltins()
    }

    /// A copy of this interpreter (after importing the module), so each scenario starts from the
    /// same imported module without running the module body again: `state` is copied as a value
    /// (its heap, arrays and dictionaries lazily); pending generators keep their frames (copied
    /// shallowly); the call depth, the import flag and the live frames start afresh.
    func clone() -> Interpreter {
        let c = Interpreter(module: module, bounds: bounds, pep442: pep442, installing: false)
        c.minimumMinor = minimumMinor
        c.state = state
        c.provider = provider
        for (gen, frame) in pendingGenerators {
            let f = Frame(scope: frame.scope, function: frame.function, moduleObject: frame.moduleObject,
                          parent: frame.parent, back: frame.back)
            f.locals = frame.locals
            f.cells = frame.cells
            f.frameObject = frame.frameObject
            f.definingClass = frame.definingClass
            f.unit = frame.unit
            c.pendingGenerators[gen] = f
        }
        budget?.remaining -= heap.objects.count
        return c
    }

    /// A frame at module level, for calls made from outside any Python function.
    func moduleFrame() -> Frame {
        Frame(scope: module.scope, function: nil, moduleObject: moduleObject, back: nil)
    }

    /// A call the runtime makes on its own (`__del__`, weakref callbacks): its frame is live
    /// during the call, and a Python exception it raises is printed and ignored, as CPython does.
    func callFromRuntime(_ callee: ObjID, _ args: [ObjID], site: Int) throws {
        let frame = moduleFrame()
        liveFrames.append(frame)
        defer { liveFrames.removeLast() }
        do { _ = try call(callee, args, [], site: site, frame: frame) } catch Signal.raise {}
    }

    // MARK: - Bookkeeping

    func tick(_ site: Int? = nil) throws {
        steps += 1
        if let site {
            reachedStatements.insert(ModuleKey.make(heap.currentUnit, site))
            lastStatement = site
            mayRaiseAtStatement = dataMayRaiseCount
        }
        if let limit = importStepLimit, steps > limit { throw Signal.abort(Interpreter.importBoundPrefix) }
        if let limit = entryStepLimit, steps > limit {
            entryStepLimit = nil
            throw Signal.abort(.local("\(Interpreter.stepShareStop) \(bounds.maxSteps / 4) steps"))
        }
        if let budget {
            budget.remaining -= 1
            if budget.remaining <= 0 { throw Signal.abort(.limit(.budgetSpent(beforeStart: false))) }
        }
        if steps > bounds.maxSteps {
            if Interpreter.tracing { trace("step bound at byte \(site ?? lastStatement) in \(heap.currentUnit), in \(liveFrames.map { $0.function?.name ?? "<module>" }.joined(separator: " > "))") }
            throw Signal.abort(.limit(.stepBound(bounds.maxSteps)))
        }
        if heap.objects.count > bounds.maxObjects { throw Signal.abort(.limit(.objectBound(bounds.maxObjects))) }
    }

    /// How a caller stopped by `entryStepLimit` is described.
    static let stepShareStop = "one call took more than"
    /// Developer diagnostics: `HEAPLINT_TRACE=1` prints what the simulation could not model.
    static let tracing = ProcessInfo.processInfo.environment["HEAPLINT_TRACE"] != nil
    /// `HEAPLINT_TRACE_CHOICES=1`: each test the model could not decide (unit and byte offset).
    static let tracingChoices = ProcessInfo.processInfo.environment["HEAPLINT_TRACE_CHOICES"] != nil

    func trace(_ message: @autoclosure () -> String) {
        if Interpreter.tracing { FileHandle.standardError.write(Data(("heapsim: " + message() + "\n").utf8)) }
    }

    func note(_ what: String) {
        trace("not modelled: \(what)")
        if !unsupported.contains(what) && unsupported.count < 32 { unsupported.append(what) }
    }

    func escape(_ what: String, _ objects: [ObjID], site: Int?) {
        heapSizeAtLastEscape = heap.objects.count
        let interesting = objects.filter { !isImmutableAtom($0) }
        guard !interesting.isEmpty, escapes.count < 512 else { return }
        escapes.append((what, interesting, site))
    }

    func isImmutableAtom(_ id: ObjID) -> Bool {
        if case .atom = heap[id].payload { return true }
        if case .external = heap[id].payload { return true }
        return false
    }

    func constantObject(_ c: Constant, site: Int) -> ObjID {
        switch c {
        case .none: return none
        case .bool(let b): return b ? trueObject : falseObject
        default: break
        }
        let key = ModuleKey.make(heap.currentUnit, site)
        if let id = constants[key] { return id }
        let id: ObjID
        switch c {
        case .int(let s): id = heap.allocate("int", .atom, constant: normalizeInt(s), origin: site)
        case .float(let s): id = heap.allocate("float", .atom, constant: s, origin: site)
        case .complex(let s): id = heap.allocate("complex", .atom, constant: s, origin: site)
        case .string(let s): id = heap.allocate("str", .atom, constant: s, origin: site)
        case .bytes(let s): id = heap.allocate("bytes", .atom, constant: s, origin: site)
        case .ellipsis: id = heap.allocate("ellipsis", .atom, constant: "...", origin: site)
        case .none, .bool: return none
        }
        constants[key] = id
        heap.roots.append(("co_consts", id))
        return id
    }

    func normalizeInt(_ s: String) -> String {
        let t = s.replacingOccurrences(of: "_", with: "").lowercased()
        if let v = Int(t) { return String(v) }
        if t.hasPrefix("0x"), let v = Int(t.dropFirst(2), radix: 16) { return String(v) }
        if t.hasPrefix("0o"), let v = Int(t.dropFirst(2), radix: 8) { return String(v) }
        if t.hasPrefix("0b"), let v = Int(t.dropFirst(2), radix: 2) { return String(v) }
        return t
    }

    func makeInt(_ v: Int, site: Int? = nil) -> ObjID {
        heap.allocate("int", .atom, constant: String(v), origin: site)
    }

    func makeStr(_ v: String?, site: Int?) -> ObjID {
        heap.allocate("str", .atom, constant: v, origin: site)
    }

    /// The length of a str (characters): its text's, or the least one known for an unknown value.
    func textLength(_ id: ObjID) -> Int {
        if let c = heap[id].constant { return heap[id].typeName == "str" ? c.count : 0 }
        return textFloor[id] ?? 0
    }

    /// Counts on `result` the policy's choices that went into the parts it was built from (a
    /// list or tuple part: its items'). See `choices`.
    @discardableResult
    func noteChoices(_ result: ObjID, from parts: [ObjID]) -> ObjID {
        guard !choices.isEmpty else { return result }
        var n = 0
        for p in parts {
            n += choices[p] ?? 0
            switch heap[p].payload {
            case .list(let xs), .tuple(let xs): for x in xs { n += choices[x] ?? 0 }
            default: break
            }
        }
        if n > 0 { choices[result] = max(n, choices[result] ?? 0) }
        return result
    }

    /// The most choices of the policy that went into one key of a dict or member of a set the
    /// candidates reach (see `choices`).
    func mostChosenKey(_ candidates: [ObjID]) -> Int {
        guard !choices.isEmpty else { return 0 }
        var most = 0
        var seen = Set<ObjID>()
        var stack = candidates.filter { !heap.objects[$0].freed }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            switch heap.objects[id].payload {
            case .dict(let store, _), .set(let store):
                for k in store.keys { most = max(most, choices[k] ?? 0) }
            default: break
            }
            heap.forEachEdge(id, ordered: false) { _, target in if !seen.contains(target) { stack.append(target) } }
        }
        return most
    }

    /// A new str of unknown value at least `floor` characters long.
    func makeStr(atLeast floor: Int, site: Int?) -> ObjID {
        let s = heap.allocate("str", .atom, origin: site)
        if floor > 0 { textFloor[s] = floor }
        return s
    }

    func intValue(_ id: ObjID) -> Int? {
        let o = heap[id]
        guard o.typeName == "int" || o.typeName == "bool", let c = o.constant else { return nil }
        if c == "True" { return 1 }
        if c == "False" { return 0 }
        return Int(c)
    }

    func bool(_ b: Bool) -> ObjID { b ? trueObject : falseObject }

    func opaque(_ typeName: String = "object", site: Int?, held: [ObjID] = []) -> ObjID {
        heap.allocate(typeName, .opaque(held: held), origin: site)
    }

    func external(_ name: String) -> ObjID {
        if let id = externals[name] { return id }
        // `logging.INFO` is 20; `logging.root` is the root logger the logging model keeps.
        if let level = Self.loggingConstant(name) {
            let id = makeInt(level)
            externals[name] = id
            heap.roots.append(("sys.modules", id))
            return id
        }
        if name == "logging.root" { return rootLogger() }
        // `re.IGNORECASE` is 2, as CPython's `re.RegexFlag` (`re.I | re.X` is then known).
        if name.hasPrefix("re."), let flag = Self.regexFlags[String(name.dropFirst(3))] {
            let id = makeInt(flag)
            externals[name] = id
            heap.roots.append(("sys.modules", id))
            return id
        }
        // `if TYPE_CHECKING:` blocks hold imports only a type checker runs (often ones that would
        // form an import cycle at run time); CPython's value is False.
        if name == "typing.TYPE_CHECKING" || name == "typing_extensions.TYPE_CHECKING" { return falseObject }
        let id = heap.allocate("external", .external(qualifiedName: name))
        externals[name] = id
        heap.roots.append(("sys.modules", id))
        return id
    }

    func registry(_ name: String) -> ObjID {
        if let id = registries[name] { return id }
        let id = heap.allocate("registry", .registry(name: name, items: []))
        registries[name] = id
        heap.roots.append((name, id))
        return id
    }

    func typeName(_ id: ObjID) -> String { heap[id].typeName }

    // MARK: - Payload mutation without copying

    func withList(_ id: ObjID, _ body: (inout [ObjID]) throws -> Void) rethrows {
        switch heap.objects[id].payload {
        case .list(var items):
            heap.objects[id].payload = .atom
            let before = items.count
            defer {
                heap.objects[id].payload = .list(items)
                if items.count != before, watched.contains(id) { noteSizeChange(id, grew: items.count > before) }
            }
            try body(&items)
        case .deque(var items, let maxlen):
            heap.objects[id].payload = .atom
            let before = items.count
            defer {
                if let m = maxlen, items.count > m { items.removeFirst(items.count - m) }
                heap.objects[id].payload = .deque(items, maxlen: maxlen)
                if items.count != before, watched.contains(id) { noteSizeChange(id, grew: items.count > before) }
            }
            try body(&items)
        default: break
        }
    }

    /// A watched object grew or lost items. Losing them after code that may raise for real
    /// callers ran since it first grew in this call (outside a `finally`, a handler, an
    /// `__exit__`): a call that raises there keeps what it added before
    /// (`lines.append(h); for r in rows: lines.append(int(r)); lines.clear()`).
    func noteSizeChange(_ id: ObjID, grew: Bool) {
        if grew {
            if let f = liveFrames.last?.function { growersInEntry[id, default: []].insert(ObjectIdentifier(f)) }
            if growthMayRaiseMark[id] == nil {
                growthMayRaiseMark[id] = (dataMayRaiseCount, undecidedBranches, liveFrames.last)
            }
            return
        }
        // (Only a removal that empties it again, the call undoing what it added, `lines.clear()`,
        // not an eviction that keeps it at a bound; and only within the call that grew it: a
        // later call that raises before its own removal added nothing either.)
        let emptied = containerLength(id) == 0
        // (Also a removal in the generator that grew it, after tests the model could not decide:
        // another way through them yields first, and a consumer that stops taking items there —
        // `for x in gen(): return x` — never resumes it to the removal:
        // `for n in nodes: seen.append(n)`, `for s in seen: if keep(s): yield s`, `seen.clear()`.)
        if emptied, removalAfterMayRaise == nil, exceptionSafeDepth == 0, let mark = growthMayRaiseMark[id],
           let grower = mark.frame, liveFrames.contains(where: { $0 === grower }) {
            // (Resumed item by item, by a loop or `next()`: `list(gen)` and the like drain it.)
            let stoppable = grower.function?.isGenerator == true && undecidedBranches > mark.undecided
                && ((grower.coroutine != nil && !grower.consumerDrains) || grower.yieldLimit < bounds.maxLoopIterations)
            if mayRaiseAtStatement > mark.count || stoppable {
                removalAfterMayRaise = ModuleKey.make(heap.currentUnit, lastStatement)
                removalSkip = mayRaiseAtStatement > mark.count ? .exception : .stoppedGenerator
            }
        }
        // (A removal emptying what an earlier call left grown, after tests the model could not
        // decide in this call: `if line.strip(): lines.append(line)` / `elif lines: del lines[:]`
        // with a return at the end of the stream. The earlier call kept its items because of the
        // way it went; this one took them out because of the way it went. Real data may always go
        // the first way: the refutation rests on the policy's alternation.)
        // (Only where a function that grew it empties it, outside `finally` and handlers: not a
        // done-callback or a weakref callback the loop or the collector runs when it will.)
        // (Or emptying what a function returned grown after tests on data in its own code: the
        // way out of its caller that empties it again, `unframe(conn, b"")` after a loop that
        // returns at the first payload, was taken because of the way those tests went.)
        // (In the same call of the entry, by its caller or a function its caller calls, not by
        // a finalizer or a weakref callback the collector runs.)
        // (Not while that caller is inside a `try` whose `finally` runs on every way out: what it
        // does there runs whatever way the tests went.)
        let afterChoice = collecting == 0 && leftGrownByChoice[id].map { caller in
            liveFrames.suffix(2).contains { ObjectIdentifier($0) == caller && $0.pendingFinally == 0 }
        } ?? false
        if emptied, removalAfterMayRaise == nil, exceptionSafeDepth == 0, let frame = liveFrames.last,
           afterChoice || (frame.choseOnData && (leftGrownUndecided[id].map { g in frame.function.map { g.contains(ObjectIdentifier($0)) } ?? false } ?? false)) {
            removalAfterMayRaise = ModuleKey.make(heap.currentUnit, lastStatement)
            removalSkip = .undecidedTest
            trace("removal at byte \(lastStatement) empties what an earlier call left grown after undecided tests")
        }
        if emptied, removalAfterMayRaise == nil, exceptionSafeDepth == 0, exitSkippedAfterGrowth.contains(id) {
            removalAfterMayRaise = ModuleKey.make(heap.currentUnit, lastStatement)
            removalSkip = .undecidedTest
            trace("removal at byte \(lastStatement) follows a way out, after growth, that an undecided test did not take")
        }
        if emptied { growthMayRaiseMark[id] = nil; exitSkippedAfterGrowth.remove(id) }
    }

    func withStore(_ id: ObjID, _ body: (inout OrderedStore) throws -> Void) rethrows {
        switch heap.objects[id].payload {
        case .dict(var s, let f):
            heap.objects[id].payload = .atom
            let before = s.count
            defer {
                heap.objects[id].payload = .dict(s, factory: f)
                if s.count != before, watched.contains(id) { noteSizeChange(id, grew: s.count > before) }
            }
            try body(&s)
        case .set(var s):
            heap.objects[id].payload = .atom
            let before = s.count
            defer {
                heap.objects[id].payload = .set(s)
                if s.count != before, watched.contains(id) { noteSizeChange(id, grew: s.count > before) }
            }
            try body(&s)
        case .weakContainer(let k, var s):
            heap.objects[id].payload = .atom
            defer { heap.objects[id].payload = .weakContainer(kind: k, store: s) }
            try body(&s)
        case .cacheWrapper(let fn, let m, var s, let o):
            heap.objects[id].payload = .atom
            defer { heap.objects[id].payload = .cacheWrapper(function: fn, maxsize: m, entries: s, owner: o) }
            try body(&s)
        default: break
        }
    }

    /// Module globals: of the simulated module, or of `module` (another module object).
    func setGlobal(_ name: String, _ value: ObjID, in module: ObjID? = nil) {
        let m = module ?? moduleObject
        guard case .module(let n, var g) = heap.objects[m].payload else { return }
        heap.objects[m].payload = .atom
        g[name] = value
        heap.objects[m].payload = .module(name: n, globals: g)
    }

    func deleteGlobal(_ name: String, in module: ObjID? = nil) {
        let m = module ?? moduleObject
        guard case .module(let n, var g) = heap.objects[m].payload else { return }
        heap.objects[m].payload = .atom
        g[name] = nil
        heap.objects[m].payload = .module(name: n, globals: g)
    }

    func global(_ name: String, in module: ObjID? = nil) -> ObjID? {
        guard case .module(_, let g) = heap.objects[module ?? moduleObject].payload else { return nil }
        return g[name]
    }

    /// An instance's own attribute (its `__dict__` entry), if set.
    func lookupInstanceAttr(_ id: ObjID, _ name: String) -> ObjID? {
        if case .instance(_, let attrs) = heap[id].payload { return attrs[name] ?? nil }
        return nil
    }

    /// `fn.__defaults__ = (...)` / `fn.__kwdefaults__ = {...}` (or `del`, or `None`): later calls
    /// take the new objects, so a reset that swaps a default for a fresh one per batch leaves the old
    /// one to whoever else holds it, as in CPython. A value the model does not know in full (a
    /// dict with keys it cannot name, an opaque): false, and it stays an ordinary attribute.
    func replaceDefaults(_ f: inout FunctionState, _ name: String, _ value: ObjID?) -> Bool {
        switch name {
        case "__kwdefaults__":
            guard let value, value != none else { f.kwdefaults = []; return true }
            guard case .dict(let s, nil) = heap[value].payload else { return false }
            var pairs: [(String, ObjID)] = []
            for (k, v) in zip(s.keys, s.values) {
                guard typeName(k) == "str", let n = heap[k].constant else { return false }
                pairs.append((n, v))
            }
            f.kwdefaults = pairs
            return true
        case "__defaults__":
            guard let value, value != none else { f.defaults = f.defaults.map { _ in nil }; return true }
            guard case .tuple(let items) = heap[value].payload else { return false }
            // Aligned with the positional parameters: the last ones take the tuple's items.
            let n = f.defaults.count
            let tail = Array(items.suffix(n))
            f.defaults = Array(repeating: nil, count: n - tail.count) + tail.map { Optional($0) }
            return true
        default:
            return false
        }
    }

    func setInstanceAttr(_ id: ObjID, _ name: String, _ value: ObjID?) {
        switch heap.objects[id].payload {
        case .instance(_, let attrs) where name != "__dict__" && attrs["__dict__"] != nil:
            // `self.__dict__ = state` made that object the instance's namespace (a Borg shares
            // one): attributes are its items. (An object the model does not know as a dict: what
            // it keeps is unknown, and the value goes to it.)
            let d = attrs["__dict__"]!
            guard case .dict = heap[d].payload else {
                if let value { escape("an instance namespace heaplint does not know", [value], site: nil) }
                return
            }
            let key = makeStr(name, site: nil)
            if let value { withStore(d) { $0.set(key, heap.valueKey(key), value) } } else { withStore(d) { $0.remove(heap.valueKey(key)) } }
        case .instance(let cls, var attrs):
            heap.objects[id].payload = .atom
            // (Assigning `__dict__` replaces the namespace: the attributes set before are gone.)
            if name == "__dict__" { attrs = [:] }
            attrs[name] = value
            heap.objects[id].payload = .instance(cls: cls, attrs: attrs)
        case .exception(let cls, let args, let tb, var attrs):
            heap.objects[id].payload = .atom
            if name == "__traceback__" {
                heap.objects[id].payload = .exception(cls: cls, args: args, traceback: value, attrs: attrs)
                return
            }
            attrs[name] = value
            heap.objects[id].payload = .exception(cls: cls, args: args, traceback: tb, attrs: attrs)
        case .function(var f):
            heap.objects[id].payload = .atom
            if !replaceDefaults(&f, name, value) { f.attrs[name] = value }
            heap.objects[id].payload = .function(f)
        case .classObject(var c):
            heap.objects[id].payload = .atom
            if let value { c.setAttr(name, value) } else { c.removeAttr(name) }
            heap.objects[id].payload = .classObject(c)
            classAttributesChanged()
        default:
            break
        }
    }

    // MARK: - Module execution

    /// Runs the module body, as importing it would. A submodule is imported as CPython imports
    /// `pkg.sub`: its parent package first, whose `__init__` may import it in turn (`from .sub
    /// import Name`); its body then runs there, once, so the package sees its names. A module in
    /// an import cycle that the application's scripts enter through another member runs as that
    /// member's import reaches it (`ImportCycleOrder`).
    func loadModule() throws {
        if provider != nil, let dot = module.name.lastIndex(of: ".") {
            let parent = String(module.name[..<dot])
            loadingMain = true
            defer { loadingMain = false }
            if let p = try importModule(parent, site: 0), global(String(module.name[module.name.index(after: dot)...]), in: p) == nil {
                setGlobal(String(module.name[module.name.index(after: dot)...]), moduleObject, in: p)
            }
        }
        if !mainBodyStarted, let provider, let entry = ImportCycleOrder.entry(of: module.name, provider: provider) {
            // In an import cycle the application's scripts enter through another module: that
            // one is imported first, and this module's body runs when the cycle reaches it.
            trace("import cycle: \(module.name) imported through \(entry), as the scripts do")
            loadingMain = true
            defer { loadingMain = false }
            essentialImports.insert(entry)
            _ = try importModule(entry, site: 0)
        }
        if !mainBodyStarted { try runMainBody() }
    }

    /// The simulated module's own body (unit 0), run once.
    func runMainBody() throws {
        mainBodyStarted = true
        let frame = moduleFrame()
        setGlobal("__name__", makeStr(module.name, site: nil))
        heap.roots.append(("module name", global("__name__")!))
        setGlobal("__package__", makeStr(packageParts(ofUnit: 0).joined(separator: "."), site: nil))
        heap.roots.append(("module package", global("__package__")!))
        liveFrames.append(frame)
        let wasImporting = importing
        let outerLimit = importStepLimit
        // Run from a parent's `__init__`, it is not bounded as that import is.
        importStepLimit = nil
        importing = true
        defer { liveFrames.removeLast(); importing = wasImporting; importStepLimit = outerLimit }
        // Each top-level statement runs on its own: the model may guess a branch CPython would not
        // take, and one failed statement should not hide the definitions after it.
        defer { runningTopStatement[0] = nil }
        for stmt in module.body {
            readStoppedGlobal = false
            runningTopStatement[0] = stmt.range.lowerBound
            defer { if readStoppedGlobal { taintWrites(of: stmt, frame, why: "it reads a value import-time code did not finish computing") } }
            do {
                _ = try exec(stmt, frame)
            } catch Signal.raise(let exc) {
                note("exception at import time")
                trace("import of \(module.name) raised \(heap[exc].typeName) at byte \(heap[exc].origin ?? -1)")
            } catch Signal.abort(let why) where !Signal.isGlobalAbort(why) && why != Interpreter.importBoundPrefix {
                stoppedAtImport(stmt, why, frame)
            }
        }
    }
}
