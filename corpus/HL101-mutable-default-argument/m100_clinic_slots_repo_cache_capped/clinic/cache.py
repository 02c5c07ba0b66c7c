"""Read-through cache helper shared by the repositories."""
MAX_ENTRIES = 32


def fetch(store, key, load):
    try:
        return store[key]
    except KeyError:
        value = store[key] = load()
        if len(store) > MAX_ENTRIES:
            del store[next(iter(store))]  # drop the oldest entry
        return value
