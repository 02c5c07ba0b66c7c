import Foundation

/// `json.loads` of text the model knows, as CPython's decoder reads it: objects in the order of
/// their keys in the text, and the hooks called where CPython calls them — `parse_float` /
/// `parse_int` with each number's own text, `parse_constant` with `NaN` / `Infinity` /
/// `-Infinity`, `object_pairs_hook` with each object's pairs (else `object_hook` with the dict).
/// nil when the text is not JSON (the caller raises JSONDecodeError).
extension Interpreter {
    struct JSONHooks {
        var parseFloat: ObjID?
        var parseInt: ObjID?
        var parseConstant: ObjID?
        var objectHook: ObjID?
        var objectPairsHook: ObjID?
    }

    func loadJSON(_ text: String, hooks: JSONHooks, site: Int, frame: Frame) throws -> ObjID? {
        var reader = JSONTextReader(bytes: Array(text.utf8))
        reader.skipSpace()
        guard let v = try jsonValue(&reader, hooks, site: site, frame: frame) else { return nil }
        reader.skipSpace()
        return reader.atEnd ? v : nil
    }

    private func jsonValue(_ r: inout JSONTextReader, _ hooks: JSONHooks, site: Int, frame: Frame) throws -> ObjID? {
        guard let c = r.peek else { return nil }
        switch c {
        case UInt8(ascii: "{"):
            r.advance()
            var pairs: [(ObjID, ObjID)] = []
            r.skipSpace()
            if r.peek == UInt8(ascii: "}") {
                r.advance()
            } else {
                while true {
                    r.skipSpace()
                    guard r.peek == UInt8(ascii: "\""), let k = r.string() else { return nil }
                    r.skipSpace()
                    guard r.peek == UInt8(ascii: ":") else { return nil }
                    r.advance()
                    r.skipSpace()
                    guard let v = try jsonValue(&r, hooks, site: site, frame: frame) else { return nil }
                    pairs.append((makeStr(k, site: site), v))
                    r.skipSpace()
                    if r.peek == UInt8(ascii: ",") { r.advance(); continue }
                    if r.peek == UInt8(ascii: "}") { r.advance(); break }
                    return nil
                }
            }
            if let h = hooks.objectPairsHook {
                let list = newList(pairs.map { heap.allocate("tuple", .tuple([$0.0, $0.1]), origin: site) }, site: site)
                return try call(h, [list], [], site: site, frame: frame)
            }
            var store = OrderedStore()
            for (k, v) in pairs { store.set(k, heap.valueKey(k), v) }
            let obj = heap.allocate("dict", .dict(store, factory: nil), origin: site)
            if let h = hooks.objectHook { return try call(h, [obj], [], site: site, frame: frame) }
            return obj
        case UInt8(ascii: "["):
            r.advance()
            var items: [ObjID] = []
            r.skipSpace()
            if r.peek == UInt8(ascii: "]") { r.advance(); return newList([], site: site) }
            while true {
                r.skipSpace()
                guard let v = try jsonValue(&r, hooks, site: site, frame: frame) else { return nil }
                items.append(v)
                r.skipSpace()
                if r.peek == UInt8(ascii: ",") { r.advance(); continue }
                if r.peek == UInt8(ascii: "]") { r.advance(); return newList(items, site: site) }
                return nil
            }
        case UInt8(ascii: "\""):
            return r.string().map { makeStr($0, site: site) }
        default:
            for (word, value) in [("true", trueObject), ("false", falseObject), ("null", none)] where r.take(word) { return value }
            for word in ["NaN", "Infinity", "-Infinity"] where r.take(word) {
                if let h = hooks.parseConstant { return try call(h, [makeStr(word, site: site)], [], site: site, frame: frame) }
                return heap.allocate("float", .atom, constant: word == "NaN" ? "nan" : word == "Infinity" ? "inf" : "-inf", origin: site)
            }
            guard let (token, isFloat) = r.number() else { return nil }
            if isFloat {
                if let h = hooks.parseFloat { return try call(h, [makeStr(token, site: site)], [], site: site, frame: frame) }
                return heap.allocate("float", .atom, constant: Double(token).map { String($0) }, origin: site)
            }
            if let h = hooks.parseInt { return try call(h, [makeStr(token, site: site)], [], site: site, frame: frame) }
            return Int(token).map { makeInt($0, site: site) } ?? unknownAtom("int", site: site)
        }
    }
}

/// A cursor over JSON text (UTF-8).
struct JSONTextReader {
    let bytes: [UInt8]
    var i = 0

    var atEnd: Bool { i >= bytes.count }
    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
    mutating func advance() { i += 1 }

    mutating func skipSpace() {
        while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 }
    }

    mutating func take(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    /// A number token as JSON writes it, and whether it is a float (a fraction or an exponent).
    mutating func number() -> (String, Bool)? {
        let start = i
        var isFloat = false
        if peek == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int { var n = 0; while let c = peek, c >= 0x30, c <= 0x39 { i += 1; n += 1 }; return n }
        guard let first = peek, first >= 0x30, first <= 0x39 else { i = start; return nil }
        if first == 0x30 { i += 1 } else { _ = digits() }
        if peek == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { i = start; return nil }
            isFloat = true
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { i = start; return nil }
            isFloat = true
        }
        return (String(decoding: bytes[start..<i], as: UTF8.self), isFloat)
    }

    /// A string literal (at its opening quote), escapes decoded; nil when malformed.
    mutating func string() -> String? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        var units: [UInt16] = []
        func flushUnits() { if !units.isEmpty { out += Array(String(decoding: units, as: UTF16.self).utf8); units = [] } }
        while let c = peek {
            i += 1
            if c == UInt8(ascii: "\"") { flushUnits(); return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { return nil }
            guard c == UInt8(ascii: "\\") else { flushUnits(); out.append(c); continue }
            guard let e = peek else { return nil }
            i += 1
            switch e {
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let v = UInt16(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                units.append(v)
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): flushUnits(); out.append(e)
            case UInt8(ascii: "b"): flushUnits(); out.append(0x08)
            case UInt8(ascii: "f"): flushUnits(); out.append(0x0C)
            case UInt8(ascii: "n"): flushUnits(); out.append(0x0A)
            case UInt8(ascii: "r"): flushUnits(); out.append(0x0D)
            case UInt8(ascii: "t"): flushUnits(); out.append(0x09)
            default: return nil
            }
        }
        return nil
    }
}
