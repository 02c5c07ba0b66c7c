"""Small memoization helper shared by the service modules."""


def remember(key, compute, store={}):  # expect: HL101 confirmed
    try:
        return store[key]
    except KeyError:
        value = store[key] = compute()
        return value
