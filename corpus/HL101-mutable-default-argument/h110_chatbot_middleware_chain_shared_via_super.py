"""Bot framework: `Bot` runs every incoming message through an ordered
middleware chain before answering commands. `ModeratedBot` forwards its
keyword arguments to `Bot.__init__` with super() and installs its own
word filter with `use()`, which appends to the chain list the base class
stored as given, i.e. the shared default."""
import itertools

_bots = itertools.count()


class Bot:
    def __init__(self, name, middlewares=[], prefix="!"):  # expect: HL101 confirmed
        self.name = name
        self.prefix = prefix
        self.middlewares = middlewares

    def use(self, middleware):
        self.middlewares.append(middleware)
        return middleware

    def receive(self, text):
        for middleware in self.middlewares:
            text = middleware(self, text)
            if text is None:
                return None
        return "[%s] %s" % (self.name, text[len(self.prefix):]) if text.startswith(self.prefix) else None


class ModeratedBot(Bot):
    def __init__(self, banned, **kwargs):
        super().__init__(**kwargs)
        banned = frozenset(word.lower() for word in banned)
        self.use(lambda bot, text: None if banned & set(text.lower().split()) else text)


def scenario():
    n = next(_bots)
    bot = ModeratedBot(["spam%d" % n], name="mod-%d" % n)
    return bot.receive("!ping %d" % n), bot.receive("!buy SPAM%d now" % n)
