import Foundation

/// The target interpreter of a project and the directories its imports resolve from. Found once
/// per run (per project root); heaplint runs the interpreter only to ask where things are
/// (`-I -c`, a fixed script), never the linted code.
public struct PythonEnvironment: Sendable, Equatable {
    /// The interpreter as found (absolute path).
    public var interpreter: String
    /// How it was found, for `--show-settings` (`--python`, `` `python` in heaplint.toml``, `$VIRTUAL_ENV`, …).
    public var source: String
    /// `sys.version_info[:2]`.
    public var version: String
    /// `sysconfig.get_paths()["stdlib"]` (and `platstdlib` when different).
    public var standardLibrary: [String]
    /// The interpreter's import path (`sys.path` under `-I`), in order: standard-library entries,
    /// then site-packages.
    public var searchPath: [String]
    /// `sys.builtin_module_names`: compiled in, found before any path entry.
    public var builtinModules: Set<String>
    /// Frozen modules (`os`, `codecs`, …): found before any path entry, read from the stdlib source.
    public var frozenModules: Set<String>

    public init(interpreter: String, source: String, version: String, standardLibrary: [String], searchPath: [String],
                builtinModules: Set<String> = [], frozenModules: Set<String> = []) {
        self.interpreter = interpreter; self.source = source; self.version = version
        self.standardLibrary = standardLibrary; self.searchPath = searchPath
        self.builtinModules = builtinModules; self.frozenModules = frozenModules
    }

    /// Site-packages and other non-stdlib entries of the search path.
    public var sitePackages: [String] { searchPath.filter { !isStandardLibrary($0) } }

    /// Whether a path is in the standard library (and not in a site-packages below it).
    public func isStandardLibrary(_ path: String) -> Bool {
        if path.contains("/site-packages") || path.contains("/dist-packages") { return false }
        // The stdlib directory, and its siblings (`python311.zip`, `lib-dynload` on some layouts).
        return standardLibrary.contains { lib in
            let parent = (lib as NSString).deletingLastPathComponent
            return path == lib || path.hasPrefix(lib + "/") || (path as NSString).deletingLastPathComponent == parent
        }
    }

    /// Part of cache keys: the interpreter and what it answered.
    public var fingerprint: String {
        "python=\(interpreter)|\(version)|" + searchPath.joined(separator: ":")
    }

    /// The script the interpreter runs: facts about where modules are, as one JSON line.
    static let probeScript = """
    import json, sys, sysconfig
    try:
        import _imp
        frozen = sorted(_imp._frozen_module_names())
    except Exception:
        frozen = []
    p = sysconfig.get_paths()
    print(json.dumps({"version": "%d.%d" % sys.version_info[:2], "stdlib": [p["stdlib"], p["platstdlib"]], \
    "path": [e for e in sys.path if e], "builtin": list(sys.builtin_module_names), "frozen": frozen}))
    """

    private struct ProbeAnswer: Codable {
        var version: String
        var stdlib: [String]
        var path: [String]
        var builtin: [String]
        var frozen: [String]
    }

