import Foundation
import Testing
@testable import Engine

@Suite struct DiscoveryTests {
    @Test func findsPyAndPyiSortedAndSkipsDefaultExcludes() throws {
        let d = TempDir()
        for f in ["b.py", "a/z.pyi", "a/y.py", "notes.txt", "setup.cfg", ".venv/lib/x.py", "build/gen.py", "node_modules/m.py",
                  "site-packages/s.py", ".git/hooks/h.py", ".heaplint_cache/c.py", "__pypackages__/p.py", "pkg/dist/d.py"] {
            // (A syntax error: reported in stubs too, which get no other finding.)
            d.write(f, "x = (\n")
        }
        let result = try lint(d)
        #expect(files(result) == ["a/y.py", "a/z.pyi", "b.py"])
        #expect(result.filesChecked == 3)
    }

    @Test func explicitPathsAreAlwaysLinted() throws {
        let d = TempDir()
        d.write("build/gen.py", "x = BAD\n")
        d.write("script", "x = BAD\n")
        d.write("venv/inner/v.py", "x = BAD\n")
        let result = try lint(d, ["build/gen.py", "script", "venv"])
        #expect(files(result) == ["build/gen.py", "script", "venv/inner/v.py"])
    }

    @Test func excludeAndExtendExcludePatterns() throws {
        let d = TempDir()
        d.write("heaplint.toml", "extend-exclude = [\"generated\", \"tests/*_fixture.py\", \"*.pyi\"]\n")
        for f in ["app.py", "app.pyi", "generated/g.py", "src/generated/h.py", "tests/a_fixture.py", "tests/test_a.py", "build/b.py"] {
            d.write(f, "x = BAD\n")
        }
        #expect(files(try lint(d)) == ["app.py", "tests/test_a.py"])

        // `exclude` replaces the defaults, as in ruff: build/ is linted again.
        let e = TempDir()
        e.write("heaplint.toml", "exclude = [\"skip_me\"]\n")
        for f in ["build/b.py", "skip_me/s.py", "ok.py"] { e.write(f, "x = BAD\n") }
        #expect(files(try lint(e)) == ["build/b.py", "ok.py"])

        // --extend-exclude from the command line adds to the config.
        let r = try lint(d) { $0.overrides.extendExclude = ["tests"] }
        #expect(files(r) == ["app.py"])
    }

    @Test func gitignoreWithNegationNestedAndInfoExclude() throws {
        let d = TempDir()
        d.mkdir(".git/info")
        d.write(".git/info/exclude", "secret.py\n")
        d.write(".gitignore", "# comment\n*.gen.py\n!keep.gen.py\nlogs/\n/rooted.py\nsub/deep/**\n")
        d.write("pkg/.gitignore", "local.py\n!rooted.py\n")
        for f in ["a.py", "x.gen.py", "keep.gen.py", "logs/l.py", "rooted.py", "pkg/rooted.py", "pkg/local.py",
                  "pkg/b.py", "secret.py", "sub/deep/s.py", "sub/ok.py", "other/logs.py"] {
            d.write(f, "x = BAD\n")
        }
        let result = try lint(d)
        #expect(files(result) == ["a.py", "keep.gen.py", "other/logs.py", "pkg/b.py", "pkg/rooted.py", "sub/ok.py"])
    }

    @Test func gitignoreFoundFromASubdirectoryAndIgnoredOutsideRepositories() throws {
        let d = TempDir()
        d.mkdir(".git")
        d.write(".gitignore", "ignored.py\n")
        d.write("src/ignored.py", "x = BAD\n")
        d.write("src/kept.py", "x = BAD\n")
        #expect(files(try lint(d, ["src"])) == ["src/kept.py"])

        let plain = TempDir() // no .git: .gitignore does not apply
        plain.write(".gitignore", "ignored.py\n")
        plain.write("ignored.py", "x = BAD\n")
        #expect(files(try lint(plain)) == ["ignored.py"])
    }

    @Test func symlinkLoopAndDirectoryNamedLikeAFile() throws {
        let d = TempDir()
        d.write("a/inner.py", "x = BAD\n")
        try FileManager.default.createSymbolicLink(atPath: d.path + "/a/loop", withDestinationPath: d.path + "/a")
        try FileManager.default.createSymbolicLink(atPath: d.path + "/up", withDestinationPath: d.path)
        d.write("x.py/inside.py", "x = BAD\n")
        let result = try lint(d)
        #expect(files(result) == ["a/inner.py", "x.py/inside.py"])
        #expect(result.diagnostics.count == 2)
    }

    @Test func fifoDanglingSymlinkAndMissingPathAreHL900() throws {
        let d = TempDir()
        #expect(mkfifo(d.path + "/pipe.py", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: d.path + "/dangling.py", withDestinationPath: d.path + "/nowhere.py")
        d.write("ok.py", "x = 1\n")
        let result = try lint(d, [".", "missing.py"])
        #expect(summary(result) == ["dangling.py:1:1 HL900", "missing.py:1:1 HL900", "pipe.py:1:1 HL900"])
        #expect(result.diagnostics[0].message.contains("dangling"))
        #expect(result.diagnostics[2].message.contains("FIFO"))
        // Ignoring HL900 silences them.
        #expect(try lint(d, [".", "missing.py"]) { $0.overrides.ignore = ["HL900"] }.diagnostics.isEmpty)
    }

    @Test func pathsOutsideTheWorkingDirectoryStayAbsolute() throws {
        let d = TempDir()
        let outside = TempDir()
        let file = outside.write("o.py", "x = BAD\n")
        let result = try lint(d, [file])
        #expect(result.diagnostics.map(\.filename) == [file])
    }

    @Test func globMatching() {
        #expect(Glob("*.py").matches("a.py"))
        #expect(!Glob("*.py").matches("d/a.py"))
        #expect(Glob("*.py", starCrossesSlash: true).matches("d/a.py"))
        #expect(Glob("**/a.py").matches("a.py"))
        #expect(Glob("**/a.py").matches("x/y/a.py"))
        #expect(Glob("a/**").matches("a/b/c"))
        #expect(Glob("a/**/b").matches("a/b"))
        #expect(Glob("a/**/b").matches("a/x/y/b"))
        #expect(!Glob("a/**/b").matches("ab"))
        #expect(Glob("t?st_[a-c].py").matches("test_b.py"))
        #expect(!Glob("t?st_[!a-c].py").matches("test_b.py"))
        #expect(Glob("\\*.py").matches("*.py"))
        #expect(!Glob("\\*.py").matches("x.py"))
        #expect(Glob("[abc").matches("[abc"))
    }
}
