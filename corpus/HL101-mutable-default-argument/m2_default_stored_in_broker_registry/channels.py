"""Channels: opening one hands its backlog (a default list) to broker.attach, which stores it."""
import broker


def open_channel(topic, backlog=[]):  # expect: HL101 confirmed
    return broker.attach(topic, backlog)


def send(topic, event, payload):
    open_channel(topic)
    return broker.publish(topic, {"event": event, "payload": payload})
