"""Reports: sections() yields one dict per section of the layout, copied with
`{**section}` and given a fresh "rows" list, so what callers add to a
section's rows never reaches the lists inside the default layout."""
import itertools

_invoices = itertools.count()


def sections(layout=({"key": "header", "rows": []}, {"key": "lines", "rows": []})):  # expect: HL101 refuted
    for section in layout:
        yield {**section, "rows": list(section["rows"])}


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
