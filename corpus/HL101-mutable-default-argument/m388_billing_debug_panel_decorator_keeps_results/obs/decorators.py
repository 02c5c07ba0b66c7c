import functools


def debug_panel(fn):
    """Show what `fn` produced in the debug panel.

    The panel reads the results from the function's last default argument,
    so the wrapper stores each result there.
    """
    panel = fn.__defaults__[-1]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        panel.append(result)
        return result

    return wrapper
