def _format(record):
    return "%-10s %-10s %8.2f" % (
        record.get("order_id", "?"), record.get("customer", "?"), record.get("total", 0.0))


def render_table(stream, limit=20):
    """Render the first ``limit`` records; flag that more rows exist."""
    rows = ["%-10s %-10s %8s" % ("order", "customer", "total")]
    more = False
    for record in stream:
        if len(rows) > limit:
            more = True
            continue
        rows.append(_format(record))
    if more:
        rows.append("...")
    return "\n".join(rows)
