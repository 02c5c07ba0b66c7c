from urllib.parse import urlencode


def with_param(params, key, value):
    params.append((key, value))
    return params


def encode(base, params):
    return f"{base}?{urlencode(params)}" if params else base
