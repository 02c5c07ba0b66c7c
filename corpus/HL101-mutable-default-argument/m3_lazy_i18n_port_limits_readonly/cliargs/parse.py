"""Option parsers: error messages come from cliargs.i18n, imported lazily by fail()."""


class UsageError(ValueError):
    pass


def fail(msg, **params):
    from . import i18n

    raise UsageError(i18n.translate(msg).format(**params))


def parse_port(text, limits={"min": 1, "max": 65535}):  # expect: HL101 refuted
    port = int(text)
    if not limits["min"] <= port <= limits.get("max", 65535):
        fail("port_range", port=port, **limits)
    return port
