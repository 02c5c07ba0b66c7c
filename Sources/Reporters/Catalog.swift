import Foundation
import Engine

/// The rule catalog as `heaplint rules`, `heaplint explain` and SARIF print it; the entries come
/// from the engine (`RuleCatalog`).
public enum Catalog {
    public typealias Entry = RuleCatalog.Entry

    public static var entries: [Entry] { RuleCatalog.entries }

    /// Looks a rule up by code (any case) or by name.
    public static func entry(_ codeOrName: String) -> Entry? { RuleCatalog.entry(codeOrName) }

    /// `heaplint rules`: one line per rule.
    public static func text() -> String {
        let rows = entries.map { e -> [String] in
            let peers = e.peers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return [e.code, e.name, e.family, e.severity.rawValue, e.summary + (peers.isEmpty ? "" : " (peers: \(peers))")]
        }
        let widths = (0..<4).map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                + "  " + row[4] + "\n"
        }.joined()
    }

    /// `heaplint rules --format json`.
    public static func json() -> String {
        JSONValue.array(entries.map { e in
            .object([
                ("code", .string(e.code)),
                ("name", .string(e.name)),
                ("family", .string(e.family)),
                ("severity", .string(e.severity.rawValue)),
                ("summary", .string(e.summary)),
                ("peers", .object(e.peers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ])
        }).pretty() + "\n"
    }

    /// `heaplint explain CODE`: the README for a terminal — headings bold, fenced code indented.
    public static func explain(_ e: Entry, color: Bool) -> String {
        let style = Style(enabled: color)
        var out = style.bold("\(e.code) (\(e.name))") + "\n\n"
        out += "Family: \(e.family) · default severity: \(e.severity.rawValue)\n"
        if !e.peers.isEmpty {
            out += "Peers: " + e.peers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        out += "\n"
        let readme = e.readme.isEmpty ? e.summary + "\n" : e.readme
        var inFence = false
        for raw in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).replacingTabs()
            if line.trimmingLeadingSpaces().hasPrefix("```") { inFence.toggle(); continue }
            if inFence {
                out += line.isEmpty ? "\n" : "    " + line + "\n"
            } else if line.hasPrefix("#") {
                let title = String(line.drop { $0 == "#" }).trimmingLeadingSpaces()
                out += style.bold(title) + "\n"
            } else {
                out += line + "\n"
            }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// The text of the README's "What it does" section, for SARIF's fullDescription.
    static func whatItDoes(_ e: Entry) -> String? {
        var collecting = false
        var lines: [Substring] = []
        for line in e.readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                if collecting { break }
                collecting = line.lowercased().contains("what it does")
                continue
            }
            if collecting { lines.append(line) }
        }
        let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

private extension String {
    func replacingTabs() -> String {
        var out = ""
        var col = 0
        for c in self {
            if c == "\t" {
                let next = (col / 4 + 1) * 4
                out += String(repeating: " ", count: next - col)
                col = next
            } else { out.append(c); col += 1 }
        }
        return out
    }
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
