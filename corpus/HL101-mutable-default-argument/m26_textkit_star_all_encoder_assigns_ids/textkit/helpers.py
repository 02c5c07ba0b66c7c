"""Tokenising helpers; only the public names below are star-exported."""
__all__ = ["tokens", "remember"]


def tokens(text):
    return [word.strip(".,;:!?").lower() for word in text.split()]


def remember(word, vocab):
    """Return the id of `word`, giving it the next free id when new."""
    return vocab.setdefault(word, len(vocab))


def _debug_dump(vocab):
    return sorted(vocab, key=vocab.get)
