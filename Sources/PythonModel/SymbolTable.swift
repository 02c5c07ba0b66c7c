/// Symbol-table construction, following CPython 3.11's `Python/symtable.c`: lowering records
/// per-name flags in a `ScopeBuilder` per block (pass 1), then `SymbolAnalysis` resolves every
/// name to local / cell / free / global the way `analyze_block` does (pass 2).

/// CPython's `DEF_*` flags, plus `definition` (bound by def/class), which CPython folds into DEF_LOCAL.
struct RawFlags: OptionSet {
    let rawValue: UInt16
    static let global = RawFlags(rawValue: 1 << 0)
    static let local = RawFlags(rawValue: 1 << 1)
    static let param = RawFlags(rawValue: 1 << 2)
    static let nonlocal = RawFlags(rawValue: 1 << 3)
    static let use = RawFlags(rawValue: 1 << 4)
    static let imported = RawFlags(rawValue: 1 << 5)
    static let annot = RawFlags(rawValue: 1 << 6)
    static let definition = RawFlags(rawValue: 1 << 7)
    static let bound: RawFlags = [.local, .param, .imported]

    var publicFlags: Symbol.Flags {
        var f: Symbol.Flags = []
        if contains(.local) { f.insert(.assigned) }
        if contains(.param) { f.insert(.parameter) }
        if contains(.use) { f.insert(.referenced) }
        if contains(.global) { f.insert(.declaredGlobal) }
        if contains(.nonlocal) { f.insert(.declaredNonlocal) }
        if contains(.imported) { f.insert(.imported) }
        if contains(.annot) { f.insert(.annotated) }
        if contains(.definition) { f.insert(.definition) }
        return f
    }
}

/// One block of CPython's symtable while lowering. Annotation blocks (under
/// `from __future__ import annotations`) take part in the analysis but have no public `Scope`.
final class ScopeBuilder {
    enum BlockType { case module, function, classBlock, annotation }

    let type: BlockType
    let isComprehension: Bool
    let scope: Scope?
    /// CPython's `__qualname__` of the code object this block compiles to.
    let qualifiedName: String
    /// The innermost enclosing class name, for private-name mangling.
    let privateName: String?
    unowned(unsafe) let parent: ScopeBuilder?
    var children: [ScopeBuilder] = []
    var flags: [String: RawFlags] = [:]
    var hasYield = false
    /// Set by the analysis: a method uses `super()` / `__class__`.
    var needsClassClosure = false
    /// Iteration variables of a comprehension (walrus may not rebind them).
    var function: FunctionDef?

    init(type: BlockType, isComprehension: Bool = false, scope: Scope?, qualifiedName: String,
         privateName: String?, parent: ScopeBuilder?) {
        self.type = type
        self.isComprehension = isComprehension
        self.scope = scope
        self.qualifiedName = qualifiedName
        self.privateName = privateName
        self.parent = parent
        parent?.children.append(self)
        scope?.privateName = privateName
    }

    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    var isFunctionBlock: Bool { type == .function }

    func mangle(_ name: String) -> String {
        guard let cls = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.utf8.contains(UInt8(ascii: ".")) else {
            return name
        }
        let stripped = cls.drop(while: { $0 == "_" })
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    func add(_ name: String, _ f: RawFlags) {
        let key = mangle(name)
        flags[key, default: []].formUnion(f)
        if f.contains(.global) && parent != nil {
            // CPython also records every `global` declaration in the module's table (`st_global`).
            var top = self
            while let p = top.parent { top = p }
            top.flags[key, default: []].insert(.global)
        }
    }

    func lookup(_ name: String) -> RawFlags { flags[mangle(name)] ?? [] }
}

/// CPython's scope values (`LOCAL` … `CELL`).
private enum Resolved { case local, globalExplicit, globalImplicit, free, cell }

enum SymbolAnalysis {
    /// Resolves every block below `module` and writes the public symbol tables.
    static func run(_ module: ScopeBuilder) {
        var free = Set<String>()
        var global = Set<String>()
        analyzeBlock(module, bound: nil, free: &free, global: &global)
    }

    private static func analyzeBlock(_ ste: ScopeBuilder, bound inBound: Set<String>?,
                                     free: inout Set<String>, global: inout Set<String>) {
        var bound = inBound
        var local = Set<String>()
        var scopes: [String: Resolved] = [:]
        scopes.reserveCapacity(ste.flags.count)
        var newGlobal = Set<String>()
        var newBound = Set<String>()
        var newFree = Set<String>()
        let isClass = ste.type == .classBlock

        if isClass {
            newGlobal.formUnion(global)
            if let b = bound { newBound.formUnion(b) }
        }
        for (name, flags) in ste.flags {
            if flags.contains(.global) {
                scopes[name] = .globalExplicit
                global.insert(name)
                bound?.remove(name)
            } else if flags.contains(.nonlocal) {
                // CPython raises a SyntaxError when no enclosing function binds it; we resolve it as free.
                scopes[name] = .free
                free.insert(name)
            } else if !flags.isDisjoint(with: .bound) {
                scopes[name] = .local
                local.insert(name)
                global.remove(name)
            } else if let b = bound, b.contains(name) {
                scopes[name] = .free
                free.insert(name)
            } else {
                scopes[name] = .globalImplicit
            }
        }
        if !isClass {
            if ste.type == .function { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var allFree = Set<String>()
        for child in ste.children {
            var childFree = newFree
            var childGlobal = newGlobal
            analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
            allFree.formUnion(childFree)
        }
        newFree.formUnion(allFree)

        if ste.type == .function {
            // analyze_cells: locals that children need become cells.
            for (name, r) in scopes where r == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if isClass {
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
        }

        // update_symbols: free names of children pass through this block when an enclosing function binds them.
        var passThrough: [String] = []
        for name in newFree where ste.flags[name] == nil {
            if let b = bound, b.contains(name) { passThrough.append(name) } else if bound == nil { continue }
        }
        free.formUnion(newFree)

        guard let scope = ste.scope else { return }
        var symbols: [String: Symbol] = [:]
        symbols.reserveCapacity(scopes.count + passThrough.count + 1)
        for (name, flags) in ste.flags {
            symbols[name] = Symbol(flags: flags.publicFlags, binding: binding(scopes[name] ?? .globalImplicit))
        }
        for name in passThrough { symbols[name] = Symbol(flags: [], binding: .free) }
        if ste.needsClassClosure {
            // The compiler gives the class body an implicit `__class__` cell for its methods.
            symbols["__class__"] = Symbol(flags: symbols["__class__"]?.flags ?? [], binding: .cell)
        }
        scope.symbols = symbols
    }

    private static func binding(_ r: Resolved) -> Binding {
        switch r {
        case .local: return .local
        case .cell: return .cell
        case .free: return .free
        case .globalExplicit: return .globalExplicit
        case .globalImplicit: return .globalImplicit
        }
    }
}
