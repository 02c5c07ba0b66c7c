"""Route registry: route key -> handler; a later handler replaces an earlier one."""


def register(key, handler, table={}):  # expect: HL101 confirmed
    table[key] = handler
    return table
