def get_registry(reg={}):  # expect: HL101 refuted
    """The process-wide registry; pass `reg` to use your own (tests do).

    Returns the default dict itself, but tracking only keys it by status, and
    there are three statuses, so it stops growing after the first calls.
    """
    return reg
