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
        var options = options
        options.workingDirectory = Paths.normalize(options.workingDirectory)
        let resolver = try SettingsResolver(options: options, knownCodes: environment.knownCodes)
        let cache = options.useCache && options.stdinSource == nil ? LintCache(workingDirectory: options.workingDirectory) : nil
        let jobs = max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)

        if let stdin = options.stdinSource {
            let name = options.stdinFilename ?? "-"
            let absolute = Paths.absolute(name, cwd: options.workingDirectory)
            let settings = try resolver.settings(forDirectory: (absolute as NSString).deletingLastPathComponent)
            let file = DiscoveredFile(absolutePath: absolute, displayPath: options.stdinFilename.map { _ in Paths.display(absolute, cwd: options.workingDirectory) } ?? "-",
                                      settings: settings, problem: nil)
            let outcomes = WorkerPool.run(count: 1, jobs: 1, makeWorker: { FileLinter(environment: environment, cache: nil) },
                                          work: { linter, _ in linter.lint(file, stdin: stdin) })
            return finish(outcomes, options: options, environment: environment, cache: nil, jobs: 1, stdin: true)
        }

        let files = try Discovery(workingDirectory: options.workingDirectory, resolver: resolver).discover(options.paths)
        let outcomes = lint(files, environment: environment, cache: cache, jobs: jobs)
        return finish(outcomes, options: options, environment: environment, cache: cache, jobs: jobs, stdin: false)
    }

    static func lint(_ files: [DiscoveredFile], environment: LintEnvironment, cache: LintCache?, jobs: Int) -> [FileOutcome] {
        WorkerPool.run(count: files.count, jobs: jobs, makeWorker: { FileLinter(environment: environment, cache: cache) },
                       work: { linter, index in linter.lint(files[index]) })
    }

    private static func finish(_ lintOutcomes: [FileOutcome], options: LintOptions, environment: LintEnvironment,
                               cache: LintCache?, jobs: Int, stdin: Bool) -> LintResult {
        var outcomes = lintOutcomes
        var fixedCount = 0
        var diff = ""
        var fixedStdin: [UInt8]?
        if options.fixMode != .none {
            let run = FixRunner.run(&outcomes, options: options, environment: environment, jobs: jobs, stdin: stdin)
            fixedCount = run.fixedCount; diff = run.diff; fixedStdin = run.fixedStdin
        }
        var diagnostics = outcomes.flatMap(\.diagnostics)
        diagnostics.sort { a, b in
            if a.filename != b.filename { return a.filename < b.filename }
            if a.location != b.location { return a.location < b.location }
            if a.code != b.code { return a.code < b.code }
            if a.endLocation != b.endLocation { return a.endLocation < b.endLocation }
            return a.message < b.message
        }
        let checked = outcomes.filter { $0.file.problem == nil }.count
        return LintResult(diagnostics: diagnostics, filesChecked: checked, fixedCount: fixedCount, diff: diff, fixedStdin: fixedStdin)
    }

}
