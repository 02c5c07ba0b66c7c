"""Clock ticker: each caller makes a never-ending generator; its default history list keeps only the last 4 ticks."""
import itertools


def ticker(start, step, history=[]):  # expect: HL101 refuted
    t = start
    while True:
        history.append(t)
        if len(history) > 4:
            history.pop(0)
        yield t
        t += step


def schedule(job_id):
    return list(itertools.islice(ticker(job_id * 60, 15), 3))


_jobs = itertools.count()


def scenario():
    return schedule(next(_jobs))
