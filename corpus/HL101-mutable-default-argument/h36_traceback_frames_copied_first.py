"""Error reporter: renders a traceback from the caller's frames plus the handler frame; the frames are copied before anything is appended."""
import itertools


def format_traceback(exc_name, message, line, frames=[]):  # expect: HL101 refuted
    frames = list(frames)
    frames.append(f'  File "app/handlers.py", line {line}, in handle_request')
    frames.append(f"{exc_name}: {message}")
    return "Traceback (most recent call last):\n" + "\n".join(frames)


def report(request_id, line):
    text = format_traceback("ValueError", f"bad payload in request {request_id}", line)
    return text.count("\n")


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return report(f"req-{n:06d}", 40 + n % 200)
