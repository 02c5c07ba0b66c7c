import Foundation
import Syntax

/// Applies the fixes of one file's diagnostics to its text.
enum FixApplier {
    /// The byte offset of a 1-based row and 1-based scalar column (clamped to the line).
    static func offset(of location: SourceLocation, in source: SourceText) -> Int {
        let lineIndex = max(0, min(location.row - 1, source.lineCount - 1))
        var i = source.lineStarts[lineIndex]
        let end = source.bytes.count
        var column = 1
        while column < location.column, i < end {
            i += 1
            while i < end, source.bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// Applies every applicable fix whose edits overlap no fix applied before it (fixes are
    /// taken in order of their first edit). Returns the new bytes and how many fixes applied.
    static func apply(_ diagnostics: [Diagnostic], to source: SourceText, unsafeFixes: Bool) -> (bytes: [UInt8], applied: Int) {
        var fixes: [[(Range<Int>, [UInt8])]] = []
        let newline = lineEnding(of: source.bytes)
        for d in diagnostics {
            guard let fix = d.fix, !fix.edits.isEmpty else { continue }
            guard fix.applicability == "safe" || (fix.applicability == "unsafe" && unsafeFixes) else { continue }
            let edits = fix.edits.map { e -> (Range<Int>, [UInt8]) in
                let lo = offset(of: e.location, in: source), hi = offset(of: e.endLocation, in: source)
                return (lo..<max(lo, hi), withLineEnding(Array(e.content.utf8), newline))
            }.sorted { ($0.0.lowerBound, $0.0.upperBound) < ($1.0.lowerBound, $1.0.upperBound) }
            fixes.append(edits)
        }
        fixes.sort { ($0[0].0.lowerBound, $0[0].0.upperBound) < ($1[0].0.lowerBound, $1[0].0.upperBound) }
        var accepted: [(Range<Int>, [UInt8])] = []
        var applied = 0
        for edits in fixes {
            // Edits within one fix must not overlap each other either.
            var internalOK = true
            for k in edits.indices.dropFirst() where edits[k].0.lowerBound < edits[k - 1].0.upperBound { internalOK = false }
            let clash = edits.contains { e in accepted.contains { a in overlaps(a.0, e.0) } }
            guard internalOK, !clash else { continue }
            // A fix that changes nothing is not counted.
            if edits.allSatisfy({ Array(source.bytes[$0.0]) == $0.1 }) { continue }
            accepted += edits
            applied += 1
        }
        accepted.sort { ($0.0.lowerBound, $0.0.upperBound) < ($1.0.lowerBound, $1.0.upperBound) }
        var out: [UInt8] = []
        out.reserveCapacity(source.bytes.count)
        var cursor = 0
        for (range, content) in accepted {
            out.append(contentsOf: source.bytes[cursor..<range.lowerBound])
            out.append(contentsOf: content)
            cursor = range.upperBound
        }
        out.append(contentsOf: source.bytes[cursor...])
        return (out, applied)
    }

    /// The file's first line ending (`\n` when it has none): fixes write lines the way the file does.
    static func lineEnding(of bytes: [UInt8]) -> [UInt8] {
        guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
        if bytes[i] == 0x0A { return [0x0A] }
        return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D]
    }

    /// `content` with each `\n` (or `\r\n`) written as `newline`.
    static func withLineEnding(_ content: [UInt8], _ newline: [UInt8]) -> [UInt8] {
        guard newline != [0x0A], content.contains(0x0A) else { return content }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + content.count / 16)
        for (i, b) in content.enumerated() {
            if b == 0x0A {
                if i > 0, content[i - 1] == 0x0D { out.removeLast() }
                out.append(contentsOf: newline)
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// Two ranges clash when they share a byte, or are both insertions at the same point, or one inserts inside the other.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}

/// A unified diff of two texts by lines (3 lines of context), as `diff -u` prints it.
enum UnifiedDiff {
    static func make(old: String, new: String, name: String) -> String {
        let a = splitLines(old), b = splitLines(new)
        if a == b { return "" }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        // Edit script over the middle: LCS when small, else replace it whole.
        var ops: [(Character, Line)] = a[..<prefix].map { (" ", $0) }
        if midA.count * midB.count <= 4_000_000 {
            ops += lcsOps(midA, midB)
        } else {
            ops += midA.map { ("-", $0) } + midB.map { ("+", $0) }
        }
        ops += a[(a.count - suffix)...].map { (" ", $0) }

        var out = "--- \(name)\n+++ \(name)\n"
        let context = 3
        var i = 0
        while i < ops.count {
            guard ops[i].0 != " " else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` after the last change within reach.
            let start = max(0, i - context)
            var end = i
            var j = i
            while j < ops.count {
                if ops[j].0 != " " { end = j; j += 1; continue }
                if j - end > 2 * context { break }
                j += 1
            }
            let stop = min(ops.count, end + context + 1)
            var oldStart = 1, newStart = 1
            for op in ops[..<start] {
                if op.0 != "+" { oldStart += 1 }
                if op.0 != "-" { newStart += 1 }
            }
            let hunk = ops[start..<stop]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for op in hunk {
                out += String(op.0) + op.1.line + "\n"
                if !op.1.hasNewline { out += "\\ No newline at end of file\n" }
            }
            i = stop
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    private static func lcsOps(_ a: [Line], _ b: [Line]) -> [(Character, Line)] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { ("+", $0) } }
        if m == 0 { return a.map { ("-", $0) } }
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [(Character, Line)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        return ops
    }

    struct Line: Equatable { var line: String; var hasNewline: Bool }

    private static func splitLines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var current = ""
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                lines.append(Line(line: current + (ch == "\n" ? "" : String(ch).replacingOccurrences(of: "\n", with: "")), hasNewline: true))
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { lines.append(Line(line: current, hasNewline: false)) }
        return lines
    }
}

