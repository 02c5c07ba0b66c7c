"""Settings loader: the user's rc file layered over the built-in settings."""
from .builtin import builtin_settings

__all__ = ["expand_alias", "load_settings"]


def load_settings(user, base=builtin_settings()):  # expect: HL101 refuted
    settings = dict(base)
    for section, values in user.items():
        if isinstance(values, dict):
            settings[section] = {**settings.get(section, {}), **values}
        else:
            settings[section] = values
    return settings


def expand_alias(settings, argv):
    head, *rest = argv
    expansion = settings["alias"].get(head)
    if expansion is None:
        return [head, *rest]
    return expansion.split() + rest
