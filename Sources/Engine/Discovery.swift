import Foundation

/// One file to lint, or a problem found while looking for files.
struct DiscoveredFile {
    var absolutePath: String
    var displayPath: String
    var settings: ResolvedSettings
    /// The path's bytes when they are not valid UTF-8: files are opened by these; `absolutePath` and
    /// `displayPath` then show each invalid byte as `\xNN`.
    var rawPath: [UInt8]? = nil
    /// Set when the path could not be walked (an unreadable directory, a missing path): reported as HL900.
    var problem: String?
}

/// Walks the given paths: `.py` / `.pyi` files, default and configured excludes, `.gitignore`
/// inside git repositories, symlink loops; explicit paths are always linted. Iterative.
struct Discovery {
    let workingDirectory: String
    let resolver: SettingsResolver
    /// `--force-exclude`: paths named explicitly are subject to the excludes too.
    var forceExclude = false

    func discover(_ paths: [String]) throws -> [DiscoveredFile] {
        var out: [String: DiscoveredFile] = [:]
        var visited = Set<FileID>()
        let cwd = workingDirectory
        for given in (paths.isEmpty ? ["."] : paths) {
            var absolute = Paths.absolute(given, cwd: cwd)
            var raw: [UInt8]?
            var lst = stat()
            if lstat(absolute, &lst) != 0, given.contains("\u{FFFD}"), let bytes = RawNames.argument(matching: given) {
                // A name that is not UTF-8 reaches us with U+FFFD in place of its bad bytes: open it by its bytes.
                let full = bytes.first == 0x2F ? bytes : Array(cwd.utf8) + (cwd.hasSuffix("/") ? [] : [0x2F]) + bytes
                if lstat(RawNames.cPath(full), &lst) == 0 { raw = full; absolute = RawNames.escaped(full) }
            }
            let parent = (absolute as NSString).deletingLastPathComponent
            if raw == nil, lstat(absolute, &lst) != 0 {
                let settings = try resolver.settings(forDirectory: parent)
                out[absolute] = DiscoveredFile(absolutePath: absolute, displayPath: Paths.display(absolute, cwd: cwd),
                                               settings: settings, problem: "\(errnoText(errno)): \(given)")
                continue
            }
            var st = stat()
            let followed = stat(raw.map(RawNames.cPath) ?? Array(absolute.utf8CString), &st) == 0
            // The working directory and the directories above it are never force-excluded
            // (`heaplint check --force-exclude .` inside a directory named `build`).
            let aboveWorkingDirectory = absolute == cwd || cwd.hasPrefix(absolute == "/" ? "/" : absolute + "/")
            if forceExclude, !aboveWorkingDirectory,
               try resolver.settings(forDirectory: parent).isForceExcluded(absolutePath: absolute) { continue }
            if followed, (st.st_mode & S_IFMT) == S_IFDIR {
                try walk(root: absolute, rawRoot: raw, visited: &visited, into: &out)
            } else {
                // Named explicitly: linted whatever its name or exclusion, unless --force-exclude
                // (a dangling link fails at read).
                let settings = try resolver.settings(forDirectory: parent)
                out[absolute] = DiscoveredFile(absolutePath: absolute, displayPath: Paths.display(absolute, cwd: cwd),
                                               settings: settings, rawPath: raw, problem: nil)
            }
        }
        return out.values.sorted { ($0.displayPath, $0.absolutePath) < ($1.displayPath, $1.absolutePath) }
    }

    struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

