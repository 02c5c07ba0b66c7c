import Syntax

extension Lowerer {
    // MARK: - Expressions (loads)

    func lowerExpr(_ n: Node) -> Expr {
        nested(Expr(.unsupported("nesting too deep"), n.byteRange)) {
            Expr(lowerExprKind(n), n.byteRange)
        }
    }

    private func lowerExprKind(_ n: Node) -> ExprKind {
        let k = kind(n)
        switch k {
        case .identifier, .keyword_identifier:
            let name = ident(n)
            use(name)
            return .name(name)
        case .integer, .float:
            let t = text(n)
            if let last = t.utf8.last, last == UInt8(ascii: "j") || last == UInt8(ascii: "J") { return .constant(.complex(t)) }
            return .constant(k == .integer ? .int(t) : .float(t))
        case .true_: return .constant(.bool(true))
        case .false_: return .constant(.bool(false))
        case .none: return .constant(.none)
        case .ellipsis: return .constant(.ellipsis)
        case .string, .concatenated_string:
            return lowerString(n)
        case .list, .set, .tuple, .expression_list:
            let items = named(n).map(lowerElement)
            switch k {
            case .list: return .list(items)
            case .set: return .set(items)
            default: return .tuple(items)
            }
        case .dictionary:
            var items: [DictItem] = []
            for c in named(n) {
                switch kind(c) {
                case .pair:
                    let key = lowerExprField(c, "key")
                    items.append(DictItem(key: key, value: lowerExprField(c, "value")))
                case .dictionary_splat:
                    items.append(DictItem(key: nil, value: firstNamed(c).map(lowerExpr) ?? missing(c)))
                default:
                    items.append(DictItem(key: nil, value: lowerExpr(c)))
                }
            }
            return .dict(items)
        case .list_comprehension, .set_comprehension, .dictionary_comprehension, .generator_expression:
            return lowerComprehension(n, k)
        case .attribute:
            let object = lowerExprField(n, "object")
            let attr = n.child(field: "attribute").map(ident) ?? ""
            return .attribute(object, attr)
        case .subscript:
            let value = lowerExprField(n, "value")
            return .subscript(value, lowerSubscriptIndex(n))
        case .slice:
            return lowerSlice(n)
        case .call:
            let function = lowerExprField(n, "function")
            noteCallee(function)
            guard let args = n.child(field: "arguments") else { return .call(function, []) }
            if kind(args) == .generator_expression {
                return .call(function, [Argument(kind: .positional, value: lowerExpr(args))])
            }
            return .call(function, lowerArguments(args))
        case .lambda:
            return .lambda(lowerLambda(n))
        case .binary_operator:
            return lowerBinaryChain(n)
        case .unary_operator:
            let opText = n.child(field: "operator").map(kindName) ?? "-"
            let op: UnaryOp = opText == "~" ? .invert : opText == "+" ? .plus : .minus
            return .unary(op, lowerExprField(n, "argument"))
        case .not_operator:
            return .unary(.not, lowerExprField(n, "argument"))
        case .boolean_operator:
            return lowerBoolChain(n)
        case .comparison_operator:
            var operands: [Expr] = []
            var ops: [CompareOp] = []
            for c in n.children {
                if c.isNamed {
                    let ck = kind(c)
                    if ck != .comment && ck != .line_continuation { operands.append(lowerExpr(c)) }
                } else if let op = CompareOp(rawValue: kindName(c)) {
                    ops.append(op)
                } else if kindName(c) == "<>" {
                    ops.append(.notEq)
                }
            }
            guard let first = operands.first else { return .unsupported("empty comparison") }
            return .compare(first, ops, Array(operands.dropFirst()))
        case .conditional_expression:
            let parts = named(n)
            guard parts.count == 3 else { return .unsupported("incomplete conditional expression") }
            let body = lowerExpr(parts[0])
            let test = lowerExpr(parts[1])
            let orelse = lowerExpr(parts[2])
            return .conditional(test: test, body: body, orelse: orelse)
        case .await:
            guard let arg = firstNamed(n) else { return .await(missing(n)) }
            // tree-sitter parses `await a ** b` as `await (a ** b)`; Python binds `await` tighter.
            if kind(arg) == .binary_operator, arg.child(field: "operator").map(kindName) == "**",
               let l = arg.child(field: "left"), let r = arg.child(field: "right") {
                let awaited = Expr(.await(lowerExpr(l)), n.startByte..<max(n.startByte, l.endByte))
                return .binary(.pow, awaited, lowerExpr(r))
            }
            return .await(lowerExpr(arg))
        case .yield:
            markYield()
            let value = firstNamed(n)
            if hasToken(n, .kwFrom) { return .yieldFrom(value.map(lowerExpr) ?? missing(n)) }
            return .yield(value.map(lowerExpr))
        case .named_expression:
            let value = lowerExprField(n, "value")
            guard let nameNode = n.child(field: "name") else { return .unsupported("walrus without a name") }
            let name = ident(nameNode)
            bindWalrus(name)
            return .namedExpr(target: name, value: value)
        case .parenthesized_expression:
            guard let inner = firstNamed(n) else { return .tuple([]) }
            return lowerExpr(inner).kind
        case .list_splat, .parenthesized_list_splat, .dictionary_splat:
            return .starred(firstNamed(n).map(lowerExpr) ?? missing(n))
        case .type:
            return firstNamed(n).map { lowerExpr($0).kind } ?? .unsupported("empty type")
        case .generic_type:
            // `Optional[int]` in an annotation: a subscript of the generic by its type parameters.
            let parts = named(n)
            guard let base = parts.first else { return .unsupported("empty generic type") }
            let value = lowerExpr(base)
            guard let params = parts.dropFirst().first(where: { kind($0) == .type_parameter }) else { return value.kind }
            let items = named(params)
            let index = items.count == 1 ? lowerExpr(items[0]) : Expr(.tuple(items.map(lowerExpr)), params.byteRange)
            return .subscript(value, index)
        case .type_parameter:
            let items = named(n)
            return items.count == 1 ? lowerExpr(items[0]).kind : .tuple(items.map(lowerExpr))
        case .member_type:
            let parts = named(n)
            guard let base = parts.first else { return .unsupported("empty member type") }
            let attr = parts.count > 1 ? ident(parts[parts.count - 1]) : ""
            return .attribute(lowerExpr(base), attr)
        case .union_type:
            let parts = named(n)
            guard parts.count == 2 else { return parts.first.map { lowerExpr($0).kind } ?? .unsupported("empty union type") }
            return .binary(.bitOr, lowerExpr(parts[0]), lowerExpr(parts[1]))
        case .splat_type:
            return .starred(firstNamed(n).map(lowerExpr) ?? missing(n))
        case .constrained_type:
            return firstNamed(n).map { lowerExpr($0).kind } ?? .unsupported("empty constrained type")
        case .as_pattern:
            return firstNamed(n).map { lowerExpr($0).kind } ?? .unsupported("as pattern")
        case .error:
            return .unsupported("syntax error: " + errorMessage(n))
        default:
            return .unsupported(kindName(n))
        }
    }

