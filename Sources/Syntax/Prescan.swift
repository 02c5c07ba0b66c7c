/// A tokenizer-level pass over the source bytes, done before tree-sitter parses them, for what
/// CPython's tokenizer decides and the grammar does not: inconsistent tabs and spaces (`TabError`),
/// non-printable characters outside strings and comments, and nesting past CPython's limits
/// (100 indentation levels, 200 nested brackets, 150 nested f-strings). It also says which byte
/// ranges the parser's copy should blank out (constructs nested past those limits, which the
/// grammar's scanner cannot hold either) so that the rest of the file parses.
///
/// Limits as CPython 3.8–3.13 enforce them (checked with each interpreter): `MAXINDENT` 100
/// ("too many levels of indentation"), `MAXLEVEL` 200 ("too many nested parentheses"),
/// `MAXFSTRINGLEVEL` 150 ("too many nested f-strings", 3.12+; before 3.12 f-strings nest only
/// through distinct quotes).
public struct Prescan: Sendable {
    public struct Problem: Sendable, Equatable {
        public var range: Range<Int>
        public var message: String
    }

    public static let maxIndent = 100
    /// Operators after which a logical line cannot end (`*` and `.` can: `import *`, `1.`).
    static let dangling: Set<UInt8> = Set("=+-/%&|^<>@~".utf8)
    public static let maxBrackets = 200
    public static let maxFStrings = 150

    public private(set) var problems: [Problem] = []
    /// Ranges the parser's copy replaces (`0` then spaces, newlines kept): constructs nested past a limit.
    public private(set) var blanks: [Range<Int>] = []
    /// Ranges the parser's copy replaces with `pass` then spaces (the first line nested too deep).
    public private(set) var passes: [Range<Int>] = []
    /// Ranges the parser's copy replaces with spaces (lines nested inside a too-deep block).
    public private(set) var clears: [Range<Int>] = []
    /// Newlines inside brackets before a line indented less than its statement (tree-sitter's
    /// scanner mistakes them for a dedent); the parser may read them as spaces on a second try.
    public private(set) var dedentedContinuations: [Range<Int>] = []
    /// Offsets of the parentheses of `*(name)` / `*(a.b)` followed by `,` `]` or `)` (a starred,
    /// parenthesised name, valid in CPython as an item of an assignment or `for` target, which the
    /// grammar rejects): the parser's copy reads them as spaces. `*(x)` and `* x ` mean the same in
    /// every context (unpacking, multiplication, `**`).
    public private(set) var starredParens: [Int] = []

    private let b: [UInt8]
    private var i = 0

    public init(_ bytes: [UInt8]) {
        b = bytes
        run()
    }

    // MARK: - Modes

    private struct FString {
        var quote: UInt8
        var triple: Bool
        var raw: Bool
        /// Bracket depth (in `brackets`) when the replacement field opened; nil while in the literal part.
        var fieldBase: Int?
        /// In the format spec of the current field (after a top-level `:`).
        var inSpec = false
        var start: Int
    }

    private var brackets: [(byte: UInt8, offset: Int)] = []
    private var fstrings: [FString] = []
    private var indents: [(col: Int, alt: Int)] = [(0, 0)]
    private var overDeepFString: Int?
    private var reportedBrackets = false
    private var reportedFStrings = false
    /// The last byte of code (not a blank, comment or continuation) on the current logical line.
    private var lastSignificant = -1

    private mutating func problem(_ range: Range<Int>, _ message: String) {
        problems.append(Problem(range: range, message: message))
    }

    private func isNewline(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
    private func isIdentByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80
    }

