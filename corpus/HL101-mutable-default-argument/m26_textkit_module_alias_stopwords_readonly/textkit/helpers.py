"""Helpers shared by the scorers; they never modify their arguments."""


def tokens(text):
    return [word.strip(".,;:!?").lower() for word in text.split()]


def count_in(words, vocabulary):
    return sum(1 for word in words if word in vocabulary)


def longest(words, ignore=()):
    candidates = [word for word in words if word not in ignore]
    return max(candidates, key=len) if candidates else ""
