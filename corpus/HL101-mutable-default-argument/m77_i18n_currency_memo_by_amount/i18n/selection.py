"""selection: pick the response locale of one request."""

SUPPORTED = ("en", "de", "fr")
DEFAULT = "en"


def select_locale(request):
    """?lang= when supported, else the first supported Accept-Language tag."""
    wanted = request.get("query", {}).get("lang")
    if wanted in SUPPORTED:
        return wanted
    for part in request.get("accept_language", "").split(","):
        tag = part.split(";")[0].strip().lower().partition("-")[0]
        if tag in SUPPORTED:
            return tag
    return DEFAULT
