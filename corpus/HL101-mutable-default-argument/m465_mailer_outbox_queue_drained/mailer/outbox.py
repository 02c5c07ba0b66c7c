"""Every message goes through the outbox queue, so earlier undelivered mail goes out first."""
import queue


def send(message, transport, outbox=queue.SimpleQueue()):  # expect: HL101 refuted
    outbox.put(message)
    while not outbox.empty():
        transport.deliver(outbox.get())
    return outbox.qsize()
