from . import tokens


def build_query(text, terms=[]):  # expect: HL101 confirmed
    terms = tokens.extend_terms(terms, text)
    return " AND ".join(terms)
