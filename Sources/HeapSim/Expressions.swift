import PythonModel

extension Interpreter {
    func eval(_ expr: Expr, _ frame: Frame) throws -> ObjID {
        try tick()
        let site = expr.range.lowerBound
        switch expr.kind {
        case .name(let n):
            return try load(n, frame, site: site)
        case .constant(let c):
            return constantObject(c, site: site)
        case .fstring(let f):
            var values: [ObjID] = []
            let nested = Self.nestedFieldCounts(f)
            for (index, (p, isRepr)) in zip(f.parts, f.repr).enumerated() where values.count <= index {
                var v = try eval(p, frame)
                if !f.converted[index], let m = userMethod(v, "__format__") {
                    // `{x:spec}` calls `type(x).__format__(x, spec)` (with "" when there is no spec).
                    var spec = Self.fieldSpec(f, part: index).map { makeStr($0, site: p.range.lowerBound) }
                    if spec == nil, let count = nested?[index], count > 0, index + count < f.parts.count {
                        // A spec with fields of its own (`{price:>{width}}`): they are evaluated
                        // before the call; made from fresh data, the spec is new text each time.
                        var inner: [ObjID] = []
                        for k in 1...count { inner.append(try eval(f.parts[index + k], frame)) }
                        if let text = Self.substituteNestedFields(f, part: index, inner.map { v in
                            heap[v].constant.flatMap { ["str", "int"].contains(typeName(v)) ? $0 : nil } }) {
                            spec = makeStr(text, site: p.range.lowerBound)
                        } else if inner.contains(where: { isFreshValue($0) }) {
                            spec = makeStr(nil, site: p.range.lowerBound)
                        }
                        let text = try call(try bindIfFunction(m, to: v, site: p.range.lowerBound), [spec ?? unknownAtom("str", site: p.range.lowerBound)], [],
                                            site: p.range.lowerBound, frame: frame)
                        values.append(typeName(text) == "str" ? text : makeStr(nil, site: p.range.lowerBound))
                        values.append(contentsOf: inner)
                        continue
                    }
                    let text = try call(try bindIfFunction(m, to: v, site: p.range.lowerBound), [spec ?? unknownAtom("str", site: p.range.lowerBound)], [],
                                        site: p.range.lowerBound, frame: frame)
                    values.append(typeName(text) == "str" ? text : makeStr(nil, site: p.range.lowerBound))
                    continue
                }
                // `{x}` formats through __str__ (or __repr__), `{x!r}` through __repr__.
                if let text = try stringify(v, repr: isRepr, site: p.range.lowerBound, frame: frame) { v = text }
                else if isRepr, case .atom = heap[v].payload {
                    // A known str or number's repr (`'build'`, `42`); anything else is unknown text.
                    let r = heap[v].constant.flatMap { c in typeName(v) == "str" ? Self.pythonRepr(c) : (typeName(v) == "int" ? c : nil) }
                    v = makeStr(r, site: p.range.lowerBound)
                }
                values.append(v)
            }
            let result = makeStr(fstringValue(f, values), site: site)
            noteChoices(result, from: values)
            if heap[result].constant == nil, let prefix = f.literalPrefix { stringPrefix[result] = prefix }
            if heap[result].constant == nil, let pieces = f.pieces {
                // At least its literal text and the known parts' text.
                var floor = 0
                for piece in pieces { if case .literal(let text) = piece { floor += text.count } }
                for v in values where typeName(v) == "str" { floor += textLength(v) }
                if floor > 0 { textFloor[result] = floor }
            }
            return result
        case .template(let parts):
            // A t-string is a `string.templatelib.Template`: immutable, but it keeps every
            // interpolated value itself (no str conversion), so it retains what it holds.
            return heap.allocate("Template", .tuple(try evalElements(parts, frame)), origin: site)
        case .list(let elts):
            return heap.allocate("list", .list(try evalElements(elts, frame)), origin: site)
        case .tuple(let elts):
            let items = try evalElements(elts, frame)
            let t = heap.allocate("tuple", .tuple(items), origin: site)
            noteChoices(t, from: items)
            return t
        case .set(let elts):
            var s = OrderedStore()
            for v in try evalElements(elts, frame) { s.set(v, heap.valueKey(v), v) }
            return heap.allocate("set", .set(s), origin: site)
        case .dict(let items):
            let d = heap.allocate("dict", .dict(OrderedStore(), factory: nil), origin: site)
            for item in items {
                if let k = item.key {
                    let key = try eval(k, frame)
                    let value = try eval(item.value, frame)
                    withStore(d) { $0.set(key, heap.valueKey(key), value) }
                } else {
                    let other = try eval(item.value, frame)
                    try updateDict(d, other, site: site, frame: frame)
                }
            }
            return d
        case .comprehension(let comp):
            return try evalComprehension(comp, frame, site: site)
        case .attribute(let objExpr, let attr):
            let obj = try eval(objExpr, frame)
            return try getAttribute(obj, attr, site: site, frame: frame)
        case .subscript(let objExpr, let keyExpr):
            let obj = try eval(objExpr, frame)
            let key = try eval(keyExpr, frame)
            // `Batch[Row]` of a program class that defines `__class_getitem__` (and whose
            // metaclass defines no `__getitem__`): CPython calls the hook with the index.
            if case .classObject = heap[obj].payload, mroLookup(obj, "__class_getitem__") != nil,
               classMetaclass[obj].map({ mroLookup($0, "__getitem__") == nil }) ?? true {
                let hook = try getAttribute(obj, "__class_getitem__", site: site, frame: frame)
                return try call(hook, [key], [], site: site, frame: frame)
            }
            return try getItem(obj, key, site: site, frame: frame)
        case .slice(let a, let b, let c):
            // Known integer bounds are kept as the constant "lower:upper:step" ("" where omitted).
            var parts: [String] = []
            var known = true
            for e in [a, b, c] {
                guard let e else { parts.append(""); continue }
                let v = try eval(e, frame)
                if let i = intValue(v) { parts.append(String(i)) } else if v == none { parts.append("") } else { known = false }
            }
            return heap.allocate("slice", .atom, constant: known ? parts.joined(separator: ":") : nil, origin: site)
        case .call(let calleeExpr, let arguments):
            return try evalCall(calleeExpr, arguments, frame, site: site)
        case .lambda(let def):
            return try makeFunction(def, frame)
        case .binary(let op, let l, let r):
            let a = try eval(l, frame)
            let b = try eval(r, frame)
            return try binary(op, a, b, site: site, frame: frame)
        case .unary(let op, let e):
            var v = try eval(e, frame)
            if op == .not {
                v = try truthOperand(v, site: site, frame: frame)
                if let t = decidedTruth(v) { return bool(!t) }
                let result = heap.allocate("bool", .atom, origin: site)
                if let n = narrowing[v] { narrowing[result] = (n.subject, n.representative, !n.whenTrue) }
                return result
            }
            if let i = intValue(v) {
                switch op {
                case .minus: return makeInt(-i, site: site)
                case .plus: return v
                case .invert: return makeInt(~i, site: site)
                case .not: break
                }
            }
            return opaque(typeName(v) == "int" ? "int" : "object", site: site)
        case .boolOp(let isAnd, let operands):
            var last = none
            for (i, e) in operands.enumerated() {
                last = try eval(e, frame)
                if i == operands.count - 1 { break }
                let t = try truth(try truthOperand(last, site: e.range.lowerBound, frame: frame), site: e.range.lowerBound)
                if isAnd ? !t : t { return last }
            }
            return last
        case .compare(let first, let ops, let rest):
            var left = try eval(first, frame)
            var result: ObjID = trueObject
            for (op, e) in zip(ops, rest) {
                let right = try eval(e, frame)
                result = try compare(op, left, right, site: site, frame: frame)
                if decidedTruth(result) == false { return result }
                left = right
            }
            return result
        case .conditional(let test, let body, let orelse):
            let before = undecidedBranches
            let t = try truth(try truthOperand(try eval(test, frame), site: test.range.lowerBound, frame: frame), site: test.range.lowerBound)
            let chose = undecidedBranches > before
            let v = try eval(t ? body : orelse, frame)
            // A known str or number the policy picked: a copy that counts the choice.
            if chose, case .atom = heap[v].payload, let c = heap[v].constant, ["str", "bytes", "int"].contains(typeName(v)) {
                let copy = heap.allocate(typeName(v), .atom, constant: c, origin: site)
                choices[copy] = 1 + (choices[v] ?? 0)
                return copy
            }
            return v
        case .await(let e):
            return try awaited(try eval(e, frame))
        case .yield(let e):
            let v = try e.map { try eval($0, frame) } ?? none
            if let co = frame.coroutine { return try coroutineYield(co, v, frame: frame) }
            if frame.yieldSink != nil {
                frame.yieldSink?.append(v)
                if (frame.yieldSink?.count ?? 0) >= frame.yieldLimit { throw Signal.generatorStop }
            }
            return opaque(site: site)
        case .yieldFrom(let e):
            let source = try eval(e, frame)
            if let co = frame.coroutine {
                // Delegation, item by item. A generator delegated to is resumed one item at a
                // time as well: what it does after a `yield` runs only when the consumer asks for
                // the next item. Values sent in and exceptions thrown in are passed on to it
                // (`close()` closes it first); what it returns is the value of `yield from`.
                if case .generator = heap[source].payload, canResume(source) {
                    var next = try resume(source, sending: none)
                    while let item = next {
                        let sent: ObjID
                        do {
                            sent = try coroutineYield(co, item, frame: frame)
                        } catch Signal.raise(let exc) {
                            if typeName(exc) == "GeneratorExit" {
                                try closeCoroutine(source)
                                throw Signal.raise(exc)
                            }
                            next = try resume(source, sending: none, throwing: exc)
                            continue
                        }
                        next = try resume(source, sending: sent)
                    }
                    return coroutines[source]?.returned ?? none
                }
                let wasGenerator = { if case .generator = self.heap[source].payload { return true }; return false }()
                for item in try iterate(source, site: site, frame: frame) { _ = try coroutineYield(co, item, frame: frame) }
                // (A generator run ahead of its consumer: what it returned is not kept.)
                return wasGenerator ? opaque(site: site) : none
            }
            if frame.yieldSink != nil {
                // Run ahead by the model: the delegate's items go to the consumer, up to the limit.
                let room = max(1, frame.yieldLimit - (frame.yieldSink?.count ?? 0))
                let items: [ObjID]
                if case .generator(let fo) = heap[source].payload, pendingGenerators[source] != nil {
                    items = try runGenerator(source, frame: fo, site: site, limit: room)
                } else {
                    items = try iterate(source, site: site, frame: frame)
                }
                for item in items {
                    frame.yieldSink?.append(item)
                    if (frame.yieldSink?.count ?? 0) >= frame.yieldLimit { throw Signal.generatorStop }
                }
            }
            return opaque(site: site)
        case .starred(let e):
            return try eval(e, frame)
        case .namedExpr(let target, let value):
            let v = try eval(value, frame)
            var f = frame
            // A walrus in a comprehension binds in the enclosing function scope.
            while f.scope.kind == .comprehension, let p = f.parent { f = p }
            store(target, v, f)
            return v
        case .unsupported(let what):
            note(what)
            return opaque(site: site)
        }
    }

