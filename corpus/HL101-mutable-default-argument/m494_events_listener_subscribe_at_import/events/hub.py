"""Process-wide subscriber table: (topic, callback) pairs."""
HANDLERS = []


def publish(topic, payload):
    delivered = 0
    for subscribed, callback in HANDLERS:
        if subscribed == topic:
            callback(payload)
            delivered += 1
    return delivered
