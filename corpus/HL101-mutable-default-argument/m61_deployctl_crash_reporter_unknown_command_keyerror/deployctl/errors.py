"""Error types and the crash reporter of the deployctl shell."""
import sys
import traceback

__all__ = ["CliError", "UsageError", "install_crash_reporter"]


class CliError(Exception):
    exit_code = 1


class UsageError(CliError):
    exit_code = 2


def install_crash_reporter(crashes=[]):  # expect: HL101 confirmed
    def report(exc_type, exc, tb):
        summary = traceback.extract_tb(tb)
        crashes.append((exc_type.__name__, str(exc), summary))

    sys.excepthook = report
    return crashes
