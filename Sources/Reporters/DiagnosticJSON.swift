import Engine

/// The JSON object of one diagnostic, in DESIGN.md's order (ruff's fields, then heaplint's).
enum DiagnosticJSON {
    static func object(_ d: Diagnostic) -> JSONValue {
        .object([
            ("code", .string(d.code)),
            ("name", .string(d.name)),
            ("message", .string(d.message)),
            ("severity", .string(d.severity.rawValue)),
            ("filename", .string(d.filename)),
            ("location", location(d.location)),
            ("end_location", location(d.endLocation)),
            ("noqa_row", .int(d.noqaRow)),
            ("url", .optional(d.url)),
            ("fix", fix(d.fix)),
            ("verdict", .optional(d.verdict?.rawValue)),
            ("evidence", evidence(d)),
        ])
    }

    static func location(_ l: SourceLocation) -> JSONValue {
        .object([("row", .int(l.row)), ("column", .int(l.column))])
    }

    static func fix(_ fix: Diagnostic.ReportedFix?) -> JSONValue {
        guard let fix else { return .null }
        return .object([
            ("applicability", .string(fix.applicability)),
            ("message", .string(fix.message)),
            ("edits", .array(fix.edits.map { edit in
                .object([
                    ("content", .string(edit.content)),
                    ("location", location(edit.location)),
                    ("end_location", location(edit.endLocation)),
                ])
            })),
        ])
    }

    static func evidence(_ d: Diagnostic) -> JSONValue {
        guard let e = d.evidence else { return .null }
        let steps = d.retentionSteps
        let growth: JSONValue = e.growth.map { g in
            .object([("objects", .int(g.objects)), ("containers", .array(g.containers.map { .string($0) }))])
        } ?? .null
        return .object([
            ("scenario", .string(e.scenario)),
            ("growth_per_call", growth),
            ("retention_path", .array(steps.map { .string($0.label) })),
            ("assumptions", .array(e.assumptions.map { .string($0) })),
            ("retention_locations", .array(steps.map { $0.location.map(location) ?? .null })),
        ])
    }
}
