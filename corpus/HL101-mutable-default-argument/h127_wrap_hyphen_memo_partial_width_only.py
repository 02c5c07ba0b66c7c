"""Catalogue layout: narrow columns are wrapped after splitting long words at
a hyphenation point. `hyphenate` memoises its split per word in a dict
default; `soft_wrap` is a functools.partial made at import that binds only
the column width, so every wrap goes through the memo default, and product
lines carry their SKU, a word never seen before."""
import functools
import itertools
import textwrap

_ids = itertools.count()
_VOWELS = frozenset("aeiouy")


def hyphenate(word, min_part=3, _splits={}):  # expect: HL101 confirmed
    if len(word) < 2 * min_part + 2:
        return word
    if word not in _splits:
        cuts = [i for i in range(min_part, len(word) - min_part) if word[i - 1] in _VOWELS]
        at = max(cuts, key=lambda i: -abs(i - len(word) // 2), default=len(word) // 2)
        _splits[word] = f"{word[:at]}- {word[at:]}"
    return _splits[word]


def wrap_column(text, width, hyphen=hyphenate):
    words = [hyphen(word) if len(word) > width // 2 else word for word in text.split()]
    return textwrap.wrap(" ".join(words), width)


soft_wrap = functools.partial(wrap_column, width=18)


def scenario():
    n = next(_ids)
    return soft_wrap(f"Industrial dehumidifier SKU-{n:07d}-EU with thermoregulation")
