"""Option table helpers."""

__all__ = ["add_option", "usage"]


def add_option(flag, help_text, options=[]):  # expect: HL101 refuted
    """Append one option to `options` (the shared default when none is given) and return it."""
    options.append((flag, help_text))
    return options


def usage(options):
    return "deploy " + " ".join(f"[{flag}]" for flag, _ in options) + " TARGET"
