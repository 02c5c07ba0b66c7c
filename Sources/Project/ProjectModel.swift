import Foundation
import PythonModel
import Syntax

/// Where a project's modules are: its roots as ruff finds them, and the names files have there.
public enum ProjectLayout {
    /// The directory a file's top-level package sits in: walking up from the file, the first
    /// directory without `__init__.py(i)` (the file's own directory for a loose module). This is
    /// the root the engine's module names are relative to (`Paths.moduleName(forFile:)`).
    public static func packageRoot(ofFile absolute: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        var dir = (absolute as NSString).deletingLastPathComponent
        var steps = 0
        while steps < 256, dir != "/", !dir.isEmpty,
              fileExists(dir + "/__init__.py") || fileExists(dir + "/__init__.pyi") {
            dir = (dir as NSString).deletingLastPathComponent
            steps += 1
        }
        return dir.isEmpty ? "/" : dir
    }

    /// The project root as ruff finds it: the nearest directory above the file holding a
    /// `pyproject.toml`, else the file's package root (or, when that is a `src/` folder, the
    /// directory holding it: a `src/` layout's scripts and tests sit beside `src/`, and ruff's
    /// default `src = [".", "src"]` resolves imports from both).
    public static func projectRoot(ofFile absolute: String) -> String {
        var dir = (absolute as NSString).deletingLastPathComponent
        for _ in 0..<4096 {
            if FileManager.default.fileExists(atPath: (dir == "/" ? "" : dir) + "/pyproject.toml") { return dir }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        let root = packageRoot(ofFile: absolute)
        return layoutParent(ofPackageRoot: root) ?? root
    }

    /// The directory holding a package root that is a `src/` folder (a `src/` layout).
    static func layoutParent(ofPackageRoot root: String) -> String? {
        guard (root as NSString).lastPathComponent == "src" else { return nil }
        let parent = (root as NSString).deletingLastPathComponent
        return parent.isEmpty || parent == root ? nil : parent
    }

    /// The search roots of a file's project, in import order: its package root (CPython's
    /// `sys.path[0]` for a script there), then `src` (configured, absolute), or by default the
    /// project root and its `src/` directory (ruff's default `src = [".", "src"]`). Missing
    /// directories and repeats are dropped.
    /// Without a configured `src`, a `src/` layout is read where it sits, whatever the project
    /// root (the corpus's cases sit below this repository's `pyproject.toml`): a package root named
    /// `src` brings the directory holding it (where the layout's scripts and tests are), and a
    /// package root holding a `src/` directory brings that one (the packages its scripts import).
    public static func roots(forFile absolute: String, projectRoot: String, configuredSrc: [String]?) -> [String] {
        let root = packageRoot(ofFile: absolute)
        var candidates = [root]
        if configuredSrc == nil {
            candidates.append(layoutParent(ofPackageRoot: root) ?? (root == "/" ? "/src" : root + "/src"))
        }
        candidates += configuredSrc ?? [projectRoot, projectRoot == "/" ? "/src" : projectRoot + "/src"]
        var out: [String] = []
        for c in candidates where !out.contains(c) && isDirectory(c) { out.append(c) }
        return out
    }

    /// Whether the packages of `packageRoot` (the directory a top-level package sits in) are
    /// distributed for other code to import: packaging metadata there or one level up (a `src/`
    /// or `lib/` layout), or the directory is an interpreter's library (`lib/python3.11`,
    /// `site-packages`).
    public static func isDistributed(packageRoot: String) -> Bool {
        distributedLock.lock()
        if let known = distributedRoots[packageRoot] { distributedLock.unlock(); return known }
        distributedLock.unlock()
        let components = packageRoot.split(separator: "/")
        var answer = components.contains { $0 == "site-packages" || $0 == "dist-packages" }
        if let last = components.last, last.hasPrefix("python"), components.count >= 2,
           components[components.count - 2].hasPrefix("lib") { answer = true }
        if !answer {
            let parent = (packageRoot as NSString).deletingLastPathComponent
            for dir in [packageRoot, parent] where !dir.isEmpty {
                let base = dir == "/" ? "" : dir
                if ["setup.py", "setup.cfg", "PKG-INFO"].contains(where: { FileManager.default.fileExists(atPath: base + "/" + $0) }) {
                    answer = true; break
                }
                if let text = try? String(contentsOfFile: base + "/pyproject.toml", encoding: .utf8),
                   text.split(separator: "\n").contains(where: { line in
                       let t = line.trimmingCharacters(in: .whitespaces)
                       return t == "[project]" || t == "[build-system]" || t == "[tool.poetry]"
                   }) {
                    answer = true; break
                }
                // (One level up only from a `src/` or `lib/` folder: above a plain package root
                // is some other project's business.)
                let name = (packageRoot as NSString).lastPathComponent
                if name != "src" && name != "lib" { break }
            }
        }
        distributedLock.lock(); distributedRoots[packageRoot] = answer; distributedLock.unlock()
        return answer
    }
    nonisolated(unsafe) private static var distributedRoots: [String: Bool] = [:]
    private static let distributedLock = NSLock()

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// `name` is a Python identifier (ASCII letters, digits, `_`, or any non-ASCII letter), not starting with a digit.
    public static func isIdentifier<S: StringProtocol>(_ name: S) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
            || ("0"..."9").contains($0) || ($0.value > 0x7F && $0.properties.isXIDContinue) }
    }

    /// Directories never searched for a project's modules (they hold environments or build output).
    static let skippedDirectories: Set<String> = [
        "__pycache__", "__pypackages__", "site-packages", "dist-packages", "node_modules", "venv", "build", "dist",
        "buck-out", "_build",
    ]
}

