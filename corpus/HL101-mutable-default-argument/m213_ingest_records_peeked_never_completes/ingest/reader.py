"""Streaming parser for key=value files."""


class ParseError(ValueError):
    pass


def iter_records(name, text, _completed=[]):  # expect: HL101 refuted
    """Yield (lineno, key, value); a file read to the end is not read again."""
    if name in _completed:
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ParseError(f"{name}:{lineno}: expected key=value")
        yield lineno, key.strip(), value.strip()
    _completed.append(name)
