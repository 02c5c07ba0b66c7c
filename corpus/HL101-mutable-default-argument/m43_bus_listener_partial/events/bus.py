def emit(event, payload, listener=None, _listeners={}):  # expect: HL101 confirmed
    """Deliver payload to listeners of the event's namespace ("request.x" -> "request").

    A listener passed along is subscribed first; subscribing twice is a no-op.
    """
    namespace = event.split(".", 1)[0]
    bucket = _listeners.setdefault(namespace, [])
    if listener is not None and listener not in bucket:
        bucket.append(listener)
    delivered = 0
    for fn in bucket:
        try:
            fn(payload)
        except Exception:
            continue
        delivered += 1
    return delivered
