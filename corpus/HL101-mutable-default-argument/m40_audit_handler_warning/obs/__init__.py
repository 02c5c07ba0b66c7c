"""Audit logging setup; import once at startup."""
import logging

from .handlers import *

AUDIT_FORMAT = "%(levelname)s %(name)s %(message)s"

audit_handler = BatchHandler(level=logging.WARNING)
audit_handler.setFormatter(logging.Formatter(AUDIT_FORMAT))

audit = logging.getLogger("shop.audit")
audit.setLevel(logging.INFO)
audit.propagate = False
audit.addHandler(audit_handler)
