_MISSING = {}


def section(config, name, missing=_MISSING):  # expect: HL101 refuted
    """Return the named config section, or an empty section when absent."""
    return config.get(name, missing)


def option(config, name, key, default=None):
    return section(config, name).get(key, default)
