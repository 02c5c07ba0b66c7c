import Foundation
import HeapSim
import Project
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
    /// Said once per file on stderr (a spent simulation budget).
    var warnings: [String] = []
}

/// Lints one file end to end. One per worker thread: owns that worker's parser.
final class FileLinter {
    let environment: LintEnvironment
    let cache: LintCache?
    /// Keep the raw, decoded and source texts in the outcome (`--fix` / `--diff` need them);
    /// otherwise they are released as soon as the file is linted.
    let keepTexts: Bool
    /// Render and keep each finding's DOT graph (`--graph`); otherwise the simulation renders none
    /// (and one a rule runner made anyway is dropped at once).
    let keepGraphs: Bool
    /// The run's projects (nil: each file alone, every import opaque).
    let project: ProjectContext?
    private var parser: Parser?
    private var parserError: String?

    init(environment: LintEnvironment, cache: LintCache?, keepTexts: Bool = true, keepGraphs: Bool = false,
         project: ProjectContext? = nil) {
        self.environment = environment
        self.project = project
        self.cache = cache
        self.keepTexts = keepTexts
        self.keepGraphs = keepGraphs
        do { parser = try Parser() } catch { parserError = "\(error)" }
    }

    /// Candidates left `unknown` by a limit of the whole file are said once per file on stderr
    /// (each finding still carries its reason): the file's simulation budget spent, or one bound
    /// (`object bound (200000) reached`, typically the module's own import) shared by many.
    static func fileWideLimits(_ diagnostics: [Diagnostic], file: String) -> [String] {
        var counts: [SimulationLimit: Int] = [:]
        var order: [SimulationLimit] = []
        for d in diagnostics where d.verdict == .unknown {
            for found in d.evidence?.limits ?? [] {
                // Spent before a candidate started or while it ran: one line for the file.
                var limit = found
                if case .budgetSpent = found { limit = .budgetSpent(beforeStart: true) }
                if counts[limit] == nil { order.append(limit) }
                counts[limit, default: 0] += 1
            }
        }
        return order.compactMap { limit in
            let n = counts[limit]!
            if case .budgetSpent = limit {
                return "\(file): the simulation budget for this file is spent; "
                    + "\(n) \(n == 1 ? "candidate" : "candidates") past it \(n == 1 ? "is" : "are") reported as unknown without simulation"
            }
            guard n >= sharedBoundThreshold else { return nil }
            return "\(file): \(n) candidates are reported as unknown: \(EvidenceTexts.limit(limit)) (a bound of the simulation, shared by all of them)"
        }
    }

    /// A bound shared by this many candidates of one file is a limit of the file, said once.
    static let sharedBoundThreshold = 10

    func lint(_ file: DiscoveredFile, stdin: [UInt8]? = nil) -> FileOutcome {
        var outcome = lintKeepingTexts(file, stdin: stdin)
        outcome.diagnostics.sort(by: Diagnostic.precedes)
        outcome.warnings += Self.fileWideLimits(outcome.diagnostics, file: file.displayPath)
        if !keepTexts { outcome.raw = nil; outcome.decoded = nil; outcome.source = nil }
        return outcome
    }

    private func lintKeepingTexts(_ file: DiscoveredFile, stdin: [UInt8]?) -> FileOutcome {
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
        var ruleSettings = settings.ruleSettings(forFile: file.absolutePath)
        // The file's project: what its imports reach, recorded for the dependency-aware cache.
        let model = ruleSettings.confirm ? project?.model(forFile: file.absolutePath, settings: settings) : nil
        let recorder = model.map(RecordingModuleProvider.init)
        ruleSettings.modules = recorder
        ruleSettings.isPackage = ProjectContext.isPackage(file.absolutePath)
        ruleSettings.renderGraphs = keepGraphs

        let key = cache.map { _ in
            LintCache.key(path: file.absolutePath, content: raw,
                          settings: settings.fingerprint + "|" + ruleSettings.enabled.sorted().joined(separator: ",")
                              + "|roots=" + (model?.roots.joined(separator: ":") ?? "-") + "|" + (model?.environment?.fingerprint ?? "python=-"),
                          version: environment.toolVersion)
        }
        // A cached finding that had a graph is re-analysed when `--graph` wants it (entries hold no graphs).
        if stdin == nil, let cache, let key, let hit = cache.lookup(path: file.absolutePath, key: key, lineCount: source.lineCount),
           !(keepGraphs && hit.hadGraph), model.map(hit.dependencies.stillHold(in:)) ?? hit.dependencies.isEmpty {
            outcome.diagnostics = hit.diagnostics.map {
                var d = $0
                d.excerpt = SourceExcerpt(source, from: d.location, to: d.endLocation)
                d.filename = file.displayPath
                return d
            }
            return outcome
        }
        outcome.diagnostics = analyse(source: source, file: file, settings: settings, ruleSettings: ruleSettings)
        if stdin == nil, let cache, let key {
            cache.store(path: file.absolutePath, key: key, diagnostics: outcome.diagnostics,
                        dependencies: recorder?.dependencies ?? ModuleDependencies())
        }
        return outcome
    }

