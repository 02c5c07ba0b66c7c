from .filters import make_dedupe

dedupe = make_dedupe()


def send_batch(subject, addresses):
    outbox = [(to, subject) for to in dedupe(addresses)]
    return len(outbox)
