import Syntax

extension Lowerer {
    // MARK: - Blocks

    /// The statements of a module or block (a compound statement's `body` field).
    func lowerStatements(of container: Node?) -> [Stmt] {
        guard let container else { return [] }
        var out: [Stmt] = []
        for c in container.children where c.isNamed {
            lowerStatement(c, into: &out)
        }
        return out
    }

    /// The body of a clause: its `body` / `consequence` field, else its last block child.
    /// An ERROR directly inside the clause (`def m(self): return self.` loses its statement
    /// to one) becomes an `.unsupported` statement at the head of the body, so nothing is dropped.
    func lowerBody(_ clause: Node, field: String = "body") -> [Stmt] {
        var out: [Stmt] = []
        if clause.hasError {
            for c in clause.children where kind(c) == .error && c.isNamed {
                out.append(Stmt(.unsupported("syntax error: " + errorMessage(c)), c.byteRange))
            }
        }
        if let b = clause.child(field: field) { return out + lowerStatements(of: b) }
        var block: Node?
        for c in clause.children where kind(c) == .block { block = c }
        return out + lowerStatements(of: block)
    }

    func lowerStatement(_ n: Node, into out: inout [Stmt]) {
        let k = kind(n)
        switch k {
        case .comment, .line_continuation:
            return
        case .error:
            out.append(Stmt(.unsupported("syntax error: " + errorMessage(n)), n.byteRange))
            // Keep the statements tree-sitter recovered inside the error.
            for c in n.children where c.isNamed && isStatementKind(kind(c)) {
                lowerStatement(c, into: &out)
            }
            return
        default:
            break
        }
        let stmt: Stmt = nested(Stmt(.unsupported("nesting too deep"), n.byteRange)) {
            Stmt(lowerStatementKind(n, k), n.byteRange)
        }
        out.append(stmt)
    }

    func isStatementKind(_ k: K) -> Bool {
        switch k {
        case .expression_statement, .delete_statement, .pass_statement, .break_statement, .continue_statement,
             .return_statement, .raise_statement, .global_statement, .nonlocal_statement, .if_statement,
             .while_statement, .for_statement, .with_statement, .try_statement, .function_definition,
             .class_definition, .decorated_definition, .import_statement, .import_from_statement,
             .future_import_statement, .assert_statement, .match_statement, .print_statement,
             .exec_statement, .type_alias_statement:
            return true
        default:
            return false
        }
    }

