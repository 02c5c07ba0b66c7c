"""Billing jobs log through a LoggerAdapter carrying the default context dict."""
import itertools
import logging

_log = logging.getLogger("billing.jobs")


def job_logger(job_id, extra={"service": "billing"}):  # expect: HL101 refuted
    adapter = logging.LoggerAdapter(_log, extra)
    adapter.debug("starting job %s", job_id)
    return adapter


def run_invoice_job(invoice_id):
    log = job_logger(f"invoice-{invoice_id}")
    log.debug("invoice %s rendered", invoice_id)
    return invoice_id


_invoices = itertools.count()


def scenario():
    run_invoice_job(next(_invoices))
