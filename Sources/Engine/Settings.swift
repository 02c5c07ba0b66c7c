import Foundation
import Rules

/// A path pattern as ruff matches `exclude` and `per-file-ignores`: against the file or
/// directory name, or against the absolute path with the pattern resolved from `base`.
struct PathPattern: Sendable {
    let pattern: String
    let nameGlob: Glob
    let absoluteGlob: Glob

    init(_ pattern: String, base: String) {
        self.pattern = pattern
        var p = pattern
        if p.hasPrefix("./") { p.removeFirst(2) }
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        nameGlob = Glob(p, starCrossesSlash: false)
        let absolute = p.hasPrefix("/") ? p : (base == "/" ? "/" + p : base + "/" + p)
        absoluteGlob = Glob(Paths.normalize(absolute), starCrossesSlash: true)
    }

    func matches(absolutePath: String, name: String) -> Bool {
        nameGlob.matches(name) || absoluteGlob.matches(absolutePath)
    }

    func matches(absolutePath: [UInt8], name: [UInt8]) -> Bool {
        nameGlob.matches(name) || absoluteGlob.matches(absolutePath)
    }
}

/// The settings that apply to the files governed by one configuration (or none), with the
/// command-line overrides applied.
final class ResolvedSettings: @unchecked Sendable {
    static let defaultExcludes = [
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox",
        ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode",
        "__pypackages__", "_build", "buck-out", "build", "dist", "node_modules", "site-packages", "venv",
    ]

    let configPath: String?
    let root: String
    let enabled: Set<String>
    let perFileIgnores: [(pattern: PathPattern, codes: [String])]
    let excludes: [PathPattern]
    let confirm: Bool
    let showRefuted: Bool
    let targetVersion: PythonVersion
    let registrationCalls: [String]
    let unregistrationCalls: [String]
    let longLivedNames: [String]
    /// Where `targetVersion` comes from, for `--show-settings`.
    let targetVersionSource: String
    /// `force-exclude` (or `--force-exclude` / `--no-force-exclude`).
    let forceExclude: Bool
    /// `fail-on` (or `--fail-on`).
    let failOn: FailOn
    /// `src`: extra import roots (absolute), nil for ruff's default (the project root and its `src/`).
    let src: [String]?
    /// The interpreter from `--python` or `python` (absolute), with where it was set; nil: found from the environment.
    let python: (path: String, source: String)?
    /// Everything that changes what is reported in a file, as text, for cache keys.
    let fingerprint: String

