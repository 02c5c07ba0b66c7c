import Foundation
/// Identity of a simulated object: an index into `Heap.objects`.
public typealias ObjID = Int

/// What a dictionary key or set member compares equal by: the value for atoms and tuples
/// of atoms (as CPython's `__eq__`/`__hash__` do), otherwise the object's identity.
enum ValueKey: Hashable {
    case value(String)
    case identity(ObjID)
}

/// An insertion-ordered mapping with CPython's key equality, used by dict, set, defaultdict, caches.
struct OrderedStore {
    private(set) var keys: [ObjID] = []
    private(set) var values: [ObjID] = []
    private var index: [ValueKey: Int] = [:]

    var count: Int { keys.count }

    func position(of key: ValueKey) -> Int? { index[key] }

    mutating func set(_ key: ObjID, _ keyValue: ValueKey, _ value: ObjID) {
        if let i = index[keyValue] { values[i] = value; return }
        index[keyValue] = keys.count
        keys.append(key)
        values.append(value)
    }

    @discardableResult
    mutating func remove(_ keyValue: ValueKey) -> (key: ObjID, value: ObjID)? {
        guard let i = index.removeValue(forKey: keyValue) else { return nil }
        let pair = (keys[i], values[i])
        keys.remove(at: i)
        values.remove(at: i)
        for (k, j) in index where j > i { index[k] = j - 1 }
        return pair
    }

    mutating func removeFirst() -> (key: ObjID, value: ObjID)? {
        guard !keys.isEmpty else { return nil }
        let k = index.first { $0.value == 0 }!.key
        return remove(k)
    }

    mutating func removeLast() -> (key: ObjID, value: ObjID)? {
        guard !keys.isEmpty else { return nil }
        let k = index.first { $0.value == keys.count - 1 }!.key
        return remove(k)
    }

    mutating func removeAll() { keys = []; values = []; index = [:] }
}

/// The kinds of object the model knows, with the references each one holds.
enum Payload {
    /// None, bool, int, float, complex, str, bytes: no references.
    case atom
    case list([ObjID])
    case tuple([ObjID])
    case dict(OrderedStore, factory: ObjID?)
    case set(OrderedStore)
    case deque([ObjID], maxlen: Int?)
    case module(name: String, globals: [String: ObjID])
    case function(FunctionState)
    /// A callable the simulator implements (builtins, container methods bound to a receiver, known library calls).
    case native(NativeFunction, receiver: ObjID?)
    case cell(ObjID?)
    case classObject(ClassState)
    case instance(cls: ObjID, attrs: [String: ObjID])
    case boundMethod(selfObject: ObjID, function: ObjID)
    case frame(FrameState)
    case exception(cls: ObjID?, args: [ObjID], traceback: ObjID?, attrs: [String: ObjID])
    case traceback(frame: ObjID, next: ObjID?)
    case generator(frame: ObjID)
    /// `functools.lru_cache` / `cache` wrapper: keys hold every argument, `self` included.
    case cacheWrapper(function: ObjID, maxsize: Int?, entries: OrderedStore, owner: ObjID?)
    case descriptor(kind: DescriptorKind, function: ObjID)
    case partial(function: ObjID, args: [ObjID])
    /// Weak references hold no strong edge.
    case weakref(target: ObjID?)
    case weakContainer(kind: String, store: OrderedStore)
    /// An object returned by code the simulator cannot see. `held` are objects it is known to keep
    /// (a file's buffer, …); anything else it may hold is an assumption, not an edge.
    case opaque(held: [ObjID])
    /// A name from a module the simulator does not load (`collections.deque`, `os`, …).
    case external(qualifiedName: String)
    /// A long-lived registry (atexit, signal handlers, logging's logger dict, …): a root.
    case registry(name: String, items: [ObjID])
}

