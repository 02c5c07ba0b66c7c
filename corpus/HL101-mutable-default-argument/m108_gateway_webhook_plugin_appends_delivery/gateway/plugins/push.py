"""Push plugin: numbers each delivery it has seen, to spot redeliveries.

The delivered list is the default: every call appends its fresh delivery id to
the one list object, so it keeps every id the gateway ever routed here.
"""


def short_repo(repo):
    return repo.rsplit("/", 1)[-1]


def handle(event, delivered=[]):  # expect: HL101 confirmed
    delivered.append(event["id"])
    return f"push {short_repo(event['repo'])} #{len(delivered)}"
