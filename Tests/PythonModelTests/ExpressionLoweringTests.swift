import Testing
@testable import PythonModel

/// The IR of one expression statement.
private func ex(_ source: String) -> String {
    let m = lower(source)
    guard let first = m.body.first, case .expr(let e) = first.kind else { return "<not an expression: \(m.dump())>" }
    return IRPrinter().expr(e)
}

private func firstExpr(_ source: String) -> Expr? {
    guard let first = lower(source).body.first, case .expr(let e) = first.kind else { return nil }
    return e
}

@Suite struct ExpressionLoweringTests {
    @Test func constants() {
        #expect(ex("12") == "12")
        #expect(ex("1.5") == "1.5")
        #expect(ex("2j") == "2j")
        #expect(ex("True") == "True")
        #expect(ex("False") == "False")
        #expect(ex("None") == "None")
        #expect(ex("...") == "...")
        if case .constant(.complex("3.5J"))? = firstExpr("3.5J")?.kind {} else { Issue.record("complex") }
        if case .constant(.int("0x1F"))? = firstExpr("0x1F")?.kind {} else { Issue.record("hex int") }
    }

    @Test func strings() {
        #expect(ex("'abc'") == "'abc'")
        #expect(ex("'a' 'b'") == "'ab'")
        #expect(ex("b'x' b'y'") == "b'xy'")
        #expect(ex("r'\\d'") == "'\\d'")
        #expect(ex("f'{x!r:>{w}} and {y}'") == "f(x, w, y)")
        #expect(ex("'a' f'{z}' 'c'") == "f(z)")
        #expect(ex("'''multi\nline'''") == "'multi\nline'")
    }

    @Test func displays() {
        #expect(ex("[*a, b]") == "[*a, b]")
        #expect(ex("{**a, 'k': 1}") == "{**a, 'k': 1}")
        #expect(ex("{1, 2}") == "{1, 2}")
        #expect(ex("(1,)") == "(1,)")
        #expect(ex("()") == "()")
        #expect(ex("[]") == "[]")
        #expect(ex("{}") == "{}")
    }

    @Test func comprehensions() {
        #expect(ex("[x for x in y if z for w in x]") == "listcomp(x for x in y if z for w in x)")
        #expect(ex("{k: v for k, v in d}") == "dictcomp(k: v for (k, v) in d)")
        #expect(ex("{s for s in t}") == "setcomp(s for s in t)")
        #expect(ex("(g for g in h)") == "generatorcomp(g for g in h)")
        #expect(ex("f(x for x in y)") == "f(generatorcomp(x for x in y))")
        let m = lower("[x for x in y]")
        guard case .expr(let e)? = m.body.first?.kind, case .comprehension(let c) = e.kind else {
            Issue.record("no comprehension"); return
        }
        #expect(c.scope.kind == .comprehension)
        #expect(c.scope.name == "<listcomp>")
        #expect(c.scope.parent === m.scope)
        #expect(c.scope.symbols["x"]?.binding == .local)
        // The first iterable is evaluated in the enclosing scope.
        #expect(m.scope.symbols["y"] != nil)
        #expect(c.scope.symbols["y"] == nil)
    }

    @Test func accessAndCalls() {
        #expect(ex("a.b.c") == "a.b.c")
        #expect(ex("a[1]") == "a[1]")
        #expect(ex("a[1:2, ::3]") == "a[(1:2, ::3)]")
        #expect(ex("a[:]") == "a[:]")
        #expect(ex("f(1, *a, k=2, **kw)") == "f(1, *a, k=2, **kw)")
        #expect(ex("f()()") == "f()()")
    }

    @Test func operators() {
        #expect(ex("a + b * c") == "(a + (b * c))")
        #expect(ex("a - b - c") == "((a - b) - c)")
        #expect(ex("a ** -b") == "(a ** (-b))")
        #expect(ex("~a") == "(~a)")
        #expect(ex("+a") == "(+a)")
        #expect(ex("not a") == "(not a)")
        #expect(ex("a and b and c") == "(a and b and c)")
        #expect(ex("a or b and c") == "(a or (b and c))")
        #expect(ex("a not in b") == "(a not in b)")
        #expect(ex("a is not b") == "(a is not b)")
        #expect(ex("a < b <= c == d != e > f >= g in h is i") == "(a < b <= c == d != e > f >= g in h is i)")
        #expect(ex("x if y else z") == "(x if y else z)")
        #expect(ex("a @ b // c % d << e >> f | g ^ h & i") == "((((((a @ b) // c) % d) << e) >> f) | (g ^ (h & i)))")
        #expect(ex("a / b ** c") == "(a / (b ** c))")
        #expect(ex("a ** b ** c") == "(a ** (b ** c))")
        #expect(ex("-a ** b") == "(-(a ** b))")
        #expect(ex("(a + b) * c") == "((a + b) * c)")
        // tree-sitter-python binds `^` tighter than `&`; Python does the opposite.
        #expect(ex("a & b ^ c") == "((a & b) ^ c)")
        #expect(ex("a ^ b & c") == "(a ^ (b & c))")
    }

    @Test func otherExpressions() {
        #expect(ex("(y := 10)") == "(y := 10)")
        #expect(ex("lambda x, *y, z=1, **w: x") == "lambda x, *y, kw:z = 1, **w: x")
        #expect(ex("((((1))))") == "1")
        let m = lower("async def f():\n  await x\n  yield\n  yield 1\n  yield from q\n")
        #expect(m.dump(includeScopes: false).contains("expr await x\n"))
        #expect(m.dump(includeScopes: false).contains("expr yield\n"))
        #expect(m.dump(includeScopes: false).contains("expr yield 1\n"))
        #expect(m.dump(includeScopes: false).contains("expr yield from q\n"))
        #expect(m.functions[0].isGenerator && m.functions[0].isAsync)
        let pow = lower("async def g():\n  await a ** 2\n").dump(includeScopes: false)
        #expect(pow.contains("expr (await a ** 2)\n"), "\(pow)")
    }

    @Test func lambdaDefinitions() {
        let m = lower("f = lambda a, b=1: a + b")
        let fn = m.functions[0]
        #expect(fn.isLambda && fn.name == "<lambda>" && fn.qualifiedName == "<lambda>")
        #expect(m.source.text(fn.nameRange) == "lambda")
        #expect(fn.parameters.map(\.name) == ["a", "b"])
        guard case .returnValue(let v)? = fn.body.first?.kind, let v, case .binary(.add, _, _) = v.kind else {
            Issue.record("lambda body is not a return"); return
        }
        #expect(fn.scope.kind == .lambda)
    }
}
