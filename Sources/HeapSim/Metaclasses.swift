import PythonModel

/// Which metaclass makes a class: `type` itself (the plain path), a program metaclass whose code
/// the model runs, or one it cannot see (an external metaclass other than `abc.ABCMeta`, or bases
/// whose metaclasses conflict): then the class is made with an opaque base, as before.
enum MetaclassChoice: Equatable {
    case type
    case program(ObjID)
    case unknown
}

extension Interpreter {
    /// `type` itself, or `abc.ABCMeta` (which makes classes as `type` does, plus the abstract
    /// methods check): a base that makes a class a metaclass the model runs.
    func isTypeRoot(_ b: ObjID) -> Bool {
        switch heap[b].payload {
        case .native(.builtin("type"), nil): return true
        case .external(let q): return q == "type" || q == "abc.ABCMeta" || q == "ABCMeta"
        default: return false
        }
    }

    /// A program class deriving from `type`: calling it makes a class.
    func isMetaclass(_ cls: ObjID) -> Bool {
        guard case .classObject = heap[cls].payload, !metaclassRoots.isEmpty else { return false }
        return mro(cls).contains { metaclassRoots.contains($0) }
    }

    /// The metaclass of a class made with these bases and the class statement's `metaclass=`
    /// (nil: none given): the most derived of them, as CPython's `_PyType_CalculateMetaclass`
    /// picks it; `.unknown` when one is not the model's to run or they conflict (TypeError).
    func metaclassChoice(explicit: ObjID?, bases: [ObjID]) -> MetaclassChoice {
        var winner: ObjID?
        if let e = explicit {
            if isTypeRoot(e) {
                winner = nil
            } else if isMetaclass(e) {
                winner = e
            } else {
                return .unknown
            }
        }
        for b in bases {
            guard case .classObject = heap[b].payload, let m = classMetaclass[b] else { continue }
            guard let w = winner else { winner = m; continue }
            if mro(m).contains(w) { winner = m } else if !mro(w).contains(m) { return .unknown }
        }
        return winner.map { .program($0) } ?? .type
    }

    /// The Python function a class attribute stands for when called from its class (`__new__`
    /// is an implicit static method).
    func plainFunction(_ v: ObjID) -> ObjID? {
        switch heap[v].payload {
        case .function: return v
        case .descriptor(.staticmethod, let f): if case .function = heap[f].payload { return f }; return nil
        default: return nil
        }
    }

    /// `M(name, bases, namespace, **kw)` for a program metaclass `M` (a class statement whose
    /// metaclass is `M` does the same): `type.__call__` runs `M.__new__` (or `type.__new__`),
    /// then, when that made an instance of `M`, `M.__init__`.
    func callMetaclass(_ meta: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        let made: ObjID
        if let new = mroLookup(meta, "__new__").flatMap(plainFunction) {
            made = try call(new, [meta] + args, kwargs, site: site, frame: frame)
        } else {
            made = try typeNew(metaclass: meta, args, kwargs, site: site, frame: frame)
        }
        if case .classObject = heap[made].payload, let m = classMetaclass[made], mro(m).contains(meta),
           let initializer = mroLookup(meta, "__init__").flatMap(plainFunction) {
            _ = try call(initializer, [made] + args, kwargs, site: site, frame: frame)
        }
        return made
    }

    /// `type.__new__(metaclass, name, bases, namespace, **kw)` (and `type(name, bases, namespace)`):
    /// a class of that metaclass (nil: `type`) with the namespace's items as attributes. When the
    /// bases' metaclass is more derived and its own `__new__` is Python code, CPython hands the
    /// call to it, as here.
    func typeNew(metaclass: ObjID?, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        guard args.count == 3, case .tuple(let bases) = heap[args[1]].payload, case .dict(let ns, _) = heap[args[2]].payload else {
            escape("`type.__new__()`", args + kwargs.map(\.1), site: site)
            return opaque("type", site: site)
        }
        let choice = metaclassChoice(explicit: metaclass, bases: bases)
        if case .program(let w) = choice, w != metaclass {
            return try callMetaclass(w, args, kwargs, site: site, frame: frame)
        }
        let name = heap[args[0]].constant
        // (A name the model does not know is the class's `__name__` all the same.)
        var attrs: [(String, ObjID)] = name == nil ? [("__name__", args[0]), ("__qualname__", args[0])] : []
        var known = true
        for (k, v) in zip(ns.keys, ns.values) {
            guard let n = heap[k].constant else { known = false; continue }
            attrs.append((n, v))
        }
        let classBases = bases.filter { if case .classObject = heap[$0].payload { return true } else { return false } }
        var cls: ObjID
        if let placeholder = pendingClassBodies.removeValue(forKey: args[2]),
           case .classObject(let st) = heap[placeholder].payload, st.bases == classBases {
            // The class statement's own object (its methods' `super()` finds it).
            cls = placeholder
        } else {
            cls = heap.allocate("type", .classObject(ClassState(name: name ?? "<class made by type()>", def: nil, bases: classBases, attrs: [], opaqueBase: false)), origin: site)
        }
        var program: ObjID?
        if case .program(let m) = choice { program = m }
        try finishClass(cls, bases: bases, attrs: attrs, keywords: kwargs, opaque: !known || choice == .unknown,
                        runsSubclassHook: choice != .unknown, metaclass: program, site: site, frame: frame)
        return cls
    }

