import shellkit.settings


def remember(history, line):
    """Record `line` for `!!` and the up-arrow, if history is enabled."""
    if shellkit.settings.KEEP_HISTORY:
        history.append(line)


def previous(history):
    return history[-1] if history else None
