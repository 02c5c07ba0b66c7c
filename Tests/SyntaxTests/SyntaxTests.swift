import Testing
@testable import Syntax

@Suite struct SourceTextTests {
    @Test func rowsAndScalarColumns() {
        let s = SourceText("a = 1\nb = 'é'; c = 2\r\nd\re")
        #expect(s.lineCount == 4)
        #expect(s.location(of: 0) == SourceLocation(row: 1, column: 1))
        // "b = 'é'; " — é is two bytes but one column.
        let c = Array("a = 1\nb = 'é'; ".utf8).count
        #expect(s.location(of: c) == SourceLocation(row: 2, column: 10))
        #expect(s.lineText(row: 2) == "b = 'é'; c = 2")
        #expect(s.lineText(row: 3) == "d")
        #expect(s.lineText(row: 4) == "e")
    }
}

@Suite struct ParserTests {
    @Test func parsesPython() throws {
        let parser = try Parser()
        let tree = try parser.parse("def f(x, acc=[]):\n    acc.append(x)\n")
        let root = tree.root
        #expect(root.kind == "module")
        #expect(!root.hasError)
        let fn = try #require(root.namedChild(0))
        #expect(fn.kind == "function_definition")
        #expect(fn.child(field: "name")?.text == "f")
        #expect(fn.location == SourceLocation(row: 1, column: 1))
        var kinds: [String] = []
        root.walk { kinds.append($0.kind); return true }
        #expect(kinds.contains("default_parameter"))
        #expect(kinds.filter { $0 == "identifier" }.count == 6)
    }

    /// A parser carries nothing from one file to the next: after a file that ends inside an
    /// unterminated f-string (the grammar's scanner kept its "inside an f-string" flag), the next
    /// file parses exactly as with a fresh parser (it used to get a MISSING dedent: a false HL901).
    @Test func aParserCarriesNoStateBetweenFiles() throws {
        let shared = try Parser()
        let good = "def f(a=[]):  # header\n    # first\n    a.append(1)  # c\n    return a\n"
        let fresh = try Parser().parse(good).root.sexp
        #expect(!fresh.contains("MISSING"))
        for unterminated in ["x = log(f\"request{n}\")\ny = log(f\"unterminated(\n", "s = f'{a!r:", "t = rf\"\"\"{x}\n"] {
            _ = try shared.parse(unterminated)
            #expect(try shared.parse(good).root.sexp == fresh, "after \(unterminated.debugDescription)")
        }
    }

