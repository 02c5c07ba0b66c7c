from hooks import on


def send_summary(job):
    return "To: ops@example.invalid\nSubject: job %s done (%d rows)" % (
        job["id"], job["rows"])


on("job.done", send_summary)
