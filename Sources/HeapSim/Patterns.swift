import PythonModel

/// `match` statements as PEP 634 runs them: each case's pattern is tried against the subject in
/// order; a pattern the model can decide (a literal against a known value, a mapping pattern
/// against a known dict, a class pattern against an instance of a known class) matches or not as
/// CPython would; one it cannot is an undecided choice left to the branch policy.
extension Interpreter {
    func execMatch(_ subject: Expr, _ cases: [MatchCase], site: Int, _ frame: Frame) throws -> Completion {
        let value = try eval(subject, frame)
        for c in cases {
            var binds: [(String, ObjID)] = []
            let matched: Bool
            if let decided = try match(c.pattern, value, &binds, site: site, frame: frame) {
                matched = decided
            } else {
                matched = try truth(heap.allocate("bool", .atom, origin: site), site: c.body.first?.range.lowerBound ?? site)
                if matched {
                    // Taken on an undecided match: names it binds hold unknown values (or what was seen).
                    let seen = Dictionary(binds, uniquingKeysWith: { first, _ in first })
                    binds = c.bindings.map { ($0, seen[$0] ?? opaque(derivedType(value), site: site)) }
                }
            }
            guard matched else { continue }
            for (name, v) in binds { store(name, v, frame) }
            if let g = c.guardExpr, !(try truth(try eval(g, frame), site: g.range.lowerBound)) { continue }
            return try execBlock(c.body, frame)
        }
        return .normal
    }

    /// Whether `pattern` matches `subject`: nil when the model cannot tell. Names bound on the way
    /// are appended to `binds` (meaningful when the result is true).
    func match(_ pattern: Pattern, _ subject: ObjID, _ binds: inout [(String, ObjID)], site: Int, frame: Frame) throws -> Bool? {
        switch pattern {
        case .wildcard, .star(nil):
            return true
        case .capture(let name), .star(let name?):
            binds.append((name, subject))
            return true
        case .capturing(let inner, let name):
            let r = try match(inner, subject, &binds, site: site, frame: frame)
            binds.append((name, subject))
            return r
        case .value(let e):
            return try matchValue(try eval(e, frame), subject, site: site, frame: frame)
        case .or(let alternatives):
            var unknown = false
            for alt in alternatives {
                var local: [(String, ObjID)] = []
                switch try match(alt, subject, &local, site: site, frame: frame) {
                case true?:
                    binds += local
                    return unknown ? nil : true
                case nil: unknown = true; binds += local
                case false?: break
                }
            }
            return unknown ? nil : false
        case .sequence(let items):
            return try matchSequence(items, subject, &binds, site: site, frame: frame)
        case .mapping(let keys, let values, let rest):
            return try matchMapping(keys, values, rest, subject, &binds, site: site, frame: frame)
        case .classPattern(let clsExpr, let positional, let keywords):
            let cls = try eval(clsExpr, frame)
            guard let isInstance = isInstance(subject, cls) else { return nil }
            guard isInstance else { return false }
            var unknown = false
            var attributeNames: [String] = []
            if !positional.isEmpty {
                if case .native(.builtin(let name), nil) = heap[cls].payload, Self.selfMatchingTypes.contains(name) {
                    // `str(x)`, `int(n)`: one positional pattern matches the subject itself.
                    guard positional.count == 1 else { return nil }
                    switch try match(positional[0], subject, &binds, site: site, frame: frame) {
                    case false?: return false
                    case nil: unknown = true
                    case true?: break
                    }
                } else {
                    guard case .classObject = heap[cls].payload, let args = mroLookup(cls, "__match_args__"),
                          case .tuple(let names) = heap[args].payload,
                          names.count >= positional.count else { return nil }
                    for n in names.prefix(positional.count) {
                        guard let s = heap[n].constant else { return nil }
                        attributeNames.append(s)
                    }
                }
            }
            let attributePatterns = zip(attributeNames, positional).map { ($0, $1) } + keywords.map { ($0.name, $0.pattern) }
            for (name, p) in attributePatterns {
                let v: ObjID
                do { v = try getAttribute(subject, name, site: site, frame: frame) } catch Signal.raise { return nil }
                switch try match(p, v, &binds, site: site, frame: frame) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case .unknown:
            return nil
        }
    }

    /// Builtin types whose class pattern takes one positional pattern for the subject itself.
    static let selfMatchingTypes: Set<String> = [
        "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple",
    ]

    private func isContainer(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        case .list, .tuple, .dict, .set, .deque: return true
        default: return false
        }
    }