    /// Skips one newline (`\n`, `\r\n`, `\r`) at `i`.
    private mutating func skipNewline() {
        if b[i] == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 2 } else { i += 1 }
    }

    private mutating func run() {
        var atLineStart = true
        var statementCol = 0
        while i < b.count {
            if atLineStart, brackets.isEmpty, fstrings.isEmpty {
                atLineStart = false
                lastSignificant = -1
                if let col = indentation() { statementCol = col }
                continue
            }
            let c = b[i]
            if c != 0x20, c != 0x09, c != 0x0C, c != 0x0A, c != 0x0D, c != 0x23, c != 0x5C, fstrings.isEmpty {
                lastSignificant = i
            }
            // Inside the literal part of an f-string (or its format spec): string rules.
            if let f = fstrings.last, f.fieldBase == nil || (f.inSpec && brackets.count == f.fieldBase!) {
                scanFStringLiteral()
                continue
            }
            switch c {
            case 0x23: // '#'
                while i < b.count, !isNewline(b[i]) { i += 1 }
            case 0x5C: // '\\' line continuation
                i += 1
                if i < b.count, isNewline(b[i]) { skipNewline() }
            case 0x0A, 0x0D:
                let start = i
                skipNewline()
                if brackets.isEmpty && fstrings.isEmpty {
                    // A logical line that ends on an operator (`x = ` then a line break, outside
                    // brackets, without `\`): CPython's "invalid syntax". The grammar's scanner
                    // skips such a newline and reads the next line as the operand.
                    if lastSignificant >= 0, Prescan.dangling.contains(b[lastSignificant]) {
                        problem(lastSignificant..<(lastSignificant + 1), "invalid syntax")
                    }
                    atLineStart = true
                } else if fstrings.isEmpty, continuationIndent() < statementCol, !lineHasComment(before: start) {
                    dedentedContinuations.append(start..<i)
                }
            case 0x28, 0x5B, 0x7B: // ( [ {
                brackets.append((c, i))
                if brackets.count > Prescan.maxBrackets, !reportedBrackets {
                    reportedBrackets = true
                    problem(i..<(i + 1), "too many nested parentheses: nesting deeper than CPython's limit of \(Prescan.maxBrackets)")
                    let end = matchingClose(from: i)
                    blanks.append(i..<end)
                    i = end
                    brackets.removeLast()
                    continue
                }
                i += 1
            case 0x29, 0x5D, 0x7D: // ) ] }
                if var f = fstrings.last, let base = f.fieldBase, brackets.count == base {
                    // The end of a replacement field: back to the literal part.
                    if c == 0x7D {
                        f.fieldBase = nil
                        f.inSpec = false
                        fstrings[fstrings.count - 1] = f
                    }
                    i += 1
                    continue
                }
                if !brackets.isEmpty { brackets.removeLast() }
                i += 1
            case 0x3A: // ':' at the top of a replacement field starts the format spec
                if var f = fstrings.last, let base = f.fieldBase, brackets.count == base {
                    f.inSpec = true
                    fstrings[fstrings.count - 1] = f
                }
                i += 1
            case 0x22, 0x27:
                startString(prefixStart: i, prefix: [])
            case 0x2A: // '*': a following `(name)` reads as ` name `
                i += 1
                var k = i
                while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                guard k < b.count, b[k] == 0x28 else { continue }
                // (`*((a))`: each pair around the name reads as spaces.)
                var opens: [Int] = []
                while k < b.count, b[k] == 0x28 {
                    opens.append(k)
                    k += 1
                    while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                }
                let nameStart = k
                guard k < b.count, isIdentByte(b[k]), !(b[k] >= 0x30 && b[k] <= 0x39) else { continue }
                while k < b.count, isIdentByte(b[k]) || (b[k] == 0x2E && k + 1 < b.count && isIdentByte(b[k + 1])) { k += 1 }
                guard !b[nameStart..<k].elementsEqual("await".utf8), !b[nameStart..<k].elementsEqual("yield".utf8),
                      !b[nameStart..<k].elementsEqual("lambda".utf8), !b[nameStart..<k].elementsEqual("not".utf8) else { continue }
                var closes: [Int] = []
                while closes.count < opens.count {
                    while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                    guard k < b.count, b[k] == 0x29 else { break }
                    closes.append(k)
                    k += 1
                }
                guard closes.count == opens.count, let last = closes.last else { continue }
                k = last
                // Only as an item of a sequence (`*(a), b = …`, `[*(a)] = …`): a bare `*(a) = 1` is
                // an error in CPython too, and elsewhere the grammar reads `*(a)` already.
                var n = k + 1
                while n < b.count, b[n] == 0x20 || b[n] == 0x09 { n += 1 }
                guard n < b.count, b[n] == 0x2C || b[n] == 0x5D || b[n] == 0x29 else { continue }
                starredParens += opens + closes
            case 0x20, 0x09, 0x0C:
                i += 1
            default:
                if isIdentByte(c) && !(c >= 0x30 && c <= 0x39) {
                    let start = i
                    while i < b.count, isIdentByte(b[i]) { i += 1 }
                    if i < b.count, b[i] == 0x22 || b[i] == 0x27, i - start <= 3,
                       b[start..<i].allSatisfy({ "rRbBuUfFtT".utf8.contains($0) }) {
                        startString(prefixStart: start, prefix: Array(b[start..<i]))
                    } else {
                        checkIdentifier(start..<i)
                    }
                } else if c >= 0x30 && c <= 0x39 {
                    while i < b.count, b[i] < 0x80, isIdentByte(b[i]) || b[i] == 0x2E { i += 1 }
                } else if c < 0x20 || c == 0x7F {
                    // NUL is reported apart (the engine replaces it before parsing).
                    if c != 0 { problem(i..<(i + 1), "invalid non-printable character U+\(Prescan.hex(UInt32(c)))") }
                    i += 1
                } else {
                    i += 1
                }
            }
        }
        if let start = overDeepFString { blanks.append(start..<b.count) }
    }

    /// Measures the indentation of a line at `i` and checks it as CPython's tokenizer does.
    /// Returns the column, or nil for a blank or comment-only line (not checked).
    private mutating func indentation() -> Int? {
        let lineStart = i
        var col = 0, alt = 0
        while i < b.count {
            switch b[i] {
            case 0x20: col += 1; alt += 1
            case 0x09: col = (col / 8 + 1) * 8; alt += 1
            case 0x0C: col = 0; alt = 0
            default: break
            }
            if b[i] != 0x20 && b[i] != 0x09 && b[i] != 0x0C { break }
            i += 1
        }
        if i >= b.count || b[i] == 0x23 || isNewline(b[i]) || (b[i] == 0x5C && i + 1 < b.count && isNewline(b[i + 1])) {
            return nil
        }
        let here = lineStart..<i
        let top = indents[indents.count - 1]
        if col == top.col {
            if alt != top.alt { tabError(here) }
        } else if col > top.col {
            if alt <= top.alt { tabError(here) }
            if indents.count >= Prescan.maxIndent {
                problem(here, "too many levels of indentation: nesting deeper than CPython's limit of \(Prescan.maxIndent)")
                blankDeepBlock(from: lineStart, col: col)
                return nil
            }
            indents.append((col, alt))
        } else {
            while indents.count > 1, col < indents[indents.count - 1].col { indents.removeLast() }
            let now = indents[indents.count - 1]
            if col != now.col {
                problem(here, "unindent does not match any outer indentation level")
            } else if alt != now.alt {
                tabError(here)
            }
        }
        return col
    }

    private var reportedTabs = false
    /// Reported once per file, as CPython stops at the first.
    private mutating func tabError(_ range: Range<Int>) {
        guard !reportedTabs else { return }
        reportedTabs = true
        problem(range, "inconsistent use of tabs and spaces in indentation (TabError)")
    }

    /// The first line past the indentation limit reads as `pass`; every following line indented at
    /// least as deep is blanked, so the parser's scanner never holds more levels than CPython allows.
    private mutating func blankDeepBlock(from lineStart: Int, col: Int) {
        var end = i
        while end < b.count, !isNewline(b[end]) { end += 1 }
        passes.append(i..<end)
        var j = end
        while j < b.count {
            // j is at a newline ending the previous line
            var k = j
            if b[k] == 0x0D, k + 1 < b.count, b[k + 1] == 0x0A { k += 2 } else { k += 1 }
            var c = 0
            var m = k
            while m < b.count, b[m] == 0x20 || b[m] == 0x09 || b[m] == 0x0C {
                c = b[m] == 0x09 ? (c / 8 + 1) * 8 : (b[m] == 0x0C ? 0 : c + 1); m += 1
            }
            let blank = m >= b.count || isNewline(b[m]) || b[m] == 0x23
            if !blank && c < col { break }
            var e = m
            while e < b.count, !isNewline(b[e]) { e += 1 }
            j = e
            if blank && c < col { continue }
            clears.append(k..<e)
        }
        i = j
    }

    /// The indentation column of the line starting at `i` (for dedented continuation lines).
    private func continuationIndent() -> Int {
        var col = 0
        var k = i
        while k < b.count {
            switch b[k] {
            case 0x20: col += 1
            case 0x09: col = (col / 8 + 1) * 8
            case 0x0C: col = 0
            default: return isNewline(b[k]) || b[k] == 0x23 ? Int.max : col
            }
            k += 1
        }
        return Int.max
    }

    private func lineHasComment(before newline: Int) -> Bool {
        var k = newline - 1
        while k >= 0, !isNewline(b[k]) {
            if b[k] == 0x23 || b[k] == 0x5C { return true }
            k -= 1
        }
        return false
    }

    /// The offset after the bracket that closes the one at `open` (strings and comments skipped
    /// roughly), or the end of the file.
    private func matchingClose(from open: Int) -> Int {
        var depth = 0
        var k = open
        while k < b.count {
            let c = b[k]
            if c == 0x28 || c == 0x5B || c == 0x7B { depth += 1 }
            else if c == 0x29 || c == 0x5D || c == 0x7D { depth -= 1; if depth == 0 { return k + 1 } }
            else if c == 0x23 { while k < b.count, !isNewline(b[k]) { k += 1 }; continue }
            k += 1
        }
        return b.count
    }

    // MARK: - Strings

    private mutating func startString(prefixStart: Int, prefix: [UInt8]) {
        let lower = prefix.map { $0 | 0x20 }
        let isF = lower.contains(0x66) || lower.contains(0x74) // f, t
        let raw = lower.contains(0x72)
        let quote = b[i]
        let triple = i + 2 < b.count && b[i + 1] == quote && b[i + 2] == quote
        i += triple ? 3 : 1
        if isF {
            fstrings.append(FString(quote: quote, triple: triple, raw: raw, fieldBase: nil, start: prefixStart))
            if fstrings.count > Prescan.maxFStrings, overDeepFString == nil {
                if !reportedFStrings {
                    reportedFStrings = true
                    problem(prefixStart..<i, "too many nested f-strings: nesting deeper than CPython's limit of \(Prescan.maxFStrings)")
                }
                overDeepFString = prefixStart
            }
            return
        }
        while i < b.count {
            let c = b[i]
            if c == 0x5C { i += 2; continue }
            if c == quote {
                if !triple { i += 1; return }
                if i + 2 < b.count, b[i + 1] == quote, b[i + 2] == quote { i += 3; return }
            } else if !triple, isNewline(c) {
                return // unterminated: the parser reports it
            }
            i += 1
        }
    }

    /// The literal part of the innermost f-string (or its format spec): up to a replacement field or the end.
    private mutating func scanFStringLiteral() {
        var f = fstrings[fstrings.count - 1]
        while i < b.count {
            let c = b[i]
            if c == 0x5C, !f.inSpec {
                // `\N{NAME}` is one escape (not in raw strings); `\{` leaves the brace a field start.
                if !f.raw, i + 2 < b.count, b[i + 1] == 0x4E, b[i + 2] == 0x7B {
                    i += 3
                    while i < b.count, b[i] != 0x7D, b[i] != f.quote, !isNewline(b[i]) { i += 1 }
                    if i < b.count, b[i] == 0x7D { i += 1 }
                    continue
                }
                i += (i + 1 < b.count && (b[i + 1] == 0x7B || b[i + 1] == 0x7D)) ? 1 : 2
                continue
            }
            if c == 0x7B { // '{'
                if !f.inSpec, i + 1 < b.count, b[i + 1] == 0x7B { i += 2; continue }
                i += 1
                if f.inSpec {
                    // A nested field in the spec: `{x:{width}}` — counts as a bracket.
                    brackets.append((c, i - 1))
                    return
                }
                f.fieldBase = brackets.count
                fstrings[fstrings.count - 1] = f
                return
            }
            if c == 0x7D { // '}'
                if f.inSpec {
                    // The end of the field whose spec this is.
                    f.inSpec = false
                    f.fieldBase = nil
                    fstrings[fstrings.count - 1] = f
                    i += 1
                    return
                }
                i += (i + 1 < b.count && b[i + 1] == 0x7D) ? 2 : 1
                continue
            }
            if c == f.quote && !f.inSpec {
                if !f.triple || (i + 2 < b.count && b[i + 1] == f.quote && b[i + 2] == f.quote) {
                    i += f.triple ? 3 : 1
                    endFString()
                    return
                }
            } else if !f.triple, isNewline(c) {
                endFString() // unterminated
                return
            }
            i += 1
        }
        endFString()
    }

    private mutating func endFString() {
        let f = fstrings.removeLast()
        if let start = overDeepFString, start == f.start {
            blanks.append(start..<i)
            overDeepFString = nil
        }
    }

    // MARK: - Characters

    /// CPython reads any non-ASCII byte as the start of an identifier and then rejects a character
    /// that cannot be in one: non-printable ones (U+000B, U+200B, U+00A0, …) and others (`€`).
    private mutating func checkIdentifier(_ range: Range<Int>) {
        guard b[range].contains(where: { $0 >= 0x80 }) else { return }
        let text = String(decoding: b[range], as: UTF8.self)
        var offset = range.lowerBound
        var first = true
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            let p = scalar.properties
            let ok = scalar == "_" || (first ? p.isXIDStart : p.isXIDContinue)
                || (scalar.value < 0x80 && (first ? !(0x30...0x39).contains(scalar.value) : true))
            if !ok {
                let here = offset..<(offset + width)
                if Prescan.isPrintable(scalar) {
                    problem(here, "invalid character '\(scalar)' (U+\(Prescan.hex(scalar.value)))")
                } else {
                    problem(here, "invalid non-printable character U+\(Prescan.hex(scalar.value))")
                }
                return
            }
            first = false
            offset += width
        }
    }

    /// Python's `str.isprintable` for one character.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        if s == " " { return true }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Whether the parser's copy differs from the source.
    public var rewrites: Bool { !(blanks.isEmpty && passes.isEmpty && clears.isEmpty && starredParens.isEmpty) }

    /// The bytes with `blanks`, `clears` and `passes` applied (same length, newlines kept).
    public func apply(to bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for k in starredParens where k < out.count { out[k] = 0x20 }
        for r in blanks where r.upperBound <= out.count {
            var first = true
            for k in r where !isNewline(out[k]) {
                out[k] = first ? 0x30 : 0x20
                first = false
            }
        }
        for r in clears where r.upperBound <= out.count {
            for k in r where !isNewline(out[k]) { out[k] = 0x20 }
        }
        for r in passes where r.upperBound <= out.count {
            for k in r { out[k] = 0x20 }
            if r.count >= 4 {
                for (n, ch) in "pass".utf8.enumerated() { out[r.lowerBound + n] = ch }
            }
        }
        return out
    }
}
