"""Markdown export: one heading per row, each with a unique anchor."""
import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def _anchor(text):
    return _NON_WORD.sub("-", text.lower()).strip("-")


def render(title, rows, _anchors=set()):  # expect: HL101 refuted
    _anchors.clear()
    lines = [f"# {title}", ""]
    for row in rows:
        anchor = base = _anchor(row["name"])
        suffix = 1
        while anchor in _anchors:
            suffix += 1
            anchor = f"{base}-{suffix}"
        _anchors.add(anchor)
        mark = "x" if row["done"] else " "
        lines.append(f"## [{mark}] {row['name']} {{#{anchor}}}")
        lines.append(f"Owner: {row['owner']}")
    return "\n".join(lines)
