/// A readable, indented rendering of the module IR and its scopes, for tests and debugging.
/// The IR's depth is bounded by `Lowering.maxDepth`, so the recursion here is bounded too.
extension Module {
    public func dump(includeScopes: Bool = true) -> String {
        var p = IRPrinter()
        p.line(0, "module \(name)")
        p.stmts(body, 1)
        if includeScopes {
            p.line(0, "scopes")
            p.scope(scope, 1)
        }
        return p.out
    }
}

extension Scope {
    /// `name=binding` for every symbol, sorted by name.
    public var symbolSummary: String {
        symbols.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.binding.rawValue)" }.joined(separator: " ")
    }
}

struct IRPrinter {
    var out = ""

    mutating func line(_ indent: Int, _ s: String) {
        out += String(repeating: "  ", count: indent) + s + "\n"
    }

    mutating func scope(_ s: Scope, _ i: Int) {
        line(i, "\(s.kind.rawValue) \(s.name): \(s.symbolSummary)")
        for c in s.children { scope(c, i + 1) }
    }

    mutating func stmts(_ list: [Stmt], _ i: Int) {
        for s in list { stmt(s, i) }
    }

    mutating func stmt(_ s: Stmt, _ i: Int) {
        switch s.kind {
        case .expr(let e): line(i, "expr \(expr(e))")
        case .assign(let t, let v): line(i, "assign \(t.map(expr).joined(separator: " = ")) = \(expr(v))")
        case .augAssign(let t, let op, let v): line(i, "augassign \(expr(t)) \(op.rawValue)= \(expr(v))")
        case .annAssign(let t, let a, let v):
            line(i, "annassign \(expr(t)): \(expr(a))" + (v.map { " = " + expr($0) } ?? ""))
        case .delete(let t): line(i, "del \(t.map(expr).joined(separator: ", "))")
        case .pass: line(i, "pass")
        case .breakLoop: line(i, "break")
        case .continueLoop: line(i, "continue")
        case .returnValue(let v): line(i, "return" + (v.map { " " + expr($0) } ?? ""))
        case .raise(let e, let c): line(i, "raise" + (e.map { " " + expr($0) } ?? "") + (c.map { " from " + expr($0) } ?? ""))
        case .global(let n): line(i, "global \(n.joined(separator: ", "))")
        case .nonlocal(let n): line(i, "nonlocal \(n.joined(separator: ", "))")
        case .ifStmt(let t, let b, let o):
            line(i, "if \(expr(t))"); stmts(b, i + 1)
            if !o.isEmpty { line(i, "else"); stmts(o, i + 1) }
        case .whileLoop(let t, let b, let o):
            line(i, "while \(expr(t))"); stmts(b, i + 1)
            if !o.isEmpty { line(i, "else"); stmts(o, i + 1) }
        case .forLoop(let t, let it, let b, let o, let a):
            line(i, (a ? "async " : "") + "for \(expr(t)) in \(expr(it))"); stmts(b, i + 1)
            if !o.isEmpty { line(i, "else"); stmts(o, i + 1) }
        case .with(let items, let b, let a):
            let desc = items.map { expr($0.context) + ($0.target.map { " as " + expr($0) } ?? "") }
            line(i, (a ? "async " : "") + "with \(desc.joined(separator: ", "))"); stmts(b, i + 1)
        case .tryStmt(let b, let h, let o, let f):
            line(i, "try"); stmts(b, i + 1)
            for x in h {
                line(i, "except" + (x.isGroup ? "*" : "") + (x.type.map { " " + expr($0) } ?? "") + (x.name.map { " as " + $0 } ?? ""))
                stmts(x.body, i + 1)
            }
            if !o.isEmpty { line(i, "else"); stmts(o, i + 1) }
            if !f.isEmpty { line(i, "finally"); stmts(f, i + 1) }
        case .functionDef(let fn): function(fn, i)
        case .classDef(let c):
            for d in c.decorators { line(i, "@" + expr(d)) }
            let args = c.bases.map(expr) + c.keywords.map(argument)
            line(i, "class \(c.qualifiedName)(\(args.joined(separator: ", ")))")
            stmts(c.body, i + 1)
        case .importModules(let a): line(i, "import " + a.map(alias).joined(separator: ", "))
        case .importFrom(let m, let level, let a):
            line(i, "from \(String(repeating: ".", count: level))\(m) import " + a.map(alias).joined(separator: ", "))
        case .assert(let t, let m): line(i, "assert \(expr(t))" + (m.map { ", " + expr($0) } ?? ""))
        case .match(let subject, let cases):
            line(i, "match \(expr(subject))")
            for c in cases {
                var head = "case binds[\(c.bindings.joined(separator: ", "))] values[\(c.patternValues.map(expr).joined(separator: ", "))]"
                if let g = c.guardExpr { head += " if " + expr(g) }
                line(i + 1, head)
                stmts(c.body, i + 2)
            }
        case .unsupported(let why): line(i, "unsupported(\(why))")
        }
    }