/// What a module name resolves to (filesystem only; nothing is read).
public struct ResolvedModule: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A `.py` file (a package's `__init__.py` when `isPackage`).
        case source
        /// A namespace package: directories without `__init__.py` (`path` is the first).
        case namespace
    }
    public var name: String
    public var kind: Kind
    /// The file, or the first directory of a namespace package.
    public var path: String
    public var isPackage: Bool
    public var origin: ProvidedModule.Origin
    /// Where its submodules are searched (`__path__`): empty for a plain module.
    public var submoduleSearch: [String]
}

/// Everything loaded in one run, shared by every project model: lowered modules (each file
/// parsed and lowered once while it is kept; the least recently used are let go past a byte
/// budget), directory listings, content hashes and import sets (read from tokens, never by
/// lowering). Thread-safe.
public final class ModuleStore: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: LoadEntry] = [:]
    /// Keys of loaded entries, least recently used first, with their source sizes.
    private var recent: [String] = []
    private var keptBytes = 0
    /// Source bytes of lowered modules kept (a lowered module takes about 13 times its source in
    /// memory: 4 MB keeps the modules a run imports again and again, and stays ~60 MB; 1 MB made the
    /// standard library lower 3,146 module files for imports). Less is a cliff, not a slope: at
    /// 2.5 MB the standard library's peak RSS fell from 136–141 MB to 116 MB, but scapy's working
    /// set no longer fitted and it lowered 1,418 module files instead of 162, in 13.3 s instead
    /// of 3.8 s (least recently used eviction of a cycle bigger than the store misses every time).
    public let budget: Int
    private var listings: [String: Set<String>?] = [:]
    private var hashes: [String: String?] = [:]
    private var importSets: [String: Set<String>?] = [:]
    private var walks: [String: [(path: String, name: String)]] = [:]
    /// The words of each file read (see `WordFilter`): `mentions` answers from them.
    private var wordFilters: [String: WordFilter] = [:]
    private var models: [String: ProjectModel] = [:]
    /// Files read and lowered (tests; `HEAPLINT_TIMINGS=1` prints it at the end of a run).
    public private(set) var loadCount = 0

    /// The largest module file lowered for a simulation (bigger ones are opaque).
    public let maxModuleBytes: Int

    public init(budget: Int = 4 << 20, maxModuleBytes: Int = 8 << 20) {
        self.budget = budget
        self.maxModuleBytes = maxModuleBytes
    }

    private final class LoadEntry {
        let lock = NSLock()
        var done = false
        var module: Module?
        var size = 0
    }

    /// The shared model for a list of roots and an environment (one per distinct pair).
    /// Lets go of the models (each holds this store, so the store and its models form a cycle):
    /// the run that owns the store calls it when it ends, or a long-lived process (the fuzzer, an
    /// editor's server) would keep every run's modules.
    public func releaseModels() {
        lock.lock(); defer { lock.unlock() }
        models.removeAll()
    }

    public func model(roots: [String], environment: PythonEnvironment?) -> ProjectModel {
        let key = roots.joined(separator: "\u{0}") + "\u{1}" + (environment?.fingerprint ?? "")
        lock.lock(); defer { lock.unlock() }
        if let m = models[key] { return m }
        let m = ProjectModel(roots: roots, environment: environment, store: self)
        models[key] = m
        return m
    }

    /// The lowered module of `path` named `name`; nil when unreadable, undecodable or not parsing.
    public func lowered(path: String, name: String) -> Module? {
        let key = path + "\u{0}" + name
        lock.lock()
        let entry: LoadEntry
        if let e = entries[key] { entry = e } else { entry = LoadEntry(); entries[key] = entry }
        lock.unlock()
        entry.lock.lock()
        if entry.done {
            let m = entry.module
            entry.lock.unlock()
            touch(key)
            return m
        }
        let (module, size) = load(path: path, name: name)
        entry.module = module
        entry.size = size
        entry.done = true
        entry.lock.unlock()
        lock.lock()
        recent.append(key)
        keptBytes += size
        evictLocked()
        lock.unlock()
        return module
    }

    /// The module of `path` named `name` when the store holds it lowered right now (nil when it
    /// does not, or another thread is lowering it): neither waits nor counts as a use. The engine
    /// lints such a file without lowering it again.
    public func loweredIfKept(path: String, name: String) -> Module? {
        let key = path + "\u{0}" + name
        lock.lock()
        let entry = entries[key]
        lock.unlock()
        guard let entry, entry.lock.try() else { return nil }
        defer { entry.lock.unlock() }
        if entry.done, entry.module != nil { lock.lock(); reuseCount += 1; lock.unlock() }
        return entry.done ? entry.module : nil
    }

    /// Linted files whose module was taken from the store (`HEAPLINT_TIMINGS=1` prints it).
    public private(set) var reuseCount = 0

    /// Reads and lowers a file (its content hash recorded); the module and the source size. A file
    /// larger than `maxModuleBytes` is not lowered (nil: the simulation treats it as code it
    /// cannot see): its tree would take about 13 times its size, next to the engine's own.
    private func load(path: String, name: String) -> (module: Module?, size: Int) {
        lock.lock(); loadCount += 1; lock.unlock()
        guard case .success(let raw) = FileReader.read(path), let parser = try? Parser() else { return (nil, 0) }
        recordHash(path: path, raw: raw)
        guard raw.count <= maxModuleBytes else { return (nil, 0) }
        return (SourceLoading.lower(raw: raw, moduleName: name, parser: parser), raw.count)
    }

    private func touch(_ key: String) {
        lock.lock(); defer { lock.unlock() }
        if let i = recent.lastIndex(of: key), i != recent.count - 1 { recent.remove(at: i); recent.append(key) }
    }

    /// Lets go of the least recently used modules past the budget (a later request lowers again).
    private func evictLocked() {
        while keptBytes > budget, recent.count > 1 {
            let key = recent.removeFirst()
            if let e = entries.removeValue(forKey: key) { keptBytes -= e.size }
        }
    }

    /// Whether the file names `identifier` as a word, a name or attribute or a string's word
    /// (true when it cannot be read). The read counts as reading the file: its content hash is
    /// recorded for the cache. The file is read once per run: its words are kept as a filter.
    public func mentions(path: String, identifier: String) -> Bool {
        lock.lock()
        if let known = wordFilters[path] { lock.unlock(); return known.mayContain(identifier) }
        lock.unlock()
        guard case .success(let raw) = FileReader.read(path) else { return true }
        recordHash(path: path, raw: raw)
        let filter = wordFilter(raw)
        lock.lock(); wordFilters[path] = filter; lock.unlock()
        return filter.mayContain(identifier)
    }

    /// The words of a file's source (decoded as CPython decodes it, when it can be).
    private func wordFilter(_ raw: [UInt8]) -> WordFilter {
        if case .success(let decoded) = SourceDecoding.decode(raw) { return WordFilter(decoded.bytes) }
        return WordFilter(raw)
    }

    private func recordHash(path: String, raw: [UInt8]) {
        var h = Hasher128()
        h.update(bytes: raw)
        lock.lock(); hashes[path] = h.hex; lock.unlock()
    }

    /// The content hash of a file (read once per run); nil when it cannot be read.
    public func contentHash(path: String) -> String? {
        lock.lock()
        if let known = hashes[path] { lock.unlock(); return known }
        lock.unlock()
        var hash: String?
        if case .success(let raw) = FileReader.read(path) {
            var h = Hasher128()
            h.update(bytes: raw)
            hash = h.hex
        }
        lock.lock(); hashes[path] = .some(hash); lock.unlock()
        return hash
    }

    /// The names in a directory (read once per run); nil when it is not a readable directory.
    func listing(_ directory: String) -> Set<String>? {
        lock.lock()
        if let known = listings[directory] { lock.unlock(); return known }
        lock.unlock()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)).map(Set.init)
        lock.lock(); listings[directory] = .some(names); lock.unlock()
        return names
    }

    /// The absolute module names a file imports, read from its tokens (`ImportScan`: no tree and
    /// no lowering, so indexing a tree costs about one read of it); nil when the file cannot be
    /// read or decoded (CPython could not import it either).
    func imports(path: String, name: String, isPackage: Bool) -> Set<String>? {
        let key = path + "\u{0}" + name
        lock.lock()
        if let known = importSets[key] { lock.unlock(); return known }
        lock.unlock()
        var set: Set<String>?
        if case .success(let raw) = FileReader.read(path) {
            recordHash(path: path, raw: raw)
            let filter: WordFilter
            if case .success(let decoded) = SourceDecoding.decode(raw) {
                set = ImportScan.importedModuleNames(decoded.bytes, moduleName: name, isPackage: isPackage)
                filter = WordFilter(decoded.bytes)
            } else {
                filter = WordFilter(raw)
            }
            lock.lock(); if wordFilters[path] == nil { wordFilters[path] = filter }; lock.unlock()
        }
        lock.lock(); importSets[key] = .some(set); lock.unlock()
        return set
    }

    /// The `.py` files below `root` whose path is a dotted module name there (identifier
    /// directories, no hidden or environment directories, symbolic links not followed), with that
    /// name; bounded in files and depth.
    func walk(_ root: String) -> [(path: String, name: String)] {
        lock.lock()
        if let known = walks[root] { lock.unlock(); return known }
        lock.unlock()
        var out: [(String, String)] = []
        var stack: [(dir: String, prefix: [String])] = [(root, [])]
        var directories = 0
        while let (dir, prefix) = stack.popLast(), out.count < 50_000, directories < 20_000 {
            directories += 1
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for entry in names.sorted() {
                let path = (dir == "/" ? "" : dir) + "/" + entry
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    guard prefix.count < 32, ProjectLayout.isIdentifier(entry), !ProjectLayout.skippedDirectories.contains(entry) else { continue }
                    stack.append((path, prefix + [entry]))
                case S_IFREG:
                    guard entry.hasSuffix(".py") else { continue }
                    let stem = String(entry.dropLast(3))
                    if stem == "__init__" {
                        if !prefix.isEmpty { out.append((path, prefix.joined(separator: "."))) }
                    } else if ProjectLayout.isIdentifier(stem) {
                        out.append((path, (prefix + [stem]).joined(separator: ".")))
                    }
                default: continue
                }
            }
        }
        out.sort { $0.0 < $1.0 }
        lock.lock(); walks[root] = out; lock.unlock()
        return out
    }
}

