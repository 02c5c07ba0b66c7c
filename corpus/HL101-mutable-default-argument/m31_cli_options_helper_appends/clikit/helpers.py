"""Small helpers shared by the parser and the command table."""


def split_option(token):
    key, _, value = token[2:].partition("=")
    return key.replace("-", "_"), value or True


def collect(tokens, into):
    for token in tokens:
        into.append(split_option(token))
    return into
