def get_registry(reg={}):  # expect: HL101 confirmed
    """The process-wide registry; pass `reg` to use your own (tests do).

    Returns the default dict itself, so whatever a caller stores in it stays
    there for every later call: tracking stores one key per order id.
    """
    return reg
