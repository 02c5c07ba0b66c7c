"""Request preparation: per-host credentials on top of the client defaults."""
from .options import defaults as client_defaults


def prepare(url, token):
    host = url.split("://", 1)[1].split("/", 1)[0]
    opts = client_defaults()
    opts.update({f"auth.{host}": f"Bearer {token}", "url": url})
    return len(opts)
