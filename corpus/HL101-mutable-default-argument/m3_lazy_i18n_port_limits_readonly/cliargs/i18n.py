"""Message catalog."""
MESSAGES = {"port_range": "port {port} outside {min}..{max}"}


def translate(key):
    return MESSAGES.get(key, key)
