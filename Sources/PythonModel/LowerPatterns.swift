import Syntax

extension Lowerer {
    /// `match`: subjects and guards are expressions; patterns contribute the names they bind
    /// (captures, `as`, `*rest`, `**rest`) and the values they evaluate (`Color.RED`, class names).
    func lowerMatch(_ n: Node) -> StmtKind {
        let subjects = n.children(field: "subject")
        let subject: Expr
        if subjects.count == 1 {
            subject = lowerExpr(subjects[0])
        } else if subjects.isEmpty {
            subject = missing(n)
        } else {
            let lo = subjects[0].startByte, hi = subjects[subjects.count - 1].endByte
            subject = Expr(.tuple(subjects.map(lowerElement)), lo..<max(lo, hi))
        }
        var cases: [MatchCase] = []
        let caseNodes = n.child(field: "body").map { named($0) } ?? []
        for c in caseNodes where kind(c) == .case_clause {
            var bindings: [String] = []
            var values: [Expr] = []
            for p in named(c) where kind(p) == .case_pattern {
                lowerPattern(p, bindings: &bindings, values: &values)
            }
            var guardExpr: Expr?
            if let g = c.child(field: "guard") {
                guardExpr = (kind(g) == .if_clause ? firstNamed(g) : g).map(lowerExpr)
            }
            let body = lowerBody(c, field: "consequence")
            cases.append(MatchCase(bindings: bindings, patternValues: values, guardExpr: guardExpr, body: body))
        }
        return .match(subject: subject, cases: cases)
    }

    private enum PatternRole { case pattern, value, capture }

    /// Walks a pattern iteratively (patterns can nest as deep as the input).
    private func lowerPattern(_ root: Node, bindings: inout [String], values: inout [Expr]) {
        var stack: [(Node, PatternRole)] = [(root, .pattern)]
        func capture(_ node: Node) {
            let name = ident(node)
            if name == "_" || name.isEmpty { return }
            bind(name)
            if !bindings.contains(name) { bindings.append(name) }
        }
        func push(_ nodes: [(Node, PatternRole)]) { stack.append(contentsOf: nodes.reversed()) }
        while let (node, role) = stack.popLast() {
            let k = kind(node)
            if role == .value {
                if let v = valuePattern(node) { values.append(v) }
                continue
            }
            if role == .capture {
                capture(node)
                continue
            }
            switch k {
            case .case_pattern, .union_pattern, .list_pattern, .tuple_pattern:
                push(named(node).map { ($0, .pattern) })
            case .dotted_name:
                let parts = named(node)
                if parts.count == 1 { capture(parts[0]) } else if let v = valuePattern(node) { values.append(v) }
            case .identifier:
                capture(node)
            case .as_pattern:
                var items: [(Node, PatternRole)] = []
                for c in named(node) {
                    items.append((c, kind(c) == .identifier ? .capture : .pattern))
                }
                push(items)
            case .splat_pattern, .list_splat_pattern, .dictionary_splat_pattern:
                if let id = firstNamed(node), kind(id) == .identifier { capture(id) }
            case .keyword_pattern:
                push(named(node).dropFirst().map { ($0, .pattern) })
            case .class_pattern:
                let parts = named(node)
                var items: [(Node, PatternRole)] = []
                for (i, c) in parts.enumerated() { items.append((c, i == 0 ? .value : .pattern)) }
                push(items)
            case .dict_pattern:
                var items: [(Node, PatternRole)] = []
                for (field, c) in node.fieldedChildren where c.isNamed {
                    let ck = kind(c)
                    if ck == .comment || ck == .line_continuation { continue }
                    items.append((c, field == "key" ? .value : .pattern))
                }
                push(items)
            default:
                break // literals and `_`
            }
        }
    }

    /// A value pattern (`Color.RED`, a class name): an attribute chain whose first name is used.
    private func valuePattern(_ n: Node) -> Expr? {
        guard kind(n) == .dotted_name || kind(n) == .identifier else { return nil }
        let parts = kind(n) == .identifier ? [n] : named(n)
        guard let first = parts.first else { return nil }
        let name = ident(first)
        use(name)
        var e = Expr(.name(name), first.byteRange)
        for p in parts.dropFirst() {
            e = Expr(.attribute(e, ident(p)), n.startByte..<max(n.startByte, p.endByte))
        }
        return e
    }
}
