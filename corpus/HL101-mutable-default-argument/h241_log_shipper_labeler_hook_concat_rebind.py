"""Log shipping: Shipper.ship() attaches tags to a record before queueing it
for the collector. Tagging is the `labeler` hook, a module function assigned
in the class body, so it runs as a method and receives the shipper first; a
deployment can assign its own function to Shipper.labeler."""
import itertools

_records = itertools.count()


def request_tags(shipper, record, tags):
    tags = tags + [f"host:{shipper.host}", f"request:{record['request_id']}"]
    return tags


class Shipper:
    labeler = request_tags

    def __init__(self, host):
        self.host = host
        self.queue = []

    def ship(self, record, tags=[]):  # expect: HL101 refuted
        record["tags"] = self.labeler(record, tags)
        self.queue.append(record)
        return len(self.queue)


def scenario():
    n = next(_records)
    shipper = Shipper(f"web-{n % 4}")
    return shipper.ship({"request_id": f"req-{n:06d}", "message": "GET /health 200"})
