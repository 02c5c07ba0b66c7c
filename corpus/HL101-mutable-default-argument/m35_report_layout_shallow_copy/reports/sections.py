"""Section builders: each returns a list of rendered lines."""


def summary_section(layout, title, rows):
    lines = [layout.wrap(title.upper()), layout.wrap("-" * len(title))]
    for row in rows:
        label = "%s: %s" % (row["name"], row["value"])
        source = row.get("source")
        if source:
            label += " [%d]" % layout.note("Source: %s" % source)
        lines.append(layout.wrap(label))
    return lines


def totals_section(layout, rows):
    numbers = [r["value"] for r in rows if isinstance(r["value"], (int, float))]
    if not numbers:
        return []
    return [layout.wrap("Total: %s (%d items)" % (sum(numbers), len(numbers)))]
