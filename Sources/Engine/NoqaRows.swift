import Syntax

/// Where a `# noqa` comment must go for a finding, as ruff's noqa mapping decides: a line whose
/// end lies inside a multi-line string, or that ends with a backslash continuation, cannot hold a
/// comment, so the directive belongs to the next line that can — the string's last line, the
/// continuation's last line. (A finding anywhere on the first line of a triple-quoted string is
/// mapped too: its end is inside the string.)
struct NoqaRows {
    /// 0-based indices of the lines that cannot end in a comment, sorted.
    private(set) var continued: Set<Int> = []

    init(tree: Tree, source: SourceText) {
        let stringSymbols = NoqaRows.stringSymbols
        let continuationSymbols = NoqaRows.continuationSymbols
        var continued = Set<Int>()
        tree.root.walk { node in
            let first = source.lineIndex(of: node.startByte)
            let last = source.lineIndex(of: node.endByte)
            guard last > first else { return false } // one line: nothing inside can continue a line
            if stringSymbols.contains(node.symbol) {
                for line in first..<last { continued.insert(line) }
                return false
            }
            if continuationSymbols.contains(node.symbol) {
                continued.insert(first)
                return false
            }
            return true
        }
        self.continued = continued
    }

    /// The 1-based row the directive for a finding starting at byte `offset` belongs on.
    func row(forOffset offset: Int, in source: SourceText) -> Int {
        var line = source.lineIndex(of: offset)
        while continued.contains(line), line + 1 < source.lineCount { line += 1 }
        return line + 1
    }

    static let stringSymbols = symbols(named: ["string"])
    static let continuationSymbols = symbols(named: ["line_continuation"])

    static func symbols(named names: Set<String>) -> Set<UInt16> {
        Set(Language.python.symbolNames.indices.filter { names.contains(Language.python.symbolNames[$0]) }.map { UInt16($0) })
    }
}
