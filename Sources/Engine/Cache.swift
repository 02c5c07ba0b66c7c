import Foundation
import HeapSim
import Rules
import Syntax

/// Two independent 64-bit FNV-1a hashes: 128 bits for cache keys (not cryptographic).
struct Hasher128 {
    private var a: UInt64 = 0xcbf29ce484222325
    private var b: UInt64 = 0x84222325cbf29ce4 ^ 0x9e3779b97f4a7c15

    mutating func update(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Eight bytes per step, then the tail byte by byte.
    mutating func update(buffer: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        let n = buffer.count
        var i = 0
        while i + 8 <= n {
            let word = buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            a = (a ^ word) &* 0x100000001b3
            a ^= a >> 29
            b = (b ^ (word &* 0x9e3779b97f4a7c15)) &* 0x100000001b3
            b = (b << 23) | (b >> 41)
            i += 8
        }
        while i < n {
            let byte = UInt64(buffer[i])
            a = (a ^ byte) &* 0x100000001b3
            b = (b ^ (byte ^ 0x5c)) &* 0x100000001b3
            b = (b << 7) | (b >> 57)
            i += 1
        }
        a = (a ^ UInt64(n)) &* 0x100000001b3
        b = (b ^ UInt64(n)) &* 0x100000001b3
        self.a = a; self.b = b
    }

    mutating func update(_ string: String) {
        update(bytes: Array(string.utf8)) // the length is mixed in: "ab"+"c" differs from "a"+"bc"
    }

    var hex: String { String(format: "%016llx%016llx", a, b) }
}

/// Per-file results kept in `.heaplint_cache/` under the working directory, keyed by path,
/// content, resolved settings and tool version. Entries are final diagnostics (after
/// suppressions and filtering) without the source text. Any unreadable or corrupt entry is
/// a miss; writes are atomic. Safe to use from several threads (one file per entry).
final class LintCache: @unchecked Sendable {
    static let formatVersion = 1
    let directory: String

    init(workingDirectory: String) {
        directory = workingDirectory + "/.heaplint_cache/v\(LintCache.formatVersion)"
    }

    static func key(path: String, content: [UInt8], settings: String, version: String) -> String {
        var h = Hasher128()
        h.update(path)
        h.update(bytes: content)
        h.update(settings)
        h.update(version)
        return h.hex
    }

    func entryPath(for path: String) -> String {
        var h = Hasher128()
        h.update(path)
        return directory + "/" + h.hex + ".json"
    }

    func lookup(path: String, key: String) -> [Diagnostic]? {
        guard let data = FileManager.default.contents(atPath: entryPath(for: path)),
              let entry = try? JSONDecoder().decode(CacheEntry.self, from: data),
              entry.format == LintCache.formatVersion, entry.key == key, entry.path == path
        else { return nil }
        return entry.diagnostics.map { $0.diagnostic }
    }

    func store(path: String, key: String, diagnostics: [Diagnostic]) {
        let entry = CacheEntry(format: LintCache.formatVersion, key: key, path: path, diagnostics: diagnostics.map(CachedDiagnostic.init))
        guard let data = try? JSONEncoder().encode(entry) else { return }
        if !FileManager.default.fileExists(atPath: directory) {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Keep the cache out of git, as ruff does with .ruff_cache.
            let ignore = (directory as NSString).deletingLastPathComponent + "/.gitignore"
            if !FileManager.default.fileExists(atPath: ignore) {
                AtomicWrite.write(Array("# Automatically created by heaplint.\n*\n".utf8), to: ignore, mode: 0o644)
            }
        }
        _ = AtomicWrite.write(Array(data), to: entryPath(for: path), mode: 0o644)
    }
}

private struct CacheEntry: Codable {
    var format: Int
    var key: String
    var path: String
    var diagnostics: [CachedDiagnostic]
}

private struct CachedLocation: Codable {
    var r: Int, c: Int
    init(_ l: SourceLocation) { r = l.row; c = l.column }
    var location: SourceLocation { SourceLocation(row: r, column: c) }
}

private struct CachedDiagnostic: Codable {
    struct Edit: Codable { var content: String; var start: CachedLocation; var end: CachedLocation }
    struct Fix: Codable { var applicability: String; var message: String; var edits: [Edit] }
    struct Step: Codable { var label: String; var location: CachedLocation? }
    struct Ev: Codable {
        var scenario: String; var growth: Growth?; var path: [PathStep]; var assumptions: [String]; var graph: String?
    }
    var code: String, name: String, message: String, severity: String
    var start: CachedLocation, end: CachedLocation, noqaRow: Int
    var url: String?
    var fix: Fix?
    var verdict: String?
    var evidence: Ev?
    var steps: [Step]
    var hasSource: Bool

    init(_ d: Diagnostic) {
        code = d.code; name = d.name; message = d.message; severity = d.severity.rawValue
        start = CachedLocation(d.location); end = CachedLocation(d.endLocation); noqaRow = d.noqaRow; url = d.url
        fix = d.fix.map { Fix(applicability: $0.applicability, message: $0.message,
                              edits: $0.edits.map { Edit(content: $0.content, start: CachedLocation($0.location), end: CachedLocation($0.endLocation)) }) }
        verdict = d.verdict?.rawValue
        evidence = d.evidence.map { Ev(scenario: $0.scenario, growth: $0.growth, path: $0.retentionPath, assumptions: $0.assumptions, graph: $0.graph) }
        steps = d.retentionSteps.map { Step(label: $0.label, location: $0.location.map(CachedLocation.init)) }
        hasSource = d.source != nil
    }

    var diagnostic: Diagnostic {
        Diagnostic(code: code, name: name, message: message, severity: Severity(rawValue: severity) ?? .warning, filename: "",
                   location: start.location, endLocation: end.location, noqaRow: noqaRow, url: url,
                   fix: fix.map { f in Diagnostic.ReportedFix(applicability: f.applicability, message: f.message, edits: f.edits.map {
                       Diagnostic.ReportedEdit(content: $0.content, location: $0.start.location, endLocation: $0.end.location) }) },
                   verdict: verdict.map { Verdict(rawValue: $0) ?? .unknown },
                   evidence: evidence.map { Evidence(scenario: $0.scenario, growth: $0.growth, retentionPath: $0.path, assumptions: $0.assumptions, graph: $0.graph) },
                   retentionSteps: steps.map { Diagnostic.ReportedStep(label: $0.label, location: $0.location?.location) })
    }
}

/// Writes a file through a temporary file in the same directory and a rename.
enum AtomicWrite {
    /// Returns an error message, or nil on success.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t) -> String? {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/.\(name).heaplint-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return "cannot create a temporary file: \(errnoText(errno))" }
        var offset = 0
        var failure: String?
        bytes.withUnsafeBytes { buf in
            while offset < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = "cannot write: \(errnoText(errno))"; return }
                offset += n
            }
        }
        if failure == nil, fchmod(fd, mode) != 0 { failure = "cannot set permissions: \(errnoText(errno))" }
        if failure == nil, fsync(fd) != 0 { failure = "cannot sync: \(errnoText(errno))" }
        close(fd)
        if failure == nil, rename(temp, path) != 0 { failure = "cannot replace the file: \(errnoText(errno))" }
        if failure != nil { unlink(temp) }
        return failure
    }
}
