import PythonModel

/// Every builtin exception class with its first base, parents first (generated from CPython 3.11's builtins).
let builtinExceptionNames: [(String, String?)] = [
    ("BaseException", nil), ("BaseExceptionGroup", "BaseException"), ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"), ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"), ("AssertionError", "Exception"), ("AttributeError", "Exception"),
    ("BufferError", "Exception"), ("EOFError", "Exception"), ("ImportError", "Exception"),
    ("LookupError", "Exception"), ("MemoryError", "Exception"), ("NameError", "Exception"),
    ("OSError", "Exception"), ("OSError", "Exception"), ("OSError", "Exception"), ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"), ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"), ("SystemError", "Exception"), ("TypeError", "Exception"),
    ("ValueError", "Exception"), ("Warning", "Exception"), ("BlockingIOError", "OSError"),
    ("BytesWarning", "Warning"), ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"),
    ("DeprecationWarning", "Warning"), ("EncodingWarning", "Warning"), ("ExceptionGroup", "BaseExceptionGroup"),
    ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"), ("FloatingPointError", "ArithmeticError"),
    ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("IndentationError", "SyntaxError"),
    ("IndexError", "LookupError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
    ("KeyError", "LookupError"), ("ModuleNotFoundError", "ImportError"), ("NotADirectoryError", "OSError"),
    ("NotImplementedError", "RuntimeError"), ("OverflowError", "ArithmeticError"),
    ("PendingDeprecationWarning", "Warning"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
    ("RecursionError", "RuntimeError"), ("ResourceWarning", "Warning"), ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"), ("TimeoutError", "OSError"), ("UnboundLocalError", "NameError"),
    ("UnicodeError", "ValueError"), ("UnicodeWarning", "Warning"), ("UserWarning", "Warning"),
    ("ZeroDivisionError", "ArithmeticError"), ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"), ("TabError", "IndentationError"),
    ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
]

/// The names `builtins` binds that the model installs as native callables (what calling each does
/// is its `LibraryModels` entry; a name without one is unknown code).
let builtinFunctionNames = [
    "list", "dict", "set", "frozenset", "tuple", "bytearray", "str", "int", "float", "bool", "bytes", "complex",
    "len", "print", "isinstance", "issubclass", "range", "enumerate", "zip", "sorted", "reversed", "min", "max",
    "sum", "any", "all", "repr", "id", "hash", "iter", "next", "open", "getattr", "setattr", "hasattr", "delattr",
    "callable", "type", "object", "property", "staticmethod", "classmethod", "map", "filter", "abs", "round",
    "format", "vars", "divmod", "pow", "chr", "ord", "hex", "oct", "bin", "ascii", "input", "memoryview",
    "globals", "locals", "dir", "exec", "eval", "compile", "__import__", "breakpoint", "aiter", "anext",
    "NotImplemented", "Ellipsis", "__name__", "__file__", "__doc__", "slice", "super", "copyright", "credits",
    "exit", "quit", "help", "license", "__build_class__", "__spec__", "__loader__", "__package__", "__builtins__",
]

extension Interpreter {
    func installBuiltins() {
        for name in builtinFunctionNames {
            let id = heap.allocate("builtin_function_or_method", .native(.builtin(name), receiver: nil))
            builtins[name] = id
            heap.roots.append(("builtins", id))
        }
        // `type(f)` of a Python function (not a name code can read).
        functionType = heap.allocate("type", .native(.builtin("function"), receiver: nil))
        heap.roots.append(("builtins", functionType!))
        for (name, base) in builtinExceptionNames {
            let bases = base.flatMap { exceptionClasses[$0] }.map { [$0] } ?? []
            let cls = heap.allocate("type", .classObject(ClassState(name: name, def: nil, bases: bases, attrs: [], opaqueBase: false)))
            exceptionClasses[name] = cls
            exceptionClassSet.insert(cls)
            heap.roots.append(("builtins", cls))
        }
        // `json.JSONDecodeError` (a ValueError), raised for JSON text the model knows is broken.
        // (Reached as an attribute of the library module, so `except json.JSONDecodeError` sees a
        // class the model does not build: it matches, as `except ValueError` does.)
        // So is `decimal.InvalidOperation` (an ArithmeticError), raised for text `Decimal` rejects.
        for (qualified, name, base) in [("json.JSONDecodeError", "JSONDecodeError", "ValueError"),
                                        ("decimal.InvalidOperation", "InvalidOperation", "ArithmeticError")] {
            guard let baseClass = exceptionClasses[base] else { continue }
            let cls = heap.allocate("type", .classObject(ClassState(name: name, def: nil, bases: [baseClass],
                                                                    attrs: [], opaqueBase: true)))
            exceptionClasses[qualified] = cls
            exceptionClassSet.insert(cls)
            heap.roots.append(("builtins", cls))
        }
    }

    func newList(_ items: [ObjID], site: Int) -> ObjID { heap.allocate("list", .list(items), origin: site) }
    /// A list of unknown length whose items are like `items` (`text.split()`, `[0] * n`).
    /// Records whether the running statement's bulk store (`update`, `extend`) into `target` had
    /// anything to store. An empty one counts only into a candidate or what one holds (an empty
    /// `args.update(parameters)` into a local dict stores nothing into the default anyway).
    func noteBulkStore(into target: ObjID, empty: Bool) {
        if !empty { filledBulkStores.insert(currentStatement); return }
        guard !watched.isEmpty, watched.contains(target) || watchedHolds(target) else { return }
        emptyBulkStores.insert(currentStatement)
    }

    func newUnknownLengthList(_ items: [ObjID], site: Int) -> ObjID {
        let l = newList(items, site: site)
        unknownLengthLists.insert(l)
        return l
    }
    /// Whether the model knows every item of a container (a list, tuple, dict, set or deque it
    /// built, a constant str, a range of known length).
    func knownLength(_ id: ObjID) -> Bool {
        if chainMaps(id) != nil { return false }
        switch heap[id].payload {
        // (Not the parts of text the model does not know: one stands for all of them.)
        case .list: return !unknownLengthLists.contains(id)
        case .tuple, .dict, .set, .deque: return true
        case .atom: return (typeName(id) == "str" || typeName(id) == "range") && heap[id].constant != nil
        default: return false
        }
    }

    /// The type of what `iter(x)` makes: its payload holds the items not taken yet.
    static let listIterator = "list_iterator"
    /// The most items `str.join` takes from a list or tuple as they are (beyond: iterated, bounded).
    static let maxJoinedItems = 65_536

    func newDict(factory: ObjID? = nil, typeName: String = "dict", site: Int) -> ObjID {
        heap.allocate(typeName, .dict(OrderedStore(), factory: factory), origin: site)
    }

    func updateDict(_ d: ObjID, _ other: ObjID, site: Int, frame: Frame) throws {
        if let maps = chainMaps(other) { return try updateDict(d, try chainMapMerged(maps, site: site, frame: frame), site: site, frame: frame) }
        // (A dict subclass's items, as CPython's merge takes them when the class keeps dict's `__iter__`.)
        if let items = itemStorage(other, unless: "__iter__"), case .dict = heap[items].payload {
            return try updateDict(d, items, site: site, frame: frame)
        }
        switch heap[other].payload {
        case .dict(let s, _):
            noteBulkStore(into: d, empty: s.keys.isEmpty)
            for k in s.keys { noteKey(d, k) }
            withStore(d) { for (k, v) in zip(s.keys, s.values) { $0.set(k, heap.valueKey(k), v) } }
        case .opaque, .external:
            // Entries from an unknown mapping: a fresh unknown key and value.
            let k = opaque(site: site), v = opaque(site: site)
            withStore(d) { $0.set(k, heap.valueKey(k), v) }
        default:
            for pair in try iterate(other, site: site, frame: frame) {
                // Each item is a key and a value: a 2-tuple, a 2-item list (`line.split("=", 1)`).
                // One the model cannot take apart gives an entry it does not know.
                switch heap[pair].payload {
                case .tuple(let kv) where kv.count == 2, .list(let kv) where kv.count == 2 && !unknownLengthLists.contains(pair):
                    noteKey(d, kv[0], value: kv[1])
                    withStore(d) { $0.set(kv[0], heap.valueKey(kv[0]), kv[1]) }
                case .tuple, .list where !unknownLengthLists.contains(pair):
                    throw Signal.raise(try makeException("ValueError", site: site))
                default:
                    let k = unknownAtom("str", site: site), v = opaque(site: site)
                    withStore(d) { $0.set(k, heap.valueKey(k), v) }
                }
            }
        }
    }

    func kwarg(_ kwargs: [(String, ObjID)], _ name: String) -> ObjID? { kwargs.first { $0.0 == name }?.1 }

    /// The type names whose objects are instances of each builtin type (built once, not per call).
    static let builtinKinds: [String: Set<String>] = [
        "dict": ["dict", "defaultdict", "OrderedDict", "Counter"], "list": ["list"], "tuple": ["tuple"],
        "set": ["set"], "frozenset": ["frozenset"], "str": ["str"], "bytes": ["bytes"],
        "int": ["int", "bool"], "float": ["float"], "bool": ["bool"], "NoneType": ["NoneType"],
        "bytearray": ["bytearray"], "complex": ["complex"], "range": ["range"], "slice": ["slice"],
    ]

    /// `isinstance(x, t)` when the model knows both: builtin container and atom types, and classes
    /// of the module (through their bases). nil when either side is unknown.
    func isInstance(_ x: ObjID, _ t: ObjID) -> Bool? {
        if case .tuple(let options) = heap[t].payload {
            var unknown = false
            for o in options {
                switch isInstance(x, o) {
                case true?: return true
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? nil : false
        }
        // A str, a number, a list, a dict, … is no function, method, module or descriptor:
        // `isinstance(func, (classmethod, staticmethod, types.MethodType))` on a str is false.
        // (ABCs such as `collections.abc.Iterable` stay undecided: builtins register with them.)
        if isBuiltinValue(x) {
            switch heap[t].payload {
            case .external(let q) where q.hasPrefix("types.") && q != "types.SimpleNamespace": return false
            case .native(.builtin(let n), nil) where ["classmethod", "staticmethod", "property"].contains(n): return false
            default: break
            }
        }
        switch heap[t].payload {
        case .native(.builtin("type"), nil):
            // `isinstance(x, type)`: classes, and the builtin types, are; other known values are not.
            switch heap[x].payload {
            case .classObject: return true
            case .native(.builtin(let n), nil): return Interpreter.builtinKinds[n] != nil || n == "object" || n == "type" ? true : nil
            case .opaque, .external: return nil
            case .atom where heap[x].constant == nil && ["object", "argument"].contains(typeName(x)): return nil
            case .instance(let cls, _): return classHasOpaqueBase(cls) ? nil : false
            default: return false
            }
        case .native(.builtin(let name), nil):
            guard let kinds = Interpreter.builtinKinds[name] else { return nil }
            switch heap[x].payload {
            case .opaque, .external: return nil
            case .atom where heap[x].constant == nil && ["object", "argument"].contains(typeName(x)): return nil
            // (A dict subclass's instance is a dict, and no other builtin type.)
            case .instance where itemStorage(x) != nil: return kinds.contains(typeName(itemStorage(x)!)) || name == "object"
            case .instance(let cls, _): return classHasOpaqueBase(cls) ? nil : false
            default: return kinds.contains(typeName(x))
            }
        case .external(let q) where Self.numbersRank(q) != nil:
            // The numeric tower: int and bool are Integral, float Real, complex Complex; str,
            // containers and None are none of them. (Decimal, Fraction and the rest: not known.)
            guard isBuiltinValue(x) || typeName(x) == "int" || typeName(x) == "float" || typeName(x) == "bool" else { return nil }
            let rank = Self.numbersRank(q)!
            switch typeName(x) {
            case "int", "bool": return true
            case "float": return rank >= 4
            case "complex": return rank >= 5
            default: return false
            }
        case .classObject:
            switch heap[x].payload {
            case .instance(let cls, _), .exception(let cls?, _, _, _):
                if mro(cls).contains(t) { return true }
                return classHasOpaqueBase(cls) ? nil : false
            case .classObject:
                // A class is an instance of its metaclass and that metaclass's bases.
                if let m = classMetaclass[x] { return mro(m).contains(t) }
                return isMetaclass(t) && classHasOpaqueBase(x) ? nil : false
            case .opaque, .external: return nil
            default: return false
            }
        default:
            return nil
        }
    }

    /// `callable(x)` where the model knows what `x` is: functions, classes, bound methods and the
    /// model's own callables are; containers, None and known constants are not; an instance is
    /// when its class (with no base the model cannot see) defines `__call__`.
    func decidedCallable(_ x: ObjID) -> Bool? {
        switch heap[x].payload {
        case .function, .classObject, .boundMethod, .native, .cacheWrapper, .partial where typeName(x) == "functools.partial":
            return true
        case .list, .tuple, .dict, .set, .deque, .module:
            return false
        case .atom:
            return isBuiltinValue(x) ? false : nil
        case .instance(let cls, _):
            if classHasOpaqueBase(cls) { return nil }
            return mroLookup(cls, "__call__") != nil
        default:
            return nil
        }
    }

    /// `hasattr(x, name)` is true for sure: a class or instance whose class chain defines it, an
    /// instance that has it set, a module global.
    func surelyHasAttribute(_ x: ObjID, _ name: String) -> Bool {
        switch heap[x].payload {
        case .classObject: return mroLookup(x, name) != nil
        case .instance(let cls, let attrs): return attrs[name] != nil || mroLookup(cls, name) != nil
        case .module(_, let g): return g[name] != nil
        default: return false
        }
    }

    /// `hasattr(x, name)` is false for sure: an instance of a program class whose chain the model
    /// has in full (no base it cannot see, no `__getattr__` / `__getattribute__`), lacking `name`
    /// on itself and its classes, where no code of the modules followed sets an attribute of that
    /// name and no class of the module defines it (an instance of another class may be the one
    /// real callers pass).
    /// (Also a program class itself, made by a `class` statement or `type(name, bases, ns)`,
    /// with no metaclass of its own: `hasattr(Meta, "ordering")`. Not names `type` gives every class.)
    func surelyLacksAttribute(_ x: ObjID, _ name: String) -> Bool {
        guard !name.hasPrefix("__") else { return false }
        switch heap[x].payload {
        case .classObject:
            guard name != "mro", classMetaclass[x] == nil, mroLookup(x, name) == nil,
                  !classHasOpaqueBase(x), mroLookup(x, "__getattr__") == nil else { return false }
        case .instance(let cls, let attrs):
            guard attrs[name] == nil, mroLookup(cls, name) == nil, !classHasOpaqueBase(cls), mroLookup(cls, "__getattr__") == nil,
                  mroLookup(cls, "__getattribute__") == nil else { return false }
        default:
            return false
        }
        if let assigned = assignedAttributes, !assigned.contains(name), !module.classes.contains(where: { c in
            c.methods.contains { $0.name == name } || c.body.contains { st in
                if case .assign(let ts, _) = st.kind { return ts.contains { if case .name(name) = $0.kind { return true } else { return false } } }
                return false
            }
        }) { return true }
        // (An object only the running code reaches: a class or an instance's class is this one,
        // and it lacks the name. Asked last: it walks the heap.)
        return onlyVisibleCodeReaches(x)
    }

    /// A value of a builtin type the model holds as such: a list, tuple, dict, set or deque, or
    /// a constant of a builtin type (`"text"`, `3`, None). (Not an atom without a value: a library
    /// model's result stands for a value of that type only roughly.)
    func isBuiltinValue(_ x: ObjID) -> Bool {
        switch heap[x].payload {
        case .list, .tuple, .dict, .set, .deque: return true
        case .atom: return x == none || (heap[x].constant != nil && Self.builtinTypeAttributes[typeName(x)] != nil)
        default: return false
        }
    }

    /// `template.format_map(mapping)` looks up each field's name with `mapping[name]`: a dict
    /// subclass's `__missing__` (or a class's own `__getitem__`) runs for the names it lacks. The
    /// field names of a known template are used; for an unknown one, one unknown name.
    func formatMapLookups(_ mapping: ObjID, template: String?, site: Int, frame: Frame) throws {
        guard case .instance(let cls, _) = heap[mapping].payload else {
            if case .dict = heap[mapping].payload {
                for name in template.map(Self.formatFieldNames) ?? [] { _ = try? getItem(mapping, makeStr(name, site: site), site: site, frame: frame) }
            } else if chainMaps(mapping) != nil {
                for name in template.map(Self.formatFieldNames) ?? [] {
                    do { _ = try getItem(mapping, makeStr(name, site: site), site: site, frame: frame) } catch Signal.raise {}
                }
            }
            return
        }
        let names: [String?] = template.map { Self.formatFieldNames($0).map { Optional($0) } } ?? [nil]
        let getitem = mroLookup(cls, "__getitem__").flatMap { f -> ObjID? in
            if case .function = heap[f].payload { return f } else { return nil }
        }
        let missing = mroLookup(cls, "__missing__")
        for name in names {
            let key = name.map { makeStr($0, site: site) } ?? unknownAtom("str", site: site)
            if let getitem {
                _ = try call(try bindIfFunction(getitem, to: mapping, site: site), [key], [], site: site, frame: frame)
            } else if let missing, classHasOpaqueBase(cls) {
                // A dict subclass: whether it holds the name is not known here, so whether
                // `__missing__` runs is an undecided choice.
                if try truth(heap.allocate("bool", .atom, origin: site), site: site) {
                    _ = try call(try bindIfFunction(missing, to: mapping, site: site), [key], [], site: site, frame: frame)
                }
            }
        }
    }

    /// The names `str.format_map` looks up in a template: each replacement field's first part
    /// (`{name.attr!r:>10}` → `name`), in order, once each; `{{` and `}}` are literal braces.
    static func formatFieldNames(_ template: String) -> [String] {
        var out: [String] = []
        var chars = Array(template)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "{" else { continue }
            if chars.first == "{" { chars = chars.dropFirst(); continue }
            var field = ""
            while let d = chars.first, d != "}", d != "!", d != ":", d != ".", d != "[" { field.append(d); chars = chars.dropFirst() }
            // (The rest of the field, format spec included, up to its closing brace.)
            var depth = 1
            while let d = chars.first, depth > 0 {
                chars = chars.dropFirst()
                if d == "{" { depth += 1 } else if d == "}" { depth -= 1 }
            }
            if !field.isEmpty, !out.contains(field) { out.append(field) }
        }
        return out
    }

    /// `text.method(...)` on a known string, when the arguments are known too; nil otherwise.
    func knownStringMethod(_ method: String, _ text: String, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                           site: Int, frame: Frame) throws -> ObjID? {
        let consts = args.map { heap[$0].constant }
        func strs(_ parts: [String]) -> ObjID { newList(parts.map { makeStr($0, site: site) }, site: site) }
        switch method {
        case "encode" where text.utf8.allSatisfy({ $0 < 128 }):
            // ASCII text encodes to the same characters in every codec CPython code uses here.
            return heap.allocate("bytes", .atom, constant: text, origin: site)
        case "encode" where kwargs.isEmpty && (1...2).contains(args.count) && args.allSatisfy({ typeName($0) == "str" })
                && (args.count == 1 || consts[1] == "strict")
                && consts[0].map({ ["ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1"].contains($0.lowercased()) }) == true:
            // A character the codec has no byte for: UnicodeEncodeError, as CPython raises.
            let limit: UInt32 = consts[0]!.lowercased().contains("ascii") ? 128 : 256
            if text.unicodeScalars.contains(where: { $0.value >= limit }) {
                throw Signal.raise(try makeException("UnicodeEncodeError", site: site))
            }
            return nil
        case "encode" where kwargs.isEmpty && args.count == 2 && consts[0].map({ ["ascii", "us-ascii"].contains($0.lowercased()) }) == true
                && (consts[1] == "ignore" || consts[1] == "replace"):
            // `text.encode("ascii", "ignore")`: the ASCII characters, the others dropped (or `?`).
            let kept = text.unicodeScalars.map { $0.isASCII ? String($0) : (consts[1] == "replace" ? "?" : "") }.joined()
            return heap.allocate("bytes", .atom, constant: kept, origin: site)
        case "format_map":
            // `text.format_map(mapping)` of a dict whose keys the model knows: a field the dict
            // lacks raises KeyError, as CPython does; the rest is `format` with those keywords.
            guard args.count == 1, kwargs.isEmpty, case .dict(let store, nil) = heap[args[0]].payload else { return nil }
            var named: [(String, ObjID)] = []
            for (k, v) in zip(store.keys, store.values) {
                guard typeName(k) == "str", let name = heap[k].constant else { return nil }
                named.append((name, v))
            }
            var i = text.startIndex
            while let open = text[i...].firstIndex(of: "{") {
                let next = text.index(after: open)
                if next < text.endIndex, text[next] == "{" { i = text.index(after: next); continue }
                guard let close = text[next...].firstIndex(of: "}") else { return nil }
                let field = text[next..<close].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard !field.isEmpty, !(field.first?.isNumber ?? true) else { return nil }
                if !named.contains(where: { $0.0 == field }) { throw Signal.raise(try makeException("KeyError", site: site)) }
                i = text.index(after: close)
            }
            return try knownStringMethod("format", text, [], named, site: site, frame: frame)
        case "format":
            // "{}", "{0}", "{name}" fields without specs.
            var out = ""
            var auto = 0
            var i = text.startIndex
            while i < text.endIndex {
                let c = text[i]
                if c == "{" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "{" { out.append("{"); i = text.index(after: next); continue }
                    guard let close = text[next...].firstIndex(of: "}") else { return nil }
                    // `{name}`, `{0}`, `{}`, with a `!r` / `!s` conversion and a common spec (`:02d`, `:>8`).
                    var field = String(text[next..<close])
                    var spec: String?
                    if let colon = field.firstIndex(of: ":") { spec = String(field[field.index(after: colon)...]); field = String(field[..<colon]) }
                    var conversion: Character?
                    if let bang = field.firstIndex(of: "!") {
                        let rest = field[field.index(after: bang)...]
                        guard rest.count == 1, rest == "r" || rest == "s" else { return nil }
                        conversion = rest.first
                        field = String(field[..<bang])
                    }
                    var object: ObjID?
                    if field.isEmpty { object = auto < args.count ? args[auto] : nil; auto += 1 }
                    else if let n = Int(field) { object = n < args.count ? args[n] : nil }
                    else if field.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { object = kwarg(kwargs, field) }
                    guard let object, let raw = heap[object].constant else { return nil }
                    var type = typeName(object)
                    var shown = raw
                    if conversion == "r" {
                        guard type == "str" || type == "int" else { return nil }
                        if type == "str" { shown = "'\(raw)'" }
                        type = "str"
                    } else if conversion == "s" {
                        type = "str"
                    }
                    guard let value = formatted(shown, type: type, spec: spec) else { return nil }
                    out += value
                    i = text.index(after: close)
                    continue
                }
                if c == "}" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "}" { i = next }
                }
                out.append(c)
                i = text.index(after: i)
            }
            return makeStr(out, site: site)
        case "split", "rsplit":
            let maxsplit = args.count > 1 ? intValue(args[1]) : kwarg(kwargs, "maxsplit").flatMap { intValue($0) }
            if args.count > 1, maxsplit == nil { return nil }
            if kwarg(kwargs, "maxsplit") != nil, maxsplit == nil { return nil }
            // (`sep` by position or by keyword.)
            let sepObject = args.first ?? kwarg(kwargs, "sep")
            var parts: [String]
            if sepObject == nil || sepObject == none {
                parts = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
                if let m = maxsplit, m >= 0, parts.count > m + 1 { return nil }
            } else {
                guard let sepObject, typeName(sepObject) == "str", let sep = heap[sepObject].constant, !sep.isEmpty else { return nil }
                parts = text.components(separatedBy: sep)
                if let m = maxsplit, m >= 0, parts.count > m + 1 {
                    if method == "split" {
                        parts = Array(parts[..<m]) + [parts[m...].joined(separator: sep)]
                    } else {
                        let cut = parts.count - m
                        parts = [parts[..<cut].joined(separator: sep)] + Array(parts[cut...])
                    }
                }
            }
            return strs(parts)
        case "splitlines":
            // At CPython's line boundaries (`\r\n` as one), no empty last part, ends dropped.
            guard args.isEmpty, kwargs.isEmpty else { return nil }
            let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
            var parts: [String] = []
            var line = String.UnicodeScalarView()
            var pendingCR = false
            for u in text.unicodeScalars {
                if pendingCR {
                    pendingCR = false
                    if u == "\n" { continue }
                }
                if breaks.contains(u.value) {
                    parts.append(String(line))
                    line = String.UnicodeScalarView()
                    pendingCR = u == "\r"
                } else {
                    line.append(u)
                }
            }
            if !line.isEmpty { parts.append(String(line)) }
            return strs(parts)
        case "removeprefix", "removesuffix":
            guard let affix = consts.first ?? nil else { return nil }
            if method == "removeprefix", text.hasPrefix(affix) { return makeStr(String(text.dropFirst(affix.count)), site: site) }
            if method == "removesuffix", text.hasSuffix(affix), !affix.isEmpty { return makeStr(String(text.dropLast(affix.count)), site: site) }
            return makeStr(text, site: site)
        case "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "isidentifier", "istitle":
            guard args.isEmpty else { return nil }
            let cased = text.contains { $0.isUppercase || $0.isLowercase }
            let r: Bool
            switch method {
            case "isalpha": r = !text.isEmpty && text.allSatisfy { $0.isLetter }
            case "isdigit", "isdecimal", "isnumeric": r = !text.isEmpty && text.allSatisfy { $0.isNumber }
            case "isalnum": r = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber }
            case "isspace": r = !text.isEmpty && text.allSatisfy { $0.isWhitespace }
            case "isupper": r = cased && !text.contains { $0.isLowercase }
            case "islower": r = cased && !text.contains { $0.isUppercase }
            case "istitle": r = cased && text == text.capitalized
            default: r = !text.isEmpty && (text.first!.isLetter || text.first == "_") && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            }
            return bool(r)
        case "capitalize":
            return makeStr(text.prefix(1).uppercased() + text.dropFirst().lowercased(), site: site)
        case "zfill":
            // (The zeros go after a leading sign.)
            guard let w = args.first.flatMap({ intValue($0) }) else { return nil }
            let zeros = String(repeating: "0", count: max(0, w - text.count))
            if let first = text.first, first == "-" || first == "+" { return makeStr(String(first) + zeros + text.dropFirst(), site: site) }
            return makeStr(zeros + text, site: site)
        case "partition", "rpartition":
            guard let sep = consts.first ?? nil, !sep.isEmpty else { return nil }
            let r = method == "partition" ? text.range(of: sep) : text.range(of: sep, options: .backwards)
            let parts: [String]
            if let r { parts = [String(text[..<r.lowerBound]), sep, String(text[r.upperBound...])] }
            else { parts = method == "partition" ? [text, "", ""] : ["", "", text] }
            return heap.allocate("tuple", .tuple(parts.map { makeStr($0, site: site) }), origin: site)
        case "replace":
            guard consts.count >= 2, let a = consts[0], let b = consts[1], consts.count == 2, !a.isEmpty else { return nil }
            return makeStr(text.replacingOccurrences(of: a, with: b), site: site)
        case "join":
            guard let a0 = args.first else { return nil }
            // (A list or tuple is joined in C, not by a Python loop: the loop bound does not
            // apply, only a larger one on what the model builds.)
            let items: [ObjID]
            switch heap[a0].payload {
            case .list(let xs) where typeName(a0) == "list" && xs.count <= Self.maxJoinedItems, .tuple(let xs) where xs.count <= Self.maxJoinedItems:
                items = xs
            default:
                items = try iterate(a0, site: site, frame: frame)
            }
            let values = items.map { heap[$0].constant }
            let knownLength = values.reduce(0) { $0 + ($1?.utf8.count ?? 0) }
            guard !values.contains(where: { $0 == nil }), knownLength <= Self.maxJoinedItems * 16 else {
                // Unknown text, but at least as long as its parts and separators: a header kept
                // and joined with a new part every call (`"; ".join((old, pair))`) grows. (The
                // items are taken here: an iterator is consumed once.)
                // New text only when a part is (data new to the call); else a value the model does
                // not know, which may repeat (characters cut out of unknown text, joined again).
                let parts = items.filter { typeName($0) == "str" }
                let floor = parts.reduce(0) { $0 + textLength($1) } + text.unicodeScalars.count * max(0, parts.count - 1)
                let result = makeStr(atLeast: floor, site: site)
                if !parts.contains(where: { isFreshValue($0) && !textPieces.contains($0) }) || items.contains(where: { typeName($0) != "str" }) {
                    unknownValues.insert(result)
                }
                if parts.contains(where: { textPieces.contains($0) }) { textPieces.insert(result) }
                return noteChoices(result, from: [a0] + parts)
            }
            return noteChoices(makeStr(values.compactMap { $0 }.joined(separator: text), site: site), from: items)
        case "isidentifier", "isdigit", "isdecimal", "isalpha", "isalnum", "isspace", "isascii", "islower", "isupper":
            // Of ASCII text, as CPython decides them (non-ASCII: not computed here).
            guard args.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
            let u = text.unicodeScalars
            let letter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            let digit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
            let r: Bool
            switch method {
            case "isidentifier": r = u.first.map { letter($0) || $0 == "_" } ?? false && u.allSatisfy { letter($0) || digit($0) || $0 == "_" }
            case "isdigit", "isdecimal": r = !u.isEmpty && u.allSatisfy(digit)
            case "isalpha": r = !u.isEmpty && u.allSatisfy(letter)
            case "isalnum": r = !u.isEmpty && u.allSatisfy { letter($0) || digit($0) }
            case "isspace": r = !u.isEmpty && u.allSatisfy { " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0) }
            case "isascii": r = true
            case "islower": r = u.contains { ("a"..."z").contains($0) } && !u.contains { ("A"..."Z").contains($0) }
            default: r = u.contains { ("A"..."Z").contains($0) } && !u.contains { ("a"..."z").contains($0) }
            }
            return bool(r)
        case "count":
            guard (1...3).contains(args.count), kwargs.isEmpty, typeName(args[0]) == "str", let sub = consts.first ?? nil,
                  let (lo, hi) = searchWindow(Array(text.unicodeScalars).count, Array(args.dropFirst())) else { return nil }
            let u = Array(text.unicodeScalars), w = Array(sub.unicodeScalars)
            guard hi - lo >= w.count else { return makeInt(0, site: site) }
            // (Non-overlapping, left to right; the empty string counts each position once.)
            if w.isEmpty { return makeInt(hi - lo + 1, site: site) }
            var n = 0, i = lo
            while i + w.count <= hi {
                if u[i..<(i + w.count)].elementsEqual(w) { n += 1; i += w.count } else { i += 1 }
            }
            return makeInt(n, site: site)
        case "find", "index", "rfind", "rindex":
            // Positions in code points, as CPython counts them; `index` raises ValueError where
            // `find` gives -1. Start and end bound the search as a slice does.
            guard (1...3).contains(args.count), kwargs.isEmpty, typeName(args[0]) == "str", let sub = consts.first ?? nil else { return nil }
            let u = Array(text.unicodeScalars), w = Array(sub.unicodeScalars)
            guard let (lo, hi) = searchWindow(u.count, Array(args.dropFirst())) else { return nil }
            var found: Int?
            if hi - lo >= w.count {
                let starts = Array(lo...(hi - w.count))
                found = (method.hasPrefix("r") ? starts.reversed() : starts).first { i in u[i..<(i + w.count)].elementsEqual(w) }
            }
            if let found { return makeInt(found, site: site) }
            if method.hasSuffix("index") { throw Signal.raise(try makeException("ValueError", site: site)) }
            return makeInt(-1, site: site)
        default:
            return nil
        }
    }

    /// The part of a sequence of `count` items that `find`/`count`'s start and end arguments
    /// (ints or None) select, as CPython adjusts them: negative ones count from the end, the end is
    /// clamped to the length, the start only at 0 (a start past the end finds nothing). nil when
    /// an argument is not a known int or None.
    func searchWindow(_ count: Int, _ bounds: [ObjID]) -> (Int, Int)? {
        var lo = 0, hi = count
        for (i, b) in bounds.enumerated() {
            if b == none { continue }
            guard typeName(b) == "int" || typeName(b) == "bool", let v = intValue(b) else { return nil }
            var x = v < 0 ? v + count : v
            if i == 0 { x = max(0, x); lo = x } else { x = min(max(0, x), count); hi = x }
        }
        return (lo, hi)
    }

    /// `str(x)` / `repr(x)` of an instance whose class defines `__str__` / `__repr__`: runs it.
    func stringify(_ x: ObjID, repr: Bool, site: Int, frame: Frame) throws -> ObjID? {
        if !repr, case .exception(let cls, let args, _, _) = heap[x].payload {
            // `str(exc)`: the class's own `__str__`, else BaseException's: "" without arguments,
            // the one argument as a string, the tuple's repr for more (not computed here).
            if let cls, let m = mroLookup(cls, "__str__") {
                if case .function = heap[m].payload { return try call(try bindIfFunction(m, to: x, site: site), [], [], site: site, frame: frame) }
            }
            if args.isEmpty { return makeStr("", site: site) }
            if args.count == 1 {
                if typeName(args[0]) == "str" { return args[0] }
                if case .atom = heap[args[0]].payload, let c = heap[args[0]].constant, args[0] != none { return makeStr(c, site: site) }
            }
            return nil
        }
        guard case .instance(let cls, _) = heap[x].payload else { return nil }
        let method = repr ? mroLookup(cls, "__repr__") : (mroLookup(cls, "__str__") ?? mroLookup(cls, "__repr__"))
        guard let m = method else { return nil }
        return try call(try bindIfFunction(m, to: x, site: site), [], [], site: site, frame: frame)
    }

    /// The `re` module's flags by name (`re.I` is 2), as CPython's `re.RegexFlag` values.
    static let regexFlags: [String: Int] = [
        "NOFLAG": 0, "T": 1, "TEMPLATE": 1, "I": 2, "IGNORECASE": 2, "L": 4, "LOCALE": 4, "M": 8, "MULTILINE": 8,
        "S": 16, "DOTALL": 16, "U": 32, "UNICODE": 32, "X": 64, "VERBOSE": 64, "DEBUG": 128, "A": 256, "ASCII": 256,
    ]

    /// A Python pattern with its flags, spelled for ICU: verbose patterns lose their whitespace
    /// and comments (kept inside character classes and after a backslash, as Python keeps them),
    /// and IGNORECASE / MULTILINE / DOTALL become a leading `(?ims)`. A leading inline group
    /// (`(?x)`, `(?i)`) counts as flags. nil for what ICU would match differently: LOCALE,
    /// TEMPLATE, or flags the model does not know.
    static func icuPattern(_ pattern: String, flags: Int) -> String? {
        var flags = flags
        var body = Substring(pattern)
        // Leading inline flags, `(?aiLmsux)`.
        while body.hasPrefix("(?"), let close = body.firstIndex(of: ")") {
            let letters = body[body.index(body.startIndex, offsetBy: 2)..<close]
            guard !letters.isEmpty, letters.allSatisfy({ "aiLmsux".contains($0) }) else { break }
            for c in letters {
                switch c {
                case "i": flags |= 2
                case "L": flags |= 4
                case "m": flags |= 8
                case "s": flags |= 16
                case "u": flags |= 32
                case "x": flags |= 64
                default: flags |= 256
                }
            }
            body = body[body.index(after: close)...]
        }
        guard flags & ~(2 | 8 | 16 | 32 | 64 | 128 | 256) == 0 else { return nil }
        let verbose = flags & 64 != 0
        var out = ""
        var inClass = false, classStart = false
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            if c == "\\" {
                // (Python's `\Z` is the very end, ICU's `\z`; ICU's `\Z` also matches before a
                // final newline.)
                let n = body.index(after: i)
                if n < body.endIndex {
                    out.append(c)
                    out.append(body[n] == "Z" && !inClass ? "z" : body[n])
                    i = body.index(after: n)
                } else {
                    out.append(c)
                    i = n
                }
                classStart = false
                continue
            }
            if inClass {
                if c == "]" && !classStart { inClass = false }
                if !(c == "^" && classStart) { classStart = false }
                out.append(c)
            } else if c == "[" {
                inClass = true; classStart = true
                out.append(c)
            } else if verbose && c == "#" {
                while i < body.endIndex, body[i] != "\n" { i = body.index(after: i) }
                continue
            } else if !(verbose && c.isWhitespace) {
                out.append(c)
            }
            i = body.index(after: i)
        }
        let inline = (flags & 2 != 0 ? "i" : "") + (flags & 8 != 0 ? "m" : "") + (flags & 16 != 0 ? "s" : "")
        return inline.isEmpty ? out : "(?\(inline))" + out
    }

    /// The flags of a call (`re.compile(p, re.I)`, `flags=re.X`): 0 without, nil when not known.
    func regexFlagsArgument(_ args: [ObjID], _ kwargs: [(String, ObjID)], position: Int) -> Int? {
        guard let f = kwargs.first(where: { $0.0 == "flags" })?.1 ?? (position < args.count ? args[position] : nil) else { return 0 }
        return intValue(f)
    }

    /// `re.match(pattern, text)` (and search/fullmatch) on a known string: a match object or None.
    /// The match is a dict of its groups by number and by name (`m[0]`, `m["status"]`).
    func regexMatch(_ pattern: String, _ subject: ObjID, mode: String, site: Int, from pos: Int = 0, to endpos: Int? = nil) -> ObjID {
        // Python's named groups `(?P<name>…)` / `(?P=name)` in ICU's spelling.
        let icu = pattern.replacingOccurrences(of: "(?P<", with: "(?<")
            .replacingOccurrences(of: #"\(\?P=(\w+)\)"#, with: #"\\k<$1>"#, options: .regularExpression)
        guard let text = heap[subject].constant, let regex = try? NSRegularExpression(pattern: icu) else {
            return opaque(derivedType(subject), site: site)
        }
        // (`pos` / `endpos` as the compiled pattern's methods take them; ASCII text only, where
        // code points and UTF-16 units agree. `^` still means the start of the text.)
        let full = NSRange(text.startIndex..., in: text)
        let start = min(pos, full.length), stop = max(start, min(endpos ?? full.length, full.length))
        let range = NSRange(location: start, length: stop - start)
        var options: NSRegularExpression.MatchingOptions = mode == "search" ? [] : [.anchored]
        if start > 0 { options.insert(.withoutAnchoringBounds) }
        guard let m = regex.firstMatch(in: text, options: options, range: range),
              mode != "fullmatch" || m.range.length == range.length else { return none }
        var store = OrderedStore()
        func group(_ r: NSRange) -> ObjID {
            if let rr = Range(r, in: text) { return makeStr(String(text[rr]), site: site) }
            return none
        }
        for i in 0..<m.numberOfRanges {
            let key = makeInt(i, site: site)
            store.set(key, heap.valueKey(key), group(m.range(at: i)))
        }
        var names: [(name: String, index: Int)] = []
        let namePattern = try? NSRegularExpression(pattern: #"\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>"#)
        for n in namePattern?.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern)) ?? [] {
            guard let r = Range(n.range(at: 1), in: pattern) else { continue }
            let name = String(pattern[r])
            let key = makeStr(name, site: site)
            store.set(key, heap.valueKey(key), group(m.range(withName: name)))
            // (Its group number: the capturing groups opened before it, plus one.)
            let before = pattern[pattern.startIndex..<r.lowerBound]
            let opened = before.filter { $0 == "(" }.count
            let nonCapturing = before.components(separatedBy: "(?").count - 1 - before.components(separatedBy: "(?P<").count + 1
                - before.components(separatedBy: "(?<").count + 1
            names.append((name, opened - nonCapturing))
        }
        let result = heap.allocate("re.Match", .dict(store, factory: nil), origin: site)
        // Spans in code points (ASCII text only, where they agree with UTF-16), and the last group.
        if text.utf8.count == text.unicodeScalars.count {
            var spans: [(Int, Int)?] = []
            var lastIndex: Int?
            var lastEnd = -1
            for i in 0..<m.numberOfRanges {
                let r = m.range(at: i)
                spans.append(r.location == NSNotFound ? nil : (r.location, r.location + r.length))
                // `lastindex`: the group that closed last, as CPython counts (outer after inner).
                if i > 0, r.location != NSNotFound, r.location + r.length >= lastEnd { lastIndex = i; lastEnd = r.location + r.length }
            }
            let lastGroup = lastIndex.flatMap { li in names.first(where: { $0.index == li })?.name }
            matchDetails[result] = MatchDetails(spans: spans, lastIndex: lastIndex, lastGroup: lastGroup)
        }
        return result
    }

    /// `sub` / `findall` / `finditer` / `split` over a string (or of a pattern) the model does not
    /// know. The C code keeps none of its arguments (the module's compile cache keeps only the
    /// pattern string): the result is new strings of unknown value. A callable replacement is
    /// called for each match, and whether there is any is unknown: a two-way choice calls it once
    /// with a match whose groups are unknown.
    func regexScanUnknown(_ method: String, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        if method == "sub" || method == "subn", let repl = args.first, heap[repl].constant == nil,
           typeName(repl) != "str", typeName(repl) != "bytes", policyDecision(site: site) {
            _ = try call(repl, [opaque("re.Match", site: site)], [], site: site, frame: frame)
        }
        switch method {
        case "sub", "subn":
            // New text of unknown value: a substitution may keep what makes fresh text fresh
            // (whitespace folded) or replace it (`\d+` → `N`, a fingerprint), so different text
            // may give the same result.
            let subject = args.count > 1 ? args[1] : nil
            let type = subject.map { typeName($0) == "bytes" } == true ? "bytes" : "str"
            let text = unknownAtom(type, site: site)
            if method == "sub" { return text }
            return heap.allocate("tuple", .tuple([text, unknownAtom("int", site: site)]), origin: site)
        default:
            // What the pattern cuts out of the text may repeat from call to call, fresh text or
            // not (`https?` is one of two schemes): pieces of it, not fresh data.
            let found = opaque(method == "finditer" ? "callable_iterator" : "list", site: site)
            textPieces.insert(found)
            return found
        }
    }

    /// `(?P<name>` in a pattern: its named groups, in order.
    static let namedGroups = try! NSRegularExpression(pattern: #"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>"#)

    /// `sub` / `findall` / `finditer` of a known pattern over a known string; a callable
    /// replacement is called with each match, as CPython does. Unknown inputs are unknown code.
    func regexScan(_ method: String, _ pattern: String, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        let subjectIndex = method == "sub" || method == "subn" ? 1 : 0
        let icu = pattern.replacingOccurrences(of: "(?P<", with: "(?<")
        guard subjectIndex < args.count, let text = heap[args[subjectIndex]].constant,
              let regex = try? NSRegularExpression(pattern: icu) else {
            return try regexScanUnknown(method, args, site: site, frame: frame)
        }
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        // (Named groups are looked up by name too: `match.group("host")`.)
        let groupNames = Self.namedGroups.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern))
            .compactMap { g in Range(g.range(at: 1), in: pattern).map { String(pattern[$0]) } }
        func matchObject(_ m: NSTextCheckingResult) -> ObjID {
            var store = OrderedStore()
            for i in 0..<m.numberOfRanges {
                let key = makeInt(i, site: site)
                let value = Range(m.range(at: i), in: text).map { makeStr(String(text[$0]), site: site) } ?? none
                store.set(key, heap.valueKey(key), value)
            }
            for name in groupNames {
                let key = makeStr(name, site: site)
                let value = Range(m.range(withName: name), in: text).map { makeStr(String(text[$0]), site: site) } ?? none
                store.set(key, heap.valueKey(key), value)
            }
            return heap.allocate("re.Match", .dict(store, factory: nil), origin: site)
        }
        switch method {
        case "findall":
            // The whole match without groups, the group with one, a tuple of the groups with
            // more ("" for a group that did not take part), as CPython returns them.
            return newList(matches.map { m in
                func group(_ i: Int) -> ObjID { makeStr(Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "", site: site) }
                switch m.numberOfRanges {
                case 1: return group(0)
                case 2: return group(1)
                default: return heap.allocate("tuple", .tuple((1..<m.numberOfRanges).map(group)), origin: site)
                }
            }, site: site)
        case "finditer":
            return newList(matches.map(matchObject), site: site)
        case "sub", "subn":
            let repl = args[0]
            var out = ""
            var last = text.startIndex
            var known = true
            for m in matches {
                guard let r = Range(m.range, in: text) else { continue }
                out += text[last..<r.lowerBound]
                let piece: ObjID
                if case .atom = heap[repl].payload { piece = repl } else {
                    piece = try call(repl, [matchObject(m)], [], site: site, frame: frame)
                }
                if let c = heap[piece].constant { out += c } else { known = false }
                last = r.upperBound
            }
            out += text[last...]
            return makeStr(known ? out : nil, site: site)
        default:
            return opaque(derivedType(of: args), site: site)
        }
    }

    /// A pure path with a known string: `parts`, `name`, `suffix`, `stem`, `parent` are computed.
    func makePath(_ path: String, site: Int) -> ObjID {
        heap.allocate("Path", .opaque(held: []), constant: path, origin: site)
    }

    /// `vars(module)` of a module the run imported whole: its globals, in the order they were
    /// made (a registry's `for obj in vars(models).values()`). Nil for a module whose body
    /// stopped early or that the run did not follow: its namespace is not all known.
    func moduleNamespace(_ module: ObjID, site: Int) -> ObjID? {
        guard case .module(_, let g) = heap[module].payload,
              let unit = units.first(where: { $0.object == module }), !unit.incomplete else { return nil }
        let d = newDict(site: site)
        for (n, v) in g.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            let key = makeStr(n, site: site)
            withStore(d) { $0.set(key, heap.valueKey(key), v) }
        }
        return d
    }

    /// `vars(obj)` / `obj.__dict__`: a view whose items are the instance's attributes.
    func instanceDict(_ obj: ObjID, site: Int) -> ObjID {
        guard case .instance = heap[obj].payload else { return opaque("dict", site: site) }
        return heap.allocate("instance_dict", .native(.instanceDict, receiver: obj), origin: site)
    }

    static let instanceDictMethods: Set<String> = [
        "update", "setdefault", "copy", "get", "keys", "values", "items", "__contains__", "__len__", "__iter__", "__getitem__",
    ]

    /// Methods of `vars(obj)` / `obj.__dict__`: `update` sets attributes (from a dict or another
    /// instance's `__dict__` with text keys, and keywords); `setdefault` sets one if missing; the
    /// reading methods answer from a snapshot of the attributes. Nil for what is not modelled.
    func instanceDictMethod(_ method: String, _ owner: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                            site: Int, frame: Frame) throws -> ObjID? {
        guard case .instance(_, let attrs) = heap[owner].payload else { return nil }
        func snapshot() -> ObjID {
            let d = newDict(site: site)
            insertKeywords(d, attrs.filter { $0.key != "__dict__" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, site: site)
            return d
        }
        switch method {
        case "update":
            var pairs: [(String, ObjID)] = []
            if let a0 = args.first {
                let source: ObjID
                if case .native(.instanceDict, let other?) = heap[a0].payload, case .instance = heap[other].payload {
                    source = try instanceDictMethod("copy", other, [], [], site: site, frame: frame) ?? a0
                } else {
                    source = a0
                }
                guard case .dict(let store, _) = heap[source].payload else { return nil }
                for (k, v) in zip(store.keys, store.values) {
                    guard typeName(k) == "str", let name = heap[k].constant else { return nil }
                    pairs.append((name, v))
                }
            }
            for (name, v) in pairs + kwargs { setInstanceAttr(owner, name, v) }
            return none
        case "setdefault":
            guard let key = args.first, typeName(key) == "str", let name = heap[key].constant else { return nil }
            if let v = attrs[name] { return v }
            let v = args.count > 1 ? args[1] : none
            setInstanceAttr(owner, name, v)
            return v
        case "copy", "get", "keys", "values", "items", "__contains__", "__len__", "__iter__", "__getitem__":
            let d = snapshot()
            if method == "copy" { return d }
            return try callMethod("dict", method, d, args, kwargs, site: site, frame: frame)
        default:
            return nil
        }
    }

    /// `dict(k=v)` / `d.update(k=v)`: each keyword becomes a str key.
    func insertKeywords(_ d: ObjID, _ kwargs: [(String, ObjID)], site: Int) {
        for (k, v) in kwargs {
            let key = makeStr(k, site: site)
            withStore(d) { $0.set(key, heap.valueKey(key), v) }
        }
    }

    /// `counter[v] += 1` for a Counter (`update`, the constructor).
    func countElement(_ counter: ObjID, _ v: ObjID, site: Int) throws {
        addCount(counter, v, 1, keepPositive: false, site: site)
    }

    /// Counter `+`, `+=`, `-=`: the other's counts, added with `sign`, keeping only positive counts.
    func addCounts(into counter: ObjID, from other: ObjID, sign: Int, site: Int) throws {
        guard case .dict(let o, _) = heap[other].payload else { return }
        for (k, v) in zip(o.keys, o.values) { addCount(counter, k, sign * (intValue(v) ?? 1), keepPositive: true, site: site) }
    }

    func addCount(_ counter: ObjID, _ k: ObjID, _ delta: Int, keepPositive: Bool, site: Int) {
        let key = heap.valueKey(k)
        var old = 0
        if case .dict(let s, _) = heap[counter].payload, let i = s.position(of: key) { old = intValue(s.values[i]) ?? 0 }
        let n = old + delta
        if keepPositive && n <= 0 {
            withStore(counter) { $0.remove(key) }
        } else {
            let value = makeInt(n, site: site)
            noteKey(counter, k)
            withStore(counter) { $0.set(k, key, value) }
        }
    }

    // MARK: - Builtin functions and methods

    func callNative(_ fn: NativeFunction, _ receiver: ObjID?, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                    site: Int, frame: Frame) throws -> ObjID {
        if case .builtinBaseMethod(let base, let name) = fn, let r = receiver {
            // A method a builtin container's subclass inherits: on the items the model keeps for
            // the instance, or else on items it does not keep (they go to the base's code).
            if let items = itemStorage(r) { return try itemStorageMethod(r, items, name, args, kwargs, site: site, frame: frame) }
            mayRaiseCount += 1
            storageHandedOn(r, "`\(base).\(name)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
        if let r = receiver { return try callMethod(fn.receiverType, fn.methodName, r, args, kwargs, site: site, frame: frame) }
        let a0 = args.first
        switch fn {
        case .builtin(let name):
            guard let model = library.builtin(name), case .builtin(let b) = model.behaviour else {
                mayRaiseCount += 1
                escape("`\(name)()`", args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            noteMayRaise(model, args, kwargs)
            return try callBuiltin(b, args, kwargs, site: site, frame: frame)
        case .superProxy:
            return try callBuiltin(.super, args, kwargs, site: site, frame: frame)
        case .builtinBaseMethod(let base, let name):
            mayRaiseCount += 1
            escape("`\(base).\(name)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        case .lruCacheDecorator(let maxsize):
            if let f = a0 { return makeCache(f, maxsize: maxsize, site: site) }
        case .identityDecorator:
            return a0 ?? none
        case .wrapsDecorator:
            // `functools.update_wrapper`: the wrapped function's `__module__`, `__name__`,
            // `__qualname__`, `__doc__` and `__dict__` items, then `__wrapped__`.
            if args.count == 2, case .function = heap[args[1]].payload {
                let wrapped = args[0], wrapper = args[1]
                if case .function(let w) = heap[wrapped].payload {
                    for (k, v) in w.attrs.sorted(by: { $0.key < $1.key }) where k != "__wrapped__" { setInstanceAttr(wrapper, k, v) }
                    for name in ["__name__", "__qualname__"] where w.attrs[name] == nil {
                        setInstanceAttr(wrapper, name, try getAttribute(wrapped, name, site: site, frame: frame))
                    }
                }
                setInstanceAttr(wrapper, "__wrapped__", wrapped)
            }
            return args.last ?? none
        case .unbound(let type, let method):
            // Static and class methods: the first argument is no receiver.
            if method == "maketrans", ["str", "bytes", "bytearray"].contains(type) {
                for a in args where typeName(a) == "dict" { _ = try iterate(a, site: site, frame: frame) }
                let d = newDict(site: site)
                guard type == "str" else { return d }
                // `str.maketrans({"é": "e"})` / `str.maketrans("ab", "xy", "z")`: code points to
                // what replaces them (None deletes). Arguments the model does not know: empty.
                func code(_ c: Unicode.Scalar) -> ObjID { makeInt(Int(c.value), site: site) }
                if args.count == 1, case .dict(let st, _) = heap[args[0]].payload {
                    for (k, v) in zip(st.keys, st.values) {
                        var key = k
                        if typeName(k) == "str", let t = heap[k].constant {
                            guard t.unicodeScalars.count == 1 else { throw Signal.raise(try makeException("ValueError", site: site)) }
                            key = code(t.unicodeScalars.first!)
                        }
                        withStore(d) { $0.set(key, heap.valueKey(key), v) }
                    }
                } else if (2...3).contains(args.count), let x = heap[args[0]].constant, let y = heap[args[1]].constant {
                    let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
                    guard xs.count == ys.count else { throw Signal.raise(try makeException("ValueError", site: site)) }
                    for (a, b) in zip(xs, ys) { let k = code(a); withStore(d) { $0.set(k, heap.valueKey(k), code(b)) } }
                    if args.count == 3, let z = heap[args[2]].constant {
                        for c in z.unicodeScalars { let k = code(c); withStore(d) { $0.set(k, heap.valueKey(k), none) } }
                    }
                }
                return d
            }
            if method == "fromkeys", type == "dict", let keys = args.first {
                let d = newDict(site: site)
                let value = args.count > 1 ? args[1] : none
                for k in try iterate(keys, site: site, frame: frame) {
                    let key = heap.valueKey(k)
                    withStore(d) { $0.set(k, key, value) }
                }
                return d
            }
            guard let receiver = args.first else { break }
            // `list.append(l, x)`, `dict.__setitem__(d, k, v)`, `list.__iadd__(l, items)`: the method on its first argument.
            let rest = Array(args.dropFirst())
            if type != "object", let items = itemStorage(receiver) {
                // `dict.__setitem__(self, k, v)` in a dict subclass: the base's method on the
                // instance's items (not the subclass's own `__setitem__` again).
                return try itemStorageMethod(receiver, items, method, rest, kwargs, site: site, frame: frame)
            }
            if let r = try specialMethod(method, receiver, rest, site: site, frame: frame) { return r }
            switch method {
            case "__init__" where type == "object", "__init_subclass__" where type == "object":
                return none
            case "__new__" where type == "object":
                // `object.__new__(cls)`: a bare instance, no `__init__` run. (Given more, through
                // a base the model cannot see, that base's `__new__` takes it.)
                guard case .classObject = heap[receiver].payload else { return opaque(site: site) }
                if classHasOpaqueBase(receiver), !(rest.isEmpty && kwargs.isEmpty) {
                    escape(Self.outsideBaseConstructor, rest + kwargs.map(\.1), site: site)
                }
                return allocateInstance(receiver, rest, site: site)
            case _ where type == "type":
                return try typeMethod(method, receiver, rest, kwargs, site: site, frame: frame)
            case "__new__" where ["str", "int", "float", "bytes", "tuple", "frozenset"].contains(type) && isClassObject(receiver):
                // `str.__new__(cls, text)` in a subclass's `__new__`: an instance of that subclass
                // (its methods and attributes are there), not a plain value of the base.
                return allocateInstance(receiver, rest, site: site)
            case "__init__":
                // `list.__init__(self)` in a subclass's `__init__`: the base's initialiser, not the
                // subclass's own again (which is what the instance would find). What it is given
                // goes into the builtin part of the instance, which the model does not hold.
                if !rest.isEmpty || !kwargs.isEmpty { escape("`\(type).__init__()`", rest + kwargs.map(\.1), site: site) }
                return none
            case "__setattr__" where type == "object" && rest.count == 2:
                if let attr = heap[rest[0]].constant { try setAttribute(receiver, attr, rest[1], site: site, frame: frame, viaObject: true) }
                return none
            case "__delattr__" where type == "object" && rest.count == 1:
                if let attr = heap[rest[0]].constant { setInstanceAttr(receiver, attr, nil) }
                return none
            default:
                if type == "object" { return opaque(site: site) }
                return try call(try getAttribute(receiver, method, site: site, frame: frame), rest, kwargs, site: site, frame: frame)
            }
        case .boundedInt(let m):
            return boundedInt(m, site: site)
        case .dataclassDecorator:
            if let a0, case .classObject = heap[a0].payload { dataclasses.insert(a0) }
            return a0 ?? none
        case .namedtupleClass:
            // The class a namedtuple() call makes: calling it builds a tuple of the arguments.
            return heap.allocate("namedtuple_class", .native(.namedtupleInstance, receiver: nil), origin: site)
        case .namedtupleInstance:
            return heap.allocate("tuple", .tuple(args + kwargs.map(\.1)), origin: site)
        case .method, .instanceDict:
            break
        }
        escape("`\(fn.description)()`", args + kwargs.map(\.1), site: site)
        return opaque(site: site)
    }

    /// `namedtuple("P", "x y")` / `"x, y"` / `["x", "y"]`, or `NamedTuple("P", [("x", int), …])`:
    /// the field names, when all are known.
    func namedtupleFieldNames(_ spec: ObjID) -> [String]? {
        if let text = heap[spec].constant, typeName(spec) == "str" {
            let names = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            return names.allSatisfy { !$0.isEmpty } ? names : nil
        }
        guard case .list(let items) = heap[spec].payload else {
            if case .tuple(let items) = heap[spec].payload { return namedtupleFieldNames(items: items) }
            return nil
        }
        return namedtupleFieldNames(items: items)
    }

    private func namedtupleFieldNames(items: [ObjID]) -> [String]? {
        var out: [String] = []
        for i in items {
            if typeName(i) == "str", let c = heap[i].constant { out.append(c); continue }
            if case .tuple(let pair) = heap[i].payload, let first = pair.first, typeName(first) == "str",
               let c = heap[first].constant { out.append(c); continue }
            return nil
        }
        return out
    }

    /// A builtin function, as its table entry's behaviour names it.
    func callBuiltin(_ b: Builtin, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        let a0 = args.first
        let name = b.rawValue
        switch b {
        case .list, .tuple:
            let items = try a0.map { try iterate($0, site: site, frame: frame) } ?? []
            return heap.allocate(name, b == .list ? .list(items) : .tuple(items), origin: site)
        case .set, .frozenset:
            var s = OrderedStore()
            for v in try a0.map({ try iterate($0, site: site, frame: frame) }) ?? [] { s.set(v, heap.valueKey(v), v) }
            return heap.allocate(name, .set(s), origin: site)
        case .dict:
            let d = newDict(site: site)
            if let a0 { try updateDict(d, a0, site: site, frame: frame) }
            insertKeywords(d, kwargs, site: site)
            return d
        case .bytearray:
            return heap.allocate("bytearray", .list([]), origin: site)
        case .len:
            guard let a0 else { return makeInt(0, site: site) }
            let n: Int?
            switch heap[a0].payload {
            case .list where unknownLengthLists.contains(a0):
                // (Still the length of that list: `len(buf) >= N` is a test on its size.)
                let result = unknownAtom("int", site: site)
                if watched.contains(a0) { lengthOf[result] = a0 }
                return result
            case .list(let a), .tuple(let a), .deque(let a, _): n = a.count
            case .dict(let s, _), .set(let s), .weakContainer(_, let s): n = s.count
            case .atom where typeName(a0) == "range": n = heap[a0].constant.flatMap { Int($0) }
            case .atom where typeName(a0) == "str": n = heap[a0].constant.map { $0.unicodeScalars.count }
            case .atom where typeName(a0) == "bytes": n = heap[a0].constant.map { $0.count }
            case .instance(let cls, _):
                if let m = mroLookup(cls, "__len__") {
                    return try call(try bindIfFunction(m, to: a0, site: site), [], [], site: site, frame: frame)
                }
                if let items = itemStorage(a0) { return try callBuiltin(.len, [items], [], site: site, frame: frame) }
                n = nil
            default: n = nil
            }
            if let n {
                let result = heap.allocate("int", .atom, constant: String(n), origin: site)
                lengthOf[result] = a0
                return result
            }
            return heap.allocate("int", .atom, origin: site)
        case .range:
            if args.count == 1, let n = intValue(args[0]) { return heap.allocate("range", .atom, constant: String(n), origin: site) }
            if args.count == 2 || args.count == 3, let a = intValue(args[0]), let b = intValue(args[1]) {
                // `range(start, stop[, step])`: its values (not `range(stop - start)`, whose
                // values are others), up to a few thousand of them.
                guard let step = args.count == 3 ? intValue(args[2]) : 1 else { return opaque("range", site: site) }
                if step == 0 { throw Signal.raise(try makeException("ValueError", site: site)) }
                if a == 0 && step == 1 { return heap.allocate("range", .atom, constant: String(max(0, b)), origin: site) }
                let count = step > 0 ? max(0, (b - a + step - 1) / step) : max(0, (a - b - step - 1) / -step)
                guard count <= 4096 else { return opaque("range", site: site) }
                return heap.allocate("range", .tuple((0..<count).map { makeInt(a + $0 * step, site: site) }), origin: site)
            }
            return opaque("range", site: site)
        case .chr where a0.flatMap({ intValue($0) }).flatMap({ Unicode.Scalar(UInt32(clamping: max(0, $0))) }) != nil:
            return makeStr(String(Character(Unicode.Scalar(UInt32(clamping: max(0, intValue(a0!)!)))!)), site: site)
        case .ord where a0.flatMap({ heap[$0].constant }).map({ $0.unicodeScalars.count == 1 }) == true:
            return makeInt(Int(heap[a0!].constant!.unicodeScalars.first!.value), site: site)
        case .str, .repr, .format, .chr, .hex, .oct, .bin, .ascii, .input:
            if b == .format, let a0, args.count == 2, typeName(args[1]) == "str", let spec = heap[args[1]].constant,
               let code = spec.last, code.isLetter || code == "%", ["str", "int", "float"].contains(typeName(a0)), case .atom = heap[a0].payload {
                // A presentation type the value's type has no use for (`format("auto", ".2f")`,
                // `format(3, "s")`): ValueError, as CPython raises.
                let allowed: String
                switch typeName(a0) {
                case "str": allowed = "s"
                case "int": allowed = "bcdoxXneEfFgG%"
                default: allowed = "eEfFgGn%"
                }
                if !allowed.contains(code) { throw Signal.raise(try makeException("ValueError", site: site)) }
            }
            if b == .str, let a0, typeName(a0) == "str" { return a0 }
            if b == .str, let a0, typeName(a0) == "Path", let p = heap[a0].constant { return makeStr(p, site: site) }
            if b == .str, let a0, case .atom = heap[a0].payload, let c = heap[a0].constant, a0 != none {
                return makeStr(c, site: site)
            }
            if b == .format, let a0, let m = userMethod(a0, "__format__") {
                let spec = args.count > 1 ? args[1] : makeStr("", site: site)
                return try call(try bindIfFunction(m, to: a0, site: site), [spec], [], site: site, frame: frame)
            }
            if b == .str || b == .repr || b == .format, let a0, let text = try stringify(a0, repr: b == .repr, site: site, frame: frame) {
                return text
            }
            return makeStr(nil, site: site)
        case .hash where a0.flatMap({ userMethod($0, "__hash__") }) != nil:
            return try call(try bindIfFunction(userMethod(a0!, "__hash__")!, to: a0!, site: site), [], [], site: site, frame: frame)
        case .hash where a0.map({ typeName($0) == "str" || typeName($0) == "bytes" }) == true:
            // str and bytes hashes change from process to process (PYTHONHASHSEED).
            return unknownAtom("int", site: site)
        case .id where a0 != nil:
            // The object's address: the same for the same object (`id(sender)` of a class each
            // call), different from a live other's. Addresses are reused once objects are freed:
            // ids of short-lived objects repeat (a key made of one may repeat).
            let v = makeInt(Self.idBase + a0! * 16, site: site)
            reusableValues.insert(v)
            return v
        case .int, .float, .complex, .abs, .round, .hash, .id, .ord, .sum, .divmod, .pow:
            if b == .int, let a0, let v = intValue(a0) { return makeInt(v, site: site) }
            if b == .sum, let a0, let items = sequenceItems(a0), items.count <= 4096 {
                // Known numbers summed (a list, a tuple, or a generator expression's items):
                // the total, as CPython computes it (ints exactly, floats left to right).
                let start = args.count > 1 ? args[1] : kwargs.first(where: { $0.0 == "start" })?.1
                var exact: Int? = start.map { intValue($0) } ?? 0
                var total: Double? = start.map { numeric($0) } ?? 0
                for x in items {
                    guard let v = numeric(x) else { total = nil; break }
                    total = total.map { $0 + v }
                    if let e = exact, let i = intValue(x) {
                        let (r, overflow) = e.addingReportingOverflow(i)
                        exact = overflow ? nil : r
                    } else {
                        exact = nil
                    }
                }
                if let total, total.isFinite {
                    if let exact, abs(exact) < 1 << 52 { return makeInt(exact, site: site) }
                    if exact == nil, items.contains(where: { typeName($0) == "float" }) || start.map({ typeName($0) == "float" }) == true {
                        return heap.allocate("float", .atom, constant: String(total), origin: site)
                    }
                }
            }
            if b == .int || b == .float, args.count == 1, let a0 {
                // None, a container or a function: TypeError, as CPython raises.
                switch heap[a0].payload {
                case .list, .dict, .set, .tuple, .deque, .function, .classObject, .module:
                    throw Signal.raise(try makeException("TypeError", site: site))
                default:
                    if a0 == none { throw Signal.raise(try makeException("TypeError", site: site)) }
                }
            }
            if b == .int || b == .float, args.count == 1, let a0, typeName(a0) == "str", let text = heap[a0].constant {
                // Parsing a known string: the value, or the ValueError CPython raises.
                let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                if b == .int, let v = Int(t) { return makeInt(v, site: site) }
                if b == .float, let v = Double(t) { return heap.allocate("float", .atom, constant: String(v), origin: site) }
                throw Signal.raise(try makeException("ValueError", site: site))
            }
            if let a0, heap[a0].constant != nil, let x = numeric(a0), x.isFinite, abs(x) < 9e15 {
                // Known numbers: `int(2.7)`, `float(3)`, `abs(-1.5)`, `round(x / 0.5)` (half to
                // even, as CPython rounds), `round(x, 4)`.
                let isFloat = typeName(a0) == "float"
                func float(_ v: Double) -> ObjID { heap.allocate("float", .atom, constant: String(v), origin: site) }
                switch b {
                case .int where args.count == 1 && isFloat: return makeInt(Int(x.rounded(.towardZero)), site: site)
                case .float where args.count == 1: return float(x)
                case .abs where args.count == 1: return isFloat ? float(abs(x)) : makeInt(Int(abs(x)), site: site)
                case .round where args.count == 1 || args[1] == none:
                    return isFloat ? makeInt(Int(x.rounded(.toNearestOrEven)), site: site) : a0
                case .round where args.count == 2 && isFloat:
                    if let digits = intValue(args[1]), (-15...15).contains(digits) {
                        let p = Foundation.pow(10.0, Double(digits))
                        return float(digits >= 0 ? (x * p).rounded(.toNearestOrEven) / p : (x / Foundation.pow(10.0, Double(-digits))).rounded(.toNearestOrEven) * Foundation.pow(10.0, Double(-digits)))
                    }
                default: break
                }
            }
            return heap.allocate(b == .float ? "float" : "int", .atom, origin: site)
        case .bool, .isinstance, .issubclass, .callable, .hasattr, .any, .all:
            if b == .bool, let a0, let t = decidedTruth(a0) { return bool(t) }
            // An undecidable bool() stays undecided: a test of it is a choice (it was one of the two
            // shared objects, picked by the call count, which decided `if bool(os.environ.get(…))`
            // one way as if known). As a key it still repeats (`Heap.valueKey`).
            if b == .bool { return heap.allocate("bool", .atom, origin: site) }
            if b == .isinstance, args.count == 2, let d = isInstance(args[0], args[1]) { return bool(d) }
            if b == .callable, args.count == 1, let d = decidedCallable(args[0]) { return bool(d) }
            if b == .hasattr, args.count == 2, let name = heap[args[1]].constant, surelyHasAttribute(args[0], name) {
                return bool(true)
            }
            if b == .hasattr, args.count == 2, let name = heap[args[1]].constant, surelyLacksAttribute(args[0], name) {
                // (An attribute missing now that no code sets anywhere, on an instance of a class
                // whose whole chain the model has, with no `__getattr__`: reading it raises.)
                return bool(false)
            }
            if b == .any || b == .all, let a0, eagerGeneratorExpressions.contains(a0) {
                // Its Python code ran to the end when it was made; CPython may stop at an early item.
                note("a generator expression over Python code, consumed in part")
            }
            return heap.allocate("bool", .atom, origin: site)
        case .bytes:
            return heap.allocate("bytes", .atom, origin: site)
        case .print:
            var pieces: [ObjID] = []
            for a in args { if let p = try stringify(a, repr: false, site: site, frame: frame) { pieces.append(p) } }
            if let file = kwargs.first(where: { $0.0 == "file" })?.1, file != none {
                // `print(..., file=out)` writes its text with `out.write(...)`: into a StringIO
                // buffer, or through a class's own `write`. (An object the model does not know
                // gets text only, which keeps nothing of the caller's.)
                let text = pieces.count == 1 && heap[pieces[0]].constant != nil ? pieces[0] : opaque("str", site: site)
                try writeText(text, to: file, site: site, frame: frame)
            }
            return none
        case .vars where a0 != nil:
            if case .classObject(let s) = heap[a0!].payload, !s.opaqueBase { return classNamespace(a0!, site: site) }
            if let ns = moduleNamespace(a0!, site: site) { return ns }
            return instanceDict(a0!, site: site)
        case .compile:
            // A code object, made from text alone: nothing runs, nothing is kept (a SyntaxError on
            // bad text counts as may-raise).
            mayRaiseCount += 1
            return opaque(site: site)
        case .importFunction:
            // `__import__(name, ...)`: a module the project has is imported and run; the value (the
            // top package or, with a `fromlist`, the module) is not known here. Any other name:
            // some module's import-time code runs, which sees nothing of this call but the name.
            // Either may raise ImportError.
            mayRaiseCount += 1
            if let name = a0.flatMap({ heap[$0].constant }), !name.isEmpty, !name.hasPrefix(".") {
                _ = try importModule(name, site: site)
            }
            return opaque(site: site)
        case .setattr, .delattr, .exec, .eval, .breakpoint, .dir, .vars, .globals, .locals:
            if b == .setattr, args.count == 3, let attr = heap[args[1]].constant {
                try setAttribute(args[0], attr, args[2], site: site, frame: frame)
            } else if b == .setattr, args.count == 3, case .instance(let cls, _) = heap[args[0]].payload,
                      let m = mroLookup(cls, "__setattr__"), case .function = heap[m].payload {
                // A name the model does not know, through the class's own `__setattr__` (which
                // may file the name somewhere: a validator table's `setdefault(name, …)`).
                _ = try call(try bindIfFunction(m, to: args[0], site: site), [args[1], args[2]], [], site: site, frame: frame)
            } else if b == .setattr, args.count == 3,
                      watched.contains(args[0]) || watched.contains(args[2]) || holdsWatched(args[2]) {
                // A name the model does not know: a new attribute each call, or the same one again.
                escape("`setattr()` with an attribute name heaplint does not know", [args[0], args[2]], site: site)
            }
            if [.exec, .eval].contains(b) {
                let spaces = Array(args.dropFirst()) + kwargs.filter { ["globals", "locals"].contains($0.0) }.map(\.1)
                if b == .eval, spaces.isEmpty, frame.function != nil, frame.parent == nil {
                    // `eval(text)` in a function: an expression the model cannot read, run over the
                    // function's locals and its module's globals. It cannot rebind either (a walrus
                    // there writes a snapshot of the locals), so it is unseen code handed what those
                    // names hold, whatever it computes. (`exec` may bind globals; at module level a
                    // walrus in `eval` does: both stay unmodelled.)
                    var seen = frame.locals.values.map { $0 } + frame.cells.values.map { $0 }
                    if case .module(_, let globals) = heap[frame.moduleObject].payload {
                        seen += globals.values.filter { !heap[$0].isModule }
                    }
                    escape("`eval()`", args + seen, site: site)
                    mayRaiseCount += 1
                    return opaque(site: site)
                }
                // (Given namespaces of its own, dicts the program made: the code sees only them,
                // as unseen code sees what it is handed, and binds names there alone. Run over
                // the caller's namespaces, or ones the model does not know, it may rebind names
                // the model goes on reading.)
                let ownSpaces = !spaces.isEmpty && spaces.allSatisfy { if case .dict = heap[$0].payload { return true } else { return false } }
                if !ownSpaces { note("`\(name)()`") }
                // The code run may bind any name in the namespaces it is given (`exec(code, g, l)`
                // then `l["f"]`): each dict gains an entry the model does not know, so a lookup
                // there is a value it does not know or a KeyError real code may not raise.
                for d in spaces {
                    guard case .dict = heap[d].payload else { continue }
                    let key = opaque(site: site)
                    let value = opaque(site: site)
                    withStore(d) { $0.set(key, heap.valueKey(key), value) }
                }
                escape("`\(name)()`", Array(args.prefix(1)) + spaces, site: site)
                mayRaiseCount += 1
                if b == .eval { return opaque(site: site) }
            }
            return none
        case .getattr:
            if args.count >= 2, let attr = heap[args[1]].constant {
                if args.count == 3, attributePresenceUnknown(args[0], attr) {
                    // An object the model does not know, or an attribute code the scenario did not
                    // run may set: there (a value the model does not know) or not (the default comes
                    // back), undecided.
                    return try truth(heap.allocate("bool", .atom, origin: site), site: site) ? opaque(site: site) : args[2]
                }
                do { return try getAttribute(args[0], attr, site: site, frame: frame) }
                catch Signal.raise(let e) { if args.count == 3 { return args[2] }; throw Signal.raise(e) }
            }
            // An attribute name the model does not know: the object may have it, or not (then the
            // default comes back), an undecided choice.
            guard args.count == 3 else { return opaque(site: site) }
            return try truth(heap.allocate("bool", .atom, origin: site), site: site) ? opaque(site: site) : args[2]
        case .sorted:
            let items = try a0.map { try iterate($0, site: site, frame: frame) } ?? []
            // The key function runs once per item; known numbers or known text sort as CPython
            // sorts them (stably), others keep their order.
            if let ordered = try knownOrder(items, kwargs, site: site, frame: frame) { return newList(ordered, site: site) }
            if let key = kwarg(kwargs, "key"), key != none {
                // (`knownOrder` ran it on each item.)
            } else if items.count > 1, items.contains(where: { comparesInPython($0) }) {
                // Sorting compares items with `<`, running their classes' methods (the order the
                // model keeps is the original one).
                for i in 1..<items.count { _ = try compare(.lt, items[i], items[i - 1], site: site, frame: frame) }
            }
            return newList(items, site: site)
        case .reversed, .iter, .enumerate, .zip, .map, .filter:
            // Iterators over their arguments; consumed where they are used.
            if b == .iter, args.count == 2 {
                // `iter(f, sentinel)`: calls `f` each time it is advanced (see `iterate`).
                return heap.allocate("callable_iterator", .partial(function: args[0], args: [args[1]]), origin: site)
            }
            if b == .enumerate || b == .zip, let a0, args.allSatisfy({ isResumableGenerator($0) || sequenceItems($0) != nil }),
               args.contains(where: { isResumableGenerator($0) }), b == .zip || args.count == 1 && kwargs.isEmpty {
                // Over a generator, lazily: a loop that stops early (`break`) leaves the generator
                // suspended, and what follows its `yield` does not run (see `lazyItems`).
                return heap.allocate(name, .partial(function: none, args: b == .zip ? args : [a0]), origin: site)
            }
            if b == .enumerate, let a0 {
                let items = try iterate(a0, site: site, frame: frame)
                // `enumerate(xs, start)`: counted from `start` (unknown counts when it is).
                let startObject = args.count > 1 ? args[1] : kwargs.first(where: { $0.0 == "start" })?.1
                let start = startObject.map { intValue($0) } ?? 0
                return newList(items.enumerated().map { i, v in
                    heap.allocate("tuple", .tuple([start.map { makeInt($0 + i, site: site) } ?? unknownAtom("int", site: site), v]), origin: site) }, site: site)
            }
            if b == .zip {
                let seqs = try args.map { try iterate($0, site: site, frame: frame) }
                let n = seqs.map(\.count).min() ?? 0
                return newList((0..<n).map { i in heap.allocate("tuple", .tuple(seqs.map { $0[i] }), origin: site) }, site: site)
            }
            if b == .map || b == .filter, args.count >= 2 {
                // Lazy, as in Python 3: the function runs only when the result is iterated.
                // (`map(f, xs, ys)` keeps every iterable: `f` gets an item of each.)
                return heap.allocate(name, .partial(function: args[0], args: b == .map ? Array(args.dropFirst()) : [args[1]]), origin: site)
            }
            let items = try a0.map { try iterate($0, site: site, frame: frame) } ?? []
            if b == .iter, let a0, knownLength(a0) {
                // An iterator: `next(it)` takes its items one by one, and a loop over it takes the
                // rest (`for tok in it: … next(it)` shares it with the loop). Only over a container
                // whose items the model knows: over unknown data, the items are the model's guess,
                // and running out of them is not a StopIteration the real data would raise.
                return heap.allocate(Self.listIterator, .list(items), origin: site)
            }
            return newList(b == .reversed ? items.reversed() : items, site: site)
        case .min, .max:
            let candidates = args.count == 1 ? try iterate(args[0], site: site, frame: frame) : args
            if candidates.isEmpty, let d = kwarg(kwargs, "default") { return d }
            let key = kwarg(kwargs, "key").flatMap { $0 == none ? nil : $0 }
            if !candidates.isEmpty, let keys = try sortKeys(candidates, key, site: site, frame: frame) {
                // (The first of the smallest, or of the largest, as CPython picks it.)
                var best = 0
                for i in keys.indices.dropFirst() where b == .min ? keys[i] < keys[best] : keys[best] < keys[i] { best = i }
                return candidates[best]
            }
            if key != nil {
                // (`sortKeys` ran it on each item.) Which one wins is not known: a choice the
                // model makes, the first or the last, not a decided result.
                guard let first = candidates.first, let last = candidates.last else { return opaque(site: site) }
                return first == last || policyDecision(site: site) ? first : last
            }
            guard !candidates.isEmpty else { throw Signal.raise(try makeException("ValueError", site: site)) }
            if candidates.count > 1, candidates.contains(where: { comparesInPython($0) }) {
                // `item > best` (`<` for min) for each item after the first, as CPython runs them.
                var best = candidates[0]
                for item in candidates.dropFirst() {
                    let r = try compare(b == .max ? .gt : .lt, item, best, site: site, frame: frame)
                    if decidedTruth(r) == true { best = item }
                }
                return best
            }
            let numbers = candidates.map { numeric($0) }
            if !numbers.contains(where: { $0 == nil }) {
                let values = numbers.compactMap { $0 }
                let best = b == .min ? values.min()! : values.max()!
                return candidates[values.firstIndex(of: best)!]
            }
            // min(x, c) of an unknown x is one of a few values up to c.
            if b == .min, let c = candidates.compactMap({ intValue($0) }).min(), c >= 0, c < 10_000 {
                return boundedInt(c + 1, site: site)
            }
            return candidates.first ?? opaque(site: site)
        case .next:
            if let a0, typeName(a0) == "itertools.count", let c = heap[a0].constant, let v = Int(c) {
                heap.objects[a0].constant = String(v + 1)
                return makeInt(v, site: site)
            }
            if let a0, case .generator(let fo) = heap[a0].payload {
                // Resumed step by step; past the cap on coroutines, the first next() runs it to
                // its first `yield` and what follows runs only if something resumes it.
                if canResume(a0) {
                    if let v = try resume(a0, sending: none) { return v }
                    if args.count > 1 { return args[1] }
                    throw Signal.raise(try makeException("StopIteration", site: site))
                }
                if pendingGenerators[a0] != nil {
                    return try runGenerator(a0, frame: fo, site: site, limit: 1).first ?? none
                }
                if fo == none, suspendedGenerators[a0] == nil {
                    // It returned: exhausted.
                    if args.count > 1 { return args[1] }
                    throw Signal.raise(try makeException("StopIteration", site: site))
                }
                noteResumed(a0)
                return opaque(site: site)
            }
            if let a0, typeName(a0) == "callable_iterator", case .partial(let fn, let source) = heap[a0].payload {
                // `next(iter(f, sentinel))`: one call of `f`; a result equal to the sentinel (or
                // StopIteration from `f`) exhausts it for good.
                let exhausted = { () throws -> ObjID in
                    self.heap.objects[a0].payload = .partial(function: fn, args: [])
                    if args.count > 1 { return args[1] }
                    throw Signal.raise(try self.makeException("StopIteration", site: site))
                }
                guard let sentinel = source.first else { return try exhausted() }
                let r: ObjID
                do {
                    r = try call(fn, [], [], site: site, frame: frame)
                } catch Signal.raise(let e) {
                    if case .exception(let c?, _, _, _) = heap[e].payload, let stop = exceptionClasses["StopIteration"], mro(c).contains(stop) {
                        return try exhausted()
                    }
                    throw Signal.raise(e)
                }
                switch decidedTruth(try compare(.eq, r, sentinel, site: site, frame: frame)) {
                case true?: return try exhausted()
                case false?: return r
                case nil: noteChoice(); return r
                }
            }
            if let a0, typeName(a0) == Self.listIterator, case .list(var rest) = heap[a0].payload {
                guard !rest.isEmpty else {
                    if args.count > 1 { return args[1] }
                    throw Signal.raise(try makeException("StopIteration", site: site))
                }
                let v = rest.removeFirst()
                heap.objects[a0].payload = .list(rest)
                return v
            }
            if let a0, eagerGeneratorExpressions.contains(a0) {
                // Its Python code ran to the end when it was made; CPython stops at the first item.
                note("a generator expression over Python code, consumed in part")
            }
            if let a0 { return try iterate(a0, site: site, frame: frame).first ?? (args.count > 1 ? args[1] : opaque(site: site)) }
            return opaque(site: site)
        case .open:
            return heap.allocate("TextIOWrapper", .opaque(held: []), origin: site)
        case .type:
            if let a0 {
                // `type(None)`: NoneType, so `isinstance(x, (type(None), str))` is decided.
                // (One object, as in CPython: `type(None)` twice is the same key.)
                if a0 == none, args.count == 1 {
                    if let t = externals["builtins.NoneType"] { return t }
                    let t = native(.builtin("NoneType"), nil)
                    externals["builtins.NoneType"] = t
                    heap.roots.append(("builtins", t))
                    return t
                }
                // A str, list, … : its builtin type, so `type(message) is type(deprecate)` is
                // decided and `type(items)(new)` makes a list.
                // (A namedtuple's class: each `namedtuple()` call makes a new one.)
                if args.count == 1, let c = namedtupleClassOf[a0] { return c }
                if args.count == 1, isBuiltinValue(a0), let t = builtins[typeName(a0)] { return t }
                if args.count == 1, case .function = heap[a0].payload, let t = functionType { return t }
                if case .instance(let c, _) = heap[a0].payload { return c }
                if case .exception(let c?, _, _, _) = heap[a0].payload { return c }
                // A class's metaclass: a program one, or `type` (unknown past a base the model cannot see).
                if args.count == 1, case .classObject = heap[a0].payload {
                    if let m = classMetaclass[a0] { return m }
                    if !classHasOpaqueBase(a0), let t = builtins["type"] { return t }
                }
                // `type(name, bases, namespace)` makes a class, and as a class statement does, runs
                // the nearest base's `__init_subclass__` with the keywords (a registry of
                // subclasses gains every class made so), or the bases' program metaclass.
                if args.count == 3, typeName(a0) == "str", case .tuple = heap[args[1]].payload, case .dict = heap[args[2]].payload {
                    return try typeNew(metaclass: nil, args, kwargs, site: site, frame: frame)
                }
                if args.count == 1, case .opaque = heap[a0].payload {
                    // The class of an object the model cannot see into (made by a class
                    // `dataclasses.make_dataclass` returned, handed in by a caller): one of the few
                    // classes such objects have, the same from call to call, not a new value.
                    let t = opaque("type", site: site)
                    unseenResults.insert(t)
                    return t
                }
            }
            return opaque("type", site: site)
        case .object:
            return heap.allocate("object", .instance(cls: builtins["object"]!, attrs: [:]), origin: site)
        case .staticmethod, .classmethod, .property:
            guard let a0 else { return opaque(site: site) }
            let kind: DescriptorKind = b == .staticmethod ? .staticmethod : b == .classmethod ? .classmethod : .property
            return heap.allocate(name, .descriptor(kind: kind, function: a0), origin: site)
        case .super:
            let proxy = heap.allocate("super", .native(.superProxy, receiver: args.count == 2 ? args[1] : nil), origin: site)
            // (`super(VersionedMixin, self)`: the lookup starts after the class named, in the
            // receiver's MRO, not after the class whose method calls it.)
            if args.count == 2, case .classObject = heap[args[0]].payload { superStarts[proxy] = args[0] }
            return proxy
        case .memoryview, .aiter, .anext:
            return opaque(site: site)
        default:
            escape("`\(name)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
    }

    /// A special method called by name (`d.__setitem__(k, v)`, `list.__iadd__(l, xs)`) does what
    /// its operator does; nil when it is not one of these.
    func specialMethod(_ method: String, _ r: ObjID, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID? {
        switch method {
        case "__setitem__" where args.count == 2:
            try setItem(r, args[0], args[1], site: site, frame: frame); return none
        case "__getitem__" where args.count == 1:
            return try getItem(r, args[0], site: site, frame: frame)
        case "__delitem__" where args.count == 1:
            try deleteItem(r, args[0], site: site); return none
        case "__contains__" where args.count == 1:
            return membership(args[0], in: r).map(bool) ?? heap.allocate("bool", .atom, origin: site)
        case "__len__":
            return try callBuiltin(.len, [r], [], site: site, frame: frame)
        case "__iadd__" where args.count == 1:
            return try inplace(.add, r, args[0], site: site, frame: frame)
        case "__ior__" where args.count == 1:
            return try inplace(.bitOr, r, args[0], site: site, frame: frame)
        default:
            return nil
        }
    }

    /// `type.method(...)` bound to `r`; `type` names the receiver's kind as the bound method was made
    /// (`object` for a `super()` proxy's methods), and appears in what an assumption says.
    /// Text written to a file-like object by library code (`print(file=)`, a stream handler, a
    /// csv writer): into a StringIO buffer, or through the `write` of a class of the program; a
    /// stream the model does not know gets text only, which keeps nothing of the caller's.
    func writeText(_ text: ObjID, to file: ObjID, site: Int, frame: Frame) throws {
        if typeName(file) == "StringIO", case .opaque = heap[file].payload {
            _ = try stringIOMethod("write", file, [text], [], site: site, frame: frame)
        } else if case .instance = heap[file].payload {
            _ = try call(try getAttribute(file, "write", site: site, frame: frame), [text], [], site: site, frame: frame)
        }
    }

    /// `io.StringIO` / `io.BytesIO`: the buffer holds each written string (`(held)`), so a buffer
    /// kept across calls grows by what each call writes. Positions are counted in written pieces:
    /// `tell()` gives a mark, `seek(mark)` / `seek(0)` goes back to one, and `truncate()` there (or
    /// `truncate(0)`, `truncate(mark)`) drops what was written after it; `close()` frees the
    /// buffer. A write or truncate at a position the model does not know hands the buffer to
    /// code it cannot see (unknown). What it reads back is text the model does not know (the
    /// written text when every piece is known).
    func stringIOMethod(_ method: String, _ r: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                        site: Int, frame: Frame) throws -> ObjID {
        guard case .opaque(var held) = heap[r].payload else { return opaque(site: site) }
        func update() { heap.objects[r].payload = .opaque(held: held) }
        /// A known piece index for a position argument: 0, or a mark `tell()` gave for this buffer.
        func piece(_ x: ObjID) -> Int? {
            if intValue(x) == 0 { return 0 }
            if let m = stringIOMarks[x], m.buffer == r { return min(m.piece, held.count) }
            return nil
        }
        func cut(at k: Int) { held = Array(held.prefix(k)); update() }
        let unknownPosition = "a `StringIO` write or truncate at a position heaplint does not track"
        switch method {
        case "write", "writelines":
            guard let a = args.first else { return opaque("int", site: site) }
            if stringIOClosed.contains(r) { throw Signal.raise(try makeException("ValueError", site: site)) }
            // (After `truncate(k)` left the position past the end: CPython pads with NULs up to
            // it, so the text written before stays as long as it was.)
            stringIOPendingCut[r] = nil
            if let p = stringIOPositions[r], p != held.count {
                // Written over earlier text: how much of it stays is not known.
                escape(unknownPosition, [r], site: site)
            }
            stringIOPositions[r] = nil
            if method == "write" { held.append(a) } else { held.append(contentsOf: try iterate(a, site: site, frame: frame)) }
            update()
            return method == "write" ? opaque("int", site: site) : none
        case "seek":
            let whence = args.count > 1 ? intValue(args[1]) : 0
            if whence == 2, let x = args.first, intValue(x) == 0 { stringIOPositions[r] = nil }
            else if whence == 0, let x = args.first, let k = piece(x) {
                if let cutAt = stringIOPendingCut[r], k <= cutAt { cut(at: cutAt) }
                stringIOPositions[r] = k
            }
            else { stringIOPositions[r] = -1 }
            stringIOPendingCut[r] = nil
            return opaque("int", site: site)
        case "tell":
            let mark = opaque("int", site: site)
            let p = stringIOPositions[r] ?? held.count
            if p >= 0 { stringIOMarks[mark] = (r, p) }
            return mark
        case "truncate":
            // The position does not move: truncating below it (`truncate(0)` at the end) leaves
            // the next write to pad back up to it, so the text is dropped only if a `seek` to
            // within what is left comes first.
            let position = stringIOPositions[r] ?? held.count
            if let size = args.first ?? kwargs.first(where: { $0.0 == "size" })?.1, size != none {
                if let k = piece(size), position >= 0 {
                    if position <= k { cut(at: k) } else { stringIOPendingCut[r] = k }
                } else {
                    escape(unknownPosition, [r], site: site)
                }
            } else if let p = stringIOPositions[r] {
                if p >= 0 { cut(at: p) } else { escape(unknownPosition, [r], site: site) }
            }
            return opaque("int", site: site)
        case "close", "__exit__":
            held = []; update()
            stringIOClosed.insert(r)
            return none
        case "getvalue":
            if heap[r].constant != nil, held.allSatisfy({ heap[$0].constant != nil && typeName($0) == "str" }) {
                return makeStr((heap[r].constant ?? "") + held.map { heap[$0].constant ?? "" }.joined(), site: site)
            }
            return opaque("str", site: site)
        case "read", "readline", "readlines":
            stringIOPositions[r] = method == "readline" ? -1 : nil
            return method == "readlines" ? newList([], site: site) : opaque("str", site: site)
        case "fileno":
            return opaque("int", site: site)
        case "flush":
            return none
        case "__enter__":
            return r
        default:
            return opaque(site: site)
        }
    }

    func callMethod(_ type: String, _ method: String, _ r: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                    site: Int, frame: Frame) throws -> ObjID {
        let a0 = args.first
        if stableValues.contains(r), ["str", "bytes"].contains(typeName(r)),
           let parts = Optional((args + kwargs.map(\.1)).map(stableKeyPart)), !parts.contains(where: { $0 == nil }) {
            // A method of text computed from known constants (`dedent(kind).encode()`): the same
            // result each time, when it is immutable.
            let key = "method \(r).\(method)(" + parts.map { $0 ?? "" }.joined(separator: ",") + ")" + kwargs.map(\.0).joined(separator: ",")
            if let known = derivedTexts[key] { return known }
            stableValues.remove(r)
            defer { stableValues.insert(r) }
            let v = try callMethod(type, method, r, args, kwargs, site: site, frame: frame)
            if case .atom = heap[v].payload, heap[v].constant == nil {
                derivedTexts[key] = v
                stableValues.insert(v)
                heap.roots.append(("derived value", v))
            }
            return v
        }
        if let maps = chainMaps(r) { return try chainMapMethod(method, r, maps, args, kwargs, site: site, frame: frame) }
        if case .native(.instanceDict, let owner?) = heap[r].payload, case .instance = heap[owner].payload,
           let v = try instanceDictMethod(method, owner, args, kwargs, site: site, frame: frame) {
            return v
        }
        if typeName(r) == "StringIO", case .opaque = heap[r].payload {
            return try stringIOMethod(method, r, args, kwargs, site: site, frame: frame)
        }
        if type == Self.testCaseType { return try testCaseMethod(method, r, args, kwargs, site: site, frame: frame) }
        if let r = try testSuiteMethod(method, r, args, site: site, frame: frame) { return r }
        if let result = taskResults[r] { return try taskMethod(method, r, result, args, kwargs, site: site, frame: frame) }
        if typeName(r) == "finalize", case .weakref = heap[r].payload, method == "detach" || method == "__call__" {
            // `weakref.finalize.detach()` / `()`: once, while it is alive; the module forgets it,
            // and its function runs only when called (`detach` hands it back instead).
            guard !heap.objects[r].callbackDone, let cb = heap.objects[r].callback else { return none }
            heap.objects[r].callbackDone = true
            let reg = registry("weakref.finalize registry")
            removeFromRegistry(reg, r)
            removeFromRegistry(reg, cb)
            if method == "__call__" { return try call(cb, [], [], site: site, frame: frame) }
            return opaque(site: site)
        }
        if typeName(r) == Self.singleDispatchType || typeName(r) == Self.singleDispatchRegisterType, case .tuple(let parts) = heap[r].payload {
            return try singleDispatchMethod(method, r, parts, args, kwargs, site: site, frame: frame)
        }
        if typeName(r) == "ExitStack", case .list = heap[r].payload {
            return try exitStackMethod(method, r, args, kwargs, site: site, frame: frame)
        }
        if typeName(r) == "threading.Thread", case .tuple(let parts) = heap[r].payload, parts.count >= 3 {
            return try threadMethod(method, r, parts, site: site, frame: frame)
        }
        if typeName(r) == "queue.Queue" || typeName(r) == "queue.LifoQueue", case .deque = heap[r].payload {
            return try queueMethod(method, r, args, site: site, frame: frame)
        }
        switch heap[r].payload {
        case .list, .deque, .dict, .set:
            // Special methods called by name (`d.__setitem__(k, v)`, an alias `put = d.__setitem__`).
            if let v = try specialMethod(method, r, args, site: site, frame: frame) { return v }
        default:
            break
        }
        switch heap[r].payload {
        case .list, .deque:
            guard let m = library.method(.sequence, method) else { return opaque(site: site) }
            switch m {
            case .append, .appendleft:
                guard let a0 else { return none }
                withList(r) { if m == .append { $0.append(a0) } else { $0.insert(a0, at: 0) } }
                return none
            case .extend, .extendleft:
                let items = try a0.map { try iterate($0, site: site, frame: frame) } ?? []
                noteBulkStore(into: r, empty: items.isEmpty)
                withList(r) { $0 += items }
                return none
            case .insert:
                if args.count == 2 {
                    withList(r) { l in
                        let i = max(0, min(l.count, intValue(args[0]).map { $0 < 0 ? l.count + $0 : $0 } ?? l.count))
                        l.insert(args[1], at: i)
                    }
                }
                return none
            case .pop, .popleft:
                var out: ObjID?
                withList(r) { l in
                    guard !l.isEmpty else { return }
                    if m == .popleft { out = l.removeFirst(); return }
                    if let a0, let i = intValue(a0) {
                        let j = i < 0 ? l.count + i : i
                        if j >= 0 && j < l.count { out = l.remove(at: j) }
                    } else { out = l.removeLast() }
                }
                if let out { return out }
                throw Signal.raise(try makeException("IndexError", site: site))
            case .remove:
                guard let a0 else { return none }
                let key = heap.valueKey(a0)
                var removed = false
                withList(r) { l in
                    if let i = l.firstIndex(where: { $0 == a0 || heap.valueKey($0) == key }) { l.remove(at: i); removed = true }
                    else if let i = l.firstIndex(where: { !isKnownIdentity($0) && heap[$0].constant == nil }) { l.remove(at: i); removed = true }
                }
                if !removed { throw Signal.raise(try makeException("ValueError", site: site)) }
                return none
            case .clear:
                withList(r) { $0.removeAll() }
                return none
            case .copy:
                if case .list(let items) = heap[r].payload { return newList(items, site: site) }
                if case .deque(let items, let m) = heap[r].payload { return heap.allocate("deque", .deque(items, maxlen: m), origin: site) }
                return none
            case .sort, .reverse, .rotate:
                if m == .reverse { withList(r) { $0.reverse() } }
                // (`knownOrder` runs the key function on each item either way.)
                if m == .sort, case .list(let items) = heap[r].payload, let ordered = try knownOrder(items, kwargs, site: site, frame: frame) {
                    withList(r) { $0 = ordered }
                }
                return none
            case .index, .count:
                return heap.allocate("int", .atom, origin: site)
            default:
                return opaque(site: site)
            }
        case .dict(let s, _) where typeName(r) == "re.Match":
            switch method {
            case "group" where args.count > 1:
                // `m.group(1, 2, 3)`: a tuple of those groups.
                var parts: [ObjID] = []
                for a in args {
                    parts.append(try callMethod(type, "group", r, [a], [], site: site, frame: frame))
                }
                return heap.allocate("tuple", .tuple(parts), origin: site)
            case "group":
                let key = a0 ?? makeInt(0, site: site)
                if let i = s.position(of: heap.valueKey(key)) { return s.values[i] }
                // A group named by a value the model does not know (`m.group(m.lastgroup)`) may be
                // any of them: CPython raises only for a name or number the pattern lacks.
                guard heap[key].constant != nil, args.count <= 1 else { return opaque(site: site) }
                throw Signal.raise(try makeException("IndexError", site: site))
            case "groups":
                return heap.allocate("tuple", .tuple(zip(s.keys, s.values).filter { intValue($0.0).map { $0 > 0 } ?? false }.map(\.1)), origin: site)
            case "start", "end", "span":
                guard let details = matchDetails[r] else { return opaque(site: site) }
                // (By number; a group named by text is left unknown.)
                let index: Int
                if let a0 {
                    guard let i = intValue(a0) else { return opaque(site: site) }
                    index = i
                } else { index = 0 }
                guard index >= 0, index < details.spans.count else { return opaque(site: site) }
                let span = details.spans[index] ?? (-1, -1)
                if method == "start" { return makeInt(span.0, site: site) }
                if method == "end" { return makeInt(span.1, site: site) }
                return heap.allocate("tuple", .tuple([makeInt(span.0, site: site), makeInt(span.1, site: site)]), origin: site)
            case "groupdict":
                var d = OrderedStore()
                for (k, v) in zip(s.keys, s.values) where typeName(k) == "str" { d.set(k, heap.valueKey(k), v) }
                return heap.allocate("dict", .dict(d, factory: nil), origin: site)
            default:
                return opaque(site: site)
            }
        case .dict(let s, _):
            guard let m = library.method(.mapping, method) else { return opaque(site: site) }
            switch m {
            case .get:
                guard let a0 else { return none }
                if let i = s.position(of: heap.valueKey(a0)) { return s.values[i] }
                // A known key may be one of the keys the model does not know (an outside caller's
                // `**inputs`, fields cut out of fresh text): that entry, or the default.
                if heap[a0].constant != nil, let i = s.keys.firstIndex(where: { kid in
                    guard case .identity(let id) = heap.valueKey(kid) else { return false }
                    return !isKnownIdentity(id) || isFreshValue(kid)
                }), policyDecision(site: site) {
                    return bindUnknownKey(r, at: i, to: a0)
                }
                // (Fresh data is taken to be none of the keys, as for `in`: an assumption, since an
                // outside caller may pass one of them, `kind = TYPES.get(name)` then `if kind is
                // None: raise`. Not with a fallback that is data itself, `ENTITIES.get(ch, ch)`: the
                // code goes on the same way with either.)
                if isFreshValue(a0), args.count < 2 || args[1] == none { noteAssumedMembership(among: s.keys) }
                // (A key the model does not know may be one of the keys: that entry, or the default.)
                if let v = entryOfUnknownKey(a0, in: s, site: site) { return v }
                return args.count > 1 ? args[1] : none
            case .setdefault:
                guard let a0 else { return none }
                let k = heap.valueKey(a0)
                if let i = s.position(of: k) { return s.values[i] }
                // A key the model does not know (not a constant, not fresh data) may be one the
                // dict holds: an undecided choice between that entry and a new one. When the dict
                // is a copy sharing entries the default holds (`dict(base)` of a dict of dicts),
                // that entry is the default's: what the caller stores into it grows the default
                // whichever way the choice went here (m54).
                if !s.keys.isEmpty, heap[a0].constant == nil, !isFreshValue(a0), case .atom = heap[a0].payload,
                   !watched.isEmpty, !watched.contains(r), let held = watchedHolds(anyOf: s.values) {
                    escape("an entry of a copy picked by a key heaplint does not know (it may be one the default holds)", [held], site: site)
                }
                if !s.keys.isEmpty, heap[a0].constant == nil, !isFreshValue(a0), case .atom = heap[a0].payload,
                   try truth(heap.allocate("bool", .atom, origin: site), site: site) {
                    return s.values[0]
                }
                let v = args.count > 1 ? args[1] : none
                noteKey(r, a0)
                withStore(r) { $0.set(a0, k, v) }
                return v
            case .update where typeName(r) == "Counter":
                // Counter.update(iterable) counts the elements; a mapping adds its counts.
                if let a0 {
                    if case .dict = heap[a0].payload { try updateDict(r, a0, site: site, frame: frame) } else {
                        for v in try iterate(a0, site: site, frame: frame) { try countElement(r, v, site: site) }
                    }
                }
                return none
            case .update:
                if let a0 { try updateDict(r, a0, site: site, frame: frame) }
                insertKeywords(r, kwargs, site: site)
                return none
            case .pop:
                guard let a0 else { return none }
                var out: ObjID?
                withStore(r) { out = $0.remove(heap.valueKey(a0))?.value }
                if let out { return out }
                if args.count > 1 { return args[1] }
                throw Signal.raise(try makeException("KeyError", site: site))
            case .popitem:
                var out: (key: ObjID, value: ObjID)?
                let last = kwarg(kwargs, "last").map { $0 != falseObject } ?? (a0.map { $0 != falseObject } ?? true)
                withStore(r) { out = last ? $0.removeLast() : $0.removeFirst() }
                if let out { return heap.allocate("tuple", .tuple([out.key, out.value]), origin: site) }
                throw Signal.raise(try makeException("KeyError", site: site))
            case .moveToEnd:
                if let a0 {
                    withStore(r) { st in if let p = st.remove(heap.valueKey(a0)) { st.set(p.key, heap.valueKey(p.key), p.value) } }
                }
                return none
            case .clear:
                withStore(r) { $0.removeAll() }
                return none
            case .copy:
                // (A defaultdict's copy keeps its default factory.)
                if case .dict(_, let factory) = heap[r].payload { return heap.allocate(typeName(r), .dict(s, factory: factory), origin: site) }
                return heap.allocate(typeName(r), .dict(s, factory: nil), origin: site)
            case .keys:
                return newList(s.keys, site: site)
            case .values:
                return newList(s.values, site: site)
            case .items:
                return newList(zip(s.keys, s.values).map { heap.allocate("tuple", .tuple([$0, $1]), origin: site) }, site: site)
            case .mostCommon:
                // (key, count) pairs, most common first (ties in insertion order), `n` of them.
                var pairs = Array(zip(s.keys, s.values))
                if pairs.allSatisfy({ intValue($0.1) != nil }) {
                    pairs = pairs.enumerated().sorted { (intValue($0.element.1)!, -$0.offset) > (intValue($1.element.1)!, -$1.offset) }.map(\.element)
                }
                if let a0, let n = intValue(a0) { pairs = Array(pairs.prefix(max(0, n))) }
                return newList(pairs.map { heap.allocate("tuple", .tuple([$0.0, $0.1]), origin: site) }, site: site)
            case .elements:
                return newList(s.keys, site: site)
            default:
                return opaque(site: site)
            }
        case .set(let s):
            guard let m = library.method(.set, method) else { return heap.allocate("bool", .atom, origin: site) }
            switch m {
            case .add:
                if let a0 { noteKey(r, a0); withStore(r) { $0.set(a0, heap.valueKey(a0), a0) } }
                return none
            case .update:
                for a in args { for v in try iterate(a, site: site, frame: frame) { withStore(r) { $0.set(v, heap.valueKey(v), v) } } }
                return none
            case .discard, .remove:
                guard let a0 else { return none }
                var removed = false
                withStore(r) { removed = $0.remove(heap.valueKey(a0)) != nil }
                if !removed && m == .remove { throw Signal.raise(try makeException("KeyError", site: site)) }
                return none
            case .pop:
                var out: ObjID?
                withStore(r) { out = $0.removeLast()?.key }
                if let out { return out }
                throw Signal.raise(try makeException("KeyError", site: site))
            case .clear:
                withStore(r) { $0.removeAll() }
                return none
            case .copy, .union, .difference, .intersection, .symmetricDifference, .differenceUpdate, .intersectionUpdate, .symmetricDifferenceUpdate:
                var c = s
                for a in args {
                    let others = try iterate(a, site: site, frame: frame)
                    let keys = Set(others.map { heap.valueKey($0) })
                    switch m {
                    case .union: for v in others { c.set(v, heap.valueKey(v), v) }
                    case .difference, .differenceUpdate: for v in others { c.remove(heap.valueKey(v)) }
                    case .intersection, .intersectionUpdate:
                        for k in c.keys where !keys.contains(heap.valueKey(k)) { c.remove(heap.valueKey(k)) }
                    case .symmetricDifference, .symmetricDifferenceUpdate:
                        for v in others {
                            if c.position(of: heap.valueKey(v)) != nil { c.remove(heap.valueKey(v)) } else { c.set(v, heap.valueKey(v), v) }
                        }
                    default: break
                    }
                }
                if [.differenceUpdate, .intersectionUpdate, .symmetricDifferenceUpdate].contains(m) {
                    withStore(r) { $0 = c }
                    return none
                }
                return heap.allocate("set", .set(c), origin: site)
            default:
                return heap.allocate("bool", .atom, origin: site)
            }
        case .weakContainer(_, let s):
            guard let m = library.method(.weakContainer, method) else { return none }
            switch m {
            case .add:
                if let a0 { withStore(r) { $0.set(a0, heap.valueKey(a0), a0) } }
            case .get:
                if let a0, let i = s.position(of: heap.valueKey(a0)) { return s.values[i] }
                return args.count > 1 ? args[1] : none
            case .pop, .discard, .remove:
                if let a0 { withStore(r) { $0.remove(heap.valueKey(a0)) } }
            case .clear:
                withStore(r) { $0.removeAll() }
            case .setdefault:
                if let a0, args.count > 1 { withStore(r) { $0.set(a0, heap.valueKey(a0), args[1]) }; return args[1] }
            default: break
            }
            return none
        case .cacheWrapper:
            if method == "cache_clear" { withStore(r) { $0.removeAll() } }
            return opaque(site: site)
        case .descriptor(.property, let fget):
            // `@name.setter` / `.getter` / `.deleter` make a new property sharing the others.
            guard let a0 else { return r }
            let getter = method == "getter" ? a0 : fget
            let p = heap.allocate("property", .descriptor(kind: .property, function: getter), origin: site)
            heap.objects[p].setter = method == "setter" ? a0 : heap[r].setter
            return p
        case .generator(let fo):
            switch method {
            case "send", "__next__":
                if canResume(r) {
                    if let v = try resume(r, sending: method == "send" ? a0 ?? none : none) { return v }
                    throw Signal.raise(try makeException("StopIteration", site: site))
                }
                if pendingGenerators[r] != nil {
                    return try runGenerator(r, frame: fo, site: site, limit: 1).first ?? none
                }
                noteResumed(r)
                return opaque(site: site)
            case "close":
                try closeCoroutine(r)
                suspendedGenerators[r] = nil
                pendingGenerators[r] = nil
                heap.objects[r].payload = .generator(frame: none)
                return none
            default:
                return opaque(site: site)
            }
        case .atom where typeName(r) == "bytes" && method == "decode" && heap[r].constant?.utf8.allSatisfy({ $0 < 128 }) == true:
            return makeStr(heap[r].constant, site: site)
        case .atom:
            // str / bytes / int methods make new objects and keep nothing. On known strings the
            // common ones are computed, so keys and comparisons built from them stay decidable.
            if typeName(r) == "str", let text = heap[r].constant,
               let known = try knownStringMethod(method, text, args, kwargs, site: site, frame: frame) {
                return known == r ? known : noteChoices(known, from: [r] + args)
            }
            if method == "format_map", let mapping = a0 {
                try formatMapLookups(mapping, template: typeName(r) == "str" ? heap[r].constant : nil, site: site, frame: frame)
                return makeStr(nil, site: site)
            }
            if method == "translate", typeName(r) == "str", let table = a0 {
                // `text.translate(table)` looks every character's code point up with
                // `table[code]` (a LookupError leaves it as it is): a defaultdict, a `__getitem__`
                // or a dict subclass's `__missing__` runs, and may store.
                let codes: [ObjID]
                if let text = heap[r].constant {
                    var seen = Set<UInt32>()
                    codes = text.unicodeScalars.filter { seen.insert($0.value).inserted }.prefix(256).map { makeInt(Int($0.value), site: site) }
                } else {
                    codes = [isFreshValue(r) ? heap.allocate("int", .atom, origin: site) : unknownAtom("int", site: site)]
                }
                for code in codes {
                    do { _ = try getItem(table, code, site: site, frame: frame) } catch Signal.raise {}
                }
                return isFreshValue(r) ? makeStr(nil, site: site) : unknownAtom("str", site: site)
            }
            if method == "join" || method == "format" || method == "split" || method == "encode" {
                for a in args { _ = try? iterate(a, site: site, frame: frame) }
            }
            // (Parts cut out of text the model does not know are not fresh: `"page"` comes out of
            // every new query string. Unknown, so keys made of them may repeat.)
            // Text known to start with a prefix holding the separator: the first part is known
            // (`"sid=%x; Path=/" % n` partitioned at `=` is `sid`), the rest starts with what
            // follows the separator in the prefix.
            if typeName(r) == "str", heap[r].constant == nil, let prefix = stringPrefix[r], let a0, let sep = heap[a0].constant,
               typeName(a0) == "str", !sep.isEmpty, let cut = prefix.range(of: sep) {
                let first = makeStr(String(prefix[..<cut.lowerBound]), site: site)
                let rest = heap.allocate("str", .atom, origin: site)
                if unknownValues.contains(r) { unknownValues.insert(rest) }
                let after = String(prefix[cut.upperBound...])
                if !after.isEmpty { stringPrefix[rest] = after }
                if method == "partition" {
                    return heap.allocate("tuple", .tuple([first, makeStr(sep, site: site), rest]), origin: site)
                }
                if method == "split", args.count == 2, intValue(args[1]) == 1 {
                    return newList([first, rest], site: site)
                }
            }
            if method == "partition", typeName(r) == "str", heap[r].constant == nil, let prefix = stringPrefix[r], let a0,
               let sep = heap[a0].constant, typeName(a0) == "str", !sep.isEmpty, prefix.range(of: sep) == nil,
               !(1..<sep.count).contains(where: { prefix.hasSuffix(String(sep.prefix($0))) }) {
                // The separator is not in the prefix (nor across its end): the first part still
                // starts with it (`"sessionid=s…; Path=/"` cut at `;` starts with `sessionid=s`).
                let parts = [heap.allocate("str", .atom, origin: site), heap.allocate("str", .atom, origin: site), heap.allocate("str", .atom, origin: site)]
                stringPrefix[parts[0]] = prefix
                textFloor[parts[0]] = prefix.count
                // (Whether the separator is there is not known: `sep` or empty.)
                unknownValues.insert(parts[1])
                if unknownValues.contains(r) { unknownValues.insert(parts[0]); unknownValues.insert(parts[2]) }
                for p in parts { noteChoices(p, from: [r]) }
                return heap.allocate("tuple", .tuple(parts), origin: site)
            }
            if typeName(r) == "str", heap[r].constant == nil, let prefix = stringPrefix[r], args.isEmpty,
               ["lower", "upper", "strip", "lstrip", "rstrip"].contains(method) {
                // The same text's case changed, or whitespace off its ends: the prefix's, with
                // what the unknown rest may let `strip` take off the prefix's end left out.
                let result = heap.allocate("str", .atom, origin: site)
                if unknownValues.contains(r) { unknownValues.insert(result) }
                var p = Substring(prefix)
                if method == "strip" || method == "lstrip" { while let f = p.first, f.isWhitespace { p = p.dropFirst() } }
                if method == "strip" || method == "rstrip" { while let l = p.last, l.isWhitespace { p = p.dropLast() } }
                // (A prefix of whitespace alone says nothing of what `lstrip` leaves.)
                let changed = method == "lower" ? p.lowercased() : method == "upper" ? p.uppercased() : String(p)
                if !changed.isEmpty {
                    stringPrefix[result] = changed
                    textFloor[result] = changed.count
                }
                return noteChoices(result, from: [r])
            }
            if method == "split" || method == "rsplit" || method == "splitlines" {
                return newUnknownLengthList([unknownAtom("str", site: site)], site: site)
            }
            if method == "partition" || method == "rpartition" {
                return heap.allocate("tuple", .tuple([unknownAtom("str", site: site), unknownAtom("str", site: site), unknownAtom("str", site: site)]), origin: site)
            }
            // (One prefix, or a tuple of them: `url.startswith(("http://", "https://"))`.)
            var prefixes: [String]?
            if method == "startswith" || method == "endswith", let a0 {
                if let w = heap[a0].constant, typeName(a0) == "str" { prefixes = [w] }
                if case .tuple(let items) = heap[a0].payload, !items.isEmpty {
                    let ws = items.compactMap { typeName($0) == "str" ? heap[$0].constant : nil }
                    if ws.count == items.count { prefixes = ws }
                }
            }
            if method == "startswith", let wanted = prefixes, args.count == 1 {
                if let c = heap[r].constant { return bool(wanted.contains { c.hasPrefix($0) }) }
                if let prefix = stringPrefix[r] {
                    if wanted.contains(where: { prefix.hasPrefix($0) }) { return trueObject }
                    if !wanted.contains(where: { $0.hasPrefix(prefix) }) { return falseObject }
                }
            }
            if method == "endswith", args.count == 1, let a0, let c = heap[r].constant, let wanted = prefixes ?? heap[a0].constant.map({ [$0] }) {
                return bool(wanted.contains { c.hasSuffix($0) })
            }
            if method == "startswith" || method == "endswith", let wanted = prefixes, (2...3).contains(args.count),
               let c = heap[r].constant {
                // `src.startswith("*", end)`: the test on `text[start:end]` (code points), False
                // when start lies past the end.
                let u = Array(c.unicodeScalars)
                func bound(_ i: Int) -> ObjID? { i < args.count && args[i] != none ? args[i] : nil }
                let rawStart = bound(1).map { intValue($0) }, rawEnd = bound(2).map { intValue($0) }
                if rawStart != .some(nil), rawEnd != .some(nil) {
                    func clamp(_ v: Int) -> Int { v < 0 ? max(0, u.count + v) : min(v, u.count) }
                    let s = (rawStart ?? nil).map(clamp) ?? 0, e = (rawEnd ?? nil).map(clamp) ?? u.count
                    let startPast = (rawStart ?? nil).map { $0 > u.count } ?? false
                    if startPast || s > e { return falseObject }
                    let part = Array(u[s..<e])
                    return bool(wanted.contains { w in
                        let x = Array(w.unicodeScalars)
                        return method == "startswith" ? part.starts(with: x) : part.reversed().starts(with: x.reversed())
                    })
                }
            }
            if method == "startswith" || method == "endswith" || method.hasPrefix("is") { return heap.allocate("bool", .atom, origin: site) }
            if ["strip", "lstrip", "rstrip"].contains(method), let c = heap[r].constant, args.count <= 1,
               args.first.map({ $0 == none || (typeName($0) == "str" && heap[$0].constant != nil) }) ?? true {
                // Python's strip family: the given characters (whitespace by default) off either end.
                let chars: Set<Character> = args.first.flatMap { $0 == none ? nil : heap[$0].constant }.map { Set($0) }
                    ?? Set(" \t\n\r\u{0B}\u{0C}")
                var v = Substring(c)
                if method != "rstrip" { while let f = v.first, chars.contains(f) { v = v.dropFirst() } }
                if method != "lstrip" { while let l = v.last, chars.contains(l) { v = v.dropLast() } }
                return makeStr(String(v), site: site)
            }
            if ["lower", "upper", "title", "capitalize", "casefold"].contains(method), args.isEmpty, let c = heap[r].constant {
                let v: String
                switch method {
                case "lower", "casefold": v = c.lowercased()
                case "upper": v = c.uppercased()
                case "title":
                    // A letter after a non-letter starts a word: upper; the others lower.
                    var out = ""
                    var previousCased = false
                    for ch in c {
                        out += previousCased ? ch.lowercased() : ch.uppercased()
                        previousCased = ch.isLetter
                    }
                    v = out
                default: v = c.prefix(1).uppercased() + c.dropFirst().lowercased()
                }
                return makeStr(v, site: site)
            }
            let result: ObjID
            if let part = stableKeyPart(r), kwargs.isEmpty, args.allSatisfy({ stableKeyPart($0) != nil }) {
                // A known string (or one computed from known text) through a method the model does
                // not compute (`title.encode("ascii", "ignore")`): unknown, not fresh data, but
                // the same text in gives the same text out, so one value per input.
                let key = (["str." + method, part] + args.map { stableKeyPart($0) ?? "" }).joined(separator: "\u{1}")
                result = stableValue(key) { unknownAtom(typeName(r) == "bytes" ? "bytes" : "str", site: site) }
            } else if (heap[r].constant != nil || unknownValues.contains(r)) && !args.contains(where: { isFreshValue($0) }) {
                // A known string (or one the model knows is not fresh) through a method the model
                // does not compute: unknown, but not fresh data.
                result = unknownAtom(typeName(r) == "bytes" ? "bytes" : "str", site: site)
            } else {
                result = heap.allocate(typeName(r) == "bytes" ? "bytes" : "str", .atom, origin: site)
            }
            if method == "join", typeName(r) == "str", let sep = heap[r].constant, let a0 {
                // At least the parts' known text and the separators between them.
                var items: [ObjID] = []
                switch heap[a0].payload {
                case .list(let xs), .tuple(let xs): items = xs
                default: break
                }
                if !items.isEmpty {
                    let floor = items.reduce(0) { $0 + textLength($1) } + sep.count * (items.count - 1)
                    if floor > 0 { textFloor[result] = floor }
                }
            }
            return noteChoices(result, from: [r] + args)
        case .exception:
            if method == "with_traceback" { if let a0 { setInstanceAttr(r, "__traceback__", a0 == none ? nil : a0) }; return r }
            return opaque(site: site)
        case .classObject where type == "type":
            return try typeMethod(method, r, args, kwargs, site: site, frame: frame)
        case .instance where type == "object":
            if method == "__init__" || method == "__init_subclass__" { return none }
            if method == "__setattr__", args.count == 2, let attr = heap[args[0]].constant {
                try setAttribute(r, attr, args[1], site: site, frame: frame, viaObject: true)
                return none
            }
            if method == "__delattr__", args.count == 1, let attr = heap[args[0]].constant {
                setInstanceAttr(r, attr, nil)
                return none
            }
            return opaque(site: site)
        case .registry:
            return opaque(site: site)
        case .opaque where typeName(r) == "struct.Struct":
            // (Keeps none of its arguments: `unpack_from(buffer, offset)` reads them.)
            return structMethod(method, format: heap[r].constant, site: site)
        case .opaque where typeName(r) == "re.Pattern":
            guard let a0 else { return opaque(site: site) }
            guard let pattern = heap[r].constant else {
                // A pattern compiled from text the model does not know (string.Template's, built
                // from class attributes): the same C code, which keeps none of its arguments.
                if ["match", "search", "fullmatch"].contains(method) { return opaque(derivedType(a0), site: site) }
                if ["sub", "subn", "findall", "finditer", "split"].contains(method) {
                    return try regexScanUnknown(method, args, site: site, frame: frame)
                }
                return opaque(site: site)
            }
            if ["match", "search", "fullmatch"].contains(method) {
                // `pattern.match(text, pos, endpos)`: where it starts matters (a lexer's loop).
                let extra = Array(args.dropFirst()) + kwargs.filter { $0.0 == "pos" || $0.0 == "endpos" }.map(\.1)
                if !extra.isEmpty {
                    let positions = extra.map { intValue($0) }
                    guard positions.count <= 2, let pos = positions[0], pos >= 0,
                          let text = heap[a0].constant, text.utf8.count == text.unicodeScalars.count else {
                        return opaque(derivedType(a0), site: site)
                    }
                    let end = positions.count > 1 ? positions[1] : nil
                    if positions.count > 1 && end == nil { return opaque(derivedType(a0), site: site) }
                    return regexMatch(pattern, a0, mode: method, site: site, from: pos, to: end)
                }
                return regexMatch(pattern, a0, mode: method, site: site)
            }
            return try regexScan(method, pattern, args, site: site, frame: frame)
        case .opaque where typeName(r) == "string.Template" && (method == "substitute" || method == "safe_substitute"):
            return try templateMethod(r, safe: method == "safe_substitute", args, kwargs, site: site)
        case .opaque where typeName(r) == "csv.writer":
            // Rows are formatted into the file (strings); the writer keeps none of them. A
            // generator of rows is consumed by `writerows`, which the model does not run.
            guard ["writerow", "writerows", "writeheader"].contains(method) else { return opaque(site: site) }
            if (args + kwargs.map(\.1)).contains(where: { isUnfinishedGenerator($0) }) { note("a generator handed to `csv.writer.\(method)()`") }
            if heap[r].constant == "DictWriter", method != "writeheader", case .opaque(let held) = heap[r].payload, held.count > 1,
               let row = args.first {
                // A DictWriter raises ValueError for a row with a key not among its field names
                // (unless made with `extrasaction="ignore"`): decided where keys and names are known.
                var rows: [ObjID] = [row]
                if method == "writerows" {
                    switch heap[row].payload {
                    case .list(let xs), .tuple(let xs): rows = xs
                    default: rows = []
                    }
                }
                var names: Set<String>?
                switch heap[held[1]].payload {
                case .list(let xs), .tuple(let xs):
                    let known = xs.compactMap { typeName($0) == "str" ? heap[$0].constant : nil }
                    if known.count == xs.count { names = Set(known) }
                default: break
                }
                var undecided = rows.isEmpty && method == "writerows"
                for row in rows {
                    guard let names, case .dict(let store, _) = heap[row].payload else { undecided = true; continue }
                    let keys = store.keys.map { typeName($0) == "str" ? heap[$0].constant : nil }
                    if keys.contains(where: { $0 == nil }) { undecided = true; continue }
                    if keys.contains(where: { !names.contains($0!) }) { throw Signal.raise(try makeException("ValueError", site: site)) }
                }
                if undecided { mayRaiseCount += 1; dataMayRaiseCount += 1 }
            }
            // Each row is written to the writer's file as a line of text.
            if case .opaque(let held) = heap[r].payload, let file = held.first {
                var rows = 1
                if method == "writerows", let a = args.first {
                    switch heap[a].payload {
                    case .list(let xs), .tuple(let xs): rows = xs.count
                    default: break
                    }
                }
                for _ in 0..<min(rows, 64) { try writeText(opaque("str", site: site), to: file, site: site, frame: frame) }
            }
            return method == "writerow" ? unknownAtom("int", site: site) : none
        case .opaque where typeName(r) == "Logger":
            if let result = try loggerMethod(r, method, args, kwargs, site: site, frame: frame) { return result }
            // Logging formats its arguments into a record and hands it to handlers; nothing is kept
            // by the standard handlers. A handler or filter added to a logger is kept by it and
            // called for every record later: what its class does then is not run by the model.
            if ["addHandler", "addFilter"].contains(method) {
                escape("`Logger.\(method)()`", args + kwargs.map(\.1), site: site)
            }
            return none
        default:
            escape("`\(type.isEmpty ? method : type + "." + method)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
    }
}

import Foundation

/// A sort key the model knows: a number, text (compared by code points, as CPython does), or a
/// tuple or list of such keys (compared item by item, then by length, as CPython does).
indirect enum KnownSortKey: Comparable, Equatable {
    case number(Double)
    case text([UInt32])
    case sequence([KnownSortKey])

    static func < (a: KnownSortKey, b: KnownSortKey) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x.lexicographicallyPrecedes(y)
        case (.sequence(let x), .sequence(let y)):
            for (p, q) in zip(x, y) where p != q { return p < q }
            return x.count < y.count
        default: return false
        }
    }

    /// The kinds it is made of (`(n,t)` for `(2, "a")`): keys of one shape compare without a
    /// TypeError whatever their values.
    var shape: String {
        switch self {
        case .number: return "n"
        case .text: return "t"
        case .sequence(let items): return "(" + items.map(\.shape).joined(separator: ",") + ")"
        }
    }
}

extension Interpreter {
    /// The sort key the model knows for `value`: nil for anything else (a tuple with an unknown
    /// item, an instance whose `__lt__` would run).
    func knownSortKey(_ value: ObjID, depth: Int = 0) -> KnownSortKey? {
        if typeName(value) == "str" { return heap[value].constant.map { .text($0.unicodeScalars.map(\.value)) } }
        if let n = numeric(value) { return .number(n) }
        guard depth < 4 else { return nil }
        switch heap[value].payload {
        case .tuple(let items) where typeName(value) == "tuple", .list(let items) where typeName(value) == "list":
            var keys: [KnownSortKey] = []
            for item in items {
                guard let k = knownSortKey(item, depth: depth + 1) else { return nil }
                keys.append(k)
            }
            return .sequence(keys)
        default: return nil
        }
    }

    /// The known sort keys of `items` (their `key=` results when one is given): nil unless all
    /// are known and of one shape (all numbers, all text, all tuples of the same kinds).
    func sortKeys(_ items: [ObjID], _ key: ObjID?, site: Int, frame: Frame) throws -> [KnownSortKey]? {
        var keys: [KnownSortKey] = []
        var known = true
        for v in items {
            // (The key function runs once on every item, whatever the model knows of the results.)
            let k = key.flatMap { $0 == none ? nil : $0 }
            let value = try k.map { try call($0, [v], [], site: site, frame: frame) } ?? v
            if let sortKey = knownSortKey(value) { keys.append(sortKey) }
            else { known = false; if k == nil { return nil } }
        }
        if !known { return nil }
        if let first = keys.first?.shape, keys.contains(where: { $0.shape != first }) { return nil }
        return keys
    }

    /// `items` sorted as `sorted(items, key=…, reverse=…)` sorts them (stably), when every key is
    /// known; nil otherwise (the key function, when one is given, has then run on each item).
    func knownOrder(_ items: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> [ObjID]? {
        guard let keys = try sortKeys(items, kwarg(kwargs, "key"), site: site, frame: frame) else { return nil }
        var reverse = false
        if let r = kwarg(kwargs, "reverse") {
            guard let d = decidedTruth(r) else { return nil }
            reverse = d
        }
        // (reverse=True keeps equal items in their order, as CPython's stable sort does.)
        let order = Array(items.indices).sorted { i, j in
            if keys[i] == keys[j] { return i < j }
            return reverse ? keys[j] < keys[i] : keys[i] < keys[j]
        }
        return order.map { items[$0] }
    }
}

extension Interpreter {
    /// `string.Template(text).substitute(mapping, **kw)`: `$name`, `${name}` and `$$` replaced as
    /// CPython does; a name neither the mapping nor the keywords have raises KeyError
    /// (`safe_substitute` leaves it). Text or keys the model does not know give unknown text,
    /// and for `substitute` a call that may raise on the data.
    func templateMethod(_ t: ObjID, safe: Bool, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int) throws -> ObjID {
        var values: [String: ObjID] = [:]
        var mappingKnown = true
        if let m = args.first {
            if case .dict(let store, _) = heap[m].payload {
                for (k, v) in zip(store.keys, store.values) {
                    guard typeName(k) == "str", let name = heap[k].constant else { mappingKnown = false; continue }
                    values[name] = v
                }
            } else { mappingKnown = false }
        }
        for (k, v) in kwargs { values[k] = v }
        guard let text = heap[t].constant, let names = Self.templateNames(text) else {
            if !safe { mayRaiseCount += 1; dataMayRaiseCount += 1 }
            return opaque("str", site: site)
        }
        let missing = names.filter { values[$0] == nil }
        if !missing.isEmpty {
            if !mappingKnown {
                if !safe { mayRaiseCount += 1; dataMayRaiseCount += 1 }
                return opaque("str", site: site)
            }
            if !safe { throw Signal.raise(try makeException("KeyError", site: site)) }
        }
        // The text, where every value substituted is known text or a number.
        var out = ""
        var chars = Substring(text)
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "$" else { out.append(c); continue }
            if chars.first == "$" { out.append("$"); chars = chars.dropFirst(); continue }
            var name = ""
            var braced = false
            if chars.first == "{" { braced = true; chars = chars.dropFirst() }
            while let d = chars.first, d == "_" || d.isASCII && (d.isLetter || d.isNumber), !(name.isEmpty && d.isNumber) {
                name.append(d); chars = chars.dropFirst()
            }
            if braced { chars = chars.dropFirst() }
            guard let v = values[name] else { out += braced ? "${\(name)}" : "$\(name)"; continue }
            guard let piece = heap[v].constant, ["str", "int", "float", "bool"].contains(typeName(v)) else { return opaque("str", site: site) }
            out += piece
        }
        return makeStr(out, site: site)
    }

    /// The placeholder names of a template (`$name`, `${name}`), nil for text with a `$` that is
    /// neither (CPython raises ValueError there: not modelled).
    static func templateNames(_ text: String) -> [String]? {
        var out: [String] = []
        var chars = Substring(text)
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "$" else { continue }
            if chars.first == "$" { chars = chars.dropFirst(); continue }
            var braced = false
            if chars.first == "{" { braced = true; chars = chars.dropFirst() }
            var name = ""
            while let d = chars.first, d == "_" || d.isASCII && (d.isLetter || d.isNumber), !(name.isEmpty && d.isNumber) {
                name.append(d); chars = chars.dropFirst()
            }
            if name.isEmpty { return nil }
            if braced { guard chars.first == "}" else { return nil }; chars = chars.dropFirst() }
            out.append(name)
        }
        return out
    }
}
