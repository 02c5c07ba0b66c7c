"""Worker loop: drain() pops jobs off a deque and tracks the ids being run
in a set default so a status endpoint can list them. The id is added
before the cancelled/stop checks, so a job skipped with `continue` or a
stop marker that ends the loop with `break` never reaches the discard."""
import collections
import itertools

_ids = itertools.count()


def drain(queue, in_flight=set()):  # expect: HL101 confirmed
    done = 0
    while queue:
        job = queue.popleft()
        in_flight.add(job["id"])
        if job.get("cancelled"):
            continue
        if job["kind"] == "stop":
            break
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