/// The modules one file's imports can reach: its project (roots in order, namespace packages
/// included), then its interpreter's standard library and site-packages, searched as CPython's
/// path finder searches `sys.path`. Modules are read and lowered only when asked for. Thread-safe;
/// one per distinct (roots, environment) in a run, shared by the files that have them.
public final class ProjectModel: ModuleProvider, @unchecked Sendable {
    public let roots: [String]
    public let environment: PythonEnvironment?
    public let store: ModuleStore
    private let lock = NSLock()
    private var resolved: [String: ResolvedModule?] = [:]
    private var namespaceModules: [String: Module] = [:]
    private let indexLock = NSLock()
    /// The project's modules, once importers were asked for.
    private var members: [Member]?
    private var importersByName: [String: [Member]]?
    private var filesFingerprint: String?
    /// Each member's import-linked component (`linkedModuleNames`), filled a component at a time.
    private var components: [String: [String]]?
    private var importsFingerprint: String?

    init(roots: [String], environment: PythonEnvironment?, store: ModuleStore) {
        self.roots = roots
        self.environment = environment
        self.store = store
    }

    /// A model on its own store (tests).
    public convenience init(roots: [String], environment: PythonEnvironment? = nil) {
        self.init(roots: roots, environment: environment, store: ModuleStore())
    }