    /// The methods of `type` a metaclass reaches through `super()` (or `type.m(...)`): `__new__`
    /// makes the class, `__init__` does nothing more, `__call__` makes an instance as a class
    /// with no metaclass `__call__` does.
    func typeMethod(_ method: String, _ r: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        switch method {
        case "__new__":
            return try typeNew(metaclass: isMetaclass(r) ? r : nil, args, kwargs, site: site, frame: frame)
        case "__init__":
            return none
        case "__call__":
            guard case .classObject = heap[r].payload else { return opaque(site: site) }
            return try instantiatePlain(r, args, kwargs, site: site, frame: frame)
        case "__setattr__" where args.count == 2:
            if let attr = heap[args[0]].constant { try setAttribute(r, attr, args[1], site: site, frame: frame, viaObject: true) }
            return none
        case "__getattribute__", "__getattr__":
            guard args.count == 1, let attr = heap[args[0]].constant else { return opaque(site: site) }
            return try getAttribute(r, attr, site: site, frame: frame)
        case "__prepare__":
            return newDict(site: site)
        case "mro":
            return heap.allocate("list", .list(mro(r)), origin: site)
        default:
            // (`type`'s other methods are C code that keeps nothing it is given.)
            return opaque(site: site)
        }
    }

    /// An attribute a class does not have, found on its metaclass: a method bound to the class
    /// (`Command.registered()` of `CommandMeta.registered(cls)`), a property's value.
    func metaclassAttribute(_ cls: ObjID, _ name: String, site: Int, frame: Frame) throws -> ObjID? {
        guard let m = classMetaclass[cls], let v = mroLookup(m, name) else { return nil }
        switch heap[v].payload {
        case .descriptor(.property, let fn): return try call(fn, [cls], [], site: site, frame: frame)
        case .descriptor(.staticmethod, let fn): return fn
        case .descriptor(.classmethod, let fn): return heap.allocate("method", .boundMethod(selfObject: m, function: fn), origin: site)
        case .function, .cacheWrapper: return heap.allocate("method", .boundMethod(selfObject: cls, function: v), origin: site)
        default: return v
        }
    }

    /// `super()` in a metaclass's method: `r` is the metaclass (in `__new__`) or a class it made
    /// (in `__init__`, `__call__` and the rest). The lookup continues along the metaclass's MRO,
    /// then reaches `type`.
    func metaclassSuperAttribute(_ r: ObjID, start: ObjID, _ name: String, site: Int) throws -> ObjID {
        let owner = mro(r).contains(start) ? r : (classMetaclass[r] ?? start)
        if let v = mroLookup(owner, name, after: start) {
            return name == "__new__" ? v : try bindIfFunction(v, to: r, site: site)
        }
        if name == "__new__" { return native(.unbound(type: "type", method: "__new__"), nil) }
        return native(.method(type: "type", name: name), r)
    }

