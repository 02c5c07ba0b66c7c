"""@tracked(task): record every finished unit of work in the run book."""
import functools

from checkpoints import changed, record_run


def tracked(task):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(unit, *args, **kwargs):
            result = fn(unit, *args, **kwargs)
            if changed(record_run(task, unit, len(result)), len(result)):
                wrapper.changes += 1
            return result

        wrapper.changes = 0
        return wrapper
    return decorate
