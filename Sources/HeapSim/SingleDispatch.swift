import PythonModel

/// `functools.singledispatch`: a generic function that calls the implementation registered for
/// the type of its first argument (the most specific one along that type's MRO), else the
/// function it decorated. The dispatcher is a callable whose state is a tuple `(function,
/// registry)`, the registry a list of `(class, implementation)` pairs in registration order.
/// Where the model cannot tell whether the argument is an instance of a registered class (a value
/// of unknown type, a class it does not see), each such implementation is one way of a choice the
/// model makes without knowledge, so no verdict rests on the dispatch it guessed.
extension Interpreter {
    static let singleDispatchType = "functools.singledispatch"
    static let singleDispatchRegisterType = "functools.singledispatch.register"

    func makeSingleDispatch(_ function: ObjID, site: Int) -> ObjID {
        let registry = newList([], site: site)
        let state = heap.allocate(Self.singleDispatchType, .tuple([function, registry]), origin: site)
        return native(.method(type: Self.singleDispatchType, name: "__call__"), state)
    }

    /// `dispatcher.register`, `.registry`, `.dispatch`, and the decorated function's names.
    func singleDispatchAttribute(_ state: ObjID, _ name: String, site: Int, frame: Frame) throws -> ObjID {
        guard case .tuple(let parts) = heap[state].payload, parts.count == 2 else { return opaque(site: site) }
        switch name {
        case "register", "dispatch": return native(.method(type: Self.singleDispatchType, name: name), state)
        case "registry": return parts[1]
        case "__wrapped__": return parts[0]
        default: return try getAttribute(parts[0], name, site: site, frame: frame)
        }
    }

    func singleDispatchMethod(_ method: String, _ r: ObjID, _ parts: [ObjID], _ args: [ObjID], _ kwargs: [(String, ObjID)],
                              site: Int, frame: Frame) throws -> ObjID {
        if typeName(r) == Self.singleDispatchRegisterType {
            // `@dispatcher.register(cls)`: the decorator it returned, given the implementation.
            guard parts.count == 2, let f = args.first else { throw Signal.raise(try makeException("TypeError", site: site)) }
            try register(parts[0], parts[1], f, site: site)
            return f
        }
        guard parts.count == 2 else { return opaque(site: site) }
        switch method {
        case "__call__":
            return try singleDispatchCall(parts, args, kwargs, site: site, frame: frame)
        case "register":
            let cls = args.first ?? kwargs.first(where: { $0.0 == "cls" })?.1
            let fn = args.count > 1 ? args[1] : kwargs.first(where: { $0.0 == "func" })?.1
            guard let cls else { throw Signal.raise(try makeException("TypeError", site: site)) }
            if let fn {
                try register(r, cls, fn, site: site)
                return fn
            }
            if case .function(let st) = heap[cls].payload {
                // `@dispatcher.register` on a function whose first parameter is annotated.
                try register(r, try firstAnnotation(st, site: site), cls, site: site)
                return cls
            }
            let pending = heap.allocate(Self.singleDispatchRegisterType, .tuple([r, cls]), origin: site)
            return native(.method(type: Self.singleDispatchRegisterType, name: "__call__"), pending)
        default:
            let all = args + kwargs.map(\.1)
            escape("`functools.singledispatch.\(method)()`", all, site: site)
            return opaque(site: site)
        }
    }

    private func register(_ state: ObjID, _ cls: ObjID, _ impl: ObjID, site: Int) throws {
        guard case .tuple(let parts) = heap[state].payload, parts.count == 2, case .list(var items) = heap[parts[1]].payload else { return }
        items.append(heap.allocate("tuple", .tuple([cls, impl]), origin: site))
        heap.objects[parts[1]].payload = .list(items)
    }

    /// The class the first parameter's annotation names, evaluated in the function's module (an
    /// unknown value for a string annotation or one the model cannot evaluate).
    private func firstAnnotation(_ st: FunctionState, site: Int) throws -> ObjID {
        guard let def = functionDef(st.def), let p = def.parameters.first else {
            throw Signal.raise(try makeException("TypeError", site: site))
        }
        guard let annotation = p.annotation else { throw Signal.raise(try makeException("TypeError", site: site)) }
        if case .constant(.string) = annotation.kind { return opaque(site: site) }
        let u = ModuleKey.unit(st.def)
        let m = u == 0 ? module : (u < units.count ? units[u].module : module)
        let frame = Frame(scope: m.scope, function: nil, moduleObject: st.globals, back: nil)
        frame.unit = u
        do { return try eval(annotation, frame) } catch Signal.raise { return opaque(site: site) }
    }

    /// How a registered class matches a value: not at all, surely (the smaller the rank, the more
    /// specific), or not known to the model.
    private enum DispatchMatch { case no, yes(Int), unknown }

    private func dispatchMatch(_ x: ObjID, _ cls: ObjID) -> DispatchMatch {
        switch heap[cls].payload {
        case .classObject:
            if case .instance(let c, _) = heap[x].payload {
                if let i = mro(c).firstIndex(of: cls) { return .yes(i) }
                return classHasOpaqueBase(c) ? .unknown : .no
            }
        case .native(.builtin(let name), nil):
            if name == "object" { return .yes(Int.max - 1) }
            switch isInstance(x, cls) {
            case true?: return .yes(typeName(x) == name ? 0 : 1)
            case false?: return .no
            case nil: return .unknown
            }
        case .external(let q):
            if let rank = Self.numbersRank(q) {
                switch isInstance(x, cls) {
                case true?: return .yes(rank)
                case false?: return .no
                case nil: return .unknown
                }
            }
        default: break
        }
        switch isInstance(x, cls) {
        case true?: return .yes(1)
        case false?: return .no
        case nil: return .unknown
        }
    }

    /// The place of a `numbers` ABC in the numeric tower, above the concrete types.
    static func numbersRank(_ q: String) -> Int? {
        ["numbers.Integral": 2, "numbers.Rational": 3, "numbers.Real": 4, "numbers.Complex": 5, "numbers.Number": 6][q]
    }

    private func singleDispatchCall(_ parts: [ObjID], _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        guard let x = args.first else { throw Signal.raise(try makeException("TypeError", site: site)) }
        var entries: [(ObjID, ObjID)] = []
        if case .list(let items) = heap[parts[1]].payload {
            for t in items { if case .tuple(let kv) = heap[t].payload, kv.count == 2 { entries.append((kv[0], kv[1])) } }
        }
        // (A later registration for the same class replaces the earlier one.)
        var seen = Set<ObjID>()
        var best: (rank: Int, impl: ObjID) = (Int.max, parts[0])
        var unknown: [(ObjID, ObjID)] = []
        for (cls, impl) in entries.reversed() where seen.insert(cls).inserted {
            switch dispatchMatch(x, cls) {
            case .yes(let rank) where rank < best.rank: best = (rank, impl)
            case .unknown: unknown.append((cls, impl))
            default: break
            }
        }
        for (_, impl) in unknown.reversed() where policyDecision(site: site) {
            return try call(impl, args, kwargs, site: site, frame: frame)
        }
        return try call(best.impl, args, kwargs, site: site, frame: frame)
    }
}
