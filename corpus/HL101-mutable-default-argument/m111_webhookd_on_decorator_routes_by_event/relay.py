"""Relay: each delivery gets a reply handler that echoes it back upstream."""
from webhookd import on


def accept(event, delivery, payload):
    @on(event)
    def reply(body):
        return f"{event}#{delivery}: {body} ({len(payload)} fields)"

    return reply.routes[event]("accepted")
