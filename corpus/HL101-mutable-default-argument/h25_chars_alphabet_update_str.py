"""Font subsetting: the set of glyphs used across rendered labels is accumulated."""
import itertools


def note_glyphs(text, _alphabet=set()):  # expect: HL101 refuted
    _alphabet.update(text)
    return len(_alphabet)


def render_label(label):
    note_glyphs(label)
    return f"<text>{label}</text>"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return render_label(f"Invoice #{n}")
