import CTreeSitter
import TreeSitterPython

/// The Python grammar with its symbol and field tables cached, so a node's kind is an array lookup.
public final class Language: @unchecked Sendable {
    public static let python = Language(tree_sitter_python())

    let raw: OpaquePointer
    /// Symbol id -> node type name.
    public let symbolNames: [String]
    let fieldIDs: [String: TSFieldId]

    init(_ raw: OpaquePointer) {
        self.raw = raw
        let count = Int(ts_language_symbol_count(raw))
        symbolNames = (0..<count).map { String(cString: ts_language_symbol_name(raw, TSSymbol($0))) }
        var fields: [String: TSFieldId] = [:]
        let fieldCount = Int(ts_language_field_count(raw))
        if fieldCount > 0 {
            for id in 1...fieldCount {
                if let name = ts_language_field_name_for_id(raw, TSFieldId(id)) {
                    fields[String(cString: name)] = TSFieldId(id)
                }
            }
        }
        fieldIDs = fields
    }

    public var abiVersion: Int { Int(ts_language_version(raw)) }

    public func fieldID(_ name: String) -> UInt16? { fieldIDs[name] }
}
