/// Suppression comments of one file, parsed from its comments:
/// - on the reported line: `# noqa`, `# noqa: HL101, HL202` (ruff's syntax, case-insensitive),
///   `# heaplint: ignore`, `# heaplint: ignore[HL101, HL301]`;
/// - for the whole file, on a line of its own (ruff's `# ruff: noqa` semantics):
///   `# heaplint: noqa` (every rule) and `# heaplint: noqa: HL101, HL202` (those rules);
/// - `# heaplint: skip-file`, anywhere: the file is not linted at all.
public struct Suppressions: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case all
        case codes(Set<String>)

        func contains(_ code: String) -> Bool {
            switch self {
            case .all: return true
            case .codes(let codes): return codes.contains(code)
            }
        }

        func merged(with other: Scope) -> Scope {
            switch (self, other) {
            case (.all, _), (_, .all): return .all
            case (.codes(let a), .codes(let b)): return .codes(a.union(b))
            }
        }
    }

    /// One comment: its text (from `#` to the end of the line), 1-based row, and whether only
    /// whitespace precedes it on its line.
    public struct Comment: Sendable, Equatable {
        public var text: String
        public var row: Int
        public var ownLine: Bool
        /// Byte offset of the `#` in the file, when known.
        public var offset: Int?
        public init(text: String, row: Int, ownLine: Bool, offset: Int? = nil) {
            self.text = text; self.row = row; self.ownLine = ownLine; self.offset = offset
        }
    }

    /// A line-level directive inside a comment: where it is (in Unicode scalars from the comment's
    /// `#`, from its `#` to the end of its last code) and the codes it names, in order.
    public struct Span: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case noqa, heaplintIgnore }
        public var kind: Kind
        public var range: Range<Int>
        /// Empty for a blanket directive (`# noqa`, `# heaplint: ignore`).
        public var codes: [String]
        public var isBlanket: Bool { codes.isEmpty }
    }

    public private(set) var skipFile = false
    public private(set) var rows: [Int: Scope] = [:]
    /// `# heaplint: noqa` (`.all`) or `# heaplint: noqa: CODES` on lines of their own, merged.
    public private(set) var fileExemption: Scope?

    public init() {}

    /// Comments whose position on their line is unknown count as being on a line of their own.
    public init(comments: [(text: String, row: Int)]) {
        self.init(comments: comments.map { Comment(text: $0.text, row: $0.row, ownLine: true) })
    }

    public init(comments: [Comment]) {
        for comment in comments {
            if Suppressions.isSkipFile(comment.text) { skipFile = true; continue }
            if comment.ownLine, let scope = Suppressions.fileExemption(in: comment.text) {
                fileExemption = fileExemption.map { $0.merged(with: scope) } ?? scope
            }
            for scope in Suppressions.directives(in: comment.text) { add(scope, row: comment.row) }
        }
    }

    private mutating func add(_ scope: Scope, row: Int) {
        rows[row] = rows[row].map { $0.merged(with: scope) } ?? scope
    }

    /// Suppressed by a directive on `row` or by the file-level exemption.
    public func isSuppressed(code: String, row: Int) -> Bool {
        isExempt(code: code) || isSuppressedOnLine(code: code, row: row)
    }

    public func isSuppressedOnLine(code: String, row: Int) -> Bool {
        rows[row]?.contains(code) ?? false
    }

    /// The file-level exemption (`# heaplint: noqa[: CODES]`) covers `code`.
    public func isExempt(code: String) -> Bool {
        fileExemption?.contains(code) ?? false
    }

    /// `# heaplint: skip-file` as the whole comment.
    static func isSkipFile(_ text: String) -> Bool {
        var s = Scanner(text)
        guard s.eat("#") else { return false }
        s.skipSpaces()
        guard s.eatWord("heaplint") else { return false }
        s.skipSpaces()
        guard s.eat(":") else { return false }
        s.skipSpaces()
        guard s.eatWord("skip-file") else { return false }
        s.skipSpaces()
        return s.atEnd
    }

    /// `# heaplint: noqa` / `# heaplint: noqa: CODES` in one comment (any of its `#` parts), as
    /// ruff lexes `# ruff: noqa`: `noqa` followed by the end, `#` or whitespace is a blanket
    /// exemption; followed by `:` (spaces allowed before it) it lists codes; `# heaplint: noqa:`
    /// with no codes, or `noqa` glued to a word, is not an exemption.
    static func fileExemption(in text: String) -> Scope? {
        let chars = Array(text.unicodeScalars)
        var found: Scope?
        for (i, c) in chars.enumerated() where c == "#" {
            var s = Scanner(chars, at: i + 1)
            s.skipSpaces()
            guard s.eatWord("heaplint") else { continue }
            s.skipSpaces()
            guard s.eat(":") else { continue }
            s.skipSpaces()
            guard s.eatWord("noqa") else { continue }
            var scope: Scope?
            if s.atEnd || s.peek == "#" {
                scope = .all
            } else if s.eat(":") {
                s.skipSpaces()
                let codes = s.codeList()
                if !codes.isEmpty { scope = .codes(Set(codes)) }
            } else if let next = s.peek, next == " " || next == "\t" {
                s.skipSpaces()
                if s.eat(":") {
                    s.skipSpaces()
                    let codes = s.codeList()
                    if !codes.isEmpty { scope = .codes(Set(codes)) }
                } else {
                    scope = .all
                }
            }
            if let scope { found = found.map { $0.merged(with: scope) } ?? scope }
        }
        return found
    }

    /// Every noqa / heaplint-ignore directive in one comment (a comment may hold several `#` parts).
    static func directives(in text: String) -> [Scope] {
        spans(in: text).map { $0.isBlanket ? .all : .codes(Set($0.codes)) }
    }

    /// The line-level directives of one comment with their places, in order.
    public static func spans(in text: String) -> [Span] {
        let chars = Array(text.unicodeScalars)
        var found: [Span] = []
        for (i, c) in chars.enumerated() where c == "#" {
            var s = Scanner(chars, at: i + 1)
            s.skipSpaces()
            if s.eatWord("noqa") {
                // `# noqa` followed by a letter or digit is some other word (`# noqaxyz`).
                if let next = s.peek, next.properties.isAlphabetic || ("0"..."9").contains(next) { continue }
                let afterWord = s.i
                s.skipSpaces()
                if s.eat(":") {
                    s.skipSpaces()
                    let (codes, end) = s.codeListWithEnd()
                    // `# noqa:` with no codes is ignored, as ruff does
                    if !codes.isEmpty { found.append(Span(kind: .noqa, range: i..<end, codes: codes)) }
                } else {
                    found.append(Span(kind: .noqa, range: i..<afterWord, codes: []))
                }
            } else if s.eatWord("heaplint") {
                s.skipSpaces()
                guard s.eat(":") else { continue }
                s.skipSpaces()
                guard s.eatWord("ignore") else { continue }
                if let next = s.peek, next.properties.isAlphabetic || next == "-" { continue }
                let afterWord = s.i
                s.skipSpaces()
                if s.eat("[") {
                    let (codes, _) = s.codeListWithEnd()
                    s.skipSpaces()
                    if s.eat("]"), !codes.isEmpty { found.append(Span(kind: .heaplintIgnore, range: i..<s.i, codes: codes)) }
                } else {
                    found.append(Span(kind: .heaplintIgnore, range: i..<afterWord, codes: []))
                }
            }
        }
        return found
    }

    /// The text of a directive naming `codes` (in that order).
    static func render(_ kind: Span.Kind, codes: [String]) -> String {
        switch kind {
        case .noqa: return "# noqa: " + codes.joined(separator: ", ")
        case .heaplintIgnore: return "# heaplint: ignore[" + codes.joined(separator: ", ") + "]"
        }
    }

    struct Scanner {
        let chars: [Unicode.Scalar]
        var i: Int
        init(_ text: String) { chars = Array(text.unicodeScalars); i = 0 }
        init(_ chars: [Unicode.Scalar], at i: Int) { self.chars = chars; self.i = i }
        var atEnd: Bool { i >= chars.count }
        var peek: Unicode.Scalar? { i < chars.count ? chars[i] : nil }
        mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { i += 1 } }
        mutating func eat(_ c: Unicode.Scalar) -> Bool {
            if peek == c { i += 1; return true }
            return false
        }
        /// Case-insensitive.
        mutating func eatWord(_ word: String) -> Bool {
            let w = Array(word.lowercased().unicodeScalars)
            guard i + w.count <= chars.count else { return false }
            for k in 0..<w.count where String(chars[i + k]).lowercased() != String(w[k]) { return false }
            i += w.count
            return true
        }
        /// `HL101, HL202 HL301`: codes are letters then digits, separated by commas and/or spaces.
        mutating func codeList() -> [String] { codeListWithEnd().codes }

        /// The codes in order (upper-cased, without repeats) and the index just after the last one.
        mutating func codeListWithEnd() -> (codes: [String], end: Int) {
            var codes: [String] = []
            var end = i
            while true {
                var j = i
                var letters = 0, digits = 0
                while j < chars.count, chars[j].properties.isAlphabetic, chars[j].isASCII, digits == 0 { j += 1; letters += 1 }
                while j < chars.count, ("0"..."9").contains(chars[j]) { j += 1; digits += 1 }
                guard letters > 0, digits > 0 else { break }
                let code = String(String.UnicodeScalarView(chars[i..<j])).uppercased()
                if !codes.contains(code) { codes.append(code) }
                i = j
                end = j
                let before = i
                skipSpaces()
                if eat(",") { skipSpaces() } else if i == before { break }
            }
            return (codes, end)
        }
    }
}
