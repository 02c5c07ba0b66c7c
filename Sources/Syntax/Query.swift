import CTreeSitter
import Foundation

/// A compiled tree-sitter query. The C cursor ignores text predicates, so `matches(in:)`
/// evaluates `#eq?`, `#not-eq?`, `#match?`, `#not-match?` and `#any-of?` itself.
public final class Query: @unchecked Sendable {
    let raw: OpaquePointer
    public let captureNames: [String]
    /// Per pattern: the predicates to check on each match.
    let predicates: [[Predicate]]

    enum Argument { case capture(Int), string(String) }
    enum Predicate {
        case eq(Int, Argument, negated: Bool)
        case match(Int, NSRegularExpression, negated: Bool)
        case anyOf(Int, Set<String>)
    }

    public init(_ source: String) throws {
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        let bytes = Array(source.utf8)
        let q = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) { p in
                ts_query_new(Language.python.raw, p, UInt32(buf.count), &errorOffset, &errorType)
            }
        }
        guard let q else {
            let kinds = [TSQueryErrorSyntax: "syntax", TSQueryErrorNodeType: "node type",
                         TSQueryErrorField: "field", TSQueryErrorCapture: "capture",
                         TSQueryErrorStructure: "structure", TSQueryErrorLanguage: "language"]
            throw SyntaxError.query(kind: kinds[errorType] ?? "unknown", offset: Int(errorOffset))
        }
        raw = q
        var names: [String] = []
        for i in 0..<ts_query_capture_count(q) {
            var len: UInt32 = 0
            let p = ts_query_capture_name_for_id(q, i, &len)!
            names.append(String(decoding: UnsafeRawBufferPointer(start: p, count: Int(len)), as: UTF8.self))
        }
        captureNames = names
        var all: [[Predicate]] = []
        for pattern in 0..<ts_query_pattern_count(q) {
            all.append(try Query.readPredicates(q, pattern))
        }
        predicates = all
    }

    deinit { ts_query_delete(raw) }

    private static func readPredicates(_ q: OpaquePointer, _ pattern: UInt32) throws -> [Predicate] {
        var count: UInt32 = 0
        guard let steps = ts_query_predicates_for_pattern(q, pattern, &count), count > 0 else { return [] }
        func string(_ id: UInt32) -> String {
            var len: UInt32 = 0
            let p = ts_query_string_value_for_id(q, id, &len)!
            return String(decoding: UnsafeRawBufferPointer(start: p, count: Int(len)), as: UTF8.self)
        }
        var result: [Predicate] = []
        var current: [TSQueryPredicateStep] = []
        for i in 0..<Int(count) {
            let step = steps[i]
            if step.type == TSQueryPredicateStepTypeDone {
                guard let head = current.first, head.type == TSQueryPredicateStepTypeString else {
                    current = []; continue
                }
                let name = string(head.value_id)
                let args: [Argument] = current.dropFirst().map {
                    $0.type == TSQueryPredicateStepTypeCapture ? .capture(Int($0.value_id)) : .string(string($0.value_id))
                }
                guard case .capture(let first)? = args.first else { current = []; continue }
                switch name {
                case "eq?", "not-eq?":
                    if args.count == 2 { result.append(.eq(first, args[1], negated: name == "not-eq?")) }
                case "match?", "not-match?":
                    if args.count == 2, case .string(let pattern) = args[1] {
                        let regex = try NSRegularExpression(pattern: pattern)
                        result.append(.match(first, regex, negated: name == "not-match?"))
                    }
                case "any-of?":
                    let values = args.dropFirst().compactMap { arg -> String? in
                        if case .string(let s) = arg { return s } else { return nil }
                    }
                    result.append(.anyOf(first, Set(values)))
                default:
                    break // other predicates (#set!, …) are metadata; nothing to check
                }
                current = []
            } else {
                current.append(step)
            }
        }
        return result
    }

    /// All matches under `node`, with text predicates applied.
    public func matches(in node: Node) -> [QueryMatch] {
        guard let cursor = ts_query_cursor_new() else { return [] }
        defer { ts_query_cursor_delete(cursor) }
        ts_query_cursor_exec(cursor, raw, node.raw)
        var result: [QueryMatch] = []
        var match = TSQueryMatch()
        while ts_query_cursor_next_match(cursor, &match) {
            var captures: [QueryCapture] = []
            for i in 0..<Int(match.capture_count) {
                let c = match.captures[i]
                captures.append(QueryCapture(name: captureNames[Int(c.index)], index: Int(c.index),
                                             node: Node(raw: c.node, tree: node.tree)))
            }
            let m = QueryMatch(patternIndex: Int(match.pattern_index), captures: captures)
            if satisfies(m) { result.append(m) }
        }
        return result
    }

    private func satisfies(_ match: QueryMatch) -> Bool {
        func texts(_ capture: Int) -> [String] {
            match.captures.filter { $0.index == capture }.map(\.node.text)
        }
        for predicate in predicates[match.patternIndex] {
            switch predicate {
            case .eq(let capture, let arg, let negated):
                let left = texts(capture)
                let right: [String]
                switch arg {
                case .capture(let other): right = texts(other)
                case .string(let s): right = [s]
                }
                guard let l = left.first, let r = right.first else { continue }
                if (l == r) == negated { return false }
            case .match(let capture, let regex, let negated):
                for t in texts(capture) {
                    let found = regex.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
                    if found == negated { return false }
                }
            case .anyOf(let capture, let values):
                for t in texts(capture) where !values.contains(t) { return false }
            }
        }
        return true
    }
}

public struct QueryCapture {
    public let name: String
    public let index: Int
    public let node: Node
}

public struct QueryMatch {
    public let patternIndex: Int
    public let captures: [QueryCapture]
    public func captures(named name: String) -> [Node] {
        captures.filter { $0.name == name }.map(\.node)
    }
}
