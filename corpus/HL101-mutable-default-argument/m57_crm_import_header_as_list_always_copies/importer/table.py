import rowtools as rt

from .header import header_for


def to_table(records):
    records = rt.as_list(records)
    header = header_for(records)
    rows = [[str(record.get(column, "")) for column in header] for record in records]
    pad = max([rt.width(header)] + [rt.width(row) for row in rows])
    return "\n".join(" | ".join(cell.ljust(pad) for cell in row) for row in [header, *rows])
