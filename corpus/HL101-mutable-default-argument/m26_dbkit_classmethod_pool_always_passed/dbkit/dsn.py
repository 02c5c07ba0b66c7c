"""DSN parsing: `scheme://host/db?key=value&...` into an options dict."""


def parse_options(dsn):
    scheme, _, rest = dsn.partition("://")
    location, _, query = rest.partition("?")
    host, _, database = location.partition("/")
    options = {"scheme": scheme, "host": host, "database": database}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        options[key] = value
    return options