/// What a native callable is: typed, so no parameter hides in a name.
enum NativeFunction: Equatable {
    /// A function of `builtins`, by name (its model is `LibraryModels.builtin(name)`; none: unknown code).
    case builtin(String)
    /// A method bound to the receiver: `type.name` (`list.append`, `Logger.info`; `object.m` on a `super()` proxy).
    case method(type: String, name: String)
    /// A method taken from its type (`list.append`, `object.__init__`): called with the receiver first.
    case unbound(type: String, method: String)
    /// `@lru_cache(maxsize=…)`: the decorator the factory call returned.
    case lruCacheDecorator(maxsize: Int?)
    /// `date.weekday` of an unknown date: returns one of `modulus` values.
    case boundedInt(modulus: Int)
    /// A decorator that returns what it decorates (a library decorator factory's result).
    case identityDecorator
    /// `functools.update_wrapper(wrapped, wrapper)` (`wraps(wrapped)` is a partial of it): gives the
    /// wrapper `__wrapped__` and the wrapped function's name and attributes, then returns it.
    case wrapsDecorator
    /// `@dataclass(...)`: the decorator the factory call returned.
    case dataclassDecorator
    /// The class `collections.namedtuple()` makes, and calling it (a tuple of the arguments).
    case namedtupleClass, namedtupleInstance
    /// `super()` / `super(C, obj)`: attribute lookups go past the defining class.
    case superProxy
    /// `vars(obj)`: a view of the instance's attributes.
    case instanceDict
    /// A method a subclass instance inherits from a builtin container type (`list.append` of a
    /// `class Items(list)`), bound to the instance: the model does not keep such an instance's
    /// items, so what it is given, and the instance's own items, go to code it cannot see.
    case builtinBaseMethod(base: String, name: String)

    /// The name a call through a receiver dispatches on, and the text assumptions show.
    var methodName: String {
        switch self {
        case .method(_, let n): return n
        case .superProxy: return "super"
        case .instanceDict: return "__dict__"
        case .builtinBaseMethod(_, let n): return n
        case .builtin(let n): return n
        default: return ""
        }
    }
    /// The name as assumptions have always shown it.
    var description: String {
        switch self {
        case .builtin(let n): return n
        case .method(let t, let n): return t + "." + n
        case .unbound(let t, let m): return "unbound:" + t + "." + m
        case .lruCacheDecorator(let m): return "lru_cache:" + (m.map(String.init) ?? "None")
        case .boundedInt(let m): return "bounded_int:\(m)"
        case .identityDecorator: return "identity_decorator"
        case .wrapsDecorator: return "wraps_decorator"
        case .dataclassDecorator: return "dataclass_decorator"
        case .namedtupleClass: return "namedtuple_class"
        case .namedtupleInstance: return "namedtuple_instance"
        case .superProxy: return "super"
        case .instanceDict: return "__dict__"
        case .builtinBaseMethod(let b, let n): return b + "." + n
        }
    }
    var receiverType: String {
        if case .method(let t, _) = self { return t }
        return ""
    }
}

enum DescriptorKind: String { case staticmethod, classmethod, property, cachedProperty = "cached_property" }

struct FunctionState {
    var def: Int          // FunctionDef.id
    var qualifiedName: String
    var defaults: [ObjID?]   // aligned with positional parameters that have defaults (index = parameter index)
    var kwdefaults: [(String, ObjID)]
    var closure: [(String, ObjID)]   // free variable name -> cell
    var globals: ObjID      // the module
    var attrs: [String: ObjID]
}

struct ClassState {
    var name: String
    var def: Int?           // ClassDef.id, nil for classes the simulator synthesises
    /// Fixed when the class is made (`Heap.mroCache` relies on it: a class's MRO never changes).
    let bases: [ObjID]
    /// In the order they were first set (a name appears once: `setAttr` replaces in place).
    private(set) var attrs: [(String, ObjID)]
    /// Where each name sits in `attrs` (attribute lookups along an MRO are the interpreter's
    /// most frequent operation: a scan compared every name of every class on the way).
    private var slots: [String: Int]
    var opaqueBase: Bool    // a base the simulator cannot see: attribute lookups may find anything

