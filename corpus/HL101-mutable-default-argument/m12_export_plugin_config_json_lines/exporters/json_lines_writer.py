import json


def export(rows, sort_keys=True):
    """Write rows as JSON lines."""
    return "".join(json.dumps(row, sort_keys=sort_keys) + "\n" for row in rows)