    @Test func reportsSyntaxErrors() throws {
        let tree = try Parser().parse("def f(:\n  pass\nx = = 2\n")
        #expect(tree.root.hasError)
        var errors = 0
        tree.root.walk { node in
            if node.isError { errors += 1; #expect(node.kind == "ERROR") }
            return true
        }
        #expect(errors > 0)
    }

    @Test func nestingPastCPythonsLimitIsReportedOnceAndBlanked() throws {
        let src = "x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "\ny = 2\n"
        let tree = try Parser().parse(src)
        #expect(tree.sourceProblems.count == 1)
        #expect(tree.sourceProblems.first?.range.lowerBound == 4 + 200)
        #expect(!tree.root.hasError)
        #expect(tree.root.namedChild(1)?.text == "y = 2")
    }

    @Test func tStringsParseAsTemplatesWithExactOffsets() throws {
        let src = "a = t\"x{b}\"\nc = rT'{d!r}'\ne = f\"{t'{g}'}\"\nh = it\"no\"\n"
        let tree = try Parser().parse(src)
        // `it"no"` is not a t-string (an identifier then a string): the grammar's error stays.
        #expect(tree.templateStarts == [4, 16, 33])
        var texts: [String] = []
        tree.root.walk { n in
            if n.kind == "string", tree.isTemplate(n) { texts.append(n.text) }
            return true
        }
        #expect(texts == ["t\"x{b}\"", "rT'{d!r}'", "t'{g}'"])
        #expect(tree.root.child(0).map { !$0.hasError } == true)
    }

    /// Valid forms the pinned grammar rejects get a second reading with the same offsets: a
    /// starred string or bracket in a bare tuple, type parameter defaults (3.13), `except A, B:`
    /// (3.14), `except *(A, B):`.
    @Test func validFormsTheGrammarRejectsAreReadAgain() throws {
        let stars = try Parser().parse("g = 1, *\"ten\"\nh = *(1, 2),\ny = 2 * (3)\n")
        #expect(!stars.root.hasError)
        #expect(stars.unpackStars == [7, 18])
        let defaults = try Parser().parse("type A[T=int] = float\ndef f[T=int, *Ts=*tuple[int]](x: T) -> T:\n    return x\n")
        #expect(!defaults.root.hasError)
        let excepts = try Parser().parse("try:\n    pass\nexcept A, B:\n    pass\nexcept *(C, D):\n    pass\n")
        #expect(!excepts.root.hasError)
        #expect(excepts.exceptCommas == [22])
        // A comment at column 0 between an indented decorator and its def is only a comment.
        let comment = try Parser().parse("class R:\n    @render.register\n# a note\n    def _(self, n, t={}):\n        return t\n")
        #expect(!comment.root.hasError)
        // Code no version accepts keeps its error.
        let broken = try Parser().parse("x = = 1\n")
        #expect(broken.root.hasError)
    }

    @Test func tabErrorsAndNonPrintableCharactersAreTokenizerProblems() throws {
        let tabs = try Parser().parse("if x:\n        a = 1\n\tb = 2\n")
        #expect(tabs.sourceProblems.map(\.range.lowerBound) == [20])
        #expect(tabs.sourceProblems.first?.message.contains("TabError") == true)
        let fine = try Parser().parse("if x:\n\ta = 1\n\tb = '\u{0B}'  # \u{200B}\n")
        #expect(fine.sourceProblems.isEmpty)
        let vt = try Parser().parse("x = 1\u{0B}\n")
        #expect(vt.sourceProblems.map(\.message) == ["invalid non-printable character U+000B"])
    }

    @Test func loneCarriageReturnsAreLineBreaks() throws {
        let tree = try Parser().parse("a = 1\rb = 2\r\nc = 3\r")
        #expect(!tree.root.hasError)
        #expect(tree.root.namedChildCount == 3)
        #expect(tree.root.namedChild(1)?.location == SourceLocation(row: 2, column: 1))
        #expect(tree.root.namedChild(1)?.text == "b = 2")
    }

    @Test func walkIsIterativeOnDeepNesting() throws {
        // A left-deep chain of 20,000 operators: a tree that deep, with no bracket nesting past
        // CPython's limit (that part would be blanked before parsing).
        let depth = 20_000
        let src = "x = 1" + String(repeating: " + 1", count: depth) + "\n"
        let tree = try Parser().parse(src)
        var count = 0
        tree.root.walk { _ in count += 1; return true }
        #expect(count > depth)
    }

    @Test func queryPredicatesAreApplied() throws {
        let tree = try Parser().parse("a = 1\nb = 2\nfoo_bar = 3\n")
        let q = try Query(#"((identifier) @id (#match? @id "^[a-z]$"))"#)
        #expect(q.matches(in: tree.root).map { $0.captures[0].node.text } == ["a", "b"])
        let eq = try Query(#"((identifier) @id (#eq? @id "b"))"#)
        #expect(eq.matches(in: tree.root).count == 1)
        let anyOf = try Query(#"((identifier) @id (#any-of? @id "a" "foo_bar"))"#)
        #expect(anyOf.matches(in: tree.root).count == 2)
        let notEq = try Query(#"((identifier) @id (#not-eq? @id "b"))"#)
        #expect(notEq.matches(in: tree.root).count == 2)
    }

    @Test func badQueryThrows() {
        #expect(throws: SyntaxError.self) { try Query("(no_such_node) @x") }
    }
}
