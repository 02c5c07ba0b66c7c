"""Chat bot: slash commands are dispatched by name with
getattr(self, "cmd_" + name). /remind appends to a list default but then
trims it to the ten most recent reminders, so the default stays bounded;
/help only reads its default list of topics."""
import itertools

_messages = itertools.count()


class SlashBot:
    def handle(self, user, line):
        name, _, text = line[1:].partition(" ")
        command = getattr(self, "cmd_" + name, None)
        if command is None:
            return "unknown command: /" + name
        return command(user, text)

    def cmd_remind(self, user, text, _reminders=[]):  # expect: HL101 refuted
        _reminders.append((user, text))
        del _reminders[:-10]
        return "ok, I will remind you: " + text

    def cmd_help(self, user, text, _topics=["remind", "help"]):  # expect: HL101 refuted
        return "commands: " + ", ".join("/" + t for t in _topics)


def scenario():
    n = next(_messages)
    bot = SlashBot()
    bot.handle(f"user{n}", "/help")
    return bot.handle(f"user{n}", f"/remind renew passport #{n} before the trip")
