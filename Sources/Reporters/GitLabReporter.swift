import Engine
import Foundation

/// `--output-format gitlab`: GitLab's code quality report, as ruff writes it — an array of
/// `{check_name, description, fingerprint, location: {path, positions}, severity}`. Paths are
/// relative to `CI_PROJECT_DIR` when it is set and the file is under it.
public struct GitLabReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .gitlab }

    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        let fingerprints = Fingerprints()
        let projectDirectory = ProcessInfo.processInfo.environment["CI_PROJECT_DIR"]
        return ArraySession(JSONArrayWriter(write: write)) { d in
            [Self.issue(d, fingerprint: fingerprints.next(d), projectDirectory: projectDirectory)]
        }
    }

    static func issue(_ d: Diagnostic, fingerprint: String, projectDirectory: String?) -> JSONValue {
        func position(_ l: SourceLocation) -> JSONValue { .object([("line", .int(l.row)), ("column", .int(l.column))]) }
        return .object([
            ("check_name", .string(d.code)),
            ("description", .string("\(d.code): \(d.message)")),
            ("fingerprint", .string(fingerprint)),
            ("location", .object([
                ("path", .string(path(d.filename, projectDirectory: projectDirectory))),
                ("positions", .object([("begin", position(d.location)), ("end", position(d.endLocation))])),
            ])),
            ("severity", .string(d.severity == .error ? "major" : "minor")),
        ])
    }

    static func path(_ filename: String, projectDirectory: String?) -> String {
        guard let dir = projectDirectory, !dir.isEmpty, filename.hasPrefix("/") else { return filename }
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        return filename.hasPrefix(base) ? String(filename.dropFirst(base.count)) : filename
    }
}
