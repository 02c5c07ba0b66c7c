SUPPORTED = ("en", "de", "fr", "pt-br")
DEFAULT_LOCALE = "en"


def parse_accept_language(header):
    """'de-CH, de;q=0.9, en;q=0.5' -> ['de-ch', 'de', 'en'] by quality."""
    weighted = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        if not tag or tag == "*":
            continue
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        weighted.append((-quality, index, tag.strip().lower()))
    return [tag for _, _, tag in sorted(weighted)]


def negotiate_locale(header, default=DEFAULT_LOCALE):
    for tag in parse_accept_language(header or ""):
        if tag in SUPPORTED:
            return tag
        base = tag.partition("-")[0]
        if base in SUPPORTED:
            return base
    return default
