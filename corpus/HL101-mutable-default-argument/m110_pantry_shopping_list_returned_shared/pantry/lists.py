def shopping_list(household, items=[]):  # expect: HL101 confirmed
    """The list a household shops from; pass `items` to start from a saved one.

    Returns the default list itself, so every caller that appends to the
    result appends to the one list shared by all households.
    """
    return items
