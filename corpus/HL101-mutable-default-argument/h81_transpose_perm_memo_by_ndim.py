"""Axis permutations for transposes, memoised on a normalised key (numpy-style helpers)."""
import functools
import itertools
import operator


def is_sequence(obj):
    return isinstance(obj, (list, tuple, range))


# heaplint-todo: called with new arguments as outside code would call it, `decorate` grows it; but this application uses `decorate` as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize_on(keyfunc, _store={}):  # expect: HL101 refuted
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            key = (func.__name__,) + keyfunc(*args)
            if key not in _store:
                _store[key] = func(*args)
            return _store[key]
        return wrapper
    return decorate


def normalize_axes(axes, ndim):
    if not is_sequence(axes):
        axes = [axes]
    return tuple(operator.index(ax) % ndim for ax in axes)


@memoize_on(lambda shape, axes: (len(shape), normalize_axes(axes, len(shape))))
def move_to_front(shape, axes):
    front = normalize_axes(axes, len(shape))
    return front + tuple(ax for ax in range(len(shape)) if ax not in front)


_arrays = itertools.count()


def scenario():
    n = next(_arrays)
    shape = [n + 1, n % 4 + 1, 3]
    perm = move_to_front(shape, -1 if n % 2 else (-1, 0))
    return tuple(shape[ax] for ax in perm)