    /// Runs `interpreter -I -c <probe>` (at most `timeout` seconds) and reads its answer; nil when
    /// it cannot be run or answers something else.
    public static func probe(interpreter: String, source: String, timeout: TimeInterval = 10) -> PythonEnvironment? {
        if let cached: ProbeAnswer = ProbeCache.shared.answer(for: interpreter) { return make(cached, interpreter: interpreter, source: source) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter)
        process.arguments = ["-I", "-c", probeScript]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = DispatchTime.now() + timeout
        let finished = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        DispatchQueue.global().async {
            box.data = out.fileHandleForReading.readDataToEndOfFile()
            finished.signal()
        }
        if finished.wait(timeout: deadline) == .timedOut {
            process.terminate()
            return nil
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = String(data: box.data, encoding: .utf8)?.split(separator: "\n").last,
              let answer = try? JSONDecoder().decode(ProbeAnswer.self, from: Data(line.utf8))
        else { return nil }
        ProbeCache.shared.store(answer, for: interpreter)
        return make(answer, interpreter: interpreter, source: source)
    }

    private static func make(_ answer: ProbeAnswer, interpreter: String, source: String) -> PythonEnvironment {
        var stdlib: [String] = []
        for s in answer.stdlib where !stdlib.contains(s) { stdlib.append(s) }
        return PythonEnvironment(interpreter: interpreter, source: source, version: answer.version, standardLibrary: stdlib,
                                 searchPath: answer.path.filter { $0.hasPrefix("/") }, builtinModules: Set(answer.builtin),
                                 frozenModules: Set(answer.frozen))
    }

    /// Which interpreter a project uses, in order: `explicit` (`--python` or the `python` setting,
    /// with its description), `$VIRTUAL_ENV`, a `.venv` in the project root, `python3` on `PATH`.
    /// Returns the first candidate that exists and is executable (nil when none).
    public static func locate(explicit: (path: String, source: String)?, projectRoot: String,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> (path: String, source: String)? {
        var candidates: [(String, String)] = []
        if let explicit {
            // An explicit interpreter that cannot be used is not replaced by another one silently.
            if !explicit.path.contains("/") {
                for dir in (environment["PATH"] ?? "").split(separator: ":") where !dir.isEmpty {
                    let path = String(dir) + "/" + explicit.path
                    if isExecutable(path) { return (path, explicit.source) }
                }
                return nil
            }
            // A virtual environment's directory stands for its interpreter.
            if isExecutable(explicit.path + "/bin/python") { return (explicit.path + "/bin/python", explicit.source) }
            return isExecutable(explicit.path) ? (explicit.path, explicit.source) : nil
        }
        if let venv = environment["VIRTUAL_ENV"], !venv.isEmpty {
            candidates.append((venv + "/bin/python", "$VIRTUAL_ENV"))
        }
        candidates.append((projectRoot + "/.venv/bin/python", ".venv in the project root"))
        for (path, source) in candidates where isExecutable(path) { return (path, source) }
        for dir in (environment["PATH"] ?? "").split(separator: ":") where !dir.isEmpty {
            let path = String(dir) + "/python3"
            if isExecutable(path) { return (path, "python3 on PATH") }
        }
        return nil
    }

    static func isExecutable(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}

/// Probe answers kept across runs in `$XDG_CACHE_HOME/heaplint` (or `~/.cache/heaplint`), keyed
/// on the interpreter's path, size and mtime, so a warm run does not start the interpreter.
final class ProbeCache: @unchecked Sendable {
    static let shared = ProbeCache()
    private let directory: String?

    init() {
        let env = ProcessInfo.processInfo.environment
        if env["HEAPLINT_NO_PROBE_CACHE"] != nil {
            directory = nil
        } else if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/heaplint"
        } else if let home = env["HOME"], home.hasPrefix("/") {
            directory = home + "/.cache/heaplint"
        } else {
            directory = nil
        }
    }

    private func file(for interpreter: String) -> String? {
        guard let directory else { return nil }
        var st = stat()
        guard stat(interpreter, &st) == 0 else { return nil }
        // A script (pyenv's shims, wrappers) may start another interpreter tomorrow with the same
        // file: asked every run.
        if let handle = FileHandle(forReadingAtPath: interpreter) {
            let head = handle.readData(ofLength: 2)
            try? handle.close()
            if head == Data("#!".utf8) { return nil }
        }
        var h = Hasher128()
        h.update("\(interpreter)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)|\(st.st_ino)")
        return directory + "/python-" + h.hex + ".json"
    }

    /// Answers of this process (scripts included): a process that lints many times (the fuzzer,
    /// an editor's server) starts each interpreter once, not once per run (a pyenv shim costs
    /// hundreds of processes and ~0.2 s each time).
    private var memory: [String: Data] = [:]
    private let lock = NSLock()

    fileprivate func answer<T: Decodable>(for interpreter: String) -> T? {
        if let data = lock.withLock({ memory[interpreter] }) { return try? JSONDecoder().decode(T.self, from: data) }
        guard let path = file(for: interpreter), let data = FileManager.default.contents(atPath: path) else { return nil }
        lock.withLock { memory[interpreter] = data }
        return try? JSONDecoder().decode(T.self, from: data)
    }

    fileprivate func store<T: Encodable>(_ answer: T, for interpreter: String) {
        guard let data = try? JSONEncoder().encode(answer) else { return }
        lock.withLock { memory[interpreter] = data }
        guard let path = file(for: interpreter) else { return }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temp = path + ".\(getpid()).tmp"
        if FileManager.default.createFile(atPath: temp, contents: data) { rename(temp, path) }
    }
}
