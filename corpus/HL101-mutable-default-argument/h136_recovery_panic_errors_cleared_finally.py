"""Settings parser for `name = value;` statements with panic-mode error
recovery: a malformed statement records a diagnostic in the errors default
and parsing resynchronises at the next ';'. The caller gets a copy of the
diagnostics and the finally clause empties the list on every exit."""
import itertools

_ids = itertools.count()


def _statement(text, index):
    key, eq, value = text.partition("=")
    if not eq or not key.strip().isidentifier():
        raise SyntaxError(f"statement {index}: expected 'name = value', got {text!r}")
    if not value.strip():
        raise SyntaxError(f"statement {index}: missing value for {key.strip()!r}")
    return key.strip(), value.strip()


def parse_settings(src, errors=[]):  # expect: HL101 refuted
    settings = {}
    try:
        for index, text in enumerate(src.split(";"), 1):
            if not text.strip():
                continue
            try:
                key, value = _statement(text.strip(), index)
            except SyntaxError as exc:
                errors.append(str(exc))
                continue
            settings[key] = value
        return settings, list(errors)
    finally:
        errors.clear()


def scenario():
    n = next(_ids)
    return parse_settings(f"host = db{n}.internal; port {5400 + n}; user = app; retries =;")
