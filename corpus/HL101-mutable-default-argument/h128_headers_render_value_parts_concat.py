"""HTTP response builder: header values may be a str, an int, a list (Vary,
Allow) or a dict of Cache-Control style directives; isinstance dispatch
renders each to one string. The list and dict branches build on the `parts`
default with parts + [...], which rebinds the local to a new list and leaves
the shared empty default untouched."""
import itertools

_resps = itertools.count()


def render_value(value, parts=[]):  # expect: HL101 refuted
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        parts = parts + [k if v is True else f"{k}={v}" for k, v in value.items() if v is not False]
    else:
        parts = parts + [str(item) for item in value]
    return ", ".join(parts)


def build_headers(body, max_age):
    headers = {"Content-Type": "application/json", "Content-Length": len(body),
               "Cache-Control": {"public": True, "max-age": max_age, "no-transform": False}}
    return [f"{name}: {render_value(value)}" for name, value in headers.items()]


def scenario():
    n = next(_resps)
    return len(build_headers(f'{{"id": {n}}}', 60 + n))