    /// The class statement's work after its body ran (and what `type.__new__` does with a
    /// namespace): the attributes, the bases the model has only as names, the enumeration
    /// members, `__set_name__` of descriptors, then the nearest base's `__init_subclass__`
    /// with the keywords.
    func finishClass(_ cls: ObjID, bases: [ObjID], attrs: [(String, ObjID)], keywords: [(String, ObjID)], opaque: Bool,
                     runsSubclassHook: Bool, metaclass: ObjID?, site: Int, frame: Frame) throws {
        guard case .classObject(let placeholder) = heap[cls].payload else { return }
        var opaqueBase = opaque
        for b in bases {
            if case .classObject = heap[b].payload { continue }
            if isTypeRoot(b) { continue }
            if case .external(let q) = heap[b].payload, q == "object" || q.hasSuffix(".ABC") || q == "abc.ABC"
                || q == "typing.NamedTuple" || q == "NamedTuple" || q == "typing.Generic" || q.hasPrefix("typing.Generic") { continue }
            if b == builtins["object"] { continue }
            opaqueBase = true
        }
        // Keywords go to the bases' `__init_subclass__`, which the model runs when a base defines
        // it in Python (else `object.__init_subclass__` raises TypeError, or a base it cannot see
        // takes them).
        let subclassHook = bases.lazy.compactMap { self.mroLookup($0, "__init_subclass__") }.first
        if !keywords.isEmpty && subclassHook == nil { opaqueBase = true }
        var final = ClassState(name: placeholder.name, def: placeholder.def, bases: placeholder.bases, attrs: [], opaqueBase: opaqueBase)
        for (name, var value) in attrs {
            // `__init_subclass__` and `__class_getitem__` are implicit classmethods (string.py
            // calls `Template.__init_subclass__()` itself, to compile `Template.pattern`).
            if name == "__init_subclass__" || name == "__class_getitem__", case .function = heap[value].payload {
                value = heap.allocate("classmethod", .descriptor(kind: .classmethod, function: value), origin: site)
            }
            final.setAttr(name, value)
        }
        heap.objects[cls].payload = .classObject(final)
        if let key = placeholder.def { classObjects[key] = cls }
        if let metaclass { classMetaclass[cls] = metaclass }
        if bases.contains(where: isTypeRoot) { metaclassRoots.insert(cls) }
        let named = bases.compactMap { b -> String? in
            switch heap[b].payload {
            case .external(let q): return q
            // (A builtin container as base, `class HDUList(list, _Verify)`: named as CPython names it.)
            case .native(.builtin(let t), nil) where Interpreter.builtinKinds[t] != nil: return "builtins." + t
            default: return nil
            }
        }
        if !named.isEmpty { externalBases[cls] = named }
        // A typing.NamedTuple class gets its constructor from its annotated fields, like a dataclass.
        if bases.contains(where: { if case .external(let q) = heap[$0].payload { return q.hasSuffix("NamedTuple") } else { return false } }) {
            dataclasses.insert(cls)
        }
        if isEnumClass(cls), let key = placeholder.def, let def = classDef(key) {
            // `class Level(Enum): DEBUG = 10`: `Level.DEBUG` is a member whose `.value` is 10, not
            // the int (reading `.value` off the int raised AttributeError, ending the path).
            var members: [ObjID] = []
            for name in Self.assignedNames(def.body) {
                guard Self.isEnumMemberName(name), let value = final.attr(name) else { continue }
                switch heap[value].payload {
                case .function, .descriptor, .classObject, .boundMethod: continue
                default: break
                }
                let n = makeStr(name, site: site)
                let member = heap.allocate(final.name, .instance(cls: cls, attrs: ["_value_": value, "value": value, "_name_": n, "name": n]), origin: site)
                final.setAttr(name, member)
                members.append(member)
            }
            heap.objects[cls].payload = .classObject(final)
            enumMembers[cls] = members
        }
        classAttributesChanged()
        // type.__new__ calls __set_name__(owner, name) on attributes that define it (descriptors).
        for (name, value) in final.attrs {
            if case .instance(let vcls, _) = heap[value].payload, let setName = mroLookup(vcls, "__set_name__") {
                do {
                    _ = try call(try bindIfFunction(setName, to: value, site: site), [cls, makeStr(name, site: site)], [], site: site, frame: frame)
                } catch Signal.raise {}
            }
        }
        if final.attr("__del__") != nil || bases.contains(where: { classHasFinalizer($0) }) {
            finalizerClasses.insert(cls)
        }
        // type.__new__ then calls the nearest base's __init_subclass__ (an implicit classmethod)
        // with the class statement's keywords.
        if runsSubclassHook, let hook = mroLookup(cls, "__init_subclass__", after: cls) {
            var fn = hook
            if case .descriptor(.classmethod, let f) = heap[hook].payload { fn = f }
            if case .function = heap[fn].payload {
                _ = try call(fn, [cls], keywords, site: site, frame: frame)
            }
        }
    }
}
