import Testing
@testable import PythonModel

/// Each subtlety of CPython's symtable, asserted directly (the differential test checks them against CPython too).
@Suite struct SymbolTableTests {
    @Test func freeInChildIsCellInParent() {
        let m = lower("def f(a):\n  x = 1\n  def g():\n    return x + a\n  return g")
        #expect(binding(m, "x", in: "f") == .cell)
        #expect(binding(m, "a", in: "f") == .cell)
        #expect(binding(m, "x", in: "f", "g") == .free)
        #expect(scope(m, "f")?.cellVariables == ["a", "x"])
        #expect(scope(m, "f", "g")?.freeVariables == ["a", "x"])
    }

    @Test func freeNamesPassThroughIntermediateFunctions() {
        let m = lower("def f():\n  x = 1\n  def g():\n    def h():\n      return x\n    return h\n  return g")
        #expect(binding(m, "x", in: "f") == .cell)
        #expect(binding(m, "x", in: "f", "g") == .free)
        #expect(binding(m, "x", in: "f", "g", "h") == .free)
        #expect(scope(m, "f", "g")?.symbols["x"]?.flags == [])
    }

    @Test func classScopesAreSkipped() {
        let m = lower("def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n  return C")
        #expect(binding(m, "x", in: "f") == .cell)
        #expect(binding(m, "x", in: "f", "C") == .local)
        #expect(binding(m, "x", in: "f", "C", "m") == .free)
        let top = lower("class D:\n  attr = 1\n  def m(self):\n    return attr")
        #expect(binding(top, "attr", in: "D") == .local)
        #expect(binding(top, "attr", in: "D", "m") == .globalImplicit)
    }

    @Test func superMakesClassCell() {
        let m = lower("class C(B):\n  def m(self):\n    return super().m()\n  def n(self):\n    return 1")
        #expect(binding(m, "__class__", in: "C", "m") == .free)
        #expect(binding(m, "__class__", in: "C") == .cell)
        #expect(binding(m, "__class__", in: "C", "n") == nil)
        let explicit = lower("class C:\n  def m(self):\n    return __class__")
        #expect(binding(explicit, "__class__", in: "C") == .cell)
        let none = lower("class C:\n  def m(self):\n    return 1")
        #expect(binding(none, "__class__", in: "C") == nil)
    }

    @Test func comprehensionScopes() {
        let m = lower("def f(items, n):\n  return [x * n for x in items]")
        let comp = scope(m, "f", "<listcomp>")
        #expect(comp?.kind == .comprehension)
        #expect(comp?.symbols["x"]?.binding == .local)
        #expect(comp?.symbols["n"]?.binding == .free)
        #expect(comp?.symbols[".0"]?.flags.contains(.parameter) == true)
        // The first iterable is resolved in f, so `items` is not in the comprehension.
        #expect(comp?.symbols["items"] == nil)
        #expect(binding(m, "n", in: "f") == .cell)
        #expect(binding(m, "items", in: "f") == .local)
        let gen = lower("def f(a):\n  return (y for y in a for z in y)")
        #expect(scope(gen, "f", "<genexpr>")?.symbols["z"]?.binding == .local)
    }

    @Test func walrusInComprehensionBindsInFunction() {
        let m = lower("def f(data):\n  ys = [(last := v) for v in data]\n  return last")
        #expect(binding(m, "last", in: "f") == .cell)
        #expect(binding(m, "last", in: "f", "<listcomp>") == .free)
        let top = lower("r = [(y := v) for v in range(3)]")
        #expect(binding(top, "y", in: "<listcomp>") == .globalExplicit)
        #expect(top.scope.symbols["y"]?.binding == .globalExplicit)
        let plain = lower("def f():\n  if (n := 1):\n    return n")
        #expect(binding(plain, "n", in: "f") == .local)
    }

    @Test func globalAndNonlocal() {
        let m = lower("""
        counter = 0
        def bump():
            global counter
            counter += 1
        def outer():
            total = 0
            def add(v):
                nonlocal total
                total += v
            def shadow():
                global total
                def inner():
                    return total
                return inner
        """)
        #expect(binding(m, "counter", in: "bump") == .globalExplicit)
        #expect(scope(m, "bump")?.symbols["counter"]?.flags.contains(.declaredGlobal) == true)
        #expect(m.scope.symbols["counter"]?.binding == .globalExplicit) // CPython records it at module level
        #expect(binding(m, "total", in: "outer") == .cell)
        #expect(binding(m, "total", in: "outer", "add") == .free)
        #expect(scope(m, "outer", "add")?.symbols["total"]?.flags.contains(.declaredNonlocal) == true)
        #expect(binding(m, "total", in: "outer", "shadow") == .globalExplicit)
        #expect(binding(m, "total", in: "outer", "shadow", "inner") == .globalImplicit)
    }

