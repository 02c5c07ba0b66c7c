def make_dedupe():
    """Return a filter that lets each address through once."""
    def dedupe(addresses, _sent=set()):  # expect: HL101 refuted
        for address in map(str.lower, addresses):
            if address not in _sent:
                _sent.add(address)
                yield address

    return dedupe
