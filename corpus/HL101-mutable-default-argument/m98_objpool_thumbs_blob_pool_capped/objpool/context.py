"""`with Checkout(pool) as take:` lends objects out and returns them on exit."""


class Checkout:
    def __init__(self, pool):
        self.pool = pool
        self.held = []

    def __enter__(self):
        def take(*args):
            obj = self.pool.acquire(*args)
            self.held.append(obj)
            return obj
        return take

    def __exit__(self, exc_type, exc, tb):
        while self.held:
            self.pool.release(self.held.pop())
        return False
