import re

_HREF = re.compile(r"""<a\s[^>]*?href=["']([^"'#]+)""", re.IGNORECASE)


def scan_hrefs(document, sink):
    """Put the href of every <a> in `document` into `sink` (filled in place)."""
    sink[:] = [match.group(1).strip() for match in _HREF.finditer(document)]
    return sink
