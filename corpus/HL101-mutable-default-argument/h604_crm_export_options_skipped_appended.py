"""CRM export: contacts are written as delimited lines; rows without an email are skipped."""
import itertools
from dataclasses import dataclass, field


@dataclass
class ExportOptions:
    delimiter: str = ";"
    columns: list = field(default_factory=lambda: ["id", "name", "email"])
    skipped: list = field(default_factory=list)


def export_contacts(rows, opts=ExportOptions()):  # expect: HL101 confirmed
    lines = []
    for row in rows:
        if not row.get("email"):
            opts.skipped.append(row["id"])
            continue
        lines.append(opts.delimiter.join(str(row[c]) for c in opts.columns))
    return lines, len(opts.skipped)


_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    rows = [{"id": f"c-{n}-1", "name": "Ada", "email": f"ada{n}@example.test"},
            {"id": f"c-{n}-2", "name": "Bo", "email": ""}]
    lines, _ = export_contacts(rows)
    return len(lines)
