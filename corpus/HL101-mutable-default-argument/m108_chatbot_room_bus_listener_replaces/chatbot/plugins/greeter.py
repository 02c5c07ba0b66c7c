"""Greeter: say hello to whoever joins the room."""


def setup(bus):
    @bus.on("join")
    def greet(user):
        return f"[{bus.room}] welcome, {user}"
    return greet
