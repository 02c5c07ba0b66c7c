"""Thumbnail batch: jobs go to an executor and stay in the pending set until their done callback fires."""
import concurrent.futures
import itertools


class InlineExecutor(concurrent.futures.Executor):
    def submit(self, fn, /, *args, **kwargs):
        future = concurrent.futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


# heaplint-todo: a concurrent.futures Future's add_done_callback is not modelled: the bound discard flows into code heaplint cannot see (unknown, not confirmed)
def dispatch(executor, fn, arg, pending=set()):  # expect: HL101 confirmed
    future = executor.submit(fn, arg)
    future.add_done_callback(pending.discard)
    pending.add(future)
    return future


def resize(job):
    image_id, width = job
    return f"thumbs/{image_id}_{width}w.webp", width * width * 3 // 4


EXECUTOR = InlineExecutor()
_images = itertools.count()


def scenario():
    n = next(_images)
    futures = [dispatch(EXECUTOR, resize, (f"img{n}", w)) for w in (64, 128, 256)]
    return [f.result()[0] for f in futures]
