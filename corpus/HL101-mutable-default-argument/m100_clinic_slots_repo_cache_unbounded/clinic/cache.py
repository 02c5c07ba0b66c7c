"""Read-through cache helper shared by the repositories."""


def fetch(store, key, load):
    try:
        return store[key]
    except KeyError:
        value = store[key] = load()
        return value
