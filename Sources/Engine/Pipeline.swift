import Foundation
import HeapSim
import PythonModel
import Rules
import Syntax

/// What the pipeline calls beyond the engine itself; tests replace parts of it.
public struct LintEnvironment: @unchecked Sendable {
    /// Codes `select` / `ignore` accept.
    public var knownCodes: [String]
    /// Runs the rules on one module (default `RuleRunner.run`).
    public var ruleRunner: (Module, RuleSettings) -> [Finding]
    /// Part of every cache key: bump to invalidate caches of older builds.
    public var toolVersion: String

    public init(knownCodes: [String] = RuleRegistry.knownCodes,
                ruleRunner: @escaping (Module, RuleSettings) -> [Finding] = { RuleRunner.run($0, settings: $1) },
                toolVersion: String = LintEnvironment.defaultToolVersion) {
        self.knownCodes = knownCodes; self.ruleRunner = ruleRunner; self.toolVersion = toolVersion
    }

    public static let engineVersion = "0.1.0"

    /// The engine version, the embedded rule data and the running executable's size and mtime.
    public static let defaultToolVersion: String = {
        var h = Hasher128()
        for rule in RuleRegistry.all {
            for part in [rule.code, rule.name, rule.message, rule.summary, rule.readme, rule.query ?? "", rule.defaultSeverity.rawValue] {
                h.update(part)
            }
        }
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 {
            h.update("\(st.st_size):\(st.st_mtim.tv_sec):\(st.st_mtim.tv_nsec)")
        } else if let exe = CommandLine.arguments.first, stat(exe, &st) == 0 {
            h.update("\(st.st_size)")
        }
        return "\(engineVersion)+\(h.hex)"
    }()
}

/// The outcome of linting one file.
struct FileOutcome {
    var file: DiscoveredFile
    var diagnostics: [Diagnostic]
    /// The bytes as read (for refusing fixes when the file changed since).
    var raw: [UInt8]?
    var decoded: SourceDecoding.Decoded?
    var source: SourceText?
}

/// Lints one file end to end. One per worker thread: owns that worker's parser.
final class FileLinter {
    let environment: LintEnvironment
    let cache: LintCache?
    private var parser: Parser?
    private var parserError: String?

    init(environment: LintEnvironment, cache: LintCache?) {
        self.environment = environment
        self.cache = cache
        do { parser = try Parser() } catch { parserError = "\(error)" }
    }

    func lint(_ file: DiscoveredFile, stdin: [UInt8]? = nil) -> FileOutcome {
        let settings = file.settings
        var outcome = FileOutcome(file: file, diagnostics: [])
        if let problem = file.problem {
            outcome.diagnostics = ioError(problem, file: file)
            return outcome
        }
        let raw: [UInt8]
        if let stdin { raw = stdin } else {
            switch FileReader.read(file.absolutePath, rawPath: file.rawPath) {
            case .success(let bytes): raw = bytes
            case .failure(let message):
                outcome.diagnostics = ioError(message, file: file)
                return outcome
            }
        }
        outcome.raw = raw
        let decoded: SourceDecoding.Decoded
        switch SourceDecoding.decode(raw) {
        case .success(let d): decoded = d
        case .failure(let failure):
            outcome.diagnostics = ioError(failure.description, file: file)
            return outcome
        }
        outcome.decoded = decoded
        let source = SourceText(bytes: decoded.bytes)
        outcome.source = source
        let ruleSettings = settings.ruleSettings(forFile: file.absolutePath)

        let key = cache.map { _ in
            LintCache.key(path: file.absolutePath, content: raw, settings: settings.fingerprint + "|" + ruleSettings.enabled.sorted().joined(separator: ","),
                          version: environment.toolVersion)
        }
        if stdin == nil, let cache, let key, let hit = cache.lookup(path: file.absolutePath, key: key) {
            outcome.diagnostics = hit.map { var d = $0; d.source = source; d.filename = file.displayPath; return d }
            return outcome
        }
        outcome.diagnostics = analyse(source: source, file: file, settings: settings, ruleSettings: ruleSettings)
        if stdin == nil, let cache, let key { cache.store(path: file.absolutePath, key: key, diagnostics: outcome.diagnostics) }
        return outcome
    }