    mutating func function(_ fn: FunctionDef, _ i: Int) {
        for d in fn.decorators { line(i, "@" + expr(d)) }
        let params = fn.parameters.map(parameter).joined(separator: ", ")
        var head = (fn.isAsync ? "async " : "") + "def \(fn.qualifiedName)(\(params))"
        if let r = fn.returns { head += " -> " + expr(r) }
        if fn.isGenerator { head += " [generator]" }
        line(i, head)
        stmts(fn.body, i + 1)
    }

    func parameter(_ p: Parameter) -> String {
        var s: String
        switch p.kind {
        case .positionalOnly: s = p.name + "/"
        case .positional: s = p.name
        case .varPositional: s = "*" + p.name
        case .keywordOnly: s = "kw:" + p.name
        case .varKeyword: s = "**" + p.name
        }
        if let a = p.annotation { s += ": " + expr(a) }
        if let d = p.defaultValue { s += " = " + expr(d) }
        return s
    }

    func alias(_ a: ImportAlias) -> String { a.name + (a.asName.map { " as " + $0 } ?? "") }

    func argument(_ a: Argument) -> String {
        switch a.kind {
        case .positional: return expr(a.value)
        case .keyword: return (a.name ?? "?") + "=" + expr(a.value)
        case .starred: return "*" + expr(a.value)
        case .doubleStarred: return "**" + expr(a.value)
        }
    }

    func expr(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c):
            switch c {
            case .int(let s), .float(let s), .complex(let s): return s
            case .string(let s): return "'" + s + "'"
            case .bytes(let s): return "b'" + s + "'"
            case .bool(let b): return b ? "True" : "False"
            case .none: return "None"
            case .ellipsis: return "..."
            }
        case .fstring(let f): return "f(" + f.parts.map(expr).joined(separator: ", ") + ")"
        case .template(let parts): return "t(" + parts.map(expr).joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map(expr).joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(expr).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .set(let items): return "{" + items.map(expr).joined(separator: ", ") + "}"
        case .dict(let items):
            return "{" + items.map { ($0.key.map { expr($0) + ": " } ?? "**") + expr($0.value) }.joined(separator: ", ") + "}"
        case .comprehension(let c):
            var s = c.kind.rawValue + "comp(" + expr(c.element) + (c.value.map { ": " + expr($0) } ?? "")
            for g in c.generators {
                s += (g.isAsync ? " async" : "") + " for " + expr(g.target) + " in " + expr(g.iter)
                for cond in g.conditions { s += " if " + expr(cond) }
            }
            return s + ")"
        case .attribute(let o, let a): return expr(o) + "." + a
        case .subscript(let v, let i): return expr(v) + "[" + expr(i) + "]"
        case .slice(let l, let u, let s):
            return (l.map(expr) ?? "") + ":" + (u.map(expr) ?? "") + (s.map { ":" + expr($0) } ?? "")
        case .call(let f, let args): return expr(f) + "(" + args.map(argument).joined(separator: ", ") + ")"
        case .lambda(let fn):
            let body: String
            if case .returnValue(let v)? = fn.body.first?.kind, let v { body = expr(v) } else { body = "?" }
            return "lambda " + fn.parameters.map(parameter).joined(separator: ", ") + ": " + body
        case .binary(let op, let l, let r): return "(" + expr(l) + " " + op.rawValue + " " + expr(r) + ")"
        case .unary(let op, let v): return "(" + (op == .not ? "not " : op.rawValue) + expr(v) + ")"
        case .boolOp(let isAnd, let vs): return "(" + vs.map(expr).joined(separator: isAnd ? " and " : " or ") + ")"
        case .compare(let l, let ops, let rs):
            var s = "(" + expr(l)
            for (o, r) in zip(ops, rs) { s += " " + o.rawValue + " " + expr(r) }
            return s + ")"
        case .conditional(let t, let b, let o): return "(" + expr(b) + " if " + expr(t) + " else " + expr(o) + ")"
        case .await(let v): return "await " + expr(v)
        case .yield(let v): return "yield" + (v.map { " " + expr($0) } ?? "")
        case .yieldFrom(let v): return "yield from " + expr(v)
        case .starred(let v): return "*" + expr(v)
        case .namedExpr(let t, let v): return "(" + t + " := " + expr(v) + ")"
        case .unsupported(let why): return "unsupported(" + why + ")"
        }
    }
}
