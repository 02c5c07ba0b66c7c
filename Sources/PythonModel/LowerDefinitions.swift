import Syntax

extension Lowerer {
    /// The nearest enclosing block that has a public `Scope` (annotation blocks have none).
    func publicScope() -> Scope {
        var b: ScopeBuilder? = current
        while let x = b {
            if let s = x.scope { return s }
            b = x.parent
        }
        return module.scope
    }

    /// Under `from __future__ import annotations` CPython visits annotations in a hidden block.
    func inAnnotationBlock<T>(_ body: () -> T) -> T {
        guard futureAnnotations else { return body() }
        let b = ScopeBuilder(type: .annotation, scope: nil, qualifiedName: current.qualifiedName,
                             privateName: current.privateName, parent: current)
        let saved = pushBlock(b)
        defer { current = saved }
        return body()
    }

    func lowerAnnotation(_ n: Node) -> Expr { inAnnotationBlock { lowerExpr(n) } }

    func markYield() {
        if current.type == .function && !current.isComprehension { current.hasYield = true }
    }

    /// `name := value`: inside a comprehension it binds in the nearest enclosing function (or module).
    func bindWalrus(_ name: String) {
        if current.isComprehension {
            var b: ScopeBuilder? = current
            while let x = b {
                if x.isComprehension { b = x.parent; continue }
                if x.type == .function {
                    current.add(name, x.lookup(name).contains(.global) ? .global : .nonlocal)
                    x.add(name, .local)
                } else if x.type == .module {
                    current.add(name, .global)
                    x.add(name, .global)
                }
                break
            }
        }
        bind(name)
    }

    // MARK: - Functions

    /// Records the names a `[T, *Ts, **P]` type parameter list binds (PEP 695).
    func noteTypeParameters(_ n: Node) {
        guard let params = n.child(field: "type_parameters") else { return }
        noteTypeParameterNames(params.namedChildren)
    }

    /// The names of PEP 695 type parameters (`T`, `*Ts`, `**P`, `T: int`): each the first
    /// identifier within a few levels of its node.
    func noteTypeParameterNames(_ params: [Node]) {
        for p in params {
            var node: Node? = p
            var depth = 0
            while let cur = node, kind(cur) != .identifier, depth < 4 { node = firstNamed(cur); depth += 1 }
            if let id = node, kind(id) == .identifier { module.typeParameterNames.insert(ident(id)) }
        }
    }

    func lowerFunction(_ n: Node, decorators: [Expr], outer: Node) -> FunctionDef {
        noteTypeParameters(n)
        let nameNode = n.child(field: "name")
        let name = nameNode.map(ident) ?? "<missing>"
        let qual = qualifiedName(for: name, checkGlobal: true)
        bind(name, [.local, .definition])
        let scope = Scope(kind: .function, name: name, parent: publicScope(), range: n.byteRange)
        let fn = FunctionDef(id: module.functions.count, name: name, qualifiedName: qual,
                             isAsync: hasToken(n, .kwAsync), isLambda: false, range: outer.byteRange,
                             nameRange: nameNode?.byteRange ?? n.byteRange, scope: scope)
        module.functions.append(fn)
        fn.decorators = decorators
        if current.type == .classBlock { fn.enclosingClass = classStack.last }
        fn.enclosingFunction = functionStack.last

        // Defaults and annotations are evaluated in the enclosing scope.
        let params = n.child(field: "parameters")
        fn.parameters = params.map { lowerParameters($0) } ?? []
        if let ret = n.child(field: "return_type") { fn.returns = lowerAnnotation(ret) }

        let block = ScopeBuilder(type: .function, scope: scope, qualifiedName: qual,
                                 privateName: current.privateName, parent: current)
        block.function = fn
        let saved = pushBlock(block)
        for p in fn.parameters { bind(p.name, .param) }
        functionStack.append(fn)
        fn.body = lowerBody(n)
        functionStack.removeLast()
        current = saved
        fn.isGenerator = block.hasYield
        return fn
    }

