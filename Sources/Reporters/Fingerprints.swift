import Engine

/// Fingerprints of findings that survive lines inserted above them: a hash of the code, the file
/// and the text of the finding's first line (whitespace trimmed), then `:n` for the n-th finding
/// with the same hash in the file. SARIF's `partialFingerprints.primaryLocationLineHash` and
/// GitLab's `fingerprint` use them.
final class Fingerprints {
    private var file: String?
    private var seen: [UInt64: Int] = [:]

    func next(_ d: Diagnostic) -> String {
        if d.filename != file { file = d.filename; seen = [:] }
        var h = FNV64()
        h.add(d.code)
        h.add(d.filename)
        if let line = d.excerpt?.lines[d.location.row] {
            h.add(line.trimmingWhitespace)
        } else {
            h.add(d.message)
        }
        let occurrence = (seen[h.value] ?? 0) + 1
        seen[h.value] = occurrence
        let hex = String(h.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ":\(occurrence)"
    }
}

/// 64-bit FNV-1a: stable across runs and platforms (Swift's Hasher is seeded per process).
struct FNV64 {
    private(set) var value: UInt64 = 0xcbf29ce484222325
    mutating func add(_ s: String) {
        for byte in s.utf8 { value = (value ^ UInt64(byte)) &* 0x100000001b3 }
        value = (value ^ 0xff) &* 0x100000001b3 // separator: "ab"+"c" differs from "a"+"bc"
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{0C}" && $0 != "\r" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{0C}" && $0 != "\r" })!
        return String(scalars[first...last])
    }
}
