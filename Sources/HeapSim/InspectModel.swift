import PythonModel

/// `inspect.signature` over functions the model has. A Signature's `parameters` map names to
/// Parameter objects whose `.default` is the default object itself (not a copy), so code that
/// binds and applies defaults (`sig.bind(*a, **k).apply_defaults()`) and then stores into
/// `bound.arguments[name]` grows the default, as in CPython; code that only reads them does not.
extension Interpreter {
    /// The marker of a parameter without a default (`inspect.Parameter.empty`).
    var signatureEmpty: ObjID { external("inspect.Parameter.empty") }

    /// A class the model synthesises for `inspect`'s objects: attributes it does not set are
    /// unknown (its other methods are unknown code).
    func inspectClass(_ name: String) -> ObjID {
        let key = "inspect." + name + ".class"
        if let c = externals[key] { return c }
        let c = heap.allocate("type", .classObject(ClassState(name: name, def: nil, bases: [], attrs: [], opaqueBase: true)))
        externals[key] = c
        return c
    }

    /// A method of one of those objects, bound to it: a partial of the library name.
    func inspectMethod(_ q: String, on receiver: ObjID, site: Int) -> ObjID {
        heap.allocate("method", .partial(function: external(q), args: [receiver]), origin: site)
    }

    /// `inspect.signature(f)`: nil when `f` is not a function (or bound method) the model has.
    func makeSignature(_ f: ObjID, site: Int) -> ObjID? {
        var fn = f, skipFirst = false
        if case .boundMethod(_, let inner) = heap[f].payload { fn = inner; skipFirst = true }
        // (It follows `__wrapped__`, as `functools.wraps` sets it: the signature of what is wrapped.)
        for _ in 0..<8 {
            guard case .function(let w) = heap[fn].payload, let inner = w.attrs["__wrapped__"], inner != fn else { break }
            fn = inner
        }
        guard case .function(let st) = heap[fn].payload, let def = functionDef(st.def) else { return nil }
        let params = newDict(site: site)
        var positionalIndex = 0
        for (i, p) in def.parameters.enumerated() {
            var dflt: ObjID?
            switch p.kind {
            case .positionalOnly, .positional:
                if positionalIndex < st.defaults.count { dflt = st.defaults[positionalIndex] }
                positionalIndex += 1
            case .keywordOnly:
                dflt = st.kwdefaults.first { $0.0 == p.name }?.1
            case .varPositional, .varKeyword:
                break
            }
            if skipFirst && i == 0 { continue }
            let name = makeStr(p.name, site: site)
            let param = heap.allocate("Parameter", .instance(cls: inspectClass("Parameter"), attrs: [
                "name": name, "default": dflt ?? signatureEmpty, "kind": makeStr(p.kind.rawValue, site: site),
                "annotation": opaque(site: site),
            ]), origin: site)
            withStore(params) { $0.set(name, heap.valueKey(name), param) }
        }
        let sig = heap.allocate("Signature", .instance(cls: inspectClass("Signature"), attrs: [:]), origin: site)
        setInstanceAttr(sig, "parameters", params)
        setInstanceAttr(sig, "return_annotation", opaque(site: site))
        setInstanceAttr(sig, "bind", inspectMethod("inspect.Signature.bind", on: sig, site: site))
        setInstanceAttr(sig, "bind_partial", inspectMethod("inspect.Signature.bind_partial", on: sig, site: site))
        return sig
    }

    /// `inspect.getfullargspec(f)`: a FullArgSpec named tuple (args, varargs, varkw, defaults,
    /// kwonlyargs, kwonlydefaults, annotations). As in CPython it does not follow `__wrapped__`,
    /// and a bound method's first parameter stays in `args`. `defaults` is a new tuple of the
    /// default objects themselves (None when there are none); `kwonlydefaults` a new dict of them.
    /// nil when `f` is not a function (or bound method) the model has.
    func makeFullArgSpec(_ f: ObjID, site: Int) -> ObjID? {
        var fn = f
        if case .boundMethod(_, let inner) = heap[f].payload { fn = inner }
        guard case .function(let st) = heap[fn].payload, let def = functionDef(st.def) else { return nil }
        var args: [ObjID] = [], kwonly: [ObjID] = []
        var varargs = none, varkw = none
        for p in def.parameters {
            switch p.kind {
            case .positionalOnly, .positional: args.append(makeStr(p.name, site: site))
            case .keywordOnly: kwonly.append(makeStr(p.name, site: site))
            case .varPositional: varargs = makeStr(p.name, site: site)
            case .varKeyword: varkw = makeStr(p.name, site: site)
            }
        }
        let positionalDefaults = st.defaults.compactMap { $0 }
        let defaults = positionalDefaults.isEmpty ? none : heap.allocate("tuple", .tuple(positionalDefaults), origin: site)
        var kwonlyDefaults = none
        if !st.kwdefaults.isEmpty {
            kwonlyDefaults = newDict(site: site)
            for (k, v) in st.kwdefaults {
                let key = makeStr(k, site: site)
                withStore(kwonlyDefaults) { $0.set(key, heap.valueKey(key), v) }
            }
        }
        let spec = heap.allocate("tuple", .tuple([newList(args, site: site), varargs, varkw, defaults,
                                                  newList(kwonly, site: site), kwonlyDefaults, opaque(site: site)]), origin: site)
        namedtupleFields[spec] = ["args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults", "annotations"]
        return spec
    }