    /// An item of a display or call: `*x` becomes `.starred`.
    func lowerElement(_ n: Node) -> Expr {
        switch kind(n) {
        case .list_splat, .parenthesized_list_splat:
            return Expr(.starred(firstNamed(n).map(lowerExpr) ?? missing(n)), n.byteRange)
        default:
            if !tree.unpackStars.isEmpty {
                // A star the parser could not read before this item (see `Tree.unpackStars`).
                var i = n.startByte - 1
                while i >= 0, i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
                if i >= 0, tree.unpackStars.contains(i) { return Expr(.starred(lowerExpr(n)), i..<n.endByte) }
            }
            return lowerExpr(n)
        }
    }

    func lowerSubscriptIndex(_ n: Node) -> Expr {
        let indexes = n.children(field: "subscript")
        if indexes.count == 1 { return lowerExpr(indexes[0]) }
        if indexes.isEmpty { return missing(n) }
        let lo = indexes[0].startByte, hi = indexes[indexes.count - 1].endByte
        return Expr(.tuple(indexes.map(lowerElement)), lo..<max(lo, hi))
    }

    func lowerSlice(_ n: Node) -> ExprKind {
        var parts: [Expr?] = [nil, nil, nil]
        var slot = 0
        for c in n.children {
            if c.isNamed {
                let ck = kind(c)
                if ck == .comment || ck == .line_continuation { continue }
                if slot < 3 { parts[slot] = lowerExpr(c) }
            } else if kindName(c) == ":" {
                slot += 1
            }
        }
        return .slice(lower: parts[0], upper: parts[1], step: parts[2])
    }

