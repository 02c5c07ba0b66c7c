"""AsyncResult: the client's handle on a task that may not have run yet."""


class AsyncResult:
    def __init__(self, task_id, backend):
        self.id = task_id
        self.backend = backend

    @property
    def state(self):
        return self.backend.get_task_meta(self.id)["status"]

    def get(self):
        meta = self.backend.get_task_meta(self.id)
        if meta["status"] == "FAILURE":
            raise RuntimeError(f"task {self.id} failed: {meta['result']}")
        return meta["result"]