    /// `fallbackRequiresPython`: where no configuration applies, the `requires-python` of the
    /// first `pyproject.toml` above the working directory (ruff's rule).
    init(config: ConfigFile?, overrides: CommandLineOverrides, workingDirectory: String, knownCodes: [String],
         fallbackRequiresPython: RequiresPython? = nil) throws {
        for (flag, list) in [("--select", overrides.select), ("--ignore", overrides.ignore), ("--extend-select", overrides.extendSelect)] {
            for code in list ?? [] where !Selection.isValidSelector(code, knownCodes: knownCodes) {
                throw ConfigurationError("unknown rule code or prefix `\(code)` in \(flag)")
            }
        }
        let values = config?.values ?? ConfigValues()
        configPath = config?.path
        let root = config.map { Paths.absolute($0.directory, cwd: workingDirectory) } ?? workingDirectory
        self.root = root
        var layers = [Selection.Layer(select: values.select, extendSelect: values.extendSelect ?? [], ignore: values.ignore ?? [])]
        if overrides.select != nil || overrides.extendSelect != nil || overrides.ignore != nil {
            layers.append(Selection.Layer(select: overrides.select, extendSelect: overrides.extendSelect ?? [], ignore: overrides.ignore ?? []))
        }
        let enabled = Selection.resolve(layers, knownCodes: knownCodes)
        self.enabled = enabled
        let perFileIgnores = (values.perFileIgnores ?? []).map { (pattern: PathPattern($0.pattern, base: root), codes: $0.codes) }
        self.perFileIgnores = perFileIgnores
        var excludes: [PathPattern]
        if let cli = overrides.exclude {
            excludes = cli.map { PathPattern($0, base: workingDirectory) }
        } else {
            excludes = (values.exclude ?? ResolvedSettings.defaultExcludes).map { PathPattern($0, base: root) }
        }
        excludes += (values.extendExclude ?? []).map { PathPattern($0, base: root) }
        excludes += (overrides.extendExclude ?? []).map { PathPattern($0, base: workingDirectory) }
        excludes.append(PathPattern(".heaplint_cache", base: root))
        self.excludes = excludes
        let confirm = overrides.confirm ?? values.confirm ?? true
        let showRefuted = overrides.showRefuted ?? values.showRefuted ?? false
        let requiresPython = config == nil ? fallbackRequiresPython : config?.requiresPython
        let targetVersion: PythonVersion
        if let v = overrides.targetVersion {
            targetVersion = v; targetVersionSource = "--target-version"
        } else if let v = values.targetVersion {
            targetVersion = v; targetVersionSource = "`target-version` in \(config.map { Paths.display($0.path, cwd: workingDirectory) } ?? "the configuration")"
        } else if let rp = requiresPython, let v = rp.version {
            targetVersion = v; targetVersionSource = "inferred from requires-python \"\(rp.specifier)\" in \(rp.displayPath)"
        } else if let rp = requiresPython {
            targetVersion = .default
            targetVersionSource = "default (requires-python \"\(rp.specifier)\" in \(rp.displayPath) could not be read)"
        } else {
            targetVersion = .default; targetVersionSource = "default"
        }
        forceExclude = overrides.forceExclude ?? values.forceExclude ?? false
        failOn = overrides.failOn ?? values.failOn ?? .unknown
        let registrationCalls = values.registrationCalls ?? []
        let unregistrationCalls = values.unregistrationCalls ?? []
        let longLivedNames = values.longLivedNames ?? []
        self.confirm = confirm; self.showRefuted = showRefuted; self.targetVersion = targetVersion
        self.registrationCalls = registrationCalls; self.unregistrationCalls = unregistrationCalls
        self.longLivedNames = longLivedNames
        let src = values.src.map { $0.map { Paths.absolute($0, cwd: root) } }
        self.src = src
        if let p = overrides.python {
            python = (p.contains("/") ? Paths.absolute(p, cwd: workingDirectory) : p, "--python")
        } else if let p = values.python {
            python = (p.contains("/") ? Paths.absolute(p, cwd: root) : p, "`python` in \(config.map { Paths.display($0.path, cwd: workingDirectory) } ?? "the configuration")")
        } else {
            python = nil
        }
        let srcText: String = src?.joined(separator: ":") ?? "-"
        let pythonText: String = python?.path ?? "-"
        fingerprint = [
            "src=" + srcText, "python=" + pythonText,
            "enabled=" + enabled.sorted().joined(separator: ","),
            "pfi=" + perFileIgnores.map { "\($0.pattern.pattern)@\(root):\($0.codes.joined(separator: ","))" }.joined(separator: ";"),
            "confirm=\(confirm)", "refuted=\(showRefuted)", "target=\(targetVersion.flag)",
            "reg=" + registrationCalls.joined(separator: ","), "unreg=" + unregistrationCalls.joined(separator: ","),
            "long=" + longLivedNames.joined(separator: ","),
        ].joined(separator: "|")
    }

    func isExcluded(absolutePath: String) -> Bool {
        let path = Array(absolutePath.utf8)
        let name = Array((absolutePath as NSString).lastPathComponent.utf8)
        return excludes.contains { $0.matches(absolutePath: path, name: name) }
    }

    /// `--force-exclude`: the path, or a directory between it and the project root (the
    /// configuration's directory, or the working directory), matches `exclude` / `extend-exclude`.
    /// As ruff's `is_file_excluded`; `.gitignore` is not consulted for named paths.
    func isForceExcluded(absolutePath: String) -> Bool {
        var path = absolutePath
        var steps = 0
        while steps < 4096 {
            if isExcluded(absolutePath: path) { return true }
            let parent = (path as NSString).deletingLastPathComponent
            guard parent != path, parent.hasPrefix(root == "/" ? "/" : root + "/") else { return false }
            path = parent
            steps += 1
        }
        return false
    }

    /// The codes enabled for one file (per-file-ignores applied).
    func enabledCodes(forFile absolutePath: String) -> Set<String> {
        let name = (absolutePath as NSString).lastPathComponent
        var ignores: [String] = []
        for entry in perFileIgnores where entry.pattern.matches(absolutePath: absolutePath, name: name) {
            ignores += entry.codes
        }
        return Selection.removing(ignores, from: enabled)
    }

    func ruleSettings(forFile absolutePath: String) -> RuleSettings {
        RuleSettings(enabled: enabledCodes(forFile: absolutePath), confirm: confirm, targetVersion: targetVersion,
                     registrationCalls: registrationCalls, unregistrationCalls: unregistrationCalls,
                     longLivedNames: longLivedNames)
    }
}

