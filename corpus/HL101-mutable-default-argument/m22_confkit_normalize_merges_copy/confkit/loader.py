"""Parse `key = value` text into a dict."""
from .helpers import normalize


def load_config(text, source, options={}):  # expect: HL101 refuted
    if "strict" in options and not text.strip():
        raise ValueError(f"{source}: empty config")
    opts = normalize(options, source)
    values = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(opts["comment"]):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"{opts['sources'][-1]}:{number}: expected key = value")
        values[key.strip()] = value.strip()
    return values