    func lowerStatementKind(_ n: Node, _ k: K) -> StmtKind {
        switch k {
        case .expression_statement:
            let items = named(n)
            if items.count == 1 {
                let e = items[0]
                switch kind(e) {
                case .assignment: return lowerAssignment(e)
                case .augmented_assignment: return lowerAugAssignment(e)
                default: return .expr(lowerExpr(e))
                }
            }
            if items.isEmpty { return .unsupported("empty expression statement") }
            return .expr(Expr(.tuple(items.map(lowerExpr)), n.byteRange))
        case .delete_statement:
            guard let t = firstNamed(n) else { return .delete([]) }
            if kind(t) == .expression_list {
                return .delete(named(t).map { lowerTarget($0) })
            }
            return .delete([lowerTarget(t)])
        case .pass_statement: return .pass
        case .break_statement: return .breakLoop
        case .continue_statement: return .continueLoop
        case .return_statement:
            return .returnValue(firstNamed(n).map(lowerExpr))
        case .raise_statement:
            var exc: Expr?
            var cause: Expr?
            for (field, c) in n.fieldedChildren where c.isNamed && kind(c) != .comment {
                if field == "cause" { cause = lowerExpr(c) } else if exc == nil { exc = lowerExpr(c) }
            }
            return .raise(exc, cause: cause)
        case .global_statement, .nonlocal_statement:
            let isGlobal = k == .global_statement
            var names: [String] = []
            for c in named(n) where kind(c) == .identifier {
                let name = ident(c)
                names.append(name)
                bind(name, isGlobal ? .global : .nonlocal)
            }
            return isGlobal ? .global(names) : .nonlocal(names)
        case .if_statement:
            return lowerIf(n)
        case .while_statement:
            let test = lowerExprField(n, "condition")
            let body = lowerBody(n)
            var orelse: [Stmt] = []
            if let alt = n.child(field: "alternative") { orelse = lowerBody(alt) }
            return .whileLoop(test: test, body: body, orelse: orelse)
        case .for_statement:
            let isAsync = hasToken(n, .kwAsync)
            let target = n.child(field: "left").map { lowerTarget($0) } ?? missing(n)
            let iter = lowerExprField(n, "right")
            let body = lowerBody(n)
            var orelse: [Stmt] = []
            if let alt = n.child(field: "alternative") { orelse = lowerBody(alt) }
            return .forLoop(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync)
        case .with_statement:
            return lowerWith(n)
        case .try_statement:
            return lowerTry(n)
        case .function_definition:
            return .functionDef(lowerFunction(n, decorators: [], outer: n))
        case .class_definition:
            return .classDef(lowerClass(n, decorators: [], outer: n))
        case .decorated_definition:
            var decorators: [Expr] = []
            for c in named(n) where kind(c) == .decorator {
                decorators.append(firstNamed(c).map(lowerExpr) ?? missing(c))
            }
            guard let def = n.child(field: "definition") else { return .unsupported("decorated definition without a definition") }
            switch kind(def) {
            case .function_definition: return .functionDef(lowerFunction(def, decorators: decorators, outer: n))
            case .class_definition: return .classDef(lowerClass(def, decorators: decorators, outer: n))
            default: return .unsupported("decorated \(kindName(def))")
            }
        case .import_statement:
            var aliases: [ImportAlias] = []
            for c in n.children(field: "name") {
                let alias = importAlias(c)
                aliases.append(alias)
                let bound = alias.asName ?? String(alias.name.split(separator: ".", maxSplits: 1).first ?? "")
                if !bound.isEmpty { bind(bound, .imported) }
            }
            return .importModules(aliases)
        case .import_from_statement, .future_import_statement:
            var moduleName = "__future__"
            var level = 0
            if k == .import_from_statement, let m = n.child(field: "module_name") {
                if kind(m) == .relative_import {
                    moduleName = ""
                    for c in named(m) {
                        if kind(c) == .import_prefix {
                            level = text(c).utf8.filter { $0 == UInt8(ascii: ".") }.count
                        } else if kind(c) == .dotted_name {
                            moduleName = dottedName(c)
                        }
                    }
                } else {
                    moduleName = dottedName(m)
                }
            }
            var aliases: [ImportAlias] = []
            for (field, c) in n.fieldedChildren {
                if kind(c) == .wildcard_import {
                    aliases.append(ImportAlias(name: "*", asName: nil, range: c.byteRange))
                } else if field == "name" {
                    let alias = importAlias(c)
                    aliases.append(alias)
                    let bound = alias.asName ?? String(alias.name.split(separator: ".", maxSplits: 1).first ?? "")
                    if !bound.isEmpty { bind(bound, .imported) }
                    if k == .future_import_statement && alias.name == "annotations" { futureAnnotations = true }
                }
            }
            return .importFrom(module: moduleName, level: level, names: aliases)
        case .assert_statement:
            let parts = named(n)
            guard let first = parts.first else { return .unsupported("empty assert") }
            return .assert(test: lowerExpr(first), message: parts.count > 1 ? lowerExpr(parts[1]) : nil)
        case .match_statement:
            return lowerMatch(n)
        case .print_statement:
            lowerIgnoredNames(n)
            return .unsupported("Python 2 print statement")
        case .exec_statement:
            lowerIgnoredNames(n)
            return .unsupported("Python 2 exec statement")
        case .type_alias_statement:
            return lowerTypeAlias(n)
        default:
            return .unsupported(kindName(n))
        }
    }

