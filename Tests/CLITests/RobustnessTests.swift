import Foundation
import Testing

/// Hostile inputs through the built binary: every one gets a clear finding or message, the exit
/// code is 0, 1 or 2, and the rest of the run goes on.
@Suite struct RobustnessTests {
    static let leak = "def f(x, acc=[]):\n    acc.append(x)\n"

    struct Finding {
        var code: String
        var row: Int
        var column: Int
        var message: String
        var verdict: String
    }

    /// Lints `files` (name -> bytes) as JSON and returns the exit code, the findings and stderr.
    func lint(_ files: [String: [UInt8]], arguments: [String] = [], stdin: String? = nil)
        throws -> (status: Int32, findings: [Finding], stderr: String) {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for (name, bytes) in files {
            let url = dir.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json"] + arguments, in: dir.url, stdin: stdin)
        #expect([0, 1, 2].contains(out.status), "exit \(out.status): \(out.stderr)")
        let array = (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8))) as? [[String: Any]] ?? []
        let findings = array.map { d -> Finding in
            let loc = d["location"] as? [String: Any] ?? [:]
            return Finding(code: d["code"] as? String ?? "", row: loc["row"] as? Int ?? 0, column: loc["column"] as? Int ?? 0,
                           message: d["message"] as? String ?? "", verdict: d["verdict"] as? String ?? "")
        }
        return (out.status, findings, out.stderr)
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func strayClosingParenIsHL901AndTheRestIsLinted() throws {
        let r = try lint(["a.py": bytes("x = 1)\n" + Self.leak)])
        #expect(r.status == 1)
        let syntax = r.findings.filter { $0.code == "HL901" }
        #expect(syntax.count == 1)
        #expect(syntax.first?.row == 1 && syntax.first?.column == 6)
        #expect(syntax.first?.message.contains("`)`") == true)
        #expect(r.findings.contains { $0.code == "HL101" && $0.row == 2 })
    }

    @Test func unclosedBracketIsHL901() throws {
        // The whole module parses as one ERROR node: still a syntax error, never "All checks passed".
        let r = try lint(["a.py": bytes("x = (1, 2\n" + Self.leak)])
        #expect(r.status == 1)
        #expect(r.findings.contains { $0.code == "HL901" })
    }

    @Test func python2CodeIsHL901() throws {
        let source = "print \"x\"\nexec \"x\"\ny = `1`\nif 1 <> 2: pass\nz = 10L\ntry:\n    pass\nexcept E, e:\n    pass\n" + Self.leak
        let r = try lint(["a.py": bytes(source)])
        let rows = r.findings.filter { $0.code == "HL901" }.map(\.row)
        // `except E, e:` is valid Python 3.14 (PEP 758: catches E or e), so it is no syntax error.
        #expect(rows == [1, 2, 3, 4, 5])
        #expect(r.findings.first { $0.row == 1 }?.message.contains("print(...)") == true)
        #expect(r.findings.contains { $0.code == "HL101" && $0.row == 10 })
        // PEP 758: `except A, B:` is Python 3.14, valid whatever the target version; with `as`, in none.
        for target in ["py38", "py311", "py314"] {
            let py314 = try lint(["a.py": bytes("try:\n    pass\nexcept E, F:\n    pass\n")], arguments: ["--target-version", target])
            #expect(py314.findings.isEmpty)
        }
        let withAs = try lint(["a.py": bytes("try:\n    pass\nexcept E, F as e:\n    pass\n")])
        #expect(withAs.findings.map(\.code) == ["HL901"])
    }

    @Test func nulByteIsHL901AndTheRestIsLinted() throws {
        let r = try lint(["a.py": bytes("def f(x, acc=[]):\n    acc.append(x)\u{0}\n    return acc\n")])
        #expect(r.status == 1)
        let nul = r.findings.filter { $0.code == "HL901" }
        #expect(nul.count == 1)
        #expect(nul.first?.message.contains("null bytes") == true)
        #expect(nul.first?.row == 2 && nul.first?.column == 18)
        // The rest is linted, but CPython rejects the file: no verdict pretends it ran.
        #expect(r.findings.contains { $0.code == "HL101" && $0.row == 1 && $0.verdict == "unknown" })
    }
}

extension RobustnessTests {
    @Test func loneCRLineEndingsAreNewlines() throws {
        // Python ends lines at a lone CR; the grammar alone reads `a = 1\rb = 2` as one broken line.
        let r = try lint(["a.py": bytes("a = 1\rdef f(x, acc=[]):\r    acc.append(x)\r")])
        #expect(!r.findings.contains { $0.code == "HL901" })
        #expect(r.findings.contains { $0.code == "HL101" && $0.row == 2 && $0.column == 14 })
    }
}

