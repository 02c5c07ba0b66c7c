import Engine
import Foundation

/// Where a report goes, written as it is produced: a buffered file descriptor (stdout or
/// stderr), or `--output-file` written through a temporary file in the same directory that
/// replaces the target when the report is complete (so a failed run never leaves half a report).
public final class ReportOutput {
    private let fd: Int32
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var failure: String?
    static let bufferSize = 1 << 16

    /// `path` nil: write to `fd` (1 = stdout, 2 = stderr). Throws `ConfigurationError` when the
    /// file cannot be created.
    public init(path: String?, fd: Int32 = STDOUT_FILENO) throws {
        buffer.reserveCapacity(Self.bufferSize)
        guard let path else { self.fd = fd; target = nil; temporary = nil; return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ConfigurationError("cannot write \(path): it is a directory")
        }
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/.\((path as NSString).lastPathComponent).heaplint-\(getpid()).tmp"
        let opened = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw ConfigurationError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.fd = opened; target = path; temporary = temp
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
    }

    /// Writes what is buffered; for `--output-file`, moves the finished report into place.
    public func finish() throws {
        flush()
        guard let target, let temporary else {
            // A closed pipe (`| head`) is not an error of the run.
            return
        }
        close(fd)
        if let failure {
            unlink(temporary)
            throw ConfigurationError("cannot write \(target): \(failure)")
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ConfigurationError("cannot write \(target): \(reason)")
        }
    }

    /// Removes the temporary file of an unfinished `--output-file` report.
    public func abandon() {
        guard let temporary else { return }
        close(fd)
        unlink(temporary)
    }
}
