"""Tags: the built-in ones are slugged at import; user tags on demand."""
from .util import slugify

BUILTIN = ("Release Notes", "How-To", "Café Talk")
TAG_SLUGS = {name: slugify(name) for name in BUILTIN}


def tag_slug(name):
    return TAG_SLUGS.get(name) or slugify(name, set(TAG_SLUGS.values()))
