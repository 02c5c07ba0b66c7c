import itertools

import webhooks

_delivery = itertools.count(1)


def scenario():
    n = next(_delivery)
    sha = "%040x" % (n * 2654435761)
    push = {
        "ref": "refs/heads/feature-%d" % n,
        "after": sha,
        "commits": [{"id": sha, "message": "wip %d" % n}],
    }
    statuses = [webhooks.dispatch("push", push)[0]]
    gone = dict(push, after="%040x" % (n * 2654435761 + 1), deleted=True, commits=[])
    statuses.append(webhooks.dispatch("push", gone)[0])
    statuses.append(webhooks.dispatch("ping", {"zen": "Keep it simple.", "hook_id": n})[0])
    statuses.append(webhooks.dispatch("star", {"action": "created"})[0])
    return statuses
