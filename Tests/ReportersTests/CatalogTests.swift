import Foundation
import Reporters
import Testing

@Suite struct CatalogTests {
    @Test func builtinCodesAreInTheCatalog() {
        let codes = Catalog.entries.map(\.code)
        #expect(codes.suffix(3) == ["HL900", "HL901", "HL902"])
        #expect(Catalog.entry("unused-noqa")?.code == "HL902")
        #expect(Catalog.entry("hl900")?.name == "io-error")
        #expect(Catalog.entry("syntax-error")?.code == "HL901")
        #expect(Catalog.entry("HL999") == nil)
    }

    @Test func explainRendersHeadingsAndIndentsCode() {
        let entry = Samples.rules[0]
        let plain = Catalog.explain(entry, color: false)
        #expect(plain == """
            HL101 (mutable-default-argument)

            Family: defaults · default severity: warning
            Peers: ruff B006

            HL101

            What it does

            Finds mutable defaults.

            Example

                def f(x=[]):
                    x.append(1)

            """)
        let colored = Catalog.explain(entry, color: true)
        #expect(colored.contains("\u{1B}[1mWhat it does\u{1B}[0m"))
        #expect(!colored.contains("```"))
    }

    @Test func catalogJSONParses() throws {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(Catalog.json().utf8)) as? [[String: Any]])
        #expect(array.count == Catalog.entries.count)
        #expect(array.last?["code"] as? String == "HL902")
    }

    @Test func catalogTextHasOneLinePerRule() {
        let lines = Catalog.text().split(separator: "\n")
        #expect(lines.count == Catalog.entries.count)
        #expect(lines.last?.hasPrefix("HL902  unused-noqa") == true)
    }
}
