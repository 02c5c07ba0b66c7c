import Foundation
import PythonModel

extension Interpreter {
    /// Calls into library code: the table's entry for the name, if any; anything else is unknown code.
    func callExternal(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        let result = try callExternalModel(q, args, kwargs, site: site, frame: frame)
        if Self.jsonForeignConstructors.contains(q) { jsonForeignValues.insert(result) }
        return result
    }

    func callExternalModel(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        if let r = try loggingExternal(q, args, kwargs, site: site, frame: frame) { return r }
        if let r = try libraryBaseExternal(q, args, kwargs, site: site, frame: frame) { return r }
        if let suite = try testSuiteExternal(q, args, site: site, frame: frame) { return suite }
        // `decimal.Decimal(text)` of known text that is no number (`"12,50 EUR"`): the
        // `InvalidOperation` CPython raises (its default context traps it).
        if q == "decimal.Decimal", args.count == 1, kwargs.isEmpty, typeName(args[0]) == "str", let text = heap[args[0]].constant,
           !Self.isDecimalText(text) {
            throw Signal.raise(try makeException("decimal.InvalidOperation", site: site))
        }
        // `datetime.datetime.strptime(text, format)` / `time.strptime` of known text the format
        // does not match: the `ValueError` CPython raises.
        if q == "datetime.datetime.strptime" || q == "time.strptime", args.count == 2, kwargs.isEmpty,
           typeName(args[0]) == "str", typeName(args[1]) == "str",
           let text = heap[args[0]].constant, let format = heap[args[1]].constant, Self.strptimeMatches(text, format) == false {
            throw Signal.raise(try makeException("ValueError", site: site))
        }
        // `shlex.split(text)` of known text: its words, or the `ValueError` CPython raises for an
        // unclosed quote or a trailing backslash. Of text with no quotes or backslashes (as far as
        // it is known): `text.split()`.
        if q == "shlex.split", args.count == 1, kwargs.isEmpty, typeName(args[0]) == "str" {
            if let text = heap[args[0]].constant {
                guard let words = Self.shellSplit(text) else { throw Signal.raise(try makeException("ValueError", site: site)) }
                return heap.allocate("list", .list(words.map { makeStr($0, site: site) }), origin: site)
            }
            let known = stringPrefix[args[0]] ?? ""
            if !known.contains(where: { $0 == "\"" || $0 == "'" || $0 == "\\" }) {
                return try callMethod("str", "split", args[0], [], [], site: site, frame: frame)
            }
        }
        // Path and shell-quoting helpers of known text compute their result, as POSIX CPython
        // does (so tests on an extension or a quoted command line stay decided).
        if let known = try knownTextHelper(q, args, kwargs, site: site) { return known }
        if let known = knownURLHelper(q, args, kwargs, site: site) { return known }
        // `itertools.chain(*its)` / `chain.from_iterable(its)` over containers whose items the
        // model knows: an iterator over those items in turn (generators and unknown iterables
        // are left to the library model: they are consumed lazily).
        if q == "itertools.chain" || q == "itertools.chain.from_iterable", kwargs.isEmpty {
            let sources: [ObjID]? = q == "itertools.chain" ? args
                : (args.count == 1 && knownLength(args[0]) ? try iterate(args[0], site: site, frame: frame) : nil)
            if let sources, sources.allSatisfy({ knownLength($0) && typeName($0) != Self.listIterator }) {
                var items: [ObjID] = []
                for source in sources { items += try iterate(source, site: site, frame: frame) }
                return heap.allocate(Self.listIterator, .list(items), origin: site)
            }
        }
        // `itertools.filterfalse(pred, xs)`: lazy as `filter`, keeping the items `pred` rejects;
        // `starmap(f, xs)` calls `f(*x)` for each item; `takewhile` / `dropwhile` test items with
        // `pred` as they are taken (see `iterate`).
        if ["itertools.filterfalse", "itertools.starmap", "itertools.takewhile", "itertools.dropwhile"].contains(q),
           args.count == 2, kwargs.isEmpty {
            return heap.allocate(q, .partial(function: args[0], args: [args[1]]), origin: site)
        }
        // A signal raised in the process itself runs its Python handler at once (with the
        // current frame, here None), as CPython does between bytecodes of the raising thread.
        if q == "signal.signal", args.count == 2 {
            let pythonHandler: Bool = {
                if isCallableDefinition(args[1]) { return true }
                if case .partial = heap[args[1]].payload, typeName(args[1]) == "partial" { return true }
                return false
            }()
            signalHandlers[heap.valueKey(args[0])] = pythonHandler ? args[1] : nil
        }
        if q == "signal.raise_signal", args.count == 1, let handler = signalHandlers[heap.valueKey(args[0])] {
            _ = try call(handler, [args[0], none], [], site: site, frame: frame)
            return none
        }
        // `dataclasses.replace(obj, **changes)`: a new instance of its class holding the same
        // objects but for the changed fields (no copy of what they hold).
        if q == "dataclasses.replace" || q == "copy.replace", args.count == 1, case .instance(let cls, let attrs) = heap[args[0]].payload,
           mro(cls).contains(where: { dataclasses.contains($0) }) {
            if let fields = dataclassFields(cls), !fields.isEmpty, mroLookup(cls, "__post_init__") != nil || mroLookup(cls, "__init__") != nil {
                // (`replace` calls the class with every field: its `__init__` and `__post_init__`
                // run again, and may copy what they are given.)
                var passed: [(String, ObjID)] = []
                for name in fields {
                    if let v = kwargs.first(where: { $0.0 == name })?.1 ?? attrs[name] { passed.append((name, v)) }
                }
                return try call(cls, [], passed, site: site, frame: frame)
            }
            let made = heap.allocate(typeName(args[0]), .instance(cls: cls, attrs: attrs), origin: site)
            for (k, v) in kwargs { setInstanceAttr(made, k, v) }
            return made
        }
        // `dataclasses.fields(obj_or_cls)`: a new tuple of `Field` objects, one per field in order,
        // with their names and the flags written in the class (`field(repr=False)`).
        if q == "dataclasses.fields", args.count == 1, kwargs.isEmpty, let fields = dataclassFieldObjects(args[0], site: site) {
            return heap.allocate("tuple", .tuple(fields), origin: site)
        }
        if q == "dataclasses.fields", args.count == 1, kwargs.isEmpty, case .opaque = heap[args[0]].payload {
            // Of a dataclass the model does not know: its fields are its class's, whatever data
            // the instance holds (their names and types repeat from instance to instance).
            let fields = opaque(site: site)
            unseenResults.insert(fields)
            return fields
        }
        if q == "functools.total_ordering", args.count == 1, case .classObject = heap[args[0]].payload { totalOrdered.insert(args[0]) }
        // `inspect.getmro(cls)` is `cls.__mro__`: a new tuple of the classes, nothing kept.
        if q == "inspect.getmro", args.count == 1, kwargs.isEmpty, case .classObject = heap[args[0]].payload {
            return heap.allocate("tuple", .tuple(mro(args[0])), origin: site)
        }
        // `inspect.unwrap(f)`: along `__wrapped__` (as `functools.wraps` sets it) to the function
        // at the end, which is returned itself (so `inspect.unwrap(f).__defaults__ = …` resets
        // that function's defaults).
        if q == "inspect.unwrap", args.count == 1, kwargs.isEmpty, let end = unwrapped(args[0]) { return end }
        // `inspect.isclass(x)` and the other kind tests: a bool, decided when the model knows
        // what `x` is, and nothing kept or called (not a hand-off to unseen code).
        if q.hasPrefix("inspect.is"), args.count == 1, kwargs.isEmpty {
            return inspectKindTest(String(q.dropFirst("inspect.".count)), args[0], site: site)
        }
        // `re.escape` of known text, as CPython 3.7+ escapes it (so patterns built from it stay known).
        if q == "re.escape", args.count == 1, kwargs.isEmpty, typeName(args[0]) == "str", let text = heap[args[0]].constant {
            let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}")
            return makeStr(String(text.flatMap { special.contains($0) ? ["\\", $0] : [$0] }), site: site)
        }
        // Checksums are ints (of 32 or 16 bits) computed from their data, keeping nothing:
        // `crc32(key) % 4` is one of four values.
        if ["zlib.crc32", "zlib.adler32", "binascii.crc32", "binascii.crc_hqx"].contains(q) {
            return unknownAtom("int", site: site)
        }
        // The `operator` module's functions of values are the operators themselves
        // (`operator.index(ax) % ndim` of a known axis is a known int, not a new object).
        if let r = try operatorFunction(q, args, kwargs, site: site, frame: frame) { return r }
        guard let model = library.model(for: q) else {
            mayRaiseCount += 1
            escape("`\(q)()`", args + kwargs.map(\.1), site: site)
            // Unknown code could return anything, including a container it keeps.
            return unseenResult(opaque(site: site), from: args + kwargs.map(\.1))
        }
        return try callLibrary(model, q, args, kwargs, site: site, frame: frame)
    }

    /// `operator.add(a, b)`, `operator.index(x)`, `operator.eq(a, b)`, …: the operator applied as
    /// an expression applies it (nil for other names and other arities).
    func operatorFunction(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID? {
        guard kwargs.isEmpty, q.hasPrefix("operator.") || q.hasPrefix("_operator.") else { return nil }
        let name = String(q.split(separator: ".").last ?? "")
        let binaries: [String: BinaryOp] = [
            "add": .add, "sub": .sub, "mul": .mult, "truediv": .div, "floordiv": .floorDiv, "mod": .mod, "pow": .pow,
            "lshift": .lShift, "rshift": .rShift, "or_": .bitOr, "xor": .bitXor, "and_": .bitAnd, "concat": .add,
        ]
        let comparisons: [String: CompareOp] = ["eq": .eq, "ne": .notEq, "lt": .lt, "le": .ltE, "gt": .gt, "ge": .gtE, "is_": .is, "is_not": .isNot]
        if args.count == 2, let op = binaries[name] { return try binary(op, args[0], args[1], site: site, frame: frame) }
        if args.count == 2, let op = comparisons[name] { return try compare(op, args[0], args[1], site: site, frame: frame) }
        if args.count == 2, name == "contains" { return try compare(.in, args[1], args[0], site: site, frame: frame) }
        if args.count == 1, name == "index", typeName(args[0]) == "int" { return args[0] }
        return nil
    }

    /// A modelled callable that may raise, given a value that is not a known constant: real calls
    /// may raise where the model does not (a `try` around it may enter its handlers).
    func noteMayRaise(_ model: LibraryModel, _ args: [ObjID], _ kwargs: [(String, ObjID)]) {
        if model.mayRaise, (args + kwargs.map(\.1)).contains(where: { heap[$0].constant == nil }) {
            mayRaiseCount += 1
            // (Raising on bad data is these calls' normal failure: `int("two")`, `json.loads(text)`.
            // Not `getattr(obj, name, default)`, which has a value for what is missing.)
            if !(model.names.contains("getattr") && args.count >= 3) { dataMayRaiseCount += 1 }
        }
    }

    /// Carries out a modelled library call (`q` is the name it was called by).
    func callLibrary(_ model: LibraryModel, _ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                     site: Int, frame: Frame) throws -> ObjID {
        let a0 = args.first
        noteMayRaise(model, args, kwargs)
        switch model.behaviour {
        case .builtin(let b):
            return try callBuiltin(b, args, kwargs, site: site, frame: frame)
        case .containerMethod:
            // Methods are called on their receiver (`callMethod`); never found by a library name.
            escape("`\(q)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        case .deque:
            var maxlen: Int?
            if let m = kwarg(kwargs, "maxlen") ?? (args.count > 1 ? args[1] : nil), m != none { maxlen = intValue(m) ?? 1_000_000 }
            var items = try a0.map { try iterate($0, site: site, frame: frame) } ?? []
            if let m = maxlen, items.count > m { items.removeFirst(items.count - m) }
            return heap.allocate("deque", .deque(items, maxlen: maxlen), origin: site)
        case .defaultdict:
            let d = newDict(factory: a0.flatMap { $0 == none ? nil : $0 }, typeName: "defaultdict", site: site)
            if args.count > 1 { try updateDict(d, args[1], site: site, frame: frame) }
            return d
        case .chainMap:
            // With no maps, a ChainMap writes into a dict of its own. With maps, writes go into the
            // first of them, which the model does not follow: what it was given may be stored into.
            if args.isEmpty && kwargs.isEmpty { return newDict(typeName: "ChainMap", site: site) }
            if kwargs.isEmpty { return makeChainMap(args, site: site) }
            escape("`\(q)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site, held: args)
        case .structFormat:
            // (Of a format the model does not know: a Struct all the same, whose fields are unknown.)
            let fmt = a0.flatMap { typeName($0) == "str" ? heap[$0].constant : nil }
            return heap.allocate("struct.Struct", .opaque(held: []), constant: fmt, origin: site)
        case .structCall(let name):
            let fmt = a0.flatMap { typeName($0) == "str" || typeName($0) == "bytes" ? heap[$0].constant : nil }
            return structMethod(name, format: fmt, site: site)
        case .reCompile:
            guard let p = a0 else { return opaque(site: site) }
            if typeName(p) == "re.Pattern" { return p }
            // (Of text the model does not know, or flags it does not know or ICU does not share:
            // a pattern all the same, whose matches are unknown.)
            let spelled = heap[p].constant.flatMap { text in
                regexFlagsArgument(args, kwargs, position: 1).flatMap { Self.icuPattern(text, flags: $0) }
            }
            return heap.allocate("re.Pattern", .opaque(held: []), constant: spelled, origin: site)
        case .regexScan(let method):
            // (`re.sub(p, repl, s, count, flags)`, `re.split(p, s, maxsplit, flags)`, `re.findall(p, s, flags)`.)
            let flagsAt = method == "sub" || method == "subn" ? 4 : method == "split" ? 3 : 2
            guard args.count >= 2, let text = heap[args[0]].constant,
                  let pattern = regexFlagsArgument(args, kwargs, position: flagsAt).flatMap({ Self.icuPattern(text, flags: $0) }) else {
                return try regexScanUnknown(method, Array(args.dropFirst()), site: site, frame: frame)
            }
            return try regexScan(method, pattern, Array(args.dropFirst()), site: site, frame: frame)
        case .regexMatch(let mode):
            guard args.count >= 2, let text = heap[args[0]].constant,
                  let pattern = regexFlagsArgument(args, kwargs, position: 2).flatMap({ Self.icuPattern(text, flags: $0) }) else {
                return opaque(site: site)
            }
            return regexMatch(pattern, args[1], mode: mode, site: site)
        case .path:
            let parts = args.map { heap[$0].constant }
            guard !parts.isEmpty, !parts.contains(where: { $0 == nil }) else { return opaque(derivedType(of: args), site: site) }
            return makePath(parts.compactMap { $0 }.joined(separator: "/"), site: site)
        case .inspectSignature:
            guard let f = a0, let sig = makeSignature(f, site: site) else {
                escape("`\(q)()`", args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            return sig
        case .inspectFullArgSpec:
            guard let f = a0, let spec = makeFullArgSpec(f, site: site) else {
                escape("`\(q)()`", args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            return spec
        case .signatureBind(let partial):
            guard let sig = a0, let ba = try bindSignature(sig, Array(args.dropFirst()), kwargs, partial: partial, site: site) else {
                escape("`\(q)()`", args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            return ba
        case .applyDefaults:
            if let ba = a0 { applyDefaults(ba, site: site) }
            return none
        case .operatorStatement:
            let name = String(q.split(separator: ".").last ?? "")
            let ops: [String: BinaryOp] = ["iadd": .add, "isub": .sub, "imul": .mult, "ior": .bitOr, "iand": .bitAnd,
                                           "ixor": .bitXor, "iconcat": .add]
            if let op = ops[name], args.count == 2 { return try inplace(op, args[0], args[1], site: site, frame: frame) }
            if name == "setitem", args.count == 3 { try setItem(args[0], args[1], args[2], site: site, frame: frame); return none }
            if name == "delitem", args.count == 2 { try deleteItem(args[0], args[1], site: site); return none }
            throw Signal.raise(try makeException("TypeError", site: site))
        case .operatorCallable(let kind):
            // Callables standing for `obj.name(*args)`, `obj[key]`, `obj.name`.
            guard let a0 else { return opaque(site: site) }
            return heap.allocate(kind, .partial(function: a0, args: Array(args.dropFirst())), origin: site)
        case .array:
            // An array behaves like a list of numbers for what it keeps.
            let items = try args.count > 1 ? iterate(args[1], site: site, frame: frame) : []
            return heap.allocate("array", .list(items), origin: site)
        case .base64Encode(let urlsafe):
            // Known ASCII bytes encode to known bytes; others to new data, distinct for distinct input.
            guard let a0, typeName(a0) == "bytes", let text = heap[a0].constant, text.utf8.allSatisfy({ $0 < 128 }) else {
                if let a0, isFreshValue(a0) { return heap.allocate("bytes", .atom, origin: site) }
                return unknownAtom("bytes", site: site)
            }
            var encoded = Data(text.utf8).base64EncodedString()
            if urlsafe {
                encoded = encoded.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            }
            return heap.allocate("bytes", .atom, constant: encoded, origin: site)
        case .jsonDumps:
            if let a0, let text = jsonText(a0, depth: 0) { return makeStr(text, site: site) }
            // `cls=Encoder`: an instance made with the other keywords encodes the value.
            if let a0, let cls = kwarg(kwargs, "cls"), case .classObject = heap[cls].payload {
                let encoder = try call(cls, [], kwargs.filter { $0.0 != "cls" && $0.0 != "fp" }, site: site, frame: frame)
                return try call(try getAttribute(encoder, "encode", site: site, frame: frame), [a0], [], site: site, frame: frame)
            }
            // `default=fn`: called with each value the encoder cannot encode itself.
            if let a0, let fn = kwarg(kwargs, "default"), fn != none {
                try encodeThroughDefault(a0, fn, what: "`json.dumps()`", site: site, frame: frame)
                mayRaiseCount += 1
                return makeStr(nil, site: site)
            }
            // A set, bytes or an object of a class in the value (and no `default=` / `cls=` to
            // convert it): TypeError, as CPython's encoder raises. Other values it cannot see may raise.
            if let a0, kwarg(kwargs, "default") == nil, kwarg(kwargs, "cls") == nil, args.count == 1, jsonUnserializable(a0, depth: 0) {
                throw Signal.raise(try makeException("TypeError", site: site))
            }
            mayRaiseCount += 1
            return makeStr(nil, site: site)
        case .jsonDump:
            guard let a0, args.count >= 2 || kwarg(kwargs, "fp") != nil else { return none }
            let fp = args.count >= 2 ? args[1] : kwarg(kwargs, "fp")!
            let dumps = LibraryModels.standard.model(for: "json.dumps")!
            let text = try callLibrary(dumps, "json.dumps", [a0], kwargs.filter { $0.0 != "fp" }, site: site, frame: frame)
            try writeText(text, to: fp, site: site, frame: frame)
            return none
        case .jsonLoads:
            // JSON text the model knows is parsed into the objects CPython would build, with the
            // hooks called as CPython's decoder calls them.
            let hookNames = ["parse_float", "parse_int", "parse_constant", "object_hook", "object_pairs_hook"]
            if let a0, ["str", "bytes"].contains(typeName(a0)), let text = heap[a0].constant, args.count == 1 {
                func hook(_ name: String) -> ObjID? { kwarg(kwargs, name).flatMap { $0 == none ? nil : $0 } }
                let hooks = JSONHooks(parseFloat: hook("parse_float"), parseInt: hook("parse_int"), parseConstant: hook("parse_constant"),
                                      objectHook: hook("object_hook"), objectPairsHook: hook("object_pairs_hook"))
                // (Other callables handed over, a decoder `cls=`, are called as hooks are.)
                if let v = try loadJSON(text, hooks: hooks, site: site, frame: frame) {
                    for (name, other) in kwargs where !hookNames.contains(name) && isCallableDefinition(other) {
                        _ = try call(other, [opaque("object", site: site)], [], site: site, frame: frame)
                    }
                    return v
                }
            }
            if let a0, typeName(a0) == "str", let text = heap[a0].constant,
               !["NaN", "Infinity"].contains(where: { text.contains($0) }), !text.hasPrefix("\u{FEFF}"),
               text.range(of: "[0-9]{16}", options: .regularExpression) == nil {
                // Known text that is not JSON: json.loads raises JSONDecodeError, with its position.
                let exc = try makeException("json.JSONDecodeError", site: site)
                // (The message is one of the decoder's few fixed texts, and the position and line a
                // number: values the model does not compute, which may repeat from call to call.)
                for attr in ["msg", "pos", "lineno", "colno"] {
                    setInstanceAttr(exc, attr, unknownAtom(attr == "msg" ? "str" : "int", site: site))
                }
                setInstanceAttr(exc, "doc", a0)
                throw Signal.raise(exc)
            }
            // (Python's json also reads NaN, Infinity and integers of any size, which the model's
            // parser may not.)
            if let a0, heap[a0].constant != nil { mayRaiseCount += 1 }
            for hook in kwargs.map(\.1) where isCallableDefinition(hook) {
                _ = try call(hook, [opaque(derivedType(of: args), site: site)], [], site: site, frame: frame)
            }
            return opaque("object", site: site)
        case .stringTemplate:
            return heap.allocate("string.Template", .opaque(held: []), constant: a0.flatMap { typeName($0) == "str" ? heap[$0].constant : nil }, origin: site)
        case .stringIO:
            // (Empty when made without text; text the model does not know stays unknown, not "":
            // a `csv.DictReader` over it has rows.)
            return heap.allocate("StringIO", .opaque(held: []), constant: a0 == nil ? "" : heap[a0!].constant, origin: site)
        case .csvWriter:
            if q.hasSuffix("DictWriter"), let file = a0, let names = args.count > 1 ? args[1] : kwarg(kwargs, "fieldnames") {
                // (The file and the field names first: `writerow` checks each row's keys
                // against them. "DictWriter" or "DictWriter ignore" for `extrasaction`.)
                let ignore = kwarg(kwargs, "extrasaction").map { heap[$0].constant != "raise" } ?? false
                let rest = Array(args.dropFirst(2)) + kwargs.map(\.1).filter { $0 != names }
                return heap.allocate("csv.writer", .opaque(held: [file, names] + rest), constant: ignore ? "DictWriter ignore" : "DictWriter", origin: site)
            }
            return heap.allocate("csv.writer", .opaque(held: args + kwargs.map(\.1)), origin: site)
        case .csv(let dictReader):
            guard let a0, typeName(a0) == "StringIO", let text = heap[a0].constant else { return opaque("object", site: site) }
            var rows = Self.csvRecords(text)
            if !dictReader {
                return newList(rows.map { newList($0.map { makeStr($0, site: site) }, site: site) }, site: site)
            }
            // (`DictReader` skips blank lines.)
            rows.removeAll { $0.isEmpty }
            guard !rows.isEmpty else { return newList([], site: site) }
            let header = rows.removeFirst()
            return newList(rows.map { row in
                var d = OrderedStore()
                for (i, name) in header.enumerated() {
                    let k = makeStr(name, site: site)
                    d.set(k, heap.valueKey(k), i < row.count ? makeStr(row[i], site: site) : none)
                }
                return heap.allocate("dict", .dict(d, factory: nil), origin: site)
            }, site: site)
        case .flattenSequences:
            return try flattenSequences(a0, site: site)
        case .reduce:
            guard args.count >= 2 else { return opaque(site: site) }
            var items = try iterate(args[1], site: site, frame: frame)
            var acc: ObjID
            if args.count > 2 { acc = args[2] } else if !items.isEmpty { acc = items.removeFirst() } else {
                throw Signal.raise(try makeException("TypeError", site: site))
            }
            for v in items { acc = try call(args[0], [acc, v], [], site: site, frame: frame) }
            return acc
        case .orderedDict:
            let d = newDict(typeName: "OrderedDict", site: site)
            if let a0 { try updateDict(d, a0, site: site, frame: frame) }
            return d
        case .counter:
            let zero = native(.builtin("int"), nil)
            let d = newDict(factory: zero, typeName: "Counter", site: site)
            if let a0 {
                if case .dict = heap[a0].payload { try updateDict(d, a0, site: site, frame: frame) } else {
                    for v in try iterate(a0, site: site, frame: frame) { try countElement(d, v, site: site) }
                }
            }
            return d
        case .lruCache(let defaultMaxsize):
            // `@lru_cache` (bounded at 128), `@lru_cache(maxsize=N)`, `@lru_cache(None)`, `@cache` (unbounded).
            if let f = a0, isCallableDefinition(f) {
                return makeCache(f, maxsize: defaultMaxsize, site: site)
            }
            var maxsize: Int? = 128
            if let m = kwarg(kwargs, "maxsize") ?? a0 { maxsize = m == none ? nil : (intValue(m) ?? 128) }
            return heap.allocate("lru_cache_decorator", .native(.lruCacheDecorator(maxsize: maxsize), receiver: nil), origin: site)
        case .cachedProperty:
            guard let a0 else { return opaque(site: site) }
            return heap.allocate("cached_property", .descriptor(kind: .cachedProperty, function: a0), origin: site)
        case .partial:
            guard let a0 else { return opaque(site: site) }
            let p = heap.allocate("partial", .partial(function: a0, args: Array(args.dropFirst()) + kwargs.map(\.1)), origin: site)
            if !kwargs.isEmpty { partialKeywords[p] = kwargs.map(\.0) }
            return p
        case .dataclass:
            // `@dataclass` or `@dataclass(...)`: the class gets an __init__ over its annotated fields.
            if let a0, case .classObject = heap[a0].payload { dataclasses.insert(a0); return a0 }
            if let eq = kwarg(kwargs, "eq"), eq == falseObject {
                // `@dataclass(eq=False)`: instances compare (and hash) by identity.
                let d = heap.allocate("dataclass", .native(.dataclassDecorator, receiver: nil), origin: site)
                identityEqualityDecorators.insert(d)
                return d
            }
            return native(.dataclassDecorator, nil)
        case .attrsClass:
            // `@attr.s` (only `x = attr.ib()` are fields unless `auto_attribs=True`), `@define` /
            // `@frozen` / `@mutable` (annotated names, unless some `attr.ib()` is not annotated).
            var mode = AttrsFieldMode(fields: q.hasSuffix(".s") || q.hasSuffix(".attrs") ? .markersOnly : .guess)
            if let a0, case .classObject = heap[a0].payload {
                registerAttrsClass(a0, mode)
                return a0
            }
            if let auto = kwarg(kwargs, "auto_attribs") {
                if auto == trueObject { mode.fields = .annotated } else if auto == falseObject { mode.fields = .markersOnly } else { return opaque(site: site) }
            }
            if let kw = kwarg(kwargs, "kw_only") {
                if kw == trueObject { mode.keywordOnly = true } else if kw != falseObject { return opaque(site: site) }
            }
            if kwarg(kwargs, "eq") == falseObject || kwarg(kwargs, "cmp") == falseObject { mode.identityEquality = true }
            // (Fields named elsewhere, `these=`, or no generated `__init__`: not modelled, as before.)
            if kwarg(kwargs, "these") != nil || kwarg(kwargs, "init").map({ $0 != trueObject }) ?? false { return opaque(site: site) }
            let d = heap.allocate("attrs_decorator", .native(.dataclassDecorator, receiver: nil), origin: site)
            attrsDecorators[d] = mode
            return d
        case .attrsField:
            // `attr.ib(default=…, factory=…, converter=…, init=…, alias=…, kw_only=…)`: a marker,
            // read when the class's `__init__` is generated (as `dataclasses.field`'s is).
            var factory = kwarg(kwargs, "factory")
            var value = kwarg(kwargs, "default")
            var takesSelf = false
            if let v = value, let selfArg = attrsFactories[v], case .partial(let f, _) = heap[v].payload {
                factory = f
                takesSelf = selfArg
                value = nil
            }
            var alias: String?
            if let a = kwarg(kwargs, "alias") {
                guard let name = heap[a].constant, typeName(a) == "str" else { return opaque(site: site) }
                alias = name
            }
            let marker = heap.allocate("attr._CountingAttr", .partial(function: factory ?? none, args: value.map { [$0] } ?? []), origin: site)
            attrsFieldSpecs[marker] = AttrsFieldSpec(converter: kwarg(kwargs, "converter"),
                                                     inInit: kwarg(kwargs, "init") != falseObject,
                                                     keywordOnly: kwarg(kwargs, "kw_only") == trueObject,
                                                     alias: alias, factoryTakesSelf: takesSelf)
            return marker
        case .attrsFactory:
            guard let a0 else { return opaque(site: site) }
            let f = heap.allocate("attr.Factory", .partial(function: a0, args: []), origin: site)
            attrsFactories[f] = kwarg(kwargs, "takes_self") == trueObject || (args.count > 1 && args[1] == trueObject)
            return f
        case .dataclassField:
            let factory = kwarg(kwargs, "default_factory")
            let value = kwarg(kwargs, "default")
            let marker = heap.allocate("dataclasses.Field", .partial(function: factory ?? none, args: value.map { [$0] } ?? []), origin: site)
            fieldMarkers.insert(marker)
            return marker
        case .namedtuple:
            // The class: calling it builds a tuple of the arguments, whose fields are its items.
            let cls = heap.allocate("namedtuple_class", .native(.namedtupleInstance, receiver: nil), origin: site)
            let spec = args.count > 1 ? args[1] : kwargs.first(where: { $0.0 == "field_names" || $0.0 == "fields" })?.1
            if let spec, let fields = namedtupleFieldNames(spec) { namedtupleFields[cls] = fields }
            return cls
        case .awaitArgument:
            // Coroutines run when called in this model: their result is already there. A task
            // (`ensure_future`, `create_task`) is an object of its own that gives that result when
            // awaited and calls its done callbacks once the loop runs them.
            let result = a0.map(taskResult) ?? none
            if q == "asyncio.ensure_future" || q == "asyncio.create_task" {
                let task = heap.allocate("asyncio.Task", .opaque(held: [result]), origin: site)
                taskResults[task] = result
                return task
            }
            return try awaited(result)
        case .gather:
            // `return_exceptions=True`: a failed awaitable's exception is its result; otherwise
            // the first one raised propagates.
            let keep = kwarg(kwargs, "return_exceptions").map { $0 != falseObject && $0 != none } ?? false
            var results: [ObjID] = []
            for a in args {
                let r = taskResult(a)
                if let exc = failedCoroutines[r] {
                    if !keep { throw Signal.raise(exc) }
                    results.append(exc)
                } else {
                    results.append(r)
                }
            }
            return newList(results, site: site)
        case .returnsNone:
            return none
        case .returnsFirstArgument:
            return a0 ?? none
        case .returnsSecondArgument:
            return args.count > 1 ? args[1] : (kwarg(kwargs, "val") ?? none)
        case .decoratorOrIdentity:
            return a0 ?? native(.identityDecorator, nil)
        case .thread:
            // Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
            let target = kwarg(kwargs, "target") ?? (args.count > 1 ? args[1] : none)
            let targs = kwarg(kwargs, "args") ?? (args.count > 3 ? args[3] : nil)
            let tkwargs = kwarg(kwargs, "kwargs") ?? (args.count > 4 ? args[4] : nil)
            // (The thread keeps every argument it was given, as the table says.)
            let t = heap.allocate("threading.Thread", .tuple([target, targs ?? heap.allocate("tuple", .tuple([])), tkwargs ?? none]
                                                             + args + kwargs.map(\.1)), origin: site)
            return t
        case .queue:
            return heap.allocate(q == "queue.LifoQueue" ? "queue.LifoQueue" : "queue.Queue", .deque([], maxlen: nil), origin: site)
        case .exitStack:
            return heap.allocate("ExitStack", .list([]), origin: site)
        case .suppressContext:
            return heap.allocate("contextlib.suppress", .tuple(args), origin: site)
        case .singleDispatch:
            guard let a0 else { throw Signal.raise(try makeException("TypeError", site: site)) }
            return makeSingleDispatch(a0, site: site)
        case .contextManagerDecorator:
            guard let a0 else { return native(.identityDecorator, nil) }
            contextManagerFunctions.insert(a0)
            return a0
        case .identityDecoratorFactory:
            // (`wraps(f)` is CPython's `partial(update_wrapper, wrapped=f, …)`.)
            if q == "functools.wraps", let a0 {
                return heap.allocate("functools.partial", .partial(function: native(.wrapsDecorator, nil), args: [a0]), origin: site)
            }
            return native(.identityDecorator, nil)
        case .markDecorator:
            // (Items the values hold stay with the test's marks; none is stored into or run.)
            for a in args + kwargs.map(\.1) where isUnfinishedGenerator(a) { _ = try iterate(a, site: site, frame: frame) }
            return native(.identityDecorator, nil)
        case .weakReference:
            let ref = heap.allocate("weakref", .weakref(target: a0), origin: site)
            if args.count > 1, args[1] != none { heap.objects[ref].callback = args[1]; runtimeCallbacks = true }
            return ref
        case .simpleNamespace:
            let ns = heap.allocate(q == "argparse.Namespace" ? "Namespace" : q == "threading.local" ? "local" : "SimpleNamespace",
                                   .instance(cls: simpleNamespaceClass(), attrs: [:]), origin: site)
            for (k, v) in kwargs { setInstanceAttr(ns, k, v) }
            return ns
        case .weakContainer(let kind):
            return heap.allocate(kind, .weakContainer(kind: kind, store: OrderedStore()), origin: site)
        case .finalize:
            // weakref.finalize(obj, func, *args, **kwargs): the module keeps the finalizer (and
            // so func and its arguments) until obj dies, then calls func(*args) once and drops it.
            let reg = registry("weakref.finalize registry")
            let call = heap.allocate("functools.partial", .partial(function: args.count > 1 ? args[1] : none,
                                                                   args: Array(args.dropFirst(2)) + kwargs.map(\.1)),
                                     origin: site)
            if !kwargs.isEmpty { partialKeywords[call] = kwargs.map(\.0) }
            guard let target = a0, isFinalizable(target) else {
                appendToRegistry(reg, call)
                return call
            }
            let entry = heap.allocate("finalize", .weakref(target: target), origin: site)
            heap.objects[entry].callback = call
            runtimeCallbacks = true
            appendToRegistry(reg, entry)
            appendToRegistry(reg, call)
            return entry
        case .getLogger:
            let reg = registry("logging.Logger.manager.loggerDict")
            if let a0, let name = heap[a0].constant {
                if case .registry(_, let items) = heap[reg].payload,
                   let existing = items.first(where: { heap[$0].constant == name }) { return existing }
                let logger = heap.allocate("Logger", .opaque(held: []), constant: name, origin: site)
                appendToRegistry(reg, logger)
                return logger
            }
            if a0 == nil { return external("logging.root") }
            // A name built per call: a new logger kept forever by the manager.
            let logger = heap.allocate("Logger", .opaque(held: a0.map { [$0] } ?? []), origin: site)
            appendToRegistry(reg, logger)
            return logger
        case .registerCallback(let bundle, let returnsCallback):
            // The callback goes into the registry (with the call's other arguments, bundled as a
            // partial, where the call passes them on to it); a weak registry keeps nothing.
            guard case .adds(let name, let weak)? = model.registry, let slot = model.keeps.first?.slot else { return opaque(site: site) }
            let callbacks = values(slot, args, kwargs)
            if returnsCallback && callbacks.isEmpty { return none }
            for cb in callbacks where !weak {
                let reg = registry(name)
                let entry = bundle && (args.count > 1 || !kwargs.isEmpty)
                    ? heap.allocate("partial", .partial(function: cb, args: Array(args.dropFirst()) + kwargs.map(\.1)), origin: site) : cb
                if entry != cb, !kwargs.isEmpty { partialKeywords[entry] = kwargs.map(\.0) }
                appendToRegistry(reg, entry)
            }
            return returnsCallback ? callbacks[0] : opaque(site: site)
        case .unregisterCallback:
            if case .removes(let name)? = model.registry {
                for a in args { removeFromRegistry(registry(name), a) }
            }
            return model.result == .none ? none : opaque(site: site)
        case .longLived:
            // A long-lived object keeps what is handed to it, for the life of the program.
            if case .adds(let name, _)? = model.registry {
                let reg = registry(name)
                for a in args + kwargs.map(\.1) { appendToRegistry(reg, a) }
            }
            return opaque(site: site)
        case .excInfo:
            guard let exc = frame.handling ?? frame.back?.handling else {
                return heap.allocate("tuple", .tuple([none, none, none]), origin: site)
            }
            var tb: ObjID = none
            if case .exception(let cls, _, let t, _) = heap[exc].payload {
                tb = t ?? none
                return heap.allocate("tuple", .tuple([cls ?? none, exc, tb]), origin: site)
            }
            return heap.allocate("tuple", .tuple([none, exc, tb]), origin: site)
        case .currentException:
            return frame.handling ?? none
        case .tracebackText:
            return makeStr(nil, site: site)
        case .heapPush:
            if args.count >= 2 { withList(args[0]) { $0.append(args[1]) } }
            return none
        case .heapReplace(let popsFirst):
            // The item goes in and the smallest comes out; which one comes out of heappushpop
            // depends on an order the model may not know, so the item is kept (the conservative
            // choice for retention) and the old first item handed back. The length is unchanged.
            guard args.count >= 2 else { return opaque(site: site) }
            var out: ObjID?
            var empty = false
            withList(args[0]) { items in
                if items.isEmpty { empty = true; if !popsFirst { out = args[1] }; return }
                out = items[0]; items[0] = args[1]
            }
            if let out { return out }
            if empty { throw Signal.raise(try makeException("IndexError", site: site)) }
            return opaque(site: site)
        case .heapify:
            return none
        case .heapSelect:
            guard args.count >= 2 else { return newList([], site: site) }
            let items = try iterate(args[1], site: site, frame: frame)
            if let key = kwarg(kwargs, "key"), key != none {
                for item in items { _ = try call(key, [item], [], site: site, frame: frame) }
            }
            let n = intValue(args[0]).map { max(0, $0) } ?? items.count
            return newList(Array(items.prefix(n)), site: site)
        case .heapPop:
            var out: ObjID?
            if let a0 { withList(a0) { if !$0.isEmpty { out = $0.removeFirst() } } }
            if let out { return out }
            throw Signal.raise(try makeException("IndexError", site: site))
        case .copy:
            guard let a0 else { return none }
            switch heap[a0].payload {
            case .list(let items): return newList(items, site: site)
            case .dict(let s, let f): return heap.allocate(typeName(a0), .dict(s, factory: f), origin: site)
            case .set(let s): return heap.allocate("set", .set(s), origin: site)
            case .instance(let cls, let attrs) where copiesAsItsDict(cls):
                // An instance of a plain class: a new one of the class whose attributes are the
                // same objects (`copy.copy(query)` shares `query.where`).
                return heap.allocate(typeName(a0), .instance(cls: cls, attrs: attrs), origin: site)
            case .instance(let cls, _):
                if let m = mroLookup(cls, "__copy__") {
                    return try call(try bindIfFunction(m, to: a0, site: site), [], [], site: site, frame: frame)
                }
                if let copied = try copyWithItems(a0, cls, site: site, frame: frame) { return copied }
                // A copy the model cannot make shares what the original holds: what is done to
                // it may be done to those objects.
                escape("`copy.copy()` of an object heaplint cannot copy", [a0], site: site)
                return opaque(site: site)
            default: return opaque(site: site)
            }
        case .deepcopy:
            let copy = try deepCopy(a0 ?? none, site: site, depth: 0, frame: frame)
            // deepcopy(x, memo) records every copy (and a keep-alive list) in the memo it is given.
            if let memo = kwarg(kwargs, "memo") ?? (args.count > 1 ? args[1] : nil), memo != none,
               case .dict = heap[memo].payload {
                let key = heap.allocate("int", .atom, origin: site)
                let keepAlive = newList([a0 ?? none], site: site)
                let keepKey = heap.allocate("int", .atom, origin: site)
                withStore(memo) { s in
                    s.set(key, heap.valueKey(key), copy)
                    s.set(keepKey, heap.valueKey(keepKey), keepAlive)
                }
            }
            return copy
        case .itertoolsCount:
            // A counter the model steps concretely, so scenarios see the values CPython would.
            let start = a0.flatMap { intValue($0) } ?? 0
            return heap.allocate("itertools.count", .opaque(held: []), constant: String(start), origin: site)
        case .islice:
            // islice(it, stop) / islice(it, start, stop[, step]), with known bounds.
            guard let src = a0, args.count >= 2, args.count <= 4, kwargs.isEmpty else { return opaque(site: site) }
            let bounds = args.dropFirst().map { $0 == none ? nil : intValue($0) }
            let unknownBound = zip(args.dropFirst(), bounds).contains { $0.0 != none && $0.1 == nil }
            guard !unknownBound else { return opaque(site: site) }
            let start = args.count == 2 ? 0 : bounds[0] ?? 0
            let stop = args.count == 2 ? bounds[0] : bounds[1]
            let step = args.count == 4 ? bounds[2] ?? 1 : 1
            guard start >= 0, step > 0, (stop ?? 0) >= 0 else { throw Signal.raise(try makeException("ValueError", site: site)) }
            let items = try take(from: src, stop, site: site, frame: frame)
            let picked = stride(from: start, to: items.count, by: step).map { items[$0] }
            return heap.allocate("itertools.islice", .list(picked), origin: site)
        case .isKeyword(let soft):
            guard let a0, let text = heap[a0].constant, typeName(a0) == "str" else { return heap.allocate("bool", .atom, origin: site) }
            return bool((soft ? Self.pythonSoftKeywords : Self.pythonKeywords).contains(text))
        case .cycle:
            // The items repeated up to 256 of them: what `islice(cycle(xs), a, b)` and `zip` take.
            // (A loop that would run on forever stops at the model's loop bound either way.)
            guard let src = a0, args.count == 1 else { return opaque(site: site) }
            let items = try iterate(src, site: site, frame: frame)
            var repeated: [ObjID] = []
            while !items.isEmpty, repeated.count < 256 { repeated += items }
            return heap.allocate("itertools.cycle", .list(repeated), origin: site)
        case .groupby:
            // Consecutive items with equal keys (the key function's result, else the item) form
            // a group; keys the model cannot compare make it unknown code.
            guard let src = a0, args.count <= 2 else { return opaque(site: site) }
            let keyFn = args.count == 2 ? args[1] : kwarg(kwargs, "key")
            var groups: [(key: ObjID, items: [ObjID])] = []
            for item in try iterate(src, site: site, frame: frame) {
                let key = try keyFn.flatMap { $0 == none ? nil : $0 }.map { try call($0, [item], [], site: site, frame: frame) } ?? item
                if let last = groups.last {
                    let same: Bool
                    if last.key == key { same = true } else {
                        let a = heap.valueKey(last.key), b = heap.valueKey(key)
                        guard case .value = a, case .value = b else {
                            // (Identity-compared objects: different objects are different keys
                            // only when their class has no `__eq__` of its own.)
                            if isKnownIdentity(last.key), isKnownIdentity(key), identityEquality(last.key, key) == false {
                                groups.append((key, [item])); continue
                            }
                            escape("`itertools.groupby()` keys heaplint cannot compare", [src], site: site)
                            return opaque(site: site)
                        }
                        same = a == b
                    }
                    if same { groups[groups.count - 1].items.append(item); continue }
                }
                groups.append((key, [item]))
            }
            let pairs = groups.map { g in
                heap.allocate("tuple", .tuple([g.key, heap.allocate("itertools._grouper", .list(g.items), origin: site)]), origin: site)
            }
            return heap.allocate("itertools.groupby", .list(pairs), origin: site)
        case .opaqueResult:
            return opaque(site: site)
        case .importModule:
            guard var name = a0.flatMap({ heap[$0].constant }), !name.isEmpty else {
                escape("`\(q)()`", args + kwargs.map(\.1), site: site)
                return opaque(site: site)
            }
            if name.hasPrefix(".") {
                // Relative to `package`: one level per leading dot after the first.
                guard let p = (kwarg(kwargs, "package") ?? (args.count > 1 ? args[1] : nil)).flatMap({ heap[$0].constant }) else { return opaque(site: site) }
                let dots = name.prefix { $0 == "." }.count
                var parts = p.split(separator: ".").map(String.init)
                guard parts.count >= dots - 1 else { return opaque(site: site) }
                parts.removeLast(dots - 1)
                let rest = String(name.dropFirst(dots))
                name = (parts + (rest.isEmpty ? [] : [rest])).joined(separator: ".")
            }
            if let m = try importModule(name, site: site) { return m }
            // (Loaded by name past the cap on imported modules: a run in doubt may go again with it.)
            if leftOutByCap(name) { cappedCalled.insert(name) }
            if let dot = name.lastIndex(of: "."), let parent = provider?.module(named: String(name[..<dot])),
               parent.isPackage, parent.origin == .project, provider?.module(named: name) == nil {
                // A submodule the project's package does not have (`plugins.<typo>`): CPython
                // raises ModuleNotFoundError. (Uncertain: an extension module built from the
                // sources, or one a namespace package finds elsewhere, may be there.)
                throw try raiseUncertain("ModuleNotFoundError", site: site)
            }
            return opaque(site: site)
        case .reloadModule:
            guard let m = a0, try reloadModule(m, site: site) else {
                // A module the model does not have runs its import-time code again: code heaplint
                // cannot see, like any call into it; what it is handed (the module) escapes.
                escape("`\(q)()`", args + kwargs.map(\.1), site: site)
                return a0 ?? opaque(site: site)
            }
            return m
        case .escapesArguments:
            escape("`\(q)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        case .pure:
            // A generator handed to a library function is consumed by it, lazily or in part
            // (`itertools.chain`, `statistics.mean`): the model does not run it.
            if (args + kwargs.map(\.1)).contains(where: { isUnfinishedGenerator($0) }) {
                note("a generator handed to `\(q)()`")
            }
            // Hooks handed to a library function (`object_hook=`, `key=`, …) are called by it.
            for hook in (args + kwargs.map(\.1)) where model.calls.contains(.hooks) && isCallableDefinition(hook) {
                let (hookArgs, hookKwargs) = callableArguments(hook)
                _ = try call(hook, hookArgs, hookKwargs, site: site, frame: frame)
            }
            let fresh = derivedType(of: args + kwargs.map(\.1)) == "argument"
            // (A `timezone` equals and hashes as another of the same offset whatever its name:
            // as a key, one of a known offset is that offset's.)
            if q == "datetime.timezone", let offset = args.first ?? kwarg(kwargs, "offset"), let part = stableKeyPart(offset) {
                let tz = opaque(args.count + kwargs.count > 1 ? derivedType(of: args + kwargs.map(\.1)) : "object", site: site)
                heap.choiceKeys[tz] = "timezone:" + part
                return tz
            }
            switch model.result {
            case .parsed:
                // Parsers return data whose parts may repeat from call to call: unknown, not fresh.
                let parsed = opaque("object", site: site)
                textPieces.insert(parsed)
                return parsed
            case .derived("str"?):
                if fresh { return makeStr(nil, site: site) }
                // (Of known text only: unknown, but not fresh data.)
                let all = args + kwargs.map(\.1)
                if !all.isEmpty, all.allSatisfy({ stableKeyPart($0) != nil }), !Self.nondeterministic(q) {
                    // The same text in gives the same text out: one value per input, so a set or
                    // a dict keyed by it does not take each call's result as new.
                    return stableValue(([q] + all.map { stableKeyPart($0) ?? "" } + kwargs.map(\.0)).joined(separator: "\u{1}")) {
                        unknownAtom("str", site: site)
                    }
                }
                return heap.allocate("str", .atom, constant: nil, origin: site)
            default:
                // Pure library functions: what they compute from fresh data is fresh too; from
                // known constants, the same each time.
                let all = args + kwargs.map(\.1)
                let result: ObjID
                if !fresh, !all.isEmpty, all.allSatisfy({ stableKeyPart($0) != nil }), !Self.nondeterministic(q) {
                    result = stableValue(([q] + all.map { stableKeyPart($0) ?? "" } + kwargs.map(\.0)).joined(separator: "\u{1}")) {
                        opaque("object", site: site)
                    }
                } else if fresh {
                    result = opaque("argument", site: site)
                } else {
                    // (From inputs the same each call: a value that may equal the last call's.)
                    result = Self.nondeterministic(q) ? opaque("object", site: site) : unseenResult(opaque("object", site: site), from: all)
                }
                if Self.temporalConstructors.contains(q), case .opaque = heap[result].payload { temporalValues.insert(result) }
                return result
            }
        }
    }

    /// `_tkinter._flatten(seq)`: a new tuple of the items of `seq` and of the tuples and lists nested
    /// in it, None dropped; TypeError for a dict or a non-empty string (as CPython). An argument or
    /// a nested item the model cannot see into (an opaque value, an instance of a tuple subclass)
    /// is kept whole: the result then holds it rather than its leaves, which retains no less.
    func flattenSequences(_ seq: ObjID?, site: Int) throws -> ObjID {
        guard let seq else { throw Signal.raise(try makeException("TypeError", site: site)) }
        switch heap[seq].payload {
        case .list, .tuple: break
        case .dict: throw Signal.raise(try makeException("TypeError", site: site))
        case .atom where ["str", "bytes"].contains(typeName(seq)) && heap[seq].constant != nil:
            // Its length first: an empty one gives (), any other is not a sequence of the kind it takes.
            if heap[seq].constant == "" { return heap.allocate("tuple", .tuple([]), origin: site) }
            throw Signal.raise(try makeException("TypeError", site: site))
        case .atom where ["NoneType", "bool", "int", "float", "complex"].contains(typeName(seq)):
            throw Signal.raise(try makeException("TypeError", site: site))
        default:
            return opaque("tuple", site: site, held: [seq])
        }
        var leaves: [ObjID] = []
        // (sequence, next index) pairs; CPython recurses (up to 1000 deep), a bounded stack here.
        var stack: [(items: [ObjID], next: Int)] = [(sequenceItems(seq) ?? [], 0)]
        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].next < stack[top].items.count else { stack.removeLast(); continue }
            let item = stack[top].items[stack[top].next]
            stack[top].next += 1
            if let xs = sequenceItems(item), stack.count < 64, leaves.count < 4096 {
                stack.append((xs, 0))
            } else if item != none {
                leaves.append(item)
            }
        }
        return heap.allocate("tuple", .tuple(leaves), origin: site)
    }

    /// The arguments a slot of a table entry names.
    func values(_ slot: ArgumentSlot, _ args: [ObjID], _ kwargs: [(String, ObjID)]) -> [ObjID] {
        switch slot {
        case .receiver: return []
        case .positional(let i): return i < args.count ? [args[i]] : []
        case .keyword(let k): return kwarg(kwargs, k).map { [$0] } ?? []
        case .positionalFrom(let i): return Array(args.dropFirst(i))
        case .keywords: return kwargs.map(\.1)
        case .all: return args + kwargs.map(\.1)
        case .callables:
            let all = args + kwargs.map(\.1)
            let callables = all.filter { isCallableValue($0) }
            return callables.isEmpty ? all.filter { !isImmutableAtom($0) } : callables
        }
    }

    /// A value that can be called: a function, bound method, partial, class, or an instance with `__call__`.
    func isCallableValue(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        case .function, .boundMethod, .partial, .descriptor, .cacheWrapper, .native, .classObject: return true
        case .instance(let cls, _): return mroLookup(cls, "__call__") != nil
        default: return false
        }
    }

    /// Fresh arguments for calling a hook or callback the way a library would.
    func callableArguments(_ f: ObjID) -> ([ObjID], [(String, ObjID)]) {
        var target = f
        if case .boundMethod(_, let fn) = heap[f].payload { target = fn }
        guard case .function(let st) = heap[target].payload, let def = functionDef(st.def) else { return ([], []) }
        if case .boundMethod = heap[f].payload { return freshArguments(for: def, skippingFirst: true) }
        return freshArguments(for: def, skippingFirst: false)
    }

    /// A value json.dumps rejects with TypeError whatever else it holds: a set, bytes, a function
    /// or class, an instance of a class of the program, or a dict key that is not str, int, float,
    /// bool or None, anywhere inside lists, tuples and dicts the model knows.
    /// Library constructors whose results json's encoder cannot encode itself.
    static let jsonForeignConstructors: Set<String> = [
        "decimal.Decimal", "datetime.datetime", "datetime.date", "datetime.time", "datetime.timedelta",
        "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.fromtimestamp", "datetime.date.today",
        "uuid.UUID", "uuid.uuid1", "uuid.uuid3", "uuid.uuid4", "uuid.uuid5", "fractions.Fraction",
        "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "ipaddress.ip_address",
    ]

    /// The values json's encoder hands to `default` while it encodes `id`: the leaves it cannot
    /// encode itself (sets, bytes, instances of the program's classes, functions, library objects
    /// such as a `Decimal`), found as it walks lists, tuples and dict values. `unsure` when a leaf
    /// is a value the model does not know (a result of unseen code), which may go to `default` too.
    func jsonDefaultLeaves(_ id: ObjID, depth: Int, into leaves: inout [ObjID], unsure: inout Bool) {
        guard depth < 32 else { unsure = true; return }
        if id == none || id == trueObject || id == falseObject { return }
        switch heap[id].payload {
        case .list(let items), .tuple(let items):
            for i in items { jsonDefaultLeaves(i, depth: depth + 1, into: &leaves, unsure: &unsure) }
        case .dict(let st, _):
            for v in st.values { jsonDefaultLeaves(v, depth: depth + 1, into: &leaves, unsure: &unsure) }
        case .atom where ["str", "int", "float", "bool"].contains(typeName(id)):
            break
        case .atom where typeName(id) == "bytes":
            leaves.append(id)
        case .set, .deque, .function, .classObject, .boundMethod, .module:
            leaves.append(id)
        case .instance(let cls, _) where !classHasOpaqueBase(cls):
            leaves.append(id)
        default:
            if jsonForeignValues.contains(id) { leaves.append(id) } else { unsure = true }
        }
    }

    /// Encodes `value` as json's encoder does with `default=fn`: `fn` is called with each value it
    /// cannot encode itself, and what `fn` returns is encoded in turn. Values the model does not
    /// know may go to `fn` too: then `fn` is handed to unseen code (`what`).
    func encodeThroughDefault(_ value: ObjID, _ fn: ObjID, what: String, site: Int, frame: Frame) throws {
        var leaves: [ObjID] = []
        var unsure = false
        jsonDefaultLeaves(value, depth: 0, into: &leaves, unsure: &unsure)
        var calls = 0
        while !leaves.isEmpty {
            // (A `default` that returns what it was given makes CPython raise ValueError; a bound.)
            guard calls < 64 else { unsure = true; break }
            calls += 1
            let leaf = leaves.removeFirst()
            let encoded = try call(fn, [leaf], [], site: site, frame: frame)
            if encoded == leaf { unsure = true; break }
            jsonDefaultLeaves(encoded, depth: 1, into: &leaves, unsure: &unsure)
        }
        if unsure { escape(what, [fn], site: site) }
    }

    /// Methods of standard-library base classes reached from a subclass's instance, as CPython's
    /// code runs them. `threading.Thread.__init__` keeps the target and its arguments on the
    /// instance (`_target`, `_args`, `_kwargs`); the base's `start()` and `run()` call the target
    /// with them and then drop them. `json.JSONEncoder.__init__` keeps `default=` on the instance;
    /// `encode()` hands it each value it cannot encode itself (the base's own `default` raises
    /// TypeError). `json.JSONDecoder.__init__` keeps its hooks on the instance (its `decode` is
    /// code the model cannot see, given the instance). Nil for anything else.
    func libraryBaseExternal(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID? {
        guard q.hasPrefix("threading.Thread.") || q.hasPrefix("json.JSONEncoder.") || q.hasPrefix("json.JSONDecoder."),
              let me = args.first, case .instance(let cls, let attrs) = heap[me].payload else { return nil }
        let rest = Array(args.dropFirst())
        switch q {
        case "threading.Thread.__init__":
            // (group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
            let target = kwarg(kwargs, "target") ?? (rest.count > 1 ? rest[1] : none)
            let targs = kwarg(kwargs, "args") ?? (rest.count > 3 ? rest[3] : heap.allocate("tuple", .tuple([]), origin: site))
            var tkwargs = kwarg(kwargs, "kwargs") ?? (rest.count > 4 ? rest[4] : none)
            if tkwargs == none { tkwargs = newDict(site: site) }
            setInstanceAttr(me, "_target", target)
            setInstanceAttr(me, "_args", targs)
            setInstanceAttr(me, "_kwargs", tkwargs)
            return none
        case "threading.Thread.start", "threading.Thread.run":
            guard let target = attrs["_target"], let targs = attrs["_args"], let tkwargs = attrs["_kwargs"] else { return nil }
            if q == "threading.Thread.start", let run = threadRun(cls) {
                // (A subclass's own `run()`, which the new thread runs; what it raises is lost.)
                do { _ = try call(try bindIfFunction(run, to: me, site: site), [], [], site: site, frame: frame) } catch Signal.raise {}
                return none
            }
            // (The base's `run()` drops them in its `finally`.)
            defer { for a in ["_target", "_args", "_kwargs"] { setInstanceAttr(me, a, nil) } }
            if q == "threading.Thread.start" { return try threadMethod("start", me, [target, targs, tkwargs], site: site, frame: frame) }
            // (`run()` called in this thread: what the target raises propagates.)
            guard target != none else { return none }
            let positional = try iterate(targs, site: site, frame: frame)
            var named: [(String, ObjID)] = []
            if case .dict(let store, _) = heap[tkwargs].payload {
                for (k, v) in zip(store.keys, store.values) {
                    guard let name = heap[k].constant else { return nil }
                    named.append((name, v))
                }
            }
            _ = try call(target, positional, named, site: site, frame: frame)
            return none
        case "json.JSONEncoder.__init__":
            let flags: [(String, ObjID)] = [("skipkeys", falseObject), ("ensure_ascii", trueObject), ("check_circular", trueObject),
                                            ("allow_nan", trueObject), ("sort_keys", falseObject), ("indent", none)]
            for (name, value) in flags { setInstanceAttr(me, name, kwarg(kwargs, name) ?? value) }
            let indent = kwarg(kwargs, "indent") ?? none
            setInstanceAttr(me, "item_separator", kwarg(kwargs, "separators") != nil ? unknownAtom("str", site: site) : makeStr(indent == none ? ", " : ",", site: site))
            setInstanceAttr(me, "key_separator", kwarg(kwargs, "separators") != nil ? unknownAtom("str", site: site) : makeStr(": ", site: site))
            if let fn = kwarg(kwargs, "default"), fn != none { setInstanceAttr(me, "default", fn) }
            return none
        case "json.JSONEncoder.default":
            throw Signal.raise(try makeException("TypeError", site: site))
        case "json.JSONEncoder.encode", "json.JSONEncoder.iterencode":
            guard let value = rest.first else { return nil }
            if jsonText(value, depth: 0) == nil {
                let fn = try getAttribute(me, "default", site: site, frame: frame)
                try encodeThroughDefault(value, fn, what: "`json.JSONEncoder.encode()`", site: site, frame: frame)
                mayRaiseCount += 1
            }
            let text = makeStr(jsonText(value, depth: 0), site: site)
            return q.hasSuffix(".encode") ? text : heap.allocate(Self.listIterator, .list([text]), origin: site)
        case "json.JSONDecoder.__init__":
            for name in ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"] {
                setInstanceAttr(me, name, kwarg(kwargs, name) ?? none)
            }
            setInstanceAttr(me, "strict", kwarg(kwargs, "strict") ?? trueObject)
            return none
        default:
            return nil
        }
    }

    /// `datetime` calls that make a date, a time or a duration.
    static let temporalConstructors: Set<String> = [
        "datetime.datetime", "datetime.date", "datetime.time", "datetime.timedelta",
        "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
        "datetime.datetime.fromtimestamp", "datetime.datetime.utcfromtimestamp", "datetime.datetime.fromisoformat",
        "datetime.datetime.strptime", "datetime.datetime.combine", "datetime.date.today",
        "datetime.date.fromtimestamp", "datetime.date.fromisoformat",
    ]

    func jsonUnserializable(_ id: ObjID, depth: Int) -> Bool {
        guard depth < 32 else { return false }
        // (A date, a time or a duration: the encoder has no rule for them.)
        if temporalValues.contains(id) { return true }
        switch heap[id].payload {
        case .set: return true
        case .function, .classObject, .boundMethod, .module: return true
        case .instance(let cls, _): return !classHasOpaqueBase(cls)
        case .atom: return typeName(id) == "bytes" && heap[id].constant != nil
        case .list(let items), .tuple(let items): return items.contains { jsonUnserializable($0, depth: depth + 1) }
        case .dict(let st, _):
            for (k, v) in zip(st.keys, st.values) {
                if case .atom = heap[k].payload, ["str", "int", "float", "bool", "NoneType"].contains(typeName(k)) || k == none {
                } else if isKnownIdentity(k) { return true }
                if jsonUnserializable(v, depth: depth + 1) { return true }
            }
            return false
        default: return false
        }
    }

    /// JSON text of a value the model knows completely (json.dumps with default separators).
    func jsonText(_ id: ObjID, depth: Int) -> String? {
        guard depth < 32 else { return nil }
        if id == none { return "null" }
        if id == trueObject { return "true" }
        if id == falseObject { return "false" }
        switch heap[id].payload {
        case .atom:
            guard let c = heap[id].constant else { return nil }
            switch typeName(id) {
            case "int", "float": return c
            case "str":
                var out = "\""
                for u in c.unicodeScalars {
                    switch u {
                    case "\"": out += "\\\""
                    case "\\": out += "\\\\"
                    case "\n": out += "\\n"
                    case "\t": out += "\\t"
                    default:
                        if u.value < 0x20 || u.value > 0x7E { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
                    }
                }
                return out + "\""
            default: return nil
            }
        case .list(let items), .tuple(let items):
            var parts: [String] = []
            for i in items { guard let t = jsonText(i, depth: depth + 1) else { return nil }; parts.append(t) }
            return "[" + parts.joined(separator: ", ") + "]"
        case .dict(let st, _):
            var parts: [String] = []
            for (k, v) in zip(st.keys, st.values) {
                guard typeName(k) == "str", let kt = jsonText(k, depth: depth + 1), let vt = jsonText(v, depth: depth + 1) else { return nil }
                parts.append(kt + ": " + vt)
            }
            return "{" + parts.joined(separator: ", ") + "}"
        default:
            return nil
        }
    }

    /// `dataclasses.fields(x)` of a dataclass or an instance of one: a `Field` per field, whose
    /// `name` is known, `init` / `repr` / `compare` as the class writes them (true when not
    /// given, unknown when not a constant), and the rest values the model does not know.
    func dataclassFieldObjects(_ x: ObjID, site: Int) -> [ObjID]? {
        let cls: ObjID
        switch heap[x].payload {
        case .instance(let c, _): cls = c
        case .classObject: cls = x
        default: return nil
        }
        guard let names = dataclassFields(cls) else { return nil }
        let fieldClass: ObjID = externals["dataclasses.Field.class"] ?? {
            let c = heap.allocate("type", .classObject(ClassState(name: "Field", def: nil, bases: [], attrs: [], opaqueBase: false)))
            externals["dataclasses.Field.class"] = c
            heap.roots.append(("builtins", c))
            return c
        }()
        var flags: [String: [String: Expr]] = [:]
        for c in mro(cls) {
            guard dataclasses.contains(c), case .classObject(let st) = heap[c].payload, let id = st.def, let classDef = classDef(id) else { continue }
            for stmt in classDef.body {
                guard case .annAssign(let target, _, let value?) = stmt.kind, case .name(let n) = target.kind, flags[n] == nil,
                      case .call(let callee, let callArgs) = value.kind else { continue }
                let isField: Bool = {
                    if case .name("field") = callee.kind { return true }
                    if case .attribute(_, "field") = callee.kind { return true }
                    return false
                }()
                guard isField else { continue }
                var kw: [String: Expr] = [:]
                for a in callArgs where a.kind == .keyword { if let k = a.name { kw[k] = a.value } }
                flags[n] = kw
            }
        }
        return names.map { name in
            let f = heap.allocate("Field", .instance(cls: fieldClass, attrs: [:]), origin: site)
            setInstanceAttr(f, "name", makeStr(name, site: site))
            for flag in ["init", "repr", "compare"] {
                let value: ObjID
                if let e = flags[name]?[flag] {
                    if case .constant(.bool(let b)) = e.kind { value = bool(b) } else { value = opaque(site: site) }
                } else {
                    value = trueObject
                }
                setInstanceAttr(f, flag, value)
            }
            for other in ["type", "default", "default_factory", "hash", "metadata", "kw_only"] {
                setInstanceAttr(f, other, opaque(site: site))
            }
            return f
        }
    }

    /// The class of `types.SimpleNamespace` objects: attributes only.
    func simpleNamespaceClass() -> ObjID {
        if let c = externals["types.SimpleNamespace.class"] { return c }
        let c = heap.allocate("type", .classObject(ClassState(name: "SimpleNamespace", def: nil, bases: [], attrs: [], opaqueBase: false)))
        externals["types.SimpleNamespace.class"] = c
        heap.roots.append(("builtins", c))
        return c
    }

    func isCallableDefinition(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        case .function, .descriptor, .boundMethod: return true
        default: return false
        }
    }

    func makeCache(_ f: ObjID, maxsize: Int?, site: Int) -> ObjID {
        let w = heap.allocate("functools._lru_cache_wrapper", .cacheWrapper(function: f, maxsize: maxsize, entries: OrderedStore(), owner: nil), origin: site)
        return w
    }

    func appendToRegistry(_ reg: ObjID, _ item: ObjID) {
        guard case .registry(let name, var items) = heap[reg].payload else { return }
        heap.objects[reg].payload = .atom
        items.append(item)
        heap.objects[reg].payload = .registry(name: name, items: items)
    }

    /// Removes every entry equal to `item` as CPython compares callables (`atexit.unregister`):
    /// the object itself, or a bound method of the same function and `__self__`. (An entry bundled
    /// with arguments is kept: the model errs towards retention.)
    func removeFromRegistry(_ reg: ObjID, _ item: ObjID) {
        guard case .registry(let name, var items) = heap[reg].payload else { return }
        items.removeAll { sameCallable($0, item) }
        heap.objects[reg].payload = .registry(name: name, items: items)
    }

    func sameCallable(_ entry: ObjID, _ item: ObjID) -> Bool {
        if entry == item { return true }
        switch (heap[entry].payload, heap[item].payload) {
        case (.boundMethod(let s1, let f1), .boundMethod(let s2, let f2)):
            return s1 == s2 && f1 == f2
        default:
            return false
        }
    }

    func deepCopy(_ id: ObjID, site: Int, depth: Int, frame: Frame) throws -> ObjID {
        guard depth < 16 else { return opaque(site: site) }
        switch heap[id].payload {
        case .list(let items): return newList(try items.map { try deepCopy($0, site: site, depth: depth + 1, frame: frame) }, site: site)
        case .dict(let s, let f):
            var c = OrderedStore()
            for (k, v) in zip(s.keys, s.values) { c.set(k, heap.valueKey(k), try deepCopy(v, site: site, depth: depth + 1, frame: frame)) }
            return heap.allocate(typeName(id), .dict(c, factory: f), origin: site)
        case .set(let s): return heap.allocate("set", .set(s), origin: site)
        case .atom, .external: return id
        case .instance(let cls, let attrs) where copiesAsItsDict(cls, deep: true):
            // A new instance of the class with its attributes copied deeply. (`__copy__` is
            // `copy.copy`'s hook: `deepcopy` never calls it.)
            var copied: [String: ObjID] = [:]
            for (k, v) in attrs { copied[k] = try deepCopy(v, site: site, depth: depth + 1, frame: frame) }
            return heap.allocate(typeName(id), .instance(cls: cls, attrs: copied), origin: site)
        case .instance(let cls, _):
            // A class with its own `__deepcopy__` decides what the copy is (`return self` shares
            // the original); other hooks make a copy the model does not follow, which may share
            // what the original holds.
            if let m = mroLookup(cls, "__deepcopy__") {
                let memo = heap.allocate("dict", .dict(OrderedStore(), factory: nil), origin: site)
                return try call(try bindIfFunction(m, to: id, site: site), [memo], [], site: site, frame: frame)
            }
            escape("`copy.deepcopy()` of an object heaplint cannot copy", [id], site: site)
            return opaque(site: site)
        case .tuple(let items):
            // (A tuple whose items all copy as themselves is its own copy.)
            let copied = try items.map { try deepCopy($0, site: site, depth: depth + 1, frame: frame) }
            if copied == items { return id }
            return heap.allocate(typeName(id), .tuple(copied), origin: site)
        case .function, .classObject:
            // (Functions and classes are copied as themselves.)
            return id
        default: return opaque(site: site)
        }
    }

    /// Whether `copy` copies instances of `cls` through their `__dict__` alone: a class of the
    /// model (no base it only has as a name) that defines none of the copy and pickle hooks.
    func copiesAsItsDict(_ cls: ObjID, deep: Bool = false) -> Bool {
        guard case .classObject(let c) = heap[cls].payload, !c.opaqueBase, !classHasOpaqueBase(cls) else { return false }
        for hook in [deep ? "__deepcopy__" : "__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__"] {
            if mroLookup(cls, hook) != nil { return false }
        }
        return true
    }

    /// The first `n` items of an iterable (all of them when `n` is nil), taking no more: a
    /// generator is resumed only that often, so what follows its next `yield` does not run.
    func take(from src: ObjID, _ n: Int?, site: Int, frame: Frame) throws -> [ObjID] {
        if n == 0 { return [] }
        if case .generator(let fo) = heap[src].payload {
            if let n, canResume(src) {
                var out: [ObjID] = []
                while out.count < n, let v = try resume(src, sending: none) { out.append(v) }
                return out
            }
            if pendingGenerators[src] != nil {
                return try runGenerator(src, frame: fo, site: site, limit: n.map { max(1, $0) })
            }
        }
        let all = try iterate(src, site: site, frame: frame)
        return n.map { Array(all.prefix($0)) } ?? all
    }

    /// A generator whose body has not finished: created and not yet run, or suspended at a `yield`.
    func isUnfinishedGenerator(_ id: ObjID) -> Bool {
        guard case .generator = heap[id].payload else { return false }
        if pendingGenerators[id] != nil { return true }
        if let co = coroutines[id] { return !co.done }
        return false
    }

    /// An object whose death the model sees (it frees objects of these kinds by reference counting
    /// and the collector); a finalizer of anything else is kept for good.
    func isFinalizable(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        case .instance, .list, .dict, .set, .function, .classObject: return true
        default: return false
        }
    }
}

extension Interpreter {
    /// `keyword.kwlist` and `keyword.softkwlist` of Python 3.12.
    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    static let pythonSoftKeywords: Set<String> = ["_", "case", "match", "type"]
}

extension Interpreter {
    /// `posixpath` (`os.path` on POSIX) and `shlex` functions of str arguments whose text is known:
    /// their exact result (new str or tuple of str, nothing kept). Nil when not one of them or
    /// some text is unknown.
    func knownTextHelper(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int) throws -> ObjID? {
        guard kwargs.isEmpty else { return nil }
        let name: Substring
        if q.hasPrefix("os.path.") { name = q.dropFirst(8) } else if q.hasPrefix("posixpath.") { name = q.dropFirst(10) }
        else if q == "shlex.quote" || q == "shlex.join" { name = Substring(q) }
        else if q == "unicodedata.normalize", args.count == 2, let form = heap[args[0]].constant, typeName(args[0]) == "str",
                let text = heap[args[1]].constant, typeName(args[1]) == "str" {
            // The four Unicode normalisation forms of known text, as CPython computes them.
            switch form {
            case "NFC": return makeStr(text.precomposedStringWithCanonicalMapping, site: site)
            case "NFD": return makeStr(text.decomposedStringWithCanonicalMapping, site: site)
            case "NFKC": return makeStr(text.precomposedStringWithCompatibilityMapping, site: site)
            case "NFKD": return makeStr(text.decomposedStringWithCompatibilityMapping, site: site)
            default: return nil
            }
        }
        else if ["urllib.parse.unquote", "urllib.parse.unquote_plus", "urllib.parse.quote", "urllib.parse.quote_plus"].contains(q),
                args.count == 1, typeName(args[0]) == "str", let text = heap[args[0]].constant {
            // (Default `safe`, encoding and errors only.)
            switch q {
            case "urllib.parse.unquote": return makeStr(Self.percentDecode(text), site: site)
            case "urllib.parse.unquote_plus": return makeStr(Self.percentDecode(text.replacingOccurrences(of: "+", with: " ")), site: site)
            case "urllib.parse.quote": return makeStr(Self.percentEncode(text, safe: "/"), site: site)
            default:
                return makeStr(Self.percentEncode(text, safe: " ").replacingOccurrences(of: " ", with: "+"), site: site)
            }
        } else { return nil }
        func text(_ id: ObjID) -> String? { typeName(id) == "str" ? heap[id].constant : nil }
        if name == "shlex.join" {
            guard args.count == 1, let items = sequenceItems(args[0]) else { return nil }
            var parts: [String] = []
            for i in items { guard let t = text(i) else { return nil }; parts.append(Self.shellQuote(t)) }
            return makeStr(parts.joined(separator: " "), site: site)
        }
        let texts = args.map(text)
        guard !texts.isEmpty, !texts.contains(where: { $0 == nil }) else { return nil }
        let t = texts.map { $0! }
        func pair(_ a: String, _ b: String) -> ObjID {
            heap.allocate("tuple", .tuple([makeStr(a, site: site), makeStr(b, site: site)]), origin: site)
        }
        switch name {
        case "shlex.quote" where t.count == 1: return makeStr(Self.shellQuote(t[0]), site: site)
        case "basename" where t.count == 1: return makeStr(Self.posixSplit(t[0]).1, site: site)
        case "dirname" where t.count == 1: return makeStr(Self.posixSplit(t[0]).0, site: site)
        case "split" where t.count == 1: let (h, tail) = Self.posixSplit(t[0]); return pair(h, tail)
        case "splitext" where t.count == 1: let (root, ext) = Self.posixSplitext(t[0]); return pair(root, ext)
        case "isabs" where t.count == 1: return bool(t[0].hasPrefix("/"))
        case "join":
            var path = t[0]
            for b in t.dropFirst() {
                if b.hasPrefix("/") { path = b } else if path.isEmpty || path.hasSuffix("/") { path += b } else { path += "/" + b }
            }
            return makeStr(path, site: site)
        default: return nil
        }
    }

    /// `shlex.split(s)` (POSIX mode, whitespace split, no comments): the words, or nil where
    /// CPython raises `ValueError` ("No closing quotation", "No escaped character").
    static func shellSplit(_ s: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var chars = s.makeIterator()
        while let c = chars.next() {
            switch c {
            case " ", "\t", "\n", "\r":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let d = chars.next() { if d == "'" { closed = true; break }; word.append(d) }
                if !closed { return nil }
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.next() {
                    if d == "\"" { closed = true; break }
                    if d == "\\" {
                        guard let e = chars.next() else { return nil }
                        // (In double quotes a backslash escapes only `"` and itself.)
                        if e != "\"" && e != "\\" { word.append(d) }
                        word.append(e)
                    } else {
                        word.append(d)
                    }
                }
                if !closed { return nil }
            case "\\":
                guard let e = chars.next() else { return nil }
                inWord = true
                word.append(e)
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// The records `csv.reader` reads from `text` in the default (excel) dialect: fields split at
    /// commas, a field opening with `"` quoted up to its closing quote (`""` inside is a quote;
    /// commas and line breaks inside are text), records ending at `\r\n`, `\n` or `\r`; a blank
    /// line is an empty record.
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false, inRecord = false
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true; wasQuoted = true; inRecord = true
            case ",":
                record.append(field); field = ""; wasQuoted = false; inRecord = true
            case "\r", "\n", "\r\n":
                if inRecord || !field.isEmpty { record.append(field) }
                records.append(record)
                record = []; field = ""; wasQuoted = false; inRecord = false
                if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { i += 1 }
            default:
                field.append(c); inRecord = true
            }
            i += 1
        }
        if inRecord || !field.isEmpty || quoted { record.append(field); records.append(record) }
        return records
    }

    /// Whether `Decimal(text)` accepts the text, as CPython's does: surrounding whitespace
    /// stripped and underscores dropped, a sign, digits with at most one point, an exponent; or
    /// Inf / Infinity / NaN / sNaN (any case, NaN with digits). (Any Unicode digit counts, as there.)
    static func isDecimalText(_ raw: String) -> Bool {
        var s = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: ""))
        if s.first == "+" || s.first == "-" { s = s.dropFirst() }
        let lower = s.lowercased()
        if lower == "inf" || lower == "infinity" { return true }
        func digits(_ t: Substring) -> Bool { !t.isEmpty && t.allSatisfy(\.isNumber) }
        for nan in ["snan", "nan"] where lower.hasPrefix(nan) {
            let payload = lower.dropFirst(nan.count)
            return payload.isEmpty || digits(payload)
        }
        var mantissa = s
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]
            var exponent = s[s.index(after: e)...]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard digits(exponent) else { return false }
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return digits(parts[0])
        case 2: return (parts[0].isEmpty || digits(parts[0])) && (parts[1].isEmpty || digits(parts[1])) && !(parts[0].isEmpty && parts[1].isEmpty)
        default: return false
        }
    }

    /// Whether `strptime` of `text` with `format` matches, as CPython's `_strptime` decides (C
    /// locale): the format becomes a regular expression (case-insensitive, whitespace as `\s+`,
    /// each directive an alternation tried in its order), `re.match` takes the first match, and
    /// text left after it is an error. Nil for a directive this does not read.
    static func strptimeMatches(_ text: String, _ format: String) -> Bool? {
        let t = Array(text.lowercased()), f = Array(format)
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        // Each directive's alternatives, in the order the regular expression tries them: the
        // lengths of text each can take at `i` (digits fitting the field's pattern).
        func digitsValue(_ i: Int, _ n: Int) -> Int? {
            guard i + n <= t.count else { return nil }
            var v = 0
            for k in i..<(i + n) { guard let d = t[k].wholeNumberValue, t[k].isASCII else { return nil }; v = v * 10 + d }
            return v
        }
        func numeric(_ i: Int, _ widths: [Int], _ ok: (Int, Int) -> Bool) -> [Int] {
            widths.compactMap { w in digitsValue(i, w).flatMap { ok(w, $0) ? w : nil } }
        }
        func names(_ i: Int, _ list: [String]) -> [Int] {
            // (`__seqToRE` puts longer names first.)
            list.sorted { $0.count > $1.count }.compactMap { n in
                i + n.count <= t.count && String(t[i..<(i + n.count)]) == n ? n.count : nil
            }
        }
        func options(_ d: Character, _ i: Int) -> [Int]? {
            switch d {
            case "Y": return numeric(i, [4]) { _, _ in true }
            case "y": return numeric(i, [2]) { _, _ in true }
            case "m", "I": return numeric(i, [2, 1]) { w, v in w == 2 ? (1...12).contains(v) : (1...9).contains(v) }
            case "d":
                var out = numeric(i, [2, 1]) { w, v in w == 2 ? (1...31).contains(v) : (1...9).contains(v) }
                if i < t.count, t[i] == " ", let v = digitsValue(i + 1, 1), v >= 1 { out.append(2) }
                return out
            case "H": return numeric(i, [2, 1]) { w, v in w == 2 ? v <= 23 : true }
            case "M": return numeric(i, [2, 1]) { w, v in w == 2 ? v <= 59 : true }
            case "S": return numeric(i, [2, 1]) { w, v in w == 2 ? v <= 61 : true }
            case "f": return numeric(i, [6, 5, 4, 3, 2, 1]) { _, _ in true }
            case "j": return numeric(i, [3, 2, 1]) { w, v in w == 3 ? (1...366).contains(v) : w == 2 ? (1...99).contains(v) : v >= 1 }
            case "b", "h": return names(i, months.map { String($0.prefix(3)) })
            case "B": return names(i, months)
            case "a": return names(i, days.map { String($0.prefix(3)) })
            case "A": return names(i, days)
            case "p": return names(i, ["am", "pm"])
            case "%": return i < t.count && t[i] == "%" ? [1] : []
            default: return nil
            }
        }
        var unsupported = false
        // The end of the first match of the format from `j` at text position `i`.
        func match(_ i: Int, _ j: Int) -> Int? {
            guard !unsupported else { return nil }
            guard j < f.count else { return i }
            let c = f[j]
            if c.isWhitespace {
                var nj = j
                while nj < f.count, f[nj].isWhitespace { nj += 1 }
                var end = i
                while end < t.count, t[end].isWhitespace { end += 1 }
                guard end > i else { return nil }
                // (`\s+` is greedy: the longest run first.)
                for e in stride(from: end, to: i, by: -1) { if let r = match(e, nj) { return r } }
                return nil
            }
            if c != "%" {
                guard i < t.count, Character(c.lowercased()) == t[i] else { return nil }
                return match(i + 1, j + 1)
            }
            guard j + 1 < f.count, let lengths = options(f[j + 1], i) else { unsupported = true; return nil }
            for n in lengths { if let r = match(i + n, j + 2) { return r } }
            return nil
        }
        let end = match(0, 0)
        if unsupported { return nil }
        return end == t.count
    }

    /// `shlex.quote`: unchanged when only safe characters, else in single quotes.
    static func shellQuote(_ s: String) -> String {
        if s.isEmpty { return "''" }
        let safe = s.allSatisfy { c in
            c == "_" || c == "@" || c == "%" || c == "+" || c == "=" || c == ":" || c == "," || c == "." || c == "/" || c == "-"
                || (c.isASCII && (c.isLetter || c.isNumber))
        }
        if safe { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\"'\"'") + "'"
    }

    /// `posixpath.split`: head (trailing slashes stripped unless all slashes) and tail.
    static func posixSplit(_ p: String) -> (String, String) {
        let chars = Array(p)
        let i = (chars.lastIndex(of: "/") ?? -1) + 1
        var head = String(chars[..<i])
        let tail = String(chars[i...])
        if !head.isEmpty, head.contains(where: { $0 != "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    /// `posixpath.splitext`: the last dot after the last slash, not leading the name.
    static func posixSplitext(_ p: String) -> (String, String) {
        let chars = Array(p)
        let sep = chars.lastIndex(of: "/") ?? -1
        guard let dot = chars.lastIndex(of: "."), dot > sep else { return (p, "") }
        var f = sep + 1
        while f < dot {
            if chars[f] != "." { return (String(chars[..<dot]), String(chars[dot...])) }
            f += 1
        }
        return (p, "")
    }
}

extension Interpreter {
    /// `urllib.parse.unquote`: `%XX` sequences decoded as UTF-8 bytes (invalid ones replaced).
    static func percentDecode(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 48...57: return b - 48
            case 65...70: return b - 55
            case 97...102: return b - 87
            default: return nil
            }
        }
        while i < utf8.count {
            if utf8[i] == 37, i + 2 < utf8.count, let h = hex(utf8[i + 1]), let l = hex(utf8[i + 2]) {
                bytes.append(h << 4 | l)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `urllib.parse.quote(text, safe)`: bytes other than ASCII letters, digits, `_.-~` and `safe`
    /// as `%XX` (upper-case hex).
    static func percentEncode(_ text: String, safe: String) -> String {
        let safeBytes = Set(safe.utf8)
        var out = ""
        for b in text.utf8 {
            let c = Character(UnicodeScalar(b))
            if b < 128 && (c.isLetter || c.isNumber || "_.-~".contains(c) || safeBytes.contains(b)) {
                out.append(c)
            } else {
                out += "%" + String(format: "%02X", b)
            }
        }
        return out
    }
}

extension Interpreter {
    /// A value's part of a memo key: its type and text when known, the stable value itself when
    /// it is one; nil otherwise.
    func stableKeyPart(_ id: ObjID) -> String? {
        if stableValues.contains(id) { return "stable#\(id)" }
        guard let c = heap[id].constant else { return nil }
        return typeName(id) + ":" + c
    }

    /// The one value computed for `key` (made by `make` the first time, kept for the run).
    func stableValue(_ key: String, _ make: () -> ObjID) -> ObjID {
        if let known = derivedTexts[key] { return known }
        let v = make()
        derivedTexts[key] = v
        stableValues.insert(v)
        heap.roots.append(("derived value", v))
        return v
    }
}

extension Interpreter {
    /// The fields of a `struct` format (`"<IBq"`: I, B, q) and its size in the standard modes
    /// (`<`, `>`, `!`, `=`; nil in the native mode, whose alignment the model does not compute).
    /// Nil for a format the model does not parse.
    static func structLayout(_ format: String) -> (fields: [Character], size: Int?)? {
        var chars = Substring(format)
        var standard = false
        if let first = chars.first, "@=<>!".contains(first) {
            standard = first != "@"
            chars = chars.dropFirst()
        }
        let sizes: [Character: Int] = ["x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4,
                                       "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1]
        var fields: [Character] = []
        var size = 0
        var count = ""
        for c in chars where c != " " {
            if c.isASCII, c.isNumber { count.append(c); continue }
            guard let width = sizes[c] ?? (standard ? nil : ["n": 8, "N": 8, "P": 8][c]) else { return nil }
            let n = count.isEmpty ? 1 : (Int(count) ?? -1)
            guard n >= 0, n <= 4096 else { return nil }
            count = ""
            size += width * n
            switch c {
            case "x": break
            case "s", "p": fields.append(c)
            default: fields.append(contentsOf: repeatElement(c, count: n))
            }
        }
        guard count.isEmpty, fields.count <= 256 else { return nil }
        return (fields, standard ? size : nil)
    }

    /// `unpack` / `unpack_from` / `calcsize` of a format (a `Struct`'s or the first argument):
    /// one field per item, those of one byte (`b`, `B`) one of 256 ints, `?` a bool; the others
    /// unknown. `size` of a standard-mode format is known. Reading or writing data may raise.
    func structMethod(_ name: String, format: String?, site: Int) -> ObjID {
        let layout = format.flatMap(Self.structLayout)
        if ["unpack", "unpack_from", "pack", "pack_into", "iter_unpack"].contains(name) {
            // (`struct.error` on data of the wrong size or out of range: a `try` around the call
            // may enter its handlers, as it does for `int(text)`.)
            mayRaiseCount += 1
            dataMayRaiseCount += 1
        }
        switch name {
        case "calcsize", "size":
            if let size = layout?.size { return makeInt(size, site: site) }
            return unknownAtom("int", site: site)
        case "unpack", "unpack_from":
            guard let layout else { return opaque("tuple", site: site) }
            let items: [ObjID] = layout.fields.map { c in
                switch c {
                case "b", "B": return boundedInt(256, site: site)
                case "?": return heap.allocate("bool", .atom, origin: site)
                case "c", "s", "p": return heap.allocate("bytes", .atom, origin: site)
                case "e", "f", "d": return unknownAtom("float", site: site)
                default: return unknownAtom("int", site: site)
                }
            }
            return heap.allocate("tuple", .tuple(items), origin: site)
        case "pack", "pack_into":
            return heap.allocate("bytes", .atom, origin: site)
        default:
            return opaque(site: site)
        }
    }

    /// A method of an object the model does not know whose result is one of a few values whatever
    /// the object: a date's or time's `strftime` with a format of few-valued fields only (`"%a"`,
    /// seven day names; `"%b %d"`; at most 400 texts in all: not `%Y`, `%M` with `%H`, `%f`). Nil
    /// for any other call, format or argument. (`weekday()` and the like: `boundedParts`.)
    static func fewValuedMethod(_ name: String, _ texts: [String?]) -> (type: String, key: String)? {
        switch name {
        case "strftime" where texts.count == 1:
            guard let format = texts[0] else { return nil }
            let sizes: [Character: Int] = ["a": 7, "A": 7, "w": 7, "u": 7, "b": 12, "B": 12, "h": 12, "m": 12, "p": 2,
                                           "d": 31, "e": 31, "H": 24, "I": 12, "j": 366, "U": 54, "W": 54, "V": 53,
                                           "M": 60, "S": 62, "%": 1]
            var product = 1
            var chars = format.makeIterator()
            while let c = chars.next() {
                guard c == "%" else { continue }
                guard let d = chars.next(), let n = sizes[d] else { return nil }
                product *= n
                if product > 400 { return nil }
            }
            return ("str", "strftime:" + format)
        default: return nil
        }
    }

    /// Library functions whose result differs from call to call for the same arguments.
    static func nondeterministic(_ q: String) -> Bool {
        // (Of `datetime`, only the clock readings: `timedelta(hours=-5)` is the same value each time.)
        if q.hasPrefix("datetime.") { return [".now", ".utcnow", ".today"].contains { q.hasSuffix($0) } }
        return ["random.", "time.", "uuid.", "secrets.", "tempfile.", "os.urandom", "os.times", "os.getpid"]
            .contains { q.hasPrefix($0) }
    }
}

extension Interpreter {
    /// `inspect.isclass(x)`, `isfunction`, `ismethod`, `ismodule`, `isroutine`: decided for the
    /// objects whose kind the model knows; any other test (`isabstract`, `isgenerator`, …), or
    /// an object it does not know, is an undecided bool. No call of `x`, nothing kept.
    /// What `inspect.unwrap` reaches from `f`: nil when a step is an object whose attributes the
    /// model does not know (its `__wrapped__` may lead anywhere).
    func unwrapped(_ f: ObjID) -> ObjID? {
        var fn = f
        for _ in 0..<100 {
            let next: ObjID?
            switch heap[fn].payload {
            case .function(let st): next = st.attrs["__wrapped__"]
            case .instance(_, let attrs): next = attrs["__wrapped__"]
            case .classObject, .boundMethod, .native: next = nil
            default: return nil
            }
            guard let next, next != fn else { return fn }
            fn = next
        }
        return nil
    }

    func inspectKindTest(_ name: String, _ x: ObjID, site: Int) -> ObjID {
        enum Kind { case cls, function, method, module, native, data }
        let kind: Kind?
        switch heap[x].payload {
        case .classObject: kind = .cls
        case .function: kind = .function
        case .boundMethod: kind = .method
        case .module: kind = .module
        case .native(.builtin(let n), nil) where Interpreter.builtinKinds[n] != nil || n == "object" || n == "type": kind = .cls
        case .native: kind = .native
        case .atom, .list, .tuple, .dict, .set, .deque, .instance: kind = .data
        default: kind = nil
        }
        // (An instance of a class that defines `__call__` is still no function, class or method.)
        guard let kind else { return unknownAtom("bool", site: site) }
        // A plain function's flavour is in its code: `yield` makes a generator function, `async def`
        // a coroutine function, both an async generator function. Only a `def` the model made
        // (a `functools.wraps` copy or a bound method is not one of these to CPython either).
        if case .function(let st) = heap[x].payload, let def = functionDef(st.def),
           ["isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction"].contains(name) {
            switch name {
            case "isgeneratorfunction": return bool(def.isGenerator && !def.isAsync)
            case "iscoroutinefunction": return bool(def.isAsync && !def.isGenerator)
            default: return bool(def.isAsync && def.isGenerator)
            }
        }
        switch name {
        case "isclass": return bool(kind == .cls)
        case "isfunction": return bool(kind == .function)
        case "ismethod": return bool(kind == .method)
        case "ismodule": return bool(kind == .module)
        case "isroutine": return bool(kind == .function || kind == .method || kind == .native)
        case "isbuiltin": return kind == .native ? unknownAtom("bool", site: site) : bool(false)
        default: return unknownAtom("bool", site: site)
        }
    }
}
