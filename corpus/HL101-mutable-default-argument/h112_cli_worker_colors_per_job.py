"""CLI log output: `color_for` hands each worker name an ANSI colour from a
palette and remembers the assignment in a dict default, so a worker keeps its
colour on every line; a decorator prefixes each formatted line with the
coloured name. Workers are named after their job id, so every job adds one."""
import functools
import itertools

_ids = itertools.count()
PALETTE = (31, 32, 33, 34, 35, 36)


def color_for(worker, assigned={}):  # expect: HL101 confirmed
    code = assigned.get(worker)
    if code is None:
        code = assigned[worker] = PALETTE[len(assigned) % len(PALETTE)]
    return code


def with_worker_prefix(func):
    @functools.wraps(func)
    def wrapper(worker, message):
        return f"\033[{color_for(worker)}m{worker:>12}\033[0m | {func(worker, message)}"
    return wrapper


@with_worker_prefix
def log_line(worker, message):
    return " ".join(message.split())


def scenario():
    n = next(_ids)
    worker = f"job-{n}"
    return [log_line(worker, f"  step {step}  of 3 done ") for step in range(1, 4)]
