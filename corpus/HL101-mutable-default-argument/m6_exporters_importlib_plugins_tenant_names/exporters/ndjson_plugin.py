import json

from .registry import register


def write_lines(rows):
    return "\n".join(json.dumps(row, sort_keys=True) for row in rows)


def setup(prefix):
    register(f"{prefix}ndjson", write_lines)
