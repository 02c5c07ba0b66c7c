import Foundation
import Rules
import Syntax

/// Settings given on the command line; they override configuration files.
public struct CommandLineOverrides: Sendable {
    public var select: [String]?
    public var ignore: [String]?
    public var extendSelect: [String]?
    public var exclude: [String]?
    public var extendExclude: [String]?
    public var targetVersion: PythonVersion?
    /// `--no-confirm` sets false.
    public var confirm: Bool?
    public var showRefuted: Bool?
    /// `--force-exclude` (true) / `--no-force-exclude` (false).
    public var forceExclude: Bool?
    public var failOn: FailOn?
    /// `--python PATH`: the target interpreter (its standard library and site-packages).
    public var python: String?
    public init() {}
}

public struct LintOptions: Sendable {
    /// Files and directories to lint (default: the working directory).
    public var paths: [String]
    /// `--stdin-filename`: lint `stdinSource` as if it were this file.
    public var stdinFilename: String?
    public var stdinSource: [UInt8]?
    /// `--config FILE`: use this file only, no discovery.
    public var configFile: String?
    /// `--isolated`: ignore all configuration files.
    public var isolated: Bool
    public var overrides: CommandLineOverrides
    public var useCache: Bool
    public var workingDirectory: String
    /// Worker threads (default: the number of cores).
    public var jobs: Int?
    /// `--fix` (`.apply`) / `--diff` (`.diff`).
    public var fixMode: FixMode
    /// `--unsafe-fixes`: apply fixes marked unsafe too.
    public var unsafeFixes: Bool
    /// Called from worker threads after each file of the first pass: (files done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Keep each file's bytes in the result (`--add-noqa`).
    var keepOutcomes = false
    /// `--graph`: render and keep each finding's retention graph (DOT); otherwise the simulation
    /// renders none, and cached findings are used as they are.
    public var keepGraphs: Bool = false

    public init(paths: [String], stdinFilename: String? = nil, stdinSource: [UInt8]? = nil,
                configFile: String? = nil, isolated: Bool = false, overrides: CommandLineOverrides = .init(),
                useCache: Bool = true, workingDirectory: String = FileManager.default.currentDirectoryPath,
                jobs: Int? = nil, fixMode: FixMode = .none, unsafeFixes: Bool = false) {
        self.paths = paths; self.stdinFilename = stdinFilename; self.stdinSource = stdinSource
        self.configFile = configFile; self.isolated = isolated; self.overrides = overrides
        self.useCache = useCache; self.workingDirectory = workingDirectory; self.jobs = jobs
        self.fixMode = fixMode; self.unsafeFixes = unsafeFixes
    }
}

public struct LintResult: Sendable {
    /// Reported diagnostics sorted by filename, row, column, code (refuted ones only with show-refuted).
    public var diagnostics: [Diagnostic]
    public var filesChecked: Int
    /// Fixes applied (`.apply`) or that the diff shows (`.diff`).
    public var fixedCount: Int
    /// `.diff`: the unified diff of every file a fix would change; empty otherwise.
    public var diff: String
    /// stdin with `.apply`: the fixed source, for the caller to print (nil otherwise).
    public var fixedStdin: [UInt8]?
    /// `fail-on` of the run (`--fail-on`, or the root configuration's).
    public var failOn: FailOn = .unknown
    /// Per-file outcomes, when `keepOutcomes` asked for them.
    var outcomes: [FileOutcome] = []
    /// The diagnostics that make the exit code 1 under `failOn`.
    public var failing: [Diagnostic] { diagnostics.filter(failOn.fails) }
    /// Said once each on stderr by the caller: an unusable cache directory, a file whose
    /// simulation budget ran out.
    public var warnings: [String] = []
    public init(diagnostics: [Diagnostic], filesChecked: Int, fixedCount: Int = 0, diff: String = "", fixedStdin: [UInt8]? = nil) {
        self.diagnostics = diagnostics; self.filesChecked = filesChecked
        self.fixedCount = fixedCount; self.diff = diff; self.fixedStdin = fixedStdin
    }
}

/// A usage or configuration problem: the run stops with exit code 2.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum FixMode: Sendable { case none, apply, diff }

extension LintOptions {
    // Convenience kept separate so the memberwise init above stays the single source of truth.
}

/// The whole run: discovery, configuration, per-file pipeline in parallel, suppressions, sorting.
public enum Linter {
    /// Throws `ConfigurationError` for a usage or configuration problem (exit 2).
    /// Unreadable files and syntax errors are diagnostics (HL900 / HL901), not errors.
    public static func run(_ options: LintOptions) throws -> LintResult {
        try run(options, environment: LintEnvironment())
    }

    /// As `run(_:)`, with the rule runner, known codes and tool version given (tests inject these).
    public static func run(_ options: LintOptions, environment: LintEnvironment) throws -> LintResult {
        var all: [Diagnostic] = []
        var result = try run(options, environment: environment) { all += $0 }
        result.diagnostics = all
        return result
    }

