import hooks as _hooks


def post_failure(job):
    return ":warning: job %s failed: %s" % (job["id"], job.get("error", "?"))


_hooks.on("job.failed", post_failure)
