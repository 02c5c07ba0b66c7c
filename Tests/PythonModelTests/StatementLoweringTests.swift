import Testing
@testable import PythonModel

/// The IR of one statement, rendered by `Module.dump` (without scopes).
private func ir(_ source: String) -> String {
    let m = lower(source)
    var lines = m.dump(includeScopes: false).split(separator: "\n").dropFirst()
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { String($0.dropFirst(2)) }.joined(separator: "\n")
}

@Suite struct StatementLoweringTests {
    @Test func assignmentForms() {
        #expect(ir("a = b = 1") == "assign a = b = 1")
        #expect(ir("a, *b = c") == "assign (a, *b) = c")
        #expect(ir("[x, (y, z)] = v") == "assign [x, (y, z)] = v")
        #expect(ir("o.attr = s[0] = 2") == "assign o.attr = s[0] = 2")
        #expect(ir("x: int = 3") == "annassign x: int = 3")
        #expect(ir("x: list[int]") == "annassign x: list[int]")
        #expect(ir("a += 1") == "augassign a += 1")
        #expect(ir("a //= 2") == "augassign a //= 2")
        #expect(ir("a @= m") == "augassign a @= m")
        #expect(ir("a = yield") == "assign a = yield")
    }

    /// PEP 695: `type X = …` binds X to a typing object (no statement the model skips), and the
    /// type parameters of generic classes, functions and aliases are recorded as typing names.
    @Test func typeAliasesAndTypeParameters() {
        #expect(ir("type Names = list[str]") == "assign Names = <type alias>")
        let m = lower("type Pair[K] = tuple[K, K]\nclass Box[T](Base[T]):\n    pass\ndef first[V, *Ts, **P](xs: list[V]) -> V:\n    return xs[0]\n")
        #expect(m.typeParameterNames == ["K", "T", "V", "Ts", "P", "<type alias>"])
        #expect(!m.dump(includeScopes: false).contains("unsupported"))
    }

    @Test func simpleStatements() {
        #expect(ir("del a, b[1]") == "del a, b[1]")
        #expect(ir("del x") == "del x")
        #expect(ir("pass") == "pass")
        #expect(ir("while 1:\n break\n continue") == "while 1\n  break\n  continue")
        #expect(ir("def f():\n return") == "def f()\n  return")
        #expect(ir("def f():\n return 1, 2") == "def f()\n  return (1, 2)")
        #expect(ir("raise E from e") == "raise E from e")
        #expect(ir("raise") == "raise")
        #expect(ir("global a, b") == "global a, b")
        #expect(ir("def f():\n nonlocal c") == "def f()\n  nonlocal c")
        #expect(ir("assert x, 'm'") == "assert x, 'm'")
        #expect(ir("assert x") == "assert x")
        #expect(ir("a; b") == "expr a\nexpr b")
        #expect(ir("a, b") == "expr (a, b)")
    }

    @Test func ifElifElse() {
        let out = ir("if a:\n  x\nelif b:\n  y\nelif c:\n  z\nelse:\n  w")
        #expect(out == "if a\n  expr x\nelse\n  if b\n    expr y\n  else\n    if c\n      expr z\n    else\n      expr w")
    }

    @Test func loops() {
        #expect(ir("for x, y in z:\n  pass\nelse:\n  pass") == "for (x, y) in z\n  pass\nelse\n  pass")
        #expect(ir("while t:\n  pass\nelse:\n  pass") == "while t\n  pass\nelse\n  pass")
        #expect(ir("async def f():\n  async for i in y: pass") == "async def f()\n  async for i in y\n    pass")
    }

    @Test func withStatements() {
        #expect(ir("with open(x) as f, lock:\n  pass") == "with open(x) as f, lock\n  pass")
        #expect(ir("with (a as b, c as (d, e)):\n  pass") == "with a as b, c as (d, e)\n  pass")
        #expect(ir("async def f():\n  async with z as q: pass") == "async def f()\n  async with z as q\n    pass")
    }

    @Test func tryStatements() {
        let out = ir("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e2\nfinally:\n  f")
        #expect(out == "try\n  expr a\nexcept (A, B) as e\n  expr b\nexcept C\n  expr c\nexcept\n  expr d\nelse\n  expr e2\nfinally\n  expr f")
        #expect(ir("try:\n  a\nexcept* Group as g:\n  b") == "try\n  expr a\nexcept* Group as g\n  expr b")
    }

    @Test func imports() {
        #expect(ir("import a.b.c as d, e.f") == "import a.b.c as d, e.f")
        #expect(ir("from ..a.b import c as d, e") == "from ..a.b import c as d, e")
        #expect(ir("from . import x") == "from . import x")
        #expect(ir("from m import *") == "from m import *")
        #expect(ir("from m import (a,\n  b)") == "from m import a, b")
        #expect(ir("from __future__ import annotations") == "from __future__ import annotations")
        let m = lower("import a.b.c\nimport x.y as z\nfrom m import *")
        #expect(m.scope.symbols["a"]?.flags.contains(.imported) == true)
        #expect(m.scope.symbols["z"]?.flags.contains(.imported) == true)
        #expect(m.scope.symbols["x"] == nil)
        #expect(m.scope.symbols["*"] == nil)
    }

