"""JSON-lines reader that reports malformed lines once the stream has been read to the end."""
import itertools
import json

_ids = itertools.count()


def iter_records(lines, _bad_lines=[]):  # expect: HL101 confirmed
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _bad_lines.append(f"line {lineno}: {exc.msg}: {line[:24]!r}")
            continue
        yield record
    if _bad_lines:
        message = "; ".join(_bad_lines)
        del _bad_lines[:]
        raise ValueError(f"malformed JSON lines: {message}")


def sniff_fields(text):
    first = next(iter_records(text.splitlines()), None)
    return sorted(first) if isinstance(first, dict) else []


def load_all(text):
    try:
        return list(iter_records(text.splitlines())), None
    except ValueError as exc:
        return [], str(exc)


def scenario():
    n = next(_ids)
    text = f"# export {n}\n{{'id': {n}}}\n{{\"id\": {n}, \"sku\": \"A-{n}\"}}\n"
    fields = sniff_fields(text)
    assert fields == ["id", "sku"]
