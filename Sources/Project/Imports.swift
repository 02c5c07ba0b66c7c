import PythonModel

extension Module {
    /// Absolute names of the modules this module imports anywhere (module level, functions,
    /// classes, branches): `import a.b` gives `a` and `a.b`; `from .m import x` in package `p`
    /// gives `p.m` and `p.m.x` (the name may be a submodule), `from m import *` gives `m` and
    /// `m.*`. `packageName` is the module's own
    /// name when it is a package's `__init__`, nil otherwise (relative imports then resolve
    /// against the enclosing package).
    public func importedModuleNames(packageName: String?) -> Set<String> {
        var out = Set<String>()
        IRWalk.statements(in: body) { s in
            for n in importedNames(of: s, packageName: packageName) { out.insert(n) }
        }
        return out
    }

    /// The modules this module's import-time code imports (module level, branches, `try`,
    /// `with`, loops and class bodies; not function bodies), in the order CPython first meets
    /// them: `import a.b` gives `a` then `a.b`, `from p import x` gives `p` then `p.x` (which may
    /// be a submodule). Each name once. (`from m import *` gives `m` and `m.*`.)
    public func importTimeModuleNames(packageName: String?) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func walk(_ stmts: [Stmt]) {
            for s in stmts {
                for n in importedNames(of: s, packageName: packageName) where seen.insert(n).inserted { out.append(n) }
                switch s.kind {
                case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                    walk(b); walk(o)
                case .with(_, let b, _): walk(b)
                case .tryStmt(let b, let hs, let o, let f):
                    walk(b); for h in hs { walk(h.body) }
                    walk(o); walk(f)
                case .classDef(let c): walk(c.body)
                case .match(_, let cases): for c in cases { walk(c.body) }
                default: break
                }
            }
        }
        walk(body)
        return out
    }

    /// The absolute module names one import statement names, in order (none for other statements).
    private func importedNames(of s: Stmt, packageName: String?) -> [String] {
        var out: [String] = []
        switch s.kind {
        case .importModules(let aliases):
            for a in aliases {
                let parts = a.name.split(separator: ".")
                for k in 1...max(parts.count, 1) where k <= parts.count { out.append(parts.prefix(k).joined(separator: ".")) }
            }
        case .importFrom(let mod, let level, let names):
            let package: [Substring] = {
                if let packageName { return packageName.split(separator: ".") }
                return Array(name.split(separator: ".").dropLast())
            }()
            guard let base = ModuleNameResolution.absolute(module: mod, level: level, package: package) else { break }
            if !base.isEmpty {
                let parts = base.split(separator: ".")
                for k in 1...parts.count { out.append(parts.prefix(k).joined(separator: ".")) }
            }
            for a in names where a.name != "*" { out.append(base.isEmpty ? a.name : base + "." + a.name) }
            // (`from m import *` also gives `m.*`: see `ModuleProvider.importerNames(of:)`.)
            if !base.isEmpty, names.contains(where: { $0.name == "*" }) { out.append(base + ".*") }
        default: break
        }
        return out
    }
}

/// How CPython turns a `from` import into an absolute module name.
public enum ModuleNameResolution {
    /// `from <level dots><module> import …` inside `package` (the importing module's package
    /// path): the absolute name, or nil when the relative import goes above the top-level package
    /// or the module has no package (CPython raises ImportError).
    public static func absolute(module: String, level: Int, package: [Substring]) -> String? {
        guard level > 0 else { return module }
        guard level <= package.count else { return nil }
        let base = package.dropLast(level - 1)
        let parts = base.map(String.init) + (module.isEmpty ? [] : [module])
        return parts.joined(separator: ".")
    }
}
