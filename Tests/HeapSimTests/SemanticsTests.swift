import Foundation
import HeapSim
import PythonModel
import Testing
import TestSupport

/// Each case of `corpus/semantics/` states a CPython memory fact with labels that the oracle checks
/// against real CPython (`# retains:`, `# survives-refcount:`, `# survives-gc:`). The simulator must
/// reach the same answers on the same files.
@Suite struct SemanticsTests {
    static let cases = TestSupport.corpusFiles("semantics").map(\.lastPathComponent)

    @Test(arguments: cases)
    func simulatorAgreesWithCPython(_ name: String) throws {
        let url = TestSupport.packageRoot.appendingPathComponent("corpus/semantics/\(name)")
        let module = try TestSupport.lower(file: url)
        let sim = ModuleSimulation(module: module)
        if let expected = TestSupport.label("retains", in: url) {
            let result = sim.measureEntryGrowth()
            #expect(result.retains == (expected == "yes"),
                    Comment(rawValue: "\(name): retains \(expected) in CPython; simulation says \(String(describing: result.retains)) \(result.reason ?? "")"))
        }
        let refcount = TestSupport.label("survives-refcount", in: url)
        let gc = TestSupport.label("survives-gc", in: url)
        if refcount != nil || gc != nil {
            let probe = try #require(sim.probe(), Comment(rawValue: "\(name): probe() did not run in the simulation"))
            if let refcount {
                #expect(probe.survivesRefcount == (refcount == "yes"), Comment(rawValue: "\(name): survives refcounting"))
            }
            if let gc {
                #expect(probe.survivesGC == (gc == "yes"), Comment(rawValue: "\(name): survives the collector"))
            }
        }
    }
}
