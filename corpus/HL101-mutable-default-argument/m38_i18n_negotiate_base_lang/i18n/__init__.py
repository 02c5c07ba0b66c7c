from .negotiation import SUPPORTED, negotiate_locale
from .translator import Translator

__all__ = ["SUPPORTED", "Translator", "negotiate_locale"]
