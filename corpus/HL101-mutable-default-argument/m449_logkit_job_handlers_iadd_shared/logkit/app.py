from .factory import get_logger

log = get_logger("app")


def announce(job_id, count):
    log.info(f"{job_id} imported {count} rows")
    return count
