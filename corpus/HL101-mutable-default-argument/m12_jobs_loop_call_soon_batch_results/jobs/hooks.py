def on_done(job_id, status, results=[]):  # expect: HL101 refuted
    """Completion hook: remember the outcome for the status endpoint."""
    results.append((job_id, status))
    return len(results)


def summary(results):
    failed = [job for job, status in results if status != "ok"]
    return {"total": len(results), "failed": failed}