    /// The value of an f-string whose interpolations are all constants (`f"client-{n}"` with n = 3
    /// → `client-3`); nil when any part is unknown or uses a conversion or format spec.
    func fstringValue(_ f: FormattedString, _ values: [ObjID]) -> String? {
        let constants = values.map { heap[$0].constant }
        guard !constants.contains(where: { $0 == nil }), let pieces = f.pieces else { return nil }
        var out = ""
        var next = 0
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .field(let spec):
                guard next < constants.count, let v = constants[next],
                      let formatted = formatted(v, type: typeName(values[next]), spec: spec) else { return nil }
                out += formatted
                next += 1
            }
        }
        return next == constants.count ? out : nil
    }

    /// `repr()` of a str as CPython writes it, for printable ASCII text (nil otherwise): single
    /// quotes unless the text has one and no double quote.
    static func pythonRepr(_ s: String) -> String? {
        guard s.unicodeScalars.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x7F) || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { return nil }
        let quote: Unicode.Scalar = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case quote: out += "\\" + String(quote)
            default: out.unicodeScalars.append(ch)
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `"%s-%d" % (a, b)` with known values and plain `%s` / `%d` / `%r` / `%%` directives.
    func percentFormat(_ format: String, _ operand: ObjID) -> String? {
        let operands: [ObjID]
        if case .tuple(let items) = heap[operand].payload { operands = items } else { operands = [operand] }
        let values = operands.map { heap[$0].constant }
        var out = ""
        var i = format.startIndex
        var next = 0
        while i < format.endIndex {
            let c = format[i]
            guard c == "%" else { out.append(c); i = format.index(after: i); continue }
            var j = format.index(after: i)
            // Flags, a width and a precision (`%-8s`, `%05d`, `%.3s`), as printf-style formatting has them.
            var flags = Set<Character>()
            while j < format.endIndex, "-+ 0#".contains(format[j]) { flags.insert(format[j]); j = format.index(after: j) }
            var width = 0
            while j < format.endIndex, let d = format[j].wholeNumberValue { width = width * 10 + d; j = format.index(after: j) }
            var precision: Int?
            if j < format.endIndex, format[j] == "." {
                j = format.index(after: j)
                var p = 0
                while j < format.endIndex, let d = format[j].wholeNumberValue { p = p * 10 + d; j = format.index(after: j) }
                precision = p
            }
            guard j < format.endIndex else { return nil }
            let conversion = format[j]
            if conversion == "%" {
                guard flags.isEmpty, width == 0, precision == nil else { return nil }
                out.append("%")
                i = format.index(after: j)
                continue
            }
            guard next < values.count, let v = values[next] else { return nil }
            let type = typeName(operands[next])
            var body: String
            var sign = ""
            switch conversion {
            case "s", "r":
                body = conversion == "r" && type == "str" ? "'\(v)'" : v
                if let precision { body = String(body.prefix(precision)) }
            case "d", "i", "x":
                guard type == "int", let n = Int(v), precision == nil, !flags.contains("#") else { return nil }
                body = String(n.magnitude, radix: conversion == "x" ? 16 : 10)
                sign = n < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
            default: return nil
            }
            let pad = max(0, width - sign.count - body.count)
            if flags.contains("-") {
                out += sign + body + String(repeating: " ", count: pad)
            } else if flags.contains("0"), conversion != "s", conversion != "r" {
                out += sign + String(repeating: "0", count: pad) + body
            } else {
                out += String(repeating: " ", count: pad) + sign + body
            }
            next += 1
            i = format.index(after: j)
        }
        return next == values.count ? out : nil
    }

    /// The least length of `format % operand` whatever the values: its literal characters, one
    /// for `%%`, and one for each `%d` / `%i` / `%x` / `%f` (a number has a digit). Nil when a
    /// directive is not understood.
    static func percentFormatFloor(_ format: String) -> Int? {
        var n = 0
        var i = format.startIndex
        while i < format.endIndex {
            guard format[i] == "%" else { n += 1; i = format.index(after: i); continue }
            var j = format.index(after: i)
            // (Flags, width, precision and a mapping key are skipped.)
            if j < format.endIndex, format[j] == "(" {
                guard let close = format[j...].firstIndex(of: ")") else { return nil }
                j = format.index(after: close)
            }
            while j < format.endIndex, "-+ #0123456789.*".contains(format[j]) { j = format.index(after: j) }
            guard j < format.endIndex else { return nil }
            switch format[j] {
            case "%": n += 1
            case "d", "i", "x", "X", "o", "f", "F", "e", "E", "g", "G", "c": n += 1
            case "s", "r", "a": break
            default: return nil
            }
            i = format.index(after: j)
        }
        return n
    }

    /// The common format specs of ints and strs (`04d`, `5d`, `x`, `>8`, `s`); nil for the rest.
    func formatted(_ value: String, type: String, spec: String?) -> String? {
        guard var spec, !spec.isEmpty else { return value }
        if type == "int", let n = Int(value) {
            var zero = false
            if spec.hasSuffix("d") { spec.removeLast() } else if spec == "x" { return String(n, radix: 16) } else { return nil }
            if spec.hasPrefix("0") { zero = true; spec.removeFirst() }
            guard let width = spec.isEmpty ? 0 : Int(spec) else { return nil }
            let digits = String(abs(n))
            let sign = n < 0 ? "-" : ""
            let pad = max(0, width - digits.count - sign.count)
            return zero ? sign + String(repeating: "0", count: pad) + digits : String(repeating: " ", count: pad) + sign + digits
        }
        if type == "str" {
            if spec == "s" { return value }
            if spec.hasPrefix(">") || spec.hasPrefix("<"), let width = Int(spec.dropFirst()) {
                let pad = String(repeating: " ", count: max(0, width - value.count))
                return spec.hasPrefix(">") ? pad + value : value + pad
            }
        }
        return nil
    }

    func evalElements(_ elts: [Expr], _ frame: Frame) throws -> [ObjID] {
        var out: [ObjID] = []
        for e in elts {
            if case .starred(let inner) = e.kind {
                out += try iterate(try eval(inner, frame), site: e.range.lowerBound, frame: frame)
            } else {
                out.append(try eval(e, frame))
            }
        }
        return out
    }

    func evalComprehension(_ comp: Comprehension, _ frame: Frame, site: Int) throws -> ObjID {
        // The first iterable is evaluated in the enclosing scope; the rest run in the comprehension's own.
        guard let first = comp.generators.first else { return opaque(site: site) }
        let firstIterable = try eval(first.iter, frame)
        let inner = Frame(scope: comp.scope, function: nil, moduleObject: frame.moduleObject, parent: frame, back: frame)
        inner.unit = frame.unit
        if comp.kind == .generator {
            // A generator expression runs lazily; model it as producing its items when consumed.
            let runsBefore = pythonRuns
            let items = try runComprehension(comp, inner, firstIterable, site: site)
            let gen = heap.allocate("generator", .list(items), origin: site)
            if pythonRuns != runsBefore { eagerGeneratorExpressions.insert(gen) }
            return gen
        }
        let items = try runComprehension(comp, inner, firstIterable, site: site)
        switch comp.kind {
        case .list, .generator:
            return heap.allocate("list", .list(items), origin: site)
        case .set:
            var s = OrderedStore()
            for v in items { s.set(v, heap.valueKey(v), v) }
            return heap.allocate("set", .set(s), origin: site)
        case .dict:
            var s = OrderedStore()
            var i = 0
            while i + 1 < items.count { s.set(items[i], heap.valueKey(items[i]), items[i + 1]); i += 2 }
            return heap.allocate("dict", .dict(s, factory: nil), origin: site)
        }
    }

    private func runComprehension(_ comp: Comprehension, _ frame: Frame, _ firstIterable: ObjID, site: Int) throws -> [ObjID] {
        var out: [ObjID] = []
        func level(_ i: Int, _ iterable: ObjID?) throws {
            if i == comp.generators.count {
                out.append(try eval(comp.element, frame))
                if let v = comp.value { out.append(try eval(v, frame)) }
                return
            }
            let g = comp.generators[i]
            let it = try iterable ?? eval(g.iter, frame)
            for item in try iterate(it, site: g.iter.range.lowerBound, frame: frame) {
                try assign(g.target, item, frame)
                var ok = true
                for c in g.conditions where !(try truth(try eval(c, frame), site: c.range.lowerBound)) { ok = false; break }
                if ok { try level(i + 1, nil) }
            }
        }
        try level(0, firstIterable)
        return out
    }

    /// `any(genexp)`, `all(genexp)` or `next(genexp[, default])` as CPython runs it: the generator
    /// expression's code runs item by item and stops at the first item that decides the result.
    func consumeGeneratorExpression(_ mode: String, _ comp: Comprehension, default defaultExpr: Expr?,
                                    _ frame: Frame, site: Int) throws -> ObjID {
        guard let first = comp.generators.first else { return opaque(site: site) }
        let firstIterable = try eval(first.iter, frame)
        let fallback = try defaultExpr.map { try eval($0, frame) }
        let inner = Frame(scope: comp.scope, function: nil, moduleObject: frame.moduleObject, parent: frame, back: frame)
        inner.unit = frame.unit
        var result: ObjID?
        func level(_ i: Int, _ iterable: ObjID?) throws -> Bool {
            if i == comp.generators.count {
                let v = try eval(comp.element, inner)
                let at = comp.element.range.lowerBound
                switch mode {
                case "any": if try truth(v, site: at) { result = trueObject }
                case "all": if !(try truth(v, site: at)) { result = falseObject }
                default: result = v
                }
                return result != nil
            }
            let g = comp.generators[i]
            let it = try iterable ?? eval(g.iter, inner)
            func take(_ item: ObjID) throws -> Bool {
                try assign(g.target, item, inner)
                for c in g.conditions where !(try truth(try eval(c, inner), site: c.range.lowerBound)) { return false }
                return try level(i + 1, nil)
            }
            if case .generator = heap[it].payload, canResume(it) {
                // A generator it draws from is resumed item by item, and left suspended where the
                // result is decided (what follows its `yield` does not run).
                var taken = 0
                while let item = try resume(it, sending: none) {
                    taken += 1
                    if taken > bounds.maxLoopIterations {
                        throw Signal.abort("iterator did not stop within \(bounds.maxLoopIterations) items")
                    }
                    if try take(item) { return true }
                }
                return false
            }
            for item in try iterate(it, site: g.iter.range.lowerBound, frame: inner) where try take(item) { return true }
            return false
        }
        if try level(0, firstIterable), let result { return result }
        switch mode {
        case "any": return falseObject
        case "all": return trueObject
        default:
            if let fallback { return fallback }
            throw Signal.raise(try makeException("StopIteration", site: site))
        }
    }

    // MARK: - Truth and comparison

    /// The truth value when the model knows it.
    func decidedTruth(_ id: ObjID) -> Bool? {
        let o = heap[id]
        if id == none { return false }
        if id == trueObject { return true }
        if id == falseObject { return false }
        switch o.payload {
        case .list(let a), .tuple(let a), .deque(let a, _):
            if a.count == 1, callerKeywordNames.contains(a[0]), o.typeName != Self.listIterator { return nil }
            return o.typeName == Self.listIterator || !a.isEmpty
        case .dict(let s, _):
            // An outside caller's `**kwargs` may be empty as well: its one key stands for any.
            if s.count == 1, callerKeywordNames.contains(s.keys[0]) { return nil }
            return s.count > 0
        case .set(let s):
            // (`set(kwargs)` of an outside caller's `**kwargs`: may be empty as well.)
            if s.count == 1, callerKeywordNames.contains(s.keys[0]) { return nil }
            return s.count > 0
        case .external(let q):
            // A library's functions and classes are true; a constant (`ssl.HAS_SNI`,
            // `sys.flags.optimize`, a feature flag) may be 0, False, None or empty.
            let last = q.split(separator: ".").last.map(String.init) ?? q
            if last.count > 1, last.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) { return nil }
            return true
        case .function, .classObject, .boundMethod, .module, .native, .cacheWrapper, .partial: return true
        case .instance(let cls, _):
            if case .classObject(let c) = heap[cls].payload, !c.opaqueBase,
               mroLookup(cls, "__bool__") == nil, mroLookup(cls, "__len__") == nil { return true }
            if mroLookup(cls, "__bool__") == nil, let items = itemStorage(id, unless: "__len__") { return decidedTruth(items) }
            return nil
        // (Unknown text known to have characters: `f"user{n}"` is true.)
        case .atom where o.constant == nil && o.typeName == "str" && (textFloor[id] ?? 0) > 0: return true
        case .atom:
            guard let c = o.constant else { return nil }
            switch o.typeName {
            case "int": return c != "0"
            case "float": return Double(c).map { $0 != 0 }
            case "str", "bytes": return !c.isEmpty
            case "bool": return c == "True"
            default: return nil
            }
        default: return nil
        }
    }

    /// What decides the truth of `v` when its class defines `__bool__` or `__len__` (a jar whose
    /// `__len__` is 0 is false): the call's result, as CPython calls it. `v` itself otherwise.
    func truthOperand(_ v: ObjID, site: Int, frame: Frame) throws -> ObjID {
        guard case .instance(let cls, _) = heap[v].payload, case .classObject(let c) = heap[cls].payload,
              !c.opaqueBase || itemStorage(v) != nil else { return v }
        if let m = mroLookup(cls, "__bool__") {
            return try call(try bindIfFunction(m, to: v, site: site), [], [], site: site, frame: frame)
        }
        if let m = mroLookup(cls, "__len__") {
            let n = try call(try bindIfFunction(m, to: v, site: site), [], [], site: site, frame: frame)
            if let i = intValue(n) { return bool(i != 0) }
        }
        return v
    }

    func truth(_ id: ObjID, site: Int) throws -> Bool {
        if let t = decidedTruth(id) { return t }
        let sizeTest = watchedSizeTests.contains(id)
        if sizeTest { sizeTestDecisions += 1 }
        let decision = policyDecision(site: site, onData: !sizeTest)
        if let n = narrowing[id], decision == n.whenTrue, case .opaque = heap[n.subject].payload {
            // Taken this way, the unknown value is one of finitely many constants: use one of them.
            heap.objects[n.subject].payload = .atom
            heap.objects[n.subject].typeName = heap[n.representative].typeName
            heap.objects[n.subject].constant = heap[n.representative].constant
        }
        return decision
    }

    /// The constant items of a container, when all its items are constants.
    func constantItems(_ container: ObjID) -> [ObjID]? {
        let items: [ObjID]
        switch heap[container].payload {
        case .list(let a), .tuple(let a): items = a
        case .set(let s), .dict(let s, _): items = s.keys
        default: return nil
        }
        guard !items.isEmpty, items.allSatisfy({ heap[$0].constant != nil && $0 != none }) else { return nil }
        return items
    }

    /// `len(c) < n` (or ==, >, …): `n` bounds the size of `c` as far as the program checks it. Not
    /// in standard-library code followed from source: its tests of its own buffers' lengths bound
    /// nothing the program keeps.
    func noteSizeBound(_ a: ObjID, _ b: ObjID) {
        let u = heap.currentUnit
        if u > 0, u < units.count, units[u].isLibrary { return }
        if let c = lengthOf[a], let n = intValue(b) { sizeBounds[c] = max(sizeBounds[c] ?? 0, n) }
        if let c = lengthOf[b], let n = intValue(a) { sizeBounds[c] = max(sizeBounds[c] ?? 0, n) }
    }

    func compare(_ op: CompareOp, _ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> ObjID {
        if pseudoValues.contains(a) || pseudoValues.contains(b), op != .is, op != .isNot, op != .in, op != .notIn {
            return heap.allocate("bool", .atom, origin: site)
        }
        if op != .is, op != .isNot, let r = try userComparison(op, a, b, site: site, frame: frame) { return r }
        switch op {
        case .is, .isNot:
            var same: Bool? = a == b
            if a != b, !isKnownIdentity(a) || !isKnownIdentity(b) { same = nil }
            if a != b, (a == none || b == none), isFresh(a == none ? b : a) { same = false }
            if same == nil, a != b, let known = [a, b].first(where: { isKnownIdentity($0) && !isAtomObject($0) }),
               [a, b].contains(where: { if case .external = heap[$0].payload { return true } else { return false } }),
               !mayHaveReachedUnknownCode(known) {
                // (`out is sys.stdout` for a StringIO the simulation made: a library global is that
                // object only if some code put it there, and no code the model cannot see ever got it.)
                same = false
            }
            guard let s = same else { return heap.allocate("bool", .atom, origin: site) }
            return bool(op == .is ? s : !s)
        case .in, .notIn:
            guard let m = membership(a, in: b) else {
                let result = heap.allocate("bool", .atom, origin: site)
                if case .opaque = heap[a].payload, let items = constantItems(b) {
                    narrowing[result] = (a, items[0], op == .in)
                }
                return result
            }
            return bool(op == .in ? m : !m)
        case .eq, .notEq:
            noteSizeBound(a, b)
            if a == b, heap[a].constant != nil { return bool(op == .eq) }
            switch try itemwiseEquality(a, b, site: site, frame: frame) {
            case .some(.some(let same)): return bool(same == (op == .eq))
            case .some(.none): return heap.allocate("bool", .atom, origin: site)
            case .none: break
            }
            let ka = heap.valueKey(a), kb = heap.valueKey(b)
            if case .value = ka, case .value = kb { return bool((ka == kb) == (op == .eq)) }
            if let same = identityEquality(a, b) { return bool(same == (op == .eq)) }
            if let same = sequenceEquality(a, b, depth: 0) { return bool(same == (op == .eq)) }
            if (a == none || b == none), isFresh(a == none ? b : a) { return bool(op == .notEq) }
            // Text known to start with a prefix is not a constant that does not.
            for (x, y) in [(a, b), (b, a)] {
                if let prefix = stringPrefix[x], heap[x].constant == nil, typeName(y) == "str", let c = heap[y].constant, !c.hasPrefix(prefix) {
                    return bool(op == .notEq)
                }
            }
            let result = heap.allocate("bool", .atom, origin: site)
            if case .opaque = heap[a].payload, heap[b].constant != nil, b != none { narrowing[result] = (a, b, op == .eq) }
            if case .opaque = heap[b].payload, heap[a].constant != nil, a != none { narrowing[result] = (b, a, op == .eq) }
            return result
        case .lt, .ltE, .gt, .gtE:
            noteSizeBound(a, b)
            if let r = versionComparison(op, a, b) { return bool(r) }
            if let x = numeric(a), let y = numeric(b) {
                let r: Bool
                switch op {
                case .lt: r = x < y
                case .ltE: r = x <= y
                case .gt: r = x > y
                default: r = x >= y
                }
                return bool(r)
            }
            let result = heap.allocate("bool", .atom, origin: site)
            if [a, b].contains(where: { lengthOf[$0].map { watched.contains($0) } ?? false }) { watchedSizeTests.insert(result) }
            return result
        }
    }

    /// `sys.version_info` (or its `[:2]`, or `.minor`) ordered against a tuple of ints (an int):
    /// decided where every Python from `(3, minimumMinor)` on gives the same answer
    /// (`sys.version_info >= (3, 8)` under the default target is true; `>= (3, 13)` is not known).
    func versionComparison(_ op: CompareOp, _ a: ObjID, _ b: ObjID) -> Bool? {
        func version(_ x: ObjID) -> String? {
            if case .external(let q) = heap[x].payload,
               q == "sys.version_info" || q == "sys.version_info[:2]" || q == "sys.version_info.minor" { return q }
            return nil
        }
        let flipped: Bool
        let v: String, other: ObjID
        if let q = version(a) { v = q; other = b; flipped = false } else if let q = version(b) { v = q; other = a; flipped = true } else { return nil }
        // The comparison as `version OP other`.
        var o = op
        if flipped {
            switch op { case .lt: o = .gt; case .ltE: o = .gtE; case .gt: o = .lt; case .gtE: o = .ltE; default: return nil }
        }
        let m = minimumMinor
        // Every runtime version r ≥ m: `ge`: the answer when the other side is below every r;
        // with the other side's minor `n`, r compares the same way for all r when n < m (and
        // for `>=` / `<` also n == m, as (3, m, …) ≥ (3, m)).
        let n: Int
        var longer = false  // (the full tuple is longer than a pair: (3, m, 0, …) > (3, m))
        if v == "sys.version_info.minor" {
            guard let x = intValue(other) else { return nil }
            n = x
        } else {
            guard case .tuple(let items) = heap[other].payload, !items.isEmpty,
                  let major = intValue(items[0]) else { return nil }
            if major != 3 { return major < 3 ? (o == .gt || o == .gtE) : nil }
            if items.count == 1 { return o == .gt || o == .gtE }
            guard let x = intValue(items[1]) else { return nil }
            n = x
            longer = v == "sys.version_info" && items.count == 2
            // (`(3, m, 2)`: the micro version decides, which is not known.)
            if n == m, items.count > 2 { return nil }
        }
        if n < m { return o == .gt || o == .gtE }
        if n == m {
            switch o {
            case .gtE: return true
            case .lt: return false
            case .gt: return longer ? true : nil
            case .ltE: return longer ? false : nil
            default: return nil
            }
        }
        return nil
    }

    /// The format spec of the f-string's field for interpolated part `part`, when every part is a
    /// field of its own (no spec holds a nested field): "" for a field without one.
    static func fieldSpec(_ f: FormattedString, part: Int) -> String? {
        // (Other fields may have nested ones, `{desc:<{width}} {amount:>18}`: this part's own
        // field, when its spec has none.)
        guard let spec = ownFieldSpec(f, part: part) else { return nil }
        return spec.contains("{") ? nil : spec
    }

    /// The format spec (nested fields as written) of the field whose value is part `part`: ""
    /// without one; nil when `part` is a nested field or the pieces are not known.
    static func ownFieldSpec(_ f: FormattedString, part: Int) -> String? {
        guard let pieces = f.pieces, let counts = nestedFieldCounts(f), part < counts.count else { return nil }
        let specs = pieces.compactMap { p -> String?? in if case .field(let spec) = p { return spec } else { return nil } }
        // (The field index of the part: parts before it that are not nested.)
        var field = 0
        var i = 0
        while i < part { i += 1 + counts[i]; field += 1 }
        guard i == part, field < specs.count else { return nil }
        return specs[field] ?? ""
    }

    /// Per interpolated part, how many parts after it are fields nested in its format spec
    /// (`{x:>{width}.{prec}}` → 2, and 0 for each of those); nil when the pieces are not known.
    static func nestedFieldCounts(_ f: FormattedString) -> [Int]? {
        guard let pieces = f.pieces else { return nil }
        var counts: [Int] = []
        for case .field(let spec) in pieces {
            let inner = spec.map { $0.filter { $0 == "{" }.count } ?? 0
            counts.append(inner)
            counts.append(contentsOf: Array(repeating: 0, count: inner))
        }
        return counts.count == f.parts.count ? counts : nil
    }

    /// The format spec of part `part`'s field with its nested fields replaced by `texts` (the
    /// nested values' text, in order); nil when one is not known or a nested field has its own
    /// conversion or spec.
    static func substituteNestedFields(_ f: FormattedString, part: Int, _ texts: [String?]) -> String? {
        guard let spec = ownFieldSpec(f, part: part) else { return nil }
        var out = ""
        var rest = texts[...]
        var inField = false
        var fieldText = ""
        for c in spec {
            if inField {
                if c == "}" {
                    guard !fieldText.contains(":"), !fieldText.contains("!"), let t = rest.popFirst(), let t else { return nil }
                    out += t
                    inField = false
                    fieldText = ""
                } else { fieldText.append(c) }
            } else if c == "{" { inField = true } else { out.append(c) }
        }
        return inField || !rest.isEmpty ? nil : out
    }

    /// A method of the class of instance `x` written in Python (not one of a base the model cannot see).
    func userMethod(_ x: ObjID, _ name: String) -> ObjID? {
        guard case .instance(let cls, _) = heap[x].payload, case .classObject(let c) = heap[cls].payload, !c.opaqueBase,
              let m = mroLookup(cls, name), case .function = heap[m].payload else { return nil }
        return m
    }

    /// Whether comparisons of `x` run Python code of its class.
    func comparesInPython(_ x: ObjID) -> Bool {
        ["__lt__", "__gt__", "__le__", "__ge__", "__eq__"].contains { userMethod(x, $0) != nil }
    }

    /// A comparison CPython makes by calling methods of an instance's class (`__contains__`,
    /// `__lt__`, `__eq__`, …): the method's own result, or the reflected method of the right
    /// operand (`b.__gt__(a)` for `a < b`), or, for a `functools.total_ordering` class, the
    /// ordering it derives from the one the class defines. nil when no such method is Python code.
    func userComparison(_ op: CompareOp, _ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> ObjID? {
        func invoke(_ m: ObjID, _ on: ObjID, _ other: ObjID) throws -> ObjID {
            try call(try bindIfFunction(m, to: on, site: site), [other], [], site: site, frame: frame)
        }
        func decided(_ r: ObjID, negated: Bool) -> ObjID {
            guard let t = decidedTruth(r) else { return heap.allocate("bool", .atom, origin: site) }
            return bool(negated ? !t : t)
        }
        let names: [CompareOp: (String, String)] = [.lt: ("__lt__", "__gt__"), .gt: ("__gt__", "__lt__"), .ltE: ("__le__", "__ge__"),
                                                    .gtE: ("__ge__", "__le__"), .eq: ("__eq__", "__eq__"), .notEq: ("__ne__", "__ne__")]
        switch op {
        case .is, .isNot: return nil
        case .in, .notIn:
            guard let m = userMethod(b, "__contains__") else {
                // A set or dict hashes the item: its class's `__hash__` runs (the lookup goes on as usual).
                if let h = userMethod(a, "__hash__") {
                    switch heap[b].payload {
                    case .set, .dict: _ = try call(try bindIfFunction(h, to: a, site: site), [], [], site: site, frame: frame)
                    default: break
                    }
                }
                return nil
            }
            return decided(try invoke(m, b, a), negated: op == .notIn)
        default:
            guard let (name, reflected) = names[op] else { return nil }
            // (`NotImplemented` hands the comparison on: to the reflected method, then to the
            // default, identity for `==`, which the model's own rules decide.)
            let notImplemented = builtins["NotImplemented"]
            if let m = userMethod(a, name) {
                let r = try invoke(m, a, b)
                if r != notImplemented { return r }
            }
            if let m = userMethod(b, reflected) {
                let r = try invoke(m, b, a)
                if r != notImplemented { return r }
            }
            // (`!=` with only `__eq__`: its negation.)
            if op == .notEq, userMethod(a, "__ne__") == nil, let m = userMethod(a, "__eq__") {
                let r = try invoke(m, a, b)
                if r != notImplemented { return decided(r, negated: true) }
            }
            if op == .eq || op == .notEq {
                // Both sides handed it on (or defined nothing): `object.__eq__`, identity. An
                // instance the model made is no other object.
                let instance: (ObjID) -> Bool = { if case .instance = self.heap[$0].payload { return true } else { return false } }
                if (userMethod(a, "__eq__") != nil || userMethod(b, "__eq__") != nil), instance(a) || instance(b) {
                    return bool((a == b) == (op == .eq))
                }
                return nil
            }
            guard case .instance(let cls, _) = heap[a].payload, mro(cls).contains(where: { totalOrdered.contains($0) }) else { return nil }
            // total_ordering from `__lt__`: a > b is not (a < b) and a != b; a <= b is a < b or a == b;
            // a >= b is not (a < b). (From another root, the model leaves the test undecided.)
            guard let lt = userMethod(a, "__lt__") else { return nil }
            let less = try invoke(lt, a, b)
            guard less != notImplemented else { return nil }
            guard let isLess = decidedTruth(less) else { return heap.allocate("bool", .atom, origin: site) }
            switch op {
            case .gtE: return bool(!isLess)
            case .gt, .ltE:
                if op == .gt, isLess { return bool(false) }
                if op == .ltE, isLess { return bool(true) }
                let eq = try compare(.eq, a, b, site: site, frame: frame)
                guard let same = decidedTruth(eq) else { return heap.allocate("bool", .atom, origin: site) }
                return bool(op == .gt ? !same : same)
            default: return nil
            }
        }
    }

    /// `(x, y) == (a, b)` where an item is an instance whose class defines `__eq__`: CPython
    /// compares the items in turn, each by identity and then by its `__eq__`, and stops at the
    /// first that differs. Nil when no item has such a class; `.some(nil)` when a comparison is
    /// undecided.
    func itemwiseEquality(_ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> Bool?? {
        let x: [ObjID], y: [ObjID]
        switch (heap[a].payload, heap[b].payload) {
        case (.list(let p), .list(let q)), (.tuple(let p), .tuple(let q)):
            guard namedtupleFields[a] == nil, namedtupleFields[b] == nil else { return nil }
            x = p; y = q
        default:
            return nil
        }
        guard x.count == y.count else { return .some(false) }
        func hasUserEq(_ v: ObjID) -> Bool {
            guard case .instance(let cls, _) = heap[v].payload, !classHasOpaqueBase(cls) else { return false }
            return mroLookup(cls, "__eq__") != nil
        }
        guard zip(x, y).contains(where: { hasUserEq($0) || hasUserEq($1) }) else { return nil }
        for (i, j) in zip(x, y) where i != j {
            guard let same = decidedTruth(try compare(.eq, i, j, site: site, frame: frame)) else { return .some(nil) }
            if !same { return .some(false) }
        }
        return .some(true)
    }

    /// `[t[0] for t in head] == ["name", "op"]`: lists (or tuples) compared item by item, when
    /// every item pair is decided (equal values, the same object, or nested sequences); a list is
    /// never equal to a tuple. Nil when any pair is not known.
    func sequenceEquality(_ a: ObjID, _ b: ObjID, depth: Int) -> Bool? {
        guard depth < 8 else { return nil }
        let x: [ObjID], y: [ObjID]
        switch (heap[a].payload, heap[b].payload) {
        case (.list(let p), .list(let q)), (.tuple(let p), .tuple(let q)):
            guard namedtupleFields[a] == nil, namedtupleFields[b] == nil else { return nil }
            x = p; y = q
        case (.list, .tuple), (.tuple, .list):
            return false
        default:
            return nil
        }
        if x.count != y.count { return false }
        var undecided = false
        for (i, j) in zip(x, y) where i != j {
            let ki = heap.valueKey(i), kj = heap.valueKey(j)
            if case .value = ki, case .value = kj {
                if ki != kj { return false }
                continue
            }
            guard let same = sequenceEquality(i, j, depth: depth + 1) else { undecided = true; continue }
            if !same { return false }
        }
        return undecided ? nil : true
    }

    func numeric(_ id: ObjID) -> Double? {
        let o = heap[id]
        guard let c = o.constant else { return nil }
        switch o.typeName {
        case "int": return Double(c)
        case "float": return Double(c)
        case "bool": return c == "True" ? 1 : 0
        default: return nil
        }
    }

    /// `a == b` for objects whose `==` is identity: functions, classes, modules, and instances of
    /// classes (with no base the model cannot see) that define no `__eq__`; bound methods are equal
    /// when their function and `__self__` are. Nil otherwise. (xarray's `__init_subclass__` tests
    /// `cls._new == NamedArray._new`; undecided, the class statement raised on one path.)
    func identityEquality(_ a: ObjID, _ b: ObjID) -> Bool? {
        func identityKind(_ x: ObjID) -> Bool {
            switch heap[x].payload {
            case .function, .classObject, .module: return true
            case .instance(let cls, _):
                // (Not a dataclass or NamedTuple: their generated `__eq__` compares fields.)
                return !classHasOpaqueBase(cls) && mroLookup(cls, "__eq__") == nil && !mro(cls).contains(where: { dataclasses.contains($0) })
            default: return false
            }
        }
        if case .boundMethod(let s1, let f1) = heap[a].payload, case .boundMethod(let s2, let f2) = heap[b].payload {
            guard identityKind(f1), identityKind(f2) else { return nil }
            if f1 != f2 { return false }
            return s1 == s2 ? true : nil
        }
        if let c = enumClass(ofMember: a), enumClass(ofMember: b) == c {
            // Two members of one enum: distinct members have distinct values, so they compare
            // equal only when they are the same object (a str or int mixin compares the values).
            return a == b
        }
        guard identityKind(a), identityKind(b) else { return nil }
        return a == b
    }

    /// The enum class `x` is a member of (`Kind.LOGIN`), when the class defines no `__eq__` of its own.
    func enumClass(ofMember x: ObjID) -> ObjID? {
        guard case .instance(let cls, _) = heap[x].payload, let members = enumMembers[cls], members.contains(x),
              mroLookup(cls, "__eq__") == nil else { return nil }
        return cls
    }

    func isAtomObject(_ id: ObjID) -> Bool {
        if case .atom = heap[id].payload { return true }
        return false
    }

    /// Whether code the model cannot see may hold `id`: it is reachable from what was handed to
    /// such code, or from a module (which that code may import).
    func mayHaveReachedUnknownCode(_ id: ObjID) -> Bool {
        // (Made after the last call into such code: it has not seen it. Past the cap on recorded
        // escapes, what it got is no longer all written down.)
        if id >= heapSizeAtLastEscape { return false }
        if escapes.count >= 512 || storageEscapes.count >= 512 { return true }
        var starts = escapes.flatMap(\.objects) + storageEscapes.map(\.object)
        starts += heap.roots.filter { $0.label.hasPrefix("module") || $0.label == "sys.modules" }.map(\.id)
        let seen = heap.reachable(from: starts, throughFreed: true)
        return id < seen.count && seen[id]
    }

    /// Objects whose identity the model tracks exactly (containers, instances, functions, …).
    func isKnownIdentity(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        // (A buffer `io.StringIO()` made in the simulation is a new object, held as opaque.)
        case .opaque: return heap[id].typeName == "StringIO"
        case .external: return false
        case .atom: return id == none || id == trueObject || id == falseObject
        default: return true
        }
    }

    /// A scenario argument or an object made in the simulation: known not to be None.
    func isFresh(_ id: ObjID) -> Bool {
        switch heap[id].payload {
        case .opaque: return (heap[id].typeName == "argument" && !attributesOfArguments.contains(id)) || heap[id].typeName == "StringIO"
        case .external: return false
        case .atom: return heap[id].constant != nil || heap[id].typeName != "object"
        default: return true
        }
    }

    func membership(_ item: ObjID, in container: ObjID) -> Bool? {
        if case .external("sys.modules") = heap[container].payload {
            guard let name = heap[item].constant else { return nil }
            return sysModulesHas(name)
        }
        if let maps = chainMaps(container) { return chainMapMembership(maps, item) }
        if let items = itemStorage(container, unless: "__contains__") { return membership(item, in: items) }
        let key = heap.valueKey(item)
        if typeName(container) == "str", let text = heap[container].constant {
            guard typeName(item) == "str", let sub = heap[item].constant else { return nil }
            return sub.isEmpty || text.contains(sub)
        }
        if unknownValues.contains(item) { return nil }
        // A str or number the simulation computed without knowing its value came from fresh data.
        if case .atom = heap[item].payload, heap[item].constant == nil, item != none {
            switch heap[container].payload {
            case .dict(let s, _), .set(let s), .weakContainer(_, let s):
                if s.position(of: key) != nil { return true }
                noteAssumedMembership(among: s.keys)
                return false
            case .list(let items), .tuple(let items), .deque(let items, _):
                if items.contains(item) { return true }
                noteAssumedMembership(among: items)
                return false
            default: return nil
            }
        }
        switch heap[container].payload {
        case .dict(let s, _), .set(let s), .weakContainer(_, let s):
            if s.position(of: key) != nil { return true }
            // A key the model knows by value or identity is either there or not.
            if case .identity(let id) = key, !isKnownIdentity(id), heap[id].typeName != "argument" { return nil }
            if heap[item].typeName == "argument" { noteAssumedMembership(among: s.keys) }
            return false
        case .list(let items), .tuple(let items), .deque(let items, _):
            if items.contains(where: { $0 == item || heap.valueKey($0) == key }) { return true }
            // A scenario's fresh argument equals nothing but itself.
            if heap[item].typeName == "argument" {
                noteAssumedMembership(among: items)
                return false
            }
            if case .identity(let id) = key, !isKnownIdentity(id), heap[id].typeName != "argument" { return nil }
            if items.contains(where: { if case .identity = heap.valueKey($0) { return !isKnownIdentity($0) } else { return false } }) { return nil }
            return false
        default:
            return nil
        }
    }

    /// A fresh value found not to be among `items` that hold values (strings, numbers): so the
    /// scenario assumes, as its fresh arguments equal nothing they were not made equal to, but an
    /// outside caller may pass one of them (`if route not in ROUTES: raise`). Counted, so that a
    /// block such a test kept control out of is not taken for dead.
    func noteAssumedMembership<C: Collection>(among items: C) where C.Element == ObjID {
        // (Or objects of the program an outside caller can hold too: the token types a style
        // table is keyed by, `while ttype not in styles: ttype = ttype.parent`.)
        if items.contains(where: {
            switch heap.valueKey($0) {
            case .value: return true
            case .identity(let id): return isKnownIdentity(id) && heap[id].typeName != "argument"
            }
        }) { assumedTests += 1 }
    }

    // MARK: - Binary operators

    /// Both operands of a bitwise operator are ints the program computed (not two bools, not a
    /// stand-in for one of a few values).
    func bitwiseKnown(_ a: ObjID, _ b: ObjID) -> Bool {
        (typeName(a) == "int" || typeName(b) == "int") && !pseudoValues.contains(a) && !pseudoValues.contains(b)
    }

    func binary(_ op: BinaryOp, _ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> ObjID {
        let result = try binaryOperation(op, a, b, site: site, frame: frame)
        // A date or a duration shifted, or durations scaled: a date or a duration again.
        if op == .add || op == .sub || op == .mult, temporalValues.contains(a) || temporalValues.contains(b),
           case .opaque = heap[result].payload {
            temporalValues.insert(result)
        }
        return result
    }

    func binaryOperation(_ op: BinaryOp, _ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> ObjID {
        switch (heap[a].payload, heap[b].payload) {
        case (.list(let x), .list(let y)) where op == .add:
            return heap.allocate("list", .list(x + y), origin: site)
        case (.tuple(let x), .tuple(let y)) where op == .add:
            return heap.allocate("tuple", .tuple(x + y), origin: site)
        case (.list(let x), .atom) where op == .mult:
            // (`[0] * 100`: its hundred items; past a few thousand, or an unknown count, a list
            // of unknown length holding the same items.)
            guard let count = intValue(b), count <= 4096 else {
                return newUnknownLengthList(x, site: site)
            }
            let n = max(0, count)
            try checkRepetition(x.count, n)
            return heap.allocate("list", .list(Array([[ObjID]](repeating: x, count: n).joined())), origin: site)
        case (.dict(let x, _), .dict) where op == .add && typeName(a) == "Counter":
            let sum = heap.allocate("Counter", .dict(x, factory: nil), origin: site)
            try addCounts(into: sum, from: b, sign: 1, site: site)
            return sum
        case (.dict(let x, _), .dict(let y, _)) where op == .bitOr:
            var s = x
            for (k, v) in zip(y.keys, y.values) { s.set(k, heap.valueKey(k), v) }
            return heap.allocate("dict", .dict(s, factory: nil), origin: site)
        case (.list, .list), (.list, .set), (.set, .list), (.set, .set):
            // Set operations of sets (of the left operand's type: `frozenset | set` is a
            // frozenset), and of `d.keys() | other.keys()` (the model's key and item views are
            // lists of the keys), which give a set (two real lists would raise TypeError).
            let sets = typeName(a) != "list" && typeName(b) != "list"
            guard [.bitOr, .bitAnd, .sub, .bitXor].contains(op) else { break }
            if case .list = heap[a].payload, typeName(a) != "list" { break }
            if case .list = heap[b].payload, typeName(b) != "list" { break }
            func store(_ id: ObjID) -> OrderedStore {
                var s = OrderedStore()
                switch heap[id].payload {
                case .list(let items): for k in items { s.set(k, heap.valueKey(k), k) }
                case .set(let st): s = st
                default: break
                }
                return s
            }
            let x = store(a), y = store(b)
            var s = OrderedStore()
            switch op {
            case .bitOr:
                s = x
                for k in y.keys { s.set(k, heap.valueKey(k), k) }
            case .bitAnd:
                for k in x.keys where y.position(of: heap.valueKey(k)) != nil { s.set(k, heap.valueKey(k), k) }
            case .sub:
                for k in x.keys where y.position(of: heap.valueKey(k)) == nil { s.set(k, heap.valueKey(k), k) }
            default:
                for k in x.keys where y.position(of: heap.valueKey(k)) == nil { s.set(k, heap.valueKey(k), k) }
                for k in y.keys where x.position(of: heap.valueKey(k)) == nil { s.set(k, heap.valueKey(k), k) }
            }
            return heap.allocate(sets && typeName(a) == "frozenset" ? "frozenset" : "set", .set(s), origin: site)
        default:
            break
        }
        if case .instance(let cls, _) = heap[a].payload, let m = mroLookup(cls, dunder(op)) {
            return try call(try bindIfFunction(m, to: a, site: site), [b], [], site: site, frame: frame)
        }
        if [.div, .floorDiv, .mod].contains(op), let y = numeric(b), y == 0, numeric(a) != nil {
            throw Signal.raise(try makeException("ZeroDivisionError", site: site))
        }
        if op == .div, let x = numeric(a), let y = numeric(b), y != 0 {
            return heap.allocate("float", .atom, constant: String(x / y), origin: site)
        }
        if let x = intValue(a), let y = intValue(b) {
            switch op {
            case .add: return makeInt(x &+ y, site: site)
            case .sub: return makeInt(x &- y, site: site)
            case .mult: return makeInt(x &* y, site: site)
            case .floorDiv where y != 0: return makeInt(Int((Double(x) / Double(y)).rounded(.down)), site: site)
            case .mod where y != 0: return makeInt(((x % y) + y) % y, site: site)
            case .pow where y >= 0 && y < 64:
                // (`10**6`, `2**20`: a cap written as a power. Past Int's range: unknown.)
                var r = 1
                var overflow = false
                for _ in 0..<y where !overflow {
                    let (m, o) = r.multipliedReportingOverflow(by: x)
                    r = m
                    overflow = o
                }
                if !overflow { return makeInt(r, site: site) }
            // (Flags combined, `re.I | re.X`, masks and shifts of known ints; of two bools `|` is a
            // bool, and a value the model stands in for one of a few (`boundedInt`) is not known:
            // both left as before. `flags & FIN` of an unpacked byte is a test it cannot decide.)
            case .bitOr, .bitAnd, .bitXor, .lShift, .rShift:
                guard bitwiseKnown(a, b) else { break }
                switch op {
                case .bitOr: return makeInt(x | y, site: site)
                case .bitAnd: return makeInt(x & y, site: site)
                case .bitXor: return makeInt(x ^ y, site: site)
                case .rShift where y >= 0: return makeInt(y >= 64 ? (x < 0 ? -1 : 0) : x >> y, site: site)
                case .lShift where y >= 0 && y < 63 && x.magnitude < (UInt(1) << (62 - y)): return makeInt(x << y, site: site)
                default: break
                }
            default: break
            }
        }
        let ta = typeName(a), tb = typeName(b)
        if ta == "float" || tb == "float", let x = numeric(a), let y = numeric(b) {
            // Known floats (`n * 30.0 + i`): IEEE arithmetic, as CPython's float does.
            var r: Double?
            switch op {
            case .add: r = x + y
            case .sub: r = x - y
            case .mult: r = x * y
            case .floorDiv where y != 0: r = (x / y).rounded(.down)
            case .mod where y != 0:
                let m = x.truncatingRemainder(dividingBy: y)
                r = m != 0 && (m < 0) != (y < 0) ? m + y : m
            default: break
            }
            if let r, r.isFinite { return heap.allocate("float", .atom, constant: String(r), origin: site) }
        }
        if op == .mod, let m = intValue(b), m > 0, let x = intValue(a) {
            let result = makeInt(((x % m) + m) % m, site: site)
            moduloOf[result] = m
            return result
        }
        if op == .mod, let m = intValue(b), m > 0, ta == "int" || ta == "argument" {
            // `x % m` of a number the model does not know is still one of m values: take one,
            // deterministically, so keys built from it repeat the way CPython's would.
            return boundedInt(m, site: site)
        }
        if ta == "Path", op == .div, let base = heap[a].constant, let tail = heap[b].constant {
            return makePath(base.hasSuffix("/") ? base + tail : base + "/" + tail, site: site)
        }
        if ta == "bytes" && tb == "bytes" && op == .add {
            var known: String?
            if let x = heap[a].constant, let y = heap[b].constant { known = x + y }
            return heap.allocate("bytes", .atom, constant: known, origin: site)
        }
        if op == .mult, (ta == "str" && tb == "int") || (ta == "int" && tb == "str") {
            // Repetition: `"?" * 3` is `"???"`; an unknown count of known text is unknown text, not
            // fresh (a few counts give a few texts).
            let (text, count) = ta == "str" ? (a, b) : (b, a)
            if let x = heap[text].constant, let n = intValue(count), n.multipliedReportingOverflow(by: max(x.count, 1)).partialValue <= 100_000 {
                return makeStr(n <= 0 ? "" : String(repeating: x, count: n), site: site)
            }
            if heap[text].constant != nil, unknownValues.contains(count) || moduloOf[count] != nil { return unknownAtom("str", site: site) }
        }
        if ta == "str" {
            var value: String?
            if op == .add, let x = heap[a].constant, let y = heap[b].constant, tb == "str" { value = x + y }
            if op == .mod, let x = heap[a].constant {
                value = percentFormat(x, b)
                // (Unknown values: at least the format's literal text, `"user%d" % n` is not empty.)
                if value == nil, let floor = Self.percentFormatFloor(x), floor > 0 {
                    let result = noteChoices(makeStr(atLeast: floor, site: site), from: [a, b])
                    // (And the literal text before the first directive: `"sid=%x; Path=/" % n`.)
                    let prefix = String(x.prefix { $0 != "%" })
                    if !prefix.isEmpty { stringPrefix[result] = prefix }
                    return result
                }
            }
            if value == nil, op == .add, tb == "str" {
                // (Unknown text, but at least as long as both parts: `buffer + chunk` kept and
                // extended every call grows.)
                return noteChoices(makeStr(atLeast: textLength(a) + textLength(b), site: site), from: [a, b])
            }
            return noteChoices(makeStr(value, site: site), from: [a, b])
        }
        if ta == "bytes" || ta == "bytearray", op == .mod {
            // `b"seq=%d" % n`: bytes the model does not know (a bytes object whatever the operands).
            return noteChoices(heap.allocate(ta, .atom, origin: site), from: [a, b])
        }
        if ta == "int" && tb == "int" { return heap.allocate("int", .atom, origin: site) }
        if (ta == "int" || ta == "float") && (tb == "int" || tb == "float") { return heap.allocate("float", .atom, origin: site) }
        if case .opaque = heap[a].payload, heap[a].typeName != "argument" {
            escape("operator \(op.rawValue) on an unknown object", [b], site: site)
        }
        if let pa = stableKeyPart(a), let pb = stableKeyPart(b) {
            // (Of values computed from known constants, `datetime(2024, 3, 1) + timedelta(minutes=5)`:
            // the same value each time for the same operands.)
            return stableValue("operator \(op.rawValue)\u{1}\(pa)\u{1}\(pb)") { opaque("object", site: site) }
        }
        return opaque(derivedType(a, b), site: site)
    }

    func dunder(_ op: BinaryOp) -> String {
        switch op {
        case .add: return "__add__"
        case .sub: return "__sub__"
        case .mult: return "__mul__"
        case .bitOr: return "__or__"
        case .bitAnd: return "__and__"
        default: return "__op__"
        }
    }

    /// A list repeated `n` times past the object bound (`window *= 5` on every call grows it
    /// fivefold each time: the same items, so the object count alone never stops it) is a stop.
    func checkRepetition(_ count: Int, _ n: Int) throws {
        if count.multipliedReportingOverflow(by: n).partialValue > bounds.maxObjects || count.multipliedReportingOverflow(by: n).overflow {
            throw Signal.abort("a list repeated past \(bounds.maxObjects) items")
        }
    }

    /// `a op= b`: lists, dicts, sets and deques change in place; everything else rebinds.
    func inplace(_ op: BinaryOp, _ a: ObjID, _ b: ObjID, site: Int, frame: Frame) throws -> ObjID {
        switch heap[a].payload {
        case .list, .deque:
            if op == .add {
                let items = try iterate(b, site: site, frame: frame)
                withList(a) { $0 += items }
                return a
            }
            if op == .mult {
                let n = max(0, min(intValue(b) ?? 1, 4096))
                if case .list(let items) = heap[a].payload { try checkRepetition(items.count, n) }
                if case .deque(let items, _) = heap[a].payload { try checkRepetition(items.count, n) }
                withList(a) { l in let copy = l; l = []; for _ in 0..<n { l += copy } }
                return a
            }
        case .dict where op == .bitOr:
            try updateDict(a, b, site: site, frame: frame)
            return a
        case .dict where (op == .sub || op == .add) && typeName(a) == "Counter":
            // Counter.__iadd__ / __isub__ combine counts in place and keep only positive ones.
            try addCounts(into: a, from: b, sign: op == .add ? 1 : -1, site: site)
            return a
        case .set where (op == .bitOr || op == .sub || op == .bitAnd) && typeName(a) != "frozenset":
            // (A frozenset's `|=` makes a new one, as `a = a | b`: below.)
            let items = try iterate(b, site: site, frame: frame)
            withStore(a) { s in
                if op == .bitOr { for k in items { s.set(k, heap.valueKey(k), k) } }
                if op == .sub { for k in items { s.remove(heap.valueKey(k)) } }
                if op == .bitAnd {
                    let keep = Set(items.map { heap.valueKey($0) })
                    for k in s.keys where !keep.contains(heap.valueKey(k)) { s.remove(heap.valueKey(k)) }
                }
            }
            return a
        case .instance(let cls, _):
            let name = "__i" + dunder(op).dropFirst(2)
            if let m = mroLookup(cls, name) {
                return try call(try bindIfFunction(m, to: a, site: site), [b], [], site: site, frame: frame)
            }
            if let items = itemStorage(a) {
                // The builtin base's in-place operator (`list.__iadd__`, `dict.__ior__`, `set.__ior__`):
                // on the instance's items, past the subclass's own `append` / `__setitem__`.
                let inPlace: Bool
                switch heap[items].payload {
                case .list: inPlace = op == .add || op == .mult
                case .dict: inPlace = op == .bitOr
                case .set: inPlace = [.bitOr, .sub, .bitAnd].contains(op)
                default: inPlace = false
                }
                if inPlace {
                    _ = try inplace(op, items, b, site: site, frame: frame)
                    return a
                }
            }
        default:
            break
        }
        return try binary(op, a, b, site: site, frame: frame)
    }
}
