"""Job runner: every job gets its own settings and a dedicated logger entry."""
import confkit


def job_settings(job_id, env):
    overrides = {k[len("WORKER_"):]: v for k, v in env.items() if k.startswith("WORKER_")}
    overrides["QUEUE"] = "jobs-%d" % (job_id % 8)
    settings = confkit.load(overrides)
    level = "DEBUG" if settings["DEBUG"] else "INFO"
    confkit.add_logger(settings, "worker.job.%d" % job_id, level=level)
    return settings


def run_job(job_id, payload, env):
    settings = job_settings(job_id, env)
    if settings.get("DRY_RUN"):
        return 0
    return sum(len(str(item)) for item in payload) + settings["RETRIES"]
