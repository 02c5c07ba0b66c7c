"""Slug builder: slugify() reads the shared transliteration table from a re.sub callback; learn() stores into its table, but every caller passes its own copy."""
import itertools
import re

_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def slugify(text, table=_TRANSLIT):  # expect: HL101 refuted
    text = _NON_ASCII.sub(lambda m: table.get(m.group(0), "-"), text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# heaplint-todo: every call in this file passes `table`, but callers elsewhere may not (heaplint: unknown)
def learn(char, replacement, table=_TRANSLIT):  # expect: HL101 refuted
    table[char] = replacement
    return table


_titles = itertools.count()


def scenario():
    n = next(_titles)
    site_table = learn("é", "e", dict(_TRANSLIT))
    learn(chr(0x100 + n % 200), f"x{n}", site_table)
    return slugify(f"Grüße aus Köln {n}"), slugify(f"Café {n}", site_table)
