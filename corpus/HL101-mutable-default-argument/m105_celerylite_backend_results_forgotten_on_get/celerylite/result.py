"""AsyncResult: the client's handle on a task that may not have run yet."""


class AsyncResult:
    def __init__(self, task_id, backend):
        self.id = task_id
        self.backend = backend

    @property
    def state(self):
        return self.backend.get_task_meta(self.id)["status"]

    def get(self):
        """Fetch the outcome once: like the rpc backend, it is gone afterwards."""
        try:
            meta = self.backend.get_task_meta(self.id)
        finally:
            self.backend.forget(self.id)
        if meta["status"] == "FAILURE":
            raise RuntimeError(f"task {self.id} failed: {meta['result']}")
        return meta["result"]
