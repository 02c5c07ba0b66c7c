/// Turns a file's bytes into UTF-8 the parser can take: strips a UTF-8 BOM, honours a
/// PEP 263 coding cookie on line 1 or 2, and rejects invalid UTF-8 with its position.
enum SourceDecoding {
    struct Decoded: Equatable {
        /// UTF-8 text without the BOM.
        var bytes: [UInt8]
        var hadBOM: Bool
        /// The cookie's encoding when the text was transcoded to UTF-8 (fixes are not written back then).
        var transcodedFrom: String?
    }

    enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidUTF8(byte: UInt8, row: Int, column: Int)
        case unknownEncoding(String)
        case undecodable(encoding: String, byte: UInt8, row: Int, column: Int)
        case bomConflict(String)

        var description: String {
            switch self {
            case .invalidUTF8(let b, let r, let c):
                return "file is not valid UTF-8 (invalid byte 0x\(hex(b)) at \(r):\(c))"
            case .unknownEncoding(let e):
                return "unknown encoding in coding cookie: \(e)"
            case .undecodable(let e, let b, let r, let c):
                return "file is not valid \(e) (invalid byte 0x\(hex(b)) at \(r):\(c))"
            case .bomConflict(let e):
                return "encoding problem: the file starts with a UTF-8 BOM but declares \(e)"
            }
        }
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    enum Encoding: Equatable { case utf8, latin1, cp1252, ascii }

    static func decode(_ raw: [UInt8]) -> Result<Decoded, Failure> {
        var bytes = raw
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
            hadBOM = true
        }
        var encoding = Encoding.utf8
        var encodingName = "utf-8"
        if let cookie = codingCookie(bytes) {
            encodingName = cookie
            guard let e = normalize(cookie) else { return .failure(.unknownEncoding(cookie)) }
            if hadBOM, e != .utf8 { return .failure(.bomConflict(cookie)) }
            encoding = e
        }
        switch encoding {
        case .utf8:
            if let (offset, byte) = firstInvalidUTF8(bytes) {
                let (r, c) = position(of: offset, in: bytes)
                return .failure(.invalidUTF8(byte: byte, row: r, column: c))
            }
            return .success(Decoded(bytes: bytes, hadBOM: hadBOM, transcodedFrom: nil))
        case .ascii:
            if let i = bytes.firstIndex(where: { $0 >= 0x80 }) {
                let (r, c) = position(of: i, in: bytes)
                return .failure(.undecodable(encoding: encodingName, byte: bytes[i], row: r, column: c))
            }
            return .success(Decoded(bytes: bytes, hadBOM: hadBOM, transcodedFrom: nil))
        case .latin1, .cp1252:
            guard bytes.contains(where: { $0 >= 0x80 }) else {
                return .success(Decoded(bytes: bytes, hadBOM: hadBOM, transcodedFrom: nil))
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for (i, b) in bytes.enumerated() {
                var scalar = UInt32(b)
                if encoding == .cp1252, (0x80...0x9F).contains(b) {
                    let mapped = cp1252High[Int(b - 0x80)]
                    if mapped == 0 {
                        let (r, c) = position(of: i, in: bytes)
                        return .failure(.undecodable(encoding: encodingName, byte: b, row: r, column: c))
                    }
                    scalar = mapped
                }
                appendUTF8(scalar, to: &out)
            }
            return .success(Decoded(bytes: out, hadBOM: hadBOM, transcodedFrom: encodingName))
        }
    }

    /// The encoding named by a PEP 263 cookie on line 1, or on line 2 when line 1 is blank or a comment.
    static func codingCookie(_ bytes: [UInt8]) -> String? {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i < bytes.count, lines.count < 2 {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(bytes[start..<i])
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if lines.count < 2, start <= bytes.count { lines.append(bytes[start..<min(bytes.count, start + 4096)]) }
        for (index, line) in lines.prefix(2).enumerated() {
            let text = String(decoding: line.prefix(4096), as: UTF8.self)
            if let name = cookie(inLine: text) { return name }
            if index == 0 {
                // Line 2 counts only when line 1 is blank or a comment.
                let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
                if !(trimmed.isEmpty || trimmed.hasPrefix("#")) { return nil }
            }
        }
        return nil
    }

    /// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`
    static func cookie(inLine line: String) -> String? {
        let chars = Array(line.unicodeScalars)
        var i = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == "\u{0C}" { i += 1 }
        guard i < chars.count, chars[i] == "#" else { return nil }
        let rest = String(String.UnicodeScalarView(chars[(i + 1)...]))
        var search = rest[...]
        while let r = search.range(of: "coding") {
            var after = search[r.upperBound...]
            if let first = after.first, first == ":" || first == "=" {
                after = after.dropFirst().drop { $0 == " " || $0 == "\t" }
                let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
                if !name.isEmpty { return String(name) }
            }
            search = search[r.upperBound...]
        }
        return nil
    }

    static func normalize(_ name: String) -> Encoding? {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if n == "utf-8" || n == "utf8" || n.hasPrefix("utf-8-") || n == "utf-8-sig" { return .utf8 }
        if ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1", "l1", "8859", "cp819"].contains(n)
            || n.hasPrefix("latin-1-") || n.hasPrefix("iso-8859-1-") || n.hasPrefix("iso-latin-1-") { return .latin1 }
        if ["cp1252", "windows-1252"].contains(n) { return .cp1252 }
        if ["ascii", "us-ascii", "646"].contains(n) { return .ascii }
        return nil
    }

    /// 1-based row and column (in scalars) of a byte offset, lines split as Python splits them.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var row = 1, column = 1
        var i = 0
        while i < offset, i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { row += 1; column = 1 }
            else if b == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A, i + 1 < offset { i += 1 }
                row += 1; column = 1
            } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (row, column)
    }

    /// The first byte that breaks UTF-8 (overlongs, surrogates and values past U+10FFFF included).
    static func firstInvalidUTF8(_ b: [UInt8]) -> (Int, UInt8)? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return (i, c)
            }
            for k in 1...need {
                guard i + k < n else { return (i, c) }
                let cc = b[i + k]
                let (l, h): (UInt8, UInt8) = k == 1 ? (lo, hi) : (0x80, 0xBF)
                if cc < l || cc > h { return (i, c) } // as CPython: the byte that starts the bad sequence
            }
            i += need + 1
        }
        return nil
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 { out.append(UInt8(scalar)) }
        else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// cp1252 bytes 0x80...0x9F; 0 = undefined (Python's codec rejects them).
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
