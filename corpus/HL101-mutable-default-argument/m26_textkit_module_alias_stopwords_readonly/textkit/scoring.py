"""Readability: the share of content words, and the longest content word."""
import textkit.helpers as h


def content_ratio(text, stopwords=["a", "an", "the", "of", "to", "and"]):  # expect: HL101 refuted
    words = h.tokens(text)
    if not words or len(stopwords) == 0:
        return 0.0
    return 1 - h.count_in(words, stopwords) / len(words)


def hardest_word(text, ignore={"etc", "ie", "eg"}):  # expect: HL101 refuted
    return h.longest(h.tokens(text), ignore)
