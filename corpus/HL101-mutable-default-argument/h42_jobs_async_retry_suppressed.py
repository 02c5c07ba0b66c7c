"""Jobs: an async mail worker delivers a batch of notifications and parks failures for a retry pass.

`deliver()` appends to its default `_retry` list only in the `except` branch,
but addresses on undeliverable domains are dropped by the suppression check in
`build_batch()` before they reach the relay, and the relay only refuses those,
so in this deployment the branch never runs and the list stays empty.
"""
import asyncio
import itertools
import string

TEMPLATES = {
    "receipt": "Your receipt for order $order",
    "shipped": "Order $order has shipped",
    "refund": "Refund issued for order $order",
}
SUPPRESSED_SUFFIXES = (".invalid", ".test", ".example")


class TransientSMTPError(Exception):
    """4xx from the relay: the message may be retried later."""


def render_subject(template_id, order_id, _compiled={}):  # expect: HL101 refuted
    template = _compiled.get(template_id)
    if template is None:
        template = _compiled[template_id] = string.Template(TEMPLATES[template_id])
    return template.substitute(order=order_id)


async def _relay_send(message):
    await asyncio.sleep(0)
    if message["to"].endswith(".invalid"):
        raise TransientSMTPError(f"450 4.2.1 mailbox unavailable: {message['to']}")
    return f"250 2.0.0 queued as {message['id']}"


# heaplint-todo: whether a recipient is refused is decided inside the asyncio tasks on a path the model does not decide, so the retry append may run (heaplint: unknown)
async def deliver(message, _retry=[]):  # expect: HL101 refuted
    try:
        return await _relay_send(message)
    except TransientSMTPError as exc:
        _retry.append({"message": message, "error": str(exc), "attempt": 1})
        return None


async def deliver_batch(messages):
    results = await asyncio.gather(*(deliver(m) for m in messages))
    return sum(1 for r in results if r is not None)


def build_batch(n):
    kinds = ("receipt", "shipped", "refund")
    batch = []
    for i, kind in enumerate(kinds):
        domain = "mail.invalid" if (n + i) % 3 == 0 else "example.com"
        address = f"user{n}.{i}@{domain}"
        if address.endswith(SUPPRESSED_SUFFIXES):
            continue
        batch.append({"id": f"msg-{n}-{i}", "to": address, "subject": render_subject(kind, 1000 + n)})
    return batch


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return asyncio.run(deliver_batch(build_batch(n)))
