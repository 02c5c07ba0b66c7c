"""Posts: both star-imported modules define slug_free; helpers comes later.

Which slug_free publish() calls depends on helpers.__all__.
"""
from .validators import *
from .helpers import *


def publish(title, taken=set()):  # expect: HL101 confirmed
    if not title_ok(title):
        raise ValueError("title too long")
    slug = slugify(title)
    return slug if slug_free(slug, taken) else None
