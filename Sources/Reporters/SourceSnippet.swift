import Engine

/// Renders the source lines of a range with a line-number gutter and a caret underline.
/// Columns are Unicode scalars; tabs expand to the next multiple of `tabWidth` in both the
/// line and the underline; control characters show as their Unicode control pictures.
struct SourceSnippet {
    static let tabWidth = 4
    /// Ranges longer than this show their first and last lines around an ellipsis.
    static let maxLines = SourceExcerpt.maxLines
    /// Longer lines (minified code) show a window around the range, cut with `…`.
    static let maxColumns = 200
    static let context = 40

    var source: SourceExcerpt
    var start: SourceLocation
    var end: SourceLocation

    /// The widest row number shown, for the gutter width.
    var gutterWidth: Int { String(clampedRows.upperBound).count }

    private var clampedRows: ClosedRange<Int> {
        let last = max(1, source.lineCount)
        let first = min(max(1, start.row), last)
        return first...min(max(first, end.row), last)
    }

    /// Lines without a trailing newline; `style` colors the gutter and the carets.
    func render(gutter: (String) -> String, carets: (String) -> String) -> [String] {
        let rows = clampedRows
        let width = gutterWidth
        let pad = String(repeating: " ", count: width)
        var shown = Array(rows)
        var ellipsisAfter: Int?
        if shown.count > Self.maxLines {
            shown = Array(rows.prefix(3)) + Array(rows.suffix(2))
            ellipsisAfter = rows.lowerBound + 2
        }
        var out = [gutter(pad + " |")]
        for row in shown {
            var scalars = Array(source.lineText(row: row).unicodeScalars)
            // Underline from column a to column b (exclusive), in scalar columns.
            let lineEnd = scalars.count + 1
            let first = row == rows.lowerBound
            var a: Int, b: Int
            if first {
                a = start.row < rows.lowerBound ? 1 : start.column
            } else {
                a = (scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count) + 1
            }
            b = row == rows.upperBound && end.row == row ? end.column : lineEnd
            a = min(max(1, a), lineEnd)
            b = min(b, lineEnd + 1)
            let underline = b > a || first
            if b <= a { b = a + 1 }
            if scalars.count > Self.maxColumns {
                (scalars, a, b) = Self.window(scalars, a, b)
            }
            let (text, offsets) = Self.expand(scalars)
            let number = String(row)
            out.append(Self.trimmed(gutter(String(repeating: " ", count: width - number.count) + number + " |") + " " + text))
            if underline {
                let from = Self.display(a, offsets)
                let to = max(from + 1, Self.display(b, offsets))
                out.append(gutter(pad + " |") + " " + String(repeating: " ", count: from)
                           + carets(String(repeating: "^", count: to - from)))
            }
            appendEllipsis(&out, row, ellipsisAfter, pad, gutter)
        }
        out.append(gutter(pad + " |"))
        return out
    }

    /// The part of a long line around columns a..<b, with `…` where it was cut, and the columns moved to match.
    static func window(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> ([Unicode.Scalar], Int, Int) {
        let lo = max(0, a - 1 - context)
        let hi = min(scalars.count, max(b - 1, a) + context, lo + maxColumns)
        let cutStart = lo > 0, cutEnd = hi < scalars.count
        let shift = cutStart ? 1 : 0
        let shown = (cutStart ? ["…"] : []) + Array(scalars[lo..<hi]) + (cutEnd ? ["…"] : [])
        let newA = a - lo + shift
        let newB = min(b - lo, hi - lo + 1) + shift
        return (shown, newA, max(newA + 1, newB))
    }

    private func appendEllipsis(_ out: inout [String], _ row: Int, _ after: Int?, _ pad: String,
                                _ gutter: (String) -> String) {
        if row == after { out.append(gutter(pad + " |") + " …") }
    }

    private static func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The display column (0-based) where scalar column `column` (1-based) starts.
    private static func display(_ column: Int, _ offsets: [Int]) -> Int {
        if column - 1 < offsets.count { return offsets[column - 1] }
        return offsets[offsets.count - 1] + (column - offsets.count)
    }

    /// The line as displayed, and for each scalar column (plus one past the end) its display offset.
    static func expand(_ scalars: [Unicode.Scalar]) -> (String, [Int]) {
        var text = ""
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var col = 0
        for s in scalars {
            offsets.append(col)
            if s == "\t" {
                let next = (col / tabWidth + 1) * tabWidth
                text += String(repeating: " ", count: next - col)
                col = next
            } else if s.value < 0x20 || s.value == 0x7F {
                // Control pictures (U+2400…) keep NULs, form feeds and stray CRs off the terminal.
                text.unicodeScalars.append(Unicode.Scalar(s.value == 0x7F ? 0x2421 : 0x2400 + s.value)!)
                col += 1
            } else {
                text.unicodeScalars.append(s)
                col += width(s)
            }
        }
        offsets.append(col)
        return (text, offsets)
    }

    /// Terminal cell width: 0 for combining marks, 2 for East Asian wide and emoji, else 1.
    static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
