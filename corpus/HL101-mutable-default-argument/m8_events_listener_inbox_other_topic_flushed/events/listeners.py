def make_listener(topic, inbox=[]):  # expect: HL101 refuted
    def listener(event):
        if event["topic"] == topic:
            inbox.append(event)

    listener.inbox = inbox
    return listener
