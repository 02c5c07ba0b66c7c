def parse_lines(lines, sep=","):
    """Yield one dict per CSV data line, skipping comments and blank lines."""
    header = None
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(sep)]
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            continue
        record = dict(zip(header, fields))
        try:
            record["total"] = float(record["total"])
        except (KeyError, ValueError):
            record["total"] = 0.0
        yield record
