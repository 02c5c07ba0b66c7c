"""Every message goes through the outbox queue so a reconnect can replay what was sent."""
import queue


def send(message, transport, outbox=queue.SimpleQueue()):  # expect: HL101 confirmed
    outbox.put(message)
    transport.deliver(message)
    return outbox.qsize()