    init(name: String, def: Int?, bases: [ObjID], attrs: [(String, ObjID)], opaqueBase: Bool) {
        self.name = name
        self.def = def
        self.bases = bases
        self.attrs = []
        self.slots = [:]
        self.opaqueBase = opaqueBase
        for (n, v) in attrs { setAttr(n, v) }
    }

    func attr(_ name: String) -> ObjID? { slots[name].map { attrs[$0].1 } }
    mutating func setAttr(_ name: String, _ value: ObjID) {
        if let i = slots[name] { attrs[i].1 = value } else { slots[name] = attrs.count; attrs.append((name, value)) }
    }
    mutating func removeAttr(_ name: String) {
        guard let i = slots.removeValue(forKey: name) else { return }
        attrs.remove(at: i)
        for j in i..<attrs.count { slots[attrs[j].0] = j }
    }
}

struct FrameState {
    var function: String
    var locals: [String: ObjID]
    var cells: [String: ObjID]
    var back: ObjID?
}

struct HeapObject {
    /// The Python type name shown in evidence (`list`, `str`, `Session`, `function`, …).
    var typeName: String
    var payload: Payload
    /// For atoms: the value they compare equal by; nil for values the simulator does not know.
    var constant: String?
    /// Byte offset of the code that created the object.
    var origin: Int?
    /// The object's class defines `__del__`.
    /// A property's setter (`fset`), held strongly like CPython's property object does.
    var setter: ObjID?
    /// A weakref's callback, called with the ref when its referent dies.
    var callback: ObjID?
    var callbackDone = false
    var hasFinalizer: Bool = false
    var finalized: Bool = false
    var freed: Bool = false

    var isModule: Bool { if case .module = payload { return true } else { return false } }
}

/// A labelled reference from one object to another.
struct Edge {
    var label: String
    var target: ObjID
}

/// An edge's label in parts: walks that only follow references never build its text.
enum EdgeLabel {
    /// A fixed label, or an attribute's or global's name.
    case name(String)
    /// `prefix[i]` (list items: an empty prefix).
    case index(String, Int)
    /// `prefix[name]`.
    case keyed(String, String)
    /// A dictionary's key, and the value stored under it.
    case dictKey(ObjID), dictValue(ObjID)
    /// `__closure__[i] (name)`.
    case closure(Int, String)
    /// `cell name`.
    case cell(String)
    /// A function's `__defaults__[i]` / `__kwdefaults__[name]`.
    case defaults(Int), kwdefaults(String)

    /// The label's text starts with `__defaults__[` or `__kwdefaults__[`.
    var isDefaults: Bool {
        switch self {
        case .defaults, .kwdefaults: return true
        case .name(let n): return n.hasPrefix("__defaults__[") || n.hasPrefix("__kwdefaults__[")
        default: return false
        }
    }

    /// The text objgraph would show.
    func text(in heap: Heap) -> String {
        switch self {
        case .name(let n): return n
        case .index(let p, let i): return "\(p)[\(i)]"
        case .keyed(let p, let n): return "\(p)[\(n)]"
        case .dictKey(let k): return "key \(heap.describeKey(k))"
        case .dictValue(let k): return "[\(heap.describeKey(k))]"
        case .closure(let i, let n): return "__closure__[\(i)] (\(n))"
        case .cell(let n): return "cell \(n)"
        case .defaults(let i): return "__defaults__[\(i)]"
        case .kwdefaults(let n): return "__kwdefaults__[\(n)]"
        }
    }
}

