from ..transport import deliver


def send_shipped(channel, to, order):
    """Compose the notice and hand the message just queued to the transport."""
    channel.compose(to, order)
    return deliver(channel.outbox[-1])
