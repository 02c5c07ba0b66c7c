/// The words of a file (runs of identifier bytes: ASCII letters, digits, `_`, and any byte of a
/// non-ASCII character) as a Bloom filter: `mayContain` is false only when the word does not
/// occur, so asking whether a module names `x` costs a few bit tests instead of reading the
/// file again. About 16 bits per distinct word and four probes: a false "may" (under 1 in 200)
/// only makes the caller look at a module it did not need to.
public struct WordFilter: Sendable {
    private var bits: [UInt64]

    public init(_ bytes: [UInt8]) {
        var hashes = Set<UInt64>()
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                guard Self.isWordByte(b[i]) else { i += 1; continue }
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                while i < n, Self.isWordByte(b[i]) {
                    h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01b3
                    i += 1
                }
                hashes.insert(h)
            }
        }
        let words = max(hashes.count * 16, 256)
        bits = [UInt64](repeating: 0, count: (words + 63) / 64)
        for h in hashes { insert(h) }
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80
    }

    static func hash<S: Sequence>(_ word: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    private func probes(_ h: UInt64) -> [Int] {
        let m = UInt64(bits.count * 64)
        let h1 = h, h2 = (h >> 29 | h << 35) | 1
        return (0..<4).map { Int((h1 &+ UInt64($0) &* h2) % m) }
    }

    private mutating func insert(_ h: UInt64) {
        for p in probes(h) { bits[p >> 6] |= 1 << UInt64(p & 63) }
    }

    /// False only when `word` is not one of the file's words. A word that is not an identifier
    /// (empty, or with other characters) may be anywhere: true.
    public func mayContain(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard !utf8.isEmpty, utf8.allSatisfy(Self.isWordByte) else { return true }
        return probes(Self.hash(utf8)).allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
    }
}
