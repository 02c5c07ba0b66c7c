import ArgumentParser
import Engine
import Foundation
import Reporters
import Rules

extension OutputFormat: ExpressibleByArgument {}

/// `--target-version`: the versions heaplint models, listed in `--help`.
enum TargetVersion: String, CaseIterable, ExpressibleByArgument {
    case py38, py39, py310, py311, py312, py313, py314
    var version: PythonVersion { PythonVersion(flag: rawValue) ?? .default }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Lint Python files and directories (the default command).")

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

    @Option(help: ArgumentHelp("Use this configuration file only (pyproject.toml, heaplint.toml or .heaplint.toml).", valueName: "FILE"))
    var config: String?

    @Flag(help: "Ignore all configuration files.")
    var isolated = false

    @Option(help: "The Python version to model.")
    var targetVersion: TargetVersion?

    @Option(help: ArgumentHelp("Read the source from stdin and report it under this file name.", valueName: "NAME"))
    var stdinFilename: String?

    @Flag(help: "Exit with 0 even when findings are reported.")
    var exitZero = false

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
    }

    /// lstat, not fileExists: a dangling symbolic link exists (and is reported as one).
    static func isMissing(_ path: String) -> Bool {
        !PathArguments.exists(path)
    }

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        var missingPath = false
        var options = LintOptions(paths: [], workingDirectory: cwd, jobs: jobs)
        if let stdinFilename {
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

        let result = try Linter.run(options)

        if diff {
            try emit(result.diff)
            throw ExitCode(missingPath ? 2 : result.diff.isEmpty || exitZero ? 0 : 1)
        }
        if let graph { _ = try RetentionGraphs.write(result.diagnostics, to: graph) }

        let context = ReportContext(
            filesChecked: result.filesChecked,
            color: color.resolve(toStdout: outputFile == nil) && [.full, .concise].contains(outputFormat),
            unsafeFixes: unsafeFixes, fixedCount: result.fixedCount, quiet: quiet,
            version: HeaplintVersion.number)
        // `--fix` on stdin: the fixed source goes to stdout (as ruff does), the report to stderr
        // (or to --output-file).
        if stdinFilename != nil, fix, let fixed = result.fixedStdin {
            FileHandle.standardOutput.write(Data(fixed))
            let report = statistics
                ? Statistics.report(result.diagnostics, context: context)
                : Reporters.reporter(for: outputFormat).report(result.diagnostics, context: context)
            if outputFile != nil { try emit(report) } else if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
            throw ExitCode(missingPath ? 2 : result.diagnostics.isEmpty || exitZero ? 0 : 1)
        }
        let text = statistics
            ? (outputFormat == .json ? Statistics.json(result.diagnostics, context: context)
                                     : Statistics.report(result.diagnostics, context: context))
            : Reporters.reporter(for: outputFormat).report(result.diagnostics, context: context)
        try emit(text)
        throw ExitCode(missingPath ? 2 : result.diagnostics.isEmpty || exitZero ? 0 : 1)
    }

    func overrides() -> CommandLineOverrides {
        var o = CommandLineOverrides()
        o.select = Self.list(select)
        o.ignore = Self.list(ignore)
        o.extendSelect = Self.list(extendSelect)
        o.exclude = Self.list(exclude)
        o.extendExclude = Self.list(extendExclude)
        o.targetVersion = targetVersion?.version
        if noConfirm { o.confirm = false }
        if showRefuted { o.showRefuted = true }
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
