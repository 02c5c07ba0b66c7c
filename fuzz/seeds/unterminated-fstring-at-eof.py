"""App logging helper from a tutorial: every message is stamped and appended to a history list so the last few can be shown."""
import itertools
istory.append(line)
    return history[-5:]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    log(f"handled request {n}")
    return log(f"requer().describe(label)


_clicks = itertools.c
