"""Job runner: each scenario() call runs one fresh export job and its completion hooks."""
import itertools

from m133_jobs_export import ExportJob
from m133_jobs_notify import notify_done

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    job = ExportJob(f"export-{n:06d}")
    job.add_hook(notify_done, job.name)
    return job.run(rows=n % 7)
