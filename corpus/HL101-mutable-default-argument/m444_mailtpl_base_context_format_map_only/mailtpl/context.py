def base_context(defaults={"site": "Corner Shop", "support": "help@corner.example"}):  # expect: HL101 refuted
    """The placeholders every shop e-mail can use."""
    if "site" not in defaults:
        raise KeyError("base context needs a site name")
    return defaults


def footer(ctx):
    return "-- {site} ({support})".format_map(ctx)
