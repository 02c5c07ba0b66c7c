"""Push notifications to the customer's devices."""
from tasks import spawn


async def _deliver(outbox, user, text):
    outbox.append({"to": user, "text": text[:120]})
    return len(outbox)


def notify(outbox, user, text):
    return spawn(_deliver(outbox, user, text), name=f"push:{user}")
