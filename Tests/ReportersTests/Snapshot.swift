import Foundation
import Testing

/// Compares `actual` byte for byte with `Snapshots/<name>`. With `HEAPLINT_RECORD_SNAPSHOTS=1`
/// in the environment a missing or different snapshot is written instead (check it by eye).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = dir.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["HEAPLINT_RECORD_SNAPSHOTS"] == "1"
    guard let data = FileManager.default.contents(atPath: file.path) else {
        if record {
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: file)
        }
        Issue.record("no snapshot \(name)\(record ? " (recorded now)" : "; run with HEAPLINT_RECORD_SNAPSHOTS=1")", sourceLocation: sourceLocation)
        return
    }
    if data == Data(actual.utf8) { return }
    if record { try? Data(actual.utf8).write(to: file) }
    let expected = String(decoding: data, as: UTF8.self)
    Issue.record("snapshot \(name) differs:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
}

/// A small line diff: `-` expected, `+` actual, with the common prefix and suffix skipped.
func lineDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var start = 0
    while start < e.count, start < a.count, e[start] == a[start] { start += 1 }
    var ee = e.count, ae = a.count
    while ee > start, ae > start, e[ee - 1] == a[ae - 1] { ee -= 1; ae -= 1 }
    var out = "@@ line \(start + 1) @@\n"
    for line in e[start..<ee] { out += "-" + line.debugDescription + "\n" }
    for line in a[start..<ae] { out += "+" + line.debugDescription + "\n" }
    return out
}
