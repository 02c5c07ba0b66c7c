"""Result backends: where workers put task outcomes for clients to fetch."""
__all__ = ["DictBackend", "PENDING", "SUCCESS", "FAILURE"]

PENDING, SUCCESS, FAILURE = "PENDING", "SUCCESS", "FAILURE"


def _meta(status, result):
    return {"status": status, "result": result}


class DictBackend:
    """Keeps results in process memory; meant for tests and single-host setups."""

    def __init__(self, results={}):  # expect: HL101 confirmed
        self.results = results

    def store_result(self, task_id, value, state=SUCCESS):
        self.results[task_id] = _meta(state, value)

    def get_task_meta(self, task_id):
        return self.results.get(task_id, _meta(PENDING, None))

    def forget(self, task_id):
        self.results.pop(task_id, None)
