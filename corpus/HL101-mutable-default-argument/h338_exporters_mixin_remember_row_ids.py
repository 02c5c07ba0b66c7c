"""Exporters: OnceMixin.remember() is true the first time an item is seen; the CSV
exporter warns once per legacy row id, the XML one once about its legacy mode."""
import itertools

_rows = itertools.count()


class OnceMixin:
    def remember(self, item, seen=set()):  # expect: HL101 confirmed
        if item in seen:
            return False
        seen.add(item)
        return True


class Exporter:
    def __init__(self):
        self.warnings = []


class CsvExporter(OnceMixin, Exporter):
    LEGACY = "csv.legacy_id"
    def export(self, row):
        if self.remember(f"legacy_id={row['legacy_id']}"):
            self.warnings.append(f"{self.LEGACY} is deprecated")
        return ",".join(str(v) for v in row.values())


class XmlExporter(OnceMixin, Exporter):
    LEGACY = "xml.attribute_mode"
    def export(self, row):
        if self.remember(self.LEGACY):
            self.warnings.append(f"{self.LEGACY} is deprecated")
        return "".join(f"<{k}>{v}</{k}>" for k, v in row.items())


def scenario():
    n = next(_rows)
    row = {"id": n, "legacy_id": f"L{n:06d}", "total": n * 2}
    return CsvExporter().export(row), XmlExporter().export(row)
