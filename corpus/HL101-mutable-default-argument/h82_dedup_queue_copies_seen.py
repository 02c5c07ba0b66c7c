"""Job scheduler: an asyncio.Queue subclass drops jobs whose key was already enqueued."""
import asyncio
import itertools


class DedupQueue(asyncio.Queue):
    def __init__(self, maxsize=0, seen=set()):  # expect: HL101 refuted
        super().__init__(maxsize)
        self._seen = set(seen)

    def put_nowait(self, item):
        key = item["key"]
        if key in self._seen:
            return False
        self._seen.add(key)
        super().put_nowait(item)
        return True


async def run_jobs(jobs):
    queue = DedupQueue()
    accepted = [queue.put_nowait(job) for job in jobs]
    done = []
    while not queue.empty():
        job = await queue.get()
        done.append(job["key"].upper())
        queue.task_done()
    await queue.join()
    return accepted, done


_runs = itertools.count()


def scenario():
    n = next(_runs)
    jobs = [{"key": f"thumb:{n}"}, {"key": f"index:{n}"}, {"key": f"thumb:{n}"}]
    return asyncio.run(run_jobs(jobs))
