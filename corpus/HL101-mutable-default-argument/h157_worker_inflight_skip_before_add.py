"""Worker loop: drain() pops jobs off a deque and tracks the ids being run
in a set default so a status endpoint can list them. The cancelled/stop
checks come before the id is added, so `continue` and `break` leave the
set untouched and every id that was added is discarded again."""
import collections
import itertools

_ids = itertools.count()


def drain(queue, in_flight=set()):  # expect: HL101 refuted
    done = 0
    while queue:
        job = queue.popleft()
        if job.get("cancelled"):
            continue
        if job["kind"] == "stop":
            break
        in_flight.add(job["id"])
        job["result"] = sum(job["args"])
        in_flight.discard(job["id"])
        done += 1
    return done


def scenario():
    n = next(_ids)
    queue = collections.deque(
        {"id": f"job-{n:06d}-{i}", "kind": "sum", "args": (n, i), "cancelled": i == 1}
        for i in range(3))
    queue.append({"id": f"job-{n:06d}-stop", "kind": "stop"})
    return drain(queue)
