"""Batch importer: every run attaches a capture handler to the importer's
logger so a failed run can dump what it logged. The default handler is a
logging.handlers.BufferingHandler: when it reaches capacity it flushes,
and BufferingHandler.flush empties the buffer, so it never holds more than
its capacity."""
import logging
import logging.handlers

log = logging.getLogger("importer.batch")
log.propagate = False
log.setLevel(logging.INFO)


def run_import(batch_id, rows, capture=logging.handlers.BufferingHandler(capacity=10)):  # expect: HL101 refuted
    log.addHandler(capture)
    try:
        accepted = [row for row in rows if row.get("sku")]
        log.info("batch %s: %d accepted, %d skipped", batch_id, len(accepted), len(rows) - len(accepted))
        return accepted
    finally:
        log.removeHandler(capture)
