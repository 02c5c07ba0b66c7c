import itertools

from taskq import Scheduler, TransientError

_jobs = itertools.count()


def make_flaky_upload(failures):
    state = {"calls": 0}

    def upload(bucket, key, payload):
        state["calls"] += 1
        if state["calls"] <= failures:
            raise TransientError(f"503 from {bucket} while writing {key}")
        return f"s3://{bucket}/{key}#{len(payload)}"

    return upload


def scenario():
    n = next(_jobs)
    scheduler = Scheduler()
    upload = make_flaky_upload(failures=1 + n % 2)
    url = scheduler.run(f"upload-{n}", upload, ("reports", f"daily/{n}.csv", b"a,b\n1,2\n"))
    assert url.startswith("s3://reports/") and scheduler.virtual_time > 0
