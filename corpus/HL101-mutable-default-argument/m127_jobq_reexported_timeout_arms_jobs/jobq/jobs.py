"""submit(): the defaults come from the package namespace (re-exported from jobq.markers).

NOT_SET (object()) and MISSING (slotted, no state) are only compared with
`is`. DEFAULT_TIMEOUT is a Timeout instance: Timeout.arm stores every job id
on it, so the shared default grows by one id per submitted job.
"""
from jobq import DEFAULT_TIMEOUT, MISSING, NOT_SET


def submit(job_id, payload, priority=NOT_SET, owner=MISSING,
           timeout=DEFAULT_TIMEOUT):  # expect: HL101 confirmed
    if priority is NOT_SET:
        priority = 0
    job = {
        "id": job_id,
        "payload": payload,
        "priority": priority,
        "owner": None if owner is MISSING else owner,
    }
    job["deadline"] = timeout.arm(job_id)
    return job
