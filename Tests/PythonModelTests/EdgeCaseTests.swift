import Testing
@testable import PythonModel

@Suite struct EdgeCaseTests {
    @Test func typeCallTargetIsAnAssignment() {
        // tree-sitter parses this as a `type` alias statement; it is an attribute assignment.
        let m = lower("def f(self):\n    type(self).saved = 1\n")
        let dump = m.dump(includeScopes: false)
        #expect(dump.contains("assign type(self).saved = 1"), "\(dump)")
        #expect(binding(m, "type", in: "f") == .globalImplicit)
    }

    @Test func parenthesizedAnnotatedNameIsNotBound() {
        let m = lower("def f():\n    (x): int\n    (y): int = 1\n    z: int\n")
        #expect(binding(m, "x", in: "f") == nil)
        #expect(binding(m, "y", in: "f") == .local)
        #expect(binding(m, "z", in: "f") == .local)
    }

    @Test func identifiersAreNFKCNormalized() {
        let m = lower("def f():\n    ｗｉｄｔｈ = 1\n    return width\n")
        #expect(binding(m, "width", in: "f") == .local)
        #expect(scope(m, "f")?.symbols.count == 1)
    }

    @Test func longElifChainsAreNotTooDeep() {
        var src = "if x == 0:\n    a = 0\n"
        for i in 1..<1_000 { src += "elif x == \(i):\n    a = \(i)\n" }
        src += "elif y:\n    late = 1\n"
        let m = lower(src)
        #expect(m.syntaxErrors.isEmpty)
        // The chain nests in `orelse`; past the depth budget it is cut, but every clause's names are recorded.
        #expect(m.scope.symbols["a"]?.binding == .local)
        #expect(m.scope.symbols["late"]?.binding == .local)
        #expect(m.dump(includeScopes: false).contains("nesting too deep"))
        var short = "if x == 0:\n    a = 0\n"
        for i in 1..<100 { short += "elif x == \(i):\n    b\(i) = \(i)\n" }
        let s = lower(short)
        #expect(!s.dump(includeScopes: false).contains("nesting too deep"))
        #expect(s.scope.symbols["b99"]?.binding == .local)
    }

    @Test func futureAnnotationsAreHiddenBlocks() {
        let m = lower("from __future__ import annotations\ndef f(a: Alias) -> Result:\n    v: Thing = 1\n    return v\n")
        #expect(m.scope.symbols["Alias"] == nil)
        #expect(binding(m, "Thing", in: "f") == nil)
        #expect(binding(m, "v", in: "f") == .local)
        #expect(m.functions[0].parameters[0].annotation != nil)
        #expect(m.functions[0].returns != nil)
    }

    @Test func rangesAndLocations() {
        let src = "x = 1\n@deco\nasync def run(a, b=2):\n    return lambda q: q\n"
        let m = lower(src)
        let run = m.functions[0]
        #expect(m.source.location(of: run.range.lowerBound).row == 2)
        #expect(m.source.text(run.nameRange) == "run")
        #expect(m.source.text(run.parameters[1].range) == "b=2")
        #expect(run.isAsync)
        let lam = m.functions[1]
        #expect(m.source.text(lam.nameRange) == "lambda")
        #expect(lam.enclosingFunction === run)
        #expect(lam.qualifiedName == "run.<locals>.<lambda>")
        #expect(run.scope.children.first === lam.scope)
    }

    @Test func exceptGroupAndPython2Except() {
        let m = lower("try:\n    pass\nexcept* (A, B) as eg:\n    pass\n")
        guard case .tryStmt(_, let handlers, _, _)? = m.body.first?.kind else { Issue.record("no try"); return }
        #expect(handlers.first?.isGroup == true)
        #expect(handlers.first?.name == "eg")
        #expect(m.scope.symbols["eg"]?.binding == .local)
    }

    @Test func withTargetsBindNames() {
        let m = lower("def f():\n    with a() as (b, c), d() as e.attr:\n        pass\n")
        #expect(binding(m, "b", in: "f") == .local)
        #expect(binding(m, "c", in: "f") == .local)
        #expect(binding(m, "e", in: "f") == .globalImplicit)
    }
}