/// Finds the configuration that applies in each directory (the closest one walking up), loading
/// each file once. Not thread-safe: used by discovery, before the parallel phase.
final class SettingsResolver {
    let options: LintOptions
    let knownCodes: [String]
    private var fixed: ResolvedSettings?
    private var byDirectory: [String: ResolvedSettings] = [:]
    private var byConfigPath: [String: ResolvedSettings] = [:]
    private var defaults: ResolvedSettings?
    /// `requires-python` of the first `pyproject.toml` above the working directory, read once.
    private lazy var fallbackRequiresPython: RequiresPython? = {
        guard !options.isolated else { return nil }
        var dir = options.workingDirectory
        for _ in 0..<4096 {
            let path = dir == "/" ? "/pyproject.toml" : dir + "/pyproject.toml"
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                return RequiresPython(pyprojectAt: path, displayPath: Paths.display(path, cwd: options.workingDirectory))
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        return nil
    }()

    init(options: LintOptions, knownCodes: [String]) throws {
        self.options = options
        self.knownCodes = knownCodes
        let cwd = options.workingDirectory
        if options.isolated {
            fixed = try ResolvedSettings(config: nil, overrides: options.overrides, workingDirectory: cwd, knownCodes: knownCodes)
        } else if let path = options.configFile {
            let absolute = Paths.absolute(path, cwd: cwd)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDir), !isDir.boolValue else {
                throw ConfigurationError("\(path): configuration file not found")
            }
            let config = try ConfigLoader.load(path: absolute, displayPath: path, knownCodes: knownCodes, siblingPyproject: false)
                ?? ConfigFile(path: absolute, directory: (absolute as NSString).deletingLastPathComponent, values: ConfigValues())
            fixed = try ResolvedSettings(config: config, overrides: options.overrides, workingDirectory: cwd, knownCodes: knownCodes)
        }
    }

    /// The settings of the run as a whole (`--config`, or the configuration that governs the
    /// working directory): where run-wide settings (`force-exclude`, `fail-on`) come from, as
    /// ruff reads its top-level settings.
    func rootSettings() throws -> ResolvedSettings {
        try fixed ?? settings(forDirectory: options.workingDirectory)
    }

    /// The settings for files in `directory` (absolute).
    func settings(forDirectory directory: String) throws -> ResolvedSettings {
        if let fixed { return fixed }
        var pending: [String] = []
        var dir = directory
        var found: ResolvedSettings?
        while true {
            if let cached = byDirectory[dir] { found = cached; break }
            pending.append(dir)
            if let config = try configFile(in: dir) {
                if let existing = byConfigPath[config.path] { found = existing } else {
                    let resolved = try ResolvedSettings(config: config, overrides: options.overrides,
                                                        workingDirectory: options.workingDirectory, knownCodes: knownCodes)
                    byConfigPath[config.path] = resolved
                    found = resolved
                }
                break
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty || pending.count > 4096 { break }
            dir = parent
        }
        let result: ResolvedSettings
        if let found { result = found } else {
            if defaults == nil {
                defaults = try ResolvedSettings(config: nil, overrides: options.overrides,
                                                workingDirectory: options.workingDirectory, knownCodes: knownCodes,
                                                fallbackRequiresPython: fallbackRequiresPython)
            }
            result = defaults!
        }
        for d in pending { byDirectory[d] = result }
        return result
    }

    private func configFile(in dir: String) throws -> ConfigFile? {
        for name in ConfigLoader.fileNames {
            let path = dir == "/" ? "/" + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let shown = Paths.display(path, cwd: options.workingDirectory)
            if let config = try ConfigLoader.load(path: path, displayPath: shown, knownCodes: knownCodes) { return config }
        }
        return nil
    }
}

enum Paths {
    /// Lexically normalised absolute path (no `.`, `..`, `//`, trailing `/`).
    static func absolute(_ path: String, cwd: String) -> String {
        normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
    }

    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(component)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Relative to `cwd` when under it, otherwise absolute.
    static func display(_ absolute: String, cwd: String) -> String {
        let base = normalize(cwd)
        if base == "/" { return String(absolute.dropFirst()) }
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        return absolute
    }

    /// Dotted module name: the stem, prefixed by each enclosing directory that has `__init__.py(i)`;
    /// `__init__.py` names its package.
    static func moduleName(forFile absolute: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        var name = (absolute as NSString).lastPathComponent
        for ext in [".pyi", ".py"] where name.hasSuffix(ext) { name.removeLast(ext.count); break }
        var parts: [String] = []
        var dir = (absolute as NSString).deletingLastPathComponent
        if name != "__init__" { parts.append(name) }
        var steps = 0
        while steps < 256, dir != "/", !dir.isEmpty,
              fileExists(dir + "/__init__.py") || fileExists(dir + "/__init__.pyi") {
            parts.append((dir as NSString).lastPathComponent)
            dir = (dir as NSString).deletingLastPathComponent
            steps += 1
        }
        if parts.isEmpty { return name }
        return parts.reversed().joined(separator: ".")
    }
}
