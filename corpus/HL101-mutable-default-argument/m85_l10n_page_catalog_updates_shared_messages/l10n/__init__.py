"""l10n: message catalogs per locale and the page formatter that uses them."""
from .formatter import *  # noqa: F401,F403
from .formatter import __all__  # noqa: F401
