import PythonModel

extension Interpreter {
    // MARK: - Classes

    /// Method resolution order: depth-first, left to right, without duplicates (C3 for the usual cases).
    /// Cached per class object (see `Heap.mroCache` for why it never goes stale).
    func mro(_ cls: ObjID) -> [ObjID] {
        if let cached = heap.mroCache[cls] { return cached }
        var out: [ObjID] = []
        var stack = [cls]
        var seen = Set<ObjID>()
        while let c = stack.first {
            stack.removeFirst()
            if seen.contains(c) { continue }
            seen.insert(c)
            out.append(c)
            if case .classObject(let s) = heap[c].payload { stack.insert(contentsOf: s.bases, at: 0) }
            if out.count > 64 { break }
        }
        if case .classObject = heap[cls].payload { heap.mroCache[cls] = out }
        return out
    }

    func mroLookup(_ cls: ObjID, _ name: String, after: ObjID? = nil) -> ObjID? {
        let key = MROLookupKey(cls: cls, name: name, after: after ?? -1)
        if let known = mroLookups[key] { return known }
        let chain = mro(cls)
        var start = chain.startIndex
        if let after, let i = chain.firstIndex(of: after) { start = i + 1 }
        var found: ObjID?
        for c in chain[start...] {
            if case .classObject(let s) = heap.objects[c].payload, let v = s.attr(name) { found = v; break }
        }
        mroLookups[key] = .some(found)
        return found
    }

    /// A class's attributes changed: lookups along MROs are answered afresh.
    func classAttributesChanged() {
        if !mroLookups.isEmpty { mroLookups.removeAll(keepingCapacity: true) }
    }

    /// A method `cls` inherits from a library base it has only as a name, that the library table
    /// describes (`self.assertEqual` of a `unittest.TestCase` subclass): its qualified name.
    /// A copy of a class's namespace (`cls.__dict__`, `vars(cls)`: a read-only mappingproxy in CPython).
    func classNamespace(_ cls: ObjID, site: Int) -> ObjID {
        let d = newDict(site: site)
        guard case .classObject(let s) = heap[cls].payload else { return d }
        for (n, v) in s.attrs {
            let key = makeStr(n, site: site)
            withStore(d) { $0.set(key, heap.valueKey(key), v) }
        }
        return d
    }

    /// Whether `sys.modules` holds `name`: the modules the run imported are there; a project
    /// module it did not import is not (imports the model left unfollowed, and library modules,
    /// are unknown).
    func sysModulesHas(_ name: String) -> Bool? {
        if sysModules[name] != nil { return true }
        if opaqueImports[name] != nil { return nil }
        if let provider, let m = provider.module(named: name), m.origin == .project { return false }
        return nil
    }

    /// Whether a class of a module the run imported defines `name` in its body (a method or a
    /// class attribute).
    func programClassDefines(_ name: String) -> Bool {
        units.contains { unit in
            !unit.isLibrary && unit.module.classes.contains { c in
                c.body.contains { s in
                    switch s.kind {
                    case .functionDef(let f): return f.name == name
                    case .assign(let ts, _): return ts.contains { if case .name(name) = $0.kind { return true } else { return false } }
                    default: return false
                    }
                }
            }
        }
    }

    func isClassObject(_ id: ObjID) -> Bool {
        if case .classObject = heap[id].payload { return true }
        return false
    }

    /// Whether the library class `base` (`threading.Thread`) is among the bases of `cls`.
    func hasLibraryBase(_ cls: ObjID, _ base: String) -> Bool {
        mro(cls).contains { k in
            (externalBases[k] ?? []).contains { absoluteExternalName($0, ofClass: k) == base }
        }
    }

    /// The `run` method a subclass of `threading.Thread` defines (its own code, not the base's).
    func threadRun(_ cls: ObjID) -> ObjID? {
        guard hasLibraryBase(cls, "threading.Thread"), let run = mroLookup(cls, "run") else { return nil }
        if case .function = heap[run].payload { return run }
        return nil
    }

    func inheritedLibraryMethod(_ cls: ObjID, _ name: String) -> String? {
        let bases = mro(cls).flatMap { externalBases[$0] ?? [] }
        guard !bases.isEmpty else { return nil }
        return LibraryModels.inheritedLibraryMethod(name, bases: bases)
    }

    /// The bases that make a class an enumeration (`EnumType` is their metaclass).
    static let enumBases: Set<String> = ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"]

    /// A class deriving from `enum.Enum` (or another enumeration base of the `enum` module).
    func isEnumClass(_ cls: ObjID, among bases: Set<String> = Interpreter.enumBases) -> Bool {
        mro(cls).contains { c in
            externalBases[c]?.contains { q in
                let parts = q.split(separator: ".")
                guard let last = parts.last, bases.contains(String(last)) else { return false }
                return parts.count == 1 || (parts.count == 2 && parts[0] == "enum")
            } ?? false
        }
    }

    /// Names that can be enum members: not dunder, not `_sunder_`, not private (`__x`).
    static func isEnumMemberName(_ name: String) -> Bool {
        if name.hasPrefix("__") { return false }
        if name.count > 2, name.hasPrefix("_"), name.hasSuffix("_") { return false }
        return true
    }

    /// Names a class body binds with plain assignments, in order (`DEBUG = 10`, `A, B = 1, 2`).
    static func assignedNames(_ body: [Stmt]) -> [String] {
        var out: [String] = []
        func names(_ e: Expr) {
            switch e.kind {
            case .name(let n): if !out.contains(n) { out.append(n) }
            case .tuple(let items), .list(let items): items.forEach(names)
            default: break
            }
        }
        for st in body {
            if case .assign(let targets, _) = st.kind { targets.forEach(names) }
        }
        return out
    }

    /// Builtin container types a class may derive from, as its external base names them.
    static let builtinContainerBases: Set<String> = [
        "list", "dict", "set", "frozenset", "tuple", "builtins.list", "builtins.dict", "builtins.set",
        "builtins.frozenset", "builtins.tuple", "OrderedDict", "defaultdict", "Counter", "deque",
        "collections.OrderedDict", "collections.defaultdict", "collections.Counter", "collections.deque",
    ]

    /// The builtin container type among the bases of `cls` the model has only as names.
    func builtinContainerBase(_ cls: ObjID) -> String? {
        for c in mro(cls) {
            if let b = (externalBases[c] ?? []).first(where: { Self.builtinContainerBases.contains(absoluteExternalName($0, ofClass: c)) }) {
                return b
            }
        }
        return nil
    }

    /// The builtin containers whose subclasses' instances keep their items in the model, by the
    /// name the class statement gives the base, with the type of the container holding them.
    static let storageTypes: [String: String] = [
        "dict": "dict", "builtins.dict": "dict", "list": "list", "builtins.list": "list", "set": "set",
        "builtins.set": "set", "OrderedDict": "OrderedDict", "collections.OrderedDict": "OrderedDict",
    ]

    /// The container type (`dict`, `list`, `set`, `OrderedDict`) an instance of `cls` keeps its
    /// items in: when that builtin is the one base along the MRO the model has only as a name
    /// (with another unseen base, that base's code may handle the items: not modelled).
    func storageType(_ cls: ObjID) -> String? {
        var found: String?
        for c in mro(cls) {
            for q in externalBases[c] ?? [] {
                guard let t = Self.storageTypes[absoluteExternalName(q, ofClass: c)], found == nil || found == t else { return nil }
                found = t
            }
        }
        return found
    }

    /// The container holding the items of `obj`, an instance of a builtin container's subclass,
    /// when its class does not define `method` itself (else that method runs, not the base's).
    func itemStorage(_ obj: ObjID, unless method: String? = nil) -> ObjID? {
        guard !heap.itemStorage.isEmpty, let items = heap.itemStorage[obj] else { return nil }
        if let method, case .instance(let cls, _) = heap[obj].payload, mroLookup(cls, method) != nil { return nil }
        return items
    }

    /// A new, empty container of `type` for an instance's items.
    func newItemStorage(_ type: String, site: Int) -> ObjID {
        switch type {
        case "list": return heap.allocate("list", .list([]), origin: site)
        case "set": return heap.allocate("set", .set(OrderedStore()), origin: site)
        default: return newDict(typeName: type, site: site)
        }
    }

