/// The modules a file imports, read from its tokens alone: no parse tree, no lowering, no
/// allocation beyond the names found. The project's importer index asks it of every file of the
/// project, so it must cost little more than reading the file (lowering each file a second time
/// doubled the cost of a run, and held a second copy of a 50 MB file's tree).
///
/// `import` is a keyword: outside strings and comments it only ever starts the name list of an
/// import statement (`import a.b as c, d` or the tail of `from <dots>m import x, (y as z)`), so a
/// tokenizer that skips strings (every prefix, triple quotes, f- and t-string replacement fields
/// with their nested strings, as Python 3.12 reads them), comments and line continuations finds
/// every import. The result is the set `Module.importedModuleNames(packageName:)` computes from
/// the lowered module (a test compares the two on every corpus file); for a file that does not
/// parse it may name more (CPython would not import such a file, and its imports only add
/// importers, which the simulation treats as callers it could not see).
public enum ImportScan {
    /// Absolute names of the modules `bytes` (decoded source) imports anywhere: `import a.b` gives
    /// `a` and `a.b`; `from .m import x` in package `p` gives `p.m` and `p.m.x`. `moduleName` is
    /// the file's dotted name; `isPackage` when it is a package's `__init__`.
    public static func importedModuleNames(_ bytes: [UInt8], moduleName: String, isPackage: Bool) -> Set<String> {
        let package: [Substring] = isPackage ? moduleName.split(separator: ".") : Array(moduleName.split(separator: ".").dropLast())
        var collector = Collector(package: package)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            scanner.run { collector.take($0) }
        }
        collector.take(.boundary)
        return collector.names
    }

    enum Token {
        case name(Substring)
        case op(UInt8)
        /// `...`
        case ellipsis
        /// Anything else: a string, a number, an operator the statement forms do not use.
        case other
        /// A logical line ends (`NEWLINE` outside brackets), or `;`, or a `:` outside brackets
        /// (what follows may be a one-line body: `if x: import y`).
        case boundary
    }

    /// The import statements' grammar over the token stream.
    struct Collector {
        let package: [Substring]
        var names = Set<String>()
        private var atStart = true
        private enum State {
            case none
            /// After `from`: leading dots, then a dotted name; `expectName` after a dot.
            case fromModule(level: Int, parts: [Substring], expectName: Bool)
            /// After `from … import`: the names (nil base: the relative import goes too high).
            case fromNames(base: String?, afterAs: Bool)
            /// After `import`: a dotted name, `as alias`, `,`.
            case importNames(current: [Substring], expectName: Bool, afterAs: Bool)
        }
        private var state = State.none

        init(package: [Substring]) { self.package = package }

        private mutating func insertPrefixes(_ parts: [Substring]) {
            guard !parts.isEmpty else { return }
            var name = ""
            for (i, p) in parts.enumerated() {
                if i > 0 { name += "." }
                name += p
                names.insert(name)
            }
        }

        mutating func take(_ token: Token) {
            let wasStart = atStart
            atStart = false
            switch state {
            case .none:
                break
            case .fromModule(var level, var parts, let expectName):
                switch token {
                case .op(UInt8(ascii: ".")):
                    if parts.isEmpty { level += 1; state = .fromModule(level: level, parts: parts, expectName: true) }
                    else { state = .fromModule(level: level, parts: parts, expectName: true) }
                    return
                case .ellipsis where parts.isEmpty:
                    state = .fromModule(level: level + 3, parts: parts, expectName: true)
                    return
                case .name(let n) where n == "import":
                    let base = ModuleNameResolution.absolute(module: parts.joined(separator: "."), level: level, package: package)
                    if let base, !base.isEmpty { insertPrefixes(base.split(separator: ".")) }
                    state = .fromNames(base: base, afterAs: false)
                    return
                case .name(let n) where expectName:
                    parts.append(n)
                    state = .fromModule(level: level, parts: parts, expectName: false)
                    return
                default:
                    state = .none
                }
            case .fromNames(let base, let afterAs):
                switch token {
                case .name(let n) where n == "as" && !afterAs:
                    state = .fromNames(base: base, afterAs: true)
                    return
                case .name(let n):
                    if !afterAs, let base { names.insert(base.isEmpty ? String(n) : base + "." + n) }
                    state = .fromNames(base: base, afterAs: false)
                    return
                case .op(UInt8(ascii: "*")):
                    // `from m import *`: recorded as `m.*`, so the star importers of `m` are
                    // its importers under that name (they bind names their text never spells).
                    if let base, !base.isEmpty { names.insert(base + ".*") }
                    return
                case .op(UInt8(ascii: "(")), .op(UInt8(ascii: ")")), .op(UInt8(ascii: ",")):
                    return
                default:
                    state = .none
                }
            case .importNames(var current, let expectName, let afterAs):
                switch token {
                case .name(let n) where n == "as" && !afterAs && !current.isEmpty:
                    state = .importNames(current: current, expectName: false, afterAs: true)
                    return
                case .name(let n):
                    if afterAs { state = .importNames(current: current, expectName: false, afterAs: false); return }
                    if expectName { current.append(n) }
                    state = .importNames(current: current, expectName: false, afterAs: false)
                    return
                case .op(UInt8(ascii: ".")):
                    state = .importNames(current: current, expectName: true, afterAs: false)
                    return
                case .op(UInt8(ascii: ",")):
                    insertPrefixes(current)
                    state = .importNames(current: [], expectName: true, afterAs: false)
                    return
                default:
                    insertPrefixes(current)
                    state = .none
                }
            }
            switch token {
            case .boundary:
                atStart = true
            case .name(let n) where n == "from" && wasStart:
                state = .fromModule(level: 0, parts: [], expectName: true)
            case .name(let n) where n == "import":
                state = .importNames(current: [], expectName: true, afterAs: false)
            default:
                break
            }
        }
    }

    /// Python's tokenizer, as far as telling code from strings and comments goes.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        /// What is being read: code (its bracket depth; `field`: the replacement field of an
        /// f-string), a string's literal part, or a replacement field's format spec.
        enum Context {
            case code(depth: Int, field: Bool)
            case string(quote: UInt8, triple: Bool, raw: Bool, formatted: Bool)
            case spec
        }

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }

        private static func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
        }

        /// A string prefix (`r`, `b`, `u`, `f`, `t` and their valid pairs, any case).
        private static func stringPrefix(_ name: UnsafeBufferPointer<UInt8>.SubSequence) -> (raw: Bool, formatted: Bool)? {
            guard name.count <= 2 else { return nil }
            var raw = false, formatted = false, bytesOrU = 0
            for b in name {
                switch b | 0x20 {
                case UInt8(ascii: "r"): if raw { return nil }; raw = true
                case UInt8(ascii: "f"), UInt8(ascii: "t"): if formatted { return nil }; formatted = true
                case UInt8(ascii: "b"), UInt8(ascii: "u"): bytesOrU += 1
                default: return nil
                }
            }
            if bytesOrU > 1 || (bytesOrU == 1 && formatted) { return nil }
            if name.count == 2, bytesOrU == 1, !raw { return nil }
            if name.contains(where: { $0 | 0x20 == UInt8(ascii: "u") }) && name.count > 1 { return nil }
            return (raw, formatted)
        }

        /// Feeds the tokens of top-level code (not those inside f-string fields) to `emit`.
        mutating func run(_ emit: (Token) -> Void) {
            var stack: [Context] = [.code(depth: 0, field: false)]
            let n = bytes.count
            while i < n {
                switch stack[stack.count - 1] {
                case .code(let depth, let field):
                    let top = stack.count == 1
                    let b = bytes[i]
                    switch b {
                    case 0x20, 0x09, 0x0C:
                        i += 1
                    case 0x5C: // `\`: a line continuation (or a stray backslash)
                        i += 1
                        if at(i) == 0x0D { i += 1 }
                        if at(i) == 0x0A { i += 1 }
                    case 0x0A, 0x0D:
                        i += 1
                        if top && depth == 0 { emit(.boundary) }
                    case 0x23: // `#`
                        while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                    case 0x22, 0x27:
                        openString(&stack, raw: false, formatted: false)
                        if top { emit(.other) }
                    case 0x28, 0x5B, 0x7B:
                        stack[stack.count - 1] = .code(depth: depth + 1, field: field)
                        i += 1
                        if top { emit(.op(b)) }
                    case 0x29, 0x5D:
                        stack[stack.count - 1] = .code(depth: max(0, depth - 1), field: field)
                        i += 1
                        if top { emit(.op(b)) }
                    case 0x7D:
                        i += 1
                        if field && depth == 0 { stack.removeLast() } // the replacement field ends
                        else { stack[stack.count - 1] = .code(depth: max(0, depth - 1), field: field) }
                    case 0x3A: // `:`
                        i += 1
                        if field && depth == 0 {
                            stack[stack.count - 1] = .spec // `{x:>10}`, `{x:=10}` alike
                        } else if top && depth == 0 {
                            emit(.boundary)
                        } else if top { emit(.other) }
                    case 0x3B: // `;`
                        i += 1
                        if top { emit(depth == 0 ? .boundary : .other) }
                    case 0x2E: // `.`
                        if i + 1 < n, bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 {
                            skipNumber()
                            if top { emit(.other) }
                        } else if at(i + 1) == 0x2E && at(i + 2) == 0x2E {
                            i += 3
                            if top { emit(.ellipsis) }
                        } else {
                            i += 1
                            if top { emit(.op(b)) }
                        }
                    case 0x30...0x39:
                        skipNumber()
                        if top { emit(.other) }
                    default:
                        if Self.isNameByte(b) {
                            let start = i
                            while i < n, Self.isNameByte(bytes[i]) { i += 1 }
                            if i < n, bytes[i] == 0x22 || bytes[i] == 0x27, let prefix = Self.stringPrefix(bytes[start..<i]) {
                                openString(&stack, raw: prefix.raw, formatted: prefix.formatted)
                                if top { emit(.other) }
                            } else if top {
                                emit(.name(Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)))
                            }
                        } else {
                            i += 1
                            if top { emit(b == 0x2C || b == 0x2A ? .op(b) : .other) }
                        }
                    }
                case .string(let quote, let triple, let raw, let formatted):
                    let b = bytes[i]
                    if b == 0x5C {
                        // An escape: the next character never ends the string. `\N{…}` in a
                        // non-raw f-string is a character name, not a replacement field.
                        if !raw && formatted && at(i + 1) == UInt8(ascii: "N") && at(i + 2) == 0x7B {
                            i += 3
                            while i < n, bytes[i] != 0x7D, bytes[i] != quote, bytes[i] != 0x0A { i += 1 }
                            if at(i) == 0x7D { i += 1 }
                        } else {
                            i += at(i + 1) == 0x0D && at(i + 2) == 0x0A ? 3 : 2
                        }
                    } else if b == quote {
                        if !triple { i += 1; stack.removeLast() }
                        else if at(i + 1) == quote && at(i + 2) == quote { i += 3; stack.removeLast() }
                        else { i += 1 }
                    } else if (b == 0x0A || b == 0x0D) && !triple {
                        stack.removeLast() // unterminated: the line ends it
                    } else if formatted && b == 0x7B {
                        if at(i + 1) == 0x7B { i += 2 } else { i += 1; stack.append(.code(depth: 0, field: true)) }
                    } else if formatted && b == 0x7D {
                        i += at(i + 1) == 0x7D ? 2 : 1
                    } else {
                        i += 1
                    }
                case .spec:
                    let b = bytes[i]
                    if b == 0x7B {
                        i += 1
                        stack.append(.code(depth: 0, field: true))
                    } else if b == 0x7D {
                        i += 1
                        stack.removeLast() // the field ends
                    } else if let q = enclosingQuote(stack), b == q || ((b == 0x0A || b == 0x0D) && !enclosingTriple(stack)) {
                        // The string ends inside a spec (an error): back to its literal part.
                        stack.removeLast()
                    } else {
                        i += 1
                    }
                }
            }
        }

        private func enclosingQuote(_ stack: [Context]) -> UInt8? {
            for c in stack.reversed() { if case .string(let q, _, _, _) = c { return q } }
            return nil
        }

        private func enclosingTriple(_ stack: [Context]) -> Bool {
            for c in stack.reversed() { if case .string(_, let t, _, _) = c { return t } }
            return false
        }

        /// At an opening quote: pushes the string (triple-quoted when three quotes follow).
        private mutating func openString(_ stack: inout [Context], raw: Bool, formatted: Bool) {
            let q = bytes[i]
            if at(i + 1) == q && at(i + 2) == q {
                i += 3
                stack.append(.string(quote: q, triple: true, raw: raw, formatted: formatted))
            } else {
                i += 1
                stack.append(.string(quote: q, triple: false, raw: raw, formatted: formatted))
            }
        }

        /// A number literal (digits, letters for bases, exponents and suffixes, `_`, `.`, and a
        /// sign right after an exponent).
        private mutating func skipNumber() {
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if Self.isNameByte(b) && b < 0x80 || b == 0x2E {
                    i += 1
                } else if (b == 0x2B || b == 0x2D), i > 0, bytes[i - 1] | 0x20 == UInt8(ascii: "e") {
                    i += 1
                } else { break }
            }
        }
    }
}
