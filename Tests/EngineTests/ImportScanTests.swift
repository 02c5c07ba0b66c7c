import Foundation
import Project
import PythonModel
import Syntax
import Testing
import TestSupport

/// The importer index reads imports from tokens (`ImportScan`); it must find what the lowered
/// module says it imports.
@Suite struct ImportScanTests {
    private func scan(_ source: String, module: String = "pkg.mod", isPackage: Bool = false) -> Set<String> {
        ImportScan.importedModuleNames(Array(source.utf8), moduleName: module, isPackage: isPackage)
    }

    private func lowered(_ source: String, module: String = "pkg.mod", isPackage: Bool = false) throws -> Set<String> {
        try TestSupport.lower(source, moduleName: module).importedModuleNames(packageName: isPackage ? module : nil)
    }

    @Test func statementForms() throws {
        let source = """
        import os, a.b.c as abc
        from . import sibling, other as o
        from ..up import (x,
            y as z)   # comment: import not_this
        from .sub.deep import *
        if True: import one; import two
        def f():
            from json import loads
        try:
            import fast
        except ImportError:
            fast = None
        x = 1 if True else 2; from collections.abc import Mapping
        """
        let expected: Set = ["os", "a", "a.b", "a.b.c", "pkg", "pkg.sibling", "pkg.other", "x", "y", "pkg.sub",
                             "pkg.sub.deep", "pkg.sub.deep.*", "one", "two", "json", "json.loads", "fast", "collections", "collections.abc",
                             "collections.abc.Mapping"]
        // (`pkg.sub.deep.*`: the star import, so `importerNames(of: "pkg.sub.deep.*")` finds it.)
        // `from ..up` in a module of a top-level package goes above it: CPython raises ImportError.
        #expect(try lowered(source) == expected.subtracting(["x", "y"]))
        #expect(scan(source) == expected.subtracting(["x", "y"]))
        #expect(scan(source, module: "a.pkg.mod").contains("a.up.y"))
        #expect(scan("from . import m\n", module: "pkg", isPackage: true) == ["pkg", "pkg.m"])
    }

    @Test func stringsAndCommentsHideTheWord() {
        let source = #"""
        s = "import a"
        t = '''
        import b
        '''
        u = rb'\' import c'
        v = f"{'import d'} {x!r:>{width}} {{import e}}"
        w = f"{f'{"import g"}'}"
        y = "\N{LATIN SMALL LETTER A}" + f"\N{BULLET} {z}"
        # import h
        z = 1 \
            ; import real
        import after
        """#
        #expect(scan(source) == ["real", "after"])
    }

    @Test func unterminatedStringsDoNotHideLaterLines() {
        #expect(scan("x = 'oops\nimport a\n") == ["a"])
        #expect(scan("x = f'{y:>\nimport b\n") == ["b"])
    }

    @Test func deepNestingUsesNoRecursion() {
        let deep = String(repeating: "f'{", count: 100_000) + "\nimport a\n"
        _ = scan(deep) // must return (no stack overflow); what it finds in broken code is not specified
        let brackets = String(repeating: "(", count: 100_000) + "\nimport b\n"
        _ = scan(brackets)
    }

    /// On every corpus file and fuzz seed that parses, the scan finds exactly what the lowering says.
    @Test func agreesWithTheLoweringOnTheCorpus() throws {
        let root = TestSupport.packageRoot
        var files: [URL] = []
        for dir in ["corpus", "fuzz/seeds", "Tests/PythonModelTests/Fixtures"] {
            let base = root.appendingPathComponent(dir)
            guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "py" { files.append(url) }
        }
        #expect(files.count > 400)
        var compared = 0
        for url in files.sorted(by: { $0.path < $1.path }) {
            let raw = Array(try Data(contentsOf: url))
            guard case .success(let decoded) = SourceDecoding.decode(raw),
                  let module = SourceLoading.lower(raw: raw, moduleName: "pkg.case", parser: try Parser()) else { continue }
            compared += 1
            let fromTree = module.importedModuleNames(packageName: nil)
            let fromTokens = ImportScan.importedModuleNames(decoded.bytes, moduleName: "pkg.case", isPackage: false)
            #expect(fromTree == fromTokens, "\(url.path)")
        }
        #expect(compared > 400)
    }
}