    private func analyse(source: SourceText, file: DiscoveredFile, settings: ResolvedSettings, ruleSettings: RuleSettings) -> [Diagnostic] {
        guard let parser else { return ioError("cannot create the Python parser: \(parserError ?? "unknown error")", file: file) }
        // CPython rejects NUL bytes outright; the parser would stop at them. Report the first and
        // parse a copy with each NUL as a space (same offsets), so the rest of the file is linted.
        // (A lone CR ends a line, as in CPython: the Parser handles that.)
        let nulOffset = source.bytes.firstIndex(of: 0)
        let parsed = nulOffset == nil ? source : SourceText(bytes: Self.parserBytes(source.bytes))
        let tree: Tree
        do { tree = try parser.parse(parsed) } catch {
            return ioError("the parser failed: \(error)", file: file)
        }
        let module = Lowering.lower(tree, moduleName: Paths.moduleName(forFile: file.absolutePath))
        let comments = commentRows(module: module, tree: tree, source: parsed)
        let suppressions = Suppressions(comments: comments)
        if suppressions.skipFile { return [] }

        var out: [Diagnostic] = []
        if ruleSettings.enabled.contains(BuiltinCodes.syntaxError.code) {
            let issues = SyntaxIssues.collect(tree: tree, module: module, source: parsed, nulOffset: nulOffset,
                                              unparenthesizedExcept: ruleSettings.targetVersion >= PythonVersion(3, 14))
            for issue in issues {
                let start = source.location(of: issue.range.lowerBound)
                let message = issue.message.hasPrefix("SyntaxError") ? issue.message : "SyntaxError: \(issue.message)"
                let diagnostic = Diagnostic(code: BuiltinCodes.syntaxError.code, name: BuiltinCodes.syntaxError.name, message: message,
                                            severity: .error, filename: file.displayPath, location: start,
                                            endLocation: source.location(of: issue.range.upperBound), noqaRow: start.row,
                                            verdict: .confirmed, source: parsed)
                out.append(diagnostic)
            }
        }
        let findings = ruleSettings.enabled.isEmpty ? [] : environment.ruleRunner(module, ruleSettings)
        for finding in findings {
            guard ruleSettings.enabled.contains(finding.code) else { continue }
            if finding.verdict == .refuted, !settings.showRefuted { continue }
            let diagnostic = Self.diagnostic(finding, source: parsed, filename: file.displayPath)
            if suppressions.isSuppressed(code: diagnostic.code, row: diagnostic.noqaRow) { continue }
            out.append(diagnostic)
        }
        return out
    }

    /// Whether tree-sitter finds an error (an ERROR or MISSING node) in these decoded bytes; nil when
    /// there is no parser. The guard that keeps a fix from writing code that no longer parses.
    func treeHasError(_ bytes: [UInt8]) -> Bool? {
        guard let parser, let tree = try? parser.parse(SourceText(bytes: Self.parserBytes(bytes))) else { return nil }
        return tree.root.hasError
    }

