/// Every rule, in one explicit list sorted by code. (Stub until the rules land.)
public enum RuleRegistry {
    public static var all: [RuleMetadata] { [] }
    public static func metadata(for code: String) -> RuleMetadata? { all.first { $0.code == code } }
    /// Every code that `select` / `ignore` accept: rule codes plus the engine's own (HL900, HL901).
    public static var knownCodes: [String] { all.map(\.code) + [BuiltinCodes.ioError.code, BuiltinCodes.syntaxError.code] }
}
