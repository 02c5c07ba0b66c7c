"""English stop words, registered when the search package is imported."""
from .analyzers import Analyzer, register

ENGLISH = register(Analyzer("en").extend(["a", "an", "and", "for", "of", "the", "with"]))
