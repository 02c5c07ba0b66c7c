import Foundation
import HeapSim
import Project
import Rules
import Syntax

/// Per-file results kept in `.heaplint_cache/` under the working directory, keyed by path,
/// content, resolved settings, target interpreter and tool version, and valid while every module
/// the file's simulation read (callees and callers, by name) resolves to the same file content. Entries hold the final diagnostics (after
/// suppressions and filtering) as findings only: no source text and no retention graph (`--graph`
/// re-analyses the files whose findings had one). An unreadable, corrupt or inconsistent entry
/// (a hand-edited row of 0, an end before its start, a row past the end of the file) is a miss;
/// writes are atomic. A cache directory that cannot be written is said once (`warning`) and then
/// left alone for the rest of the run. Safe to use from several threads (one file per entry).
final class LintCache: @unchecked Sendable {
    static let formatVersion = 3
    let directory: String
    private let lock = NSLock()
    private var disabled = false
    private var warningText: String?

    init(workingDirectory: String) {
        directory = workingDirectory + "/.heaplint_cache/v\(LintCache.formatVersion)"
    }

    /// The one warning about an unusable cache directory, if there was one.
    var warning: String? { lock.lock(); defer { lock.unlock() }; return warningText }

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

    struct Hit {
        var diagnostics: [Diagnostic]
        /// Some finding's simulation saw growth (confirmed, or unknown for an escape, growth on some
        /// paths only, a latent default), so a `--graph` run renders a graph for it: graphs are not
        /// stored, so such a run re-analyses the file.
        var hadGraph: Bool
        /// The module files the file's simulation read (the caller checks they are unchanged).
        var dependencies: ModuleDependencies
    }

    /// The entry for `path` if it matches `key` and every diagnostic in it is consistent with a
    /// file of `lineCount` lines; nil otherwise.
    func lookup(path: String, key: String, lineCount: Int) -> Hit? {
        guard let data = FileManager.default.contents(atPath: entryPath(for: path)),
              let entry = try? JSONDecoder().decode(CacheEntry.self, from: data),
              entry.format == LintCache.formatVersion, entry.key == key, entry.path == path
        else { return nil }
        var out: [Diagnostic] = []
        out.reserveCapacity(entry.diagnostics.count)
        for cached in entry.diagnostics {
            guard let d = cached.diagnostic(lineCount: lineCount) else { return nil }
            out.append(d)
        }
        return Hit(diagnostics: out, hadGraph: entry.diagnostics.contains { $0.evidence?.hadGraph == true },
                   dependencies: entry.dependencies ?? ModuleDependencies())
    }

    func store(path: String, key: String, diagnostics: [Diagnostic], dependencies: ModuleDependencies = ModuleDependencies()) {
        lock.lock()
        let off = disabled
        lock.unlock()
        if off { return }
        let entry = CacheEntry(format: LintCache.formatVersion, key: key, path: path,
                               diagnostics: diagnostics.map(CachedDiagnostic.init),
                               dependencies: dependencies.isEmpty ? nil : dependencies)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                return giveUp("cannot create \(directory): \(Self.reason(error))")
            }
            // Keep the cache out of git, as ruff does with .ruff_cache.
            let ignore = (directory as NSString).deletingLastPathComponent + "/.gitignore"
            if !FileManager.default.fileExists(atPath: ignore) {
                AtomicWrite.write(Array("# Automatically created by heaplint.\n*\n".utf8), to: ignore, mode: 0o644)
            }
        } else if !isDirectory.boolValue {
            return giveUp("\(directory) is not a directory")
        }
        if let problem = AtomicWrite.write(Array(data), to: entryPath(for: path), mode: 0o644) {
            giveUp("cannot write in \(directory): \(problem)")
        }
    }

    /// Stops using the cache for the rest of the run and keeps the first reason.
    private func giveUp(_ reason: String) {
        lock.lock(); defer { lock.unlock() }
        if disabled { return }
        disabled = true
        warningText = "warning: the cache is not used: \(reason) (use --no-cache to skip it)"
    }

    private static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