/// The simulated heap: objects, roots, and CPython's memory management over them.
struct Heap {
    var objects: [HeapObject] = []
    /// Strong references held from outside any object: module registry, live frames, the scenario's own.
    var roots: [(label: String, id: ObjID)] = []
    /// `gc.garbage` (cycles with finalizers before Python 3.4).
    var garbage: [ObjID] = []
    /// The module unit whose code runs now (0: the simulated module; others: imported provided
    /// modules, see `InterpreterState.units`), and the unit of each object made by other units' code.
    var currentUnit = 0
    var unitOf: [ObjID: Int] = [:]
    /// Each class object's method resolution order, computed once (`Interpreter.mro`). Valid for
    /// the heap's lifetime: object ids are never reused, an object never becomes a class after it
    /// is allocated, and a class's `bases` never change (its payload is only ever replaced by a
    /// `ClassState` with the same bases, or briefly by `.atom` while nothing runs).
    var mroCache: [ObjID: [ObjID]] = [:]
    /// The items of an instance of a `dict`, `list` or `set` subclass (`class Bunch(dict)`): the
    /// builtin container the C base keeps them in, held by the instance as CPython's object
    /// layout holds them (one object here, so every container operation of the model applies).
    var itemStorage: [ObjID: ObjID] = [:]
    /// Values the model does not know but knows to be one of a few (`d.strftime("%a")`, one of
    /// seven day names): as a key each repeats, named by what made it, as an
    /// undecided bool does. Nothing else about the value is assumed (it compares undecided).
    var choiceKeys: [ObjID: String] = [:]
    /// Instances whose class compares them by value through a base the model knows: a
    /// `unittest.TestCase` is equal to another of its type running the same test method (and
    /// hashes so), as a set of started tests finds out.
    var equalityKeys: [ObjID: String] = [:]

    /// Held once the heap is big (`HeavyHeapToken`): one such heap at a time in the process.
    var heavy: HeavyHeapToken?

    mutating func allocate(_ typeName: String, _ payload: Payload, constant: String? = nil, origin: Int? = nil) -> ObjID {
        if objects.count == HeavyHeapToken.threshold, heavy == nil { heavy = HeavyHeapToken() }
        objects.append(HeapObject(typeName: typeName, payload: payload, constant: constant, origin: origin))
        if currentUnit != 0 { unitOf[objects.count - 1] = currentUnit }
        return objects.count - 1
    }

    subscript(id: ObjID) -> HeapObject {
        get { objects[id] }
        set { objects[id] = newValue }
    }

    func valueKey(_ id: ObjID) -> ValueKey {
        let o = objects[id]
        if let c = o.constant { return .value(o.typeName + ":" + c) }
        // A bool the model did not decide is True or False all the same: as a key it repeats
        // (`counts[flag, enabled]` holds two entries per flag however often it is called).
        if o.typeName == "bool", case .atom = o.payload { return .value("bool:?") }
        if let choice = choiceKeys[id] { return .value("choice:" + choice) }
        if let key = equalityKeys[id] { return .value(key) }
        if case .tuple(let items) = o.payload {
            var parts: [String] = []
            for item in items {
                switch valueKey(item) {
                case .value(let v): parts.append(v)
                case .identity(let x):
                    // An item the model knows by identity (an enum member, an instance, a class, a
                    // scenario's fresh argument, a library constant such as `re.IGNORECASE`) keys
                    // the tuple by that identity, as it keys a dict alone: `(Unit.MM, Unit.CM)`
                    // made again is the same key. (The same object is always an equal item.)
                    parts.append("@\(x)")
                }
            }
            return .value("tuple:(" + parts.joined(separator: ",") + ")")
        }
        // A bound method of a Python function equals another of the same function and the same
        // `__self__` (`trail.record` read twice): one key, one member of a list.
        if case .boundMethod(let s, let f) = o.payload, case .function = objects[f].payload {
            return .value("method:(@\(s),@\(f))")
        }
        return .identity(id)
    }

    /// Every strong reference the object holds, labelled the way objgraph would show the edge.
    func edges(_ id: ObjID) -> [Edge] {
        var out: [Edge] = []
        forEachEdge(id) { label, target in out.append(Edge(label: label.text(in: self), target: target)) }
        return out
    }

