import jobs.compat as events


def run_job(job):
    @events.on("job.finished")
    def notify(result):
        if result["id"] == job["id"]:
            job["status"] = "done"

    result = {"id": job["id"], "owner": job["owner"], "total": sum(job["rows"])}
    events.emit("job.finished", result)
    return job.get("status"), result["total"]
