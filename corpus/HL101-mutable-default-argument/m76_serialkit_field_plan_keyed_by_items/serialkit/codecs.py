"""codecs: format name -> codec object; codec modules register themselves at import."""
__all__ = ["CODECS", "register", "get_codec"]


def register(name, codec, table={}):  # expect: HL101 refuted
    """File `codec` under `name` (the last registration wins); returns the table."""
    table[name] = codec
    return table


CODECS = register.__defaults__[0]


def get_codec(name, aliases={"js": "json", "ini": "kv"}):  # expect: HL101 refuted
    return CODECS[aliases.get(name, name)]