    @Test func functionDefinitions() {
        let m = lower("@dec\n@dec2(x)\ndef f(a, /, b: int = 2, *args, c, d=3, **kw) -> int:\n  pass\ndef g(*, k): pass")
        let f = m.functions[0]
        #expect(f.name == "f")
        #expect(f.decorators.count == 2)
        #expect(f.parameters.map(\.name) == ["a", "b", "args", "c", "d", "kw"])
        #expect(f.parameters.map(\.kind) == [.positionalOnly, .positional, .varPositional, .keywordOnly, .keywordOnly, .varKeyword])
        #expect(f.parameters[1].annotation != nil && f.parameters[1].defaultValue != nil)
        #expect(f.returns != nil)
        // The range includes the decorators; the name range is the identifier.
        #expect(f.range.lowerBound == 0)
        #expect(m.source.text(f.nameRange) == "f")
        #expect(m.source.text(f.parameters[1].range) == "b: int = 2")
        #expect(m.functions[1].parameters.map(\.kind) == [.keywordOnly])
        #expect(ir("async def h(): pass") == "async def h()\n  pass")
    }

    @Test func classDefinitions() {
        let m = lower("@deco\nclass C(B, *more, metaclass=M, **kw):\n  x = 1\n  def m(self): pass\n  if t:\n    def n(self): pass")
        let c = m.classes[0]
        #expect(c.name == "C" && c.qualifiedName == "C")
        #expect(c.bases.count == 2)
        #expect(c.keywords.map(\.kind) == [.keyword, .doubleStarred])
        #expect(c.keywords.first?.name == "metaclass")
        #expect(c.decorators.count == 1)
        #expect(c.methods.map(\.name) == ["m", "n"])
        #expect(c.range.lowerBound == 0)
        #expect(m.source.text(c.nameRange) == "C")
        #expect(m.functions[0].enclosingClass === c)
    }

    @Test func matchStatement() {
        let src = """
        match cmd:
            case [Point(x=0, y=yy) as p, *rest] if rest:
                pass
            case {"k": vv, **others}:
                pass
            case Color.RED | 1 | None:
                pass
            case _:
                pass
        """
        let m = lower(src)
        guard case .match(let subject, let cases)? = m.body.first?.kind else {
            Issue.record("not a match: \(m.dump())"); return
        }
        guard case .name("cmd") = subject.kind else { Issue.record("subject"); return }
        #expect(cases.count == 4)
        #expect(cases[0].bindings == ["yy", "p", "rest"])
        #expect(cases[0].guardExpr != nil)
        #expect(cases[0].patternValues.count == 1) // Point
        #expect(cases[1].bindings == ["vv", "others"])
        #expect(cases[2].bindings.isEmpty)
        #expect(cases[2].patternValues.count == 1) // Color.RED
        #expect(cases[3].bindings.isEmpty)
        #expect(m.scope.symbols["rest"]?.binding == .local)
        #expect(m.scope.symbols["Color"]?.flags.contains(.referenced) == true)
    }

    @Test func python2AndUnknownBecomeUnsupported() {
        let m = lower("print x\nexec code\ny = 1\n")
        #expect(m.body.count == 3)
        if case .unsupported(let why) = m.body[0].kind { #expect(why.contains("print")) } else { Issue.record("print") }
        if case .unsupported = m.body[1].kind {} else { Issue.record("exec: \(m.dump())") }
        if case .assign = m.body[2].kind {} else { Issue.record("the next statement is kept") }
    }

    @Test func commentsAreCollectedInOrder() {
        let m = lower("# one\nx = [1,  # two\n  2]\ndef f():\n    # three\n    pass\ns = '# no'  # four\n")
        #expect(m.comments.map(\.text) == ["# one", "# two", "# three", "# four"])
        #expect(lower("x = 1\n").comments.isEmpty)
        #expect(m.source.text(m.comments[1].range) == "# two")
    }

    /// The second reading's forms lower as Python means them: items still unpacked, handlers
    /// still catching the tuple.
    @Test func secondReadingFormsLowerAsWritten() throws {
        let m = lower("g = 1, *\"ten\"\ntry:\n    pass\nexcept A, B:\n    pass\nexcept *(C, D):\n    pass\n")
        guard case .assign(_, let value) = m.body[0].kind, case .tuple(let items) = value.kind else {
            Issue.record("not a tuple assignment"); return
        }
        #expect(items.count == 2)
        if case .starred = items[1].kind {} else { Issue.record("the string is not unpacked") }
        guard case .tryStmt(_, let handlers, _, _) = m.body[1].kind, handlers.count == 2 else {
            Issue.record("not a try with two handlers"); return
        }
        if case .tuple(let types)? = handlers[0].type?.kind { #expect(types.count == 2) } else { Issue.record("except A, B is not a tuple") }
        #expect(handlers[1].isGroup)
    }
}
