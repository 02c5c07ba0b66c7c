from .flags import effective_flags


def handle(path, headers):
    """Resolve the request's flags, then pick the page variant to render."""
    flags = effective_flags(headers.get("X-Flags", "{}"))
    variant = "new-checkout" if any(k.endswith("-checkout") and v for k, v in flags.items()) else "classic"
    theme = "dark" if flags.get("dark_mode") else "light"
    return path, variant, theme
