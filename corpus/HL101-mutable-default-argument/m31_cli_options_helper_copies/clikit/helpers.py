"""Small helpers shared by the parser and the command table."""


def split_option(token):
    key, _, value = token[2:].partition("=")
    return key.replace("-", "_"), value or True


def collect(tokens, into):
    out = list(into)
    out.extend(split_option(token) for token in tokens)
    return out
