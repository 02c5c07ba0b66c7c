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
            let top = named(c).filter { kind($0) == .case_pattern }
            for p in top {
                lowerPattern(p, bindings: &bindings, values: &values)
            }
            // `case a, b:` is an open sequence pattern.
            let pattern = top.count == 1 ? structure(top[0], depth: 0) : .sequence(top.map { structure($0, depth: 0) })
            var guardExpr: Expr?
            if let g = c.child(field: "guard") {
                guardExpr = (kind(g) == .if_clause ? firstNamed(g) : g).map(lowerExpr)
            }
            let body = lowerBody(c, field: "consequence")
            cases.append(MatchCase(bindings: bindings, patternValues: values, pattern: pattern, guardExpr: guardExpr, body: body))
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

    /// The structure of a pattern node (names were bound and used by `lowerPattern`).
    private func structure(_ n: Node, depth: Int) -> Pattern {
        guard depth < Lowering.maxDepth else { return .unknown }
        let d = depth + 1
        switch kind(n) {
        case .case_pattern:
            let alternatives = simplePatterns(n.children, depth: d)
            if alternatives.count == 1 { return alternatives[0] }
            if alternatives.isEmpty, n.text == "_" { return .wildcard }
            return .unknown
        case .as_pattern:
            let parts = named(n)
            guard parts.count == 2 else { return .unknown }
            let inner = structure(parts[0], depth: d)
            let name = ident(kind(parts[1]) == .as_pattern_target ? (firstNamed(parts[1]) ?? parts[1]) : parts[1])
            return .capturing(inner, name)
        case .union_pattern:
            let alternatives = simplePatterns(n.children, depth: d)
            return alternatives.isEmpty ? .unknown : .or(alternatives)
        case .list_pattern, .tuple_pattern:
            let items = named(n)
            // `(p)` groups; `(p,)` is a one-item sequence.
            if kind(n) == .tuple_pattern, items.count == 1, !n.children.contains(where: { !$0.isNamed && $0.text == "," }) {
                return structure(items[0], depth: d)
            }
            return .sequence(items.map { structure($0, depth: d) })
        case .splat_pattern, .list_splat_pattern:
            let id = firstNamed(n).map(ident)
            return .star(id == "_" ? nil : id)
        case .dict_pattern:
            var keys: [Expr] = []
            var values: [Pattern] = []
            var rest: String?
            var pendingKey: [Node] = []
            for (field, c) in n.fieldedChildren {
                let ck = kind(c)
                if ck == .comment || ck == .line_continuation { continue }
                if field == "key" {
                    pendingKey.append(c)
                } else if field == "value" {
                    guard case .value(let k)? = simplePatterns(pendingKey, depth: d).first else { return .unknown }
                    keys.append(k)
                    values.append(structure(c, depth: d))
                    pendingKey = []
                } else if ck == .splat_pattern || ck == .dictionary_splat_pattern {
                    let id = firstNamed(c).map(ident)
                    rest = id == "_" ? nil : id
                }
            }
            return .mapping(keys: keys, values: values, rest: rest)
        case .class_pattern:
            let parts = named(n)
            guard let cls = parts.first, let clsValue = valuePattern(cls) else { return .unknown }
            var positional: [Pattern] = []
            var keywords: [(name: String, pattern: Pattern)] = []
            for c in parts.dropFirst() {
                if kind(c) == .keyword_pattern {
                    let kids = c.children
                    guard let name = kids.first(where: { kind($0) == .identifier }),
                          let eq = kids.firstIndex(where: { !$0.isNamed && $0.text == "=" }) else { return .unknown }
                    let value = simplePatterns(Array(kids[(eq + 1)...]), depth: d)
                    guard value.count == 1 else { return .unknown }
                    keywords.append((ident(name), value[0]))
                } else {
                    positional.append(structure(c, depth: d))
                }
            }
            return .classPattern(clsValue, positional: positional, keywords: keywords)
        default:
            let alternatives = simplePatterns([n], depth: d)
            return alternatives.count == 1 ? alternatives[0] : .unknown
        }
    }

    /// The simple patterns among a node's children, split at `|`, with a leading `-` folded into
    /// the number it negates.
    private func simplePatterns(_ nodes: [Node], depth: Int) -> [Pattern] {
        var out: [Pattern] = []
        var negate = false
        for c in nodes {
            if !c.isNamed {
                let t = c.text
                if t == "-" { negate = true } else if t == "_" { out.append(.wildcard) }
                continue
            }
            let k = kind(c)
            switch k {
            case .comment, .line_continuation: continue
            case .integer, .float:
                let e = lowerExpr(c)
                out.append(.value(negate ? Expr(.unary(.minus, e), c.startByte..<c.endByte) : e))
                negate = false
            case .string, .concatenated_string, .true_, .false_, .none:
                out.append(.value(lowerExpr(c)))
            case .dotted_name:
                let parts = named(c)
                if parts.count == 1 {
                    let name = ident(parts[0])
                    out.append(name == "_" ? .wildcard : .capture(name))
                } else if let v = valuePattern(c) {
                    out.append(.value(v))
                } else {
                    out.append(.unknown)
                }
            case .identifier:
                let name = ident(c)
                out.append(name == "_" ? .wildcard : .capture(name))
            case .case_pattern, .as_pattern, .union_pattern, .list_pattern, .tuple_pattern, .splat_pattern,
                 .list_splat_pattern, .dict_pattern, .class_pattern:
                out.append(structure(c, depth: depth))
            default:
                out.append(.unknown)
            }
        }
        return out
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
