import Foundation
import Rules
import Syntax

/// Applies the fixes of one file's diagnostics to its text.
enum FixApplier {
    /// The byte offset of a 1-based row and 1-based scalar column (clamped to the line).
    static func offset(of location: SourceLocation, in source: SourceText) -> Int {
        let lineIndex = max(0, min(location.row - 1, source.lineCount - 1))
        var i = source.lineStarts[lineIndex]
        let end = source.bytes.count
        var column = 1
        while column < location.column, i < end {
            i += 1
            while i < end, source.bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// Applies every applicable fix whose edits overlap no fix applied before it (fixes are
    /// taken in order of their first edit). Returns the new bytes and how many fixes applied.
    static func apply(_ diagnostics: [Diagnostic], to source: SourceText, unsafeFixes: Bool) -> (bytes: [UInt8], applied: Int) {
        var fixes: [[(Range<Int>, [UInt8])]] = []
        let newline = lineEnding(of: source.bytes)
        for d in diagnostics {
            guard let fix = d.fix, !fix.edits.isEmpty else { continue }
            guard fix.applicability == "safe" || (fix.applicability == "unsafe" && unsafeFixes) else { continue }
            let edits = fix.edits.map { e -> (Range<Int>, [UInt8]) in
                let lo = offset(of: e.location, in: source), hi = offset(of: e.endLocation, in: source)
                return (lo..<max(lo, hi), withLineEnding(Array(e.content.utf8), newline))
            }.sorted { ($0.0.lowerBound, $0.0.upperBound) < ($1.0.lowerBound, $1.0.upperBound) }
            fixes.append(edits)
        }
        fixes.sort { ($0[0].0.lowerBound, $0[0].0.upperBound) < ($1[0].0.lowerBound, $1[0].0.upperBound) }
        var accepted: [(Range<Int>, [UInt8])] = []
        var applied = 0
        for edits in fixes {
            // Edits within one fix must not overlap each other either.
            var internalOK = true
            for k in edits.indices.dropFirst() where edits[k].0.lowerBound < edits[k - 1].0.upperBound { internalOK = false }
            let clash = edits.contains { e in accepted.contains { a in overlaps(a.0, e.0) } }
            guard internalOK, !clash else { continue }
            // A fix that changes nothing is not counted.
            if edits.allSatisfy({ Array(source.bytes[$0.0]) == $0.1 }) { continue }
            accepted += edits
            applied += 1
        }
        accepted.sort { ($0.0.lowerBound, $0.0.upperBound) < ($1.0.lowerBound, $1.0.upperBound) }
        var out: [UInt8] = []
        out.reserveCapacity(source.bytes.count)
        var cursor = 0
        for (range, content) in accepted {
            out.append(contentsOf: source.bytes[cursor..<range.lowerBound])
            out.append(contentsOf: content)
            cursor = range.upperBound
        }
        out.append(contentsOf: source.bytes[cursor...])
        return (out, applied)
    }

    /// The file's first line ending (`\n` when it has none): fixes write lines the way the file does.
    static func lineEnding(of bytes: [UInt8]) -> [UInt8] {
        guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
        if bytes[i] == 0x0A { return [0x0A] }
        return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D]
    }

    /// `content` with each `\n` (or `\r\n`) written as `newline`.
    static func withLineEnding(_ content: [UInt8], _ newline: [UInt8]) -> [UInt8] {
        guard newline != [0x0A], content.contains(0x0A) else { return content }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + content.count / 16)
        for (i, b) in content.enumerated() {
            if b == 0x0A {
                if i > 0, content[i - 1] == 0x0D { out.removeLast() }
                out.append(contentsOf: newline)
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// Two ranges clash when they share a byte, or are both insertions at the same point, or one inserts inside the other.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}

/// A unified diff of two texts by lines (3 lines of context), as `diff -u` prints it.
enum UnifiedDiff {
    static func make(old: String, new: String, name: String) -> String {
        let a = splitLines(old), b = splitLines(new)
        if a == b { return "" }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        // Edit script over the middle: LCS when small, else replace it whole.
        var ops: [(Character, Line)] = a[..<prefix].map { (" ", $0) }
        if midA.count * midB.count <= 4_000_000 {
            ops += lcsOps(midA, midB)
        } else {
            ops += midA.map { ("-", $0) } + midB.map { ("+", $0) }
        }
        ops += a[(a.count - suffix)...].map { (" ", $0) }

        var out = "--- \(name)\n+++ \(name)\n"
        let context = 3
        var i = 0
        while i < ops.count {
            guard ops[i].0 != " " else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` after the last change within reach.
            let start = max(0, i - context)
            var end = i
            var j = i
            while j < ops.count {
                if ops[j].0 != " " { end = j; j += 1; continue }
                if j - end > 2 * context { break }
                j += 1
            }
            let stop = min(ops.count, end + context + 1)
            var oldStart = 1, newStart = 1
            for op in ops[..<start] {
                if op.0 != "+" { oldStart += 1 }
                if op.0 != "-" { newStart += 1 }
            }
            let hunk = ops[start..<stop]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for op in hunk {
                out += String(op.0) + op.1.line + "\n"
                if !op.1.hasNewline { out += "\\ No newline at end of file\n" }
            }
            i = stop
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    private static func lcsOps(_ a: [Line], _ b: [Line]) -> [(Character, Line)] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { ("+", $0) } }
        if m == 0 { return a.map { ("-", $0) } }
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [(Character, Line)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        return ops
    }

    struct Line: Equatable { var line: String; var hasNewline: Bool }

    private static func splitLines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var current = ""
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                lines.append(Line(line: current + (ch == "\n" ? "" : String(ch).replacingOccurrences(of: "\n", with: "")), hasNewline: true))
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { lines.append(Line(line: current, hasNewline: false)) }
        return lines
    }
}


/// `--fix` / `--diff` over the linted files. Each file's fixes are computed in memory first, up to 8
/// rounds (a fix that clashes with another is applied in the next round, after a re-lint of the
/// fixed text), so `--diff` shows exactly the bytes `--fix` writes. A round whose result no longer
/// parses where the text before it did (tree-sitter's ERROR / MISSING nodes) is refused: that would
/// be a heaplint bug, and the user's file is worth more than the fix.
enum FixRunner {
    struct Result {
        var fixedCount = 0
        var diff = ""
        var fixedStdin: [UInt8]?
    }

    struct Plan {
        /// The outcome of linting the fixed bytes (the file's outcome once they are written).
        var outcome: FileOutcome
        var bytes: [UInt8]
        var applied: Int
        var problem: String?
    }

    static func run(_ outcomes: inout [FileOutcome], options: LintOptions, environment: LintEnvironment,
                    jobs: Int, stdin: Bool) -> Result {
        let snapshot = outcomes
        let candidates = outcomes.indices.filter { i in
            snapshot[i].raw != nil && snapshot[i].diagnostics.contains { $0.fix != nil }
        }
        let unsafeFixes = options.unsafeFixes
        let plans = WorkerPool.run(count: candidates.count, jobs: stdin ? 1 : jobs,
                                   makeWorker: { FileLinter(environment: environment, cache: nil) },
                                   work: { linter, k in plan(snapshot[candidates[k]], linter: linter, unsafeFixes: unsafeFixes) })
        var result = Result()
        for (k, index) in candidates.enumerated() {
            let p = plans[k]
            if let problem = p.problem { outcomes[index].diagnostics.append(fixProblem(problem, outcomes[index])) }
            guard p.applied > 0, let raw = outcomes[index].raw else { continue }
            switch options.fixMode {
            case .diff:
                result.diff += UnifiedDiff.make(old: String(decoding: raw, as: UTF8.self), new: String(decoding: p.bytes, as: UTF8.self),
                                                name: outcomes[index].file.displayPath)
                result.fixedCount += p.applied
            case .apply where stdin:
                outcomes[index] = p.outcome
                result.fixedStdin = p.bytes
                result.fixedCount += p.applied
            case .apply:
                let file = outcomes[index].file
                if let problem = FixWriter.write(p.bytes, to: file.absolutePath, rawPath: file.rawPath, expecting: raw) {
                    outcomes[index].diagnostics.append(fixProblem("not fixed: \(problem)", outcomes[index]))
                } else {
                    outcomes[index] = p.outcome
                    result.fixedCount += p.applied
                }
            case .none:
                break
            }
        }
        if stdin, options.fixMode == .apply, result.fixedStdin == nil { result.fixedStdin = outcomes.first?.raw }
        return result
    }

    static func plan(_ start: FileOutcome, linter: FileLinter, unsafeFixes: Bool) -> Plan {
        var current = start
        var bytes = start.raw ?? []
        var applied = 0
        var problem: String?
        for _ in 0..<8 {
            guard let source = current.source, let decoded = current.decoded else { break }
            let (fixed, n) = FixApplier.apply(current.diagnostics, to: source, unsafeFixes: unsafeFixes)
            guard n > 0 else { break }
            if let encoding = decoded.transcodedFrom {
                problem = "not fixed: the file is encoded as \(encoding), fixes are only written to UTF-8 files"
                break
            }
            if linter.treeHasError(source.bytes) == false, linter.treeHasError(fixed) != false {
                problem = "not fixed: a fix would make the file fail to parse (a heaplint bug: please report it)"
                break
            }
            let newBytes = (decoded.hadBOM ? [0xEF, 0xBB, 0xBF] : []) + fixed
            current = linter.lint(start.file, stdin: newBytes)
            bytes = newBytes
            applied += n
        }
        return Plan(outcome: current, bytes: bytes, applied: applied, problem: problem)
    }

    static func fixProblem(_ message: String, _ outcome: FileOutcome) -> Diagnostic {
        Diagnostic(code: BuiltinCodes.ioError.code, name: BuiltinCodes.ioError.name, message: message, severity: .error,
                   filename: outcome.file.displayPath, location: SourceLocation(row: 1, column: 1),
                   endLocation: SourceLocation(row: 1, column: 1), noqaRow: 1, verdict: nil, source: outcome.source)
    }
}

/// Writes fixed bytes over a file in place, so its inode — owner, group, mode, ACLs, hard links — is
/// kept, and never over an edit it has not seen:
/// - the path is resolved through every symbolic link to the real file (`realpath`);
/// - a file its user cannot write is left alone: one without write permission for the running user
///   (`access(W_OK)`), and, since root may write anything, one whose mode grants write to nobody
///   (`chmod 444`);
/// - the file is opened, then a Linux write lease is taken (`F_SETLEASE`): while it is held, any other
///   process that opens or truncates the file waits until heaplint is done, so the compare-and-write
///   below is atomic against editors and scripts that do not cooperate; where leases are unavailable
///   an advisory `flock` keeps concurrent heaplint runs apart; a file another program holds open
///   is refused (a lease cannot be had);
/// - the content is re-read through the open descriptor and compared with what was linted; the path
///   must still name the same inode (an editor that saves by rename leaves it to the new file);
/// - space for a longer file is reserved first (`posix_fallocate`), so a full disk fails before a
///   byte changes; a failed write puts the original bytes back.
/// Returns why the file was not written, or nil.
enum FixWriter {
    /// `F_SETLEASE` (Linux, `_GNU_SOURCE`: not in Glibc's Swift overlay).
    static let setLease: Int32 = 1024
    private static let ignoreSIGIO: Void = { signal(SIGIO, SIG_IGN); return () }()

    static func write(_ bytes: [UInt8], to path: String, rawPath: [UInt8]?, expecting original: [UInt8]) -> String? {
        let given: [CChar] = rawPath.map { $0.map { CChar(bitPattern: $0) } + [0] } ?? Array(path.utf8CString)
        guard let resolved = realpath(given, nil) else { return "cannot resolve the path: \(errnoText(errno))" }
        let target = Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved) + 1))
        free(resolved)

        var st = stat()
        guard stat(target, &st) == 0 else { return "the file can no longer be read: \(errnoText(errno))" }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return "not a regular file" }
        if access(target, W_OK) != 0 { return "the file is not writable (\(errnoText(errno))); it was left unchanged" }
        if st.st_mode & 0o222 == 0 {
            return "the file is read-only (mode \(String(st.st_mode & 0o7777, radix: 8))); it was left unchanged"
        }

        let fd = open(target, O_RDWR | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return "cannot open the file for writing: \(errnoText(errno))" }
        defer { close(fd) }
        _ = ignoreSIGIO
        var leased = false
        var attempt = 0
        while true {
            if fcntl(fd, FixWriter.setLease, Int32(F_WRLCK)) == 0 { leased = true; break }
            let code = errno
            if code == EAGAIN || code == EWOULDBLOCK {
                attempt += 1
                if attempt >= 50 { return "another program has the file open; run again once it is closed" }
                usleep(20_000)
                continue
            }
            break // no leases here (EINVAL, ENOLCK, EACCES on some file systems): the advisory lock only
        }
        defer { if leased { _ = fcntl(fd, FixWriter.setLease, Int32(F_UNLCK)) } }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return "another process holds a lock on the file" }
        defer { _ = flock(fd, LOCK_UN) }

        guard let current = readAll(fd) else { return "the file can no longer be read: \(errnoText(errno))" }
        guard current == original else { return "the file changed since it was linted; your version was kept" }
        var fst = stat(), now = stat()
        guard fstat(fd, &fst) == 0, stat(target, &now) == 0, fst.st_ino == now.st_ino, fst.st_dev == now.st_dev, fst.st_nlink > 0 else {
            return "the file was replaced while fixing; your version was kept"
        }
        if bytes.count > original.count {
            let code = posix_fallocate(fd, 0, off_t(bytes.count))
            if code == ENOSPC || code == EFBIG || code == EDQUOT { return "cannot grow the file: \(errnoText(code))" }
        }
        if let failure = writeAll(fd, bytes) {
            _ = writeAll(fd, original)
            _ = ftruncate(fd, off_t(original.count))
            return "cannot write: \(failure); the original was put back"
        }
        guard ftruncate(fd, off_t(bytes.count)) == 0 else {
            let failure = errnoText(errno)
            _ = writeAll(fd, original)
            _ = ftruncate(fd, off_t(original.count))
            return "cannot write: \(failure); the original was put back"
        }
        _ = fsync(fd)
        // An editor that saved by rename while heaplint wrote leaves the path to its own file.
        if stat(target, &now) != 0 || now.st_ino != fst.st_ino || now.st_dev != fst.st_dev {
            return "the file was replaced while fixing; your version was kept"
        }
        return nil
    }

    private static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            offset += off_t(n)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        return bytes.withUnsafeBytes { buf -> String? in
            while offset < buf.count {
                let n = pwrite(fd, buf.baseAddress! + offset, buf.count - offset, off_t(offset))
                if n < 0 { if errno == EINTR { continue }; return errnoText(errno) }
                offset += n
            }
            return nil
        }
    }
}
