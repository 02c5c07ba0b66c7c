import functools


def counted(task, runs={}):  # expect: HL101 confirmed
    """Count the runs of each task; runs is shared by every counted task."""

    @functools.wraps(task)
    def wrapper(job_id, *args):
        key = (task.__name__, job_id)
        runs[key] = runs.get(key, 0) + 1
        return task(job_id, *args)

    wrapper.runs = runs
    return wrapper
