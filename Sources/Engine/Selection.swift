import Rules

/// Rule selection as ruff does it: selectors are codes or prefixes (`HL1`, `HL`, `ALL`);
/// within one layer the more specific of select and ignore wins (ignore on a tie); a layer
/// with `select` starts afresh, a layer without it carries the previous result over. The
/// default (no `select` anywhere) is every known code except `BuiltinCodes.notSelectedByDefault`
/// (HL902, like ruff's RUF100): those run only when a selector names them (`HL902`, `HL9`, `ALL`).
public enum Selection {
    public struct Layer: Sendable, Equatable {
        public var select: [String]?
        public var extendSelect: [String]
        public var ignore: [String]
        public init(select: [String]? = nil, extendSelect: [String] = [], ignore: [String] = []) {
            self.select = select; self.extendSelect = extendSelect; self.ignore = ignore
        }
    }

    public static func isValidSelector(_ selector: String, knownCodes: [String]) -> Bool {
        let s = selector.uppercased()
        if s == "ALL" { return true }
        guard !s.isEmpty else { return false }
        return knownCodes.contains { $0.hasPrefix(s) }
    }

    /// nil when `selector` does not match `code`; otherwise how specific the match is.
    static func specificity(_ selector: String, matching code: String) -> Int? {
        let s = selector.uppercased()
        if s == "ALL" { return 0 }
        return code.hasPrefix(s) ? s.count : nil
    }

    /// The enabled codes after applying `layers` in order, starting from the default (every rule
    /// but the ones not selected by default).
    public static func resolve(_ layers: [Layer], knownCodes: [String],
                               notSelectedByDefault: Set<String> = BuiltinCodes.notSelectedByDefault) -> Set<String> {
        var enabled = Set(knownCodes).subtracting(notSelectedByDefault)
        for layer in layers {
            var next = Set<String>()
            for code in knownCodes {
                var enable: Int? = nil
                if let select = layer.select {
                    enable = select.compactMap { specificity($0, matching: code) }.max()
                } else if enabled.contains(code) {
                    enable = -1 // carried over: less specific than any selector of this layer
                }
                if let e = layer.extendSelect.compactMap({ specificity($0, matching: code) }).max() {
                    enable = max(enable ?? e, e)
                }
                guard let on = enable else { continue }
                let off = layer.ignore.compactMap { specificity($0, matching: code) }.max()
                if let off, off >= on { continue }
                next.insert(code)
            }
            enabled = next
        }
        return enabled
    }

    /// Removes the codes `ignores` match (per-file-ignores: any match disables).
    static func removing(_ ignores: [String], from enabled: Set<String>) -> Set<String> {
        guard !ignores.isEmpty else { return enabled }
        return enabled.filter { code in !ignores.contains { specificity($0, matching: code) != nil } }
    }
}