    /// The builtin base's `__init__` on an instance's items: `dict.__init__` adds the mapping's
    /// (or the pairs') items and the keywords; `list.__init__` and `set.__init__` replace the
    /// items with the iterable's.
    func initItemStorage(_ items: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws {
        switch heap[items].payload {
        case .dict:
            if args.isEmpty && kwargs.isEmpty { return }
            _ = try callMethod(typeName(items), "update", items, args, kwargs, site: site, frame: frame)
        case .list, .set:
            guard let type = builtins[typeName(items)] else { return }
            let made = try call(type, args, kwargs, site: site, frame: frame)
            switch heap[made].payload {
            case .list, .set: heap.objects[items].payload = heap[made].payload
            default: escape("`\(typeName(items)).__init__()`", args + kwargs.map(\.1), site: site)
            }
        default:
            break
        }
    }

    /// A method of the builtin base called on `obj`'s items (`dict.update`, `list.append`, and
    /// `super().__setitem__(k, v)` past the class's own): the model's container method on them.
    /// `dict.__getitem__` calls the class's `__missing__` for a key it lacks, as CPython's does.
    func itemStorageMethod(_ obj: ObjID, _ items: ObjID, _ name: String, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                           site: Int, frame: Frame) throws -> ObjID {
        if typeName(items) == "OrderedDict", case .instance(let cls, _) = heap[obj].payload, mroLookup(cls, "__setitem__") != nil,
           ["__init__", "update", "setdefault"].contains(name) {
            // `OrderedDict.update` is `MutableMapping.update` (and its `__init__` calls it; its
            // `setdefault` on a subclass stores with `self[key] = default`): the class's own
            // `__setitem__` runs for each item, unlike dict's.
            if name == "setdefault", let key = args.first {
                if case .dict(let s, _) = heap[items].payload, let i = s.position(of: heap.valueKey(key)) { return s.values[i] }
                let value = args.count > 1 ? args[1] : none
                try setItem(obj, key, value, site: site, frame: frame)
                return value
            }
            guard let dictType = builtins["dict"] else { return none }
            let merged = try call(dictType, name == "setdefault" ? [] : args, kwargs, site: site, frame: frame)
            if case .dict(let s, _) = heap[merged].payload {
                for (k, v) in zip(s.keys, s.values) { try setItem(obj, k, v, site: site, frame: frame) }
            }
            return none
        }
        switch name {
        case "__init__":
            try initItemStorage(items, args, kwargs, site: site, frame: frame)
            return none
        case "__getitem__" where args.count == 1 && kwargs.isEmpty:
            return try storageItem(obj, items, args[0], site: site, frame: frame)
        case "__iter__" where args.isEmpty && kwargs.isEmpty:
            return try callBuiltin(.iter, [items], [], site: site, frame: frame)
        default:
            if let r = try specialMethod(name, items, args, site: site, frame: frame) { return r }
            return try callMethod(typeName(items), name, items, args, kwargs, site: site, frame: frame)
        }
    }

    /// `copy.copy` of a `dict` or `list` subclass's instance, as `copyreg`'s reduction makes it: a
    /// new instance of the class with the same attributes, then each item stored through the
    /// class's own `__setitem__` / `append`. nil when the class reduces itself.
    func copyWithItems(_ obj: ObjID, _ cls: ObjID, site: Int, frame: Frame) throws -> ObjID? {
        guard let items = itemStorage(obj), case .instance(_, let attrs) = heap[obj].payload,
              mroLookup(cls, "__reduce_ex__") == nil, mroLookup(cls, "__reduce__") == nil else { return nil }
        switch heap[items].payload {
        case .dict(let s, _):
            let y = allocateInstance(cls, [], site: site)
            for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { setInstanceAttr(y, k, v) }
            for (k, v) in zip(s.keys, s.values) { try setItem(y, k, v, site: site, frame: frame) }
            return y
        case .list(let l):
            let y = allocateInstance(cls, [], site: site)
            for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { setInstanceAttr(y, k, v) }
            let append = try getAttribute(y, "append", site: site, frame: frame)
            for item in l { _ = try call(append, [item], [], site: site, frame: frame) }
            return y
        default:
            return nil
        }
    }

    /// `obj[key]` read from the items of a builtin container's subclass instance: a dict's
    /// `__missing__` (the class's) runs for a key the items lack.
    func storageItem(_ obj: ObjID, _ items: ObjID, _ key: ObjID, site: Int, frame: Frame) throws -> ObjID {
        guard case .dict = heap[items].payload, case .instance(let cls, _) = heap[obj].payload,
              let missing = mroLookup(cls, "__missing__") else {
            return try getItem(items, key, site: site, frame: frame)
        }
        do {
            return try getItem(items, key, site: site, frame: frame)
        } catch Signal.raise(let e) where typeName(e) == "KeyError" {
            return try call(try bindIfFunction(missing, to: obj, site: site), [key], [], site: site, frame: frame)
        }
    }

    /// The instance's items (kept by a base the model cannot see) and `args` go to that base's
    /// code: for a builtin container base only its items (a storage escape), else the instance.
    func itemsHandedOn(_ obj: ObjID, _ cls: ObjID, _ what: String, _ args: [ObjID], site: Int) {
        if builtinContainerBase(cls) != nil {
            storageHandedOn(obj, what, args, site: site)
        } else {
            escape(what, [obj] + args, site: site)
        }
    }

    /// `args`, and the items (not the attributes) of `obj`, an instance of a builtin container's
    /// subclass, go to that base's code.
    func storageHandedOn(_ obj: ObjID, _ what: String, _ args: [ObjID], site: Int) {
        escape(what, args, site: site)
        if storageEscapes.count < 512 { storageEscapes.append((what, obj)) }
    }

    func classHasOpaqueBase(_ cls: ObjID) -> Bool {
        mro(cls).contains { c in
            if case .classObject(let s) = heap[c].payload { return s.opaqueBase }
            return true
        }
    }

    /// The class object of a module-level class `name` of project module `moduleName` (imported
    /// now if it is not yet), when it derives from `base`; nil when it cannot be had.
    func subclassObject(_ moduleName: String, _ name: String, of base: ObjID, site: Int) throws -> ObjID? {
        // (The instance's class is part of the scenario: its module is imported past the cap.)
        if moduleName != module.name { essentialImports.insert(moduleName) }
        let moduleObj = moduleName == module.name ? moduleObject : try importModule(moduleName, site: site)
        guard let moduleObj, let cls = global(name, in: moduleObj), case .classObject = heap[cls].payload,
              mro(cls).contains(base) else { return nil }
        return cls
    }

    /// Binds a function found on a class to an instance, the way attribute access through an instance does.
    func bindIfFunction(_ attr: ObjID, to obj: ObjID, site: Int) throws -> ObjID {
        switch heap[attr].payload {
        case .function, .cacheWrapper:
            return heap.allocate("method", .boundMethod(selfObject: obj, function: attr), origin: site)
        case .descriptor(let kind, let fn):
            switch kind {
            case .staticmethod: return fn
            case .classmethod:
                let cls: ObjID
                if case .instance(let c, _) = heap[obj].payload { cls = c } else { cls = obj }
                return heap.allocate("method", .boundMethod(selfObject: cls, function: fn), origin: site)
            case .property, .cachedProperty:
                return attr
            }
        default:
            return attr
        }
    }

    func lookupMethod(_ obj: ObjID, _ name: String, site: Int) throws -> ObjID? {
        if case .instance(let cls, _) = heap[obj].payload, let m = mroLookup(cls, name) {
            return try bindIfFunction(m, to: obj, site: site)
        }
        return nil
    }

    // MARK: - Attributes

    /// Methods every class has from `object` (and exception classes from BaseException).
    static let objectMethods: Set<String> = [
        "__init__", "__init_subclass__", "__setattr__", "__delattr__", "__getattribute__", "__str__", "__repr__",
        "__eq__", "__ne__", "__hash__", "__format__", "__reduce__", "__reduce_ex__", "__sizeof__", "__dir__",
        "__new__",
    ]

    /// An instance that lacks `name` (on itself and its classes, with no `__getattr__`) while some
    /// code sets that attribute somewhere: reading it gives a value the model does not know
    /// (`getAttribute`), though on this very object it may well be missing.
    func attributeMayBeSetElsewhere(_ obj: ObjID, _ name: String) -> Bool {
        guard case .instance(let cls, let attrs) = heap[obj].payload, attrs[name] == nil,
              name != "__class__", name != "__dict__", mroLookup(cls, name) == nil, !classHasOpaqueBase(cls),
              name.hasPrefix("__") || mroLookup(cls, "__getattr__") == nil else { return false }
        return (assignedAttributes == nil || assignedAttributes?.contains(name) == true) && !onlyVisibleCodeReaches(obj)
    }

    /// An instance a scenario's step made through the program's own code (not import-time code,
    /// not as an outside caller would), which nothing outside the running code can reach: no
    /// module, nothing handed to code the model cannot see, no instance outside callers hold. Only
    /// the code the model is running has touched it, so an attribute it lacks is missing for sure
    /// (`getattr(app, "routes", routes)` on the `App` a test just made), whatever other code sets
    /// that attribute elsewhere.
    func onlyVisibleCodeReaches(_ obj: ObjID) -> Bool {
        // (Each answer walks the heap: bounded by the objects walked, past which the answer is no.)
        guard obj >= heapSizeAfterImport, !outsideMadeInstances.contains(obj), escapes.count < 512,
              visibleOnlyWalks < 4_000_000 else { return false }
        visibleOnlyWalks += heap.objects.count
        let starts = heap.roots.map(\.id) + heap.garbage + escapes.flatMap(\.objects) + Array(outsideMadeInstances)
        let reach = heap.reachable(from: starts)
        return !(obj < reach.count && reach[obj])
    }

    /// Whether `obj` may lack `name` though reading it gives a value here: an object the model does
    /// not know (or an instance of a class with a base it does not see) has the attributes real
    /// code gives it, which the model cannot tell; an instance may lack one set elsewhere.
    func attributePresenceUnknown(_ obj: ObjID, _ name: String) -> Bool {
        switch heap[obj].payload {
        case .opaque:
            let t = heap[obj].typeName
            return !(t == "Logger" || t == "re.Pattern" || t == "csv.writer" || t == "struct.Struct" || chainMapList(obj) != nil || t == "Path" && heap[obj].constant != nil)
        case .instance(let cls, let attrs):
            if attrs[name] != nil || mroLookup(cls, name) != nil { return false }
            return classHasOpaqueBase(cls) || attributeMayBeSetElsewhere(obj, name)
        default:
            return false
        }
    }

    /// A class deriving from `typing.NamedTuple` (the model builds its instances from the fields).
    func isNamedTupleClass(_ cls: ObjID) -> Bool {
        mro(cls).contains { k in dataclasses.contains(k) && (externalBases[k] ?? []).contains { $0.hasSuffix("NamedTuple") } }
    }

    func getAttribute(_ obj: ObjID, _ name: String, site: Int, frame: Frame) throws -> ObjID {
        if urlParts[obj] != nil, let field = urlAttribute(obj, name, site: site) { return field }
        let payload = heap[obj].payload
        switch payload {
        case .instance(let cls, let attrs):
            let onClass = mroLookup(cls, name)
            // Data descriptors on the class win over the instance dict.
            if let d = onClass, case .descriptor(let kind, let fn) = heap[d].payload, kind == .property {
                return try call(fn, [obj], [], site: site, frame: frame)
            }
            // A user descriptor with __set__ (a data descriptor) wins over the instance dict too.
            if let d = onClass, case .instance(let dcls, _) = heap[d].payload,
               mroLookup(dcls, "__set__") != nil, let get = mroLookup(dcls, "__get__") {
                return try call(try bindIfFunction(get, to: d, site: site), [obj, cls], [], site: site, frame: frame)
            }
            if let v = attrs[name] { return v }
            if let ns = attrs["__dict__"] {
                // A namespace of its own (`self.__dict__ = state`): its items are the attributes.
                if case .dict(let store, _) = heap[ns].payload {
                    let key = makeStr(name, site: site)
                    if let i = store.position(of: heap.valueKey(key)) { return store.values[i] }
                    if store.keys.contains(where: { heap[$0].constant == nil }), onClass == nil { return opaque(site: site) }
                } else if onClass == nil {
                    return opaque(site: site)
                }
            }
            if name == "__class__" { return cls }
            if name == "__dict__" { return instanceDict(obj, site: site) }
            if let v = onClass {
                if case .descriptor(.cachedProperty, let fn) = heap[v].payload {
                    let value = try call(fn, [obj], [], site: site, frame: frame)
                    setInstanceAttr(obj, name, value)
                    return value
                }
                if case .instance(let dcls, _) = heap[v].payload, let get = mroLookup(dcls, "__get__") {
                    return try call(try bindIfFunction(get, to: v, site: site), [obj, cls], [], site: site, frame: frame)
                }
                return try bindIfFunction(v, to: obj, site: site)
            }
            // A `typing.NamedTuple`'s `_replace(**changes)`: a new one holding the same objects but
            // for the changed fields (as `dataclasses.replace`); `_asdict()`: a new dict of them.
            if name == "_replace" || name == "_asdict", isNamedTupleClass(cls) {
                if name == "_asdict" {
                    let d = newDict(site: site)
                    for (k, v) in attrs.sorted(by: { $0.key < $1.key }) {
                        let key = makeStr(k, site: site)
                        withStore(d) { $0.set(key, heap.valueKey(key), v) }
                    }
                    return heap.allocate("method", .partial(function: native(.builtin("dict"), nil), args: [d]), origin: site)
                }
                return heap.allocate("method", .partial(function: external("dataclasses.replace"), args: [obj]), origin: site)
            }
            if let items = itemStorage(obj) {
                // A builtin container's subclass: the base's methods work on the instance's items;
                // any other name is missing as on any class (its `__getattr__` runs).
                let type = typeName(items)
                if Self.builtinTypeAttributes[type == "OrderedDict" ? "dict" : type]?.contains(name) == true
                    || (type == "OrderedDict" && name == "move_to_end") {
                    return heap.allocate("method", .native(.builtinBaseMethod(base: type, name: name), receiver: obj), origin: site)
                }
            } else if classHasOpaqueBase(cls) {
                if let m = testCaseAttribute(obj, cls, name) { return m }
                if let m = loggingMethod(cls, name) {
                    return heap.allocate("method", .boundMethod(selfObject: obj, function: external(m)), origin: site)
                }
                if name == "start" || name == "run", case .instance(_, let attrs) = heap[obj].payload, attrs["_target"] != nil,
                   hasLibraryBase(cls, "threading.Thread") {
                    // The base's `start()` / `run()` after its `__init__` kept a target: see `libraryBaseExternal`.
                    return heap.allocate("method", .boundMethod(selfObject: obj, function: external("threading.Thread." + name)), origin: site)
                }
                if ["encode", "iterencode", "default"].contains(name), hasLibraryBase(cls, "json.JSONEncoder") {
                    // The encoder base's methods, as `libraryBaseExternal` runs them.
                    return heap.allocate("method", .boundMethod(selfObject: obj, function: external("json.JSONEncoder." + name)), origin: site)
                }
                if name == "start", let run = threadRun(cls) {
                    // `Thread.start()` of a subclass that defines `run()`: the new thread runs it.
                    // The model runs it at once, as the `join()` its users call waits for it.
                    return try bindIfFunction(run, to: obj, site: site)
                }
                noteCappedBases(cls)
                if let q = inheritedLibraryMethod(cls, name) { return external(q) }
                // A method (or attribute) of the base the model cannot see: unknown, and not known
                // to hold the instance (a data attribute does not), but calling it hands the
                // instance to that code (`config.copy()` of a UserDict subclass runs
                // `copy.copy(self)` and the subclass's own `__setitem__`).
                if let (k, q) = mro(cls).lazy.compactMap({ k in self.externalBases[k]?.first.map { (k, $0) } }).first {
                    let base = absoluteExternalName(q, ofClass: k)
                    if Self.builtinContainerBases.contains(base) {
                        // (A C type's method touches the instance's items, never its attributes,
                        // and calls none of the subclass's methods.)
                        return heap.allocate("method", .native(.builtinBaseMethod(base: base, name: name), receiver: obj), origin: site)
                    }
                    let value = opaque(site: site)
                    opaqueAttributeOwners[value] = (obj, base + "." + name)
                    return value
                }
                let value = opaque(site: site)
                opaqueAttributeOwners[value] = (obj, className(cls) + "." + name)
                return value
            }
            if let fallback = mroLookup(cls, "__getattr__"), !name.hasPrefix("__") {
                // CPython calls __getattr__ when normal lookup fails.
                let name = makeStr(name, site: site)
                return try call(try bindIfFunction(fallback, to: obj, site: site), [name], [], site: site, frame: frame)
            }
            // (Only the running code reaches the instance: missing is missing.)
            let visibleOnly = onlyVisibleCodeReaches(obj)
            if assignedAttributes == nil || assignedAttributes?.contains(name) == true, !visibleOnly {
                // Set by another method, a module function or outside code that the scenario did not
                // run. It may as well not be set yet: for real callers the read may raise
                // AttributeError, so a handler around it is not dead.
                mayRaiseCount += 1
                return opaque(site: site)
            }
            if visibleOnly { throw Signal.raise(try makeException("AttributeError", site: site)) }
            if module.classes.contains(where: { c in c.methods.contains { $0.name == name } }) {
                // Defined by other classes of the module (an abstract-style base): which class an
                // outside caller would use is not known.
                note("`\(name)` missing on \(className(cls)) but defined by other classes")
            }
            throw try raiseUncertain("AttributeError", site: site)
        case .classObject(let s):
            if let v = mroLookup(obj, name) {
                if case .descriptor(let kind, let fn) = heap[v].payload {
                    if kind == .staticmethod { return fn }
                    if kind == .classmethod { return heap.allocate("method", .boundMethod(selfObject: obj, function: fn), origin: site) }
                }
                return v
            }
            if let v = try metaclassAttribute(obj, name, site: site, frame: frame) { return v }
            if name == "__name__" || name == "__qualname__" { return makeStr(s.name, site: site) }
            // (Its docstring and module: text the model does not keep.)
            if name == "__doc__" || name == "__module__" { return unknownAtom("str", site: site) }
            if classHasOpaqueBase(obj) {
                noteCappedBases(obj)
                if let q = inheritedLibraryMethod(obj, name) { return external(q) }
                return opaque(site: site)
            }
            // The bases it was made with (`class A:` has `(object,)`, and `object.__bases__` is
            // empty, so code walking `__bases__` recursively stops there), and a copy of its
            // namespace (a read-only mappingproxy in CPython).
            if name == "__bases__" {
                let bases = s.bases.isEmpty ? builtins["object"].map { [$0] } ?? [] : s.bases
                return heap.allocate("tuple", .tuple(bases), origin: site)
            }
            if name == "__mro__" { return heap.allocate("tuple", .tuple(mro(obj)), origin: site) }
            // (`cls.mro()`: `type`'s method, bound to the class.)
            if name == "mro" { return native(.method(type: "type", name: "mro"), obj) }
            if name == "__dict__" { return classNamespace(obj, site: site) }
            if Interpreter.objectMethods.contains(name) {
                // Inherited from `object` (or BaseException): `Base.__init__(self, …)` and the like.
                return native(.unbound(type: "object", method: name), nil)
            }
            throw try raiseUncertain("AttributeError", site: site)
        case .module(_, let g):
            if let v = g[name] { noteStoppedGlobal(obj, name); return v }
            if let v = try lazyModuleGlobal(obj, name, site: site) { return v }
            if let hook = g["__getattr__"], case .function = heap[hook].payload, !name.hasPrefix("__") {
                // A module's own `__getattr__` (PEP 562): CPython calls it for a name its globals
                // lack (a lazily loaded implementation, a deprecated alias).
                return try call(hook, [makeStr(name, site: site)], [], site: site, frame: frame)
            }
            // A name its code binds in ways the model does not run (`re.IGNORECASE`, made by
            // `globals().update(...)`): unknown, but one object, as a module global is.
            let key = "\(obj).\(name)"
            if let known = missingModuleAttributes[key] { return known }
            let v = opaque(site: site)
            missingModuleAttributes[key] = v
            return v
        case .external(let q):
            if let followed = try followedLibraryValue(q, site: site, frame: frame) {
                // (`HTMLParser.__init__(self)`, `configparser.ConfigParser`: of a standard-library
                // module followed as the module of a program class's base.)
                return try getAttribute(followed, name, site: site, frame: frame)
            }
            if lacksExtensionAttribute(q, name) {
                // A C extension module the table knows in full: CPython raises, and the code's
                // `except AttributeError` fallback is what runs.
                throw Signal.raise(try makeException("AttributeError", site: site))
            }
            // (`sys.version_info.major` is 3 on every Python heaplint reads.)
            if q == "sys.version_info", name == "major" { return makeInt(3, site: site) }
            return external(q + "." + name)
        case .function(let f):
            switch name {
            case "__defaults__":
                return heap.allocate("tuple", .tuple(f.defaults.compactMap { $0 }), origin: site)
            case "__kwdefaults__":
                // The keyword-only defaults by name (None when there are none): the objects
                // themselves, so a decorator that keeps one (`fn.__kwdefaults__["_timings"]`) holds the default.
                guard !f.kwdefaults.isEmpty else { return none }
                let d = newDict(site: site)
                for (k, v) in f.kwdefaults {
                    let key = makeStr(k, site: site)
                    withStore(d) { $0.set(key, heap.valueKey(key), v) }
                }
                return d
            case "__name__" where f.attrs[name] == nil, "__qualname__" where f.attrs[name] == nil:
                // (A `where` binds to its own pattern: `fn.__name__ = "…"` set by the code wins.)
                // `__name__` is the def's own name; `__qualname__` the dotted path to it.
                let qualified = f.qualifiedName
                if name == "__name__", let last = qualified.split(separator: ".").last { return makeStr(String(last), site: site) }
                return makeStr(qualified, site: site)
            case "__module__" where f.attrs["__module__"] == nil:
                if case .module(let name, _) = heap[f.globals].payload { return makeStr(name, site: site) }
                return opaque(site: site)
            case "__wrapped__" where f.attrs[name] != nil:
                return f.attrs[name]!
            case "__wrapped__", "__func__":
                return obj
            default:
                if let v = f.attrs[name] { return v }
                return opaque(site: site)
            }
        case .boundMethod(let s, let fn):
            if name == "__self__" { return s }
            if name == "__func__" { return fn }
            return try getAttribute(fn, name, site: site, frame: frame)
        case .exception(let cls, let args, let tb, let attrs):
            if name == "__traceback__" { return tb ?? none }
            if name == "args" { return heap.allocate("tuple", .tuple(args), origin: site) }
            if let v = attrs[name] { return v }
            if name == "with_traceback" { return native(.method(type: "exception", name: "with_traceback"), obj) }
            if let cls, let v = mroLookup(cls, name) { return try bindIfFunction(v, to: obj, site: site) }
            return opaque(site: site)
        case .traceback(let fr, let next):
            if name == "tb_frame" { return fr }
            if name == "tb_next" { return next ?? none }
            return opaque(site: site)
        case .cacheWrapper:
            if name == "cache_clear" || name == "cache_info" { return native(.method(type: "cache", name: name), obj) }
            if name == "__wrapped__", case .cacheWrapper(let fn, _, _, _) = payload { return fn }
            return opaque(site: site)
        case .dict where typeName(obj) == "re.Match" && (name == "lastgroup" || name == "lastindex"):
            // Known for a match the model made from known text; else unknown.
            guard let details = matchDetails[obj] else { return opaque(site: site) }
            if name == "lastindex" { return details.lastIndex.map { makeInt($0, site: site) } ?? none }
            return details.lastGroup.map { makeStr($0, site: site) } ?? (details.lastIndex == nil ? none : opaque(site: site))
        case .tuple(let items) where namedtupleFields[obj] != nil:
            // A namedtuple's field is its item; `_replace`, `_asdict` and the tuple methods are
            // the type's (unknown code here).
            if let i = namedtupleFields[obj]!.firstIndex(of: name), i < items.count { return items[i] }
            return native(.method(type: "tuple", name: name), obj)
        case .weakref where typeName(obj) == "finalize" && ["detach", "__call__", "peek"].contains(name):
            return native(.method(type: "finalize", name: name), obj)
        case .weakref where typeName(obj) == "finalize" && name == "alive":
            return bool(!heap.objects[obj].callbackDone)
        case .list, .tuple, .dict, .set, .deque, .atom, .generator, .weakContainer:
            // A name a builtin type does not have raises (`getattr(src, "pattern", src)` on a str
            // literal gives the str back). Only for a value the model knows (a constant): an atom a
            // library model made stands for a value of that type only roughly (`urlsplit(url)`).
            if heap[obj].constant != nil, let known = Self.builtinTypeAttributes[typeName(obj)], !known.contains(name) {
                trace("`\(typeName(obj))` object has no attribute `\(name)`")
                let exc = try makeException("AttributeError", site: site)
                if programClassDefines(name) { doubtfulRaises.insert(exc) }
                throw Signal.raise(exc)
            }
            return native(.method(type: typeName(obj), name: name), obj)
        case .native(.method(Self.singleDispatchType, "__call__"), let st?):
            return try singleDispatchAttribute(st, name, site: site, frame: frame)
        case .native(.superProxy, let r):
            guard let r, let start = superStarts[obj] ?? frame.definingClass else { return opaque(site: site) }
            if case .classObject = heap[r].payload, isMetaclass(start) {
                return try metaclassSuperAttribute(r, start: start, name, site: site)
            }
            if case .instance(let c, _) = heap[r].payload, let v = mroLookup(c, name, after: start) {
                return try bindIfFunction(v, to: r, site: site)
            }
            if case .classObject = heap[r].payload, let v = mroLookup(r, name, after: start) { return v }
            // (`super().__new__(cls)` in a class's `__new__`: `object.__new__`, a static method.)
            if case .classObject = heap[r].payload, name == "__new__" { return native(.unbound(type: "object", method: "__new__"), nil) }
            if case .instance(let c, _) = heap[r].payload, let m = testCaseAttribute(r, c, name) { return m }
            if case .instance(let c, _) = heap[r].payload, let q = inheritedLibraryMethod(c, name) { return external(q) }
            if case .instance(let c, _) = heap[r].payload, classHasOpaqueBase(c) {
                // A base the model cannot see may define it (`super().__init__(tags)` into a base
                // of another package): unknown code, given the instance and the arguments — not
                // `object`'s method, which keeps nothing.
                noteCappedBases(c)
                let named = mro(c).flatMap { k in (self.externalBases[k] ?? []).map { self.absoluteExternalName($0, ofClass: k) } }
                if !named.isEmpty, named.allSatisfy(Self.builtinContainerBases.contains),
                   ["__setattr__", "__delattr__", "__getattribute__", "__init_subclass__"].contains(name) {
                    // Past a builtin container base (`class Bunch(dict)`), `object`'s attribute
                    // methods: `super().__setattr__(name, val)` sets the attribute.
                    return native(.method(type: "object", name: name), r)
                }
                if let (k, q) = mro(c).lazy.compactMap({ k in self.externalBases[k]?.first.map { (k, $0) } }).first {
                    if itemStorage(r) != nil {
                        // (`super().__setitem__(k, v)` of a dict subclass: the base's method on the items.)
                        return heap.allocate("method", .native(.builtinBaseMethod(base: absoluteExternalName(q, ofClass: k), name: name), receiver: r), origin: site)
                    }
                    let method = external(absoluteExternalName(q, ofClass: k) + "." + name)
                    return heap.allocate("method", .boundMethod(selfObject: r, function: method), origin: site)
                }
                return heap.allocate("method", .opaque(held: [r]), origin: site)
            }
            return native(.method(type: "object", name: name), r)
        case .registry:
            return native(.method(type: "registry", name: name), obj)
        case .partial(let fn, let bound) where ["partial", "functools.partial"].contains(typeName(obj)) && ["func", "args", "keywords"].contains(name):
            // A `functools.partial`'s parts: the function, the positional arguments it binds, and
            // its keywords dict (one object: what code stores into it, later calls pass).
            let names = partialKeywords[obj] ?? []
            if name == "func" { return fn }
            if names == [Interpreter.partialKeywordsDict], let d = bound.last {
                return name == "args" ? heap.allocate("tuple", .tuple(Array(bound.dropLast())), origin: site) : d
            }
            let count = min(names.count, bound.count)
            if name == "args" { return heap.allocate("tuple", .tuple(Array(bound.dropLast(count))), origin: site) }
            let d = newDict(site: site)
            withStore(d) { st in
                for (k, v) in zip(names.suffix(count), bound.suffix(count)) {
                    let key = makeStr(k, site: site)
                    st.set(key, heap.valueKey(key), v)
                }
            }
            heap.objects[obj].payload = .partial(function: fn, args: Array(bound.dropLast(count)) + [d])
            partialKeywords[obj] = [Interpreter.partialKeywordsDict]
            return d
        case .native(.builtin(let typeName), nil) where (name == "__name__" || name == "__qualname__") && Interpreter.builtinKinds[typeName] != nil:
            // `type(x).__name__` of a builtin value: "str", "list", …
            return makeStr(typeName, site: site)
        case .native(.builtin(let typeName), nil) where ["list", "dict", "set", "str", "bytes", "tuple", "frozenset", "bytearray"].contains(typeName):
            // `list.append`, `dict.__setitem__`, …: the method unbound from its type.
            return native(.unbound(type: typeName, method: name), nil)
        case .native(.builtin("type"), nil) where ["__new__", "__init__", "__call__", "__prepare__"].contains(name):
            // `type.__new__(mcs, name, bases, ns)` in a metaclass's own `__new__`.
            return native(.unbound(type: "type", method: name), nil)
        case .native(.builtin("object"), nil) where name == "__bases__":
            // The root of every class: `cls.__bases__[0] is object` ends a walk up the bases.
            return heap.allocate("tuple", .tuple([]), origin: site)
        case .native(.builtin("object"), nil) where name == "__name__" || name == "__qualname__":
            return makeStr("object", site: site)
        case .native(.builtin("object"), nil) where name == "__mro__":
            return heap.allocate("tuple", .tuple([obj]), origin: site)
        case .native(.builtin("object"), nil) where name == "__dict__":
            // Its slot wrappers and methods, by name: no class's own attributes are there.
            let d = newDict(site: site)
            for n in Interpreter.objectMethods.sorted() {
                let key = makeStr(n, site: site)
                let v = native(.unbound(type: "object", method: n), nil)
                withStore(d) { $0.set(key, heap.valueKey(key), v) }
            }
            return d
        case .native(.builtin("object"), nil) where Interpreter.objectMethods.contains(name):
            // `object.__setattr__(self, name, value)` in a class's own `__setattr__`, `object.__init__(self)`.
            return native(.unbound(type: "object", method: name), nil)
        case .descriptor(.property, _) where ["setter", "getter", "deleter"].contains(name):
            return native(.method(type: "property", name: name), obj)
        case .native(.instanceDict, _?) where Self.instanceDictMethods.contains(name):
            // (`vars(obj).update(...)`: see `instanceDictMethod`.)
            return native(.method(type: "instance_dict", name: name), obj)
        case .opaque where chainMapList(obj) != nil:
            return chainMapAttribute(obj, name, site: site) ?? opaque(site: site)
        case .opaque where isModelLogger(obj) && ["handlers", "filters", "level", "propagate", "disabled", "name", "parent", "manager", "root"].contains(name):
            return loggerAttribute(obj, name, site: site)
        case .opaque where heap[obj].typeName == "StringIO" && name == "closed":
            return bool(stringIOClosed.contains(obj))
        case .opaque where heap[obj].typeName == "struct.Struct" && (name == "size" || name == "format"):
            if name == "format" { return heap[obj].constant.map { makeStr($0, site: site) } ?? unknownAtom("str", site: site) }
            return structMethod("size", format: heap[obj].constant, site: site)
        case .opaque where heap[obj].typeName == "Logger" || heap[obj].typeName == "re.Pattern" || heap[obj].typeName == "csv.writer"
                            || heap[obj].typeName == "struct.Struct"
                            || heap[obj].typeName == "StringIO"
                            || (heap[obj].typeName == "string.Template" && (name == "substitute" || name == "safe_substitute"))
                            || taskResults[obj] != nil:
            return native(.method(type: heap[obj].typeName, name: name), obj)
        case .opaque where heap[obj].typeName == Self.testSuiteType && ["run", "__call__", "debug"].contains(name)
                            || heap[obj].typeName == Self.testRunnerType && name == "run":
            // (A suite of the test loader's, a text runner: running them runs the tests.)
            return native(.method(type: heap[obj].typeName, name: name), obj)
        case .opaque where heap[obj].typeName == "Path" && heap[obj].constant != nil:
            return pathAttribute(heap[obj].constant ?? "", name, site: site) ?? opaque(site: site)
        case .opaque where Interpreter.boundedParts[name] != nil:
            // Calendar and clock parts of an unknown date or time: one of a few values.
            let m = Interpreter.boundedParts[name] ?? 1
            return name == "weekday" || name == "isoweekday" ? native(.boundedInt(modulus: m), nil) : boundedInt(m, site: site)
        case .opaque where stableValues.contains(obj):
            // (Of a value computed from known constants: the same attribute each time.)
            let value = stableValue("attribute \(obj).\(name)") { opaque("object", site: site) }
            stableOwners[value] = obj
            return value
        case .opaque:
            // An attribute of an unknown object: unknown, but reading it stores nothing. Data derived
            // from a scenario's fresh arguments is fresh too.
            let value = opaque(derivedType(obj), site: site)
            if heap[value].typeName == "argument" { attributesOfArguments.insert(value) }
            // (A part of parsed text is a piece of it too: `urlsplit(url).netloc`.)
            if textPieces.contains(obj) { textPieces.insert(value) }
            if unseenResults.contains(obj) { unseenResults.insert(value) }
            opaqueAttributeSource[value] = obj
            return value
        default:
            return opaque(site: site)
        }
    }

    /// `obj.name = value`. `object.__setattr__(obj, …)` passes `viaObject`: the default behaviour,
    /// without the class's own `__setattr__`.
    func setAttribute(_ obj: ObjID, _ name: String, _ value: ObjID, site: Int, frame: Frame, viaObject: Bool = false) throws {
        switch heap[obj].payload {
        case .instance(let cls, _):
            // A class's own `__setattr__` gets every assignment (scapy's `Packet`, astropy's `Model`);
            // it stores, through `object.__setattr__` / `super().__setattr__` / `self.__dict__`, as it sees fit.
            if !viaObject, let setattr = mroLookup(cls, "__setattr__"), case .function = heap[setattr].payload {
                _ = try call(try bindIfFunction(setattr, to: obj, site: site), [makeStr(name, site: site), value], [], site: site, frame: frame)
                return
            }
            let onClass = mroLookup(cls, name)
            if let d = onClass, case .instance(let dcls, _) = heap[d].payload, let set = mroLookup(dcls, "__set__") {
                _ = try call(try bindIfFunction(set, to: d, site: site), [obj, value], [], site: site, frame: frame)
                return
            }
            if let d = onClass, case .descriptor(.property, _) = heap[d].payload {
                if let setter = heap[d].setter {
                    _ = try call(setter, [obj, value], [], site: site, frame: frame)
                } else {
                    // No setter: CPython raises AttributeError.
                    throw Signal.raise(try makeException("AttributeError", site: site))
                }
                return
            }
            setInstanceAttr(obj, name, value)
        case .exception, .function, .classObject:
            setInstanceAttr(obj, name, value)
        case .module:
            setGlobal(name, value, in: obj)
        case .opaque where isModelLogger(obj):
            setLoggerAttribute(obj, name, value)
        case .external(let q):
            if library.extensionModuleLacks(q, name) { setOnExtensionModules.insert(q + "." + name) }
            if keptByLongLived(q, [value]) { return }
            if q == "sys", name == "excepthook" {
                // One slot the interpreter keeps, replaced by each assignment, and called at most
                // once, as the program dies of an uncaught exception: what it holds is kept, not
                // handed to code that calls it again and again.
                let slot = registry("sys.excepthook")
                heap.objects[slot].payload = .registry(name: "sys.excepthook", items: [value])
                return
            }
            escape("attribute `\(name)` of `\(q)`", [value], site: site)
        default:
            escape("attribute `\(name)` of an unknown object", [value], site: site)
        }
    }

    // MARK: - Items

    /// The way a lookup went when it took a known key to be the dict's entry `i`, whose key the
    /// model did not know. An outside caller's keywords (`**inputs`, made anew by each call): the
    /// entry is under this key too from now on, so later lookups agree (`inputs.get("file")`, then
    /// `inputs["file"]`); the unknown one stays for the keywords still unnamed. Its value.
    func bindUnknownKey(_ dict: ObjID, at i: Int, to key: ObjID) -> ObjID {
        guard case .dict(let s, _) = heap[dict].payload, i < s.count else { return none }
        let value = s.values[i]
        if callerKeywordNames.contains(s.keys[i]) {
            withStore(dict) { $0.set(key, heap.valueKey(key), value) }
        }
        return value
    }

    func getItem(_ obj: ObjID, _ key: ObjID, site: Int, frame: Frame) throws -> ObjID {
        if case .external("sys.version_info") = heap[obj].payload {
            // `sys.version_info[0]` is 3; `[1]` the minor version (`.minor`); `[:2]` the pair.
            if let i = intValue(key) {
                if i == 0 { return makeInt(3, site: site) }
                if i == 1 { return external("sys.version_info.minor") }
            }
            if typeName(key) == "slice", let spec = heap[key].constant {
                if spec == ":2:" || spec == "0:2:" { return external("sys.version_info[:2]") }
                if spec == ":3:" || spec == "0:3:" || spec == "::" { return obj }
            }
        }
        if let parts = urlParts[obj], let i = intValue(key), (-parts.count..<parts.count).contains(i) {
            return makeStr(parts[i < 0 ? i + parts.count : i], site: site)
        }
        if case .external("sys.modules") = heap[obj].payload, let name = heap[key].constant {
            switch sysModulesHas(name) {
            case true?: return sysModules[name]!
            case false?: throw Signal.raise(try makeException("KeyError", site: site))
            case nil: return opaque(site: site)
            }
        }
        if case .native(.instanceDict, let owner?) = heap[obj].payload, case .instance(_, let attrs) = heap[owner].payload {
            if let name = heap[key].constant, let v = attrs[name] { return v }
            throw Signal.raise(try makeException("KeyError", site: site))
        }
        if let maps = chainMaps(obj) { return try chainMapLookup(maps, key, site: site, frame: frame) }
        switch heap[obj].payload {
        case .list(let items), .tuple(let items), .deque(let items, _):
            if let i = intValue(key) {
                let j = i < 0 ? items.count + i : i
                if j >= 0 && j < items.count { return items[j] }
                if unknownLengthLists.contains(obj) { return items.first ?? makeStr(nil, site: site) }
                throw Signal.raise(try makeException("IndexError", site: site))
            }
            if typeName(key) == "slice" {
                let kind = typeName(obj)
                if unknownLengthLists.contains(obj) {
                    // (A slice of a list of unknown length is one too, of the same kind of items.)
                    return newUnknownLengthList(items.isEmpty ? [] : [unknownLengthItem(obj, site: site)], site: site)
                }
                let part = slice(items, heap[key].constant)
                return heap.allocate(kind, kind == "tuple" ? .tuple(part) : .list(part), origin: site)
            }
            return items.first ?? opaque(site: site)
        case .dict(let s, let factory):
            let k = heap.valueKey(key)
            if let i = s.position(of: k) { return s.values[i] }
            if factory != nil, typeName(obj) == "Counter" {
                // A Counter's `__missing__` answers 0 and stores nothing (`df[term]` of a term it
                // lacks); `c[k] += 1` then stores the key.
                return makeInt(0, site: site)
            }
            if let factory {
                // Reading a missing key of a defaultdict inserts it.
                let v = try call(factory, [], [], site: site, frame: frame)
                withStore(obj) { $0.set(key, k, v) }
                return v
            }
            if let v = entryOfUnknownKey(key, in: s, site: site) { return v }
            if heap[key].constant == nil { throw try raiseUncertain("KeyError", site: site) }
            // A known key may be one of the keys the model does not know, fresh data included
            // (`row["id"]` of a dict made of header fields cut out of the text a caller passed):
            // there, or a KeyError the data may not raise.
            if let i = s.keys.firstIndex(where: { kid in
                guard case .identity(let id) = heap.valueKey(kid) else { return false }
                return !isKnownIdentity(id) || isFreshValue(kid)
            }) {
                if policyDecision(site: site) { return bindUnknownKey(obj, at: i, to: key) }
                throw try raiseUncertain("KeyError", site: site)
            }
            throw Signal.raise(try makeException("KeyError", site: site))
        case .weakContainer(_, let s):
            if let i = s.position(of: heap.valueKey(key)) { return s.values[i] }
            throw Signal.raise(try makeException("KeyError", site: site))
        case .instance(let cls, _):
            if let m = mroLookup(cls, "__getitem__") {
                return try call(try bindIfFunction(m, to: obj, site: site), [key], [], site: site, frame: frame)
            }
            if let items = itemStorage(obj) { return try storageItem(obj, items, key, site: site, frame: frame) }
            if classHasOpaqueBase(cls) {
                // The base's `__getitem__` (a dict subclass's items the model does not keep): the
                // key may be missing, and then a `__missing__` the class defines runs (and may
                // store); either way the instance's items go to code the model cannot see.
                itemsHandedOn(obj, cls, "`\(className(cls)).__getitem__()`", [key], site: site)
                if let missing = mroLookup(cls, "__missing__"), builtinContainerBase(cls) != nil, policyDecision(site: site) {
                    return try call(try bindIfFunction(missing, to: obj, site: site), [key], [], site: site, frame: frame)
                }
            }
            return opaque(site: site)
        case .atom:
            if let text = heap[obj].constant, typeName(obj) == "str" {
                let chars = text.unicodeScalars.map { String($0) }
                if let i = intValue(key) {
                    let j = i < 0 ? chars.count + i : i
                    guard j >= 0, j < chars.count else { throw Signal.raise(try makeException("IndexError", site: site)) }
                    return makeStr(chars[j], site: site)
                }
                if typeName(key) == "slice", heap[key].constant != nil {
                    let indices = slice(Array(0..<chars.count), heap[key].constant)
                    return makeStr(indices.map { chars[$0] }.joined(), site: site)
                }
            }
            return isFreshValue(obj) ? makeStr(nil, site: site) : unknownAtom("str", site: site)
        default:
            // (An item of a piece of parsed text is a piece too; one of what unseen code handed
            // back was handed back by it too.)
            let value = opaque(derivedType(obj), site: site)
            if textPieces.contains(obj) { textPieces.insert(value) }
            if unseenResults.contains(obj) { unseenResults.insert(value) }
            return value
        }
    }

    static let boundedParts: [String: Int] = ["weekday": 7, "isoweekday": 7, "month": 12, "day": 31, "hour": 24,
                                              "minute": 60, "second": 60]

    /// An int the model does not know but that is one of `m` values; deterministic per call, site
    /// and how many came before it in the call. The first of a call walks all `m` values in `m`
    /// calls (so a container keyed by them is seen to fill up); later ones are spread over them
    /// as fresh inputs spread (`bits >> i` % 2 in a loop differs from bit to bit and from call to
    /// call, not only from call to call).
    func boundedInt(_ m: Int, site: Int) -> ObjID {
        if pseudoSequence.call != callCounter { pseudoSequence = (callCounter, 0) }
        pseudoSequence.seen += 1
        let m = max(m, 1)
        var value = (callCounter &* 31 &+ site) % m
        if pseudoSequence.seen > 1 {
            // (splitmix64 of the three.)
            var z = UInt64(truncatingIfNeeded: callCounter) &* 0x9E37_79B9_7F4A_7C15
                ^ UInt64(truncatingIfNeeded: site) &* 0xBF58_476D_1CE4_E5B9 ^ UInt64(truncatingIfNeeded: pseudoSequence.seen) &* 0x94D0_49BB_1331_11EB
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            value = Int(z % UInt64(m))
        }
        let result = makeInt(value, site: site)
        moduloOf[result] = m
        pseudoValues.insert(result)
        return result
    }

    /// `parts`, `name`, `suffix`, `stem`, `parent` of a pure path with a known string.
    func pathAttribute(_ path: String, _ name: String, site: Int) -> ObjID? {
        var components = path.split(separator: "/").map(String.init)
        if path.hasPrefix("/") { components.insert("/", at: 0) }
        let last = components.last ?? ""
        switch name {
        case "parts": return heap.allocate("tuple", .tuple(components.map { makeStr($0, site: site) }), origin: site)
        case "name": return makeStr(last == "/" ? "" : last, site: site)
        case "suffix":
            guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return makeStr("", site: site) }
            return makeStr(String(last[dot...]), site: site)
        case "stem":
            guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return makeStr(last, site: site) }
            return makeStr(String(last[..<dot]), site: site)
        case "parent":
            let parent = components.dropLast().joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            return makePath(parent.isEmpty ? "." : parent, site: site)
        default: return nil
        }
    }

    /// A key the model does not know (not a constant, not fresh data) may be any of the keys a
    /// dict holds: an undecided choice among the first few entries' values, else nil (not there).
    func entryOfUnknownKey(_ key: ObjID, in s: OrderedStore, site: Int) -> ObjID? {
        guard case .identity(let id) = heap.valueKey(key), !isKnownIdentity(id), heap[id].typeName != "argument",
              !isFreshValue(key) else { return nil }
        for v in s.values.prefix(3) where policyDecision(site: site) { return v }
        return nil
    }

    /// `result`, handed back by code the model cannot see given `inputs`: noted in `unseenResults`
    /// when every input is known to be the same from call to call (an object made before the
    /// scenario call, a literal, a value computed from constants, another such result, or a
    /// tuple or list of those). What went in from the running call's own data, even data the
    /// model cannot follow (a date it computed), may make a new result every time.
    @discardableResult
    func unseenResult(_ result: ObjID, from inputs: [ObjID]) -> ObjID {
        func stale(_ x: ObjID, depth: Int) -> Bool {
            // (A constant made by this call may differ from the last call's: `f"audit-{n}"` of
            // a counter the model follows. A literal's object is made once, on its first run.)
            if x < entryStartObject || unseenResults.contains(x) || stableValues.contains(x) { return true }
            guard depth < 2 else { return false }
            switch heap[x].payload {
            case .list(let items), .tuple(let items): return items.allSatisfy { stale($0, depth: depth + 1) }
            default: return false
            }
        }
        if heap[result].typeName == "object", inputs.allSatisfy({ stale($0, depth: 0) }) {
            unseenResults.insert(result)
            trace("unseen result \(result) at \(heap[result].origin ?? -1) from \(inputs.map { "\($0):\(heap[$0].typeName)" })")
        }
        return result
    }

    /// Objects derived from a scenario's fresh arguments are fresh, distinct values too.
    func derivedType(_ from: ObjID...) -> String {
        derivedType(of: from)
    }

    func derivedType(of from: [ObjID]) -> String {
        from.contains { isFreshValue($0) } ? "argument" : "object"
    }

    /// A value made from a scenario's fresh data: a fresh argument, or a str/bytes/number the
    /// simulation computed without knowing its value. Different calls give different values.
    func isFreshValue(_ id: ObjID) -> Bool {
        let o = heap[id]
        if o.typeName == "argument" { return true }
        if case .atom = o.payload, o.constant == nil, ["str", "bytes", "int", "float"].contains(o.typeName), !unknownValues.contains(id) { return true }
        if case .tuple(let items) = o.payload { return items.contains { isFreshValue($0) } }
        return false
    }

    func setItem(_ obj: ObjID, _ key: ObjID, _ value: ObjID, site: Int, frame: Frame) throws {
        if case .native(.instanceDict, let owner?) = heap[obj].payload {
            // Writing through `vars(obj)` sets an attribute.
            if let name = heap[key].constant, typeName(key) == "str" { setInstanceAttr(owner, name, value) }
            else { escape("an instance __dict__ key heaplint cannot name", [value], site: site) }
            return
        }
        if let first = chainMaps(obj)?.first {
            // (A chain writes into its first map.)
            return try setItem(first, key, value, site: site, frame: frame)
        }
        switch heap[obj].payload {
        case .list:
            if let i = intValue(key) {
                withList(obj) { l in
                    let j = i < 0 ? l.count + i : i
                    if j >= 0 && j < l.count { l[j] = value }
                }
            } else if typeName(key) == "slice" {
                // `l[a:b] = items` replaces that part of the list with the items. With bounds the
                // model does not know, the whole list or none of it: an undecided choice.
                let items = try iterate(value, site: site, frame: frame)
                let replacesAll = heap[key].constant == nil ? try truth(heap.allocate("bool", .atom, origin: site), site: site) : false
                withList(obj) { l in
                    let p = (heap[key].constant ?? ":").split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
                    func clamp(_ v: Int?, _ d: Int) -> Int { guard let v else { return d }; return max(0, min(l.count, v < 0 ? v + l.count : v)) }
                    let lo = clamp(p.first ?? nil, 0)
                    let hi = max(lo, clamp(p.count > 1 ? p[1] : nil, l.count))
                    if heap[key].constant == nil { l = replacesAll ? items : l + items } else { l.replaceSubrange(lo..<hi, with: items) }
                }
            } else {
                withList(obj) { l in if !l.isEmpty { l[l.count - 1] = value } }
            }
        case .dict, .weakContainer:
            noteKey(obj, key, value: value)
            withStore(obj) { $0.set(key, heap.valueKey(key), value) }
        case .instance(let cls, _):
            if let m = mroLookup(cls, "__setitem__") {
                _ = try call(try bindIfFunction(m, to: obj, site: site), [key, value], [], site: site, frame: frame)
            } else if let items = itemStorage(obj) {
                try setItem(items, key, value, site: site, frame: frame)
            } else if classHasOpaqueBase(cls) {
                // Stored into the instance's own items (a dict subclass), which the model does not keep.
                itemsHandedOn(obj, cls, "`\(className(cls)).__setitem__()`", [key, value], site: site)
            } else {
                escape("item assignment on an unknown object", [key, value], site: site)
            }
        default:
            if case .external(let q) = heap[obj].payload, keptByLongLived(q, [key, value]) { return }
            escape("item assignment on an unknown object", [key, value], site: site)
        }
    }

    func deleteItem(_ obj: ObjID, _ key: ObjID, site: Int) throws {
        if let first = chainMaps(obj)?.first { return try deleteItem(first, key, site: site) }
        switch heap[obj].payload {
        case .list, .deque:
            if let i = intValue(key) {
                withList(obj) { l in
                    let j = i < 0 ? l.count + i : i
                    if j >= 0 && j < l.count { l.remove(at: j) }
                }
            } else if typeName(key) == "slice", let spec = heap[key].constant {
                // `del l[a:b:c]` with known bounds removes exactly those items.
                withList(obj) { l in
                    let gone = Set(slice(Array(0..<l.count).map { ObjID($0) }, spec))
                    l = l.enumerated().filter { !gone.contains(ObjID($0.offset)) }.map(\.element)
                }
            } else if typeName(key) == "slice" {
                // Unknown bounds (`del l[:-self.keep]`): from nothing to everything, an undecided choice.
                if try truth(heap.allocate("bool", .atom, origin: site), site: site) { withList(obj) { $0.removeAll() } }
            } else {
                // An index the model does not know removes one item (or raises IndexError).
                withList(obj) { l in if !l.isEmpty { l.removeLast() } }
            }
        case .dict, .weakContainer:
            var found = true
            withStore(obj) { found = $0.remove(heap.valueKey(key)) != nil }
            if !found { throw Signal.raise(try makeException("KeyError", site: site)) }
        case .instance where itemStorage(obj, unless: "__delitem__") != nil:
            try deleteItem(itemStorage(obj)!, key, site: site)
        default:
            break
        }
    }

    /// Python slicing for a constant "lower:upper:step"; unknown bounds keep every item.
    func slice(_ items: [ObjID], _ spec: String?) -> [ObjID] {
        guard let spec else { return items }
        let p = spec.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        let n = items.count
        let step = (p.count > 2 ? p[2] : nil) ?? 1
        guard step != 0 else { return [] }
        func clamp(_ v: Int?, _ dflt: Int) -> Int {
            guard let v else { return dflt }
            let x = v < 0 ? v + n : v
            return step > 0 ? max(0, min(n, x)) : max(-1, min(n - 1, x))
        }
        var out: [ObjID] = []
        if step > 0 {
            var i = clamp(p.first ?? nil, 0)
            let end = clamp(p.count > 1 ? p[1] : nil, n)
            while i < end { out.append(items[i]); i += step }
        } else {
            var i = clamp(p.first ?? nil, n - 1)
            let end = clamp(p.count > 1 ? p[1] : nil, -1)
            while i > end { out.append(items[i]); i += step }
        }
        return out
    }

    // MARK: - Iteration

    /// The items of `source` one at a time: a generator resumed item by item (so a consumer that
    /// stops early leaves the rest of it unrun), anything else iterated at once.
    func puller(_ source: ObjID, site: Int, frame: Frame) throws -> () throws -> ObjID? {
        if case .generator = heap[source].payload, canResume(source) {
            let limit = bounds.maxLoopIterations
            var pulled = 0
            return { [unowned self] in
                guard self.canResume(source) else { return nil }
                pulled += 1
                if pulled > limit { throw Signal.abort("iterator did not stop within \(limit) items") }
                return try self.resume(source, sending: self.none)
            }
        }
        let items = try iterate(source, site: site, frame: frame)
        var i = 0
        return {
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        }
    }

    /// The items a `for` loop would see, bounded. Unknown iterables give a few fresh unknown items.
    func iterate(_ obj: ObjID, site: Int, frame: Frame) throws -> [ObjID] {
        let limit = bounds.maxLoopIterations
        if let maps = chainMaps(obj) { return try iterate(try chainMapMerged(maps, site: site, frame: frame), site: site, frame: frame) }
        if let members = enumMembers[obj] { return members }
        if let parts = urlParts[obj] { return parts.map { makeStr($0, site: site) } }
        switch heap[obj].payload {
        case .list(let items), .tuple(let items), .deque(let items, _):
            if items.count > limit { throw Signal.abort("iteration over more than \(limit) items") }
            // (An iterator is used up by the loop.)
            if typeName(obj) == Self.listIterator { heap.objects[obj].payload = .list([]) }
            return items
        case .dict(let s, _), .set(let s), .weakContainer(_, let s):
            if s.count > limit { throw Signal.abort("iteration over more than \(limit) items") }
            return s.keys
        case .atom:
            if typeName(obj) == "str", let c = heap[obj].constant {
                return c.prefix(limit).map { makeStr(String($0), site: site) }
            }
            if typeName(obj) == "range", let c = heap[obj].constant, let n = Int(c) {
                if n > limit { throw Signal.abort("loop over range(\(n)) longer than \(limit)") }
                return (0..<max(0, n)).map { makeInt($0, site: site) }
            }
        case .instance(let cls, _):
            if let m = mroLookup(cls, "__iter__") {
                let it = try call(try bindIfFunction(m, to: obj, site: site), [], [], site: site, frame: frame)
                if it != obj { return try iterate(it, site: site, frame: frame) }
            }
            if let next = mroLookup(cls, "__next__") {
                // An iterator object: call __next__ until StopIteration (bounded).
                var items: [ObjID] = []
                let bound = try bindIfFunction(next, to: obj, site: site)
                while items.count < bounds.maxLoopIterations {
                    do {
                        items.append(try call(bound, [], [], site: site, frame: frame))
                    } catch Signal.raise(let e) {
                        if case .exception(let c?, _, _, _) = heap[e].payload, let stop = exceptionClasses["StopIteration"], mro(c).contains(stop) { return items }
                        throw Signal.raise(e)
                    }
                }
                throw Signal.abort("iterator did not stop within \(bounds.maxLoopIterations) items")
            }
            if let items = itemStorage(obj) { return try iterate(items, site: site, frame: frame) }
        case .generator(let fr):
            if coroutines[obj] != nil {
                // Started step by step: the rest of its items.
                var items: [ObjID] = []
                while let v = try resume(obj, sending: none) {
                    items.append(v)
                    if items.count > bounds.maxLoopIterations { throw Signal.abort("iterator did not stop within \(bounds.maxLoopIterations) items") }
                }
                return items
            }
            if pendingGenerators[obj] == nil { noteResumed(obj) }
            return try runGenerator(obj, frame: fr, site: site)
        case .partial(let fn, let source) where typeName(obj) == "callable_iterator":
            // `iter(f, sentinel)`: `f()` until it returns something equal to the sentinel or raises
            // StopIteration. Where the model cannot tell whether a result equals the sentinel
            // (`iter(lambda: f.read(4096), b"")`), as many items as a loop of unknown length.
            guard let sentinel = source.first else { return [] }
            heap.objects[obj].payload = .partial(function: fn, args: [])
            var out: [ObjID] = []
            var undecided = 0
            let unknownCount = unknownIterations()
            while true {
                let r: ObjID
                do {
                    r = try call(fn, [], [], site: site, frame: frame)
                } catch Signal.raise(let e) {
                    if case .exception(let c?, _, _, _) = heap[e].payload, let stop = exceptionClasses["StopIteration"], mro(c).contains(stop) { break }
                    throw Signal.raise(e)
                }
                if let same = decidedTruth(try compare(.eq, r, sentinel, site: site, frame: frame)) {
                    if same { break }
                } else {
                    undecided += 1
                    if undecided > unknownCount { noteChoice(); break }
                }
                out.append(r)
                if out.count > limit { throw Signal.abort("iterator did not stop within \(limit) items") }
            }
            return out
        case .partial where isLazyOverGenerator(obj):
            var out: [ObjID] = []
            while let v = try nextLazyItem(obj, index: out.count, site: site) {
                out.append(v)
                if out.count > limit { throw Signal.abort("iterator did not stop within \(limit) items") }
            }
            // An iterator is consumed once.
            heap.objects[obj].payload = .partial(function: none, args: [])
            return out
        case .partial(let fn, let sources) where typeName(obj) == "map" && sources.count > 1:
            // `map(f, xs, ys)`: `f(x, y)` over the items side by side, up to the shortest.
            let columns = try sources.map { try iterate($0, site: site, frame: frame) }
            var out: [ObjID] = []
            for i in 0..<(columns.map(\.count).min() ?? 0) {
                out.append(try call(fn, columns.map { $0[i] }, [], site: site, frame: frame))
            }
            heap.objects[obj].payload = .partial(function: fn, args: [newList([], site: site)])
            return out
        case .partial(let fn, let source) where ["map", "filter", "itertools.filterfalse", "itertools.starmap",
                                                  "itertools.takewhile", "itertools.dropwhile"].contains(typeName(obj)):
            guard let inner = source.first else { return [] }
            var out: [ObjID] = []
            let kind = typeName(obj)
            // (`takewhile` stops pulling at the first item its predicate rejects: over a generator,
            // what follows that item's `yield` does not run.)
            let items = kind == "itertools.takewhile" ? [] : try iterate(inner, site: site, frame: frame)
            var next = 0
            let pull: () throws -> ObjID? = kind == "itertools.takewhile" ? try puller(inner, site: site, frame: frame) : {
                guard next < items.count else { return nil }
                defer { next += 1 }
                return items[next]
            }
            var dropping = kind == "itertools.dropwhile"
            while let v = try pull() {
                switch kind {
                case "itertools.starmap":
                    // `f(*item)`: each item's parts are the arguments.
                    out.append(try call(fn, try iterate(v, site: site, frame: frame), [], site: site, frame: frame))
                case "itertools.takewhile":
                    guard try truth(try call(fn, [v], [], site: site, frame: frame), site: site) else {
                        heap.objects[obj].payload = .partial(function: fn, args: [newList([], site: site)])
                        return out
                    }
                    out.append(v)
                case "itertools.dropwhile":
                    if dropping, try truth(try call(fn, [v], [], site: site, frame: frame), site: site) { continue }
                    dropping = false
                    out.append(v)
                default:
                    // (`filter(None, xs)` keeps the items that are true themselves; `filterfalse`
                    // the false ones.)
                    let r = fn == none && kind != "map" ? v : try call(fn, [v], [], site: site, frame: frame)
                    if kind == "map" { out.append(r) } else if try truth(r, site: site) == (kind == "filter") { out.append(v) }
                }
                if out.count > limit { throw Signal.abort("iterator did not stop within \(limit) items") }
            }
            // An iterator is consumed once.
            heap.objects[obj].payload = .partial(function: fn, args: [newList([], site: site)])
            return out
        default:
            break
        }
        let n = unknownIterations()
        noteChoice()
        if typeName(obj) == "str", case .atom = heap[obj].payload {
            // The characters of text the model does not know: one-character strings, which repeat
            // from text to text (digits, letters), so keys made of them are not new for sure.
            let chars = (0..<n).map { _ in makeStr(nil, site: site) }
            textPieces.formUnion(chars)
            return chars
        }
        if ["bytes", "bytearray"].contains(typeName(obj)) {
            switch heap[obj].payload {
            case .atom, .opaque:
                // The bytes of data the model does not know: ints from 0 to 255, which repeat from
                // data to data (a table keyed by them holds at most 256 entries).
                return (0..<n).map { _ in boundedInt(256, site: site) }
            default: break
            }
        }
        let type = derivedType(obj)
        let items = (0..<n).map { _ in opaque(type, site: site) }
        if textPieces.contains(obj) { textPieces.formUnion(items) }
        // (The items of an object code heaplint cannot see made, not from a scenario's fresh
        // arguments — `ET.fromstring(text).iter()`, a pool's connections — are objects it hands
        // out, which may be the same ones or equal ones from call to call.)
        if unseenResults.contains(obj) || (type == "object" && { if case .opaque = heap[obj].payload { return true }; return false }()) {
            unseenResults.formUnion(items)
        }
        return items
    }
}
