"""Job-scoped logging adapter for a task-queue worker."""
import itertools
import logging

_seq = itertools.count()


class LastRecordHandler(logging.Handler):
    def emit(self, record):
        self.last = (record.getMessage(), tuple(getattr(record, "tags", ())))


worker_log = logging.getLogger("worker.jobs")
worker_log.setLevel(logging.DEBUG)
worker_log.propagate = False
worker_log.addHandler(LastRecordHandler())


class JobAdapter(logging.LoggerAdapter):
    # heaplint-todo: LoggerAdapter.process is called by logging with a new kwargs dict; run with fresh arguments, kwargs is unknown and the copy of its pop() result is not decided (heaplint: unknown)
    def process(self, msg, kwargs, tags=[]):  # expect: HL101 refuted
        tags = list(kwargs.pop("tags", tags))
        tags.append("job:" + self.extra["job_id"])
        kwargs["extra"] = dict(self.extra, tags=tags)
        return "[%s] %s" % (self.extra["job_id"], msg), kwargs


def run_job(job_id, payload):
    log = JobAdapter(worker_log, {"job_id": job_id, "queue": "default"})
    log.debug("received %d bytes", len(payload))
    try:
        result = payload.decode("ascii").upper()
    except UnicodeDecodeError:
        log.warning("undecodable payload", tags=["decode"])
        return None
    log.info("done", tags=["ok", "fast"] if len(result) < 16 else ["ok"])
    return result


def scenario():
    n = next(_seq)
    return run_job(f"j{n:06d}", b"resize:%d" % n)
