def shopping_list(household, items=[]):  # expect: HL101 refuted
    """The list a household shops from; pass `items` to start from a saved one.

    Returns a copy, so callers that append to the result never touch the
    default list, which stays empty.
    """
    return list(items)