    private func analyse(source: SourceText, file: DiscoveredFile, settings: ResolvedSettings, ruleSettings: RuleSettings) -> [Diagnostic] {
        guard let parser else { return ioError("cannot create the Python parser: \(parserError ?? "unknown error")", file: file) }
        // CPython rejects NUL bytes outright; the parser would stop at them. Report the first and
        // parse a copy with each NUL as a space (same offsets), so the rest of the file is linted.
        // (A lone CR ends a line, as in CPython: the Parser handles that.)
        let nulOffset = source.bytes.firstIndex(of: 0)
        let parsed = nulOffset == nil ? source : SourceText(bytes: Self.parserBytes(source.bytes))
        // The syntax tree lives only inside this closure: it is released before the rules run.
        let front: Result<(Module, Suppressions, [SyntaxIssues.Issue], NoqaTracker?), ParseFailure> = {
            let tree: Tree
            do { tree = try parser.parse(parsed) } catch { return .failure(ParseFailure(message: "\(error)")) }
            let moduleName = Paths.moduleName(forFile: file.absolutePath)
            // A file the run already lowered for an import (same name, same bytes) is not lowered again.
            let kept = project?.store.loweredIfKept(path: file.absolutePath, name: moduleName)
            let module = kept.flatMap { $0.source.bytes == parsed.bytes ? $0 : nil } ?? Lowering.lower(tree, moduleName: moduleName)
            let comments = commentRows(module: module, tree: tree, source: parsed)
            let suppressions = Suppressions(comments: comments)
            if suppressions.skipFile { return .success((module, suppressions, [], nil)) }
            // Syntax errors are collected whether or not HL901 is reported: a file CPython rejects never
            // runs, so its findings are not simulated (a verdict would pretend the code ran).
            let issues = SyntaxIssues.collect(tree: tree, module: module, source: parsed, nulOffset: nulOffset)
            let noqa = NoqaTracker(tree: tree, source: parsed, comments: comments, suppressions: suppressions)
            return .success((module, suppressions, issues, noqa))
        }()
        let module: Module, suppressions: Suppressions, issues: [SyntaxIssues.Issue]
        var noqa: NoqaTracker
        switch front {
        case .failure(let failure): return ioError("the parser failed: \(failure.message)", file: file)
        case .success(let parts):
            guard let tracker = parts.3 else { return [] }
            (module, suppressions, issues) = (parts.0, parts.1, parts.2)
            noqa = tracker
        }

        var out: [Diagnostic] = []
        if ruleSettings.enabled.contains(BuiltinCodes.syntaxError.code) {
            for issue in issues {
                let start = source.location(of: issue.range.lowerBound)
                let message = issue.message.hasPrefix("SyntaxError") ? issue.message : "SyntaxError: \(issue.message)"
                let diagnostic = Diagnostic(code: BuiltinCodes.syntaxError.code, name: BuiltinCodes.syntaxError.name, message: message,
                                            severity: .error, filename: file.displayPath, location: start,
                                            endLocation: source.location(of: issue.range.upperBound), noqaRow: start.row,
                                            verdict: nil, source: parsed)
                out.append(diagnostic)
            }
        }
        // Suppressed lines go to the rules, which skip those candidates before any simulation.
        var runSettings = ruleSettings
        runSettings.suppressed = SuppressedLines(rows: suppressions.rows.mapValues { scope -> Set<String>? in
            if case .codes(let codes) = scope { return codes } else { return nil }
        })
        if !issues.isEmpty { runSettings.confirm = false }
        // A stub (`.pyi`) never runs: its defaults are not objects any call shares. It is read for
        // syntax errors only.
        let isStub = file.absolutePath.hasSuffix(".pyi")
        let findings = ruleSettings.enabled.isEmpty || isStub ? [] : environment.ruleRunner(module, runSettings)
        for var finding in findings {
            guard ruleSettings.enabled.contains(finding.code) else { continue }
            let noqaRow = noqa.record(finding)
            if !issues.isEmpty {
                // Whatever the rule said, nothing ran: unknown, and why.
                finding.verdict = .unknown
                finding.message = finding.message.replacingOccurrences(of: "(not simulated: --no-confirm)",
                                                                       with: "(not simulated: CPython rejects this file)")
                var evidence = finding.evidence ?? Evidence(scenario: "")
                evidence.assumptions.insert(Self.notCompiledReason, at: 0)
                evidence.growth = nil
                evidence.graph = nil
                finding.evidence = evidence
                // Nor is it fixed: edits in a file that does not parse may land in the wrong place,
                // and fixing one finding can change what the next run sees (as ruff, no fixes there).
                finding.fix = nil
            }
            if finding.verdict == .refuted, !settings.showRefuted { continue }
            var diagnostic = Self.diagnostic(finding, source: parsed, filename: file.displayPath, keepGraph: keepGraphs)
            diagnostic.noqaRow = noqaRow
            if suppressions.isSuppressed(code: diagnostic.code, row: diagnostic.noqaRow) { continue }
            out.append(diagnostic)
        }
        if ruleSettings.enabled.contains(BuiltinCodes.unusedNoqa.code) {
            out += noqa.unused(enabled: ruleSettings.enabled, knownCodes: environment.knownCodes, filename: file.displayPath)
        }
        return out
    }

