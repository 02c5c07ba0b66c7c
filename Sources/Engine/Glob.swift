/// A compiled glob pattern over UTF-8 bytes: `*`, `?`, `[...]` (with `!` / `^` negation and
/// ranges), `**`, and `\` escapes. Matching is dynamic programming over (pattern, text)
/// positions, so no pattern or path can make it recurse or backtrack exponentially.
struct Glob: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case literal(UInt8)
        /// `?`: any byte but `/` (any byte at all when `*` crosses separators).
        case any
        /// `*`: any run of bytes without `/` (or with, when `starCrossesSlash`).
        case star
        /// `**` not followed by `/`: any run of bytes, `/` included.
        case globstar
        /// `**/`: nothing, or any run of bytes that ends with `/`.
        case globstarSlash
        case set(ranges: [ClosedRange<UInt8>], negated: Bool)
    }

    let pattern: String
    let tokens: [Token]
    /// The whole pattern when it has no wildcard (compared directly).
    let literal: [UInt8]?
    /// Literal bytes the text must start and end with (quick rejects before the full match).
    let prefix: [UInt8]
    let suffix: [UInt8]
    /// ruff's globs (`exclude`, `per-file-ignores`) let `*` match `/`; gitignore's do not.
    let starCrossesSlash: Bool

    init(_ pattern: String, starCrossesSlash: Bool = false) {
        self.pattern = pattern
        self.starCrossesSlash = starCrossesSlash
        let p = Array(pattern.utf8)
        var tokens: [Token] = []
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case UInt8(ascii: "\\"):
                if i + 1 < p.count { tokens.append(.literal(p[i + 1])); i += 2 } else { tokens.append(.literal(c)); i += 1 }
            case UInt8(ascii: "?"):
                tokens.append(.any); i += 1
            case UInt8(ascii: "*"):
                if i + 1 < p.count, p[i + 1] == UInt8(ascii: "*") {
                    var j = i
                    while j < p.count, p[j] == UInt8(ascii: "*") { j += 1 }
                    let atSegmentStart = i == 0 || p[i - 1] == UInt8(ascii: "/")
                    if atSegmentStart, j < p.count, p[j] == UInt8(ascii: "/") {
                        tokens.append(.globstarSlash); i = j + 1
                    } else {
                        tokens.append(.globstar); i = j
                    }
                } else {
                    tokens.append(.star); i += 1
                }
            case UInt8(ascii: "["):
                if let (token, next) = Glob.parseSet(p, from: i) {
                    tokens.append(token); i = next
                } else {
                    tokens.append(.literal(c)); i += 1
                }
            default:
                tokens.append(.literal(c)); i += 1
            }
        }
        self.tokens = tokens
        func literalByte(_ t: Token) -> UInt8? { if case .literal(let c) = t { return c } else { return nil } }
        let lead = Array(tokens.prefix { literalByte($0) != nil }.compactMap(literalByte))
        if lead.count == tokens.count {
            literal = lead; prefix = lead; suffix = []
        } else {
            literal = nil
            prefix = lead
            suffix = Array(tokens.reversed().prefix { literalByte($0) != nil }.compactMap(literalByte).reversed())
        }
    }

    private static func parseSet(_ p: [UInt8], from start: Int) -> (Token, Int)? {
        var i = start + 1
        var negated = false
        if i < p.count, p[i] == UInt8(ascii: "!") || p[i] == UInt8(ascii: "^") { negated = true; i += 1 }
        var ranges: [ClosedRange<UInt8>] = []
        var first = true
        while i < p.count {
            var c = p[i]
            if c == UInt8(ascii: "]"), !first { return (.set(ranges: ranges, negated: negated), i + 1) }
            first = false
            if c == UInt8(ascii: "\\"), i + 1 < p.count { i += 1; c = p[i] }
            if i + 2 < p.count, p[i + 1] == UInt8(ascii: "-"), p[i + 2] != UInt8(ascii: "]") {
                var hi = p[i + 2]
                var next = i + 3
                if hi == UInt8(ascii: "\\"), i + 3 < p.count { hi = p[i + 3]; next = i + 4 }
                if c <= hi { ranges.append(c...hi) }
                i = next
            } else {
                ranges.append(c...c)
                i += 1
            }
        }
        return nil // unterminated: `[` is a literal
    }

    var hasWildcard: Bool { tokens.contains { if case .literal = $0 { return false } else { return true } } }

    func matches(_ text: String) -> Bool { matches(Array(text.utf8)) }

    func matches(_ text: [UInt8]) -> Bool {
        if let literal { return text == literal }
        guard text.count >= prefix.count + suffix.count, text.starts(with: prefix),
              text[(text.count - suffix.count)...].elementsEqual(suffix) else { return false }
        let n = text.count
        let slash = UInt8(ascii: "/")
        // next[t] = does tokens[k+1...] match text[t...]; computed from the last token back.
        var next = [Bool](repeating: false, count: n + 1)
        next[n] = true
        var cur = [Bool](repeating: false, count: n + 1)
        for token in tokens.reversed() {
            switch token {
            case .literal(let c):
                for t in 0...n { cur[t] = t < n && text[t] == c && next[t + 1] }
            case .any:
                for t in 0...n { cur[t] = t < n && (starCrossesSlash || text[t] != slash) && next[t + 1] }
            case .set(let ranges, let negated):
                for t in 0...n {
                    guard t < n, text[t] != slash else { cur[t] = false; continue }
                    let inSet = ranges.contains { $0.contains(text[t]) }
                    cur[t] = inSet != negated && next[t + 1]
                }
            case .star:
                cur[n] = next[n]
                if n > 0 {
                    for t in stride(from: n - 1, through: 0, by: -1) {
                        cur[t] = next[t] || ((starCrossesSlash || text[t] != slash) && cur[t + 1])
                    }
                }
            case .globstar:
                cur[n] = next[n]
                if n > 0 { for t in stride(from: n - 1, through: 0, by: -1) { cur[t] = next[t] || cur[t + 1] } }
            case .globstarSlash:
                // Either nothing, or skip to just past some later `/`.
                var later = false
                cur[n] = next[n]
                if n > 0 {
                    for t in stride(from: n - 1, through: 0, by: -1) {
                        if text[t] == slash && next[t + 1] { later = true }
                        cur[t] = next[t] || later
                    }
                }
            }
            swap(&cur, &next)
        }
        return next[0]
    }
}
