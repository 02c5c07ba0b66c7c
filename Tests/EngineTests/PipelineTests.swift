import Foundation
import Project
import Rules
import Syntax
import Testing
@testable import Engine

@Suite struct DecodingTests {
    func decode(_ bytes: [UInt8]) -> Result<SourceDecoding.Decoded, SourceDecoding.Failure> { SourceDecoding.decode(bytes) }

    @Test func bomIsStripped() throws {
        let d = try decode([0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8)).get()
        #expect(d.bytes == Array("x = 1\n".utf8))
        #expect(d.hadBOM)
    }

    @Test func latin1AndCp1252CookiesTranscode() throws {
        let latin = try decode(Array("# -*- coding: latin-1 -*-\ns = '".utf8) + [0xE9] + Array("'\n".utf8)).get()
        #expect(String(decoding: latin.bytes, as: UTF8.self) == "# -*- coding: latin-1 -*-\ns = 'é'\n")
        #expect(latin.transcodedFrom == "latin-1")
        let cp = try decode(Array("#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\ns = '".utf8) + [0x80] + Array("'\n".utf8)).get()
        #expect(String(decoding: cp.bytes, as: UTF8.self).hasSuffix("s = '€'\n"))
        #expect(try decode(Array("# coding=utf-8\nx = 'é'\n".utf8)).get().transcodedFrom == nil)
    }

    @Test func cookieOnlyOnTheFirstTwoLines() {
        // Line 1 is code: a cookie on line 2 does not count, so latin-1 bytes are invalid UTF-8.
        let r = decode(Array("x = 1\n# coding: latin-1\ns = '".utf8) + [0xE9] + Array("'\n".utf8))
        #expect(r == .failure(.invalidUTF8(byte: 0xE9, row: 3, column: 6)))
        let third = decode(Array("#\n#\n# coding: latin-1\n".utf8) + [0xE9])
        #expect(third == .failure(.invalidUTF8(byte: 0xE9, row: 4, column: 1)))
    }

    @Test func invalidUTF8NamesByteAndPosition() {
        #expect(decode(Array("a = 1\r\nb = 'é".utf8) + [0xFF]) == .failure(.invalidUTF8(byte: 0xFF, row: 2, column: 7)))
        #expect(decode([0xC0, 0x80]) == .failure(.invalidUTF8(byte: 0xC0, row: 1, column: 1))) // overlong
        #expect(decode([0xED, 0xA0, 0x80]) == .failure(.invalidUTF8(byte: 0xED, row: 1, column: 1))) // surrogate
        #expect(SourceDecoding.Failure.invalidUTF8(byte: 0xFF, row: 2, column: 7).description
                == "file is not valid UTF-8 (invalid byte 0xff at 2:7)")
        if case .failure(.unknownEncoding("klingon")) = decode(Array("# coding: klingon\n".utf8)) {} else { Issue.record("expected unknown encoding") }
        if case .failure(.bomConflict) = decode([0xEF, 0xBB, 0xBF] + Array("# coding: latin-1\n".utf8)) {} else { Issue.record("expected a BOM conflict") }
    }

    @Test func endToEndDecoding() throws {
        let d = TempDir()
        d.write("bom.py", bytes: [0xEF, 0xBB, 0xBF] + Array("é = BAD\n".utf8))
        d.write("crlf.py", "x = 1\r\ny = BAD\r\n")
        d.write("latin.py", bytes: Array("# coding: iso-8859-1\ns = '".utf8) + [0xE9, 0xE9] + Array("' + BAD\n".utf8))
        d.write("broken.py", bytes: Array("x = BAD\n".utf8) + [0xFE])
        let r = try lint(d)
        #expect(summary(r) == ["bom.py:1:5 HL101", "broken.py:1:1 HL900", "crlf.py:2:5 HL101", "latin.py:2:12 HL101"])
        #expect(r.diagnostics[1].message == "file is not valid UTF-8 (invalid byte 0xfe at 2:1)")
    }
}

