from ._api import isolated, public


@isolated
def extend_terms(terms, text):
    terms.extend(w for w in text.lower().split() if len(w) > 2)
    return terms
