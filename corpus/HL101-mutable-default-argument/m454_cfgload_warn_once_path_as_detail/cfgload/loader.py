from . import iniparse
from .warn import warn_once


def load(path, text):
    """Parse one tenant config; configs still using legacy mode get a warning."""
    values = iniparse.parse(text)
    if values.get("legacy_mode") == "yes":
        warn_once("legacy mode will be removed in 3.0", detail=path)
    return {"path": path, "workers": int(values.get("workers", 1)), **values}
