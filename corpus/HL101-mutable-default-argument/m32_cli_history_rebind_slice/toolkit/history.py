import shlex

__all__ = ["MAX_HISTORY", "remember"]

MAX_HISTORY = 20


def remember(argv, history=[]):  # expect: HL101 confirmed
    """Record one invocation and return the most recent ones, newest first."""
    line = shlex.join(argv)
    if not history or history[-1] != line:
        history.append(line)
    history = history[-MAX_HISTORY:]
    return list(reversed(history))
