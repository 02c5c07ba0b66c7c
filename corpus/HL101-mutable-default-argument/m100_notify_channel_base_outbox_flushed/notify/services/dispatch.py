from ..transport import deliver


def send_shipped(channel, to, order):
    """Compose the notice, deliver the outbox, and always leave it empty."""
    try:
        channel.compose(to, order)
        return all(deliver(message) for message in channel.outbox)
    finally:
        channel.outbox.clear()