@Suite struct PipelineTests {
    @Test func moduleNames() {
        let d = TempDir()
        d.write("app/__init__.py", "")
        d.write("app/core/__init__.py", "")
        d.write("app/core/cache.py", "")
        d.write("app/loose/mod.py", "")
        d.write("top.py", "")
        #expect(Paths.moduleName(forFile: d.path + "/app/core/cache.py") == "app.core.cache")
        #expect(Paths.moduleName(forFile: d.path + "/app/core/__init__.py") == "app.core")
        #expect(Paths.moduleName(forFile: d.path + "/app/__init__.py") == "app")
        #expect(Paths.moduleName(forFile: d.path + "/app/loose/mod.py") == "mod")
        #expect(Paths.moduleName(forFile: d.path + "/top.py") == "top")
        #expect(Paths.moduleName(forFile: d.path + "/app/core/stub.pyi") == "app.core.stub")
    }

    @Test func moduleNameReachesTheRules() throws {
        let d = TempDir()
        d.write("pkg/__init__.py", "")
        d.write("pkg/m.py", "x = 1\n")
        let names = NamesBox()
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { m, _ in names.add(m.name); return [] }, toolVersion: "t")
        _ = try Linter.run(LintOptions(paths: [], useCache: false, workingDirectory: d.path, jobs: 1), environment: env)
        #expect(names.all.sorted() == ["pkg", "pkg.m"])
    }

    @Test func findingsBecomeDiagnostics() throws {
        let d = TempDir()
        d.write("a.py", "s = 'ü' + BAD\n")
        let r = try lint(d)
        let diag = try #require(r.diagnostics.first)
        #expect(diag.location == SourceLocation(row: 1, column: 11))
        #expect(diag.endLocation == SourceLocation(row: 1, column: 14))
        #expect(diag.noqaRow == 1)
        #expect(diag.filename == "a.py")
        #expect(diag.retentionSteps == [Diagnostic.ReportedStep(label: "module", location: SourceLocation(row: 1, column: 11))])
        #expect(diag.fix?.edits == [Diagnostic.ReportedEdit(content: "GOOD", location: SourceLocation(row: 1, column: 11),
                                                             endLocation: SourceLocation(row: 1, column: 14))])
        #expect(diag.fix?.applicability == "safe")
        #expect(diag.excerpt?.lineText(row: 1) == "s = 'ü' + BAD")
        #expect(diag.url == nil)
    }

    @Test func deterministicWhateverTheThreadCount() throws {
        let d = TempDir()
        for i in 0..<40 { d.write("p\(i % 5)/m\(i).py", String(repeating: "x = BAD; y = WORSE\n", count: i % 4 + 1)) }
        d.write("bad.py", bytes: [0xFF])
        let one = try lint(d) { $0.jobs = 1 }
        let four = try lint(d) { $0.jobs = 4 }
        #expect(summary(one) == summary(four))
        #expect(one.diagnostics.map(\.message) == four.diagnostics.map(\.message))
        #expect(one.filesChecked == 41)
        #expect(summary(one).count == 1 + (0..<40).map { 2 * ($0 % 4 + 1) }.reduce(0, +))
    }

    @Test func stdinUsesTheNamesConfiguration() throws {
        let d = TempDir()
        d.write("sub/heaplint.toml", "ignore = [\"HL101\"]\n")
        let r = try lint(d) {
            $0.stdinSource = Array("x = BAD\ny = WORSE\n".utf8)
            $0.stdinFilename = "sub/new.py"
        }
        #expect(summary(r) == ["sub/new.py:2:5 HL201"])
        #expect(r.filesChecked == 1)
    }

    @Test func hostileInputsDoNotCrash() throws {
        let d = TempDir()
        d.write("deep.py", "x = " + String(repeating: "(", count: 100_000) + "BAD" + String(repeating: ")", count: 100_000) + "\n")
        d.write("nul.py", bytes: Array("x = 1\u{0}\ny = BAD # noqa\n".utf8))
        d.write("py2.py", "print 'hello'\nexec \"x\"\nz = BAD\n")
        d.write("tabs.py", "if x:\n\ty = BAD\n        z = 1\n")
        d.write("empty.py", "")
        d.write("cr.py", "a = 1\rb = BAD\r")
        let r = try lint(d) { $0.jobs = 3 }
        // CPython rejects NUL bytes, Python 2 statements, inconsistent tabs and 100,000 nested
        // parentheses: HL901, with the rest of each file linted (the too-deep part is not parsed).
        // A lone CR ends a line, as in CPython: no syntax error in cr.py.
        #expect(summary(r) == ["cr.py:2:5 HL101", "deep.py:1:205 HL901", "deep.py:1:100005 HL101", "nul.py:1:6 HL901",
                               "py2.py:1:1 HL901", "py2.py:2:1 HL901", "py2.py:3:5 HL101", "tabs.py:2:6 HL101", "tabs.py:3:1 HL901"])
        // Nothing in a file CPython rejects ran: no verdict pretends it did.
        #expect(r.diagnostics.filter { $0.code == "HL101" && ["py2.py", "tabs.py"].contains($0.filename) }.allSatisfy { $0.verdict == .unknown })
        #expect(r.diagnostics.filter { $0.code == "HL901" }.allSatisfy { $0.verdict == nil })
    }

    @Test func selectAndIgnoreApplyToHL900() throws {
        let d = TempDir()
        d.write("bad.py", bytes: [0xFF])
        #expect(summary(try lint(d) { $0.overrides.select = ["HL1"] }).isEmpty)
        #expect(summary(try lint(d) { $0.overrides.select = ["HL9"] }) == ["bad.py:1:1 HL900"])
    }
}

