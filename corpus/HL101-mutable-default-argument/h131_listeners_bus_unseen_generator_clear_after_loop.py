"""Message-bus consumer: `unseen` yields queued events whose id it has not
handed out yet, remembering ids in a set default so a redelivered message
reaches the listener once. The set is emptied after the loop, but a waiter
returns at the first event for its request, so the loop never finishes."""
import itertools

_requests = itertools.count()


def unseen(queue, seen=set()):  # expect: HL101 confirmed
    for event in queue:
        if event["id"] in seen:
            continue
        seen.add(event["id"])
        yield event
    seen.clear()


def wait_for(queue, request_id, listener):
    for event in unseen(queue):
        if event["request"] == request_id:
            return listener(event["body"])
    return None


def scenario():
    n = next(_requests)
    queue = [{"id": "msg-%d-%d" % (n, i), "request": "req-%d" % (n + i % 3), "body": i} for i in range(6)]
    queue.insert(1, queue[0])
    return wait_for(queue, "req-%d" % (n + 2), lambda body: "reply:%d" % body)
