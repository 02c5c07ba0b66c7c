import Foundation
import Testing

/// The conventions teams rely on, run against the built binary: --force-exclude, colors from the
/// environment, file-level noqa, HL902, --show-files / --show-settings, target-version from
/// requires-python, --fail-on, --add-noqa and progress on a terminal.
@Suite struct ConventionsTests {
    static let leak = "def remember(item, seen=[]):\n    seen.append(item)\n    return len(seen)\n"
    /// Every visible call passes `lines`: the hazard is latent, the verdict `unknown`.
    static let latent = "def render(x, lines=[]):\n    lines.append(x)\n    return lines\n\n\nrender(1, [])\n"

    struct Finding { var code: String; var row: Int; var noqaRow: Int; var verdict: String; var filename: String }

    static func findings(_ out: Heaplint.Output) throws -> [Finding] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]], "\(out.stdout)\n\(out.stderr)")
        return array.map {
            Finding(code: $0["code"] as? String ?? "", row: ($0["location"] as? [String: Any])?["row"] as? Int ?? 0,
                    noqaRow: $0["noqa_row"] as? Int ?? 0, verdict: $0["verdict"] as? String ?? "", filename: $0["filename"] as? String ?? "")
        }
    }

    func withDir(_ files: [String: String], _ body: (TempDir) throws -> Void) throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for (name, text) in files { try dir.write(name, text) }
        try body(dir)
    }

    // MARK: --force-exclude

    @Test func forceExcludeAppliesExcludesToNamedPaths() throws {
        let config = "[tool.heaplint]\nextend-exclude = [\"migrations\"]\n"
        try withDir(["pyproject.toml": config, "migrations/m1.py": Self.leak, "app.py": Self.leak]) { dir throws in
            // Named explicitly: linted, as before.
            let named = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "migrations/m1.py", "app.py"], in: dir.url)
            #expect(named.status == 1)
            #expect(Set(try Self.findings(named).map(\.filename)) == ["migrations/m1.py", "app.py"])
            // --force-exclude: the excluded directory's file is skipped, the other still linted.
            let forced = try Heaplint.run(["check", "--no-cache", "--force-exclude", "--output-format", "json", "migrations/m1.py", "app.py"], in: dir.url)
            #expect(try Self.findings(forced).map(\.filename) == ["app.py"])
            let only = try Heaplint.run(["check", "--no-cache", "--force-exclude", "migrations/m1.py"], in: dir.url)
            #expect(only.status == 0, "\(only.stdout)")
            // A directory named explicitly is excluded too.
            #expect(try Heaplint.run(["check", "--no-cache", "--force-exclude", "migrations"], in: dir.url).status == 0)
            #expect(try Heaplint.run(["check", "--no-cache", "migrations"], in: dir.url).status == 1)
            // A file excluded by name (default excludes hold `build`).
            try dir.write("build/gen.py", Self.leak)
            #expect(try Heaplint.run(["check", "--no-cache", "--force-exclude", "build/gen.py"], in: dir.url).status == 0)
            // The working directory itself is never excluded, whatever its name.
            let inside = dir.url.appendingPathComponent("build")
            #expect(try Heaplint.run(["check", "--no-cache", "--isolated", "--force-exclude", "."], in: inside).status == 1)
            #expect(try Heaplint.run(["check", "--no-cache", "--isolated", "--force-exclude", "gen.py"], in: inside).status == 1)
        }
    }

    @Test func forceExcludeSettingAndItsNegation() throws {
        let config = "[tool.heaplint]\nextend-exclude = [\"migrations\"]\nforce-exclude = true\n"
        try withDir(["pyproject.toml": config, "migrations/m1.py": Self.leak]) { dir throws in
            #expect(try Heaplint.run(["check", "--no-cache", "migrations/m1.py"], in: dir.url).status == 0)
            #expect(try Heaplint.run(["check", "--no-cache", "--no-force-exclude", "migrations/m1.py"], in: dir.url).status == 1)
            try dir.write("pyproject.toml", "[tool.heaplint]\nforce-exclude = \"yes\"\n")
            let bad = try Heaplint.run(["check", "--no-cache", "migrations/m1.py"], in: dir.url)
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("pyproject.toml:2") && bad.stderr.contains("force-exclude"), "\(bad.stderr)")
        }
    }

    @Test func forceExcludeWithStdinFilename() throws {
        let config = "[tool.heaplint]\nextend-exclude = [\"migrations\"]\n"
        try withDir(["pyproject.toml": config]) { dir throws in
            let excluded = try Heaplint.run(["check", "--no-cache", "--force-exclude", "--stdin-filename", "migrations/m1.py"],
                                            in: dir.url, stdin: Self.leak)
            #expect(excluded.status == 0)
            let linted = try Heaplint.run(["check", "--no-cache", "--stdin-filename", "migrations/m1.py"], in: dir.url, stdin: Self.leak)
            #expect(linted.status == 1)
            // --fix on an excluded stdin hands the source back unchanged.
            let fixed = try Heaplint.run(["check", "--no-cache", "--force-exclude", "--fix", "--unsafe-fixes", "--stdin-filename", "migrations/m1.py"],
                                         in: dir.url, stdin: Self.leak)
            #expect(fixed.status == 0)
            #expect(fixed.stdout == Self.leak)
        }
    }

    // MARK: colors

    @Test func colorFollowsTheEnvironmentAsRuffDoes() throws {
        try withDir(["app.py": Self.leak]) { dir throws in
            func colored(_ env: [String: String], _ extra: [String] = []) throws -> Bool {
                let out = try Heaplint.run(["check", "--no-cache"] + extra, in: dir.url, environment: env,
                                           unsetting: ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "CLICOLOR"].filter { env[$0] == nil })
                #expect(out.status == 1)
                return out.stdout.contains("\u{1B}[")
            }
            // stdout is a file here, so nothing forces color: none.
            #expect(try !colored([:]))
            #expect(try colored(["FORCE_COLOR": "1"]))
            #expect(try !colored(["FORCE_COLOR": ""]))             // empty: ignored
            #expect(try colored(["CLICOLOR_FORCE": "1"]))
            #expect(try !colored(["CLICOLOR_FORCE": "0"]))
            #expect(try colored(["CLICOLOR_FORCE": "1", "NO_COLOR": "1"])) // CLICOLOR_FORCE wins over NO_COLOR
            #expect(try colored(["FORCE_COLOR": "1", "NO_COLOR": "1"]))    // so does FORCE_COLOR
            #expect(try !colored(["FORCE_COLOR": "1"], ["--color", "never"]))   // the flag wins
            #expect(try colored(["NO_COLOR": "1"], ["--color", "always"]))
            #expect(try !colored(["FORCE_COLOR": "1"], ["--output-format", "json"]))
            // A report written to a file is never colored by the environment.
            let out = try Heaplint.run(["check", "--no-cache", "--output-file", "report.txt"], in: dir.url,
                                       environment: ["FORCE_COLOR": "1"], unsetting: ["NO_COLOR"])
            #expect(out.status == 1)
            #expect(try !dir.read("report.txt").contains("\u{1B}["))
        }
    }

    // MARK: file-level noqa

    @Test func fileLevelNoqa() throws {
        let two = Self.leak + "\n\ndef keep(item, kept={}):\n    kept[item] = 1\n"
        try withDir(["all.py": "# heaplint: noqa\n" + two,
                     "codes.py": "#!/usr/bin/env python\n    # heaplint: noqa: HL101  (legacy module)\n" + two,
                     "other.py": "# heaplint: noqa: HL201\n" + two,
                     "inline.py": "x = 1  # heaplint: noqa\n" + two,
                     "glued.py": "# heaplint: noqaHL101\n" + two]) { dir throws in
            let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json"], in: dir.url)
            let byFile = Dictionary(grouping: try Self.findings(out), by: \.filename).mapValues(\.count)
            #expect(byFile["all.py"] == nil)
            #expect(byFile["codes.py"] == nil)
            #expect(byFile["other.py"] == 2)   // HL201 exempted, HL101 not
            #expect(byFile["inline.py"] == 2)  // must be on a line of its own (as ruff's `# ruff: noqa`)
            #expect(byFile["glued.py"] == 2)
            // Syntax errors are still reported: the exemption is for rules.
            try dir.write("broken.py", "# heaplint: noqa\ndef f(:\n")
            let broken = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "broken.py"], in: dir.url)
            #expect(try Self.findings(broken).map(\.code) == ["HL901"])
        }
    }

    // MARK: HL902

    @Test func unusedNoqaIsHL902WhenSelected() throws {
        let source = """
            def used(x, acc=[]):  # noqa: HL101
                acc.append(x)


            def unused(x, acc=()):  # noqa: HL101, E501  # why
                return acc


            def blanket(x, acc=()):  # noqa
                return acc


            def other_tool(x, acc=()):  # noqa: E501
                return acc


            def ignored(x, acc=()):  # heaplint: ignore[HL101]
                return acc

            """
        try withDir(["a.py": source]) { dir throws in
            // Not in the default selection.
            #expect(try Heaplint.run(["check", "--no-cache", "a.py"], in: dir.url).status == 0)
            let out = try Heaplint.run(["check", "--no-cache", "--extend-select", "HL902", "--output-format", "json", "a.py"], in: dir.url)
            #expect(out.status == 1)
            let found = try Self.findings(out)
            #expect(found.map(\.code) == ["HL902", "HL902"])
            #expect(found.map(\.row) == [5, 17])
            // Selected by prefix and by ALL too.
            #expect(try Self.findings(try Heaplint.run(["check", "--no-cache", "--select", "HL9,HL101", "--output-format", "json", "a.py"], in: dir.url)).count == 2)
            #expect(try Self.findings(try Heaplint.run(["check", "--no-cache", "--select", "ALL", "--output-format", "json", "a.py"], in: dir.url)).count == 2)
            // A rule that did not run is not judged.
            #expect(try Heaplint.run(["check", "--no-cache", "--select", "HL902", "a.py"], in: dir.url).status == 0)
            // The fix removes the unused codes and keeps the rest of the comment.
            let fixed = try Heaplint.run(["check", "--no-cache", "--extend-select", "HL902", "--fix", "a.py"], in: dir.url)
            #expect(fixed.status == 0, "\(fixed.stdout)")
            let text = try dir.read("a.py")
            #expect(text.contains("def unused(x, acc=()):  # noqa: E501  # why\n"))
            #expect(text.contains("def ignored(x, acc=()):\n"))
            #expect(text.contains("def used(x, acc=[]):  # noqa: HL101\n"))
            #expect(text.contains("def blanket(x, acc=()):  # noqa\n"))
        }
    }

    @Test func hl902IsCatalogued() throws {
        try withDir([:]) { dir throws in
            let rules = try Heaplint.run(["rules"], in: dir.url)
            #expect(rules.stdout.contains("HL902  unused-noqa"))
            let explain = try Heaplint.run(["explain", "HL902"], in: dir.url)
            #expect(explain.status == 0)
            #expect(explain.stdout.contains("HL902 (unused-noqa)"))
        }
    }

    // MARK: --show-files, --show-settings

    @Test func showFilesAndShowSettings() throws {
        let config = "[project]\nrequires-python = \">=3.9\"\n\n[tool.heaplint]\nextend-exclude = [\"gen\"]\nfail-on = \"confirmed\"\n"
        try withDir(["pyproject.toml": config, "pkg/b.py": "", "pkg/a.pyi": "", "gen/x.py": "", "notes.txt": ""]) { dir throws in
            let files = try Heaplint.run(["check", "--show-files"], in: dir.url)
            #expect(files.status == 0)
            #expect(files.stdout == "pkg/a.pyi\npkg/b.py\n")
            let settings = try Heaplint.run(["check", "--show-settings", "--extend-select", "HL902"], in: dir.url)
            #expect(settings.status == 0)
            #expect(settings.stdout.hasPrefix("Resolved settings for: pkg/a.pyi\nSettings path: pyproject.toml\n"), "\(settings.stdout)")
            #expect(settings.stdout.contains("target-version = \"py39\"  # inferred from requires-python \">=3.9\" in pyproject.toml"))
            #expect(settings.stdout.contains("fail-on = \"confirmed\""))
            #expect(settings.stdout.contains("\"HL902\""))
            #expect(settings.stdout.contains("\"gen\""))
            // Nothing to lint: an error.
            let none = try Heaplint.run(["check", "--show-settings", "gen", "--force-exclude"], in: dir.url)
            #expect(none.status == 2)
        }
    }

    // MARK: target-version from requires-python

    func targetVersion(_ dir: TempDir, _ args: [String] = [], in sub: String = "") throws -> String {
        let url = sub.isEmpty ? dir.url : dir.url.appendingPathComponent(sub)
        let out = try Heaplint.run(["check", "--show-settings"] + args, in: url)
        let line = out.stdout.split(separator: "\n").first { $0.hasPrefix("target-version") } ?? "\(out.stderr)"
        return String(line)
    }

    @Test func targetVersionFromRequiresPython() throws {
        try withDir(["pyproject.toml": "[project]\nrequires-python = \"~=3.10.2\"\n\n[tool.heaplint]\n", "a.py": ""]) { dir throws in
            #expect(try targetVersion(dir).hasPrefix("target-version = \"py310\""))
            #expect(try targetVersion(dir, ["--target-version", "py313"]).hasPrefix("target-version = \"py313\"  # --target-version"))
            try dir.write("pyproject.toml", "[project]\nrequires-python = \"~=3.10.2\"\n\n[tool.heaplint]\ntarget-version = \"py312\"\n")
            #expect(try targetVersion(dir).hasPrefix("target-version = \"py312\""))
        }
        // heaplint.toml: the pyproject.toml beside it (even without [tool.heaplint]).
        try withDir(["pyproject.toml": "[project]\nrequires-python = \">3.12, <4\"\n", "heaplint.toml": "confirm = true\n", "a.py": ""]) { dir throws in
            #expect(try targetVersion(dir).hasPrefix("target-version = \"py312\""))
            // --config FILE: no inference (ruff's rule).
            #expect(try targetVersion(dir, ["--config", "heaplint.toml"]).hasPrefix("target-version = \"py311\"  # default"))
            #expect(try targetVersion(dir, ["--isolated"]).hasPrefix("target-version = \"py311\"  # default"))
        }
        // No configuration: the first pyproject.toml above the working directory.
        try withDir(["pyproject.toml": "[project]\nrequires-python = \">=3.6\"\n", "src/a.py": ""]) { dir throws in
            #expect(try targetVersion(dir, in: "src").hasPrefix("target-version = \"py38\""))  // clamped to the oldest modelled
        }
        try withDir(["pyproject.toml": "[project]\nrequires-python = \"not a specifier\"\n\n[tool.heaplint]\n", "a.py": ""]) { dir throws in
            #expect(try targetVersion(dir).contains("could not be read"))
        }
    }

    // MARK: --fail-on

    @Test func failOnConfirmed() throws {
        try withDir(["latent.py": Self.latent, "leak.py": Self.leak, "broken.py": "def f(:\n"]) { dir throws in
            let unknown = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "latent.py"], in: dir.url)
            #expect(unknown.status == 1)
            #expect(try Self.findings(unknown).map(\.verdict) == ["unknown"])
            let gated = try Heaplint.run(["check", "--no-cache", "--fail-on", "confirmed", "--output-format", "json", "latent.py"], in: dir.url)
            #expect(gated.status == 0)
            #expect(try Self.findings(gated).map(\.verdict) == ["unknown"]) // still reported
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "unknown", "latent.py"], in: dir.url).status == 1)
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "confirmed", "latent.py", "leak.py"], in: dir.url).status == 1)
            // Engine codes fail in both modes, unless ignored.
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "confirmed", "broken.py"], in: dir.url).status == 1)
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "confirmed", "--ignore", "HL901", "broken.py"], in: dir.url).status == 0)
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "proven"], in: dir.url).status == 2)
            // The setting, and the flag over it.
            try dir.write("pyproject.toml", "[tool.heaplint]\nfail-on = \"confirmed\"\n")
            #expect(try Heaplint.run(["check", "--no-cache", "latent.py"], in: dir.url).status == 0)
            #expect(try Heaplint.run(["check", "--no-cache", "--fail-on", "unknown", "latent.py"], in: dir.url).status == 1)
            try dir.write("pyproject.toml", "[tool.heaplint]\nfail-on = \"proven\"\n")
            let bad = try Heaplint.run(["check", "--no-cache", "latent.py"], in: dir.url)
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("pyproject.toml:2") && bad.stderr.contains("fail-on"))
        }
    }

    // MARK: --add-noqa

    @Test func addNoqaStartsALegacyCodebaseClean() throws {
        let source = """
            def f(a=[], \\
                  b=1):
                a.append(b)


            def g(x, acc=[\"\"\"a
            b\"\"\"]):
                acc.append(x)


            def h(x, acc=[]):   # keep me
                acc.append(x)


            def k(x, acc={}):  # noqa: E501 # why
                acc[x] = 1


            def m(x, acc=set()):  # type: ignore\u{20}\u{20}
                acc.add(x)

            """
        let expected = """
            def f(a=[], \\
                  b=1):  # noqa: HL101
                a.append(b)


            def g(x, acc=[\"\"\"a
            b\"\"\"]):  # noqa: HL101
                acc.append(x)


            def h(x, acc=[]):   # keep me  # noqa: HL101
                acc.append(x)


            def k(x, acc={}):  # noqa: E501, HL101 # why
                acc[x] = 1


            def m(x, acc=set()):  # type: ignore  # noqa: HL101
                acc.add(x)

            """
        try withDir(["legacy/a.py": source, "legacy/crlf.py": Self.leak.replacingOccurrences(of: "\n", with: "\r\n")]) { dir throws in
            let before = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "legacy"], in: dir.url)
            #expect(before.status == 1)
            // The noqa row of a finding on a continued line or inside a string is where the directive can go.
            let rows = try Self.findings(before).filter { $0.filename == "legacy/a.py" }.map { [$0.row, $0.noqaRow] }
            #expect(rows == [[1, 2], [6, 7], [11, 11], [15, 15], [19, 19]])
            let added = try Heaplint.run(["check", "--no-cache", "--add-noqa", "legacy"], in: dir.url)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stderr.contains("Added 6 noqa directives in 2 files."), "\(added.stderr)")
            #expect(try dir.read("legacy/a.py") == expected)
            #expect(try dir.read("legacy/crlf.py") == "def remember(item, seen=[]):  # noqa: HL101\r\n    seen.append(item)\r\n    return len(seen)\r\n")
            // Clean now, and running it again changes nothing.
            #expect(try Heaplint.run(["check", "--no-cache", "legacy"], in: dir.url).status == 0)
            let again = try Heaplint.run(["check", "--no-cache", "--add-noqa", "legacy"], in: dir.url)
            #expect(again.status == 0)
            #expect(!again.stderr.contains("Added"))
            #expect(try dir.read("legacy/a.py") == expected)
            // No directive went anywhere it would not count: none is unused.
            #expect(try Heaplint.run(["check", "--no-cache", "--extend-select", "HL902", "legacy"], in: dir.url).status == 0)
            // And the file still compiles, when python3 is there to say so.
            if let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:)) {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: python)
                p.arguments = ["-c", "import sys; compile(open(sys.argv[1]).read(), 'a', 'exec')", dir.url.appendingPathComponent("legacy/a.py").path]
                try p.run()
                p.waitUntilExit()
                #expect(p.terminationStatus == 0)
            }
        }
    }

    @Test func addNoqaUsage() throws {
        try withDir(["a.py": Self.leak]) { dir throws in
            #expect(try Heaplint.run(["check", "--add-noqa", "--fix"], in: dir.url).status == 2)
            #expect(try Heaplint.run(["check", "--add-noqa", "--stdin-filename", "a.py"], in: dir.url, stdin: Self.leak).status == 2)
            #expect(try dir.read("a.py") == Self.leak)
        }
    }

    // MARK: progress

    /// Runs heaplint with stderr on a pseudo-terminal (stdout to a file) through python3's pty
    /// module; returns (status, stdout, what the terminal received).
    func runOnTerminal(_ args: [String], in dir: TempDir, environment: [String: String]) throws -> (Int32, String, String)? {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            return nil
        }
        let script = """
            import os, pty, subprocess, sys
            master, slave = pty.openpty()
            with open(sys.argv[1], "wb") as out:
                p = subprocess.Popen(sys.argv[3:], stdin=subprocess.DEVNULL, stdout=out, stderr=slave)
            os.close(slave)
            data = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
            p.wait()
            with open(sys.argv[2], "wb") as f:
                f.write(data)
            sys.exit(p.returncode)
            """
        try dir.write("pty_run.py", script)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [dir.url.appendingPathComponent("pty_run.py").path, dir.url.appendingPathComponent("out.txt").path,
                       dir.url.appendingPathComponent("tty.txt").path, try Heaplint.binary.path] + args
        p.currentDirectoryURL = dir.url
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, try dir.read("out.txt"), try dir.read("tty.txt"))
    }

    @Test func progressOnATerminalOnly() throws {
        var files: [String: String] = [:]
        for i in 0..<12 { files["src/m\(i).py"] = Self.leak }
        try withDir(files) { dir throws in
            let now = ["HEAPLINT_PROGRESS_DELAY": "0"]
            guard let (status, stdout, tty) = try runOnTerminal(["check", "--no-cache", "--jobs", "2", "src"], in: dir, environment: now) else { return }
            #expect(status == 1)
            #expect(tty.contains("Checked 12/12 files"), "\(tty.debugDescription)")
            #expect(tty.hasSuffix("\r\u{1B}[K"))   // erased before the report
            #expect(!stdout.contains("Checked"))
            #expect(stdout.contains("Found 12 findings"))
            // Machine-readable output: no progress.
            let json = try runOnTerminal(["check", "--no-cache", "--output-format", "json", "src"], in: dir, environment: now)
            #expect(json?.2 == "")
            #expect(try runOnTerminal(["check", "--no-cache", "--quiet", "src"], in: dir, environment: now)?.2 == "")
            // stderr not a terminal: no progress.
            let piped = try Heaplint.run(["check", "--no-cache", "src"], in: dir.url, environment: now)
            #expect(piped.stderr == "")
            // The default delay: a run this small finishes before anything is drawn... unless
            // the machine is slow, so only the absence of garbage is checked.
            if let quick = try runOnTerminal(["check", "--no-cache", "src"], in: dir, environment: [:]) {
                #expect(quick.2.isEmpty || quick.2.contains("/12 files"))
            }
        }
    }
}
