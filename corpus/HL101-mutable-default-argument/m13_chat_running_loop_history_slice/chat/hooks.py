KEEP = 20


def on_message(conn_id, text, history=[]):  # expect: HL101 confirmed
    """Keep the last KEEP messages for clients that reconnect."""
    history.append((conn_id, text))
    if len(history) > KEEP:
        history = history[-KEEP:]
    return len(history)


def recent_count(_history=on_message.__defaults__[0]):
    return len(_history)
