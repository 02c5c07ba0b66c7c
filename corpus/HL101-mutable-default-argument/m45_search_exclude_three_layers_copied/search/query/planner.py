from ..terms import split_terms


def plan(text, exclude, limit):
    words = [w for w in text.lower().split() if len(w) > 1]
    include, excluded = split_terms(words, exclude)
    return {"include": include[:limit], "exclude": excluded, "limit": limit}
