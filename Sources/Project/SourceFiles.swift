import Foundation
import PythonModel
import Syntax

/// Reads a file without ever blocking on a FIFO or device: the type is checked first.
public enum FileReader {
    public enum Outcome { case success([UInt8]), failure(String) }

    /// `rawPath`: the path's bytes when they are not valid UTF-8 (`path` is then only for display).
    public static func read(_ displayPath: String, rawPath: [UInt8]? = nil) -> Outcome {
        let path: [CChar] = rawPath.map { $0.map { CChar(bitPattern: $0) } + [0] } ?? Array(displayPath.utf8CString)
        var lst = stat()
        guard lstat(path, &lst) == 0 else { return .failure("cannot read file: \(Self.errnoText(errno))") }
        var st = stat()
        if stat(path, &st) != 0 {
            let code = errno
            if (lst.st_mode & S_IFMT) == S_IFLNK {
                return .failure(code == ELOOP ? "cannot read file: symbolic link loop" : code == ENOENT ? "cannot read file: dangling symbolic link"
                                : "cannot read file: \(Self.errnoText(code))")
            }
            return .failure("cannot read file: \(Self.errnoText(code))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure("cannot read file: it is a directory")
        case S_IFIFO: return .failure("cannot read file: not a regular file (a FIFO)")
        case S_IFSOCK: return .failure("cannot read file: not a regular file (a socket)")
        default: return .failure("cannot read file: not a regular file")
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure("cannot read file: \(Self.errnoText(errno))") }
        defer { close(fd) }
        var fst = stat()
        guard fstat(fd, &fst) == 0, (fst.st_mode & S_IFMT) == S_IFREG else { return .failure("cannot read file: not a regular file") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(max(0, fst.st_size)))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure("cannot read file: \(Self.errnoText(errno))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return .success(bytes)
    }

    static func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// From a file's bytes to the lowered module, as the engine lints a file and as the project model
/// loads the modules a simulation imports (one pipeline, so both see the same module).
public enum SourceLoading {
    /// The bytes the parser sees: NUL as a space (same length, same lines). CPython rejects NUL
    /// bytes; the engine reports the first and lints the rest.
    public static func parserBytes(_ bytes: [UInt8]) -> [UInt8] {
        bytes.contains(0) ? bytes.map { $0 == 0 ? 0x20 : $0 } : bytes
    }

    /// The lowered module of a file's raw bytes (decoded as the engine decodes them), or nil when
    /// they cannot be decoded, do not parse, or hold a syntax error (CPython would not import it).
    public static func lower(raw: [UInt8], moduleName: String, parser: Parser) -> Module? {
        guard case .success(let decoded) = SourceDecoding.decode(raw) else { return nil }
        let source = SourceText(bytes: parserBytes(decoded.bytes))
        guard let tree = try? parser.parse(source), !tree.root.hasError else { return nil }
        if decoded.bytes.contains(0) { return nil }
        return Lowering.lower(tree, moduleName: moduleName)
    }
}
