"""Result store: key -> computed value, computed once."""


def fetch(key, compute, table=dict()):  # expect: HL101 confirmed
    if key not in table:
        table[key] = compute()
    return table[key]
