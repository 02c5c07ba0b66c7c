"""Parser: syntax options in a default dict that is only read; a tuple of markers means "unset"."""
from .markers import MISSING


def parse(text, options={"sep": "=", "comment": "#"}, unset=(MISSING, None, "")):  # expect: HL101 refuted
    sep = options.get("sep", "=")
    result = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith(options.get("comment", "#")):
            continue
        key, _, value = line.partition(sep)
        value = value.strip()
        result[key.strip()] = MISSING if value in unset else value
    return result
