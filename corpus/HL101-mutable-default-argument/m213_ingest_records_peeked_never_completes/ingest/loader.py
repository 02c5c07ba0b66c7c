from .reader import iter_records


def load(name, text):
    """Read the whole file into a dict."""
    return {key: value for _, key, value in iter_records(name, text)}


def first_key(name, text):
    """Only look at the first setting, e.g. to sniff the file's format."""
    for _, key, value in iter_records(name, text):
        return {key: value}
    return {}
