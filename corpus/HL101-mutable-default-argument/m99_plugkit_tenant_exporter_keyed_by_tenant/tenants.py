"""Per-tenant CSV exporters: delimiter and columns come from tenant settings."""
from plugkit import exporter


def configure(tenant):
    @exporter(f"csv:{tenant['slug']}")
    def export(rows):
        sep, cols = tenant["delimiter"], tenant["columns"]
        lines = [sep.join(cols)]
        lines += [sep.join(str(row[c]) for c in cols) for row in rows]
        return "\n".join(lines)

    return export.plugin_name