    func lowerArguments(_ args: Node) -> [Argument] {
        var out: [Argument] = []
        for c in named(args) {
            switch kind(c) {
            case .keyword_argument:
                let name = c.child(field: "name").map(ident)
                out.append(Argument(kind: .keyword, name: name, value: lowerExprField(c, "value")))
            case .list_splat, .parenthesized_list_splat:
                out.append(Argument(kind: .starred, value: firstNamed(c).map(lowerExpr) ?? missing(c)))
            case .dictionary_splat:
                out.append(Argument(kind: .doubleStarred, value: firstNamed(c).map(lowerExpr) ?? missing(c)))
            default:
                out.append(Argument(kind: .positional, value: lowerExpr(c)))
            }
        }
        return out
    }

    /// A tree of binary operators, flattened to its operands and operators in source order and
    /// rebuilt with Python's precedence: iterative (long chains cost no stack), and correct where
    /// tree-sitter-python is not (it binds `^` tighter than `&`). The IR stays within
    /// `Lowering.maxDepth` levels; a deeper subtree becomes `.unsupported` (its names still count).
    func lowerBinaryChain(_ n: Node) -> ExprKind {
        enum Item { case node(Node), op(BinaryOp) }
        var operands: [Node] = []
        var ops: [BinaryOp] = []
        var work: [Item] = [.node(n)]
        while let item = work.popLast() {
            switch item {
            case .op(let op):
                ops.append(op)
            case .node(let x):
                if kind(x) == .binary_operator, let l = x.child(field: "left"), let r = x.child(field: "right") {
                    let op = x.child(field: "operator").map(kindName).flatMap(BinaryOp.init(rawValue:)) ?? .add
                    work.append(.node(r))
                    work.append(.op(op))
                    work.append(.node(l))
                } else if kind(x) == .binary_operator {
                    operands.append(x) // incomplete operator (syntax error): lowered as unsupported below
                } else {
                    operands.append(x)
                }
            }
        }
        let budget = max(1, Lowering.maxDepth - depth)
        var out: [(Expr, Int)] = []
        var pending: [BinaryOp] = []
        func reduce() {
            guard let op = pending.popLast(), let (r, rd) = out.popLast(), let (l, ld) = out.popLast() else { return }
            let range = l.range.lowerBound..<max(l.range.lowerBound, r.range.upperBound)
            let d = max(ld, rd) + 1
            if d > budget {
                out.append((Expr(.unsupported("nesting too deep"), range), 1))
            } else {
                out.append((Expr(.binary(op, l, r), range), d))
            }
        }
        for (i, operand) in operands.enumerated() {
            if i > 0, i - 1 < ops.count {
                let op = ops[i - 1]
                while let top = pending.last,
                      Self.precedence(top) > Self.precedence(op) || (Self.precedence(top) == Self.precedence(op) && op != .pow) {
                    reduce()
                }
                pending.append(op)
            }
            let e = kind(operand) == .binary_operator ? missing(operand) : lowerExpr(operand)
            out.append((e, 1))
        }
        while !pending.isEmpty { reduce() }
        return out.last?.0.kind ?? .unsupported("empty binary expression")
    }

    static func precedence(_ op: BinaryOp) -> Int {
        switch op {
        case .pow: return 7
        case .mult, .matMult, .div, .floorDiv, .mod: return 6
        case .add, .sub: return 5
        case .lShift, .rShift: return 4
        case .bitAnd: return 3
        case .bitXor: return 2
        case .bitOr: return 1
        }
    }

    func lowerBoolChain(_ n: Node) -> ExprKind {
        let isAnd = n.child(field: "operator").map { kind($0) == .kwAnd } ?? true
        var rights: [Node] = []
        var cur = n
        var leftMissing = false
        while kind(cur) == .boolean_operator, rights.count < 100_000,
              (cur.child(field: "operator").map { kind($0) == .kwAnd } ?? true) == isAnd {
            if let r = cur.child(field: "right") { rights.append(r) }
            guard let l = cur.child(field: "left") else { leftMissing = true; break }
            cur = l
        }
        var operands = [leftMissing ? missing(cur) : lowerExpr(cur)]
        for r in rights.reversed() { operands.append(lowerExpr(r)) }
        return .boolOp(isAnd: isAnd, operands)
    }

