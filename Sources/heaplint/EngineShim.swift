// TEMPORARY SHIM — delete at merge. The engine branch adds these four members as stored
// properties of LintOptions / LintResult; until then the CLI builds against these no-ops.
import Engine

extension LintOptions {
    var fixMode: FixMode { get { .none } set { _ = newValue } }
    var unsafeFixes: Bool { get { false } set { _ = newValue } }
}

extension LintResult {
    var fixedCount: Int { 0 }
    var diff: String { "" }
}
