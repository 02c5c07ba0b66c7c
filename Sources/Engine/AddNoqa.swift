import Foundation
import Rules
import Syntax

/// What `--add-noqa` did.
public struct AddNoqaResult: Sendable {
    /// Lines that got a directive or had codes added to theirs.
    public var added: Int
    /// Files rewritten.
    public var filesChanged: Int
    /// Files that could not be rewritten, with the reason (`path: not modified: …`).
    public var problems: [String]
}

extension Linter {
    /// `--add-noqa`: lints as `run` does, then writes `# noqa: CODE` on the noqa row of every
    /// reported finding of a rule, so that the next run reports none of them.
    ///
    /// - A line with a `# noqa: CODES` directive gets the new codes merged into it (sorted, as
    ///   ruff writes them); the rest of its comment stays. Any other line gets `  # noqa: CODES`
    ///   at its end (trailing blanks dropped), after an existing comment if there is one.
    /// - The row is the finding's noqa row: a finding on a line that ends inside a multi-line
    ///   string or with a backslash continuation gets its directive on the line where the string
    ///   or continuation ends, as ruff places it, so no string or continuation is broken.
    /// - The engine's codes (HL900, HL901, HL902) are not suppressible this way and are left out.
    /// - Each file is re-read first and left alone if it changed since it was linted; it is
    ///   written through a temporary file and a rename (its permissions and BOM kept). Files
    ///   decoded from latin-1 / cp1252 are not rewritten. Running it twice adds nothing.
    public static func addNoqa(_ options: LintOptions, environment: LintEnvironment = LintEnvironment()) throws -> AddNoqaResult {
        var options = options
        options.fixMode = .none
        options.keepOutcomes = true
        let result = try run(options, environment: environment)
        var out = AddNoqaResult(added: 0, filesChanged: 0, problems: [])
        let parser = try? Parser()
        for outcome in result.outcomes {
            let rows = Dictionary(grouping: outcome.diagnostics.filter { !BuiltinCodes.isBuiltin($0.code) }, by: \.noqaRow)
                .mapValues { Set($0.map(\.code)) }
            guard !rows.isEmpty, let raw = outcome.raw, let decoded = outcome.decoded, let source = outcome.source else { continue }
            let shown = outcome.file.displayPath
            if let encoding = decoded.transcodedFrom {
                out.problems.append("\(shown): not modified: the file is encoded as \(encoding); noqa comments are only written to UTF-8 files")
                continue
            }
            guard let parser, let tree = try? parser.parse(SourceText(bytes: FileLinter.parserBytes(source.bytes))) else {
                out.problems.append("\(shown): not modified: the file could not be parsed again")
                continue
            }
            let (bytes, added) = NoqaInserter.insert(rows, into: source, tree: tree)
            guard added > 0 else { continue }
            let newBytes = (decoded.hadBOM ? [0xEF, 0xBB, 0xBF] : []) + bytes
            if let problem = FixWriter.write(newBytes, to: outcome.file.absolutePath, rawPath: outcome.file.rawPath, expecting: raw) {
                out.problems.append("\(shown): \(problem.replacingOccurrences(of: "not fixed", with: "not modified"))")
                continue
            }
            out.added += added
            out.filesChanged += 1
        }
        return out
    }
}

/// The text edits of `--add-noqa` for one file.
enum NoqaInserter {
    /// `rows`: 1-based row → codes to suppress there. Returns the new bytes and the lines changed.
    static func insert(_ rows: [Int: Set<String>], into source: SourceText, tree: Tree) -> (bytes: [UInt8], lines: Int) {
        // The comment of each line (a comment runs to the end of its line, so there is at most one).
        var commentStart: [Int: Int] = [:]
        let commentSymbols = FileLinter.commentSymbols
        tree.root.walk { node in
            if commentSymbols.contains(node.symbol) {
                let line = source.lineIndex(of: node.startByte)
                if rows[line + 1] != nil, commentStart[line] == nil { commentStart[line] = node.startByte }
            }
            return true
        }
        var edits: [(Range<Int>, [UInt8])] = []
        for (row, codes) in rows.sorted(by: { $0.key < $1.key }) {
            let line = row - 1
            guard line >= 0, line < source.lineCount else { continue }
            let lineRange = source.lineRange(line)
            if let start = commentStart[line] {
                let text = String(decoding: source.bytes[start..<lineRange.upperBound], as: UTF8.self)
                let scalars = Array(text.unicodeScalars)
                if let span = Suppressions.spans(in: text).first(where: { $0.kind == .noqa }) {
                    if span.isBlanket { continue } // already suppresses every code
                    let merged = Set(span.codes).union(codes)
                    if merged.count == span.codes.count { continue }
                    let lo = start + NoqaTracker.utf8Length(scalars[0..<span.range.lowerBound])
                    let hi = start + NoqaTracker.utf8Length(scalars[0..<span.range.upperBound])
                    edits.append((lo..<hi, Array(Suppressions.render(.noqa, codes: merged.sorted()).utf8)))
                    continue
                }
            }
            var end = lineRange.upperBound
            while end > lineRange.lowerBound, [0x20, 0x09, 0x0C].contains(source.bytes[end - 1]) { end -= 1 }
            let separator = end == lineRange.lowerBound ? "" : "  "
            edits.append((end..<lineRange.upperBound, Array((separator + Suppressions.render(.noqa, codes: codes.sorted())).utf8)))
        }
        guard !edits.isEmpty else { return (source.bytes, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(source.bytes.count + edits.count * 16)
        var cursor = 0
        for (range, content) in edits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            out.append(contentsOf: source.bytes[cursor..<range.lowerBound])
            out.append(contentsOf: content)
            cursor = range.upperBound
        }
        out.append(contentsOf: source.bytes[cursor...])
        return (out, edits.count)
    }
}
