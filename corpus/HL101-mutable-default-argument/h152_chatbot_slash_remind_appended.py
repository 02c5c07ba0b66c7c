"""Chat bot: slash commands are dispatched by name with
getattr(self, "cmd_" + name). /remind appends every reminder to a list
default that outlives the bot instance, so each message is kept forever;
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

    def cmd_remind(self, user, text, _reminders=[]):  # expect: HL101 confirmed
        _reminders.append((user, text))
        return "ok, I will remind you: " + text

    def cmd_help(self, user, text, _topics=["remind", "help"]):  # expect: HL101 refuted
        return "commands: " + ", ".join("/" + t for t in _topics)


def scenario():
    n = next(_messages)
    bot = SlashBot()
    bot.handle(f"user{n}", "/help")
    return bot.handle(f"user{n}", f"/remind renew passport #{n} before the trip")