    /// Evaluates the expressions of an unsupported statement for their name uses only.
    func lowerIgnoredNames(_ n: Node) {
        for c in named(n) where kind(c) != .error { _ = lowerExpr(c) }
    }

    func missing(_ n: Node) -> Expr { Expr(.unsupported("missing expression"), n.endByte..<n.endByte) }

    func lowerExprField(_ n: Node, _ field: String) -> Expr {
        n.child(field: field).map(lowerExpr) ?? missing(n)
    }

    func dottedName(_ n: Node) -> String {
        if kind(n) == .dotted_name {
            return named(n).map(ident).joined(separator: ".")
        }
        return ident(n)
    }

    func importAlias(_ n: Node) -> ImportAlias {
        if kind(n) == .aliased_import {
            let name = n.child(field: "name").map(dottedName) ?? ""
            let alias = n.child(field: "alias").map(ident)
            return ImportAlias(name: name, asName: alias, range: n.byteRange)
        }
        return ImportAlias(name: dottedName(n), asName: nil, range: n.byteRange)
    }

    // MARK: - Assignments

    func lowerAssignment(_ n: Node) -> StmtKind {
        guard let left = n.child(field: "left") else { return .unsupported("assignment without target") }
        if let type = n.child(field: "type") {
            // Annotated assignment: a simple name target is local (even without a value).
            let valueNode = n.child(field: "right")
            let target: Expr
            if kind(left) == .identifier {
                let name = ident(left)
                bind(name, [.local, .annot])
                target = Expr(.name(name), left.byteRange)
            } else if kind(left) == .tuple_pattern || kind(left) == .parenthesized_expression,
                      let inner = firstNamed(left), named(left).count == 1, kind(inner) == .identifier {
                // `(x): int` is not "simple": CPython binds x only when a value is assigned.
                let name = ident(inner)
                if valueNode != nil { bind(name) }
                target = Expr(.name(name), inner.byteRange)
            } else {
                target = lowerTarget(left)
            }
            let annotation = lowerAnnotation(type)
            let value = valueNode.map(lowerRightHandSide)
            return .annAssign(target: target, annotation: annotation, value: value)
        }
        var targets: [Expr] = [lowerTarget(left)]
        var right = n.child(field: "right")
        // Chained `a = b = value` nests assignments on the right; walk them iteratively.
        while let r = right, kind(r) == .assignment, r.child(field: "type") == nil, let l = r.child(field: "left") {
            targets.append(lowerTarget(l))
            right = r.child(field: "right")
        }
        guard let valueNode = right else { return .unsupported("assignment without value") }
        return .assign(targets: targets, value: lowerRightHandSide(valueNode))
    }

    func lowerRightHandSide(_ n: Node) -> Expr {
        switch kind(n) {
        case .assignment, .augmented_assignment:
            return Expr(.unsupported("nested assignment"), n.byteRange)
        default:
            return lowerExpr(n)
        }
    }

    func lowerAugAssignment(_ n: Node) -> StmtKind {
        guard let left = n.child(field: "left"), let right = n.child(field: "right") else {
            return .unsupported("incomplete augmented assignment")
        }
        var opText = n.child(field: "operator").map(kindName) ?? "+="
        if opText.hasSuffix("=") { opText.removeLast() }
        let op = BinaryOp(rawValue: opText) ?? .add
        let target = lowerTarget(left)
        return .augAssign(target: target, op: op, value: lowerRightHandSide(right))
    }

    // MARK: - Compound statements

