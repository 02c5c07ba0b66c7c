"""Reports: sections() yields one dict per section of the layout, copied with
`{**section}` so callers can set a title per report. The copy is shallow:
every yielded dict's "rows" is the list inside the default layout, so the
rows of every report end up there."""
import itertools

_invoices = itertools.count()


def sections(layout=({"key": "header", "rows": []}, {"key": "lines", "rows": []})):  # expect: HL101 confirmed
    for section in layout:
        yield {**section}


def render_invoice(number, lines):
    out = []
    for section in sections():
        if section["key"] == "header":
            section["rows"].append(f"Invoice {number}")
        else:
            section["rows"].extend(f"{sku:<10}{qty:>4}" for sku, qty in lines)
        out.append("\n".join(section["rows"]))
    return "\n\n".join(out)


def scenario():
    n = next(_invoices)
    return render_invoice(f"INV-{n}", [(f"SKU{n}", 1), (f"SKU{n + 1}", 3)])
