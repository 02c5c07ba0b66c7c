import Engine
import Foundation
import Reporters
import Testing

@Suite struct RetentionGraphsTests {
    @Test func writesOneDotFilePerDiagnosticWithAGraph() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-graphs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try RetentionGraphs.write(Samples.all, to: dir.appendingPathComponent("nested").path, dot: nil)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["cache-4-HL101.dot"])
        #expect(try String(contentsOfFile: written[0], encoding: .utf8) == "digraph { a -> b }")
    }

    @Test(.enabled(if: RetentionGraphs.findDot() != nil, "Graphviz `dot` is not installed"))
    func rendersSVGWhenDotIsInstalled() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-svg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try RetentionGraphs.write(Samples.all, to: dir.path)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["cache-4-HL101.dot", "cache-4-HL101.svg"])
        #expect(try String(contentsOfFile: written[1], encoding: .utf8).contains("<svg"))
    }

    @Test func unwritableDirectoryIsAConfigurationError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-file-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: ConfigurationError.self) {
            try RetentionGraphs.write(Samples.all, to: file.appendingPathComponent("sub").path, dot: nil)
        }
    }

    @Test func fileNames() {
        var d = Samples.all[0]
        d.filename = "pkg/.hidden"
        #expect(RetentionGraphs.fileName(d) == ".hidden-4-HL101")
        d.filename = "noext"
        #expect(RetentionGraphs.fileName(d) == "noext-4-HL101")
    }
}
