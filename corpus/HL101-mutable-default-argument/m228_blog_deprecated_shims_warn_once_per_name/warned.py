"""Warn-once bookkeeping: each distinct message is logged the first time only."""
import logging

_log = logging.getLogger("blog.deprecation")


def warn_once(message, _reported=set()):  # expect: HL101 refuted
    if message in _reported:
        return False
    _reported.add(message)
    _log.info("deprecated API used: %s", message)
    return True
