"""Address book: contacts are listed in a case- and accent-insensitive order."""
import itertools
import unicodedata

sort_key = lambda name, _folded={}: _folded.setdefault(name, unicodedata.normalize("NFKD", name).casefold())  # expect: HL101 confirmed


def sorted_contacts(names):
    return sorted(names, key=sort_key)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return sorted_contacts([f"Zoë {n}", f"émile {n}", f"Anna {n}"])
