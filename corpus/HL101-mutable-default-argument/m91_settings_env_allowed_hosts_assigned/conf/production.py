"""Production: one settings object per served domain."""
from .base import DEFAULTS, Settings


class ProductionSettings(Settings):
    def __init__(self, host):
        super().__init__()
        self.overrides["DEBUG"] = False
        self.overrides["ALLOWED_HOSTS"] = [*DEFAULTS["ALLOWED_HOSTS"], host]
