from .registry import WebhookError, register


class BranchDeleted(WebhookError):
    status = 410


@register("ping")
def on_ping(payload):
    return {"zen": payload.get("zen", ""), "hook_id": payload.get("hook_id")}


@register("push")
def on_push(payload, _inflight=set()):  # expect: HL101 refuted
    sha = payload["after"]
    if sha in _inflight:
        raise WebhookError("duplicate delivery for %s" % sha[:7])
    _inflight.add(sha)
    try:
        ref = payload["ref"]
        if payload.get("deleted"):
            raise BranchDeleted("%s was deleted" % ref)
        branch = ref.rpartition("/")[2]
        commits = [c["id"][:7] for c in payload.get("commits", ()) if c.get("distinct", True)]
        return {"branch": branch, "commits": commits}
    finally:
        _inflight.discard(sha)
