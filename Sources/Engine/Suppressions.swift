/// Suppression comments of one file, parsed from (comment text, 1-based row) pairs:
/// `# noqa`, `# noqa: HL101, HL202` (ruff's syntax, case-insensitive), `# heaplint: ignore`,
/// `# heaplint: ignore[HL101, HL301]` on the reported line, and `# heaplint: skip-file`.
public struct Suppressions: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case all
        case codes(Set<String>)
    }

    public private(set) var skipFile = false
    public private(set) var rows: [Int: Scope] = [:]

    public init() {}

    public init(comments: [(text: String, row: Int)]) {
        for (text, row) in comments {
            if Suppressions.isSkipFile(text) { skipFile = true; continue }
            for scope in Suppressions.directives(in: text) { add(scope, row: row) }
        }
    }

    private mutating func add(_ scope: Scope, row: Int) {
        switch (rows[row], scope) {
        case (nil, _): rows[row] = scope
        case (.all, _), (_, .all): rows[row] = .all
        case (.codes(let a), .codes(let b)): rows[row] = .codes(a.union(b))
        }
    }

    public func isSuppressed(code: String, row: Int) -> Bool {
        switch rows[row] {
        case nil: return false
        case .all: return true
        case .codes(let codes): return codes.contains(code)
        }
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

    /// Every noqa / heaplint-ignore directive in one comment (a comment may hold several `#` parts).
    static func directives(in text: String) -> [Scope] {
        let chars = Array(text.unicodeScalars)
        var found: [Scope] = []
        for (i, c) in chars.enumerated() where c == "#" {
            var s = Scanner(chars, at: i + 1)
            s.skipSpaces()
            if s.eatWord("noqa") {
                // `# noqa` followed by a letter or digit is some other word (`# noqaxyz`).
                if let next = s.peek, next.properties.isAlphabetic || ("0"..."9").contains(next) { continue }
                s.skipSpaces()
                if s.eat(":") {
                    s.skipSpaces()
                    let codes = s.codeList()
                    if !codes.isEmpty { found.append(.codes(codes)) } // `# noqa:` with no codes is ignored, as ruff does
                } else {
                    found.append(.all)
                }
            } else if s.eatWord("heaplint") {
                s.skipSpaces()
                guard s.eat(":") else { continue }
                s.skipSpaces()
                guard s.eatWord("ignore") else { continue }
                if let next = s.peek, next.properties.isAlphabetic || next == "-" { continue }
                s.skipSpaces()
                if s.eat("[") {
                    let codes = s.codeList()
                    s.skipSpaces()
                    if s.eat("]"), !codes.isEmpty { found.append(.codes(codes)) }
                } else {
                    found.append(.all)
                }
            }
        }
        return found
    }

    private struct Scanner {
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
        mutating func codeList() -> Set<String> {
            var codes = Set<String>()
            while true {
                var j = i
                var letters = 0, digits = 0
                while j < chars.count, chars[j].properties.isAlphabetic, chars[j].isASCII, digits == 0 { j += 1; letters += 1 }
                while j < chars.count, ("0"..."9").contains(chars[j]) { j += 1; digits += 1 }
                guard letters > 0, digits > 0 else { break }
                codes.insert(String(String.UnicodeScalarView(chars[i..<j])).uppercased())
                i = j
                let before = i
                skipSpaces()
                if eat(",") { skipSpaces() } else if i == before { break }
            }
            return codes
        }
    }
}
