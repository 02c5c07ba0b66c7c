"""Application jobs, registered with jobrun when this module is imported."""
from jobrun import handler


@handler("thumbnail")
def thumbnail(name, size):
    stem, _, ext = name.rpartition(".")
    return f"{stem}@{size}x{size}.{ext}"


@handler("welcome_mail")
def welcome_mail(address):
    if "@" not in address:
        raise ValueError(f"cannot mail {address!r}")
    return f"welcome sent to {address}"
