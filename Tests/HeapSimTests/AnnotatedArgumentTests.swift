@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// What outside callers pass: a parameter annotated with a builtin immutable type (`text: str`)
/// gets a value of that type whose content the model does not know, not an object of any type.
@Suite struct AnnotatedArgumentTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    @Test func aStrMethodGivenTheDefaultOnlyReadsIt() throws {
        // rich/control.py: `str.translate` reads its table; an unknown `text` could have been anything.
        let o = try outcome("""
        _STRIP = {0: None, 7: None}

        def strip_control_codes(text: str, _translate_table=_STRIP):
            return text.translate(_translate_table)
        """, function: "strip_control_codes", parameter: "_translate_table")
        #expect(o.verdict == .refuted)
    }

    @Test func withoutTheAnnotationTheReceiverStaysUnknown() throws {
        let o = try outcome("""
        _STRIP = {0: None, 7: None}

        def strip_control_codes(text, _translate_table=_STRIP):
            return text.translate(_translate_table)
        """, function: "strip_control_codes", parameter: "_translate_table")
        #expect(o.verdict == .unknown)
    }

    @Test func stringsFromOutsideCallersAreNewKeys() throws {
        let o = try outcome("""
        def width(name: str, _cache={}):
            if name not in _cache:
                _cache[name] = len(name.strip())
            return _cache[name]
        """, function: "width", parameter: "_cache")
        #expect(o.verdict == .confirmed)
    }

    @Test func aStringAnnotationIsReadToo() throws {
        let o = try outcome("""
        def words(line: "str", _seen=[]):
            _seen.extend(line.split())
            return len(_seen)
        """, function: "words", parameter: "_seen")
        #expect(o.verdict == .confirmed)
    }

    @Test func aModuleThatRebindsTheTypeNameKeepsTheArgumentUnknown() throws {
        let o = try outcome("""
        class str:
            def translate(self, table):
                table[len(table)] = self

        def strip_control_codes(text: str, _translate_table={0: None}):
            return text.translate(_translate_table)
        """, function: "strip_control_codes", parameter: "_translate_table")
        #expect(o.verdict != .refuted)
    }
}
