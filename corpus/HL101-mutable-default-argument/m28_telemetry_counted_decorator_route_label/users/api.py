"""User endpoints, instrumented with the request-count metric."""
import telemetry.tracing as tr

_NAMES = ("ada", "grace", "linus", "guido")


@tr.counted(lambda user_id, **_: "GET /users/{id}")
def get_user(user_id, fields=("id", "name")):
    record = {"id": user_id, "name": _NAMES[user_id % len(_NAMES)]}
    return {key: record[key] for key in fields}
