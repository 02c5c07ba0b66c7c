import Rules
import Syntax

/// Per-file bookkeeping of suppression directives: the row each finding's `# noqa` belongs on
/// (`NoqaRows`, built on the first finding), which (row, code) pairs a finding used, and HL902
/// (unused-noqa, ruff's RUF100 semantics) for the directive codes no finding used.
///
/// A code counts as used when its rule produced a candidate whose noqa row is the directive's
/// row, whatever the verdict (a refuted finding hidden by default still makes the directive
/// meaningful: `--no-confirm` or a code change would report it). Only codes of heaplint's rules
/// that are enabled for the file are checked: codes of other tools (`E501`), unknown codes,
/// rules that did not run (not selected, per-file-ignores) and the engine's own codes are left
/// alone, as are blanket directives (`# noqa` may be there for another tool). A directive
/// suppressed by the file-level `# heaplint: noqa` does not count as used (as in ruff).
struct NoqaTracker {
    struct Key: Hashable { var row: Int; var code: String }

    let source: SourceText
    let comments: [Suppressions.Comment]
    let suppressions: Suppressions
    /// Made while the syntax tree exists (it is released before the rules run).
    private let rows: NoqaRows
    private var used = Set<Key>()

    init(tree: Tree, source: SourceText, comments: [Suppressions.Comment], suppressions: Suppressions) {
        self.source = source; self.comments = comments; self.suppressions = suppressions
        rows = NoqaRows(tree: tree, source: source)
    }

    /// Records a finding of an enabled rule; returns its noqa row.
    mutating func record(_ finding: Finding) -> Int {
        let row = rows.row(forOffset: finding.range.lowerBound, in: source)
        if !suppressions.isExempt(code: finding.code) { used.insert(Key(row: row, code: finding.code)) }
        return row
    }

    /// A comment with its row, whether it is alone on its line, and its offset.
    static func comment(_ text: String, at offset: Int, in source: SourceText) -> Suppressions.Comment {
        let line = source.lineIndex(of: offset)
        let before = source.bytes[source.lineStarts[line]..<min(offset, source.bytes.count)]
        let ownLine = before.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
        return Suppressions.Comment(text: text, row: line + 1, ownLine: ownLine, offset: offset)
    }

    /// HL902 diagnostics, one per directive with unused codes, each with a safe fix that removes them.
    func unused(enabled: Set<String>, knownCodes: [String], filename: String) -> [Diagnostic] {
        let ruleCodes = Set(knownCodes.filter { !BuiltinCodes.isBuiltin($0) })
        let code = BuiltinCodes.unusedNoqa
        var out: [Diagnostic] = []
        for comment in comments {
            guard let offset = comment.offset else { continue }
            if suppressions.isSuppressed(code: code.code, row: comment.row) { continue }
            let scalars = Array(comment.text.unicodeScalars)
            for span in Suppressions.spans(in: comment.text) where !span.isBlanket {
                let unusedCodes = span.codes.filter {
                    ruleCodes.contains($0) && enabled.contains($0) && !used.contains(Key(row: comment.row, code: $0))
                }
                guard !unusedCodes.isEmpty else { continue }
                let start = offset + Self.utf8Length(scalars[0..<span.range.lowerBound])
                let end = offset + Self.utf8Length(scalars[0..<span.range.upperBound])
                let kind = span.kind == .noqa ? "`noqa`" : "`heaplint: ignore`"
                let list = unusedCodes.map { "`\($0)`" }.joined(separator: ", ")
                let remaining = span.codes.filter { !unusedCodes.contains($0) }
                let edit = remaining.isEmpty ? removal(start..<end)
                    : (Suppressions.render(span.kind, codes: remaining), start..<end)
                let fix = Diagnostic.ReportedFix(
                    applicability: "safe",
                    message: remaining.isEmpty ? "Remove the unused directive" : "Remove the unused codes",
                    edits: [Diagnostic.ReportedEdit(content: edit.0, location: source.location(of: edit.1.lowerBound),
                                                    endLocation: source.location(of: edit.1.upperBound))])
                out.append(Diagnostic(code: code.code, name: code.name, message: "Unused \(kind) directive (unused: \(list))",
                                      severity: .warning, filename: filename, location: source.location(of: start),
                                      endLocation: source.location(of: end), noqaRow: comment.row, fix: fix,
                                      verdict: nil, source: source))
            }
        }
        return out
    }

    /// Deleting a whole directive: with the blanks before it; a line left blank goes entirely.
    private func removal(_ range: Range<Int>) -> (String, Range<Int>) {
        let bytes = source.bytes
        let line = source.lineIndex(of: range.lowerBound)
        let lineRange = source.lineRange(line)
        var lo = range.lowerBound
        while lo > lineRange.lowerBound, bytes[lo - 1] == 0x20 || bytes[lo - 1] == 0x09 { lo -= 1 }
        let rest = bytes[range.upperBound..<lineRange.upperBound]
        let restBlank = rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
        if lo == lineRange.lowerBound, restBlank {
            // The directive was all the line held: remove the line with its terminator.
            let next = line + 1 < source.lineCount ? source.lineStarts[line + 1] : lineRange.upperBound
            return ("", lineRange.lowerBound..<next)
        }
        if restBlank { return ("", lo..<lineRange.upperBound) }
        // Text follows (`# noqa: HL101  # why`): keep the blanks before it in place of the directive's.
        var hi = range.upperBound
        while hi < lineRange.upperBound, bytes[hi] == 0x20 || bytes[hi] == 0x09 { hi += 1 }
        return ("", range.lowerBound..<hi)
    }

    static func utf8Length(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + UTF8.width($1) }
    }
}
