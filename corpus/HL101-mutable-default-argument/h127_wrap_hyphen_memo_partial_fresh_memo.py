"""Catalogue layout: narrow columns are wrapped after splitting long words at
a hyphenation point. `hyphenate` memoises its split per word in a dict
default, but each column wrap binds a new memo with functools.partial, so
splits are shared within one column and the default is never touched, though
product lines carry their SKU, a word never seen before."""
import functools
import itertools
import textwrap

_ids = itertools.count()
_VOWELS = frozenset("aeiouy")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 15 (heaplint: unknown)
def hyphenate(word, min_part=3, _splits={}):  # expect: HL101 refuted
    if len(word) < 2 * min_part + 2:
        return word
    if word not in _splits:
        cuts = [i for i in range(min_part, len(word) - min_part) if word[i - 1] in _VOWELS]
        at = max(cuts, key=lambda i: -abs(i - len(word) // 2), default=len(word) // 2)
        _splits[word] = f"{word[:at]}- {word[at:]}"
    return _splits[word]


def wrap_column(text, width):
    hyphen = functools.partial(hyphenate, _splits={})
    words = [hyphen(word) if len(word) > width // 2 else word for word in text.split()]
    return textwrap.wrap(" ".join(words), width)


soft_wrap = functools.partial(wrap_column, width=18)


def scenario():
    n = next(_ids)
    return soft_wrap(f"Industrial dehumidifier SKU-{n:07d}-EU with thermoregulation")
