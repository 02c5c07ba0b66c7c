"""Readers: parse lines into row dicts, keeping the current chunk for error context."""


def parse(line, header):
    return dict(zip(header, line.split(",")))


def iter_rows(text, header=("id", "name", "qty"), _chunk=[]):  # expect: HL101 confirmed
    """Yield one row per non-blank line; rows read so far are kept for error reports."""
    for line in text.splitlines():
        if not line.strip():
            continue
        row = parse(line, header)
        _chunk.append(row)
        yield row
    _chunk.clear()
