#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Turns a file's bytes into UTF-8 the parser can take: strips a UTF-8 BOM, honours a
/// PEP 263 coding cookie on line 1 or 2, and rejects invalid UTF-8 with its position.
public enum SourceDecoding {
    public struct Decoded: Equatable {
        /// UTF-8 text without the BOM.
        public var bytes: [UInt8]
        public var hadBOM: Bool
        /// The cookie's encoding when the text was transcoded to UTF-8 (fixes are not written back then).
        public var transcodedFrom: String?
        public init(bytes: [UInt8], hadBOM: Bool, transcodedFrom: String?) {
            self.bytes = bytes; self.hadBOM = hadBOM; self.transcodedFrom = transcodedFrom
        }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidUTF8(byte: UInt8, row: Int, column: Int)
        case unknownEncoding(String)
        case undecodable(encoding: String, byte: UInt8, row: Int, column: Int)
        case bomConflict(String)

        public var description: String {
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

    enum Encoding: Equatable { case utf8, ascii, iconv(String) }

    public static func decode(_ raw: [UInt8]) -> Result<Decoded, Failure> {
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
            // As CPython's tokenizer: after a BOM only a cookie that reads as `utf-8` (`utf-8`,
            // `utf_8`, `UTF-8-…`) is accepted; `utf8` and every other name is "encoding problem: … with BOM".
            if hadBOM {
                guard normalName(cookie) == "utf-8" else { return .failure(.bomConflict(cookie)) }
            }
            guard let e = normalize(cookie) else { return .failure(.unknownEncoding(cookie)) }
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
        case .iconv(let name):
            // ASCII-compatible codecs leave pure ASCII unchanged (the ISO-2022 ones shift on ESC only).
            if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x1B || $0 == 0x0E }) {
                return .success(Decoded(bytes: bytes, hadBOM: hadBOM, transcodedFrom: nil))
            }
            switch transcode(bytes, from: name) {
            case .success(let out):
                return .success(Decoded(bytes: out, hadBOM: hadBOM, transcodedFrom: encodingName))
            case .failure(let offset):
                let (r, c) = position(of: offset, in: bytes)
                let b = offset < bytes.count ? bytes[offset] : 0
                return .failure(.undecodable(encoding: encodingName, byte: b, row: r, column: c))
            }
        }
    }

    enum TranscodeResult { case success([UInt8]), failure(Int) }

    /// `bytes` in `encoding` to UTF-8 with glibc's iconv; on an invalid or truncated sequence, its offset.
    static func transcode(_ bytes: [UInt8], from encoding: String) -> TranscodeResult {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return .failure(0) }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var input = bytes
        let (ok, consumed, produced): (Bool, Int, Int) = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                var good = r != -1 && inLeft == 0
                if good {
                    // Flush a stateful codec's shift state.
                    good = iconv(cd, nil, nil, &outPtr, &outLeft) != -1
                }
                return (good, inBuf.count - inLeft, outBuf.count - outLeft)
            }
        }
        guard ok else { return .failure(consumed) }
        return .success(Array(out[0..<produced]))
    }

    /// CPython's `get_normal_name`: `utf-8` for `utf-8` / `utf_8` / `utf-8-…`, `iso-8859-1` for the latin-1 names.
    static func normalName(_ name: String) -> String {
        let n = String(name.prefix(12)).lowercased().replacingOccurrences(of: "_", with: "-")
        if n == "utf-8" || n.hasPrefix("utf-8-") { return "utf-8" }
        if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(n) || n.hasPrefix("latin-1-") || n.hasPrefix("iso-8859-1-")
            || n.hasPrefix("iso-latin-1-") { return "iso-8859-1" }
        return name
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

    /// The codec a cookie names, looked up as CPython does: `get_normal_name`, then Python's codec
    /// registry (`encodings.normalize_encoding` and its aliases).
    static func normalize(_ name: String) -> Encoding? {
        let normal = normalName(name)
        if normal == "utf-8" { return .utf8 }
        if normal == "iso-8859-1" { return .iconv("ISO-8859-1") }
        // encodings.normalize_encoding: runs of other characters than letters, digits and '.' become '_'.
        var key = ""
        var punct = false
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "." {
                if punct && !key.isEmpty { key.append("_") }
                if ch.isASCII { key.append(ch) }
                punct = false
            } else {
                punct = true
            }
        }
        if ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig"].contains(key) { return .utf8 }
        if ["ascii", "646", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
            "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"].contains(key) { return .ascii }
        if let iconvName = iconvNames[key] ?? iconvNames[key.replacingOccurrences(of: ".", with: "_")] { return .iconv(iconvName) }
        return nil
    }

    /// Python codec names and aliases (normalized as `encodings.normalize_encoding` does) -> iconv names,
    /// for the codecs whose glibc iconv table decodes every byte as Python's codec does (checked byte by
    /// byte for the single-byte ones). UTF-8 and ASCII are decoded natively.
    static let iconvNames: [String: String] = [
        "037": "CP037", "1125": "CP1125", "1140": "CP1140", "1250": "CP1250", "1251": "CP1251", "1252": "CP1252",
        "1253": "CP1253", "1254": "CP1254", "1255": "CP1255", "1256": "CP1256", "1257": "CP1257", "1258": "CP1258",
        "437": "CP437", "500": "CP500", "646": "ASCII", "775": "CP775", "850": "CP850", "852": "CP852",
        "855": "CP855", "857": "CP857", "858": "CP858", "860": "CP860", "861": "CP861", "862": "CP862",
        "863": "CP863", "864": "CP864", "865": "CP865", "866": "CP866", "869": "CP869", "8859": "ISO-8859-1",
        "932": "CP932", "936": "GBK", "949": "CP949", "950": "CP950", "ansi_x3.4_1968": "ASCII",
        "ansi_x3.4_1986": "ASCII", "ansi_x3_4_1968": "ASCII", "arabic": "ISO-8859-6", "ascii": "ASCII",
        "asmo_708": "ISO-8859-6", "big5": "BIG5", "big5_hkscs": "BIG5-HKSCS", "big5_tw": "BIG5",
        "big5hkscs": "BIG5-HKSCS", "chinese": "GB2312", "cp037": "CP037", "cp1051": "HP-ROMAN8", "cp1125": "CP1125",
        "cp1140": "CP1140", "cp1250": "CP1250", "cp1251": "CP1251", "cp1252": "CP1252", "cp1253": "CP1253",
        "cp1254": "CP1254", "cp1255": "CP1255", "cp1256": "CP1256", "cp1257": "CP1257", "cp1258": "CP1258",
        "cp1361": "JOHAB", "cp154": "PT154", "cp367": "ASCII", "cp437": "CP437", "cp500": "CP500", "cp737": "CP737",
        "cp775": "CP775", "cp819": "ISO-8859-1", "cp850": "CP850", "cp852": "CP852", "cp855": "CP855",
        "cp857": "CP857", "cp858": "CP858", "cp860": "CP860", "cp861": "CP861", "cp862": "CP862", "cp863": "CP863",
        "cp864": "CP864", "cp865": "CP865", "cp866": "CP866", "cp866u": "CP1125", "cp869": "CP869", "cp874": "CP874",
        "cp932": "CP932", "cp936": "GBK", "cp949": "CP949", "cp950": "CP950", "cp_gr": "CP869", "cp_is": "CP861",
        "csHPRoman8": "HP-ROMAN8", "csascii": "ASCII", "csbig5": "BIG5", "csibm037": "CP037", "csibm500": "CP500",
        "csibm855": "CP855", "csibm857": "CP857", "csibm858": "CP858", "csibm860": "CP860", "csibm861": "CP861",
        "csibm863": "CP863", "csibm864": "CP864", "csibm865": "CP865", "csibm866": "CP866", "csibm869": "CP869",
        "csiso2022jp": "ISO-2022-JP", "csiso2022kr": "ISO-2022-KR", "csiso58gb231280": "GB2312",
        "csisolatin1": "ISO-8859-1", "csisolatin2": "ISO-8859-2", "csisolatin3": "ISO-8859-3",
        "csisolatin4": "ISO-8859-4", "csisolatin5": "ISO-8859-9", "csisolatin6": "ISO-8859-10",
        "csisolatinarabic": "ISO-8859-6", "csisolatincyrillic": "ISO-8859-5", "csisolatingreek": "ISO-8859-7",
        "csisolatinhebrew": "ISO-8859-8", "cskoi8r": "KOI8-R", "cspc775baltic": "CP775",
        "cspc850multilingual": "CP850", "cspc862latinhebrew": "CP862", "cspc8codepage437": "CP437",
        "cspcp852": "CP852", "csptcp154": "PT154", "csshiftjis": "SHIFT-JIS", "cyrillic": "ISO-8859-5",
        "cyrillic_asian": "PT154", "ebcdic_cp_be": "CP500", "ebcdic_cp_ca": "CP037", "ebcdic_cp_ch": "CP500",
        "ebcdic_cp_nl": "CP037", "ebcdic_cp_us": "CP037", "ebcdic_cp_wt": "CP037", "ecma_114": "ISO-8859-6",
        "ecma_118": "ISO-8859-7", "elot_928": "ISO-8859-7", "euc_cn": "GB2312", "euc_jis2004": "EUC-JISX0213",
        "euc_jis_2004": "EUC-JISX0213", "euc_jisx0213": "EUC-JISX0213", "euc_jp": "EUC-JP", "euc_kr": "EUC-KR",
        "euccn": "GB2312", "eucgb2312_cn": "GB2312", "eucjis2004": "EUC-JISX0213", "eucjisx0213": "EUC-JISX0213",
        "eucjp": "EUC-JP", "euckr": "EUC-KR", "gb18030": "GB18030", "gb18030_2000": "GB18030", "gb2312": "GB2312",
        "gb2312_1980": "GB2312", "gb2312_80": "GB2312", "gbk": "GBK", "greek": "ISO-8859-7", "greek8": "ISO-8859-7",
        "hebrew": "ISO-8859-8", "hkscs": "BIG5-HKSCS", "hp_roman8": "HP-ROMAN8", "ibm037": "CP037", "ibm039": "CP037",
        "ibm1051": "HP-ROMAN8", "ibm1125": "CP1125", "ibm1140": "CP1140", "ibm367": "ASCII", "ibm437": "CP437",
        "ibm500": "CP500", "ibm775": "CP775", "ibm819": "ISO-8859-1", "ibm850": "CP850", "ibm852": "CP852",
        "ibm855": "CP855", "ibm857": "CP857", "ibm858": "CP858", "ibm860": "CP860", "ibm861": "CP861",
        "ibm862": "CP862", "ibm863": "CP863", "ibm864": "CP864", "ibm865": "CP865", "ibm866": "CP866",
        "ibm869": "CP869", "iso2022_jp": "ISO-2022-JP", "iso2022_jp_2": "ISO2022JP2", "iso2022_kr": "ISO-2022-KR",
        "iso2022jp": "ISO-2022-JP", "iso2022jp_2": "ISO2022JP2", "iso2022kr": "ISO-2022-KR", "iso646_us": "ASCII",
        "iso8859": "ISO-8859-1", "iso8859_1": "ISO-8859-1", "iso8859_10": "ISO-8859-10", "iso8859_11": "ISO-8859-11",
        "iso8859_13": "ISO-8859-13", "iso8859_14": "ISO-8859-14", "iso8859_15": "ISO-8859-15",
        "iso8859_16": "ISO-8859-16", "iso8859_2": "ISO-8859-2", "iso8859_3": "ISO-8859-3", "iso8859_4": "ISO-8859-4",
        "iso8859_5": "ISO-8859-5", "iso8859_6": "ISO-8859-6", "iso8859_7": "ISO-8859-7", "iso8859_8": "ISO-8859-8",
        "iso8859_9": "ISO-8859-9", "iso_2022_jp": "ISO-2022-JP", "iso_2022_jp_2": "ISO2022JP2",
        "iso_2022_kr": "ISO-2022-KR", "iso_646.irv_1991": "ASCII", "iso_8859_1": "ISO-8859-1",
        "iso_8859_10": "ISO-8859-10", "iso_8859_10_1992": "ISO-8859-10", "iso_8859_11": "ISO-8859-11",
        "iso_8859_11_2001": "ISO-8859-11", "iso_8859_13": "ISO-8859-13", "iso_8859_14": "ISO-8859-14",
        "iso_8859_14_1998": "ISO-8859-14", "iso_8859_15": "ISO-8859-15", "iso_8859_16": "ISO-8859-16",
        "iso_8859_16_2001": "ISO-8859-16", "iso_8859_1_1987": "ISO-8859-1", "iso_8859_2": "ISO-8859-2",
        "iso_8859_2_1987": "ISO-8859-2", "iso_8859_3": "ISO-8859-3", "iso_8859_3_1988": "ISO-8859-3",
        "iso_8859_4": "ISO-8859-4", "iso_8859_4_1988": "ISO-8859-4", "iso_8859_5": "ISO-8859-5",
        "iso_8859_5_1988": "ISO-8859-5", "iso_8859_6": "ISO-8859-6", "iso_8859_6_1987": "ISO-8859-6",
        "iso_8859_7": "ISO-8859-7", "iso_8859_7_1987": "ISO-8859-7", "iso_8859_8": "ISO-8859-8",
        "iso_8859_8_1988": "ISO-8859-8", "iso_8859_9": "ISO-8859-9", "iso_8859_9_1989": "ISO-8859-9",
        "iso_celtic": "ISO-8859-14", "iso_ir_100": "ISO-8859-1", "iso_ir_101": "ISO-8859-2",
        "iso_ir_109": "ISO-8859-3", "iso_ir_110": "ISO-8859-4", "iso_ir_126": "ISO-8859-7",
        "iso_ir_127": "ISO-8859-6", "iso_ir_138": "ISO-8859-8", "iso_ir_144": "ISO-8859-5",
        "iso_ir_148": "ISO-8859-9", "iso_ir_157": "ISO-8859-10", "iso_ir_199": "ISO-8859-14",
        "iso_ir_226": "ISO-8859-16", "iso_ir_58": "GB2312", "iso_ir_6": "ASCII", "jisx0213": "EUC-JISX0213",
        "johab": "JOHAB", "koi8_r": "KOI8-R", "koi8_t": "KOI8-T", "koi8_u": "KOI8-U", "korean": "EUC-KR",
        "ks_c_5601": "EUC-KR", "ks_c_5601_1987": "EUC-KR", "ks_x_1001": "EUC-KR", "ksc5601": "EUC-KR",
        "ksx1001": "EUC-KR", "kz1048": "RK1048", "kz_1048": "RK1048", "l1": "ISO-8859-1", "l10": "ISO-8859-16",
        "l2": "ISO-8859-2", "l3": "ISO-8859-3", "l4": "ISO-8859-4", "l5": "ISO-8859-9", "l6": "ISO-8859-10",
        "l7": "ISO-8859-13", "l8": "ISO-8859-14", "l9": "ISO-8859-15", "latin": "ISO-8859-1", "latin1": "ISO-8859-1",
        "latin10": "ISO-8859-16", "latin2": "ISO-8859-2", "latin3": "ISO-8859-3", "latin4": "ISO-8859-4",
        "latin5": "ISO-8859-9", "latin6": "ISO-8859-10", "latin7": "ISO-8859-13", "latin8": "ISO-8859-14",
        "latin9": "ISO-8859-15", "latin_1": "ISO-8859-1", "ms1361": "JOHAB", "ms932": "CP932", "ms936": "GBK",
        "ms949": "CP949", "ms950": "CP950", "ms_kanji": "CP932", "mskanji": "CP932", "pt154": "PT154",
        "ptcp154": "PT154", "r8": "HP-ROMAN8", "rk1048": "RK1048", "roman8": "HP-ROMAN8", "ruscii": "CP1125",
        "s_jis": "SHIFT-JIS", "s_jis_2004": "SHIFT_JISX0213", "s_jisx0213": "SHIFT_JISX0213",
        "shift_jis": "SHIFT-JIS", "shift_jis_2004": "SHIFT_JISX0213", "shift_jisx0213": "SHIFT_JISX0213",
        "shiftjis": "SHIFT-JIS", "shiftjis2004": "SHIFT_JISX0213", "shiftjisx0213": "SHIFT_JISX0213",
        "sjis": "SHIFT-JIS", "sjis_2004": "SHIFT_JISX0213", "sjisx0213": "SHIFT_JISX0213", "strk1048_2002": "RK1048",
        "thai": "ISO-8859-11", "u_jis": "EUC-JP", "uhc": "CP949", "ujis": "EUC-JP", "us": "ASCII",
        "us_ascii": "ASCII", "windows_1250": "CP1250", "windows_1251": "CP1251", "windows_1252": "CP1252",
        "windows_1253": "CP1253", "windows_1254": "CP1254", "windows_1255": "CP1255", "windows_1256": "CP1256",
        "windows_1257": "CP1257", "windows_1258": "CP1258", "x_mac_japanese": "SHIFT-JIS", "x_mac_korean": "EUC-KR",
        "x_mac_simp_chinese": "GB2312", "x_mac_trad_chinese": "BIG5",
    ]

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

}