    // MARK: resolution

    /// Where `name` is, as CPython's import system would find it; nil when it is not found, is
    /// compiled in (builtin or an extension module), or is not a dotted identifier.
    public func resolve(_ name: String) -> ResolvedModule? {
        lock.lock()
        if let known = resolved[name] { lock.unlock(); return known }
        lock.unlock()
        let result = computeResolve(name)
        lock.lock(); resolved[name] = .some(result); lock.unlock()
        return result
    }

    private func computeResolve(_ name: String) -> ResolvedModule? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ ProjectLayout.isIdentifier($0) }) else { return nil }
        if parts.count == 1 {
            if environment?.builtinModules.contains(name) == true { return nil }
            var entries: [(String, ProvidedModule.Origin)] = []
            // Frozen modules are found before any path entry: the project cannot shadow them.
            let frozen = environment?.frozenModules.contains(name) == true
            if !frozen { entries += roots.map { ($0, .project) } }
            for e in environment?.searchPath ?? [] where !roots.contains(e) {
                entries.append((e, environment!.isStandardLibrary(e) ? .standardLibrary : .environment))
            }
            return find(String(parts[0]), fullName: name, in: entries)
        }
        let parentName = parts.dropLast().joined(separator: ".")
        guard let parent = resolve(parentName), !parent.submoduleSearch.isEmpty else { return nil }
        return find(String(parts.last!), fullName: name, in: parent.submoduleSearch.map { ($0, parent.origin) })
    }

    /// CPython's FileFinder over the entries in order: in each, a package directory, then an
    /// extension module (opaque), then `name.py`; a directory without `__init__` is a namespace
    /// portion, used only when no entry has the module.
    private func find(_ component: String, fullName: String, in entries: [(String, ProvidedModule.Origin)]) -> ResolvedModule? {
        var portions: [String] = []
        var portionOrigin: ProvidedModule.Origin?
        for (dir, origin) in entries {
            guard let names = store.listing(dir) else { continue }
            let base = (dir == "/" ? "" : dir) + "/" + component
            if names.contains(component), ProjectLayout.isDirectory(base) {
                let inner = store.listing(base) ?? []
                if inner.contains(where: { $0.hasPrefix("__init__.") && $0.hasSuffix(".so") }) { return nil }
                if inner.contains("__init__.py") {
                    return ResolvedModule(name: fullName, kind: .source, path: base + "/__init__.py", isPackage: true,
                                          origin: origin, submoduleSearch: [base])
                }
                portions.append(base)
                if portionOrigin == nil { portionOrigin = origin }
            }
            if names.contains(where: { $0.hasPrefix(component + ".") && $0.hasSuffix(".so") && !$0.dropFirst(component.count + 1).dropLast(3).contains("/") }) {
                return nil
            }
            if names.contains(component + ".py") {
                return ResolvedModule(name: fullName, kind: .source, path: base + ".py", isPackage: false, origin: origin, submoduleSearch: [])
            }
        }
        guard let first = portions.first, let origin = portionOrigin else { return nil }
        return ResolvedModule(name: fullName, kind: .namespace, path: first, isPackage: true, origin: origin, submoduleSearch: portions)
    }

    // MARK: ModuleProvider

    public func module(named name: String) -> ProvidedModule? {
        guard let r = resolve(name) else { return nil }
        switch r.kind {
        case .source:
            guard let m = store.lowered(path: r.path, name: name) else { return nil }
            return ProvidedModule(name: name, module: m, isPackage: r.isPackage, path: r.path, origin: r.origin)
        case .namespace:
            lock.lock()
            var m = namespaceModules[name]
            lock.unlock()
            if m == nil, let parser = try? Parser() {
                m = SourceLoading.lower(raw: [], moduleName: name, parser: parser)
                lock.lock(); namespaceModules[name] = m; lock.unlock()
            }
            guard let module = m else { return nil }
            return ProvidedModule(name: name, module: module, isPackage: true, path: r.path, origin: r.origin)
        }
    }

    public func importerNames(of name: String) -> [String] {
        importerEntries(of: name).map(\.name)
    }

    public func isAbsent(_ name: String) -> Bool {
        guard let env = environment, !name.isEmpty, !name.contains("."), ProjectLayout.isIdentifier(name),
              !env.builtinModules.contains(name), !env.frozenModules.contains(name) else { return false }
        for dir in roots + env.searchPath {
            guard let names = store.listing(dir) else {
                // (An entry that does not exist is skipped, as CPython's path finder skips it; a
                // zip archive or an unreadable directory may hold anything.)
                if FileManager.default.fileExists(atPath: dir) { return false }
                continue
            }
            // (An editable install's import hook maps names the directory does not show.)
            if names.contains(where: { $0.hasPrefix("__editable__") }) { return false }
            if names.contains(name) || names.contains(where: { $0.hasPrefix(name + ".") }) { return false }
        }
        return true
    }

    public func distributesPackage(of name: String) -> Bool {
        guard let r = resolve(name) else { return true }
        guard r.origin == .project else { return true }
        // The directory the top-level package sits in: the path without the name's components.
        var dir = r.path
        let depth = name.split(separator: ".").count + (r.kind == .source && r.isPackage ? 1 : 0)
        for _ in 0..<(r.kind == .source ? depth : depth - 1) { dir = (dir as NSString).deletingLastPathComponent }
        if r.kind == .namespace { dir = (dir as NSString).deletingLastPathComponent }
        return ProjectLayout.isDistributed(packageRoot: dir)
    }

    public func mayMention(_ identifier: String, inModule name: String) -> Bool {
        guard let r = resolve(name), case .source = r.kind else { return true }
        return store.mentions(path: r.path, identifier: identifier)
    }

    public func linkedModuleNames(of name: String) -> [String]? {
        let all = buildMembers()
        indexLock.lock()
        if let known = components?[name] { indexLock.unlock(); return known }
        indexLock.unlock()
        var importSets: [String: Set<String>] = [:]
        for m in all { importSets[m.name] = store.imports(path: m.path, name: m.name, isPackage: m.isPackage) ?? [] }
        let component = ImportLinks.component(of: name, members: all.map(\.name), imports: { importSets[$0] ?? [] })
        indexLock.lock()
        if components == nil { components = [:] }
        for n in component { components?[n] = component }
        components?[name] = component
        indexLock.unlock()
        return component
    }

    /// The project's import graph as one hash (each module's name and import set): which modules
    /// `linkedModuleNames` links changes only with it.
    public func importGraphFingerprint() -> String {
        let all = buildMembers()
        indexLock.lock()
        if let known = importsFingerprint { indexLock.unlock(); return known }
        indexLock.unlock()
        var h = Hasher128()
        for m in all {
            h.update(m.name)
            for i in (store.imports(path: m.path, name: m.name, isPackage: m.isPackage) ?? []).sorted() { h.update(i) }
        }
        indexLock.lock(); importsFingerprint = h.hex; indexLock.unlock()
        return h.hex
    }

    public func importers(of name: String) -> [ProvidedModule] {
        importerEntries(of: name).compactMap { entry in
            guard let m = store.lowered(path: entry.path, name: entry.name) else { return nil }
            return ProvidedModule(name: entry.name, module: m, isPackage: entry.isPackage, path: entry.path, origin: .project)
        }
    }

    /// The project's modules whose imports include `name` (itself excluded), sorted by name. The
    /// import sets are the store's, shared by every model: a model keeps only its member list.
    private func importerEntries(of name: String) -> [Member] {
        (importerIndex()[name] ?? []).filter { $0.name != name }
    }

    /// For each imported name, the members importing it, in member order (built once, from the
    /// store's import sets: asking each member's set at every query cost a lookup per file).
    private func importerIndex() -> [String: [Member]] {
        let all = buildMembers()
        indexLock.lock(); defer { indexLock.unlock() }
        if let importersByName { return importersByName }
        var index: [String: [Member]] = [:]
        for m in all {
            for imported in store.imports(path: m.path, name: m.name, isPackage: m.isPackage) ?? [] {
                index[imported, default: []].append(m)
            }
        }
        importersByName = index
        return index
    }

    // MARK: the project's files

    /// The project's modules: every `.py` file below the roots whose dotted name there resolves
    /// to it in this model (a file shadowed by an earlier root is not one), sorted by name.
    public func projectModules() -> [(name: String, path: String)] {
        var out: [(name: String, path: String)] = []
        var seen = Set<String>()
        for root in roots {
            for (path, name) in store.walk(root) where !seen.contains(path) {
                // Leaves are not memoised (a model of a big tree would keep one entry per file).
                guard let r = computeResolve(name), r.kind == .source, r.path == path else { continue }
                seen.insert(path)
                out.append((name, path))
            }
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The project's module names and paths as one hash: `importers(of:)` answers from this set
    /// (a cached result that asked for importers is stale when a file is added or removed).
    public func projectFilesFingerprint() -> String {
        indexLock.lock(); defer { indexLock.unlock() }
        if let f = filesFingerprint { return f }
        var h = Hasher128()
        for m in projectModules() { h.update(m.name); h.update(m.path) }
        filesFingerprint = h.hex
        return h.hex
    }

    typealias Member = (name: String, path: String, isPackage: Bool)

    /// The project's modules, their import sets computed (in parallel, on threads with large
    /// stacks for deeply nested files) the first time importers are asked for.
    private func buildMembers() -> [Member] {
        indexLock.lock(); defer { indexLock.unlock() }
        if let members { return members }
        let modules: [Member] = projectModules().map { ($0.name, $0.path, ($0.path as NSString).lastPathComponent == "__init__.py") }
        let next = Counter()
        let group = DispatchGroup()
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, modules.count))
        for _ in 0..<threads {
            group.enter()
            let thread = Thread { [store] in
                while let i = next.next(below: modules.count) {
                    _ = store.imports(path: modules[i].path, name: modules[i].name, isPackage: modules[i].isPackage)
                }
                group.leave()
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        group.wait()
        members = modules
        if filesFingerprint == nil {
            var h = Hasher128()
            for m in modules { h.update(m.name); h.update(m.path) }
            filesFingerprint = h.hex
        }
        return modules
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One file's view of its project model: answers as the model does and records what the file's
/// simulation asked for, so the file's cached result can be keyed on exactly those files.
public final class RecordingModuleProvider: ModuleProvider, @unchecked Sendable {
    public let model: ProjectModel
    private let lock = NSLock()
    private var modules: [String: String?] = [:]
    private var importerQueries: Set<String> = []
    private var askedForProjectModules = false

    public init(_ model: ProjectModel) { self.model = model }

    public func module(named name: String) -> ProvidedModule? {
        let m = model.module(named: name)
        lock.lock(); modules[name] = .some(m?.path); lock.unlock()
        return m
    }

    public func importerNames(of name: String) -> [String] {
        let names = model.importerNames(of: name)
        lock.lock(); importerQueries.insert(name); lock.unlock()
        return names
    }

    public func mayMention(_ identifier: String, inModule name: String) -> Bool {
        // What the verdict read: the file's content is a dependency whatever the answer.
        let path = model.resolve(name).map(\.path)
        lock.lock(); if modules[name] == nil { modules[name] = .some(path) }; lock.unlock()
        return model.mayMention(identifier, inModule: name)
    }

    public func distributesPackage(of name: String) -> Bool {
        model.distributesPackage(of: name)
    }

    public func isAbsent(_ name: String) -> Bool {
        let absent = model.isAbsent(name)
        // (Not found: a module of that name created later changes the result.)
        if absent { lock.lock(); if modules[name] == nil { modules[name] = .some(nil) }; lock.unlock() }
        return absent
    }

    public func linkedModuleNames(of name: String) -> [String]? {
        // (The answer is the project's files and their imports: a file added or removed, or
        // imports changed, change it.)
        lock.lock(); askedForProjectModules = true; lock.unlock()
        return model.linkedModuleNames(of: name)
    }

    public func importers(of name: String) -> [ProvidedModule] {
        let found = model.importers(of: name)
        lock.lock()
        importerQueries.insert(name)
        for m in found { modules[m.name] = .some(m.path) }
        lock.unlock()
        return found
    }

    /// What was asked so far, with the content hash of each module file read.
    public var dependencies: ModuleDependencies {
        lock.lock()
        let modules = self.modules, queries = importerQueries, all = askedForProjectModules
        lock.unlock()
        var deps = ModuleDependencies()
        for (name, path) in modules {
            deps.modules[name] = ModuleDependencies.Read(path: path, hash: path.flatMap { model.store.contentHash(path: $0) })
        }
        if !queries.isEmpty {
            deps.importersOf = queries.sorted()
        }
        if !queries.isEmpty || all {
            deps.projectFiles = model.projectFilesFingerprint()
        }
        if all {
            deps.projectImports = model.importGraphFingerprint()
        }
        return deps
    }
}

/// The module files a file's verdicts read, by name, as the dependency-aware cache keeps them.
public struct ModuleDependencies: Codable, Sendable, Equatable {
    public struct Read: Codable, Sendable, Equatable {
        /// Where the name resolved (nil: not found, so creating it changes the result).
        public var path: String?
        /// Content hash of that file (nil for a namespace package's directory or an unreadable file).
        public var hash: String?
    }
    public var modules: [String: Read] = [:]
    /// Names whose importers were asked for (answered from the project's files).
    public var importersOf: [String] = []
    /// `projectFilesFingerprint()` when importers were asked for.
    public var projectFiles: String?
    /// `importGraphFingerprint()` when the modules linked by imports were asked for.
    public var projectImports: String?

    public init() {}

    public var isEmpty: Bool { modules.isEmpty && importersOf.isEmpty && projectFiles == nil && projectImports == nil }

    /// Whether every recorded read would be answered the same by `model` now: each name resolves
    /// to the same file with the same content, and the project's files are the same set.
    public func stillHold(in model: ProjectModel) -> Bool {
        for (name, read) in modules {
            let now = model.resolve(name)
            guard now?.path == read.path else { return false }
            if let path = read.path, now?.kind == .source, model.store.contentHash(path: path) != read.hash { return false }
        }
        if let projectFiles, model.projectFilesFingerprint() != projectFiles { return false }
        if let projectImports, model.importGraphFingerprint() != projectImports { return false }
        return true
    }
}
