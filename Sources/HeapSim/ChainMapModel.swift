import PythonModel

/// `collections.ChainMap(*maps)`, as CPython's pure-Python class behaves: lookups search the maps
/// in order, writes and deletions go to the first map, iteration and length see the union of the
/// keys. The chain is an opaque object of type "ChainMap" that holds one list, its `maps`; the
/// maps themselves are the objects it was given (not copies), so what a write does to them is
/// what the model of each map does.
extension Interpreter {
    static let chainMapType = "ChainMap"

    /// A new chain over `maps` (kept by reference, in order).
    func makeChainMap(_ maps: [ObjID], site: Int) -> ObjID {
        let list = newList(maps, site: site)
        return heap.allocate(Self.chainMapType, .opaque(held: [list]), origin: site)
    }

    /// The list object of a chain's `maps`, when `obj` is a chain the model made.
    func chainMapList(_ obj: ObjID) -> ObjID? {
        guard heap[obj].typeName == Self.chainMapType, case .opaque(let held) = heap[obj].payload, held.count == 1,
              case .list = heap[held[0]].payload else { return nil }
        return held[0]
    }

    /// The maps of a chain, in lookup order.
    func chainMaps(_ obj: ObjID) -> [ObjID]? {
        guard let l = chainMapList(obj), case .list(let maps) = heap[l].payload else { return nil }
        return maps
    }

    /// `chain[key]`: the first map that has the key answers. Where the model cannot tell whether
    /// a map has it, which way it goes is an undecided choice. KeyError when none has it.
    func chainMapLookup(_ maps: [ObjID], _ key: ObjID, site: Int, frame: Frame) throws -> ObjID {
        for m in maps {
            let has: Bool
            // CPython tries `mapping[key]` on each map (not `key in mapping`): a `defaultdict` answers
            // for a key it lacks, and stores it.
            if case .dict(_, let factory?) = heap[m].payload, factory != none {
                return try getItem(m, key, site: site, frame: frame)
            }
            if case .instance(let cls, _) = heap[m].payload, mroLookup(cls, "__missing__") != nil || mroLookup(cls, "__getitem__") != nil {
                // (A dict subclass's `__missing__` answers for a key it lacks, and may store it.)
                do { return try getItem(m, key, site: site, frame: frame) } catch Signal.raise(let e) {
                    guard isKeyError(e) else { throw Signal.raise(e) }
                    continue
                }
            }
            if let known = membership(key, in: m) {
                has = known
            } else if case .instance(let cls, _) = heap[m].payload, mroLookup(cls, "__contains__") != nil || mroLookup(cls, "__getitem__") != nil {
                // A mapping class of the program: its own `__getitem__` decides (KeyError: not there).
                do { return try getItem(m, key, site: site, frame: frame) } catch Signal.raise(let e) {
                    guard isKeyError(e) else { throw Signal.raise(e) }
                    continue
                }
            } else {
                has = try truth(heap.allocate("bool", .atom, origin: site), site: site)
            }
            if has { return try getItem(m, key, site: site, frame: frame) }
        }
        throw Signal.raise(try makeException("KeyError", site: site))
    }

    func isKeyError(_ e: ObjID) -> Bool {
        guard case .exception(let c?, _, _, _) = heap[e].payload, let k = exceptionClasses["KeyError"] else { return false }
        return mro(c).contains(k)
    }

    /// The union of the chain's keys, later maps first (CPython's `__iter__` builds the same dict),
    /// each key with the value a lookup finds.
    func chainMapMerged(_ maps: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        let d = newDict(site: site)
        for m in maps.reversed() { try updateDict(d, m, site: site, frame: frame) }
        return d
    }

    /// `key in chain`: in any of its maps (nil when the model cannot tell for one that decides it).
    func chainMapMembership(_ maps: [ObjID], _ key: ObjID) -> Bool? {
        var unknown = false
        for m in maps {
            switch membership(key, in: m) {
            case true?: return true
            case false?: continue
            case nil: unknown = true
            }
        }
        return unknown ? nil : false
    }

