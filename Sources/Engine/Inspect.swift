import Foundation
import Project
import Rules

extension Linter {
    /// `--show-files`: the files a run would lint (display paths, sorted), excludes and
    /// `--force-exclude` applied; nothing is read or linted.
    public static func files(_ options: LintOptions, environment: LintEnvironment = LintEnvironment()) throws -> [String] {
        var options = options
        options.workingDirectory = Paths.normalize(options.workingDirectory)
        let resolver = try SettingsResolver(options: options, knownCodes: environment.knownCodes)
        if let name = options.stdinFilename {
            let absolute = Paths.absolute(name, cwd: options.workingDirectory)
            let settings = try resolver.settings(forDirectory: (absolute as NSString).deletingLastPathComponent)
            let root = try resolver.rootSettings()
            if (options.overrides.forceExclude ?? root.forceExclude) && settings.isForceExcluded(absolutePath: absolute) { return [] }
            return [Paths.display(absolute, cwd: options.workingDirectory)]
        }
        var discovery = Discovery(workingDirectory: options.workingDirectory, resolver: resolver)
        discovery.forceExclude = try options.overrides.forceExclude ?? resolver.rootSettings().forceExclude
        return try discovery.discover(options.paths).filter { $0.problem == nil }.map(\.displayPath)
    }

    /// `--show-settings`: the settings that apply to the first file the run would lint (or to
    /// `--stdin-filename`), as `key = value` lines in the configuration's own syntax.
    public static func settingsReport(_ options: LintOptions, environment: LintEnvironment = LintEnvironment()) throws -> String {
        var options = options
        options.workingDirectory = Paths.normalize(options.workingDirectory)
        let cwd = options.workingDirectory
        let resolver = try SettingsResolver(options: options, knownCodes: environment.knownCodes)
        let root = try resolver.rootSettings()
        let absolute: String
        if let name = options.stdinFilename {
            absolute = Paths.absolute(name, cwd: cwd)
        } else {
            var discovery = Discovery(workingDirectory: cwd, resolver: resolver)
            discovery.forceExclude = options.overrides.forceExclude ?? root.forceExclude
            guard let first = try discovery.discover(options.paths).first(where: { $0.problem == nil }) else {
                throw ConfigurationError("no Python files found under \(options.paths.isEmpty ? "." : options.paths.joined(separator: " "))")
            }
            absolute = first.absolutePath
        }
        let settings = try resolver.settings(forDirectory: (absolute as NSString).deletingLastPathComponent)
        func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
        var lines: [String] = []
        lines.append("Resolved settings for: \(Paths.display(absolute, cwd: cwd))")
        lines.append("Settings path: \(settings.configPath.map { Paths.display($0, cwd: cwd) } ?? "none (defaults)")")
        lines.append("")
        lines.append("# rules that run on this file (select, ignore, extend-select, then per-file-ignores)")
        lines.append("enabled = \(list(settings.enabledCodes(forFile: absolute).sorted()))")
        lines.append("per-file-ignores = {" + settings.perFileIgnores.map { "\(quote($0.pattern.pattern)) = \(list($0.codes))" }
            .joined(separator: ", ") + "}")
        lines.append("exclude = \(list(settings.excludes.map(\.pattern)))")
        lines.append("target-version = \(quote(settings.targetVersion.flag))  # \(settings.targetVersionSource)")
        lines.append("confirm = \(settings.confirm)")
        lines.append("show-refuted = \(settings.showRefuted)")
        lines.append("registration-calls = \(list(settings.registrationCalls))")
        lines.append("unregistration-calls = \(list(settings.unregistrationCalls))")
        lines.append("long-lived-names = \(list(settings.longLivedNames))")
        lines.append("")
        lines.append("# the project: where this file's imports resolve, in order")
        let projectRoot = ProjectLayout.projectRoot(ofFile: absolute)
        let roots = ProjectLayout.roots(forFile: absolute, projectRoot: projectRoot, configuredSrc: settings.src)
        lines.append("project-root = \(quote(projectRoot == cwd ? "." : Paths.display(projectRoot, cwd: cwd)))")
        let srcNote = settings.src == nil ? "  # default: the file's package root, the project root and its src/" : "  # the file's package root, then `src`"
        lines.append("src = \(list(roots.map { $0 == cwd ? "." : Paths.display($0, cwd: cwd) }))" + srcNote)
        if let env = ProjectContext().environment(projectRoot: projectRoot, settings: settings) {
            lines.append("python = \(quote(env.interpreter))  # \(env.source), Python \(env.version)")
            lines.append("standard-library = \(list(env.standardLibrary))")
            lines.append("site-packages = \(list(env.sitePackages))")
        } else if let explicit = settings.python {
            lines.append("python = none  # \(explicit.source) names \(quote(explicit.path)), which cannot be run: standard-library and installed imports stay opaque")
        } else {
            lines.append("python = none  # no interpreter found ($VIRTUAL_ENV, .venv, python3 on PATH): standard-library and installed imports stay opaque")
        }
        lines.append("")
        lines.append("# run-wide (from \(root.configPath.map { Paths.display($0, cwd: cwd) } ?? "the defaults") and the command line)")
        lines.append("force-exclude = \(options.overrides.forceExclude ?? root.forceExclude)")
        lines.append("fail-on = \(quote(root.failOn.rawValue))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
