import notify  # noqa: F401  (plugins subscribe on import)
from hooks import on


def run_job(job_id, payload):
    job = {"id": job_id, "rows": payload.get("rows", 0)}
    outcome = "done"
    if payload.get("fail"):
        job["error"] = "upstream timeout"
        outcome = "failed"
    sent = []
    for callback in on("job." + outcome) + on("job.%d.%s" % (job_id, outcome)):
        sent.append(callback(job))
    return outcome, len(sent)