    func lowerIf(_ n: Node) -> StmtKind {
        let test = lowerExprField(n, "condition")
        let body = lowerBody(n, field: "consequence")
        // Lower clauses in order (so names and scopes are recorded in source order), then nest elifs from the back.
        var elifs: [(Expr, [Stmt], ByteRange)] = []
        var orelse: [Stmt] = []
        for alt in n.children(field: "alternative") {
            switch kind(alt) {
            case .elif_clause:
                let t = lowerExprField(alt, "condition")
                let b = lowerBody(alt, field: "consequence")
                elifs.append((t, b, alt.byteRange.lowerBound..<n.endByte))
            case .else_clause:
                orelse = lowerBody(alt)
            default:
                break
            }
        }
        // Each elif nests one level deeper in the IR; keep the IR within `Lowering.maxDepth`
        // (the clauses beyond were lowered above, so their names are still in the symbol table).
        let budget = max(1, Lowering.maxDepth - depth)
        if elifs.count > budget {
            let cut = elifs[budget]
            orelse = [Stmt(.unsupported("nesting too deep"), cut.2)]
            elifs.removeSubrange(budget...)
        }
        for (t, b, r) in elifs.reversed() {
            orelse = [Stmt(.ifStmt(test: t, body: b, orelse: orelse), r)]
        }
        return .ifStmt(test: test, body: body, orelse: orelse)
    }

    func lowerWith(_ n: Node) -> StmtKind {
        let isAsync = hasToken(n, .kwAsync)
        var items: [WithItem] = []
        var itemNodes: [Node] = []
        for c in named(n) where kind(c) == .with_clause {
            for i in named(c) where kind(i) == .with_item { itemNodes.append(i) }
        }
        for item in itemNodes {
            guard var value = item.child(field: "value") ?? firstNamed(item) else { continue }
            // `with (a as b):` — a parenthesized item.
            if kind(value) == .parenthesized_expression, let inner = firstNamed(value), kind(inner) == .as_pattern {
                value = inner
            }
            if kind(value) == .as_pattern {
                let parts = named(value)
                let context = parts.first.map(lowerExpr) ?? missing(value)
                var target: Expr?
                if let alias = value.child(field: "alias") {
                    let t = kind(alias) == .as_pattern_target ? firstNamed(alias) : alias
                    target = t.map { lowerTarget($0) }
                }
                items.append(WithItem(context: context, target: target))
            } else {
                items.append(WithItem(context: lowerExpr(value), target: nil))
            }
        }
        let body = lowerBody(n)
        return .with(items: items, body: body, isAsync: isAsync)
    }

