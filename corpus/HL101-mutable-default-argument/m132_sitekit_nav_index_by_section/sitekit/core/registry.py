"""remember(): first value filed under a key wins; returns the filed value."""


def remember(index, key, value):
    return index.setdefault(key, value)