    /// Walks by raw bytes (`readdir`), so names that are not valid UTF-8 are linted too: such a file keeps
    /// its bytes in `rawPath` and shows each invalid byte as `\xNN` (no two names display alike).
    private func walk(root: String, rawRoot: [UInt8]?, visited: inout Set<FileID>, into out: inout [String: DiscoveredFile]) throws {
        let repoRoot = GitIgnoreStack.repositoryRoot(above: root)
        let rootStack = repoRoot.map { GitIgnoreStack.stack(root: $0, directory: root) }
        var stack: [(String, [UInt8], GitIgnoreStack?)] = [(root, rawRoot ?? Array(root.utf8), rootStack)]
        while let (dir, rawDir, ignores) = stack.popLast() {
            var st = stat()
            if stat(RawNames.cPath(rawDir), &st) == 0 {
                let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
                if visited.contains(id) { continue } // a symlink loop, or reached twice
                visited.insert(id)
            }
            let settings = try resolver.settings(forDirectory: dir)
            guard let names = RawNames.list(rawDir) else {
                let reason = errnoText(errno)
                out[dir] = DiscoveredFile(absolutePath: dir, displayPath: Paths.display(dir, cwd: workingDirectory),
                                          settings: settings, problem: "cannot read directory: \(reason)")
                continue
            }
            var subdirectories: [(String, [UInt8], GitIgnoreStack?)] = []
            for nameBytes in names {
                let name = RawNames.escaped(nameBytes)
                if name == ".git" { continue }
                let path = dir == "/" ? "/" + name : dir + "/" + name
                let rawPath = rawDir == [0x2F] ? [0x2F] + nameBytes : rawDir + [0x2F] + nameBytes
                if settings.isExcluded(absolutePath: path) { continue }
                let cPath = RawNames.cPath(rawPath)
                var lst = stat()
                guard lstat(cPath, &lst) == 0 else { continue }
                var kind = lst.st_mode & S_IFMT
                if kind == S_IFLNK {
                    var target = stat()
                    if stat(cPath, &target) == 0 { kind = target.st_mode & S_IFMT } // else dangling: a file that fails to read
                }
                let isDirectory = kind == S_IFDIR
                if let ignores, ignores.isIgnored(absolutePath: path, isDirectory: isDirectory) { continue }
                if isDirectory {
                    subdirectories.append((path, rawPath, ignores?.entering(path)))
                } else if name.hasSuffix(".py") || name.hasSuffix(".pyi") {
                    let lossless = String(bytes: rawPath, encoding: .utf8) == nil ? rawPath : nil
                    out[path] = DiscoveredFile(absolutePath: path, displayPath: Paths.display(path, cwd: workingDirectory),
                                               settings: settings, rawPath: lossless, problem: nil)
                }
            }
            stack.append(contentsOf: subdirectories.reversed())
        }
    }
}

/// File names as bytes: Linux allows any byte but `/` and NUL in a name, not only UTF-8.
enum RawNames {
    /// The entries of a directory (without `.` and `..`), sorted by their display form; nil with errno set.
    static func list(_ directory: [UInt8]) -> [[UInt8]]? {
        guard let handle = opendir(cPath(directory)) else { return nil }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name: [UInt8] = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: 256) { p in Array(UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)))) }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.map { (escaped($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func cPath(_ bytes: [UInt8]) -> [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    /// The name as text: valid UTF-8 as it is, each byte that is not part of a valid sequence as `\xNN`
    /// (uppercase hex, as Rust's `Debug` of an `OsStr` writes it).
    static func escaped(_ bytes: [UInt8]) -> String {
        if let s = String(bytes: bytes, encoding: .utf8) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { out.unicodeScalars.append(Unicode.Scalar(b)); i += 1; continue }
            let length = b >= 0xF8 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
            if length > 0, i + length <= bytes.count, let s = String(bytes: bytes[i..<(i + length)], encoding: .utf8) {
                out += s
                i += length
                continue
            }
            out += "\\x" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            i += 1
        }
        return out
    }

    /// The raw bytes of the command-line argument that decodes (with U+FFFD for bad bytes) to `text`.
    static func argument(matching text: String) -> [UInt8]? {
        for k in 1..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[k] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
            if String(decoding: bytes, as: UTF8.self) == text { return bytes }
        }
        return nil
    }
}

/// For the command line: whether a path given as an argument names something (a name that is not
/// UTF-8 is looked up by the argument's own bytes).
public enum PathArguments {
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        if lstat(path, &st) == 0 { return true }
        guard path.contains("\u{FFFD}"), let bytes = RawNames.argument(matching: path) else { return false }
        return lstat(RawNames.cPath(bytes), &st) == 0
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}