private struct CacheEntry: Codable {
    var format: Int
    var key: String
    var path: String
    var diagnostics: [CachedDiagnostic]
    /// The modules the simulation read: the entry holds while each resolves to the same content.
    var dependencies: ModuleDependencies?
}

private struct CachedLocation: Codable {
    var r: Int, c: Int
    init(_ l: SourceLocation) { r = l.row; c = l.column }
    var location: SourceLocation { SourceLocation(row: r, column: c) }
    /// Row 1 through one past the last line (an end at EOF), column at least 1.
    func valid(lineCount: Int) -> Bool { r >= 1 && r <= max(1, lineCount) + 1 && c >= 1 }
}

private struct CachedDiagnostic: Codable {
    struct Edit: Codable { var content: String; var start: CachedLocation; var end: CachedLocation }
    struct Fix: Codable { var applicability: String; var message: String; var edits: [Edit] }
    struct Step: Codable { var label: String; var location: CachedLocation? }
    struct Growth: Codable { var objects: Int; var containers: [String]; var kinds: [String: Int] }
    struct Ev: Codable { var scenario: String; var growth: Growth?; var assumptions: [String]; var hadGraph: Bool; var limits: [SimulationLimit]? }
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
        evidence = d.evidence.map {
            Ev(scenario: $0.scenario, growth: $0.growth.map { Growth(objects: $0.objects, containers: $0.containers, kinds: $0.kinds) },
               assumptions: $0.assumptions, hadGraph: d.verdict == .confirmed || $0.growth != nil, limits: $0.limits)
        }
        steps = d.retentionSteps.map { Step(label: $0.label, location: $0.location.map(CachedLocation.init)) }
        hasSource = d.excerpt != nil
    }

    /// The diagnostic, or nil when the entry is inconsistent with the file or with itself.
    func diagnostic(lineCount: Int) -> Diagnostic? {
        // Engine findings (HL9xx) carry no verdict; every other finding carries a valid one.
        let verdict = self.verdict.flatMap { Verdict(rawValue: $0) }
        guard let severity = Severity(rawValue: severity), (verdict == nil) == (self.verdict == nil),
              verdict != nil || code.hasPrefix("HL9"),
              !code.isEmpty, start.valid(lineCount: lineCount), end.valid(lineCount: lineCount),
              start.location <= end.location, noqaRow >= 1, noqaRow <= max(1, lineCount) + 1
        else { return nil }
        var edits: [Diagnostic.ReportedEdit] = []
        if let fix {
            guard ["safe", "unsafe", "display-only"].contains(fix.applicability) else { return nil }
            for e in fix.edits {
                guard e.start.valid(lineCount: lineCount), e.end.valid(lineCount: lineCount), e.start.location <= e.end.location
                else { return nil }
                edits.append(Diagnostic.ReportedEdit(content: e.content, location: e.start.location, endLocation: e.end.location))
            }
        }
        var reportedSteps: [Diagnostic.ReportedStep] = []
        for s in steps {
            if let l = s.location, !l.valid(lineCount: lineCount) { return nil }
            reportedSteps.append(Diagnostic.ReportedStep(label: s.label, location: s.location?.location))
        }
        if let g = evidence?.growth, g.objects < 0 || g.kinds.values.contains(where: { $0 < 0 }) { return nil }
        return Diagnostic(code: code, name: name, message: message, severity: severity, filename: "",
                          location: start.location, endLocation: end.location, noqaRow: noqaRow, url: url,
                          fix: fix.map { Diagnostic.ReportedFix(applicability: $0.applicability, message: $0.message, edits: edits) },
                          verdict: verdict,
                          evidence: evidence.map {
                              Diagnostic.ReportedEvidence(scenario: $0.scenario,
                                                          growth: $0.growth.map { Diagnostic.ReportedGrowth(objects: $0.objects, containers: $0.containers, kinds: $0.kinds) },
                                                          assumptions: $0.assumptions, limits: $0.limits ?? [])
                          },
                          retentionSteps: reportedSteps)
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