@Suite struct CacheTests {
    @Test func hitMissAndCorruption() throws {
        let d = TempDir()
        d.write("a.py", "x = BAD\n")
        let calls = NamesBox()
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { m, s in calls.add(m.name); return fakeRules(m, s) }, toolVersion: "t1")
        let options = LintOptions(paths: [], useCache: true, workingDirectory: d.path, jobs: 1)
        let first = try Linter.run(options, environment: env)
        #expect(calls.all.count == 1)
        let second = try Linter.run(options, environment: env)
        #expect(calls.all.count == 1) // hit
        #expect(summary(second) == summary(first))
        #expect(second.diagnostics.first?.excerpt?.lineText(row: 1) == "x = BAD")
        #expect(second.diagnostics.first?.fix == first.diagnostics.first?.fix)
        #expect(second.diagnostics.first?.evidence == first.diagnostics.first?.evidence)

        // Content, settings and version changes miss.
        d.write("a.py", "x = BAD\ny = BAD\n")
        #expect(try Linter.run(options, environment: env).diagnostics.count == 2)
        #expect(calls.all.count == 2)
        var ignoring = options; ignoring.overrides.ignore = ["HL101"]
        #expect(try Linter.run(ignoring, environment: env).diagnostics.isEmpty)
        #expect(calls.all.count == 3)
        var env2 = env; env2.toolVersion = "t2"
        _ = try Linter.run(options, environment: env2)
        #expect(calls.all.count == 4)

        // Corrupt every entry: ignored and rebuilt.
        let dir = d.path + "/.heaplint_cache/v\(LintCache.formatVersion)"
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(!entries.isEmpty)
        for e in entries { FileManager.default.createFile(atPath: dir + "/" + e, contents: Data("{not json".utf8)) }
        #expect(try Linter.run(options, environment: env2).diagnostics.count == 2)
        #expect(calls.all.count == 5)
        _ = try Linter.run(options, environment: env2)
        #expect(calls.all.count == 5) // rebuilt

        // useCache = false bypasses it.
        var noCache = options; noCache.useCache = false
        _ = try Linter.run(noCache, environment: env2)
        #expect(calls.all.count == 6)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir)).contains { $0.hasSuffix(".tmp") })
    }
}

@Suite struct FixTests {
    @Test func applyWritesAtomicallyKeepsModeAndIsIdempotent() throws {
        let d = TempDir()
        let path = d.write("a.py", "x = BAD\ny = WORSE  # BAD\n")
        #expect(chmod(path, 0o751) == 0)
        let r = try lint(d) { $0.fixMode = .apply }
        #expect(d.read("a.py") == "x = GOOD\ny = WORSE  # GOOD\n")
        #expect(r.fixedCount == 2)
        #expect(summary(r) == ["a.py:2:5 HL201"]) // re-linted: what remains
        var st = stat()
        let statted = stat(path, &st)
        #expect(statted == 0)
        #expect(st.st_mode & 0o7777 == 0o751)
        let again = try lint(d) { $0.fixMode = .apply }
        #expect(again.fixedCount == 0)
        #expect(d.read("a.py") == "x = GOOD\ny = WORSE  # GOOD\n")
        // Unsafe fixes only when asked.
        let unsafe = try lint(d) { $0.fixMode = .apply; $0.unsafeFixes = true }
        #expect(unsafe.fixedCount == 1)
        #expect(d.read("a.py") == "x = GOOD\ny = BETTER  # GOOD\n")
        #expect(unsafe.diagnostics.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.path).sorted() == ["a.py"])
    }

