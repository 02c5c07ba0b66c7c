"""Batch importer: every run attaches a capture handler to the importer's
logger so a failed run can dump what it logged. The default handler is a
logging.handlers.MemoryHandler with no target: when it reaches capacity it
"flushes", and MemoryHandler.flush only clears the buffer after handing the
records to a target, so without one every record stays buffered."""
import logging
import logging.handlers

log = logging.getLogger("importer.batch")
log.propagate = False
log.setLevel(logging.INFO)


def run_import(batch_id, rows, capture=logging.handlers.MemoryHandler(capacity=10)):  # expect: HL101 confirmed
    log.addHandler(capture)
    try:
        accepted = [row for row in rows if row.get("sku")]
        log.info("batch %s: %d accepted, %d skipped", batch_id, len(accepted), len(rows) - len(accepted))
        return accepted
    finally:
        log.removeHandler(capture)
