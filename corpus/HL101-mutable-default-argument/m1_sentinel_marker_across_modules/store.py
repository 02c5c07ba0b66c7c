"""Key-value access with a MISSING marker (imported from markers) as the default."""
from markers import MISSING


def get(mapping, key, default=MISSING):
    try:
        return mapping[key]
    except KeyError:
        if default is MISSING:
            raise
        return default