    /// Calls `body` with every strong reference the object holds, in `edges(_:)`'s order, without
    /// allocating. With `ordered` false, references held in a dictionary (attributes, globals,
    /// locals) come in storage order rather than sorted by name: cheaper, for walks whose result
    /// does not depend on the order (an unbounded reachability walk, counting referrers).
    func forEachEdge(_ id: ObjID, ordered: Bool = true, _ body: (EdgeLabel, ObjID) -> Void) {
        func add(_ label: @autoclosure () -> EdgeLabel, _ t: ObjID?) { if let t { body(label(), t) } }
        func addNamed(_ items: [String: ObjID], _ label: (String) -> EdgeLabel) {
            if ordered {
                for (name, t) in items.sorted(by: { $0.key < $1.key }) { body(label(name), t) }
            } else {
                for (name, t) in items { body(label(name), t) }
            }
        }
        // The payload alone, not the whole object (its strings), is copied out.
        switch objects[id].payload {
        case .weakref:
            add(.name("__callback__"), objects[id].callback)
        case .atom, .external, .native(_, nil):
            break
        case .native(_, let r?):
            body(.name("__self__"), r)
        case .list(let items), .deque(let items, _), .tuple(let items), .registry(_, let items):
            for (i, t) in items.enumerated() { body(.index("", i), t) }
        case .dict(let store, let factory):
            for (k, v) in zip(store.keys, store.values) {
                body(.dictKey(k), k)
                body(.dictValue(k), v)
            }
            add(.name("default_factory"), factory)
        case .set(let store):
            for k in store.keys { body(.name("item"), k) }
        case .module(_, let globals):
            addNamed(globals) { .name($0) }
        case .function(let f):
            var i = 0
            for d in f.defaults { if let d { body(.defaults(i), d); i += 1 } }
            for (name, d) in f.kwdefaults { body(.kwdefaults(name), d) }
            for (i, c) in f.closure.enumerated() { body(.closure(i, c.0), c.1) }
            body(.name("__globals__"), f.globals)
            addNamed(f.attrs) { .name($0) }
        case .cell(let t):
            add(.name("cell_contents"), t)
        case .classObject(let c):
            for (name, t) in c.attrs { body(.name(name), t) }
            for (i, b) in c.bases.enumerated() { body(.index("__bases__", i), b) }
        case .instance(let cls, let attrs):
            body(.name("__class__"), cls)
            addNamed(attrs) { .name($0) }
            if !itemStorage.isEmpty, let items = itemStorage[id] { body(.name("(items)"), items) }
        case .boundMethod(let s, let f):
            body(.name("__self__"), s)
            body(.name("__func__"), f)
        case .frame(let fr):
            addNamed(fr.locals) { .keyed("f_locals", $0) }
            addNamed(fr.cells) { .cell($0) }
            add(.name("f_back"), fr.back)
        case .exception(let cls, let args, let tb, let attrs):
            add(.name("__class__"), cls)
            for (i, a) in args.enumerated() { body(.index("args", i), a) }
            add(.name("__traceback__"), tb)
            addNamed(attrs) { .name($0) }
        case .traceback(let frame, let next):
            body(.name("tb_frame"), frame)
            add(.name("tb_next"), next)
        case .generator(let frame):
            body(.name("gi_frame"), frame)
        case .cacheWrapper(let fn, _, let entries, _):
            body(.name("__wrapped__"), fn)
            for (k, v) in zip(entries.keys, entries.values) {
                body(.name("cache key"), k)
                body(.name("cache value"), v)
            }
        case .descriptor(_, let fn):
            body(.name("__func__"), fn)
            add(.name("fset"), objects[id].setter)
        case .partial(let fn, let args):
            body(.name("func"), fn)
            for (i, a) in args.enumerated() { body(.index("args", i), a) }
        case .weakContainer(let kind, let store):
            // WeakKeyDictionary holds its values strongly; WeakValueDictionary its keys; WeakSet nothing.
            if kind == "WeakKeyDictionary" { for v in store.values { body(.name("value"), v) } }
            if kind == "WeakValueDictionary" { for k in store.keys { body(.name("key"), k) } }
        case .opaque(let held):
            for t in held { body(.name("(held)"), t) }
        }
    }

