ON_HAND = {"oats", "salt", "rice", "flour"}


def missing(needs):
    return [item for item in needs if item not in ON_HAND]
