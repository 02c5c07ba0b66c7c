import PythonModel
import Syntax

/// The edits of HL101's fix: `def f(x, acc=[])` → `def f(x, acc=None)` plus `if acc is None: acc = []`
/// as the first statement of the body (after the docstring).
///
/// The fix writes into users' files, so it is offered only where the result is known to compile:
/// - a body in an indented block (`def …:` NEWLINE INDENT) gets the `if` inserted before its first
///   statement with the block's own indentation (tabs stay tabs);
/// - a body on the header's logical line (`def f(a=[]): a.append(1)`, or after a line continuation
///   `def f(a=[]): \` + body) is turned into a block: the text between the colon and the first
///   statement is replaced by a newline and the def's indentation plus one level;
/// - anything else (a comment or a backslash where a body is expected, a docstring followed by `;`,
///   form feeds in the indentation, a default spanning lines or using `await` / `yield`, a default
///   naming something the body declares `global` / `nonlocal`) gets no fix.
/// Edits use `\n`; the engine writes them with the file's own line ending.
public enum DefaultArgumentFix {
    public static func edits(_ def: FunctionDef, parameter name: String, value: Range<Int>, source: SourceText) -> [Edit]? {
        let bytes = source.bytes
        guard let first = def.body.first, value.upperBound <= bytes.count, value.lowerBound < value.upperBound else { return nil }
        let defaultText = source.text(value)
        guard !defaultText.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        // The default moves from the scope around the def into the function's own scope.
        let defaultWords = identifiers(defaultText)
        guard defaultWords.isDisjoint(with: ["await", "yield"]) else { return nil }
        let declared = declaredGlobal(def.body)
        guard defaultWords.isDisjoint(with: declared) else { return nil }

        switch lead(before: first.range.lowerBound, in: bytes) {
        case .lineStart(let lineStart):
            // An indented block. Keep a docstring first.
            var anchor = first
            if case .expr(let e) = first.kind, case .constant(.string) = e.kind, def.body.count > 1 {
                anchor = def.body[1]
            }
            var anchorLineStart = lineStart
            if anchor.range.lowerBound != first.range.lowerBound {
                guard case .lineStart(let s) = lead(before: anchor.range.lowerBound, in: bytes) else { return nil }
                anchorLineStart = s
            }
            let insertAt = anchor.range.lowerBound
            let indent = bytes[anchorLineStart..<insertAt]
            guard !indent.isEmpty, indent.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
            let indentText = String(decoding: indent, as: UTF8.self)
            let level = indent.contains(0x09) ? "\t" : "    "
            let inserted = "if \(name) is None:\n\(indentText)\(level)\(name) = \(defaultText)\n\(indentText)"
            return [Edit(range: value, content: "None"), Edit(range: insertAt..<insertAt, content: inserted)]

        case .colon(let colon):
            // A body on the header's logical line: make it a block.
            if case .expr(let e) = first.kind, case .constant(.string) = e.kind { return nil }
            guard colon >= value.upperBound, !commentBefore(colon, in: source),
                  let defIndent = headerIndent(def, in: bytes) else { return nil }
            let indentText = String(decoding: defIndent, as: UTF8.self)
            let level = defIndent.contains(0x09) ? "\t" : "    "
            let body = indentText + level
            let replacement = "\n\(body)if \(name) is None:\n\(body)\(level)\(name) = \(defaultText)\n\(body)"
            return [Edit(range: value, content: "None"), Edit(range: (colon + 1)..<first.range.lowerBound, content: replacement)]

        case .other:
            return nil
        }
    }

    enum Lead: Equatable {
        /// Only blanks back to a real line start (offset of the physical line's first byte).
        case lineStart(Int)
        /// Blanks and backslash-newlines back to a `:` at this offset.
        case colon(Int)
        case other
    }

    /// What precedes `offset` on its logical line, scanning back over blanks and backslash continuations.
    static func lead(before offset: Int, in b: [UInt8]) -> Lead {
        var i = min(offset, b.count)
        var continued = false
        while i > 0 {
            let c = b[i - 1]
            if c == 0x20 || c == 0x09 || c == 0x0C { i -= 1; continue }
            if c == 0x0A || c == 0x0D {
                var j = i - 1
                if c == 0x0A, j > 0, b[j - 1] == 0x0D { j -= 1 }
                if j > 0, b[j - 1] == 0x5C { i = j - 1; continued = true; continue }
                return continued ? .other : .lineStart(i)
            }
            if c == 0x3A { return .colon(i - 1) }
            return .other
        }
        return continued ? .other : .lineStart(0)
    }

    /// A `#` earlier on the colon's physical line: the colon may be inside a comment (conservative: a `#`
    /// in a string also counts).
    static func commentBefore(_ offset: Int, in source: SourceText) -> Bool {
        let line = source.lineRange(source.lineIndex(of: offset))
        return source.bytes[line.lowerBound..<offset].contains(0x23)
    }

    /// The indentation of the line holding `def` (or `async def`), when that line starts a logical line.
    static func headerIndent(_ def: FunctionDef, in b: [UInt8]) -> ArraySlice<UInt8>? {
        func skipBlanks(_ k: inout Int) { while k > 0, b[k - 1] == 0x20 || b[k - 1] == 0x09 || b[k - 1] == 0x0C { k -= 1 } }
        func word(_ w: String, endingAt k: Int) -> Bool {
            let u = Array(w.utf8)
            return k >= u.count && Array(b[(k - u.count)..<k]) == u
        }
        var k = min(def.nameRange.lowerBound, b.count)
        skipBlanks(&k)
        guard word("def", endingAt: k) else { return nil }
        k -= 3
        var m = k
        skipBlanks(&m)
        if m < k, word("async", endingAt: m) { k = m - 5 }
        guard case .lineStart(let s) = lead(before: k, in: b) else { return nil }
        let indent = b[s..<k]
        guard indent.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        return indent
    }

    /// Identifier-like words of a text (keywords included).
    static func identifiers(_ text: String) -> Set<String> {
        var out = Set<String>(), current = ""
        for ch in text.unicodeScalars {
            if ch == "_" || ch.properties.isAlphabetic || ("0"..."9").contains(ch) { current.unicodeScalars.append(ch) }
            else { if !current.isEmpty { out.insert(current) }; current = "" }
        }
        if !current.isEmpty { out.insert(current) }
        return out
    }

    /// Names the function's own scope declares `global` or `nonlocal` (any depth of blocks, not nested defs).
    static func declaredGlobal(_ body: [Stmt]) -> Set<String> {
        var out = Set<String>()
        var stack = body
        while let s = stack.popLast() {
            switch s.kind {
            case .global(let names), .nonlocal(let names): out.formUnion(names)
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): stack += b + o
            case .with(_, let b, _): stack += b
            case .tryStmt(let b, let hs, let o, let f): stack += b + o + f + hs.flatMap(\.body)
            case .match(_, let cases): stack += cases.flatMap(\.body)
            default: break
            }
        }
        return out
    }
}
