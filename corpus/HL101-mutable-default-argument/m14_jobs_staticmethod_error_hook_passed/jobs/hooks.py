import traceback


def log_failure(job_name, exc, failures=[]):  # expect: HL101 refuted
    summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
    failures.append((job_name, summary))
    return len(failures)