    func lowerLambda(_ n: Node) -> FunctionDef {
        let qual = qualifiedName(for: "<lambda>", checkGlobal: false)
        let scope = Scope(kind: .lambda, name: "<lambda>", parent: publicScope(), range: n.byteRange)
        var keyword = n.byteRange
        for c in n.children where !c.isNamed && kind(c) == .lambda { keyword = c.byteRange; break }
        let fn = FunctionDef(id: module.functions.count, name: "<lambda>", qualifiedName: qual, isAsync: false,
                             isLambda: true, range: n.byteRange, nameRange: keyword, scope: scope)
        module.functions.append(fn)
        if current.type == .classBlock { fn.enclosingClass = classStack.last }
        fn.enclosingFunction = functionStack.last
        fn.parameters = n.child(field: "parameters").map { lowerParameters($0) } ?? []

        let block = ScopeBuilder(type: .function, scope: scope, qualifiedName: qual,
                                 privateName: current.privateName, parent: current)
        block.function = fn
        let saved = pushBlock(block)
        for p in fn.parameters { bind(p.name, .param) }
        functionStack.append(fn)
        if let body = n.child(field: "body") {
            let e = lowerExpr(body)
            fn.body = [Stmt(.returnValue(e), body.byteRange)]
        }
        functionStack.removeLast()
        current = saved
        fn.isGenerator = block.hasYield
        return fn
    }

    /// Parameters with defaults and annotations lowered in the current (enclosing) scope.
    func lowerParameters(_ n: Node) -> [Parameter] {
        var out: [Parameter] = []
        var afterStar = false
        for c in named(n) {
            let k = kind(c)
            var nameNode: Node?
            var paramKind: Parameter.Kind = afterStar ? .keywordOnly : .positional
            var defaultValue: Expr?
            var annotation: Expr?
            switch k {
            case .identifier:
                nameNode = c
            case .typed_parameter, .typed_default_parameter, .default_parameter:
                var inner = c.child(field: "name") ?? firstNamed(c)
                if let i = inner {
                    switch kind(i) {
                    case .list_splat_pattern:
                        paramKind = .varPositional
                        inner = firstNamed(i)
                    case .dictionary_splat_pattern:
                        paramKind = .varKeyword
                        inner = firstNamed(i)
                    default:
                        break
                    }
                }
                nameNode = inner
                if let v = c.child(field: "value") { defaultValue = lowerExpr(v) }
                if let t = c.child(field: "type") { annotation = lowerAnnotation(t) }
            case .list_splat_pattern:
                paramKind = .varPositional
                nameNode = firstNamed(c)
            case .dictionary_splat_pattern:
                paramKind = .varKeyword
                nameNode = firstNamed(c)
            case .keyword_separator:
                afterStar = true
                continue
            case .positional_separator:
                for i in out.indices where out[i].kind == .positional { out[i].kind = .positionalOnly }
                continue
            default:
                // Python 2 tuple parameters and anything unexpected: keep a placeholder.
                out.append(Parameter(name: "." + String(out.count), kind: paramKind, range: c.byteRange))
                continue
            }
            if paramKind == .varPositional { afterStar = true }
            guard let nn = nameNode, kind(nn) == .identifier || kind(nn) == .keyword_identifier else {
                out.append(Parameter(name: "." + String(out.count), kind: paramKind, defaultValue: defaultValue,
                                     annotation: annotation, range: c.byteRange))
                continue
            }
            out.append(Parameter(name: ident(nn), kind: paramKind, defaultValue: defaultValue,
                                 annotation: annotation, range: c.byteRange))
        }
        return out
    }

    // MARK: - Classes

