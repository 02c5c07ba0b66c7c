import Foundation
import Testing

/// `--fix` through the built binary: the result compiles wherever the original did, a second run
/// changes nothing, `--diff` shows exactly the bytes `--fix` writes, and the file written keeps its
/// inode (owner, group, mode, hard links), its symlinks and its user's concurrent edits.
@Suite struct FixSafetyTests {
    static let leak = "def f(x, acc=[]):\n    acc.append(x)\n"

    /// Body shapes the HL101 fix must handle (or leave alone) without breaking the file.
    static let shapes: [(name: String, source: String, fixed: Bool)] = [
        ("continuation", "def f(x, acc=[]): \\\n    acc.append(x); return acc\nN = 1\n", true),
        ("continuation-tabs", "class C:\n\tdef m(self, x, acc=[]): \\\n\t\tacc.append(x); return acc\n\tn = 1\n", true),
        ("continuation-crlf", "def f(x, acc=[]): \\\r\n    acc.append(x); return acc\r\nN = 1\r\n", true),
        ("continuation-async", "async def f(x, acc=[]): \\\n    acc.append(x)\n", true),
        ("one-line", "def f(a=[]): a.append(1)\n", true),
        // From a fuzz-smoke stop (the oracle said the fixed text had a syntax error; replayed alone, it passes).
        ("bom-one-line", "\u{FEFF}def f(a=[]): a.insert(0, 1)\n", true),
        ("one-line-method", "class C:\n    def m(self, a=[]): a.append(1); return a\n", true),
        ("one-line-async-method", "class C:\n    async def m(self, a=[]): a.append(1); return a  # note\n", true),
        ("semicolons", "def f(a=[]):\n    a.append(1); a.append(2); return a\n", true),
        ("comments", "def f(a=[]):  # header\n    # first\n    a.append(1)  # c\n    return a\n", true),
        ("comment-ending-in-backslash", "def f(a=[]):\n    # see \\\n    a.append(1)\n", false),
        ("tabs", "class C:\n\tdef m(self, a=[]):\n\t\ta.append(1)\n\t\treturn a\n", true),
        ("crlf", "def f(a=[]):\r\n    a.append(1)\r\n    return a\r\n", true),
        ("lone-cr", "def f(a=[]):\r    a.append(1)\r    return a\r", true),
        ("docstring", "def f(a=[]):\n    \"\"\"Doc.\"\"\"\n    a.append(1)\n", true),
        ("docstring-semicolon", "def f(a=[]):\n    \"\"\"Doc.\"\"\"; a.append(1)\n", false),
        ("docstring-one-line", "def f(a=[]): \"\"\"Doc.\"\"\"; a.append(1)\n", false),
        ("two-defaults", "def g(a=[], b=[]):\n    a.append(1)\n    b.append(2)\n", true),
        ("two-defaults-one-line", "def g(a=[], b={}): a.append(1); b[len(a)] = a\n", true),
        ("multi-line-header", "def f(\n    x,\n    acc=[],\n):\n    acc.append(x)\n", true),
        ("decorated", "def deco(f):\n    return f\n@deco\ndef f(a=[]): a.append(1)\n", true),
        ("global-named-in-default", "X = 1\ndef f(a=[X]):\n    global X\n    X = 2\n    a.append(1)\n", false),
        ("bom", "\u{FEFF}def f(a=[]): a.append(1)\n", true),
    ]

