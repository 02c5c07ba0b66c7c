import Foundation
import Rules

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

    public init(paths: [String], stdinFilename: String? = nil, stdinSource: [UInt8]? = nil,
                configFile: String? = nil, isolated: Bool = false, overrides: CommandLineOverrides = .init(),
                useCache: Bool = true, workingDirectory: String = FileManager.default.currentDirectoryPath,
                jobs: Int? = nil) {
        self.paths = paths; self.stdinFilename = stdinFilename; self.stdinSource = stdinSource
        self.configFile = configFile; self.isolated = isolated; self.overrides = overrides
        self.useCache = useCache; self.workingDirectory = workingDirectory; self.jobs = jobs
    }
}

public struct LintResult: Sendable {
    /// Reported diagnostics sorted by filename, row, column, code (refuted ones only with show-refuted).
    public var diagnostics: [Diagnostic]
    public var filesChecked: Int
    public init(diagnostics: [Diagnostic], filesChecked: Int) {
        self.diagnostics = diagnostics; self.filesChecked = filesChecked
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
        LintResult(diagnostics: [], filesChecked: 0) // stub: the engine work replaces this
    }
}
