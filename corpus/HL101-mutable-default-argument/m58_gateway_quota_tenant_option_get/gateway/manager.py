import collections

from . import plugin as _plugins  # noqa: F401  (registers Cors and Quota)
from .registry import PLUGINS as _available

__all__ = ["Request", "admit", "CONFIG", "ENABLED"]

Request = collections.namedtuple("Request", "tenant path origin")

ENABLED = ("cors", "ratelimit")
CONFIG = {"cors": {"origins": ("https://app.example.test", "https://admin.example.test")}}


def admit(request, used):
    for name in ENABLED:
        cls = _available[name]
        settings = CONFIG.get(cls.slug)
        plugin = cls(settings) if settings else cls()
        if not plugin.check(request, used):
            return 429 if cls.slug == "quota" else 403
    return 200
