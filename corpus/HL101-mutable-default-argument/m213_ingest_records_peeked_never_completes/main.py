"""Config sync: each tick sniffs one newly uploaded key=value settings file."""
import itertools

from ingest import loader

_ids = itertools.count()


def scenario():
    n = next(_ids)
    name = f"settings-{n}.env"
    text = f"# upload {n}\nHOST=db{n}.internal\nPORT={5000 + n % 100}\n\nDEBUG=0\n"
    settings = loader.first_key(name, text)
    return len(settings)