    func lowerClass(_ n: Node, decorators: [Expr], outer: Node) -> ClassDef {
        noteTypeParameters(n)
        let nameNode = n.child(field: "name")
        let name = nameNode.map(ident) ?? "<missing>"
        let qual = qualifiedName(for: name, checkGlobal: true)
        bind(name, [.local, .definition])
        var bases: [Expr] = []
        var keywords: [Argument] = []
        if let supers = n.child(field: "superclasses") {
            for a in lowerArguments(supers) {
                switch a.kind {
                case .positional: bases.append(a.value)
                case .starred: bases.append(Expr(.starred(a.value), a.value.range))
                case .keyword, .doubleStarred: keywords.append(a)
                }
            }
        }
        let scope = Scope(kind: .classBody, name: name, parent: publicScope(), range: n.byteRange)
        let cls = ClassDef(id: module.classes.count, name: name, qualifiedName: qual, range: outer.byteRange,
                           nameRange: nameNode?.byteRange ?? n.byteRange, scope: scope)
        module.classes.append(cls)
        cls.bases = bases
        cls.keywords = keywords
        cls.decorators = decorators
        cls.enclosingFunction = functionStack.last
        let block = ScopeBuilder(type: .classBlock, scope: scope, qualifiedName: qual, privateName: name, parent: current)
        let saved = pushBlock(block)
        classStack.append(cls)
        cls.body = lowerBody(n)
        classStack.removeLast()
        current = saved
        return cls
    }

    // MARK: - Comprehensions

    func lowerComprehension(_ n: Node, _ k: K) -> ExprKind {
        let ckind: Comprehension.Kind
        let scopeName: String
        switch k {
        case .list_comprehension: ckind = .list; scopeName = "<listcomp>"
        case .set_comprehension: ckind = .set; scopeName = "<setcomp>"
        case .dictionary_comprehension: ckind = .dict; scopeName = "<dictcomp>"
        default: ckind = .generator; scopeName = "<genexpr>"
        }
        let clauses = named(n).filter { kind($0) == .for_in_clause || kind($0) == .if_clause }
        guard let first = clauses.first, kind(first) == .for_in_clause else {
            return .unsupported("comprehension without a for clause")
        }
        // The outermost iterable is evaluated in the enclosing scope.
        let firstIter = lowerForInIter(first)
        let qual = qualifiedName(for: scopeName, checkGlobal: false)
        let scope = Scope(kind: .comprehension, name: scopeName, parent: publicScope(), range: n.byteRange)
        let block = ScopeBuilder(type: .function, isComprehension: true, scope: scope, qualifiedName: qual,
                                 privateName: current.privateName, parent: current)
        let saved = pushBlock(block)
        defer { current = saved }
        block.add(".0", .param)
        var generators: [ComprehensionFor] = []
        for (i, c) in clauses.enumerated() {
            if kind(c) == .for_in_clause {
                let target = c.child(field: "left").map { lowerTarget($0) } ?? missing(c)
                let iter = i == 0 ? firstIter : lowerForInIter(c)
                generators.append(ComprehensionFor(target: target, iter: iter, conditions: [],
                                                   isAsync: hasToken(c, .kwAsync)))
            } else if let cond = firstNamed(c), !generators.isEmpty {
                generators[generators.count - 1].conditions.append(lowerExpr(cond))
            }
        }
        var element: Expr
        var value: Expr?
        if let body = n.child(field: "body") {
            if ckind == .dict && kind(body) == .pair {
                element = lowerExprField(body, "key")
                value = lowerExprField(body, "value")
            } else {
                element = lowerExpr(body)
            }
        } else {
            element = missing(n)
        }
        return .comprehension(Comprehension(kind: ckind, element: element, value: value,
                                            generators: generators, scope: scope))
    }

    func lowerForInIter(_ c: Node) -> Expr {
        let rights = c.children(field: "right")
        if rights.count == 1 { return lowerExpr(rights[0]) }
        if rights.isEmpty { return missing(c) }
        let lo = rights[0].startByte, hi = rights[rights.count - 1].endByte
        return Expr(.tuple(rights.map(lowerElement)), lo..<max(lo, hi))
    }
}
