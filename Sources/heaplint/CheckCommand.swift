import ArgumentParser
import Engine
import Foundation
import Reporters

extension OutputFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

/// `--target-version`: the versions heaplint models, listed in `--help`.
enum TargetVersion: String, CaseIterable, ExpressibleByArgument {
    case py38, py39, py310, py311, py312, py313, py314
    var version: PythonVersion { PythonVersion(flag: rawValue) ?? .default }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Lint Python files and directories (the default command).",
        discussion: """
            Colors (--color auto): FORCE_COLOR (non-empty) or CLICOLOR_FORCE (not 0) force them on, \
            NO_COLOR (any value) or CLICOLOR=0 turn them off, otherwise a terminal on stdout decides; \
            --color always/never wins, and --output-file is never colored.
            Progress (files done / total) is shown on stderr when it is a terminal, after about a second, \
            for the full and concise formats only.
            Suppression: `# noqa: HL101` or `# heaplint: ignore[HL101]` on the line; `# heaplint: noqa[: CODES]` \
            alone on a line for the whole file; HL902 (select it) reports unused ones.
            """)

    @Argument(help: "Files or directories to lint (default: the current directory).")
    var paths: [String] = []

    @Option(help: "Output format.")
    var outputFormat: OutputFormat = .full

    @Option(help: ArgumentHelp("Rule codes to enable (comma-separated, repeatable).", valueName: "CODES"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Rule codes to disable (comma-separated, repeatable).", valueName: "CODES"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Rule codes to enable on top of the selection (comma-separated, repeatable).", valueName: "CODES"))
    var extendSelect: [String] = []

    @Option(help: ArgumentHelp("Path patterns to exclude, replacing the defaults (comma-separated, repeatable).", valueName: "PATTERNS"))
    var exclude: [String] = []

    @Option(help: ArgumentHelp("Path patterns to exclude on top of the defaults (comma-separated, repeatable).", valueName: "PATTERNS"))
    var extendExclude: [String] = []

    @Flag(inversion: .prefixedNo,
          help: "Apply the excludes to paths named on the command line too (as pre-commit passes them); overrides the `force-exclude` setting.")
    var forceExclude: Bool?

    @Option(help: ArgumentHelp("Use this configuration file only (pyproject.toml, heaplint.toml or .heaplint.toml).", valueName: "FILE"))
    var config: String?

    @Flag(help: "Ignore all configuration files.")
    var isolated = false

    @Option(help: "The oldest Python version the code runs on: its memory behaviour is modelled, and `sys.version_info` tests are decided where every later version agrees (code valid in any of them is parsed whatever this says).")
    var targetVersion: TargetVersion?

    @Option(help: ArgumentHelp("""
        The target Python interpreter (or a virtual environment's directory): imports of its standard library and \
        installed packages resolve to their source, run where a program class names one of their classes as its \
        base. Default: the `python` setting, then $VIRTUAL_ENV, then a \
        .venv in the project root, then python3 on PATH.
        """, valueName: "PATH"))
    var python: String?

    @Option(help: ArgumentHelp("Read the source from stdin and report it under this file name.", valueName: "NAME"))
    var stdinFilename: String?

    @Flag(help: "Exit with 0 even when findings are reported.")
    var exitZero = false

    @Option(help: ArgumentHelp("""
        Which findings make the exit code 1: `unknown` (default: every reported finding) or \
        `confirmed` (only confirmed leaks; unknown ones are still printed). HL900/HL901/HL902 \
        fail in both modes. Overrides the `fail-on` setting.
        """, valueName: "VERDICT"))
    var failOn: FailOn?

    @Flag(help: "Add `# noqa: CODE` to every line with a finding (merged into an existing `# noqa:`), then exit.")
    var addNoqa = false

    @Flag(help: "Print the files that would be linted, then exit.")
    var showFiles = false

    @Flag(help: "Print the settings that apply to the first file that would be linted, then exit.")
    var showSettings = false

    @Flag(help: "Print the number of findings per code and per verdict instead of the findings (as JSON with --output-format json).")
    var statistics = false

    @Flag(help: "Do not read or write the cache.")
    var noCache = false

    @Flag(help: "Also report findings the simulation refuted.")
    var showRefuted = false

    @Flag(help: "Skip the heap simulation: every finding is `unknown`.")
    var noConfirm = false

    @Flag(help: "Apply fixes to the files.")
    var fix = false

    @Flag(help: "Include fixes that may change behaviour.")
    var unsafeFixes = false

    @Flag(help: "Print the fixes as a diff instead of writing them (exit 1 when there is one).")
    var diff = false

    @Flag(name: .shortAndLong, help: "Print findings only, no summary.")
    var quiet = false

    @Option(help: "Use ANSI colors (full and concise formats).")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Write each finding's retention graph as DOT (and SVG when `dot` is installed) into this directory.", valueName: "DIR"))
    var graph: String?

    @Option(help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "FILE"))
    var outputFile: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if addNoqa, fix || diff { throw ValidationError("--add-noqa cannot be combined with --fix or --diff") }
        if addNoqa, stdinFilename != nil { throw ValidationError("--add-noqa edits files; it cannot read from stdin") }
    }

    /// lstat, not fileExists: a dangling symbolic link exists (and is reported as one).
    static func isMissing(_ path: String) -> Bool {
        !PathArguments.exists(path)
    }

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        var missingPath = false
        var options = LintOptions(paths: [], workingDirectory: cwd, jobs: jobs)
        if let stdinFilename, showFiles || showSettings {
            options.stdinFilename = stdinFilename
        } else if let stdinFilename {
            if !paths.isEmpty {
                printError("warning: --stdin-filename reads the source from stdin; ignoring \(paths.joined(separator: " "))")
            }
            options.stdinFilename = stdinFilename
            options.stdinSource = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            // A missing path is an error (exit 2), but the other paths are still linted and
            // reported, and the missing one appears in the report as HL900 too.
            for path in paths where Self.isMissing(path) {
                printError("error: \(path): no such file or directory")
                missingPath = true
            }
            options.paths = paths.isEmpty ? ["."] : paths
        }
        options.configFile = config
        options.isolated = isolated
        options.useCache = !noCache
        options.overrides = overrides()
        options.fixMode = diff ? .diff : fix ? .apply : .none
        options.unsafeFixes = unsafeFixes

        if showSettings {
            try emit(try Linter.settingsReport(options))
            throw ExitCode(0)
        }
        if showFiles {
            let files = try Linter.files(options)
            try emit(files.map { $0 + "\n" }.joined())
            throw ExitCode(missingPath ? 2 : 0)
        }

        let progress = ProgressDisplay.make(enabled: showsProgress)
        options.progress = progress.map { display in { done, total in display.update(done: done, total: total) } }

        if addNoqa {
            let added = try Linter.addNoqa(options)
            progress?.finish()
            for problem in added.problems { printError("error: \(problem)") }
            if added.added > 0 {
                printError("Added \(added.added) noqa directive\(added.added == 1 ? "" : "s") in \(added.filesChanged) file\(added.filesChanged == 1 ? "" : "s").")
            }
            throw ExitCode(missingPath || !added.problems.isEmpty ? 2 : 0)
        }

        options.keepGraphs = graph != nil

        let context = ReportContext(
            filesChecked: 0,
            color: color.resolve(toStdout: outputFile == nil) && [.full, .concise, .grouped].contains(outputFormat),
            unsafeFixes: unsafeFixes, fixedCount: 0, quiet: quiet,
            version: HeaplintVersion.number)
        // The report streams out as files finish. `--fix` on stdin: the fixed source goes to
        // stdout (as ruff does), the report to stderr (or to --output-file).
        let fixingStdin = stdinFilename != nil && fix
        let output = diff ? nil : try ReportOutput(path: outputFile, fd: fixingStdin ? STDERR_FILENO : STDOUT_FILENO)
        let graphs = try graph.map { try RetentionGraphs.Writer(directory: $0) }
        var session: (any ReportSession)?
        var kept: [Diagnostic] = [] // --statistics counts these
        var reported = 0
        var failingIfConfirmedOnly = 0
        var graphError: Error?
        let result: LintResult
        do {
            result = try Linter.run(options) { diagnostics in
                reported += diagnostics.count
                failingIfConfirmedOnly += diagnostics.filter(FailOn.confirmed.fails).count
                if let graphs, graphError == nil {
                    do { try graphs.add(diagnostics) } catch { graphError = error }
                }
                guard let output else { return }
                if statistics { kept += diagnostics.map(\.slim); return }
                if session == nil { session = Reporters.reporter(for: outputFormat).session(context: context, write: output.write) }
                session!.add(diagnostics)
            }
        } catch {
            output?.abandon()
            throw error
        }
        for warning in result.warnings { printError(warning) }
        if let graphError { output?.abandon(); throw graphError }
        if diff {
            try emit(result.diff)
            throw ExitCode(missingPath ? 2 : result.diff.isEmpty || exitZero ? 0 : 1)
        }
        progress?.finish()
        var final = context
        final.filesChecked = result.filesChecked
        final.fixedCount = result.fixedCount
        if fixingStdin, let fixed = result.fixedStdin { FileHandle.standardOutput.write(Data(fixed)) }
        if let output {
            if statistics {
                output.write(outputFormat == .json ? Statistics.json(kept, context: final) : Statistics.report(kept, context: final))
            } else {
                if session == nil { session = Reporters.reporter(for: outputFormat).session(context: context, write: output.write) }
                session!.finish(context: final)
            }
            try output.finish()
        }
        // --fail-on decides which reported findings fail the run (every one by default).
        let failed = (result.failOn == .unknown ? reported : failingIfConfirmedOnly) > 0 && !exitZero
        throw ExitCode(missingPath ? 2 : failed ? 1 : 0)
    }

    /// Progress goes to stderr only when it is a terminal, for the human formats, not with
    /// --quiet, stdin, or when the report is machine-readable.
    var showsProgress: Bool {
        guard stdinFilename == nil, !quiet else { return false }
        guard ["full", "concise", "grouped"].contains(outputFormat.rawValue) else { return false }
        return isatty(STDERR_FILENO) == 1
    }

    func overrides() -> CommandLineOverrides {
        var o = CommandLineOverrides()
        o.select = Self.list(select)
        o.ignore = Self.list(ignore)
        o.extendSelect = Self.list(extendSelect)
        o.exclude = Self.list(exclude)
        o.extendExclude = Self.list(extendExclude)
        o.targetVersion = targetVersion?.version
        o.python = python
        if noConfirm { o.confirm = false }
        if showRefuted { o.showRefuted = true }
        o.forceExclude = forceExclude
        o.failOn = failOn
        return o
    }

    /// Comma-separated, repeatable values; nil when the option was not given.
    static func list(_ values: [String]) -> [String]? {
        guard !values.isEmpty else { return nil }
        return values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func emit(_ text: String) throws {
        guard let outputFile else { writeStdout(text); return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputFile, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ConfigurationError("cannot write \(outputFile): it is a directory")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: outputFile), options: .atomic)
        } catch {
            throw ConfigurationError("cannot write \(outputFile): \(error.localizedDescription)")
        }
    }
}
