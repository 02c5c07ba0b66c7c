import Foundation
import Testing

/// Parsing as CPython decides it, through the built binary: code valid in any Python from 3.8 to
/// 3.14 is linted whatever `--target-version` says; code CPython rejects is HL901 (verdict null)
/// and its findings get no verdict that pretends it ran; coding cookies decode as CPython decodes
/// them; nesting past CPython's limits is one HL901 and the rest of the file is still linted.
@Suite struct ParsingTests {
    static let leak = "\ndef grow(x, acc=[]):\n    acc.append(x)\n    return acc\n"

    struct Finding {
        var code: String
        var row: Int
        var column: Int
        var message: String
        /// nil when the JSON says `null`.
        var verdict: String?
        var retentionPath: [String]
    }

    func lint(_ files: [String: [UInt8]], arguments: [String] = [])
        throws -> (status: Int32, findings: [Finding], stdout: String) {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for (name, bytes) in files {
            try Data(bytes).write(to: dir.url.appendingPathComponent(name))
        }
        let out = try Heaplint.run(["check", "--no-cache", "--isolated", "--show-refuted", "--output-format", "json"] + arguments,
                                   in: dir.url)
        #expect([0, 1].contains(out.status), "exit \(out.status): \(out.stderr)")
        let array = (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8))) as? [[String: Any]] ?? []
        let findings = array.map { d -> Finding in
            let loc = d["location"] as? [String: Any] ?? [:]
            let evidence = d["evidence"] as? [String: Any]
            return Finding(code: d["code"] as? String ?? "", row: loc["row"] as? Int ?? 0, column: loc["column"] as? Int ?? 0,
                           message: d["message"] as? String ?? "", verdict: d["verdict"] as? String,
                           retentionPath: evidence?["retention_path"] as? [String] ?? [])
        }
        // Every engine finding has `"verdict": null`, every rule finding a verdict.
        for (d, f) in zip(array, findings) {
            if f.code.hasPrefix("HL9") { #expect(d["verdict"] is NSNull, "\(f.code) \(f.message)") }
            else { #expect(f.verdict != nil) }
        }
        return (out.status, findings, out.stdout)
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test(arguments: ["py38", "py311", "py313", "py314"])
    func validCodeOfAnyVersionIsNeverHL901(target: String) throws {
        let sources = [
            // PEP 750 t-strings (3.14), every prefix spelling, nested and with format specs.
            "a = t\"hello {name}\"\nb = T'x{name!r:>{width}}'\nc = tr\"raw \\{name}\"\nd = Rt\"\"\"multi\n{name}\"\"\"\n",
            "e = f\"{t'{name}'}\"\ng = t\"{t'{t\"{name}\"}'}\"\nh = (t\"a{x}\"\n     t\"b{y}\")\n",
            "try:\n    pass\nexcept A, B:\n    pass\n", // PEP 758 (3.14)
            "type X = int\ndef f[T](x: T) -> T:\n    return x\n", // 3.12
            "x = f\"{d[\"k\"]}\"\n", // 3.12 f-string quotes
            "match x:\n    case [1, *rest]:\n        pass\n", // 3.10
            "\"\"\"doc\"\"\"\n# c\nfrom __future__ import annotations, division as d\nfrom __future__ import generator_stop\n",
            "print >>sys.stderr, \"message\"\nprint\n", // a valid Python 3 expression
            "if x:\n\ta = 1\n\tb = 2\nx = 0777.0 + 0777j + 00\nw = '\\u200b'  # \u{200B} in strings and comments\n",
            // A continuation line inside brackets indented less than its statement (test_compile.py).
            "def f():\n    (bar.\nbaz)\n    (bar.\n        baz(\n    ))\n",
            // A starred, parenthesised name as an item of a target (black's tests).
            "*(a), (b) = 1, 2\n[*(c)] = [1]\nfor *(d.e), g in x:\n    pass\ny = 2 *(a)\n",
            "*((a)), (b) = 1, 2\n(*( ( a ) ), ((b))) = 1, 2\n[*((c.d))] = [1]\n",
            // Lines that end on `*`, `.`, a comment or a continuation are not dangling operators.
            "from os import *\nx = 1.\n@dec\ndef f(a, /, b=-1) -> int: return a <= b\nq = [1,\n  2] + \\\n  [3]\nv = 3  # x =\n",
        ]
        for (n, source) in sources.enumerated() {
            let r = try lint(["v\(n).py": bytes(source + Self.leak)], arguments: ["--target-version", target])
            #expect(!r.findings.contains { $0.code.hasPrefix("HL9") }, "\(target) #\(n): \(r.findings.map(\.message))")
            #expect(r.findings.contains { $0.code == "HL101" && $0.verdict == "confirmed" }, "\(target) #\(n)")
        }
    }

    @Test func aTemplateKeepsWhatItInterpolates() throws {
        // A t-string is a Template holding its values, not a str: the argument stays reachable.
        let r = try lint(["t.py": bytes("def remember(item, seen=[]):\n    seen.append(t\"{item}\")\n    return seen\n")])
        let finding = try #require(r.findings.first { $0.code == "HL101" })
        #expect(finding.verdict == "confirmed")
        #expect(finding.retentionPath.contains("item (Template)"))
        #expect(finding.retentionPath.last?.contains("argument") == true, "\(finding.retentionPath)")
        let f = try lint(["f.py": bytes("def remember(item, seen=[]):\n    seen.append(f\"{item}\")\n    return seen\n")])
        #expect(f.findings.first { $0.code == "HL101" }?.retentionPath.last == "item (str)")
    }

    /// Forms that no Python from 3.8 to 3.14 accepts (checked with CPython 3.8–3.13; 3.14 by its
    /// grammar) but that the grammar parses: each is one HL901, and the leak in the same file is
    /// reported without a verdict that pretends the file ran.
    @Test(arguments: [
        ("raise E, v\n", 1, "raise E, V"),
        ("*(a) = 1\n", 1, "unexpected `*`"), // a starred target outside a sequence
        ("x = \na\n", 1, "invalid syntax"), // a line ending on an operator (the grammar read on)
        ("def g(a=[]): a.append(1); b[len(a)] = \ra\n", 1, "invalid syntax"), // a lone CR ends the line (a fuzz stop)
        ("x = 0777\n", 1, "leading zeros"),
        ("x = ur'abc'\n", 1, "`ur` is not a string prefix"),
        ("def f(a, (b, c)):\n    pass\n", 1, "Function parameters cannot be parenthesized"),
        ("f = lambda (a, b): a\n", 1, "Lambda expression parameters"),
        ("print \"x\"\n", 1, "print(...)"),
        ("x = `1`\n", 1, "backquotes"),
        ("x = 1 <> 2\n", 1, "`<>`"),
        ("exec \"code\"\n", 1, "exec(...)"),
        ("try:\n    pass\nexcept A, B as e:\n    pass\n", 3, "when using 'as'"),
        ("x = t\"a\" \"b\"\n", 1, "cannot mix t-string literals"),
        ("x = 1\u{0B}\n", 1, "non-printable character U+000B"),
        ("x\u{200B}y = 1\n", 1, "non-printable character U+200B"),
        ("if x:\n        a = 1\n\tb = 2\n", 3, "inconsistent use of tabs and spaces"),
        ("\"\"\"doc\"\"\"\nimport os\nfrom __future__ import annotations\n", 3, "must occur at the beginning of the file"),
        ("from __future__ import rested_snopes\n", 1, "future feature rested_snopes is not defined"),
    ])
    func rejectedFormIsHL901WithoutVerdicts(source: String, row: Int, message: String) throws {
        let r = try lint(["a.py": bytes(source + Self.leak)])
        let errors = r.findings.filter { $0.code == "HL901" }
        #expect(errors.count == 1, "\(r.findings.map(\.message))")
        #expect(errors.first?.row == row)
        #expect(errors.first?.message.contains(message) == true, "\(errors.first?.message ?? "none")")
        let leak = try #require(r.findings.first { $0.code == "HL101" })
        #expect(leak.verdict == "unknown")
        #expect(leak.message.contains("CPython rejects this file"))
    }

    @Test func aStubFileGetsNoFindingButItsSyntaxErrors() throws {
        // numpy ships `.pyi` stubs with `x=[]` defaults: nothing in a stub runs.
        let stub = try lint(["api.pyi": Array(("def grow(x, acc=[]): ...\n" + Self.leak).utf8)])
        #expect(stub.findings.isEmpty)
        let broken = try lint(["api.pyi": Array("def grow(x, acc=[]:\n    ...\n".utf8)])
        #expect(broken.findings.map(\.code) == ["HL901"])
        // The same text as a module is linted.
        #expect(try lint(["api.py": Array(Self.leak.utf8)]).findings.map(\.code) == ["HL101"])
    }

    @Test func tabErrorFileGetsNoConfirmedGrowth() throws {
        let source = "def f(acc=[]):\n        acc.append(1)\n\tacc.append(2)\n\treturn acc\nf()\n"
        let r = try lint(["tabs.py": bytes(source)])
        #expect(r.findings.map(\.code).sorted() == ["HL101", "HL901"])
        #expect(!r.findings.contains { $0.verdict == "confirmed" })
    }

    @Test func codingCookiesDecodeAsCPythonDoes() throws {
        func file(_ cookie: String, _ encoded: [UInt8]) -> [UInt8] {
            Array("# -*- coding: \(cookie) -*-\nname = \"".utf8) + encoded + Array("\"\n".utf8) + Array(Self.leak.utf8)
        }
        let r = try lint([
            "koi8.py": file("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]), // Привет
            "latin.py": file("latin-1", [0x63, 0x61, 0x66, 0xE9]),
            "cp1252.py": file("cp1252", [0x80]),
            "eucjp.py": file("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC]), // 日本
            "sjis.py": file("shift_jis", [0x93, 0xFA]),
            "cp1251.py": file("windows-1251", [0xCF, 0xF0]),
        ])
        #expect(!r.findings.contains { $0.code.hasPrefix("HL9") }, "\(r.findings.map(\.message))")
        #expect(r.findings.filter { $0.code == "HL101" }.count == 6)
        #expect(r.findings.allSatisfy { $0.row == 4 && $0.column == 17 }, "\(r.findings.map { ($0.row, $0.column) })")
        // CPython rejects these too: a BOM with any cookie but utf-8, an unknown codec, undecodable bytes.
        let bad = try lint([
            "bom-utf8.py": [0xEF, 0xBB, 0xBF] + bytes("# coding: utf8\nx = 1\n"),
            "bom-latin.py": [0xEF, 0xBB, 0xBF] + bytes("# coding: latin-1\nx = 1\n"),
            "unknown.py": bytes("# coding: uft-8\nx = 1\n"),
            "ascii.py": bytes("# coding: ascii\n") + [0x78, 0x3D, 0xE9, 0x0A],
        ])
        #expect(bad.findings.map(\.code) == ["HL900", "HL900", "HL900", "HL900"])
        let fine = try lint(["bom.py": [0xEF, 0xBB, 0xBF] + bytes("# coding: UTF_8\nx = 1\n")])
        #expect(fine.findings.isEmpty)
    }

    @Test func nestingPastCPythonsLimitsIsOneHL901() throws {
        var blocks = "x = 1\n"
        for depth in 0..<10_000 { blocks += String(repeating: " ", count: depth) + "if x:\n" }
        blocks += String(repeating: " ", count: 10_000) + "pass\n"
        var fstring = "1"
        for _ in 0..<300 { fstring = "f\"{" + fstring + "}\"" }
        let parens = "x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "\n"
        let r = try lint(["blocks.py": bytes(blocks + Self.leak), "fstrings.py": bytes("x = " + fstring + "\n" + Self.leak),
                          "parens.py": bytes(parens + Self.leak)])
        let errors = r.findings.filter { $0.code == "HL901" }
        #expect(errors.count == 3, "\(errors.map(\.message))")
        #expect(errors.contains { $0.message.contains("too many levels of indentation") && $0.message.contains("limit of 100") && $0.row == 102 })
        #expect(errors.contains { $0.message.contains("too many nested f-strings") && $0.message.contains("limit of 150") })
        #expect(errors.contains { $0.message.contains("too many nested parentheses") && $0.message.contains("limit of 200") })
        // The valid code after each is still linted (without a verdict: the file does not compile).
        #expect(r.findings.filter { $0.code == "HL101" }.count == 3)
        // Within the limits: no error.
        var ok = ""
        for depth in 0..<99 { ok += String(repeating: " ", count: depth) + "if x:\n" }
        ok += String(repeating: " ", count: 99) + "pass\n"
        let fine = try lint(["ok.py": bytes(ok + "y = " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200) + "\n")])
        #expect(fine.findings.isEmpty, "\(fine.findings.map(\.message))")
    }

    @Test func engineFindingsAreCountedApart() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("bad.py", "print 'x'\n")
        try dir.write("bad2.py", "x = (\n")
        try dir.write("leak.py", Self.leak)
        let out = try Heaplint.run(["check", "--no-cache", "--isolated", "--output-format", "concise"], in: dir.url)
        #expect(out.stdout.contains("bad.py:1:1: HL901 SyntaxError"))
        #expect(!out.stdout.contains("HL901 [")) // no verdict tag on engine findings
        #expect(out.stdout.contains("2 files could not be analysed (2 syntax errors)."), "\(out.stdout)")
        #expect(out.stdout.contains("Found 1 finding ("))
        let stats = try Heaplint.run(["check", "--no-cache", "--isolated", "--statistics"], in: dir.url)
        #expect(stats.stdout.contains("2\tfiles could not be analysed"), "\(stats.stdout)")
        #expect(!stats.stdout.contains("confirmed") || stats.stdout.components(separatedBy: "confirmed").count == 2)
        for format in ["full", "json-lines", "sarif", "github", "junit"] {
            let o = try Heaplint.run(["check", "--no-cache", "--isolated", "--output-format", format], in: dir.url)
            #expect(o.status == 1)
            #expect(!o.stdout.contains("[confirmed] SyntaxError") && !o.stdout.contains("\"verdict\": \"confirmed\",\n      \"evidence\": null"))
        }
        let lines = try Heaplint.run(["check", "--no-cache", "--isolated", "--output-format", "json-lines"], in: dir.url)
        #expect(lines.stdout.split(separator: "\n").filter { $0.contains("\"HL901\"") }.allSatisfy { $0.contains("\"verdict\":null") })
    }

    @Test func statisticsCountUnknownFindingsByReason() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("a.py", "print 'x'\n" + Self.leak)
        let out = try Heaplint.run(["check", "--no-cache", "--isolated", "--statistics"], in: dir.url)
        #expect(out.stdout.contains("unknown, by reason:"), "\(out.stdout)")
        #expect(out.stdout.contains("CPython rejects this file"))
        let json = try Heaplint.run(["check", "--no-cache", "--isolated", "--statistics", "--output-format", "json"], in: dir.url)
        let array = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) as? [[String: Any]] ?? []
        let hl901 = try #require(array.first { $0["code"] as? String == "HL901" })
        #expect(hl901["verdicts"] is NSNull)
        #expect(hl901["files"] as? Int == 1)
        let hl101 = try #require(array.first { $0["code"] as? String == "HL101" })
        #expect((hl101["unknown_reasons"] as? [String: Int])?.values.reduce(0, +) == 1)
    }
}