    /// The parameters of a Signature the model made: (name object, Parameter, kind).
    func signatureParameters(_ sig: ObjID) -> [(name: ObjID, param: ObjID, kind: String)]? {
        guard case .instance(_, let attrs) = heap[sig].payload, let params = attrs["parameters"],
              case .dict(let s, _) = heap[params].payload else { return nil }
        var out: [(ObjID, ObjID, String)] = []
        for (k, v) in zip(s.keys, s.values) {
            guard case .instance(_, let pa) = heap[v].payload, let kind = pa["kind"].flatMap({ heap[$0].constant }) else { return nil }
            out.append((k, v, kind))
        }
        return out
    }

    /// `sig.bind(*args, **kwargs)` / `bind_partial`: BoundArguments whose `arguments` hold what
    /// the call passed, by parameter (TypeError where CPython raises it). nil when `sig` is not a
    /// Signature the model made.
    func bindSignature(_ sig: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)], partial: Bool, site: Int) throws -> ObjID? {
        guard let params = signatureParameters(sig) else { return nil }
        let arguments = newDict(site: site)
        var remaining = args[...]
        var kw = kwargs
        func put(_ name: ObjID, _ v: ObjID) { withStore(arguments) { $0.set(name, heap.valueKey(name), v) } }
        for (name, param, kind) in params {
            let text = heap[name].constant ?? ""
            switch kind {
            case "positionalOnly", "positional":
                if let v = remaining.first {
                    remaining = remaining.dropFirst()
                    put(name, v)
                } else if kind == "positional", let i = kw.firstIndex(where: { $0.0 == text }) {
                    put(name, kw.remove(at: i).1)
                } else if !partial, case .instance(_, let pa) = heap[param].payload, pa["default"] == signatureEmpty {
                    throw Signal.raise(try makeException("TypeError", site: site))
                }
            case "varPositional":
                if !remaining.isEmpty { put(name, heap.allocate("tuple", .tuple(Array(remaining)), origin: site)) }
                remaining = []
            case "keywordOnly":
                if let i = kw.firstIndex(where: { $0.0 == text }) {
                    put(name, kw.remove(at: i).1)
                } else if !partial, case .instance(_, let pa) = heap[param].payload, pa["default"] == signatureEmpty {
                    throw Signal.raise(try makeException("TypeError", site: site))
                }
            default:  // varKeyword
                if !kw.isEmpty {
                    let d = newDict(site: site)
                    for (k, v) in kw { let key = makeStr(k, site: site); withStore(d) { $0.set(key, heap.valueKey(key), v) } }
                    put(name, d)
                }
                kw = []
            }
        }
        if !remaining.isEmpty || !kw.isEmpty { throw Signal.raise(try makeException("TypeError", site: site)) }
        let ba = heap.allocate("BoundArguments", .instance(cls: inspectClass("BoundArguments"), attrs: [:]), origin: site)
        setInstanceAttr(ba, "arguments", arguments)
        setInstanceAttr(ba, "signature", sig)
        setInstanceAttr(ba, "_signature", sig)
        setInstanceAttr(ba, "apply_defaults", inspectMethod("inspect.BoundArguments.apply_defaults", on: ba, site: site))
        boundArgumentViews(ba, site: site)
        return ba
    }

    /// `ba.args` / `ba.kwargs`: CPython computes them from `arguments` on each read; the model
    /// sets them when `arguments` changes through the model (bind, apply_defaults).
    func boundArgumentViews(_ ba: ObjID, site: Int) {
        guard case .instance(_, let attrs) = heap[ba].payload, let arguments = attrs["arguments"],
              case .dict(let s, _) = heap[arguments].payload else { return }
        let values = s.values
        setInstanceAttr(ba, "args", heap.allocate("tuple", .tuple(values), origin: site))
        let kw = newDict(site: site)
        for (k, v) in zip(s.keys, values) { withStore(kw) { $0.set(k, heap.valueKey(k), v) } }
        setInstanceAttr(ba, "kwargs", kw)
    }

    /// `ba.apply_defaults()`: each parameter missing from `arguments` gets its default object
    /// (`()` / `{}` for `*args` / `**kwargs`).
    func applyDefaults(_ ba: ObjID, site: Int) {
        guard case .instance(_, let attrs) = heap[ba].payload, let sig = attrs["_signature"], let arguments = attrs["arguments"],
              case .dict(let s, _) = heap[arguments].payload, let params = signatureParameters(sig) else { return }
        for (name, param, kind) in params where s.position(of: heap.valueKey(name)) == nil {
            var value: ObjID?
            switch kind {
            case "varPositional": value = heap.allocate("tuple", .tuple([]), origin: site)
            case "varKeyword": value = newDict(site: site)
            default:
                if case .instance(_, let pa) = heap[param].payload, let d = pa["default"], d != signatureEmpty { value = d }
            }
            if let value { withStore(arguments) { $0.set(name, heap.valueKey(name), value) } }
        }
        boundArgumentViews(ba, site: site)
    }
}
