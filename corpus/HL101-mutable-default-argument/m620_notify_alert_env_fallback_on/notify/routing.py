"""Channel routing shared by alerts and digests."""

KNOWN = ("email", "sms", "push")


def add_fallback(targets, mode, user):
    """Append the fallback address for user unless targets already holds it."""
    if mode not in KNOWN:
        raise ValueError(f"unknown fallback channel {mode!r}")
    address = f"{mode}:{user}"
    if address not in targets:
        targets.append(address)
    return targets
