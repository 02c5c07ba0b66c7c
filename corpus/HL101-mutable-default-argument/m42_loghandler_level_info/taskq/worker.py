import logging

log = logging.getLogger("taskq.worker")
MAX_RETRIES = 3


def run_task(task):
    name = task.get("name", "anonymous")
    retries = task.get("retries", 0)
    if retries > MAX_RETRIES:
        log.warning("giving up on %s after %d retries", name, retries)
        return None
    log.info("running %s (attempt %d)", name, retries + 1)
    try:
        total = sum(int(arg) for arg in task["args"])
    except (KeyError, ValueError) as exc:
        log.error("bad arguments for %s: %s", name, exc)
        return None
    log.debug("finished %s -> %d", name, total)
    return total
