"""Editor start-up: load one freshly discovered plugin per call."""
import itertools

import plugkit.loader as loader

_found = itertools.count(1)


class SpellcheckPlugin:
    """Third-party plugin; declares no on_save hooks of its own."""

    def __init__(self, lang):
        self.lang = lang

    def check(self, path):
        return "spellcheck(%s) %s" % (self.lang, path)


def scenario():
    n = next(_found)
    plugin = SpellcheckPlugin("en-%d" % n)
    return loader.activate(plugin, "notes/%d.md" % n)
