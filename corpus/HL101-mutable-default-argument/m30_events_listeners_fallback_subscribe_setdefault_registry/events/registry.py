LISTENERS = {}


def listeners_for(topic, fallback=[]):  # expect: HL101 refuted
    return LISTENERS.get(topic, fallback)


def topics():
    return sorted(LISTENERS)