    func describeKey(_ k: ObjID) -> String {
        let o = objects[k]
        if let c = o.constant {
            return o.typeName == "str" ? "'\(c)'" : c
        }
        return "<\(o.typeName)>"
    }

    /// Number of reference slots a container holds (list items, dict entries, …): growth in slots is
    /// retention even when the items themselves are shared constants.
    func slotCount(_ id: ObjID) -> Int {
        switch objects[id].payload {
        case .list(let a), .tuple(let a), .deque(let a, _): return a.count
        case .dict(let s, _), .set(let s): return s.count
        case .cacheWrapper(_, _, let e, _): return e.count
        case .weakContainer(_, let s): return s.count
        case .registry(_, let items): return items.count
        case .module(_, let g): return g.count
        case .instance(_, let a): return a.count
        case .function(let f): return f.attrs.count
        default: return 0
        }
    }

    // MARK: Reachability and collection

    /// Objects reachable from the roots through strong references.
    /// With `skipModules`, the walk does not pass through module objects: a function reaches its
    /// module's globals, but code handed a function does not thereby get every global.
    /// With `throughFreed`, freed objects are walked too (their last references): what an object
    /// handed to unknown code reached at the time, even after the simulation freed it.
    /// `withoutDefaultsOf`: functions whose `__defaults__` / `__kwdefaults__` are not followed.
    /// `blocking`: objects the walk neither marks nor passes through.
    func reachable(from starts: [ObjID]? = nil, skipModules: Bool = false, throughFreed: Bool = false,
                   withoutDefaultsOf: Set<ObjID> = [], withoutAnyDefaults: Bool = false, blocking: Set<ObjID> = []) -> [Bool] {
        var seen = [Bool](repeating: false, count: objects.count)
        var stack = starts ?? (roots.map(\.id) + garbage)
        while let id = stack.popLast() {
            if seen[id] || (objects[id].freed && !throughFreed) || blocking.contains(id) { continue }
            seen[id] = true
            if skipModules, case .module = objects[id].payload { continue }
            let skipDefaults = withoutAnyDefaults || withoutDefaultsOf.contains(id)
            forEachEdge(id, ordered: false) { label, target in
                if seen[target] || (skipDefaults && label.isDefaults) { return }
                stack.append(target)
            }
        }
        return seen
    }