    @Test func implicitGlobals() {
        let m = lower("def f():\n  return len(x)")
        #expect(binding(m, "len", in: "f") == .globalImplicit)
        #expect(binding(m, "x", in: "f") == .globalImplicit)
        #expect(scope(m, "f")?.binding(of: "never_mentioned") == .globalImplicit)
    }

    @Test func bindingForms() {
        let m = lower("""
        def f():
            del gone
            try:
                pass
            except E as err:
                pass
            import a.b
            import c.d as e
            from m import n as o
            for i, (j, *k) in []:
                pass
            with cm as w:
                pass
            match s:
                case [cap, *rest]:
                    pass
            ann: int
            obj.attr = 1
        """)
        for name in ["gone", "err", "a", "e", "o", "i", "j", "k", "w", "cap", "rest", "ann"] {
            #expect(binding(m, name, in: "f") == .local, "\(name)")
        }
        #expect(binding(m, "c", in: "f") == nil)
        #expect(binding(m, "obj", in: "f") == .globalImplicit)
        #expect(scope(m, "f")?.symbols["a"]?.flags.contains(.imported) == true)
        #expect(scope(m, "f")?.symbols["ann"]?.flags.contains(.annotated) == true)
    }

    @Test func defaultsAnnotationsAndDecoratorsUseEnclosingScope() {
        let m = lower("def outer():\n  d = 1\n  @dec\n  def inner(a: T = d) -> R:\n    return a\n  return inner")
        #expect(binding(m, "d", in: "outer") == .local)
        #expect(binding(m, "T", in: "outer") == .globalImplicit)
        #expect(binding(m, "R", in: "outer") == .globalImplicit)
        #expect(binding(m, "dec", in: "outer") == .globalImplicit)
        #expect(binding(m, "d", in: "outer", "inner") == nil)
        #expect(binding(m, "a", in: "outer", "inner") == .local)
        #expect(scope(m, "outer", "inner")?.symbols["a"]?.flags.contains(.parameter) == true)
        #expect(scope(m, "outer")?.symbols["inner"]?.flags.contains(.definition) == true)
    }

    @Test func privateNamesAreMangled() {
        let m = lower("class Foo:\n  __secret = 1\n  def m(self):\n    __x = 2\n    return __x")
        #expect(binding(m, "_Foo__secret", in: "Foo") == .local)
        #expect(binding(m, "_Foo__x", in: "Foo", "m") == .local)
        #expect(binding(m, "__x", in: "Foo", "m") == nil)
        // `binding(of:)` takes names as written in the source.
        #expect(scope(m, "Foo", "m")?.binding(of: "__x") == .local)
        #expect(scope(m, "Foo")?.binding(of: "__secret") == .local)
        #expect(scope(m, "Foo")?.mangled("__dunder__") == "__dunder__")
    }

    @Test func qualifiedNamesAndIndex() {
        let m = lower("""
        class A:
            def m(self):
                def g():
                    return lambda: 1
                return g
        def f():
            global h
            def h(): pass
            class L: pass
        """)
        #expect(m.functions.map(\.qualifiedName) == ["A.m", "A.m.<locals>.g", "A.m.<locals>.g.<locals>.<lambda>", "f", "h"])
        #expect(m.classes.map(\.qualifiedName) == ["A", "f.<locals>.L"])
        #expect(m.functions.map(\.id) == [0, 1, 2, 3, 4])
        #expect(m.functions[0].enclosingClass === m.classes[0])
        #expect(m.functions[1].enclosingClass == nil)
        #expect(m.functions[1].enclosingFunction === m.functions[0])
        #expect(m.classes[1].enclosingFunction === m.functions[3])
    }

    @Test func generatorsAreFlagged() {
        let m = lower("def g():\n  yield 1\ndef n():\n  return (x for x in y)\nlam = lambda: (yield)")
        #expect(m.functions[0].isGenerator)
        #expect(!m.functions[1].isGenerator)
        #expect(m.functions[2].isGenerator)
    }
}