    /// The bytes the parser sees: NUL as a space (same length, same lines).
    static func parserBytes(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 == 0 ? 0x20 : $0 }
    }

    /// (text, row) of every comment; from the module, or from the tree when the lowering gave none.
    private func commentRows(module: Module, tree: Tree, source: SourceText) -> [(text: String, row: Int)] {
        if !module.comments.isEmpty {
            return module.comments.map { ($0.text, source.location(of: $0.range.lowerBound).row) }
        }
        guard source.bytes.contains(UInt8(ascii: "#")) else { return [] }
        var rows: [(text: String, row: Int)] = []
        // Compare symbol ids, not `kind`: an ERROR node's symbol (65535) is outside the name table.
        let commentSymbols = FileLinter.commentSymbols
        tree.root.walk { node in
            if commentSymbols.contains(node.symbol) { rows.append((node.text, source.lineIndex(of: node.startByte) + 1)) }
            return true
        }
        return rows
    }

    static let commentSymbols: Set<UInt16> = Set(Language.python.symbolNames.indices.filter {
        Language.python.symbolNames[$0] == "comment"
    }.map { UInt16($0) })

    static func diagnostic(_ f: Finding, source: SourceText, filename: String) -> Diagnostic {
        let start = source.location(of: f.range.lowerBound)
        // Edit content in the file's own line ending (rules write `\n`), so JSON edits apply as they are.
        let newline = f.fix == nil ? [0x0A] : FixApplier.lineEnding(of: source.bytes)
        let fix = f.fix.map { fix in
            Diagnostic.ReportedFix(applicability: fix.applicability.rawValue, message: fix.message, edits: fix.edits.map {
                Diagnostic.ReportedEdit(content: newline == [0x0A] ? $0.content : String(decoding: FixApplier.withLineEnding(Array($0.content.utf8), newline), as: UTF8.self), location: source.location(of: $0.range.lowerBound),
                                        endLocation: source.location(of: $0.range.upperBound))
            })
        }
        let steps = f.evidence?.retentionPath.map { Diagnostic.ReportedStep(label: $0.label, location: $0.origin.map(source.location(of:))) } ?? []
        return Diagnostic(code: f.code, name: f.name, message: f.message, severity: f.severity, filename: filename,
                          location: start, endLocation: source.location(of: f.range.upperBound), noqaRow: start.row,
                          url: nil, fix: fix, verdict: f.verdict, evidence: f.evidence, retentionSteps: steps, source: source)
    }

    private func ioError(_ message: String, file: DiscoveredFile) -> [Diagnostic] {
        guard file.settings.enabledCodes(forFile: file.absolutePath).contains(BuiltinCodes.ioError.code) else { return [] }
        return [Diagnostic(code: BuiltinCodes.ioError.code, name: BuiltinCodes.ioError.name, message: message, severity: .error,
                           filename: file.displayPath, location: SourceLocation(row: 1, column: 1),
                           endLocation: SourceLocation(row: 1, column: 1), noqaRow: 1, verdict: .confirmed)]
    }
}

/// Reads a file without ever blocking on a FIFO or device: the type is checked first.
enum FileReader {
    enum Outcome { case success([UInt8]), failure(String) }

    /// `rawPath`: the path's bytes when they are not valid UTF-8 (`path` is then only for display).
    static func read(_ displayPath: String, rawPath: [UInt8]? = nil) -> Outcome {
        let path: [CChar] = rawPath.map { $0.map { CChar(bitPattern: $0) } + [0] } ?? Array(displayPath.utf8CString)
        var lst = stat()
        guard lstat(path, &lst) == 0 else { return .failure("cannot read file: \(errnoText(errno))") }
        var st = stat()
        if stat(path, &st) != 0 {
            let code = errno
            if (lst.st_mode & S_IFMT) == S_IFLNK {
                return .failure(code == ELOOP ? "cannot read file: symbolic link loop" : code == ENOENT ? "cannot read file: dangling symbolic link"
                                : "cannot read file: \(errnoText(code))")
            }
            return .failure("cannot read file: \(errnoText(code))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure("cannot read file: it is a directory")
        case S_IFIFO: return .failure("cannot read file: not a regular file (a FIFO)")
        case S_IFSOCK: return .failure("cannot read file: not a regular file (a socket)")
        default: return .failure("cannot read file: not a regular file")
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure("cannot read file: \(errnoText(errno))") }
        defer { close(fd) }
        var fst = stat()
        guard fstat(fd, &fst) == 0, (fst.st_mode & S_IFMT) == S_IFREG else { return .failure("cannot read file: not a regular file") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(max(0, fst.st_size)))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure("cannot read file: \(errnoText(errno))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return .success(bytes)
    }
}

/// Runs `work` over `count` items on `jobs` threads with large stacks; results in item order.
enum WorkerPool {
    static let stackSize = 64 << 20

    static func run<Worker, Result>(count: Int, jobs: Int, makeWorker: @escaping () -> Worker,
                                    work: @escaping (Worker, Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let threads = max(1, min(jobs, count, 256))
        let state = PoolState<Result>(count: count)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                let worker = makeWorker()
                while let index = state.nextIndex() {
                    let result = work(worker, index)
                    state.store(result, at: index)
                }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
        return state.results.map { $0! }
    }

    private final class PoolState<Result>: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        let count: Int
        var results: [Result?]
        init(count: Int) { self.count = count; results = Array(repeating: nil, count: count) }
        func nextIndex() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
        func store(_ r: Result, at i: Int) {
            lock.lock(); results[i] = r; lock.unlock()
        }
    }
}
