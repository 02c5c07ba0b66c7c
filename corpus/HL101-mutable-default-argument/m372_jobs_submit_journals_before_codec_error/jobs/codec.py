"""Wire codec: jobs are sent as compact JSON; anything JSON cannot express is rejected."""
import json


def dumps(job):
    return json.dumps(job, sort_keys=True, separators=(",", ":")).encode("utf-8")


def loads(body):
    return json.loads(body.decode("utf-8"))