    // MARK: - Strings

    func lowerString(_ n: Node) -> ExprKind {
        var parts: [Node] = []
        if kind(n) == .concatenated_string {
            for c in named(n) where kind(c) == .string { parts.append(c) }
        } else {
            parts = [n]
        }
        var isF = false
        var isTemplate = false
        var isBytes = false
        var contents = ""
        var interpolations: [Expr] = []
        for s in parts {
            if n.tree.isTemplate(s) { isTemplate = true }
            for c in s.children {
                switch kind(c) {
                case .string_start:
                    for b in text(c).utf8 {
                        if b == UInt8(ascii: "f") || b == UInt8(ascii: "F") { isF = true }
                        if b == UInt8(ascii: "b") || b == UInt8(ascii: "B") { isBytes = true }
                    }
                case .string_content, .escape_sequence:
                    contents += text(c)
                case .interpolation:
                    lowerInterpolation(c, into: &interpolations)
                default:
                    break
                }
            }
        }
        if isTemplate { return .template(interpolations) }
        if isF {
            let literal = text(n)
            return .fstring(FormattedString(parts: interpolations,
                                            repr: interpolations.map { StringLiterals.convertsWithRepr(bytes, after: $0.range.upperBound) },
                                            converted: interpolations.map { StringLiterals.conversion(bytes, after: $0.range.upperBound) != nil },
                                            literalPrefix: StringLiterals.fstringPrefix(literal),
                                            pieces: StringLiterals.fstringPieces(literal)))
        }
        if isBytes { return .constant(.bytes(contents)) }
        return .constant(.string(StringLiterals.isRaw(bytes, at: n.startByte) ? contents : StringLiterals.unescape(contents)))
    }

    /// Records how a call's callee is written (`Module.calleeSpellings`).
    func noteCallee(_ callee: Expr) {
        module.calleeSpellings[callee.range] = String(tree.source.text(callee.range).prefix(60))
    }

    func lowerInterpolation(_ n: Node, into out: inout [Expr]) {
        nested((), {
            if let e = n.child(field: "expression") { out.append(lowerExpr(e)) }
            // Nested interpolations inside the format spec (`{x:>{width}}`) are evaluated too.
            for c in n.children where kind(c) == .format_specifier {
                for f in c.children where kind(f) == .format_expression || kind(f) == .interpolation {
                    lowerInterpolation(f, into: &out)
                }
            }
        })
    }

    // MARK: - Targets (stores and deletes)

    func lowerTarget(_ n: Node) -> Expr {
        nested(Expr(.unsupported("nesting too deep"), n.byteRange)) {
            Expr(lowerTargetKind(n), n.byteRange)
        }
    }

    private func lowerTargetKind(_ n: Node) -> ExprKind {
        switch kind(n) {
        case .identifier, .keyword_identifier:
            let name = ident(n)
            bind(name)
            return .name(name)
        case .tuple_pattern where named(n).count == 1 && !n.children.contains(where: { !$0.isNamed && $0.text == "," }):
            // `(name) = value` (chained: `__doc__ = (MESSAGE) = "…"`): the
            // grammar reads a parenthesized target as a one-item tuple
            // pattern, but without a comma CPython binds the name itself.
            return lowerTarget(named(n)[0]).kind
        case .pattern_list, .tuple_pattern, .tuple, .expression_list:
            return .tuple(named(n).map { lowerTarget($0) })
        case .list_pattern, .list:
            return .list(named(n).map { lowerTarget($0) })
        case .list_splat_pattern, .list_splat:
            return .starred(firstNamed(n).map { lowerTarget($0) } ?? missing(n))
        case .parenthesized_expression:
            guard let inner = firstNamed(n) else { return .tuple([]) }
            return lowerTarget(inner).kind
        case .attribute, .subscript:
            return lowerExpr(n).kind
        case .error:
            return .unsupported("syntax error: " + errorMessage(n))
        default:
            // Not a valid target (a call, a literal …): keep its uses, mark it unsupported.
            _ = lowerExpr(n)
            return .unsupported("invalid target \(kindName(n))")
        }
    }
}
