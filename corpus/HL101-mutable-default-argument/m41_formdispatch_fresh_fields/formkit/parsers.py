"""Body parsers; each registers itself for the content types it handles."""
from urllib.parse import unquote_plus

from .registry import register


@register("application/x-www-form-urlencoded")
def parse_form(body, strict=False, _field_names=set()):  # expect: HL101 confirmed
    """Decode a urlencoded body; field names are kept for schema warnings."""
    data = {}
    for pair in body.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        name = unquote_plus(name).strip()
        if strict and name in data:
            raise ValueError(f"duplicate form field {name!r}")
        data[name] = unquote_plus(value)
        _field_names.add(name)
    return data


@register("text/plain", "text/csv")
def parse_text(body, strict=False):
    if strict and "\x00" in body:
        raise ValueError("NUL byte in text body")
    return {"text": body}