    @Test func diffWritesNothing() throws {
        let d = TempDir()
        d.write("a.py", "one\ntwo\nx = BAD\nthree\n")
        let r = try lint(d) { $0.fixMode = .diff }
        #expect(d.read("a.py") == "one\ntwo\nx = BAD\nthree\n")
        #expect(r.fixedCount == 1)
        #expect(r.diff == "--- a.py\n+++ a.py\n@@ -1,4 +1,4 @@\n one\n two\n-x = BAD\n+x = GOOD\n three\n")
        #expect(summary(r) == ["a.py:3:5 HL101"])
    }

    @Test func refusesWhenTheFileChangedSinceLinting() throws {
        let d = TempDir()
        let path = d.write("a.py", "x = BAD\n")
        // The rule runner edits the file behind the engine's back, after it was read.
        let env = LintEnvironment(knownCodes: testCodes, ruleRunner: { m, s in
            _ = FileManager.default.createFile(atPath: path, contents: Data("x = BAD  # edited\n".utf8))
            return fakeRules(m, s)
        }, toolVersion: "t")
        let r = try Linter.run(LintOptions(paths: [], useCache: false, workingDirectory: d.path, jobs: 1, fixMode: .apply), environment: env)
        #expect(d.read("a.py") == "x = BAD  # edited\n")
        #expect(r.fixedCount == 0)
        #expect(r.diagnostics.contains { $0.code == "HL900" && $0.message.contains("changed since it was linted") })
    }

    @Test func overlappingFixesApplyOneAtATime() throws {
        let source = SourceText("abcdef\n")
        func diag(_ lo: Int, _ hi: Int, _ text: String) -> Diagnostic {
            Diagnostic(code: "HL101", name: "n", message: "m", severity: .warning, filename: "f",
                       location: SourceLocation(row: 1, column: lo), endLocation: SourceLocation(row: 1, column: hi), noqaRow: 1,
                       fix: .init(applicability: "safe", message: "m", edits: [.init(content: text, location: SourceLocation(row: 1, column: lo),
                                                                                    endLocation: SourceLocation(row: 1, column: hi))]),
                       verdict: .confirmed)
        }
        let (bytes, applied) = FixApplier.apply([diag(2, 4, "X"), diag(3, 5, "Y"), diag(5, 6, "Z")], to: source, unsafeFixes: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "aXdZf\n")
        #expect(applied == 2)
    }

    @Test func unifiedDiffShapes() {
        #expect(UnifiedDiff.make(old: "a\nb", new: "a\nc", name: "f") ==
                "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
        let old = (1...20).map { "l\($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "l2\n", with: "L2\n").replacingOccurrences(of: "l18\n", with: "")
        #expect(UnifiedDiff.make(old: old, new: new, name: "f") == """
        --- f
        +++ f
        @@ -1,5 +1,5 @@
         l1
        -l2
        +L2
         l3
         l4
         l5
        @@ -15,6 +15,5 @@
         l15
         l16
         l17
        -l18
         l19
         l20

        """)
        #expect(UnifiedDiff.make(old: "same\n", new: "same\n", name: "f") == "")
    }

    @Test func bomIsKeptWhenFixing() throws {
        let d = TempDir()
        d.write("a.py", bytes: [0xEF, 0xBB, 0xBF] + Array("x = BAD\n".utf8))
        _ = try lint(d) { $0.fixMode = .apply }
        #expect(Array(FileManager.default.contents(atPath: d.path + "/a.py")!) == [0xEF, 0xBB, 0xBF] + Array("x = GOOD\n".utf8))
    }
}

final class NamesBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
