import Engine

/// `--output-format json`: a pretty-printed array (2-space indent), `[]` when empty.
public struct JSONReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .json }
    public func session(context: ReportContext, write: @escaping (String) -> Void) -> any ReportSession {
        ArraySession(JSONArrayWriter(write: write)) { [DiagnosticJSON.object($0)] }
    }
}

/// A JSON array document: each diagnostic becomes zero or more elements, written at once.
final class ArraySession: ReportSession {
    let array: JSONArrayWriter
    let elements: (Diagnostic) -> [JSONValue]
    init(_ array: JSONArrayWriter, elements: @escaping (Diagnostic) -> [JSONValue]) {
        self.array = array; self.elements = elements
    }
    func add(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { for e in elements(d) { array.append(e) } }
    }
    func finish(context: ReportContext) {
        array.close()
        array.write("\n")
    }
}
