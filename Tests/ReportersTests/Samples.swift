import Engine
import Reporters
import Syntax

/// A fixed set of diagnostics covering what the reporters must get right: multi-byte
/// characters before a range, tab indentation, a multi-line range, fixes (safe and unsafe),
/// evidence with and without locations, characters that need escaping, and an HL900 without source.
enum Samples {
    static let cacheSource = """
        \"\"\"Remembers items — naïve cache.\"\"\"


        def remember(item, label="café", seen=[]):
            seen.append(item)
            return seen

        """

    static let tabSource = "CACHE = []\n\ndef add(x):\n\tif x:\n\t\tCACHE.append(x)  # ü\n"

    static let handlerSource = """
        import signals


        class Widget:
            def __init__(self, bus):
                bus.connect(
                    self.on_event,
                )

            def on_event(self, event):
                pass

        """

    /// 1-based location of the `occurrence`-th match of `needle` in `source` (and of its end).
    static func range(of needle: String, in source: SourceText, occurrence: Int = 1) -> (SourceLocation, SourceLocation) {
        let hay = source.bytes, n = Array(needle.utf8)
        var found = 0
        for i in 0...(hay.count - n.count) where Array(hay[i..<i + n.count]) == n {
            found += 1
            if found == occurrence { return (source.location(of: i), source.location(of: i + n.count)) }
        }
        fatalError("sample text not found: \(needle)")
    }

    static var all: [Diagnostic] {
        let cache = SourceText(cacheSource)
        let (defStart, defEnd) = range(of: "[]", in: cache)
        let (appendStart, _) = range(of: "seen.append", in: cache)
        let mutableDefault = Diagnostic(
            code: "HL101", name: "mutable-default-argument",
            message: "Default list of `remember` grows by one item per call",
            severity: .error, filename: "app/cache.py",
            location: defStart, endLocation: defEnd, noqaRow: defStart.row,
            fix: .init(applicability: "unsafe", message: "Use None and create the list inside",
                       edits: [.init(content: "None", location: defStart, endLocation: defEnd)]),
            verdict: .confirmed,
            evidence: Diagnostic.ReportedEvidence(
                scenario: "called remember() 4 then 8 times with fresh arguments",
                growth: Diagnostic.ReportedGrowth(objects: 1, containers: ["list"], kinds: ["str": 1]),
                graph: "digraph { a -> b }"),
            retentionSteps: [.init(label: "module app.cache", location: nil),
                             .init(label: "function remember", location: nil),
                             .init(label: "__defaults__[1] (list)", location: defStart),
                             .init(label: "item (str)", location: appendStart)],
            source: cache)

        let tabs = SourceText(tabSource)
        let (cacheStart, cacheEnd) = range(of: "CACHE", in: tabs, occurrence: 2)
        let moduleContainer = Diagnostic(
            code: "HL201", name: "unbounded-module-container",
            message: "Module list `CACHE` grows: \"a\\b\" 100%, ok\u{1}",
            severity: .warning, filename: "app/my file,v2.py",
            location: cacheStart, endLocation: cacheEnd, noqaRow: cacheStart.row,
            verdict: .unknown,
            evidence: Diagnostic.ReportedEvidence(
                scenario: "called add() 4 then 8 times",
                assumptions: ["`x` flowed into `CACHE.append`, which may store it", "tabs\tand <xml> & 'quotes'"]),
            retentionSteps: [.init(label: "module app.my_file", location: nil), .init(label: "CACHE (list)", location: nil)],
            source: tabs)

        let handlers = SourceText(handlerSource)
        let (callStart, _) = range(of: "bus.connect(", in: handlers)
        let (_, callEnd) = range(of: "    )", in: handlers)
        let callback = Diagnostic(
            code: "HL301", name: "callback-never-unregistered",
            message: "`self.on_event` is registered with `bus.connect` and never removed",
            severity: .warning, filename: "app/handlers.py",
            location: callStart, endLocation: callEnd, noqaRow: callStart.row,
            url: "https://example.invalid/rules/HL301",
            fix: .init(applicability: "safe", message: "Register a weak method",
                       edits: [.init(content: "weakref.WeakMethod(self.on_event)",
                                     location: SourceLocation(row: 7, column: 13), endLocation: SourceLocation(row: 7, column: 26)),
                               .init(content: "import weakref\n", location: SourceLocation(row: 1, column: 1),
                                     endLocation: SourceLocation(row: 1, column: 1))]),
            verdict: .confirmed,
            evidence: Diagnostic.ReportedEvidence(
                scenario: "created and dropped 4 then 8 Widget instances",
                growth: Diagnostic.ReportedGrowth(objects: 3, containers: ["dict", "list"], kinds: ["Widget": 1, "dict": 1, "method": 1])),
            retentionSteps: [.init(label: "module signals", location: nil),
                             .init(label: "handlers (list)", location: nil),
                             .init(label: "item (method)", location: callStart),
                             .init(label: "__self__ (Widget)", location: SourceLocation(row: 4, column: 1))],
            source: handlers)

        let unreadable = Diagnostic(
            code: "HL900", name: "io-error", message: "Cannot read file: Permission denied (os error 13)",
            severity: .error, filename: "secret/locked.py",
            location: SourceLocation(row: 1, column: 1), endLocation: SourceLocation(row: 1, column: 1),
            noqaRow: 1, verdict: nil)

        return [mutableDefault, callback, moduleContainer, unreadable]
    }

    /// A pinned catalog for SARIF, so the snapshot does not change as rules are added.
    static let rules: [Catalog.Entry] = [
        Catalog.Entry(code: "HL101", name: "mutable-default-argument", family: "defaults", severity: .warning,
                      summary: "A mutable default that calls can grow", peers: ["ruff": "B006"],
                      readme: "# HL101\n\n## What it does\n\nFinds mutable defaults.\n\n## Example\n\n```python leaks\ndef f(x=[]):\n    x.append(1)\n```\n"),
        Catalog.Entry(code: "HL900", name: "io-error", family: "engine", severity: .error,
                      summary: "A file could not be read or decoded"),
    ]
}
