import Foundation

/// The patterns of one `.gitignore` (or `.git/info/exclude`), relative to `base`.
struct GitIgnoreFile: Sendable {
    struct Rule: Sendable {
        var glob: Glob
        var negated: Bool
        var directoryOnly: Bool
        /// Contains a `/` before its end: matched against the path relative to `base`,
        /// otherwise against the last component only.
        var anchored: Bool
    }

    /// Absolute directory the patterns are relative to, without a trailing `/`.
    let base: String
    let rules: [Rule]

    init(base: String, text: String) {
        self.base = base
        var rules: [Rule] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            // Trailing spaces are ignored unless escaped.
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line.removeLast() }
            if line.hasSuffix("\\ ") { line = String(line.dropLast(2)) + " " }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() }
            else if line.hasPrefix("\\!") || line.hasPrefix("\\#") { line.removeFirst() }
            var directoryOnly = false
            while line.hasSuffix("/") { directoryOnly = true; line.removeLast() }
            if line.isEmpty { continue }
            var anchored = line.contains("/")
            if line.hasPrefix("/") { line.removeFirst(); anchored = true }
            if line.hasPrefix("**/") { anchored = true }
            rules.append(Rule(glob: Glob(line), negated: negated, directoryOnly: directoryOnly, anchored: anchored))
        }
        self.rules = rules
    }

    /// nil when no pattern matches; otherwise whether the last matching pattern ignores the path.
    func decision(forRelativePath relative: String, isDirectory: Bool) -> Bool? {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        for rule in rules.reversed() {
            if rule.directoryOnly && !isDirectory { continue }
            let subject = rule.anchored ? relative : name
            if rule.glob.matches(subject) { return !rule.negated }
        }
        return nil
    }
}

/// The `.gitignore` files that apply in one directory of a git work tree: the repository's
/// `.git/info/exclude`, then each `.gitignore` from the root down (deeper files win).
struct GitIgnoreStack: Sendable {
    var files: [GitIgnoreFile] = []

    func isIgnored(absolutePath path: String, isDirectory: Bool) -> Bool {
        for file in files.reversed() {
            guard path.hasPrefix(file.base + "/") else { continue }
            let relative = String(path.dropFirst(file.base.count + 1))
            if let decision = file.decision(forRelativePath: relative, isDirectory: isDirectory) { return decision }
        }
        return false
    }

    /// The stack for `directory`, given the stack of its parent (the directory's own `.gitignore` added).
    func entering(_ directory: String) -> GitIgnoreStack {
        var copy = self
        if let text = try? String(contentsOfFile: directory + "/.gitignore", encoding: .utf8) {
            copy.files.append(GitIgnoreFile(base: directory, text: text))
        }
        return copy
    }

    /// The repository root above (or at) `directory`, found by walking up for `.git`.
    static func repositoryRoot(above directory: String) -> String? {
        var dir = directory
        var steps = 0
        while steps < 4096 {
            if FileManager.default.fileExists(atPath: dir + "/.git") { return dir }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
            steps += 1
        }
        return nil
    }

    /// The full stack that applies inside `directory` (which must be under `root`).
    static func stack(root: String, directory: String) -> GitIgnoreStack {
        var stack = GitIgnoreStack()
        if let text = try? String(contentsOfFile: root + "/.git/info/exclude", encoding: .utf8) {
            stack.files.append(GitIgnoreFile(base: root, text: text))
        }
        stack = stack.entering(root)
        guard directory.count > root.count, directory.hasPrefix(root == "/" ? "/" : root + "/") else { return stack }
        let rest = directory.dropFirst(root == "/" ? 1 : root.count + 1)
        var current = root == "/" ? "" : root
        for component in rest.split(separator: "/") {
            current += "/" + component
            stack = stack.entering(current)
        }
        return stack
    }
}
