"""submit(): journal the job id, encode the job, hand it to the broker."""
from .broker import DEFAULT_BROKER
from .codec import dumps


class SubmitError(Exception):
    pass


def submit(job, _journal=[]):  # expect: HL101 confirmed
    try:
        _journal.append(job["id"])
        body = dumps(job)
    except TypeError as exc:
        raise SubmitError(f"job {job['id']} cannot be encoded") from exc
    return DEFAULT_BROKER.publish(job["task"], body)
