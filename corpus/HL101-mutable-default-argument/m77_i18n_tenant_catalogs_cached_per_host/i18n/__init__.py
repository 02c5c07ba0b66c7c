"""i18n: catalogs (with per-tenant overrides) and a per-request formatter."""
from .loader import *
from .formatter import Formatter
