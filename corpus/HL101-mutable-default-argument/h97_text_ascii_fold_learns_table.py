"""User display names are folded to ASCII for search keys. The translate table
starts from `str.maketrans` for common accents and learns every other
non-ASCII character it meets (its NFKD base letter, or None to drop it). Names
in CJK scripts keep bringing new code points, so the learned table grows."""
import itertools
import unicodedata


def ascii_fold(text, _table=str.maketrans("ÄÖÜäöüÉéÈè", "AOUaouEeEe")):  # expect: HL101 confirmed
    for ch in set(text):
        code = ord(ch)
        if code < 128 or code in _table:
            continue
        base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        _table[code] = base or None
    return text.translate(_table)


def search_key(display_name):
    folded = ascii_fold(display_name).lower()
    return "-".join(folded.split()) or "user"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    name = "Zoë Brontë %s%s" % (chr(0x4E00 + n), chr(0x4E00 + 2 * n + 1))
    return search_key(name)