    /// Attributes of a chain: `maps` (the list itself), `parents` (a new chain of all but the first).
    func chainMapAttribute(_ chain: ObjID, _ name: String, site: Int) -> ObjID? {
        guard let list = chainMapList(chain), case .list(let maps) = heap[list].payload else { return nil }
        switch name {
        case "maps": return list
        case "parents": return makeChainMap(Array(maps.dropFirst()), site: site)
        default: return native(.method(type: Self.chainMapType, name: name), chain)
        }
    }

    /// The methods of a chain.
    func chainMapMethod(_ method: String, _ chain: ObjID, _ maps: [ObjID], _ args: [ObjID], _ kwargs: [(String, ObjID)],
                        site: Int, frame: Frame) throws -> ObjID {
        func onFirst() throws -> ObjID {
            // Writes, deletions and `clear` act on the first map only.
            guard let first = maps.first else { throw Signal.raise(try makeException("KeyError", site: site)) }
            return try call(try getAttribute(first, method, site: site, frame: frame), args, kwargs, site: site, frame: frame)
        }
        switch method {
        case "__getitem__":
            guard let k = args.first else { return opaque(site: site) }
            return try chainMapLookup(maps, k, site: site, frame: frame)
        case "get":
            // `self[key] if key in self else default`: a defaultdict among the maps is asked only
            // for a key some map has.
            guard let k = args.first else { return opaque(site: site) }
            let present: Bool
            switch chainMapMembership(maps, k) {
            case let known?: present = known
            case nil: present = try truth(heap.allocate("bool", .atom, origin: site), site: site)
            }
            guard present else { return args.count > 1 ? args[1] : none }
            do { return try chainMapLookup(maps, k, site: site, frame: frame) } catch Signal.raise(let e) {
                guard isKeyError(e) else { throw Signal.raise(e) }
                return args.count > 1 ? args[1] : none
            }
        case "__contains__":
            guard let k = args.first else { return opaque(site: site) }
            switch chainMapMembership(maps, k) {
            case true?: return trueObject
            case false?: return falseObject
            case nil: return heap.allocate("bool", .atom, origin: site)
            }
        case "keys", "values", "items", "__iter__", "__len__":
            let merged = try chainMapMerged(maps, site: site, frame: frame)
            return try call(try getAttribute(merged, method, site: site, frame: frame), args, kwargs, site: site, frame: frame)
        case "copy", "__copy__":
            // A shallow copy of the first map, the others shared.
            guard let first = maps.first else { return makeChainMap([], site: site) }
            let copied = try call(try getAttribute(first, "copy", site: site, frame: frame), [], [], site: site, frame: frame)
            return makeChainMap([copied] + maps.dropFirst(), site: site)
        case "new_child":
            // CPython 3.10+: `m` is None → the keywords make the new first map; else they update `m`.
            let given = (args.first ?? kwarg(kwargs, "m")).flatMap { $0 == none ? nil : $0 }
            let extra = kwargs.filter { $0.0 != "m" }
            let child = given ?? newDict(site: site)
            for (k, v) in extra { try setItem(child, makeStr(k, site: site), v, site: site, frame: frame) }
            return makeChainMap([child] + maps, site: site)
        case "setdefault":
            // MutableMapping's: a lookup through every map; only a key none has is written (first map).
            guard let k = args.first else { return opaque(site: site) }
            do { return try chainMapLookup(maps, k, site: site, frame: frame) } catch Signal.raise(let e) {
                guard isKeyError(e), let first = maps.first else { throw Signal.raise(e) }
                let v = args.count > 1 ? args[1] : none
                try setItem(first, k, v, site: site, frame: frame)
                return v
            }
        case "__setitem__", "__delitem__", "pop", "popitem", "clear", "update":
            return try onFirst()
        default:
            escape("`ChainMap.\(method)()`", [chain] + args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
    }
}
