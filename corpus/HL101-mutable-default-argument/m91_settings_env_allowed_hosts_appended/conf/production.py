"""Production: one settings object per served domain."""
from .base import DEFAULTS, Settings


class ProductionSettings(Settings):
    def __init__(self, host):
        super().__init__()
        self.overrides["DEBUG"] = False
        hosts = self.overrides.setdefault("ALLOWED_HOSTS", list(DEFAULTS["ALLOWED_HOSTS"]))
        hosts.append(host)
