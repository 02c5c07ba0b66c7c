"""Karma: count '++' messages addressed to the bot."""


def setup(bus):
    @bus.on("message")
    def karma(user, text):
        return f"[{bus.room}] {user} +{text.count('++')}"
    return karma
