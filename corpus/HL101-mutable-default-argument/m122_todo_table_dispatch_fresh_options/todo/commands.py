"""Todo commands: each takes the argument list and an options dict it may record into."""


def add(args, options={}):  # expect: HL101 refuted
    """Record the new item under options["added"] and return how many there are."""
    options.setdefault("added", []).append(" ".join(args))
    return len(options["added"])


def list_items(args, options={}):  # expect: HL101 refuted
    """Show the first N recorded items (only reads options)."""
    limit = int(args[0]) if args else 10
    return sorted(options.get("added", []))[:limit]
