/// Visits every expression of a module (statement order, outer before inner).
public enum IRWalk {
    /// Every statement of `stmts` and of the bodies nested in them (branches, loops, `with`,
    /// `try`, `match`, function and class bodies), in source order, outer before inner.
    public static func statements(in stmts: [Stmt], _ visit: (Stmt) -> Void) {
        for s in stmts {
            visit(s)
            switch s.kind {
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                statements(in: b, visit); statements(in: o, visit)
            case .with(_, let b, _): statements(in: b, visit)
            case .tryStmt(let b, let hs, let o, let f):
                statements(in: b, visit); for h in hs { statements(in: h.body, visit) }
                statements(in: o, visit); statements(in: f, visit)
            case .functionDef(let d): statements(in: d.body, visit)
            case .classDef(let c): statements(in: c.body, visit)
            case .match(_, let cases): for c in cases { statements(in: c.body, visit) }
            default: break
            }
        }
    }

    /// With `intoFunctions: false`, nested function and lambda bodies are not entered (their
    /// decorators, defaults and annotations are: they run in the enclosing scope).
    public static func expressions(in stmts: [Stmt], intoFunctions: Bool = true, _ visit: (Expr) -> Void) {
        var stack: [Any] = stmts.reversed().map { $0 as Any }
        func push(_ e: Expr?) { if let e { stack.append(e) } }
        func pushAll(_ es: [Expr]) { for e in es.reversed() { stack.append(e) } }
        func pushStmts(_ ss: [Stmt]) { for s in ss.reversed() { stack.append(s) } }
        while let item = stack.popLast() {
            if let s = item as? Stmt {
                switch s.kind {
                case .expr(let e): push(e)
                case .assign(let ts, let v): pushAll(ts + [v])
                case .augAssign(let t, _, let v): pushAll([t, v])
                case .annAssign(let t, let a, let v): pushAll([t, a]); push(v)
                case .delete(let ts): pushAll(ts)
                case .returnValue(let e): push(e)
                case .raise(let e, let c): push(e); push(c)
                case .ifStmt(let t, let b, let o): pushStmts(o); pushStmts(b); push(t)
                case .whileLoop(let t, let b, let o): pushStmts(o); pushStmts(b); push(t)
                case .forLoop(let t, let i, let b, let o, _): pushStmts(o); pushStmts(b); pushAll([t, i])
                case .with(let items, let b, _): pushStmts(b); for it in items.reversed() { push(it.target); push(it.context) }
                case .tryStmt(let b, let hs, let o, let f):
                    pushStmts(f); pushStmts(o)
                    for h in hs.reversed() { pushStmts(h.body); push(h.type) }
                    pushStmts(b)
                case .functionDef(let d): pushFunction(d, intoFunctions, &stack)
                case .classDef(let c):
                    pushStmts(c.body)
                    pushAll(c.decorators + c.bases + c.keywords.map(\.value))
                case .assert(let t, let m): push(m); push(t)
                case .match(let subj, let cases):
                    for c in cases.reversed() { pushStmts(c.body); push(c.guardExpr); pushAll(c.patternValues) }
                    push(subj)
                default: break
                }
            } else if let e = item as? Expr {
                visit(e)
                switch e.kind {
                case .fstring(let f): pushAll(f.parts)
                case .template(let es), .list(let es), .tuple(let es), .set(let es): pushAll(es)
                case .dict(let items): for it in items.reversed() { push(it.value); push(it.key) }
                case .comprehension(let c):
                    push(c.value); push(c.element)
                    for g in c.generators.reversed() { pushAll(g.conditions); pushAll([g.target, g.iter]) }
                case .attribute(let b, _): push(b)
                case .subscript(let a, let b): pushAll([a, b])
                case .slice(let a, let b, let c): push(c); push(b); push(a)
                case .call(let f, let args): pushAll([f] + args.map(\.value))
                case .lambda(let d): pushFunction(d, intoFunctions, &stack)
                case .binary(_, let a, let b): pushAll([a, b])
                case .unary(_, let a), .await(let a), .yieldFrom(let a), .starred(let a): push(a)
                case .yield(let a): push(a)
                case .boolOp(_, let es): pushAll(es)
                case .compare(let a, _, let rest): pushAll([a] + rest)
                case .conditional(let t, let b, let o): pushAll([t, b, o])
                case .namedExpr(_, let v): push(v)
                default: break
                }
            }
        }
    }

    private static func pushFunction(_ d: FunctionDef, _ body: Bool, _ stack: inout [Any]) {
        if body { for s in d.body.reversed() { stack.append(s) } }
        for p in d.parameters.reversed() {
            if let v = p.defaultValue { stack.append(v) }
            if let a = p.annotation { stack.append(a) }
        }
        for e in d.decorators.reversed() { stack.append(e) }
    }
}
