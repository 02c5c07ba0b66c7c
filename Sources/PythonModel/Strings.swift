import Foundation

/// An f-string as the simulator needs it: everything it uses of the literal's text is decided
/// here, in the lowering, so the simulator never reads the source.
public struct FormattedString {
    /// A piece of the string: literal text (escapes decoded) or a replacement field `{…}`.
    public enum Piece: Equatable, Sendable {
        case literal(String)
        /// A replacement field; `spec` is the text after `:` (nil without one).
        case field(spec: String?)
    }

    /// The interpolated expressions in evaluation order (those nested in format specs included).
    public var parts: [Expr]
    /// Per part: the field converts with `!r` or `!a` (formats through `__repr__`).
    public var repr: [Bool]
    /// Per part: the field has a conversion (`!s`, `!r`, `!a`): the value is made a str first, so
    /// the format spec goes to `str.__format__`, never to the value's own `__format__`.
    public var converted: [Bool]
    /// The literal text before the first `{` (`f"acct_{n}"` → `acct_`); nil when there is no `{`
    /// or that text holds a backslash.
    public var literalPrefix: String?
    /// The string as literal pieces and replacement fields, when each field's text can be formatted
    /// from its value alone; nil when it cannot (a raw string, a conversion such as `!r`, an escape
    /// this model does not decode).
    public var pieces: [Piece]?

    public init(parts: [Expr], repr: [Bool], converted: [Bool]? = nil, literalPrefix: String?, pieces: [Piece]?) {
        self.parts = parts; self.repr = repr; self.converted = converted ?? repr
        self.literalPrefix = literalPrefix; self.pieces = pieces
    }
}

/// Decoding of string literals, shared by the lowering.
enum StringLiterals {
    /// The literal starting at `start` has an `r` prefix (escapes stay as written): an `r` or `R`
    /// within its first three bytes, before the first quote.
    static func isRaw(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < bytes.count, i < start + 3, bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "'") {
            if bytes[i] == UInt8(ascii: "r") || bytes[i] == UInt8(ascii: "R") { return true }
            i += 1
        }
        return false
    }

    /// A replacement field whose expression ends at `end` converts with `!r` (what follows the
    /// expression, up to three bytes, starts with `!r` once spaces are trimmed).
    static func convertsWithRepr(_ bytes: [UInt8], after end: Int) -> Bool {
        let c = conversion(bytes, after: end)
        return c == "r" || c == "a"
    }

    /// The conversion (`r`, `s` or `a`) of the replacement field whose expression ends at `end`;
    /// nil without one.
    static func conversion(_ bytes: [UInt8], after end: Int) -> Character? {
        let lo = max(0, min(end, bytes.count))
        let hi = max(lo, min(end + 3, bytes.count))
        let after = String(decoding: bytes[lo..<hi], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard after.hasPrefix("!"), let c = after.dropFirst().first, "rsa".contains(c) else { return nil }
        return c
    }

    /// Python's backslash escapes in a non-raw string literal.
    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return s }
        var out = ""
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\", let e = it.popFirst() else { out.unicodeScalars.append(c); continue }
            switch e {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "0": out += "\0"
            case "\\": out += "\\"
            case "'": out += "'"
            case "\"": out += "\""
            case "\n": break
            case "x", "u", "U":
                let n = e == "x" ? 2 : e == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(it.prefix(n)))
                if hex.count == n, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
                    out.unicodeScalars.append(u)
                    it = it.dropFirst(n)
                } else {
                    out += "\\"; out.unicodeScalars.append(e)
                }
            default:
                out += "\\"; out.unicodeScalars.append(e)
            }
        }
        return out
    }

    /// The literal text of an f-string (`text` is the whole literal as written) before its first
    /// interpolation (`f"acct_{n}"` → `acct_`).
    static func fstringPrefix(_ text: String) -> String? {
        guard let quote = text.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        var body = text[text.index(after: quote)...]
        while body.first == text[quote] { body = body.dropFirst() }
        guard let brace = body.firstIndex(of: "{"), !body[..<brace].contains("\\") else { return nil }
        return String(body[..<brace])
    }

    /// The f-string `text` as literal pieces and replacement fields; nil when a field's value
    /// alone cannot give its text (raw, a conversion, an escape left undecoded).
    static func fstringPieces(_ text: String) -> [FormattedString.Piece]? {
        let text = Array(text)
        guard let q = text.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let prefix = text[..<q].map { $0.lowercased() }.joined()
        guard prefix.contains("f"), !prefix.contains("r") else { return nil }
        var quoteLen = 1
        if text.count >= q + 3, text[q + 1] == text[q], text[q + 2] == text[q] { quoteLen = 3 }
        var i = q + quoteLen
        let end = text.count - quoteLen
        var pieces: [FormattedString.Piece] = []
        var out = ""
        while i < end {
            let c = text[i]
            if c == "\\" {
                // A backslash escape in a literal part.
                guard i + 1 < end else { return nil }
                let decoded = unescape(String([c, text[i + 1]]))
                if decoded.count == 2 && text[i + 1] != "\\" { return nil }
                out += decoded
                i += 2
                continue
            }
            if c == "{" {
                if i + 1 < end, text[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1
                // Brackets and string literals of the expression: a `:` or `!` inside them
                // (`{row['card'][-4:]}`, `{d.get('a:b')}`) starts no format spec or conversion.
                var nest = 0
                var j = i + 1
                var spec: String?
                while j < end, depth > 0 {
                    if spec == nil, text[j] == "'" || text[j] == "\"" {
                        let quote = text[j]
                        j += 1
                        while j < end, text[j] != quote { j += 1 }
                        j += 1
                        continue
                    }
                    if spec == nil, text[j] == "(" || text[j] == "[" { nest += 1 }
                    if spec == nil, text[j] == ")" || text[j] == "]" { nest -= 1 }
                    if text[j] == "{" { depth += 1 }
                    if text[j] == "}" { depth -= 1; if depth == 0 { break } }
                    if depth == 1, nest == 0, spec == nil, text[j] == "!" {
                        // `!=` is a comparison; `!r` / `!s` a conversion (`FormattedString.repr`
                        // says which), `!a` one not formatted here.
                        if j + 1 < end, text[j + 1] == "=" { j += 2; continue }
                        if j + 1 < end, text[j + 1] == "r" || text[j + 1] == "s" { j += 2; continue }
                        return nil
                    }
                    if depth == 1, nest == 0, text[j] == ":", spec == nil { spec = "" } else if spec != nil { spec!.append(text[j]) }
                    j += 1
                }
                if !out.isEmpty { pieces.append(.literal(out)); out = "" }
                pieces.append(.field(spec: spec))
                i = j + 1
                continue
            }
            if c == "}" { if i + 1 < end, text[i + 1] == "}" { i += 1 } }
            out.append(c)
            i += 1
        }
        if !out.isEmpty { pieces.append(.literal(out)) }
        return pieces
    }
}