    func lowerTry(_ n: Node) -> StmtKind {
        let body = lowerBody(n)
        var handlers: [ExceptHandler] = []
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        for c in named(n) {
            switch kind(c) {
            case .except_clause, .except_group_clause:
                handlers.append(lowerHandler(c))
            case .else_clause:
                orelse = lowerBody(c)
            case .finally_clause:
                finalbody = lowerBody(c)
            default:
                break
            }
        }
        return .tryStmt(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
    }

    func lowerHandler(_ c: Node) -> ExceptHandler {
        var isGroup = kind(c) == .except_group_clause || hasToken(c, .kwStar)
        var type: Expr?
        var name: String?
        var typeNode = c.child(field: "value")
        var aliasNode = c.child(field: "alias")
        if typeNode == nil {
            // Older shapes: the first non-block named child is the type.
            for x in named(c) where kind(x) != .block { typeNode = x; break }
        }
        if let t = typeNode, kind(t) == .as_pattern {
            typeNode = firstNamed(t)
            aliasNode = t.child(field: "alias")
        }
        if let t = typeNode, kind(t) == .list_splat {
            isGroup = true
            typeNode = firstNamed(t)
        }
        type = typeNode.map(lowerExpr)
        if let t = typeNode, !tree.unpackStars.isEmpty,
           tree.unpackStars.contains(where: { $0 >= c.startByte && $0 < t.startByte }) {
            isGroup = true                      // `except *(A, B):`, read without its star
        }
        if let t = type, let node = typeNode, !tree.exceptCommas.isEmpty,
           tree.exceptCommas.contains(where: { node.byteRange.contains($0) }) {
            // `except A, B:` (3.14), read as `A | B`: the tuple it is.
            var items: [Expr] = []
            var stack = [t]
            while let e = stack.popLast() {
                if case .binary(.bitOr, let l, let r) = e.kind { stack.append(r); stack.append(l) } else { items.append(e) }
            }
            type = Expr(.tuple(items), t.range)
        }
        if let a = aliasNode {
            let target = kind(a) == .as_pattern_target ? firstNamed(a) : a
            if let t = target, kind(t) == .identifier {
                name = ident(t)
                bind(ident(t))
            } else if let t = target {
                _ = lowerTarget(t) // Python 2 `except E, (a, b):` — keep the bindings
            }
        }
        let body = lowerBody(c)
        return ExceptHandler(type: type, name: name, body: body, isGroup: isGroup, range: c.byteRange)
    }

    /// The name a `type X = …` statement's value reads: no Python name, a typing object.
    static let typeAliasValue = "<type alias>"

    /// `type X = …` (3.12) binds X. tree-sitter also parses `type(self).attr = v` this way;
    /// that one is rebuilt as the assignment it is.
    func lowerTypeAlias(_ n: Node) -> StmtKind {
        guard let left = n.child(field: "left"), let right = n.child(field: "right") else {
            return .unsupported("type alias statement")
        }
        let inner = kind(left) == .type ? firstNamed(left) : left
        if let i = inner, kind(i) == .identifier || kind(i) == .generic_type {
            let nameNode = kind(i) == .identifier ? i : firstNamed(i)
            guard let nn = nameNode else { return .unsupported("type alias statement") }
            // (`type Pair[T] = tuple[T, T]`: the alias, a `typing.TypeAliasType` whose value is
            // evaluated lazily; its parameters and the alias are typing objects.)
            if kind(i) == .generic_type {
                for p in i.namedChildren.dropFirst() where kind(p) == .type_parameter {
                    noteTypeParameterNames(p.namedChildren)
                }
            }
            let name = ident(nn)
            bind(name)
            module.typeParameterNames.insert(Lowerer.typeAliasValue)
            return .assign(targets: [Expr(.name(name), nn.byteRange)], value: Expr(.name(Lowerer.typeAliasValue), right.byteRange))
        }
        guard let i = inner else { return .unsupported("type alias statement") }
        use("type")
        let target = rewriteLeadingCall(lowerExpr(i), typeStart: n.startByte)
        let value = lowerRightHandSide(kind(right) == .type ? (firstNamed(right) ?? right) : right)
        return .assign(targets: [target], value: value)
    }

    /// Replaces the leftmost operand `(args)` of an attribute/subscript/call chain by `type(args)`.
    private func rewriteLeadingCall(_ e: Expr, typeStart: Int) -> Expr {
        var chain: [Expr] = []
        var cur = e
        while chain.count < Lowering.maxDepth {
            switch cur.kind {
            case .attribute(let o, _), .subscript(let o, _), .call(let o, _):
                chain.append(cur)
                cur = o
                continue
            default:
                break
            }
            break
        }
        let args: [Argument]
        if case .tuple(let items) = cur.kind {
            args = items.map { Argument(kind: .positional, value: $0) }
        } else {
            args = [Argument(kind: .positional, value: cur)]
        }
        let callee = Expr(.name("type"), typeStart..<typeStart + 4)
        noteCallee(callee)
        var acc = Expr(.call(callee, args), typeStart..<max(typeStart, cur.range.upperBound))
        for link in chain.reversed() {
            let r = typeStart..<max(typeStart, link.range.upperBound)
            switch link.kind {
            case .attribute(_, let a): acc = Expr(.attribute(acc, a), r)
            case .subscript(_, let i): acc = Expr(.subscript(acc, i), r)
            case .call(_, let a): noteCallee(acc); acc = Expr(.call(acc, a), r)
            default: break
            }
        }
        return acc
    }
}
