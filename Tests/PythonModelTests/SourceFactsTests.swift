import Testing
@testable import PythonModel

private func firstExpr(_ source: String) -> Expr? {
    guard let first = lower(source).body.first, case .expr(let e) = first.kind else { return nil }
    return e
}

private func fstring(_ source: String) -> FormattedString? {
    if case .fstring(let f)? = firstExpr(source)?.kind { return f }
    return nil
}

/// What the simulator needs from the source text is decided by the lowering (the simulator
/// never reads the source): decoded string contents, f-string parts, callee spellings, rows.
@Suite struct SourceFactsTests {
    @Test func stringContentsAreDecodedUnlessRaw() {
        func value(_ s: String) -> String? {
            if case .constant(.string(let v))? = firstExpr(s)?.kind { return v }
            return nil
        }
        #expect(value(#"'a\nb'"#) == "a\nb")
        #expect(value(#"'\x41\u00e9\t'"#) == "Aé\t")
        #expect(value(#"r'a\nb'"#) == #"a\nb"#)
        #expect(value(#"Rb'x'"#) == nil)          // bytes stay bytes
        #expect(value(#"'\q'"#) == #"\q"#)        // an unknown escape stays as written
    }

    @Test func fstringConversionsPrefixAndPieces() throws {
        let f = try #require(fstring(#"f"acct_{n}-{v!r} {w:>8}""#))
        #expect(f.parts.count == 3)
        #expect(f.repr == [false, true, false])
        #expect(f.literalPrefix == "acct_")
        // (`!r` is formatted from the repr, which `repr` says the field needs.)
        #expect(f.pieces == [.literal("acct_"), .field(spec: nil), .literal("-"), .field(spec: nil), .literal(" "), .field(spec: ">8")])
        // A `:` or `!` inside brackets or quotes of the expression starts no spec or conversion.
        let h = try #require(fstring(#"f"card {row['card'][-4:]} {a != b}""#))
        #expect(h.pieces == [.literal("card "), .field(spec: nil), .literal(" "), .field(spec: nil)])
        #expect(try #require(fstring(#"f"{x!a}""#)).pieces == nil)
        let g = try #require(fstring(#"f'id-{n:04d}\t{{x}}'"#))
        #expect(g.repr == [false])
        #expect(g.pieces == [.literal("id-"), .field(spec: "04d"), .literal("\t{x}")])
        #expect(try #require(fstring(#"rf'a{x}\n'"#)).pieces == nil)
        #expect(try #require(fstring(#"f'\n{x}'"#)).literalPrefix == nil)
        #expect(try #require(fstring("f'{x}'")).literalPrefix == "")
        #expect(try #require(fstring("f'plain'")).literalPrefix == nil)
        let nested = try #require(fstring("f'{x:>{w}}'"))
        #expect(nested.parts.count == 2)
        #expect(nested.pieces == [.field(spec: ">{w}")])
    }

    @Test func calleeSpellingsAndRows() {
        let m = lower("x = 1\nobj . method (1)\nf()()\n")
        var spellings = m.calleeSpellings.values.sorted()
        #expect(spellings == ["f", "f()", "obj . method"])
        let long = "a." + String(repeating: "b", count: 80)
        spellings = Array(lower(long + "()\n").calleeSpellings.values)
        #expect(spellings == [String(long.prefix(60))])
        #expect(m.row(of: 0) == 1)
        #expect(m.row(of: 6) == 2)
        #expect(m.row(of: 24) == 3)
    }

    @Test func leadingNames() {
        #expect(firstExpr("ClassVar[int]")?.leadingName == "ClassVar")
        #expect(firstExpr("typing.ClassVar[int]")?.leadingName == "typing")
        #expect(firstExpr("a.b() | c")?.leadingName == "a")
        #expect(firstExpr("'ClassVar'")?.leadingName == nil)
        #expect(firstExpr("[x]")?.leadingName == nil)
    }
}
