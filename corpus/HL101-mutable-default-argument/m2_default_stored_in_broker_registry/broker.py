"""In-process message broker: a module-level table of topic -> backlog list."""
_BACKLOGS = {}


def attach(topic, backlog):
    _BACKLOGS[topic] = backlog
    return topic


def publish(topic, message):
    _BACKLOGS[topic].append(message)
    return len(_BACKLOGS[topic])
