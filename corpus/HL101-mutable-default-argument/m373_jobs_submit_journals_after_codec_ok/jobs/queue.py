"""submit(): encode the job, journal the job id, hand it to the broker."""
from .broker import DEFAULT_BROKER
from .codec import dumps


class SubmitError(Exception):
    pass


def submit(job, _journal=[]):  # expect: HL101 refuted
    try:
        body = dumps(job)
        _journal.append(job["id"])
    except TypeError as exc:
        raise SubmitError(f"job {job['id']} cannot be encoded") from exc
    return DEFAULT_BROKER.publish(job["task"], body)
