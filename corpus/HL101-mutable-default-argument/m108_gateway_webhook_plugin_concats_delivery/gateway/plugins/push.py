"""Push plugin: numbers each delivery it has seen, to spot redeliveries.

delivered + [...] builds a new list and rebinds the local name, so the default
list is only read and stays empty; the new list dies when handle() returns.
"""


def short_repo(repo):
    return repo.rsplit("/", 1)[-1]


def handle(event, delivered=[]):  # expect: HL101 refuted
    delivered = delivered + [event["id"]]
    return f"push {short_repo(event['repo'])} #{len(delivered)}"
