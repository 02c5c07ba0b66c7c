"""German stop words, registered when the search package is imported."""
from .analyzers import Analyzer, register

GERMAN = register(Analyzer("de").extend(["der", "die", "das", "und", "mit", "für"]))
