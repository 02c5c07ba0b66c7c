from urllib.parse import urlencode


def with_param(params, key, value):
    return [*params, (key, value)]


def encode(base, params):
    return f"{base}?{urlencode(params)}" if params else base