    /// Streams the report: `receive` gets each file's diagnostics, sorted, in output order
    /// (files sorted by path), as soon as that file and every file before it are done — called
    /// from one thread at a time. A file's texts are released when it is linted, so memory is
    /// bounded by the largest file and by the findings waiting for an earlier file, not by the
    /// tree. (`--fix` / `--diff` keep the texts of the run until the fixes are written.) The
    /// returned result has no diagnostics: they went to `receive`.
    public static func run(_ options: LintOptions, environment: LintEnvironment = LintEnvironment(),
                           receive: @escaping ([Diagnostic]) -> Void) throws -> LintResult {
        var options = options
        options.workingDirectory = Paths.normalize(options.workingDirectory)
        let resolver = try SettingsResolver(options: options, knownCodes: environment.knownCodes)
        let root = try resolver.rootSettings()
        let forceExclude = options.overrides.forceExclude ?? root.forceExclude
        let cache = options.useCache && options.stdinSource == nil ? LintCache(workingDirectory: options.workingDirectory) : nil
        let jobs = max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let keepGraphs = options.keepGraphs
        // One project context per run: modules are found, read and lowered once, shared by the files.
        let project = ProjectContext()

        if let stdin = options.stdinSource {
            let name = options.stdinFilename ?? "-"
            let absolute = Paths.absolute(name, cwd: options.workingDirectory)
            let settings = try resolver.settings(forDirectory: (absolute as NSString).deletingLastPathComponent)
            if forceExclude, options.stdinFilename != nil, settings.isForceExcluded(absolutePath: absolute) {
                // Excluded: nothing is reported; `--fix` hands the source back unchanged (as ruff does).
                var result = LintResult(diagnostics: [], filesChecked: 0, fixedStdin: options.fixMode == .apply ? stdin : nil)
                result.failOn = root.failOn
                return result
            }
            let file = DiscoveredFile(absolutePath: absolute, displayPath: options.stdinFilename.map { _ in Paths.display(absolute, cwd: options.workingDirectory) } ?? "-",
                                      settings: settings, problem: nil)
            let outcomes = WorkerPool.run(count: 1, jobs: 1, makeWorker: { FileLinter(environment: environment, cache: nil, keepGraphs: keepGraphs, project: project) },
                                          work: { linter, _ in linter.lint(file, stdin: stdin) })
            var result = finish(outcomes, options: options, environment: environment, cache: nil, jobs: 1, stdin: true, receive: receive)
            result.failOn = root.failOn
            return result
        }

        var discovery = Discovery(workingDirectory: options.workingDirectory, resolver: resolver)
        discovery.forceExclude = forceExclude
        let files = try discovery.discover(options.paths)
        if options.fixMode != .none || options.keepOutcomes {
            let outcomes = lint(files, environment: environment, cache: cache, jobs: jobs, progress: options.progress, keepGraphs: keepGraphs,
                                project: project)
            var result = finish(outcomes, options: options, environment: environment, cache: cache, jobs: jobs, stdin: false, receive: receive)
            result.failOn = root.failOn
            return result
        }
        let counter = options.progress.map { ProgressCounter(total: files.count, report: $0) }
        var checked = 0
        var warnings: [String] = []
        WorkerPool.stream(count: files.count, jobs: jobs,
                          makeWorker: { FileLinter(environment: environment, cache: cache, keepTexts: false, keepGraphs: keepGraphs, project: project) },
                          work: { linter, index in
                              let outcome = linter.lint(files[index])
                              counter?.increment()
                              return outcome
                          },
                          deliver: { outcome in
                              if outcome.file.problem == nil { checked += 1 }
                              warnings += outcome.warnings
                              if !outcome.diagnostics.isEmpty { receive(outcome.diagnostics) }
                          })
        if ProcessInfo.processInfo.environment["HEAPLINT_TIMINGS"] != nil {
            FileHandle.standardError.write(Data("heaplint: project model: \(project.store.loadCount) module files read and lowered for imports, \(project.store.reuseCount) linted files taken from them\n".utf8))
        }
        var result = LintResult(diagnostics: [], filesChecked: checked)
        result.warnings = (cache?.warning.map { [$0] } ?? []) + warnings
        result.failOn = root.failOn
        return result
    }

    static func lint(_ files: [DiscoveredFile], environment: LintEnvironment, cache: LintCache?, jobs: Int,
                     progress: (@Sendable (Int, Int) -> Void)? = nil, keepGraphs: Bool = false,
                     project: ProjectContext? = ProjectContext()) -> [FileOutcome] {
        let counter = progress.map { ProgressCounter(total: files.count, report: $0) }
        return WorkerPool.run(count: files.count, jobs: jobs, makeWorker: { FileLinter(environment: environment, cache: cache, keepGraphs: keepGraphs, project: project) },
                              work: { linter, index in
                                  let outcome = linter.lint(files[index])
                                  counter?.increment()
                                  return outcome
                              })
    }

    private static func finish(_ lintOutcomes: [FileOutcome], options: LintOptions, environment: LintEnvironment,
                               cache: LintCache?, jobs: Int, stdin: Bool, receive: ([Diagnostic]) -> Void) -> LintResult {
        var outcomes = lintOutcomes
        var fixedCount = 0
        var diff = ""
        var fixedStdin: [UInt8]?
        if options.fixMode != .none {
            let run = FixRunner.run(&outcomes, options: options, environment: environment, jobs: jobs, stdin: stdin)
            fixedCount = run.fixedCount; diff = run.diff; fixedStdin = run.fixedStdin
        }
        var diagnostics = outcomes.flatMap(\.diagnostics)
        diagnostics.sort(by: Diagnostic.precedes)
        // One call per file, in order.
        var start = 0
        while start < diagnostics.count {
            var end = start + 1
            while end < diagnostics.count, diagnostics[end].filename == diagnostics[start].filename { end += 1 }
            receive(Array(diagnostics[start..<end]))
            start = end
        }
        let checked = outcomes.filter { $0.file.problem == nil }.count
        var result = LintResult(diagnostics: [], filesChecked: checked, fixedCount: fixedCount, diff: diff, fixedStdin: fixedStdin)
        result.warnings = (cache?.warning.map { [$0] } ?? []) + outcomes.flatMap(\.warnings)
        if options.keepOutcomes { result.outcomes = outcomes }
        return result
    }

}
