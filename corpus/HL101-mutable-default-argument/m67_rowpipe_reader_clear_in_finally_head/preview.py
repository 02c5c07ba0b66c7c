"""Preview pane: only the first few rows of an upload are rendered."""
from itertools import islice

from rowpipe import iter_rows


def head(text, n=2):
    return [f"{row['id']}: {row['name']} x{row['qty']}" for row in islice(iter_rows(text), n)]
