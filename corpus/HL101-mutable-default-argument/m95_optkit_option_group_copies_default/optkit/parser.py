"""Parse --flag=value tokens against a list of option groups."""


def parse(groups, argv):
    values = {}
    for group in groups:
        for opt in group.options:
            values[opt.dest] = opt.default
    for token in argv:
        key, _, value = token.lstrip("-").partition("=")
        key = key.replace("-", "_")
        if key not in values:
            raise SystemExit(f"unknown option --{key}")
        values[key] = value or True
    return values
