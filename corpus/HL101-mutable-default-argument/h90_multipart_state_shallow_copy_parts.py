"""Multipart form parser as a state machine; each call starts from a copy of the default state, but dict(state) is shallow, so every call appends its parts to the one default list."""
import itertools

BOUNDARY = "--frontier"


def parse_multipart(lines, state={"stage": "preamble", "headers": None, "parts": []}):  # expect: HL101 confirmed
    state = dict(state)
    for line in lines:
        if line.startswith(BOUNDARY):
            if state["stage"] == "body":
                state["parts"].append((state["headers"], "\n".join(state["body"])))
            if line == BOUNDARY + "--":
                break
            state.update(stage="headers", headers={}, body=[])
        elif state["stage"] == "headers":
            if not line:
                state["stage"] = "body"
                continue
            name, _, value = line.partition(":")
            state["headers"][name.strip().lower()] = value.strip()
        elif state["stage"] == "body":
            state["body"].append(line)
    return state["parts"]


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    text = f"{BOUNDARY}\nContent-Disposition: form-data; name=title\n\nReport {n}\n{BOUNDARY}\nContent-Disposition: form-data; name=count\n\n{n * 3}\n{BOUNDARY}--"
    parts = parse_multipart(text.splitlines())
    return {h["content-disposition"].rsplit("=", 1)[1]: body for h, body in parts}
