from .filters import make_dedupe


def send_batch(subject, addresses):
    dedupe = make_dedupe()
    outbox = [(to, subject) for to in dedupe(addresses)]
    return len(outbox)
