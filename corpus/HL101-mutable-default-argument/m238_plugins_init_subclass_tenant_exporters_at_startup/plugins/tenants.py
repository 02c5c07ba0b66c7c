from .builtin import CsvExporter

TENANTS = ("acme", "globex", "initech")


def tenant_exporter(tenant, base=CsvExporter):
    """A CSV exporter that names the tenant in a comment above the header."""
    attrs = {"tenant": tenant, "header_prefix": f"# {tenant}\n"}
    return type(f"{tenant.title()}Exporter", (base,), attrs)