    /// A literal or value pattern: `is` for None, True and False, `==` otherwise.
    private func matchValue(_ v: ObjID, _ subject: ObjID, site: Int, frame: Frame) throws -> Bool? {
        if v == none || v == trueObject || v == falseObject {
            if subject == v { return true }
            if isKnownIdentity(subject) || heap[subject].constant != nil { return false }
            return nil
        }
        if heap[v].constant != nil, isContainer(subject) { return false }
        return decidedTruth(try compare(.eq, subject, v, site: site, frame: frame))
    }

    private func matchSequence(_ items: [Pattern], _ subject: ObjID, _ binds: inout [(String, ObjID)],
                               site: Int, frame: Frame) throws -> Bool? {
        let elements: [ObjID]
        switch heap[subject].payload {
        case .list(let a), .tuple(let a), .deque(let a, _): elements = a
        case .dict, .set: return false
        case .atom:
            // str, bytes and bytearray are not sequences to `match`; numbers and None are not either.
            return heap[subject].constant != nil || ["str", "bytes", "int", "float", "bool", "NoneType"].contains(typeName(subject)) ? false : nil
        case .function, .classObject, .boundMethod, .module: return false
        default: return nil
        }
        let star = items.firstIndex { if case .star = $0 { return true } else { return false } }
        if let star {
            guard elements.count >= items.count - 1 else { return false }
            let after = items.count - star - 1
            var unknown = false
            for (i, p) in items.prefix(star).enumerated() {
                switch try match(p, elements[i], &binds, site: site, frame: frame) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            for (j, p) in items.suffix(after).enumerated() {
                switch try match(p, elements[elements.count - after + j], &binds, site: site, frame: frame) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            if case .star(let name?) = items[star] {
                binds.append((name, newList(Array(elements[star..<(elements.count - after)]), site: site)))
            }
            return unknown ? nil : true
        }
        guard elements.count == items.count else { return false }
        var unknown = false
        for (p, e) in zip(items, elements) {
            switch try match(p, e, &binds, site: site, frame: frame) {
            case false?: return false
            case nil: unknown = true
            case true?: break
            }
        }
        return unknown ? nil : true
    }

    private func matchMapping(_ keys: [Expr], _ values: [Pattern], _ rest: String?, _ subject: ObjID,
                              _ binds: inout [(String, ObjID)], site: Int, frame: Frame) throws -> Bool? {
        guard case .dict(let store, _) = heap[subject].payload else {
            switch heap[subject].payload {
            case .list, .tuple, .set, .deque, .function, .classObject, .boundMethod, .module: return false
            case .atom where heap[subject].constant != nil || subject == none: return false
            default: return nil
            }
        }
        // Keys the model does not know (an outside caller's `**kwargs`, unknown values) may be any key.
        let exact = store.keys.allSatisfy { k in
            (heap[k].constant != nil || isKnownIdentity(k)) && !callerKeywordNames.contains(k) && !unknownValues.contains(k)
        }
        var unknown = false
        var used = Set<Int>()
        for (keyExpr, p) in zip(keys, values) {
            let key = try eval(keyExpr, frame)
            guard let i = store.position(of: heap.valueKey(key)) else {
                if exact && heap[key].constant != nil { return false }
                return nil
            }
            used.insert(i)
            switch try match(p, store.values[i], &binds, site: site, frame: frame) {
            case false?: return false
            case nil: unknown = true
            case true?: break
            }
        }
        if let rest {
            let d = newDict(site: site)
            withStore(d) { s in
                for (i, (k, v)) in zip(store.keys, store.values).enumerated() where !used.contains(i) { s.set(k, heap.valueKey(k), v) }
            }
            binds.append((rest, d))
        }
        return unknown ? nil : true
    }
}