    /// The objects from which `reachable(from: [o], …)` with the same options would reach one of
    /// `targets`: one walk over reversed edges instead of one forward walk per start, for callers
    /// that ask the question for many starts.
    /// With `direct`, only references held as data count: not a function's defaults, nor an
    /// instance's class or a class's bases (an instance does not hold what its class's methods'
    /// defaults hold, for what grows with instances).
    func reaching(_ targets: [ObjID], skipModules: Bool = false, throughFreed: Bool = false,
                  withoutDefaultsOf: Set<ObjID> = [], direct: Bool = false) -> [Bool] {
        let n = objects.count
        func live(_ id: ObjID) -> Bool { !objects[id].freed || throughFreed }
        func expands(_ id: ObjID) -> Bool {
            guard live(id) else { return false }
            if skipModules, case .module = objects[id].payload { return false }
            return true
        }
        // Referrers in compressed rows: count, then fill.
        var start = [Int](repeating: 0, count: n + 1)
        func follows(_ label: EdgeLabel, _ skipDefaults: Bool) -> Bool {
            if skipDefaults && label.isDefaults { return false }
            if direct {
                switch label {
                case .defaults, .kwdefaults: return false
                case .name(let n): return n != "__class__" && !n.hasPrefix("__defaults__[") && !n.hasPrefix("__kwdefaults__[")
                case .index(let p, _): return p != "__bases__"
                default: return true
                }
            }
            return true
        }
        for u in 0..<n where expands(u) {
            let skipDefaults = withoutDefaultsOf.contains(u)
            forEachEdge(u, ordered: false) { label, v in
                if follows(label, skipDefaults) { start[v + 1] += 1 }
            }
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var referrers = [ObjID](repeating: 0, count: start[n])
        for u in 0..<n where expands(u) {
            let skipDefaults = withoutDefaultsOf.contains(u)
            forEachEdge(u, ordered: false) { label, v in
                if follows(label, skipDefaults) { referrers[fill[v]] = u; fill[v] += 1 }
            }
        }
        var seen = [Bool](repeating: false, count: n)
        var stack = targets.filter { $0 < n && live($0) }
        for t in stack { seen[t] = true }
        while let v = stack.popLast() {
            for u in referrers[start[v]..<start[v + 1]] where !seen[u] {
                seen[u] = true
                stack.append(u)
            }
        }
        return seen
    }

    /// Among unreachable objects, those reference counting cannot free: members of a cycle
    /// and everything a cycle references. The rest reach refcount zero and are freed at once.
    func survivorsOfRefcounting(reachable: [Bool]) -> [Bool] {
        // Iteratively free unreachable objects with no live referrer, like CPython's cascading decrefs.
        let n = objects.count
        var incoming = [Int](repeating: 0, count: n)
        for id in 0..<n where !reachable[id] && !objects[id].freed {
            forEachEdge(id, ordered: false) { _, target in if !reachable[target] { incoming[target] += 1 } }
        }
        var alive = [Bool](repeating: false, count: n)
        for id in 0..<n where !reachable[id] && !objects[id].freed { alive[id] = true }
        var queue = (0..<n).filter { alive[$0] && incoming[$0] == 0 }
        while let id = queue.popLast() {
            guard alive[id] else { continue }
            alive[id] = false
            forEachEdge(id, ordered: false) { _, target in
                guard alive[target] else { return }
                incoming[target] -= 1
                if incoming[target] == 0 { queue.append(target) }
            }
        }
        return alive
    }
}

/// A big simulation heap takes about 1.6 KB per object (the object, its attribute dictionaries,
/// arrays and strings): tkinter's widgets reach 37,000 objects, 60 MB. Two workers each running
/// such a scenario at once set the run's peak memory (the standard library: 153 MB with two jobs,
/// 119 MB with one). A heap passing `threshold` objects takes this token, which one heap of the
/// process holds at a time, and lets it go when the heap is dropped: a second big heap waits for
/// the first, the small ones never do. Verdicts do not depend on it (bounds count steps, not
/// time). The wait is bounded (a heap kept longer than expected only delays the other worker), and
/// a thread that already holds the token (a nested simulation) does not wait for itself.
public final class HeavyHeapToken: @unchecked Sendable {
    static let threshold = 8_000
    /// Called when a big heap is dropped, on its thread (the engine gives freed pages back to the
    /// system there: a worker's allocator arena otherwise keeps them, next to the other worker's).
    nonisolated(unsafe) public static var onRelease: (() -> Void)?
    static let maxWait: DispatchTimeInterval = .seconds(5)
    private static let semaphore = DispatchSemaphore(value: 1)
    private static let lock = NSLock()
    private static var owner: pthread_t?
    private static var depth = 0
    private let holds: Bool

    init() {
        let me = pthread_self()
        Self.lock.lock()
        if let o = Self.owner, pthread_equal(o, me) != 0 {
            Self.depth += 1
            Self.lock.unlock()
            holds = true
            return
        }
        Self.lock.unlock()
        guard Self.semaphore.wait(timeout: .now() + Self.maxWait) == .success else { holds = false; return }
        Self.lock.lock()
        Self.owner = me
        Self.depth = 1
        Self.lock.unlock()
        holds = true
    }

    deinit {
        defer { Self.onRelease?() }
        guard holds else { return }
        Self.lock.lock()
        Self.depth -= 1
        let last = Self.depth == 0
        if last { Self.owner = nil }
        Self.lock.unlock()
        if last { Self.semaphore.signal() }
    }
}
