import Foundation

/// One file to lint, or a problem found while looking for files.
struct DiscoveredFile {
    var absolutePath: String
    var displayPath: String
    var settings: ResolvedSettings
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
            let absolute = Paths.absolute(given, cwd: cwd)
            let parent = (absolute as NSString).deletingLastPathComponent
            var lst = stat()
            if lstat(absolute, &lst) != 0 {
                let settings = try resolver.settings(forDirectory: parent)
                out[absolute] = DiscoveredFile(absolutePath: absolute, displayPath: Paths.display(absolute, cwd: cwd),
                                               settings: settings, problem: "\(errnoText(errno)): \(given)")
                continue
            }
            var st = stat()
            let followed = stat(absolute, &st) == 0
            // The working directory and the directories above it are never force-excluded
            // (`heaplint check --force-exclude .` inside a directory named `build`).
            let aboveWorkingDirectory = absolute == cwd || cwd.hasPrefix(absolute == "/" ? "/" : absolute + "/")
            if forceExclude, !aboveWorkingDirectory,
               try resolver.settings(forDirectory: parent).isForceExcluded(absolutePath: absolute) { continue }
            if followed, (st.st_mode & S_IFMT) == S_IFDIR {
                try walk(root: absolute, visited: &visited, into: &out)
            } else {
                // Named explicitly: linted whatever its name or exclusion, unless --force-exclude
                // (a dangling link fails at read).
                let settings = try resolver.settings(forDirectory: parent)
                out[absolute] = DiscoveredFile(absolutePath: absolute, displayPath: Paths.display(absolute, cwd: cwd),
                                               settings: settings, problem: nil)
            }
        }
        return out.values.sorted { ($0.displayPath, $0.absolutePath) < ($1.displayPath, $1.absolutePath) }
    }

    struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

    private func walk(root: String, visited: inout Set<FileID>, into out: inout [String: DiscoveredFile]) throws {
        let repoRoot = GitIgnoreStack.repositoryRoot(above: root)
        let rootStack = repoRoot.map { GitIgnoreStack.stack(root: $0, directory: root) }
        var stack: [(String, GitIgnoreStack?)] = [(root, rootStack)]
        while let (dir, ignores) = stack.popLast() {
            var st = stat()
            if stat(dir, &st) == 0 {
                let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
                if visited.contains(id) { continue } // a symlink loop, or reached twice
                visited.insert(id)
            }
            let settings = try resolver.settings(forDirectory: dir)
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            } catch {
                var reason = "unknown error"
                if let handle = opendir(dir) { closedir(handle) } else { reason = errnoText(errno) }
                out[dir] = DiscoveredFile(absolutePath: dir, displayPath: Paths.display(dir, cwd: workingDirectory),
                                          settings: settings, problem: "cannot read directory: \(reason)")
                continue
            }
            var subdirectories: [(String, GitIgnoreStack?)] = []
            for name in names {
                if name == ".git" { continue }
                let path = dir == "/" ? "/" + name : dir + "/" + name
                if settings.isExcluded(absolutePath: path) { continue }
                var lst = stat()
                guard lstat(path, &lst) == 0 else { continue }
                var kind = lst.st_mode & S_IFMT
                if kind == S_IFLNK {
                    var target = stat()
                    if stat(path, &target) == 0 { kind = target.st_mode & S_IFMT } // else dangling: a file that fails to read
                }
                let isDirectory = kind == S_IFDIR
                if let ignores, ignores.isIgnored(absolutePath: path, isDirectory: isDirectory) { continue }
                if isDirectory {
                    subdirectories.append((path, ignores?.entering(path)))
                } else if name.hasSuffix(".py") || name.hasSuffix(".pyi") {
                    out[path] = DiscoveredFile(absolutePath: path, displayPath: Paths.display(path, cwd: workingDirectory),
                                               settings: settings, problem: nil)
                }
            }
            stack.append(contentsOf: subdirectories.reversed())
        }
    }
}

func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}
