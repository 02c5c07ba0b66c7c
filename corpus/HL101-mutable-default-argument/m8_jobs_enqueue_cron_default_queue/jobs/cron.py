import jobs.queueing as q


def schedule_nightly(task_id, when):
    job = {"id": task_id, "task": "backup", "when": when}
    q.enqueue(job, priority=9)
    return job
