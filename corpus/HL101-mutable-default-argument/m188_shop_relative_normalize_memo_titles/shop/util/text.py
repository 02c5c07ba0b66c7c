"""Text normalisation for catalog keys."""
import unicodedata


def normalize(text, _memo={}):  # expect: HL101 confirmed
    """Case-fold, strip accents and collapse whitespace; memoised per input text."""
    try:
        return _memo[text]
    except KeyError:
        pass
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    result = _memo[text] = " ".join(plain.casefold().split())
    return result