    @Test(arguments: shapes.map(\.name))
    func fixedFileStillCompilesAndIsStable(_ name: String) throws {
        let shape = try #require(Self.shapes.first { $0.name == name })
        let dir = try TempDir()
        defer { dir.cleanup() }
        let file = dir.url.appendingPathComponent("m.py")
        try Data(shape.source.utf8).write(to: file)
        #expect(try compiles(file), "the original compiles")
        let first = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: dir.url)
        #expect([0, 1].contains(first.status), "\(first.stdout + first.stderr)")
        #expect(!first.stdout.contains("HL900"), "\(first.stdout)")
        let fixed = try Data(contentsOf: file)
        #expect(try compiles(file), "after --fix:\n\(String(decoding: fixed, as: UTF8.self))")
        if shape.fixed {
            #expect(String(decoding: fixed, as: UTF8.self).contains("is None:"), "\(String(decoding: fixed, as: UTF8.self))")
            #expect(first.status == 0, "nothing left after the fix: \(first.stdout)")
        } else {
            #expect(fixed == Data(shape.source.utf8), "no fix is offered for this shape")
        }
        let second = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: dir.url)
        #expect(try Data(contentsOf: file) == fixed, "a second run changes nothing: \(second.stdout)")
    }

    /// A file CPython rejects gets no fix (as ruff): its findings never ran, edits could land in the
    /// wrong place, and fixing one default changed what the next run saw (a fuzz stop: the first
    /// `--fix` fixed `a`, the second then fixed `b`).
    @Test func fileWithSyntaxErrorIsNotFixed() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let file = dir.url.appendingPathComponent("m.py")
        let source = "def g(a=[], b=[]):\n    a.append(1)\n    b.apprt collections\n\ndef h(x, seen=set()):\n    seen.add(x)\n    print(f\"rend(2)\n"
        try Data(source.utf8).write(to: file)
        let run = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: dir.url)
        #expect(run.status == 1, "\(run.stdout + run.stderr)")
        #expect(run.stdout.contains("HL901"), "\(run.stdout)")
        #expect(run.stdout.contains("HL101"), "the findings are still reported: \(run.stdout)")
        #expect(try Data(contentsOf: file) == Data(source.utf8), "nothing written")
        let diff = try Heaplint.run(["check", "--no-cache", "--diff", "--unsafe-fixes", "m.py"], in: dir.url)
        #expect(!diff.stdout.contains("is None"), "\(diff.stdout)")
    }

    /// Every line ending written is the file's own: no `\n` added to a CRLF file.
    @Test func fixKeepsCRLFEverywhere() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let file = dir.url.appendingPathComponent("m.py")
        try Data("def f(x, acc=[]): \\\r\n    acc.append(x)\r\ndef g(a=[]): a.append(1)\r\n".utf8).write(to: file)
        _ = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: dir.url)
        let bytes = [UInt8](try Data(contentsOf: file))
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        #expect(try compiles(file))
    }

    /// `--diff` prints exactly what `--fix` writes, also when one def has two fixable defaults
    /// (the second fix only applies after the first).
    @Test func diffShowsExactlyWhatFixWrites() throws {
        let sources = ["def g(a=[], b=[]):\n    a.append(1)\n    b.append(2)\n",
                       "class C:\n    def m(self, a=[], b={}, c=set()): a.append(1); b[1] = a; c.add(len(a))\n"]
        for source in sources {
            let dir = try TempDir()
            defer { dir.cleanup() }
            try dir.write("m.py", source)
            let diff = try Heaplint.run(["check", "--no-cache", "--diff", "--unsafe-fixes", "m.py"], in: dir.url)
            #expect(diff.status == 1)
            let fix = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: dir.url)
            #expect(fix.status == 0, "\(fix.stdout)")
            let written = try String(contentsOf: dir.url.appendingPathComponent("m.py"), encoding: .utf8)
            #expect(written != source)
            #expect(try applyUnifiedDiff(diff.stdout, to: source) == written, "diff:\n\(diff.stdout)\nwritten:\n\(written)")
        }
    }

    /// JSON fix edits carry the file's line ending, so applying them as they are keeps a CRLF file CRLF.
    @Test func jsonEditsUseTheFilesLineEnding() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("m.py", "def f(x, acc=[]):\r\n    acc.append(x)\r\n")
        let out = try Heaplint.run(["check", "--no-cache", "--output-format", "json", "m.py"], in: dir.url)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let edits = try #require((array.first?["fix"] as? [String: Any])?["edits"] as? [[String: Any]])
        let contents = edits.compactMap { $0["content"] as? String }
        #expect(contents.contains { $0.contains("\r\n") }, "\(contents)")
        for c in contents { #expect(!c.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(contents)") }
    }

    /// A file whose mode grants write to nobody is left alone with a message, even for root (who
    /// could write it): the mode bits say what the user meant.
    @Test func readOnlyFileIsLeftAlone() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let file = dir.url.appendingPathComponent("ro.py")
        try Data(Self.leak.utf8).write(to: file)
        chmod(file.path, 0o444)
        let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "ro.py"], in: dir.url)
        #expect(out.status == 1)
        #expect(out.stdout.contains("not fixed: the file is read-only"), "\(out.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.leak)
        var st = stat()
        #expect(stat(file.path, &st) == 0 && st.st_mode & 0o7777 == 0o444)
    }

    /// The file is written in place: same inode, owner, group and mode; its other hard links see the fix.
    @Test func ownerGroupModeAndHardLinksAreKept() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let file = dir.url.appendingPathComponent("own.py"), link = dir.url.appendingPathComponent("other-name.txt")
        try Data(Self.leak.utf8).write(to: file)
        chmod(file.path, 0o640)
        let asRoot = geteuid() == 0
        if asRoot { #expect(chown(file.path, 1234, 2345) == 0) }
        #expect(Foundation.link(file.path, link.path) == 0)
        var before = stat()
        _ = stat(file.path, &before)
        let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "own.py"], in: dir.url)
        #expect(out.status == 0, "\(out.stdout)")
        var after = stat()
        _ = stat(file.path, &after)
        #expect(after.st_ino == before.st_ino && after.st_nlink == 2)
        #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid && after.st_mode == before.st_mode)
        if asRoot { #expect(after.st_uid == 1234 && after.st_gid == 2345) }
        let fixed = try String(contentsOf: file, encoding: .utf8)
        #expect(fixed.contains("if acc is None:"))
        #expect(try String(contentsOf: link, encoding: .utf8) == fixed)
    }

    /// `a.py → b.py → real.py`: the real file is fixed, both links stay links.
    @Test func symlinkChainsAreResolvedToTheRealFile() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("real.py", Self.leak)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("b.py").path, withDestinationPath: "real.py")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("a.py").path, withDestinationPath: "b.py")
        let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "a.py"], in: dir.url)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(try fm.destinationOfSymbolicLink(atPath: dir.url.appendingPathComponent("a.py").path) == "b.py")
        #expect(try fm.destinationOfSymbolicLink(atPath: dir.url.appendingPathComponent("b.py").path) == "real.py")
        #expect(try String(contentsOf: dir.url.appendingPathComponent("real.py"), encoding: .utf8).contains("if acc is None:"))
    }

    /// An edit that lands while `--fix` runs is never lost: either heaplint sees it and keeps it
    /// (and says so), or it lands after heaplint's write. Edits are made both in place and by rename.
    @Test func racingEditIsNeverLost() throws {
        let body = (0..<12).map { "def f\($0)(x, acc=[]):\n    acc.append(x)\n" }.joined()
        // How long one run takes here, so the edits land before, during and after heaplint's write.
        let probe = try TempDir()
        defer { probe.cleanup() }
        try probe.write("m.py", body)
        let started = Date()
        _ = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "m.py"], in: probe.url)
        let span = UInt32(min(5.0, Date().timeIntervalSince(started)) * 1_200_000)
        for round in 0..<16 {
            let dir = try TempDir()
            defer { dir.cleanup() }
            let file = dir.url.appendingPathComponent("m.py")
            try Data(body.utf8).write(to: file)
            let marker = "# user edit \(round)\n"
            let byRename = round % 2 == 1
            let delay = UInt32.random(in: 0...max(1, span))
            let editor = Thread {
                usleep(delay)
                let edited = Data((marker + body).utf8)
                if byRename {
                    let temp = dir.url.appendingPathComponent(".m.py.swp")
                    try? edited.write(to: temp)
                    _ = rename(temp.path, file.path)
                } else {
                    // In place, as `>` in a shell does.
                    let fd = open(file.path, O_WRONLY | O_TRUNC)
                    if fd >= 0 { _ = edited.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }; close(fd) }
                }
            }
            editor.start()
            let out = try Heaplint.run(["check", "--no-cache", "--fix", "--unsafe-fixes", "--output-format", "concise", "m.py"], in: dir.url)
            while !editor.isFinished { usleep(1000) }
            let final = try String(contentsOf: file, encoding: .utf8)
            #expect(final.hasPrefix(marker), "round \(round) (\(byRename ? "rename" : "in place"), \(delay) µs): the edit was lost; heaplint said \(out.stdout)")
        }
    }

    /// File names that are not UTF-8 are linted, fixed and reported with each bad byte as `\xNN`,
    /// whether found in a directory or named on the command line.
    @Test func nonUTF8FileNames() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for byte: UInt8 in [0xE9, 0xE8] {
            let name = Array(dir.url.path.utf8) + Array("/caf".utf8) + [byte] + Array(".py".utf8) + [0]
            let fd = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
            #expect(fd >= 0)
            _ = Self.leak.withCString { write(fd, $0, strlen($0)) }
            close(fd)
        }
        let tree = try Heaplint.run(["check", "--no-cache", "--output-format", "concise", "."], in: dir.url)
        #expect(tree.status == 1)
        #expect(tree.stdout.contains("caf\\xE9.py:1:14: HL101"), "\(tree.stdout)")
        #expect(tree.stdout.contains("caf\\xE8.py:1:14: HL101"), "\(tree.stdout)")
        // Named on the command line: through a shell, since Process takes only UTF-8 arguments.
        let named = try shell("\"$HEAPLINT\" check --no-cache --output-format concise \"$(printf 'caf\\351.py')\"", in: dir.url)
        #expect(named.status == 1, "\(named.output)")
        #expect(named.output.contains("caf\\xE9.py:1:14: HL101") && !named.output.contains("no such file"), "\(named.output)")
        let fixed = try shell("\"$HEAPLINT\" check --no-cache --fix --unsafe-fixes \"$(printf 'caf\\350.py')\" && cat \"$(printf 'caf\\350.py')\"", in: dir.url)
        #expect(fixed.status == 0 && fixed.output.contains("if acc is None:"), "\(fixed.output)")
    }

    // MARK: helpers

    func compiles(_ file: URL) throws -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')", file.path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    func shell(_ script: String, in directory: URL) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["HEAPLINT"] = try Heaplint.binary.path
        env["NO_COLOR"] = "1"
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Applies a one-file unified diff (as `--diff` prints it) to `text`.
    func applyUnifiedDiff(_ diff: String, to text: String) throws -> String {
        var old = text.components(separatedBy: "\n")
        let endsWithNewline = old.last == ""
        if endsWithNewline { old.removeLast() }
        var out: [String] = []
        var cursor = 0
        var lines = diff.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("@@ -") else { continue }
            let start = Int(line.dropFirst(4).prefix { $0.isNumber })!
            let from = max(0, start - 1)
            out += old[cursor..<from]
            cursor = from
            while let l = lines.first, let c = l.first, [" ", "-", "+"].contains(c) {
                lines.removeFirst()
                if c != "+" { cursor += 1 }
                if c != "-" { out.append(String(l.dropFirst())) }
            }
        }
        out += old[cursor...]
        return out.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }
}