    /// The reason an `unknown` finding gives when its file does not compile.
    static let notCompiledReason = "not simulated: CPython rejects this file (HL901), so none of it runs"

    /// Whether tree-sitter finds an error (an ERROR or MISSING node) in these decoded bytes; nil when
    /// there is no parser. The guard that keeps a fix from writing code that no longer parses.
    func treeHasError(_ bytes: [UInt8]) -> Bool? {
        guard let parser, let tree = try? parser.parse(SourceText(bytes: Self.parserBytes(bytes))) else { return nil }
        return tree.root.hasError
    }

    /// The bytes the parser sees: NUL as a space (same length, same lines).
    static func parserBytes(_ bytes: [UInt8]) -> [UInt8] {
        SourceLoading.parserBytes(bytes)
    }

    /// Every comment (text, row, alone on its line, offset); from the module, or from the tree when the lowering gave none.
    private func commentRows(module: Module, tree: Tree, source: SourceText) -> [Suppressions.Comment] {
        if !module.comments.isEmpty {
            return module.comments.map { NoqaTracker.comment($0.text, at: $0.range.lowerBound, in: source) }
        }
        guard source.bytes.contains(UInt8(ascii: "#")) else { return [] }
        var rows: [Suppressions.Comment] = []
        // Compare symbol ids, not `kind`: an ERROR node's symbol (65535) is outside the name table.
        let commentSymbols = FileLinter.commentSymbols
        tree.root.walk { node in
            if commentSymbols.contains(node.symbol) { rows.append(NoqaTracker.comment(node.text, at: node.startByte, in: source)) }
            return true
        }
        return rows
    }

    static let commentSymbols: Set<UInt16> = Set(Language.python.symbolNames.indices.filter {
        Language.python.symbolNames[$0] == "comment"
    }.map { UInt16($0) })

    static func diagnostic(_ f: Finding, source: SourceText, filename: String, keepGraph: Bool = false) -> Diagnostic {
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
                          url: nil, fix: fix, verdict: f.verdict, evidence: f.evidence.map { .init($0, keepGraph: keepGraph) },
                          retentionSteps: steps, source: source)
    }

    private func ioError(_ message: String, file: DiscoveredFile) -> [Diagnostic] {
        guard file.settings.enabledCodes(forFile: file.absolutePath).contains(BuiltinCodes.ioError.code) else { return [] }
        return [Diagnostic(code: BuiltinCodes.ioError.code, name: BuiltinCodes.ioError.name, message: message, severity: .error,
                           filename: file.displayPath, location: SourceLocation(row: 1, column: 1),
                           endLocation: SourceLocation(row: 1, column: 1), noqaRow: 1, verdict: nil)]
    }
}

struct ParseFailure: Error { var message: String }

/// Runs `work` over `count` items on `jobs` threads with large stacks; results in item order.
enum WorkerPool {
    static let stackSize = 64 << 20

    static func run<Worker, Result>(count: Int, jobs: Int, makeWorker: @escaping () -> Worker,
                                    work: @escaping (Worker, Int) -> Result) -> [Result] {
        // `deliver` runs one call at a time, in item order.
        var results: [Result] = []
        results.reserveCapacity(count)
        stream(count: count, jobs: jobs, makeWorker: makeWorker, work: work, deliver: { results.append($0) })
        return results
    }

    /// As `run`, but hands each result to `deliver` in item order as soon as it and every
    /// earlier one are done (on a worker thread, one call at a time), and keeps none: only
    /// results waiting for an earlier one are held.
    static func stream<Worker, Result>(count: Int, jobs: Int, makeWorker: @escaping () -> Worker,
                                       work: @escaping (Worker, Int) -> Result, deliver: @escaping (Result) -> Void) {
        guard count > 0 else { return }
        Allocator.returnFreedMemory
        let threads = max(1, min(jobs, count, 256))
        let state = StreamState<Result>(count: count)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                let worker = makeWorker()
                while let index = state.nextIndex() {
                    let result = work(worker, index)
                    state.finish(result, at: index, deliver: deliver)
                }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
    }

    private final class StreamState<Result>: @unchecked Sendable {
        let lock = NSLock()
        /// Held while delivering, so deliveries never overlap and stay in order.
        let deliveryLock = NSLock()
        var next = 0
        var nextToDeliver = 0
        let count: Int
        var waiting: [Int: Result] = [:]
        init(count: Int) { self.count = count }
        func nextIndex() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
        func finish(_ result: Result, at index: Int, deliver: (Result) -> Void) {
            lock.lock(); waiting[index] = result; lock.unlock()
            deliveryLock.lock(); defer { deliveryLock.unlock() }
            while true {
                lock.lock()
                guard let ready = waiting.removeValue(forKey: nextToDeliver) else { lock.unlock(); return }
                nextToDeliver += 1
                lock.unlock()
                deliver(ready)
            }
        }
    }
}
