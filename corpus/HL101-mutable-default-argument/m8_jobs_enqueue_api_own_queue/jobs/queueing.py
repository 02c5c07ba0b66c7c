import heapq


def enqueue(job, priority=5, queue=[]):  # expect: HL101 refuted
    heapq.heappush(queue, (priority, job["id"], job))
    return queue


def drain(queue, limit):
    done = []
    while queue and len(done) < limit:
        done.append(heapq.heappop(queue)[2])
    return done