extension RobustnessTests {
    @Test func missingPathIsAnErrorButTheOtherPathsAreLinted() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("good.py", Self.leak)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("dangling.py").path, withDestinationPath: "nowhere.py")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("a.py").path, withDestinationPath: "b.py")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("b.py").path, withDestinationPath: "a.py")
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "nope.py", "good.py", "dangling.py", "a.py"],
                                   in: dir.url)
        #expect(out.status == 2)
        #expect(out.stderr == "error: nope.py: no such file or directory\n")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let byFile = Dictionary(grouping: findings) { $0["filename"] as? String ?? "" }
        #expect(byFile["good.py"]?.first?["code"] as? String == "HL101")
        #expect(byFile["nope.py"]?.first?["code"] as? String == "HL900")
        #expect((byFile["dangling.py"]?.first?["message"] as? String)?.contains("dangling symbolic link") == true)
        #expect((byFile["a.py"]?.first?["message"] as? String)?.contains("symbolic link loop") == true)
    }
}

extension RobustnessTests {
    @Test func fixOnStdinPrintsTheFixedSource() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "--stdin-filename", "s.py"], in: dir.url,
                                   stdin: "def f(x, a=[]):\n    a.append(x)\n")
        #expect(out.status == 0)
        #expect(out.stdout == "def f(x, a=None):\n    if a is None:\n        a = []\n    a.append(x)\n")
        #expect(out.stderr.contains("1 fixed"))
        // Nothing to fix: the source comes back unchanged.
        let clean = try Heaplint.run(["check", "--no-cache", "--fix", "--stdin-filename", "s.py"], in: dir.url, stdin: "x = 1\n")
        #expect(clean.status == 0)
        #expect(clean.stdout == "x = 1\n")
    }
}

extension RobustnessTests {
    /// `--fix` keeps a CRLF or lone-CR file's line endings; the result compiles; a second `--fix` changes nothing.
    @Test func fixKeepsTheFilesLineEndings() throws {
        for newline in ["\r\n", "\r"] {
            let dir = try TempDir()
            defer { dir.cleanup() }
            let source = ["def f(x, a=[]):", "    a.append(x)", "    return a", ""].joined(separator: newline)
            let file = dir.url.appendingPathComponent("a.py")
            try Data(source.utf8).write(to: file)
            let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "a.py"], in: dir.url)
            #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
            let fixed = try String(contentsOf: file, encoding: .utf8)
            let expected = ["def f(x, a=None):", "    if a is None:", "        a = []", "    a.append(x)", "    return a", ""]
            #expect(fixed == expected.joined(separator: newline), "\(Array(fixed.utf8))")
            _ = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "a.py"], in: dir.url)
            #expect(try String(contentsOf: file, encoding: .utf8) == fixed)
        }
    }
}

extension RobustnessTests {
    /// Two confirmed findings on one line, and two files with the same name: one DOT file each.
    @Test func graphWritesOneFilePerConfirmedFinding() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let source = "def f(x, a=[], b={}):\n    a.append(x)\n    b[x] = x\n"
        try dir.write("p/m.py", source)
        try dir.write("q/m.py", source)
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "--graph", "graphs", "p", "q"], in: dir.url)
        #expect(out.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let confirmed = findings.filter { $0["verdict"] as? String == "confirmed" }.count
        #expect(confirmed == 4)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("graphs").path)
        let dots = names.filter { $0.hasSuffix(".dot") }
        #expect(dots.count == confirmed, "\(names.sorted())")
        for name in dots {
            let text = try String(contentsOf: dir.url.appendingPathComponent("graphs/" + name), encoding: .utf8)
            #expect(text.hasPrefix("digraph") && text.hasSuffix("}\n"))
        }
    }
}

extension RobustnessTests {
    @Test func outputFileThatIsADirectoryIsAClearError() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let out = try Heaplint.run(["check", "--output-file", "out"], in: dir.url)
        #expect(out.status == 2)
        #expect(out.stderr == "error: cannot write out: it is a directory\n")
    }

    @Test func pathsBesideStdinFilenameAreNotSilentlyIgnored() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("a.py", Self.leak)
        let out = try Heaplint.run(["check", "--no-cache", "--stdin-filename", "s.py", "a.py"], in: dir.url, stdin: "x = 1\n")
        #expect(out.status == 0)
        #expect(out.stderr.contains("warning:") && out.stderr.contains("a.py"))
    }
}
