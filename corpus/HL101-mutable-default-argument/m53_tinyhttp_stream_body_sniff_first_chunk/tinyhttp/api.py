"""User-facing calls."""
from .models import Response
from .transport import Connection

MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG", "image/png"), (b"{", "application/json"))


def get(url):
    return Response(url, Connection(url))


def sniff_type(url):
    response = get(url)
    head = next(response.iter_content(16), b"")
    for magic, mime in MAGIC:
        if head.startswith(magic):
            return mime
    return "text/html"
