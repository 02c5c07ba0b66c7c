import Foundation
import HeapSim
import PythonModel
import Rules
import Project
import Testing
import TestSupport

/// Every `# expect: CODE VERDICT` line of `corpus/<CODE>-<name>/` is reported with that verdict,
/// and nothing else is reported (refuted findings included, as `--show-refuted` would print them).
@Suite struct CorpusTests {
    static let directories: [String] = RuleRegistry.directories

    /// Wrong verdicts a corpus round found and the model does not fix yet: the label stays as
    /// CPython says; heaplint must still give exactly this verdict (so the entry goes when it is
    /// fixed, and any other change is seen).
    static let knownWrongVerdicts: [String: (verdict: String, why: String)] = [
        // `in ADMINS` is never written (the file tests `in ADMINS.names`); `__contains__` has no
        // visible caller and is run as outside callers would (confirmed).
        // `__lt__` is called only by `max()` and `>=` on versions (total_ordering); run as outside
        // callers would, `type(other).__name__` of a fresh argument is a fresh key (confirmed).
        // Found by the h25 round: a function or hook nothing in the file calls by name is run as
        // outside callers would (confirmed), while the file calls it only where it cannot grow:
        // Found by the h175 round (a false confirmation, not fixed): the dict is keyed by
        // `id(obj)` of readings that die after each call; CPython gives the next reading the freed
        // address, so the keys repeat. The model's `id()` is a new number for each object.
        "h175_sensor_quantity_descriptor_id_key_value.py:12": ("confirmed", "keys are `id()` of objects freed after each call, whose addresses CPython reuses; the model gives every object a new id"),
        // Found by the h70 round (a false confirmation, now unknown):
        "h70_rate_window_while_trim.py:8": ("unknown", "the trim `while window and window[0][0] < cutoff` is decided on the scenario's timestamps, but `requests_in_window` is kept in a module-level handler table, and outside callers with other timestamps may leave events in the window"),
        // Found by the h67 round and lost when `.get` of a key the model does not know stopped
        // answering "absent": `day.isoformat()` of a date made from the counter is such a key, so
        // a column may be one already cached (datetime arithmetic is not modelled).
        "h67_partial_sort_key_getters_pivot_dates.py:8": ("unknown", "keys made of `date.isoformat()` of a computed date are values the model does not know, which may repeat"),
        "h25_locks_held_keys_value_eq.py:12": ("unknown", "keys compared by a dataclass's generated `__eq__`, which the model does not evaluate"),
        "h25_settings_property_setter_latest_by_slot.py:5": ("confirmed", "keys bounded by `n % 8` in the caller are fresh for outside callers"),
        "h25_sockets_closing_nullcontext.py:15": ("confirmed", "`close()` never called (nullcontext) is run as outside callers would"),
        "h25_markup_singledispatchmethod_cache_by_style.py:26": ("confirmed", "a registered implementation is run as outside callers would, with fresh styles"),
        // Found by the h26 round: hooks the file's operations never call, run as outside callers would.
    ]

    /// The interpreter the oracle measures with (`python3` on PATH): which optional modules a
    /// case's `try: import …` / `except ImportError:` finds absent, as the command line finds.
    static let environment: ProjectModel? = {
        guard let found = PythonEnvironment.locate(explicit: nil, projectRoot: FileManager.default.temporaryDirectory.path),
              let env = PythonEnvironment.probe(interpreter: found.path, source: found.source) else { return nil }
        return ProjectModel(roots: [], environment: env)
    }()

    @Test(arguments: directories)
    func corpusLabelsMatch(_ directory: String) throws {
        let files = TestSupport.corpusFiles(directory)
        #expect(!files.isEmpty, Comment(rawValue: "corpus/\(directory) has no cases"))
        var problems: [String] = []
        for url in files {
            let module = try TestSupport.lower(file: url)
            var settings = RuleSettings(enabled: Set(RuleRegistry.knownCodes))
            // (A one-module case is its whole program, as the command line sees it: the module is
            // the project's only one, an application's, with no packaging metadata.)
            settings.modules = StaticModuleProvider([ProvidedModule(name: module.name, module: module, isPackage: false,
                                                                    path: url.path, origin: .project)],
                                                     distributed: false, environment: Self.environment)
            let findings = RuleRunner.run(module, settings: settings)
            let actual = findings.map { f -> (Int, String, String) in
                (module.source.location(of: f.range.lowerBound).row, f.code, f.verdict.rawValue)
            }
            let labelled = try TestSupport.labelledExpectations(in: url)
            let name = url.lastPathComponent
            // Known gaps: the CPython label stays; heaplint must still report the line, and only as
            // `unknown` (never the opposite verdict); once it matches, the todo must go.
            for e in labelled where e.todo != nil {
                let got = actual.filter { $0.0 == e.row && $0.1 == e.code }.map(\.2)
                if got.contains(e.verdict) {
                    problems.append("\(name):\(e.row): heaplint now reaches \(e.verdict); remove the heaplint-todo comment")
                } else if got.isEmpty || got.contains(where: { $0 != "unknown" }) {
                    // (Two defaults on one `def` line are two findings on that line, each unknown.)
                    problems.append("\(name):\(e.row): known gap must stay unknown, got \(got)")
                }
            }
            for e in labelled {
                guard let wrong = Self.knownWrongVerdicts["\(name):\(e.row)"] else { continue }
                let got = actual.filter { $0.0 == e.row && $0.1 == e.code }.map(\.2)
                if got != [wrong.verdict] {
                    problems.append("\(name):\(e.row): listed as known wrong (\(wrong.verdict): \(wrong.why)), got \(got): update knownWrongVerdicts")
                }
            }
            let wrongRows = Set(labelled.filter { Self.knownWrongVerdicts["\(name):\($0.row)"] != nil }.map(\.row))
            let expected = labelled.filter { $0.todo == nil && !wrongRows.contains($0.row) }.map { (row: $0.row, code: $0.code, verdict: $0.verdict) }
            let gapRows = Set(labelled.filter { $0.todo != nil }.map(\.row))
            for e in expected where !actual.contains(where: { $0 == (e.row, e.code, e.verdict) }) {
                let got = actual.filter { $0.0 == e.row }.map { "\($0.1) \($0.2)" }
                let detail = findings.filter { module.source.location(of: $0.range.lowerBound).row == e.row }
                    .map { "\($0.message) | \($0.evidence?.assumptions ?? [])" }
                problems.append("\(name):\(e.row): expected \(e.code) \(e.verdict), got \(got.isEmpty ? "nothing" : got.joined(separator: ", ")) \(detail)")
            }
            for a in actual where !expected.contains(where: { ($0.0, $0.1, $0.2) == a }) {
                if gapRows.contains(a.0) || wrongRows.contains(a.0) || expected.contains(where: { $0.0 == a.0 && $0.1 == a.1 }) { continue }
                problems.append("\(name):\(a.0): unexpected \(a.1) \(a.2)")
            }
        }
        #expect(problems.isEmpty, Comment(rawValue: "\n" + problems.joined(separator: "\n")))
    }
}
